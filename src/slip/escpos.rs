//! A raw ESC/POS thermal printer on TCP (usually port 9100): the slip goes as a raster image
//! (`GS v 0`), so Japanese and every other script print on any model (design §6).
//!
//! Before printing, the printer is asked for its paper sensor (`DLE EOT 4`); a printer that does
//! not answer quickly is printed to anyway (many network models answer only on another port).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use super::PrintStatus;
use super::raster::Bitmap;

/// Something went wrong talking to the printer (the message holds no personal data).
#[derive(Debug, thiserror::Error)]
pub enum EscposError {
    #[error("printer address {addr} does not resolve: {detail}")]
    Resolve { addr: String, detail: String },
    #[error("the bitmap is too wide for ESC/POS ({width} dots)")]
    TooWide { width: u32 },
}

/// Rows sent per `GS v 0` band: some printers limit one image's height.
const BAND_ROWS: u32 = 256;
/// How long the printer may take to answer the paper-status query.
const STATUS_WAIT: Duration = Duration::from_millis(400);
/// How long a status check waits for the printer to accept a connection.
const STATUS_CONNECT_WAIT: Duration = Duration::from_secs(3);

/// The ESC/POS byte stream of a slip: initialise, the bitmap in bands, feed, partial cut.
pub fn encode(bitmap: &Bitmap) -> Result<Vec<u8>, EscposError> {
    let row_bytes = bitmap.row_bytes();
    let x = u16::try_from(row_bytes).map_err(|_| EscposError::TooWide {
        width: bitmap.width,
    })?;
    let mut out = Vec::with_capacity(bitmap.bits.len() + 64);
    out.extend_from_slice(&[0x1B, 0x40]); // ESC @: initialise
    out.extend_from_slice(&[0x1B, 0x61, 0x01]); // ESC a 1: centre
    let mut row = 0;
    while row < bitmap.height {
        let rows = BAND_ROWS.min(bitmap.height - row);
        let [xl, xh] = x.to_le_bytes();
        let [yl, yh] = u16::try_from(rows).unwrap_or(0).to_le_bytes();
        out.extend_from_slice(&[0x1D, 0x76, 0x30, 0x00, xl, xh, yl, yh]); // GS v 0
        let start = row as usize * row_bytes;
        let end = (row + rows) as usize * row_bytes;
        out.extend_from_slice(bitmap.bits.get(start..end).unwrap_or_default());
        row += rows;
    }
    out.extend_from_slice(&[0x1B, 0x64, 0x04]); // ESC d 4: feed four lines
    out.extend_from_slice(&[0x1D, 0x56, 0x42, 0x00]); // GS V 66 0: feed and partial cut
    Ok(out)
}

/// A thermal printer at `host:port`.
#[derive(Debug, Clone)]
pub struct EscposPrinter {
    addr: String,
    width_dots: u32,
    deadline: Duration,
}

impl EscposPrinter {
    /// `paper_width_mm` is the roll width; the printable width is 4 mm less on each side at
    /// 8 dots/mm (203 dpi): 576 dots on 80 mm paper, 400 on 58 mm.
    pub fn new(addr: &str, paper_width_mm: u32, deadline: Duration) -> Self {
        let printable_mm = paper_width_mm.saturating_sub(8).max(8);
        Self {
            addr: addr.to_owned(),
            width_dots: printable_mm * 8,
            deadline,
        }
    }

    /// Dots across the printable width (a multiple of 8).
    pub fn width_dots(&self) -> u32 {
        self.width_dots
    }

    fn resolve(&self) -> Result<SocketAddr, EscposError> {
        let err = |detail: String| EscposError::Resolve {
            addr: self.addr.clone(),
            detail,
        };
        self.addr
            .to_socket_addrs()
            .map_err(|e| err(e.to_string()))?
            .next()
            .ok_or_else(|| err("no address".to_owned()))
    }

    /// Sends the bitmap; the whole exchange ends within the deadline.
    pub fn print(&self, bitmap: &Bitmap) -> PrintStatus {
        let bytes = match encode(bitmap) {
            Ok(bytes) => bytes,
            Err(e) => return PrintStatus::Failed(e.to_string()),
        };
        let addr = match self.resolve() {
            Ok(addr) => addr,
            Err(e) => return PrintStatus::Failed(e.to_string()),
        };
        let started = Instant::now();
        let mut stream = match TcpStream::connect_timeout(&addr, self.deadline) {
            Ok(stream) => stream,
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => return PrintStatus::TimedOut,
            Err(_) => return PrintStatus::PrinterOffline,
        };
        if paper_is_out(&mut stream) {
            return PrintStatus::OutOfPaper;
        }
        let left = self.deadline.saturating_sub(started.elapsed());
        if left.is_zero() || stream.set_write_timeout(Some(left)).is_err() {
            return PrintStatus::TimedOut;
        }
        match stream.write_all(&bytes).and_then(|()| stream.flush()) {
            Ok(()) => PrintStatus::Printed,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
                ) =>
            {
                PrintStatus::TimedOut
            }
            Err(_) => PrintStatus::PrinterOffline,
        }
    }
}

impl EscposPrinter {
    /// Whether the printer answers and has paper, without printing: `Printed` means ready.
    pub fn status(&self) -> PrintStatus {
        let addr = match self.resolve() {
            Ok(addr) => addr,
            Err(e) => return PrintStatus::Failed(e.to_string()),
        };
        let wait = self.deadline.min(STATUS_CONNECT_WAIT);
        match TcpStream::connect_timeout(&addr, wait) {
            Ok(mut stream) => {
                if paper_is_out(&mut stream) {
                    PrintStatus::OutOfPaper
                } else {
                    PrintStatus::Printed
                }
            }
            Err(_) => PrintStatus::PrinterOffline,
        }
    }
}

/// Asks `DLE EOT 4` (roll paper sensor); true only when the printer answers "paper end".
fn paper_is_out(stream: &mut TcpStream) -> bool {
    if stream.set_read_timeout(Some(STATUS_WAIT)).is_err()
        || stream.write_all(&[0x10, 0x04, 0x04]).is_err()
    {
        return false;
    }
    let mut answer = [0u8; 1];
    match stream.read(&mut answer) {
        // Bits 5 and 6: paper end detected by the roll paper sensor.
        Ok(1) => answer[0] & 0x12 == 0x12 && answer[0] & 0x60 == 0x60,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_is_a_raster_image_with_init_and_cut() {
        let bitmap = Bitmap {
            width: 16,
            height: 300,
            bits: vec![0xAA; 2 * 300],
        };
        let bytes = encode(&bitmap).expect("encodes");
        assert_eq!(&bytes[..2], &[0x1B, 0x40]);
        // Two bands: 256 rows then 44 rows.
        assert_eq!(&bytes[5..13], &[0x1D, 0x76, 0x30, 0x00, 2, 0, 0, 1]);
        let second = 13 + 2 * 256;
        assert_eq!(
            &bytes[second..second + 8],
            &[0x1D, 0x76, 0x30, 0x00, 2, 0, 44, 0]
        );
        assert!(bytes.ends_with(&[0x1D, 0x56, 0x42, 0x00]));
    }

    #[test]
    fn printable_width_follows_the_paper() {
        assert_eq!(
            EscposPrinter::new("p:9100", 80, Duration::ZERO).width_dots(),
            576
        );
        assert_eq!(
            EscposPrinter::new("p:9100", 58, Duration::ZERO).width_dots(),
            400
        );
    }
}
