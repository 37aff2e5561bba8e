//! Breaking a paragraph into lines: measured with advance widths, broken
//! greedily at the places a word processor breaks, aligned and justified.

use super::LayoutError;
use crate::fonts::{FontSet, Style};
use crate::resolve::{Align, Para, Spacing};

/// A piece of a line in one face, `x` from the content box's left edge.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct LineSpan {
    pub x: f32,
    pub width: f32,
    pub text: String,
    pub style: Style,
    pub size: f32,
    /// Underline: distance below the baseline and thickness.
    pub underline: Option<(f32, f32)>,
    pub space_extra: f32,
}

/// One line of a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Line {
    pub spans: Vec<LineSpan>,
    pub height: f32,
    /// Baseline, from the top of the line.
    pub baseline: f32,
}

/// A paragraph broken into lines for one width.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Lines {
    pub lines: Vec<Line>,
    /// The bottom border: left and right ends (from the content box's left
    /// edge) and width.
    pub rule: Option<(f32, f32, f32)>,
}

impl Lines {
    /// Height added after the last line: the bottom border's width.
    pub fn after(&self) -> f32 {
        self.rule.map_or(0.0, |(_, _, w)| w)
    }

    /// Height of lines `from..to`, with the border if `to` is the end.
    pub fn height(&self, from: usize, to: usize) -> f32 {
        let h: f32 = self.lines[from..to].iter().map(|l| l.height).sum();
        if to == self.lines.len() {
            h + self.after()
        } else {
            h
        }
    }
}

/// How much wider than its advances LibreOffice holds a line that ends in
/// italic text, in ems of that text: it keeps a word off the line unless
/// this much room is left (measured: an italic header cell wrapped at 0.45
/// pt to spare at 13 pt, and kept at 2 pt; 0.06 em is 0.78 pt at 13 pt).
const ITALIC_END_EM: f32 = 0.06;

struct Glyph {
    c: char,
    piece: usize,
    advance: f32,
}

/// Whether a line may break after `i`.
fn breaks_after(g: &[Glyph], i: usize) -> bool {
    let Some(next) = g.get(i + 1) else {
        return false;
    };
    let c = g[i].c;
    if c == ' ' {
        return next.c != ' ';
    }
    // After a hyphen or dash that joins a word or number to a word, as Word
    // and LibreOffice break (UAX #14: a hyphen before a letter): "Đảng-" /
    // "Nhà", "209-" / "KL/TU"; never before a number ("2022-2025", "IV/2022").
    matches!(c, '-' | '–' | '—') && i > 0 && g[i - 1].c.is_alphanumeric() && next.c.is_alphabetic()
}

/// Breaks `para` into lines `width` points wide.
pub(super) fn break_para(para: &Para, width: f32, fonts: &FontSet) -> Result<Lines, LayoutError> {
    let mut glyphs = Vec::new();
    for (i, piece) in para.pieces.iter().enumerate() {
        let face = fonts.face(piece.style);
        for c in piece.text.chars() {
            if face.glyph(c).is_none() {
                return Err(LayoutError::missing(c, face, &piece.text));
            }
            glyphs.push(Glyph {
                c,
                piece: i,
                // A word processor lays text out in twips: every advance is
                // rounded to 1/20 pt, which decides the close calls of breaking.
                advance: (face.width_of(c, piece.size) * 20.0).round() / 20.0,
            });
        }
    }
    let avail = |first: bool| {
        let indent = if first { para.first_indent } else { 0.0 };
        (width - para.indent_left - para.indent_right - indent).max(1.0)
    };
    // Greedy: [start, end) ranges of glyphs, trailing spaces included.
    let mut ranges = Vec::new();
    let mut start = 0;
    while start < glyphs.len() {
        let limit = avail(ranges.is_empty());
        let mut acc = 0.0f32;
        let mut last_fit = None; // end of the last break segment that fits
        let mut ink = 0.0f32; // width without trailing spaces
        let mut slant = 0.0f32;
        let mut i = start;
        while i < glyphs.len() {
            acc += glyphs[i].advance;
            if glyphs[i].c != ' ' {
                ink = acc;
                let piece = &para.pieces[glyphs[i].piece];
                slant = if matches!(piece.style, Style::Italic | Style::BoldItalic) {
                    ITALIC_END_EM * piece.size
                } else {
                    0.0
                };
            }
            if ink + slant > limit + 1e-3 {
                break;
            }
            if breaks_after(&glyphs, i) || i + 1 == glyphs.len() {
                last_fit = Some(i + 1);
            }
            i += 1;
        }
        let end = if i == glyphs.len() {
            glyphs.len()
        } else {
            match last_fit {
                Some(e) => e,
                // A word longer than the line: break it where it overflows.
                None => i.max(start + 1),
            }
        };
        ranges.push((start, end));
        start = end;
    }
    if ranges.is_empty() {
        ranges.push((0, 0));
    }
    let count = ranges.len();
    let mut lines = Vec::with_capacity(count);
    for (n, &(s, e)) in ranges.iter().enumerate() {
        let mut e_ink = e;
        while e_ink > s && glyphs[e_ink - 1].c == ' ' {
            e_ink -= 1;
        }
        let first = n == 0;
        let line = &glyphs[s..e_ink];
        let natural: f32 = line.iter().map(|g| g.advance).sum();
        let room = avail(first);
        let spaces = line.iter().filter(|g| g.c == ' ').count();
        let last = n + 1 == count;
        let (offset, extra) = match para.align {
            Align::Left => (0.0, 0.0),
            Align::Center => ((room - natural) / 2.0, 0.0),
            Align::Justify if !last && spaces > 0 && room > natural => {
                (0.0, (room - natural) / spaces as f32)
            }
            Align::Justify => (0.0, 0.0),
        };
        let x0 = para.indent_left + if first { para.first_indent } else { 0.0 } + offset;
        lines.push(make_line(para, line, x0, extra, fonts));
    }
    Ok(Lines {
        lines,
        rule: para
            .border_bottom
            .map(|w| (para.indent_left, width - para.indent_right, w)),
    })
}

fn make_line(para: &Para, line: &[Glyph], x0: f32, extra: f32, fonts: &FontSet) -> Line {
    let mut spans: Vec<LineSpan> = Vec::new();
    let mut current = None;
    let mut x = x0;
    for g in line {
        let adv = g.advance + if g.c == ' ' { extra } else { 0.0 };
        match spans.last_mut() {
            Some(span) if current == Some(g.piece) => {
                span.text.push(g.c);
                span.width += adv;
            }
            _ => {
                let p = &para.pieces[g.piece];
                current = Some(g.piece);
                spans.push(LineSpan {
                    x,
                    width: adv,
                    text: g.c.to_string(),
                    style: p.style,
                    size: p.size,
                    underline: p.underline.then(|| fonts.face(p.style).underline(p.size)),
                    space_extra: extra,
                });
            }
        }
        x += adv;
    }
    // The metrics of the line: its pieces, or the paragraph mark when empty.
    let mut sizes: Vec<(Style, f32)> = spans.iter().map(|s| (s.style, s.size)).collect();
    if sizes.is_empty() {
        sizes.push(para.mark);
    }
    let (height, baseline) = match para.spacing {
        // LibreOffice puts the baseline of a fixed-height line at 80 %.
        Spacing::Exact(h) => (h, h * 0.8),
        Spacing::Single => {
            let mut above = 0.0f32;
            let mut below = 0.0f32;
            for (style, size) in sizes {
                let face = fonts.face(style);
                above = above.max(face.gap(size) + face.ascent(size));
                below = below.max(face.descent(size));
            }
            (above + below, above)
        }
    };
    Line {
        spans,
        height,
        baseline,
    }
}
