//! A [`Drawing`] as a PNG, through tiny-skia: rectangles and lines as paths,
//! text as the glyph outlines of the font, placed character by character
//! with the advance widths the layout measured, as a PDF viewer places them.

use std::fmt;

use tiny_skia::{Color, FillRule, LineCap, Paint, PathBuilder, Pixmap, Rect, Stroke, Transform};

use super::{Drawing, Item, Rgb};
use crate::fonts::{FontSet, Style};

/// The largest picture [`to_png`] makes, in pixels (256 MiB of pixmap).
const MAX_PIXELS: u64 = 1 << 26;

/// Why a drawing could not be turned into a PNG.
#[derive(Debug, Clone, PartialEq)]
pub enum RasterError {
    /// The picture would be empty or too large, or the resolution is not a
    /// positive number.
    Size {
        /// The drawing's width, points.
        width: f32,
        /// The drawing's height, points.
        height: f32,
        /// The resolution asked for, dots per inch.
        dpi: f32,
    },
    /// The outlines of a face could not be read from its file.
    Font {
        /// The face ("LiberationSerif").
        face: String,
        /// What the parser said.
        reason: String,
    },
    /// The PNG encoder failed.
    Encode(String),
}

impl fmt::Display for RasterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Size { width, height, dpi } => write!(
                f,
                "không thể vẽ biểu đồ {width} × {height} pt ở độ phân giải {dpi} dpi"
            ),
            Self::Font { face, reason } => {
                write!(f, "không đọc được nét chữ của phông {face}: {reason}")
            }
            Self::Encode(reason) => write!(f, "không ghi được ảnh PNG: {reason}"),
        }
    }
}

impl std::error::Error for RasterError {}

/// Rasterises a drawing at `dpi` dots per inch: a picture of
/// ⌈width · dpi / 72⌉ × ⌈height · dpi / 72⌉ pixels on an opaque white
/// background, encoded as a paletted PNG. The same drawing always gives
/// the same bytes.
///
/// Text and lines are anti-aliased. Rectangles are snapped to whole pixels
/// (and kept at least one pixel wide), so that two segments sharing an edge
/// leave no light seam between them. A character the face lacks is skipped
/// ([`super::draw`] does not let one through).
pub fn to_png(d: &Drawing, fonts: &FontSet, dpi: f32) -> Result<Vec<u8>, RasterError> {
    let scale = dpi / 72.0;
    let size_error = || RasterError::Size {
        width: d.width,
        height: d.height,
        dpi,
    };
    let px = |points: f32| {
        let n = (points * scale).ceil();
        (n.is_finite() && n >= 1.0 && n <= MAX_PIXELS as f32).then_some(n as u32)
    };
    if !scale.is_finite() || scale <= 0.0 {
        return Err(size_error());
    }
    let (Some(w), Some(h)) = (px(d.width), px(d.height)) else {
        return Err(size_error());
    };
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(size_error());
    }
    let mut pixmap = Pixmap::new(w, h).ok_or_else(size_error)?;
    pixmap.fill(Color::WHITE);

    let to_pixels = Transform::from_scale(scale, scale);
    let mut outlines = Outlines::new(fonts);
    for item in &d.items {
        match item {
            Item::Rect { x, y, w, h, fill } => {
                if w.is_nan() || h.is_nan() || *w <= 0.0 || *h <= 0.0 {
                    continue;
                }
                // Whole pixels: adjacent segments meet without a seam.
                let x0 = (x * scale).round();
                let y0 = (y * scale).round();
                let x1 = ((x + w) * scale).round().max(x0 + 1.0);
                let y1 = ((y + h) * scale).round().max(y0 + 1.0);
                if let Some(rect) = Rect::from_ltrb(x0, y0, x1, y1) {
                    pixmap.fill_rect(rect, &paint(*fill), Transform::identity(), None);
                }
            }
            Item::Line {
                x0,
                y0,
                x1,
                y1,
                width,
                color,
            } => {
                let mut pb = PathBuilder::new();
                pb.move_to(*x0, *y0);
                pb.line_to(*x1, *y1);
                if let Some(path) = pb.finish() {
                    let stroke = Stroke {
                        width: *width,
                        line_cap: LineCap::Butt,
                        ..Stroke::default()
                    };
                    pixmap.stroke_path(&path, &paint(*color), &stroke, to_pixels, None);
                }
            }
            Item::Text {
                x,
                y,
                style,
                size,
                text,
            } => {
                if let Some(path) = outlines.text(*style, *x, *y, *size, text)? {
                    let black = paint([0, 0, 0]);
                    pixmap.fill_path(&path, &black, FillRule::Winding, to_pixels, None);
                }
            }
        }
    }
    indexed_png(pixmap.data(), w, h)
}

/// The colours of an opaque picture, each channel rounded to a multiple of
/// 2^`shift` (white and black kept).
fn quantise(c: u8, shift: u32) -> u8 {
    if shift == 0 {
        return c;
    }
    let half = 1u16 << (shift - 1);
    (((u16::from(c) + half) >> shift) << shift).min(255) as u8
}

/// An opaque RGBA picture as an 8-bit paletted PNG: its colours exactly
/// when there are 256 or fewer (a chart's fills, and the anti-aliased
/// greys of its text and lines), else rounded until they are. The palette
/// is sorted, so the same picture gives the same bytes.
fn indexed_png(rgba: &[u8], w: u32, h: u32) -> Result<Vec<u8>, RasterError> {
    let rgb = |px: &[u8], shift: u32| {
        [
            quantise(px[0], shift),
            quantise(px[1], shift),
            quantise(px[2], shift),
        ]
    };
    let mut shift = 0;
    let palette = loop {
        let mut colours: Vec<[u8; 3]> = Vec::new();
        let mut last = None;
        for px in rgba.chunks_exact(4) {
            let c = rgb(px, shift);
            if last == Some(c) {
                continue;
            }
            last = Some(c);
            if let Err(at) = colours.binary_search(&c) {
                colours.insert(at, c);
            }
        }
        if colours.len() <= 256 || shift >= 7 {
            break colours;
        }
        shift += 1;
    };
    let mut indices = Vec::with_capacity(rgba.len() / 4);
    let mut last: Option<([u8; 3], u8)> = None;
    for px in rgba.chunks_exact(4) {
        let c = rgb(px, shift);
        let i = match last {
            Some((l, i)) if l == c => i,
            _ => {
                let i = palette.binary_search(&c).unwrap_or(0).min(255) as u8;
                last = Some((c, i));
                i
            }
        };
        indices.push(i);
    }
    let encode = |e: png::EncodingError| RasterError::Encode(e.to_string());
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(palette.concat());
    let mut writer = encoder.write_header().map_err(encode)?;
    writer.write_image_data(&indices).map_err(encode)?;
    writer.finish().map_err(encode)?;
    Ok(out)
}

/// An anti-aliased solid paint.
fn paint(color: Rgb) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color_rgba8(color[0], color[1], color[2], 255);
    paint.anti_alias = true;
    paint
}

/// The faces of a font set, each parsed for its outlines on first use.
struct Outlines<'a> {
    fonts: &'a FontSet,
    parsed: [Option<ttf_parser::Face<'a>>; 4],
}

impl<'a> Outlines<'a> {
    fn new(fonts: &'a FontSet) -> Self {
        Outlines {
            fonts,
            parsed: [None, None, None, None],
        }
    }

    /// The outline of `text` set at `size` points from (`x`, baseline `y`),
    /// in points; `None` if it has no ink (spaces only).
    fn text(
        &mut self,
        style: Style,
        x: f32,
        y: f32,
        size: f32,
        text: &str,
    ) -> Result<Option<tiny_skia::Path>, RasterError> {
        let face = self.fonts.face(style);
        let slot = &mut self.parsed[style.index()];
        let parsed = match slot {
            Some(parsed) => parsed,
            None => {
                let parsed =
                    ttf_parser::Face::parse(face.bytes(), 0).map_err(|e| RasterError::Font {
                        face: face.postscript_name().to_owned(),
                        reason: e.to_string(),
                    })?;
                slot.insert(parsed)
            }
        };
        let mut pen = Pen {
            path: PathBuilder::new(),
            x,
            y,
            scale: size / f32::from(parsed.units_per_em()),
        };
        for c in text.chars() {
            if let Some(glyph) = face.glyph(c) {
                parsed.outline_glyph(ttf_parser::GlyphId(glyph), &mut pen);
            }
            pen.x += face.width_of(c, size);
        }
        Ok(pen.path.finish())
    }
}

/// Turns glyph outlines (font units, y up) into a path in points (y down),
/// the glyph's origin at (`x`, `y`).
struct Pen {
    path: PathBuilder,
    x: f32,
    y: f32,
    scale: f32,
}

impl Pen {
    fn at(&self, gx: f32, gy: f32) -> (f32, f32) {
        (self.x + gx * self.scale, self.y - gy * self.scale)
    }
}

impl ttf_parser::OutlineBuilder for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.path.move_to(x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.path.line_to(x, y);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let (x1, y1) = self.at(x1, y1);
        let (x, y) = self.at(x, y);
        self.path.quad_to(x1, y1, x, y);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let (x1, y1) = self.at(x1, y1);
        let (x2, y2) = self.at(x2, y2);
        let (x, y) = self.at(x, y);
        self.path.cubic_to(x1, y1, x2, y2, x, y);
    }

    fn close(&mut self) {
        self.path.close();
    }
}
