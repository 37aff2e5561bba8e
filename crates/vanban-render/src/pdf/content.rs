//! A page of the layout as a content stream: the chart's shapes first, then
//! the text in one text object, then the rules, written straight to bytes
//! (coordinates rounded to 1/100 pt and printed by ryu, so "92.4", never
//! "92.39999").

use pdf_writer::{Content, Name, Str};

use super::embed::{Embedded, round};
use crate::layout::{Graphic, Page, Span, Stroke};

/// The content stream of `page`, showing text in the faces `faces`.
pub(super) fn page(page: &Page, faces: &[Embedded<'_>]) -> Vec<u8> {
    let mut c = Content::with_capacity(64 * page.spans.len() + 32 * page.strokes.len() + 64);
    let h = page.height;
    graphics(&page.graphics, h, &mut c);
    text(&page.spans, faces, h, &mut c);
    for r in &page.strokes {
        stroke(r, h, &mut c);
    }
    c.finish().into_vec()
}

/// The text: one text object, the font set when it changes, each span
/// placed absolutely.
fn text(spans: &[Span], faces: &[Embedded<'_>], height: f32, c: &mut Content) {
    if spans.is_empty() {
        return;
    }
    c.begin_text();
    let mut font = None;
    let mut codes = Vec::new();
    for s in spans {
        let Some(face) = faces.iter().find(|f| f.style == s.style) else {
            continue;
        };
        if font != Some((s.style, s.size)) {
            font = Some((s.style, s.size));
            c.set_font(Name(face.tag.as_bytes()), s.size);
        }
        c.set_text_matrix([1.0, 0.0, 0.0, 1.0, round(s.x), round(height - s.y)]);
        if s.space_extra <= 0.0 {
            codes.clear();
            codes.extend(s.text.chars().flat_map(|ch| face.code(ch)));
            c.show(Str(&codes));
            continue;
        }
        // Justification: every word after a space moves right by the extra
        // space (in thousandths of the font size; negative moves right).
        let shift = round(-s.space_extra * 1000.0 / s.size);
        let mut shown = c.show_positioned();
        let mut items = shown.items();
        let mut words = s.text.split(' ').peekable();
        while let Some(w) = words.next() {
            codes.clear();
            codes.extend(w.chars().flat_map(|ch| face.code(ch)));
            if words.peek().is_some() {
                codes.extend(face.code(' '));
                items.show(Str(&codes));
                items.adjust(shift);
            } else {
                items.show(Str(&codes));
            }
        }
    }
    c.end_text();
}

fn stroke(r: &Stroke, height: f32, c: &mut Content) {
    c.set_line_width(r.width);
    c.move_to(round(r.x0), round(height - r.y0));
    c.line_to(round(r.x1), round(height - r.y1));
    c.stroke();
}

/// An sRGB colour's components, to 1/100.
fn rgb(c: [u8; 3]) -> [f32; 3] {
    c.map(|v| round(f32::from(v) / 255.0))
}

/// Chart shapes in painting order, then black again for what follows.
fn graphics(graphics: &[Graphic], height: f32, c: &mut Content) {
    if graphics.is_empty() {
        return;
    }
    for g in graphics {
        match *g {
            Graphic::Fill { x, y, w, h, color } => {
                let [r, g, b] = rgb(color);
                c.set_fill_rgb(r, g, b);
                let (left, right) = (round(x), round(x + w));
                let (top, bottom) = (round(height - y), round(height - (y + h)));
                c.move_to(left, top);
                c.line_to(right, top);
                c.line_to(right, bottom);
                c.line_to(left, bottom);
                c.close_path();
                c.fill_nonzero();
            }
            Graphic::Line { stroke: s, color } => {
                let [r, g, b] = rgb(color);
                c.set_stroke_rgb(r, g, b);
                stroke(&s, height, c);
            }
        }
    }
    c.set_fill_rgb(0.0, 0.0, 0.0);
    c.set_stroke_rgb(0.0, 0.0, 0.0);
}
