//! Free space on the filesystem of the booth's data directory, so the operator is warned
//! (operator screen, `/health`, metrics, log) well before the outbox can no longer write an
//! application. The threshold is kiosk-config's `[outbox] warn_free_mb`.

use std::path::Path;

/// Bytes an unprivileged process may still write on the filesystem holding `path`; `None`
/// when the filesystem cannot be asked.
pub fn free_bytes(path: &Path) -> Option<u64> {
    let st = rustix::fs::statvfs(path).ok()?;
    st.f_bavail.checked_mul(st.f_frsize)
}

/// Whether `free` bytes count as nearly full, below `warn_below` bytes.
pub fn is_low(free: u64, warn_below: u64) -> bool {
    free < warn_below
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_directory_has_a_measurable_free_space() {
        let dir = tempfile::tempdir().expect("temp dir");
        let free = free_bytes(dir.path()).expect("statvfs on a temp dir");
        assert!(free > 0);
        assert!(free_bytes(&dir.path().join("missing")).is_none());
        assert!(is_low(999, 1000) && !is_low(1000, 1000));
    }
}
