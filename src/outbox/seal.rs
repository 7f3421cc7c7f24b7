//! Sealing outbox records at rest: XChaCha20-Poly1305 with a random 24-byte nonce per record
//! and the record id as associated data, so a record moved under another id does not open. The
//! 32-byte key lives in a file that must be readable by its owner only (mode 0600 or 0400); a
//! missing key file is created with mode 0600.

use std::fs;
use std::io::{Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use rand::RngCore;
use zeroize::Zeroizing;

/// Bytes of the key and of the nonce stored in front of each ciphertext.
pub const KEY_LEN: usize = 32;
pub const NONCE_LEN: usize = 24;

#[derive(Debug, thiserror::Error)]
pub enum SealError {
    #[error("outbox key file {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "outbox key file {path} has mode {mode:o}; it must be readable by its owner only (0600)"
    )]
    Permissions { path: PathBuf, mode: u32 },
    #[error("outbox key file {path} does not hold a {KEY_LEN}-byte key")]
    BadKey { path: PathBuf },
    #[error("a record could not be sealed")]
    Seal,
    #[error("a record could not be opened: wrong key, wrong record id or damaged data")]
    Open,
}

/// The outbox key. Zeroed on drop; `Debug` prints nothing of it.
pub struct SealKey {
    cipher: XChaCha20Poly1305,
}

impl std::fmt::Debug for SealKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealKey(..)")
    }
}

impl SealKey {
    /// Loads the key at `path`, or creates one (mode 0600) if there is no file. Refuses a file
    /// that group or others may read or write.
    pub fn load_or_create(path: &Path) -> Result<Self, SealError> {
        let io = |source| SealError::Io {
            path: path.to_owned(),
            source,
        };
        if !path.exists() {
            create_key_file(path)?;
        }
        let mut f = fs::File::open(path).map_err(io)?;
        let mode = f.metadata().map_err(io)?.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(SealError::Permissions {
                path: path.to_owned(),
                mode,
            });
        }
        let mut bytes = Zeroizing::new(Vec::with_capacity(KEY_LEN + 1));
        Read::by_ref(&mut f)
            .take(KEY_LEN as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        if bytes.len() != KEY_LEN {
            return Err(SealError::BadKey {
                path: path.to_owned(),
            });
        }
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        key.copy_from_slice(&bytes);
        Ok(Self::from_bytes(&key))
    }

    /// A key from raw bytes (tests, benches).
    pub fn from_bytes(key: &[u8; KEY_LEN]) -> Self {
        Self {
            cipher: XChaCha20Poly1305::new(Key::from_slice(key)),
        }
    }

    /// `nonce || ciphertext+tag`, bound to `record_id`.
    pub fn seal(&self, record_id: &uuid::Uuid, plaintext: &[u8]) -> Result<Vec<u8>, SealError> {
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        let ct = self
            .cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad: record_id.as_bytes(),
                },
            )
            .map_err(|_| SealError::Seal)?;
        let mut out = Vec::with_capacity(NONCE_LEN + ct.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ct);
        Ok(out)
    }

    /// Opens what [`SealKey::seal`] made for the same record id.
    pub fn open(
        &self,
        record_id: &uuid::Uuid,
        sealed: &[u8],
    ) -> Result<Zeroizing<Vec<u8>>, SealError> {
        if sealed.len() < NONCE_LEN {
            return Err(SealError::Open);
        }
        let (nonce, ct) = sealed.split_at(NONCE_LEN);
        self.cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: ct,
                    aad: record_id.as_bytes(),
                },
            )
            .map(Zeroizing::new)
            .map_err(|_| SealError::Open)
    }
}

/// Writes a new random key to a temporary file (0600), then links it into place: a crash at
/// any moment leaves either no key file or a complete one, and a concurrent creator's key is
/// never overwritten.
fn create_key_file(path: &Path) -> Result<(), SealError> {
    let io = |source| SealError::Io {
        path: path.to_owned(),
        source,
    };
    let mut tmp_name = path.as_os_str().to_owned();
    tmp_name.push(format!(".tmp-{}", uuid::Uuid::new_v4().simple()));
    let tmp = PathBuf::from(tmp_name);
    let result = (|| {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        rand::rng().fill_bytes(&mut key[..]);
        f.write_all(&key[..])?;
        f.sync_all()?;
        match fs::hard_link(&tmp, path) {
            Ok(()) => {}
            // Someone else created it first: theirs is the key.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::File::open(dir)?.sync_all()?;
        }
        Ok(())
    })();
    let _ = fs::remove_file(&tmp);
    result.map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_records_open_only_under_their_own_id() {
        let key = SealKey::from_bytes(&[7; KEY_LEN]);
        let a = uuid::Uuid::new_v4();
        let b = uuid::Uuid::new_v4();
        let sealed = key.seal(&a, b"secret").expect("seal");
        assert_eq!(key.open(&a, &sealed).expect("open").as_slice(), b"secret");
        assert!(matches!(key.open(&b, &sealed), Err(SealError::Open)));
        let mut bent = sealed.clone();
        if let Some(last) = bent.last_mut() {
            *last ^= 1;
        }
        assert!(matches!(key.open(&a, &bent), Err(SealError::Open)));
        let other = SealKey::from_bytes(&[8; KEY_LEN]);
        assert!(matches!(other.open(&a, &sealed), Err(SealError::Open)));
    }

    #[test]
    fn key_file_is_created_0600_and_refused_when_open_to_others() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("outbox.key");
        let k1 = SealKey::load_or_create(&path).expect("create");
        let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let id = uuid::Uuid::new_v4();
        let sealed = k1.seal(&id, b"x").expect("seal");
        let k2 = SealKey::load_or_create(&path).expect("reload");
        assert_eq!(k2.open(&id, &sealed).expect("open").as_slice(), b"x");

        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("chmod");
        assert!(matches!(
            SealKey::load_or_create(&path),
            Err(SealError::Permissions { .. })
        ));
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
        fs::write(&path, b"short").expect("write");
        assert!(matches!(
            SealKey::load_or_create(&path),
            Err(SealError::BadKey { .. })
        ));
    }
}
