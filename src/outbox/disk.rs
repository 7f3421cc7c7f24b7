//! Free space on the filesystem of the booth's data directory, so the operator is warned
//! (metrics, log) well before the outbox can no longer write an application.

use std::path::Path;

/// Below this much free space the booth warns: room for a few hundred applications (about
/// 300 KB each), logs and slips, so staff have days to act.
pub const LOW_DISK_BYTES: u64 = 256 * 1024 * 1024;

/// Bytes an unprivileged process may still write on the filesystem holding `path`; `None`
/// when the filesystem cannot be asked.
pub fn free_bytes(path: &Path) -> Option<u64> {
    let st = rustix::fs::statvfs(path).ok()?;
    st.f_bavail.checked_mul(st.f_frsize)
}

/// Whether `free` bytes count as nearly full.
pub fn is_low(free: u64) -> bool {
    free < LOW_DISK_BYTES
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
        assert!(is_low(LOW_DISK_BYTES - 1) && !is_low(LOW_DISK_BYTES));
    }
}
