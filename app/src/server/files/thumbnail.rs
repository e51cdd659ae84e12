//! Thumbnails of uploaded images, made on the server: the picture is decoded (with bounds on
//! its size and on the memory the decoder may take, on the blocking pool, with a time limit)
//! and encoded again as a small PNG. Only this re-encoded picture is ever shown inline; the
//! upload itself is always sent as an attachment. An image that cannot be read gets no
//! thumbnail, and the upload stands.

use std::io::Cursor;
use std::path::PathBuf;
use std::time::Duration;

use image::{ImageFormat, ImageReader, Limits};

/// The longest side of a thumbnail, in pixels.
pub const THUMB_SIDE: u32 = 256;
/// Larger images get no thumbnail (their bytes are not read again).
const MAX_SOURCE_BYTES: u64 = 40 * 1024 * 1024;
/// The widest or tallest picture decoded.
const MAX_SIDE: u32 = 12_000;
/// What the decoder may allocate.
const MAX_ALLOC: u64 = 256 * 1024 * 1024;
/// How long making one thumbnail may take.
const TIME_LIMIT: Duration = Duration::from_secs(10);

/// A thumbnail (PNG bytes) of the image stored at `path`, or `None`.
pub async fn make(path: PathBuf, size: u64) -> Option<Vec<u8>> {
    if size > MAX_SOURCE_BYTES {
        return None;
    }
    let task = tokio::task::spawn_blocking(move || make_now(&std::fs::read(path).ok()?));
    tokio::time::timeout(TIME_LIMIT, task).await.ok()?.ok()?
}

/// A thumbnail of the image `bytes`, or `None` when they are not one this reads.
pub fn make_now(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let picture = reader.decode().ok()?;
    let small = picture.thumbnail(THUMB_SIDE, THUMB_SIDE);
    let mut out = Cursor::new(Vec::new());
    small.write_to(&mut out, ImageFormat::Png).ok()?;
    Some(out.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG of `w` × `h` pixels.
    pub fn png(w: u32, h: u32) -> Vec<u8> {
        let picture = image::RgbImage::from_fn(w, h, |x, y| {
            image::Rgb([(x % 255) as u8, (y % 255) as u8, 90])
        });
        let mut out = Cursor::new(Vec::new());
        picture.write_to(&mut out, ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn a_picture_becomes_a_small_png_and_anything_else_none() {
        let thumb = make_now(&png(1200, 600)).unwrap();
        let small = image::load_from_memory(&thumb).unwrap();
        assert_eq!((small.width(), small.height()), (256, 128));
        assert!(make_now(b"<svg onload=alert(1)/>").is_none());
        assert!(make_now(b"not a picture at all").is_none());
    }
}
