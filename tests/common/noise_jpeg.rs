//! A photo-sized JPEG of seeded noise for the intake and outbox tests and benches: real JPEG
//! bytes that compress badly, like a photo, and are the same for the same seed.

/// An RGB JPEG of `width`×`height` pixels of xorshift noise from `seed`.
pub fn noise_jpeg(width: u32, height: u32, seed: u32, quality: u8) -> Vec<u8> {
    let mut state = seed.max(1);
    let px: Vec<u8> = (0..width * height * 3)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state >> 24) as u8
        })
        .collect();
    let mut out = Vec::new();
    if let Err(e) = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality).encode(
        &px,
        width,
        height,
        image::ExtendedColorType::Rgb8,
    ) {
        panic!("encoding the sample photo: {e}");
    }
    out
}
