//! The booth's allocator policy (`myna_booth::memory`): after a session's frame-sized buffers
//! are dropped, the memory they held leaves the process, even when smaller blocks allocated in
//! between stay (as the booth's long-lived state does). Its own test binary, so that no other
//! test moves this process's resident memory while it is measured.

/// Resident memory of this process in KiB.
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .expect("VmRSS")
}

#[test]
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn memory_of_dropped_frames_goes_back_to_the_system() {
    assert!(myna_booth::memory::keep_large_buffers_out_of_the_heap());
    const FRAME: usize = 1280 * 720 * 4;
    const FRAMES: usize = 16;
    // A first frame comes and goes, as in the first session (without the policy this is
    // what moves glibc's threshold above frame size).
    drop(std::hint::black_box(vec![1u8; FRAME]));
    // Then frames with small long-lived blocks between them, all written so they are resident.
    let mut frames = Vec::new();
    let mut kept = Vec::new();
    for i in 0..FRAMES {
        frames.push(std::hint::black_box(vec![i as u8 | 1; FRAME]));
        kept.push(std::hint::black_box(vec![i as u8; 4096]));
    }
    let before = rss_kib();
    drop(frames);
    let after = rss_kib();
    let freed_mib = before.saturating_sub(after) / 1024;
    let held_mib = (FRAMES * FRAME / 1024 / 1024) as u64;
    assert!(
        freed_mib >= held_mib * 9 / 10,
        "resident memory fell by {freed_mib} MiB after dropping {held_mib} MiB of frames"
    );
    drop(kept);
}
