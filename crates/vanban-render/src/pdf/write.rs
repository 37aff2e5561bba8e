//! Pages of placed text and strokes as printpdf operations.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    FontId, Line, LinePoint, Op, PdfDocument, PdfFontHandle, PdfPage, Point, Pt, Rect, TextItem,
};

use super::PdfError;
use crate::fonts::{FontSet, Style};
use crate::layout::{Pages, Span, Stroke};

/// FNV-1a, 64 bits: a stable hash for names and IDs (never for security).
pub(super) fn fnv(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
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
    for page in &pages.pages {
        for s in &page.spans {
            used.entry(s.style).or_default().extend(s.text.chars());
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
        x: Pt(x),
        y: Pt(height - y),
    }
}

fn text_ops(s: &Span, id: &FontId, height: f32, ops: &mut Vec<Op>) {
    ops.push(Op::StartTextSection);
    ops.push(Op::SetFont {
        font: PdfFontHandle::External(id.clone()),
        size: Pt(s.size),
    });
    ops.push(Op::SetTextCursor {
        pos: point(s.x, s.y, height),
    });
    let items = if s.space_extra > 0.0 {
        // Justification: move every word right by the extra space after
        // each space (in thousandths of the font size; negative moves right).
        let shift = -s.space_extra * 1000.0 / s.size;
        let mut items = Vec::new();
        let mut words = s.text.split(' ').peekable();
        while let Some(w) = words.next() {
            if words.peek().is_some() {
                items.push(TextItem::Text(format!("{w} ")));
                items.push(TextItem::Offset((shift * 100.0).round() / 100.0));
            } else {
                items.push(TextItem::Text(w.to_owned()));
            }
        }
        items
    } else {
        vec![TextItem::Text(s.text.clone())]
    };
    ops.push(Op::ShowText { items });
    ops.push(Op::EndTextSection);
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
    let h = pages.height;
    let mut out = Vec::with_capacity(pages.pages.len());
    for page in &pages.pages {
        let mut ops = Vec::new();
        for s in &page.spans {
            if let Some(id) = ids.get(&s.style) {
                text_ops(s, id, h, &mut ops);
            }
        }
        for r in &page.strokes {
            stroke_ops(r, h, &mut ops);
        }
        let rect = Rect::from_wh(Pt(pages.width), Pt(h));
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
