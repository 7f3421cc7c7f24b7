//! How the process's allocator treats the booth's large buffers (camera frames, model tensors,
//! photos): they go straight to the kernel and back, never into the long-lived heap.
//!
//! glibc's malloc raises its mmap threshold each time a large mmapped block is freed, up to
//! 32 MiB. After the first session every frame-sized buffer (a 1280×720 RGBA frame is 3.5 MiB)
//! therefore came from the heap, where the gaps they left kept the booth's resident memory
//! 20–25 % above its level after one session (issue 7's soak). Fixing the threshold at glibc's
//! own starting value turns that adjustment off: large blocks are mapped for their lifetime and
//! unmapped when freed, so resident memory follows what is in use, and the pages that held a
//! user's frames and photo return to the kernel as soon as the buffer is dropped.

/// Blocks of at least this many bytes are mapped on their own (glibc's default start value).
pub const MMAP_THRESHOLD_BYTES: i32 = 128 * 1024;

/// Sets the allocator policy above, once per process (later calls change nothing). Returns
/// false where it cannot be set (not glibc, or glibc refused), which only costs memory.
pub fn keep_large_buffers_out_of_the_heap() -> bool {
    static SET: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *SET.get_or_init(|| {
        let ok = set_mmap_threshold(MMAP_THRESHOLD_BYTES);
        if !ok {
            tracing::warn!("the allocator's mmap threshold could not be fixed; memory may grow");
        }
        ok
    })
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn set_mmap_threshold(bytes: i32) -> bool {
    // SAFETY: mallopt only changes a malloc tunable; it is thread-safe (it takes the arena
    // locks) and has no preconditions on the value beyond its documented range.
    unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, bytes) == 1 }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn set_mmap_threshold(_bytes: i32) -> bool {
    false
}
