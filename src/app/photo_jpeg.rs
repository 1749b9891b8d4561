//! A photo from the phone's camera (or its gallery) made small enough to keep: its size read
//! first (cheap: the image is not decoded yet), then decoded by the browser off the page's
//! thread already scaled so that its longest side is at most 1280 px, and compressed to JPEG
//! through a canvas, also off the page's thread. A 48-megapixel shot becomes ~0.3 Mo; the page
//! stays responsive meanwhile.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, HtmlCanvasElement, HtmlImageElement, ImageBitmap, ImageBitmapOptions, ResizeQuality};

/// The longest side of a kept photo, in pixels: enough to read a meter or a label.
pub const LONGEST_SIDE: u32 = 1280;
/// The JPEG quality of a kept photo (0 to 1).
const JPEG_QUALITY: f64 = 0.8;
/// The most pixels a photo may have to be read: beyond, decoding it could exhaust a phone's
/// memory (a 108-megapixel camera is the largest sold).
pub const MAX_PIXELS: u64 = 120_000_000;

/// Why a file did not give a photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhotoReadError {
    /// The file says it is no image (a PDF, a text…).
    NotAnImage {
        /// The file's name.
        name: String,
    },
    /// The browser could not decode it: damaged, or a format it does not read.
    Unreadable {
        /// The file's name.
        name: String,
    },
    /// Too many pixels to decode safely on a phone.
    TooManyPixels {
        /// Its width in pixels.
        width: u32,
        /// Its height in pixels.
        height: u32,
    },
    /// The browser refused to draw or compress it (out of memory, most likely).
    NotCompressed,
}

/// A photo ready to keep: JPEG bytes and its size, and the size of the image it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jpeg {
    /// The JPEG file's bytes.
    pub bytes: Vec<u8>,
    /// Its width and height in pixels.
    pub size: (u32, u32),
    /// The width and height of the image it was made from.
    pub source: (u32, u32),
}

/// The size of an image of `width` × `height` once its longest side is at most
/// [`LONGEST_SIDE`] (never enlarged; never below one pixel).
pub fn fitted(width: u32, height: u32) -> (u32, u32) {
    let longest = width.max(height);
    if longest <= LONGEST_SIDE {
        return (width.max(1), height.max(1));
    }
    let scale = f64::from(LONGEST_SIDE) / f64::from(longest);
    let side = |pixels: u32| ((f64::from(pixels) * scale).round() as u32).clamp(1, LONGEST_SIDE);
    (side(width), side(height))
}

/// The width and height of the image in `file`, read without decoding its pixels.
async fn dimensions(file: &File) -> Result<(u32, u32), PhotoReadError> {
    let unreadable = || PhotoReadError::Unreadable { name: file.name() };
    let url = web_sys::Url::create_object_url_with_blob(file).map_err(|_| unreadable())?;
    let image = HtmlImageElement::new().map_err(|_| unreadable())?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(resolve.unchecked_ref()));
        image.set_onerror(Some(reject.unchecked_ref()));
    });
    image.set_src(&url);
    let outcome = JsFuture::from(loaded).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    image.set_onload(None);
    image.set_onerror(None);
    match outcome {
        Ok(_) if image.natural_width() > 0 && image.natural_height() > 0 => {
            Ok((image.natural_width(), image.natural_height()))
        }
        _ => Err(unreadable()),
    }
}

/// `file` decoded at `size` by the browser, off the page's thread.
async fn decoded(file: &File, (width, height): (u32, u32)) -> Result<ImageBitmap, PhotoReadError> {
    let unreadable = || PhotoReadError::Unreadable { name: file.name() };
    let options = ImageBitmapOptions::new();
    options.set_resize_width(width);
    options.set_resize_height(height);
    options.set_resize_quality(ResizeQuality::High);
    let window = web_sys::window().ok_or_else(unreadable)?;
    let promise =
        window.create_image_bitmap_with_blob_and_image_bitmap_options(file, &options).map_err(|_| unreadable())?;
    JsFuture::from(promise).await.map(JsCast::unchecked_into).map_err(|_| unreadable())
}

/// `bitmap` drawn on a white canvas and compressed to JPEG (the browser encodes off the page's
/// thread and calls back).
async fn compressed(bitmap: &ImageBitmap) -> Result<Vec<u8>, PhotoReadError> {
    let fail = |_| PhotoReadError::NotCompressed;
    let document = web_sys::window().and_then(|w| w.document()).ok_or(PhotoReadError::NotCompressed)?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").map_err(fail)?.unchecked_into();
    canvas.set_width(bitmap.width());
    canvas.set_height(bitmap.height());
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").map_err(fail)?.ok_or(PhotoReadError::NotCompressed)?.unchecked_into();
    // A transparent image (a PNG) on white, not on JPEG's black.
    context.set_fill_style_str("#fff");
    context.fill_rect(0.0, 0.0, f64::from(bitmap.width()), f64::from(bitmap.height()));
    context.draw_image_with_image_bitmap(bitmap, 0.0, 0.0).map_err(fail)?;
    let blob = js_sys::Promise::new(&mut |resolve, _reject| {
        let _ = canvas.to_blob_with_type_and_encoder_options(&resolve, "image/jpeg", &JsValue::from(JPEG_QUALITY));
    });
    let blob: web_sys::Blob = JsFuture::from(blob).await.map_err(fail)?.dyn_into().map_err(fail)?;
    let buffer = JsFuture::from(blob.array_buffer()).await.map_err(fail)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The photo in `file` as a JPEG whose longest side is at most [`LONGEST_SIDE`] px; a file that
/// is no image, cannot be decoded or is too large to decode safely is refused.
pub async fn jpeg_of(file: &File) -> Result<Jpeg, PhotoReadError> {
    let kind = file.type_();
    if !kind.is_empty() && !kind.starts_with("image/") {
        return Err(PhotoReadError::NotAnImage { name: file.name() });
    }
    let source = dimensions(file).await?;
    if u64::from(source.0) * u64::from(source.1) > MAX_PIXELS {
        return Err(PhotoReadError::TooManyPixels { width: source.0, height: source.1 });
    }
    let size = fitted(source.0, source.1);
    let bitmap = decoded(file, size).await?;
    let bytes = compressed(&bitmap).await;
    bitmap.close();
    Ok(Jpeg { bytes: bytes?, size, source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_side_is_brought_to_1280_px_keeping_the_shape_and_small_photos_stay() {
        assert_eq!(fitted(4000, 3000), (1280, 960));
        assert_eq!(fitted(6000, 8000), (960, 1280), "portrait");
        assert_eq!(fitted(12_000, 9_000), (1280, 960));
        assert_eq!(fitted(1280, 720), (1280, 720));
        assert_eq!(fitted(800, 600), (800, 600), "never enlarged");
        assert_eq!(fitted(100_000, 10), (1280, 1), "a sliver keeps one pixel");
    }
}
