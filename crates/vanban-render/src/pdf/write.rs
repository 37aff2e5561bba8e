//! Pages of placed text and strokes as printpdf operations.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    Color, FontId, Line, LinePoint, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage, Point,
    Polygon, PolygonRing, Pt, Rect, Rgb, TextItem, TextMatrix, WindingOrder,
};

use super::PdfError;
use crate::fonts::{FontSet, Style};
use crate::layout::{Graphic, Pages, Span, Stroke};

/// FNV-1a over 64-bit words: a stable hash for names and IDs (never for
/// security), fast enough to run over every stream of the file.
pub(super) fn fnv(seed: u64, bytes: &[u8]) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let mut b = [0u8; 8];
        b.copy_from_slice(w);
        h = (h ^ u64::from_le_bytes(b)).wrapping_mul(PRIME);
    }
    for b in words.remainder() {
        h = (h ^ u64::from(*b)).wrapping_mul(PRIME);
    }
    h ^ (h >> 29)
}

/// Six capitals from a hash: the font's resource name and subset tag.
fn tag(mut h: u64) -> String {
    (0..6)
        .map(|_| {
            let c = char::from(b'A' + (h % 26) as u8);
            h /= 26;
            c
        })
        .collect()
}

/// Names every face the pages use after the characters it shows.
fn font_ids(pages: &Pages) -> BTreeMap<Style, FontId> {
    let mut used: BTreeMap<Style, BTreeSet<char>> = BTreeMap::new();
    let mut seen = vec![[false; 4]; 0x2100];
    for page in &pages.pages {
        for s in &page.spans {
            let set = used.entry(s.style).or_default();
            let k = s.style.index();
            for c in s.text.chars() {
                match seen.get_mut(c as usize) {
                    Some(flags) if flags[k] => {}
                    Some(flags) => {
                        flags[k] = true;
                        set.insert(c);
                    }
                    None => {
                        set.insert(c);
                    }
                }
            }
        }
    }
    let mut taken = BTreeSet::new();
    used.into_iter()
        .map(|(style, chars)| {
            let text: String = style.name().chars().chain(chars).collect();
            let mut seed = 0;
            let mut name = tag(fnv(seed, text.as_bytes()));
            while !taken.insert(name.clone()) {
                seed += 1;
                name = tag(fnv(seed, text.as_bytes()));
            }
            (style, FontId(name))
        })
        .collect()
}

fn point(x: f32, y: f32, height: f32) -> Point {
    Point {
        x: Pt(round(x)),
        y: Pt(round(height - y)),
    }
}

/// A coordinate rounded to 1/100 pt, so that the file says "92.4", not
/// "92.39999".
fn round(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// The text of a page: one text object, the font set when it changes, each
/// span placed absolutely.
fn text_ops(spans: &[Span], ids: &BTreeMap<Style, FontId>, height: f32, ops: &mut Vec<Op>) {
    if spans.is_empty() {
        return;
    }
    ops.push(Op::StartTextSection);
    let mut font = None;
    for s in spans {
        let Some(id) = ids.get(&s.style) else {
            continue;
        };
        if font != Some((s.style, s.size)) {
            font = Some((s.style, s.size));
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(id.clone()),
                size: Pt(s.size),
            });
        }
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(round(s.x)), Pt(round(height - s.y))),
        });
        ops.push(Op::ShowText { items: items(s) });
    }
    ops.push(Op::EndTextSection);
}

fn items(s: &Span) -> Vec<TextItem> {
    if s.space_extra <= 0.0 {
        return vec![TextItem::Text(s.text.clone())];
    }
    // Justification: every word after a space moves right by the extra
    // space (in thousandths of the font size; negative moves right).
    let shift = round(-s.space_extra * 1000.0 / s.size);
    let mut items = Vec::new();
    let mut words = s.text.split(' ').peekable();
    while let Some(w) = words.next() {
        if words.peek().is_some() {
            items.push(TextItem::Text(format!("{w} ")));
            items.push(TextItem::Offset(shift));
        } else {
            items.push(TextItem::Text(w.to_owned()));
        }
    }
    items
}

fn stroke_ops(r: &Stroke, height: f32, ops: &mut Vec<Op>) {
    ops.push(Op::SetOutlineThickness { pt: Pt(r.width) });
    ops.push(Op::DrawLine {
        line: Line {
            points: vec![
                LinePoint {
                    p: point(r.x0, r.y0, height),
                    bezier: false,
                },
                LinePoint {
                    p: point(r.x1, r.y1, height),
                    bezier: false,
                },
            ],
            is_closed: false,
        },
    });
}

fn color(c: [u8; 3]) -> Color {
    let f = |v: u8| round(f32::from(v) / 255.0);
    Color::Rgb(Rgb {
        r: f(c[0]),
        g: f(c[1]),
        b: f(c[2]),
        icc_profile: None,
    })
}

/// Chart shapes in painting order, then black again for what follows.
fn graphic_ops(graphics: &[Graphic], height: f32, ops: &mut Vec<Op>) {
    if graphics.is_empty() {
        return;
    }
    for g in graphics {
        match g {
            Graphic::Fill {
                x,
                y,
                w,
                h,
                color: c,
            } => {
                ops.push(Op::SetFillColor { col: color(*c) });
                let corner = |px: f32, py: f32| LinePoint {
                    p: point(px, py, height),
                    bezier: false,
                };
                ops.push(Op::DrawPolygon {
                    polygon: Polygon {
                        rings: vec![PolygonRing {
                            points: vec![
                                corner(*x, *y),
                                corner(x + w, *y),
                                corner(x + w, y + h),
                                corner(*x, y + h),
                            ],
                        }],
                        mode: PaintMode::Fill,
                        winding_order: WindingOrder::NonZero,
                    },
                });
            }
            Graphic::Line { stroke, color: c } => {
                ops.push(Op::SetOutlineColor { col: color(*c) });
                stroke_ops(stroke, height, ops);
            }
        }
    }
    ops.push(Op::SetFillColor { col: color([0; 3]) });
    ops.push(Op::SetOutlineColor { col: color([0; 3]) });
}

/// The printpdf document of `pages`, fonts attached.
pub(super) fn document(pages: &Pages, fonts: &FontSet) -> Result<PdfDocument, PdfError> {
    let mut pdf = PdfDocument::new("");
    let ids = font_ids(pages);
    for (style, id) in &ids {
        let face = fonts.face(*style);
        let parsed = face
            .pdf_font()
            .ok_or_else(|| PdfError::Font(face.postscript_name().to_owned()))?;
        pdf.resources
            .fonts
            .map
            .insert(id.clone(), printpdf::PdfFont::new(parsed.clone()));
    }
    let mut out = Vec::with_capacity(pages.pages.len());
    for page in &pages.pages {
        let h = page.height;
        let mut ops = Vec::new();
        graphic_ops(&page.graphics, h, &mut ops);
        text_ops(&page.spans, &ids, h, &mut ops);
        for r in &page.strokes {
            stroke_ops(r, h, &mut ops);
        }
        let rect = Rect::from_wh(Pt(page.width), Pt(h));
        out.push(PdfPage {
            media_box: rect.clone(),
            trim_box: rect.clone(),
            crop_box: rect,
            ops,
        });
    }
    pdf.pages = out;
    Ok(pdf)
}
