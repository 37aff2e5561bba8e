//! vanban's own page layout: the IR and the profile in, pages of placed
//! text and strokes out. It reproduces what a word processor makes of the
//! .docx that [`crate::docx`] writes for the same IR, line for line:
//!
//! * `spec` restates the document as the paragraphs and tables the DOCX
//!   holds, with the same indents, spacing, widths and keep rules;
//! * `lines` measures text with the font's advance widths (no kerning, as
//!   Word and LibreOffice set Times New Roman) and breaks it greedily where a
//!   word processor may break (spaces; after a hyphen between letters),
//!   then justifies with space between words;
//! * `flow` paginates: space before dropped at the top of a page, exact or
//!   single line heights, two lines at least on each side of a page break,
//!   keep-with-next chains, tables whose rows never split and whose header
//!   rows repeat, page numbers from page 2.
//!
//! Coordinates are points from the top-left corner of the page.

mod flow;
mod lines;
mod table;

pub(crate) use table::breakable_rows;

use std::fmt::{self, Write};

use crate::fonts::{FontSet, Style};
use crate::ir::Document;
use crate::profile::Profile;

/// A run of text on one baseline, in one face and size.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// Left edge, points.
    pub x: f32,
    /// Baseline, points from the top of the page.
    pub y: f32,
    /// Face.
    pub style: Style,
    /// Size, points.
    pub size: f32,
    /// The text (no trailing spaces).
    pub text: String,
    /// Extra width after every space of the text (justification), points.
    pub space_extra: f32,
}

/// A straight stroke.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Start x.
    pub x0: f32,
    /// Start y.
    pub y0: f32,
    /// End x.
    pub x1: f32,
    /// End y.
    pub y1: f32,
    /// Line width, points.
    pub width: f32,
}

/// A shape of a chart, painted before the page's text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Graphic {
    /// A filled rectangle: left, top, width, height and colour.
    Fill {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// sRGB colour.
        color: [u8; 3],
    },
    /// A coloured line.
    Line {
        /// Where and how wide.
        stroke: Stroke,
        /// sRGB colour.
        color: [u8; 3],
    },
}

/// One page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// Text, in reading order.
    pub spans: Vec<Span>,
    /// Rules, underlines and table borders, in black.
    pub strokes: Vec<Stroke>,
    /// Shapes of charts, in painting order.
    pub graphics: Vec<Graphic>,
    /// Width, points (its section's).
    pub width: f32,
    /// Height, points.
    pub height: f32,
}

/// A laid-out document.
#[derive(Debug, Clone, PartialEq)]
pub struct Pages {
    /// The pages.
    pub pages: Vec<Page>,
    /// What the layout had to do that the reader should know of (a row
    /// broken across pages, a chart in parts), as warnings.
    pub warnings: Vec<vanban_core::messages::Message>,
}

/// Why a document could not be laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayoutError {
    /// The font has no glyph for a character of the text.
    MissingGlyph {
        /// The character.
        ch: char,
        /// The face ("LiberationSerif-Bold").
        face: String,
        /// The text it occurs in.
        context: String,
    },
    /// The document has no section to lay out.
    Empty,
}

impl LayoutError {
    /// `ch` is missing from `face`; the context is the text around it, at
    /// most 40 characters from where it starts.
    pub(crate) fn missing(ch: char, face: &crate::fonts::Face, text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let at = chars.iter().position(|&c| c == ch).unwrap_or(0);
        let from = at.saturating_sub(20);
        let to = (from + 40).min(chars.len());
        let mut context: String = chars[from..to].iter().collect();
        if from > 0 {
            context.insert(0, '…');
        }
        if to < chars.len() {
            context.push('…');
        }
        Self::MissingGlyph {
            ch,
            face: face.postscript_name().to_owned(),
            context,
        }
    }
}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingGlyph { ch, face, context } => write!(
                f,
                "phông chữ {face} không có ký tự “{ch}” (U+{:04X}), trong: “{context}”",
                u32::from(*ch)
            ),
            Self::Empty => f.write_str("văn bản không có nội dung để dàn trang"),
        }
    }
}

impl std::error::Error for LayoutError {}

/// Lays out a document.
pub fn layout(doc: &Document, profile: &Profile, fonts: &FontSet) -> Result<Pages, LayoutError> {
    layout_resolved(&crate::resolve::resolve(doc, profile, fonts)?, fonts)
}

/// Lays out a resolved document.
pub fn layout_resolved(
    doc: &crate::resolve::Resolved,
    fonts: &FontSet,
) -> Result<Pages, LayoutError> {
    flow::paginate(doc, fonts)
}

impl Pages {
    /// Pages as text, one span per line with its position (one decimal) and
    /// face: the form golden tests compare.
    pub fn dump(&self) -> String {
        let mut s = String::new();
        for (i, page) in self.pages.iter().enumerate() {
            let _ = writeln!(s, "page {}", i + 1);
            for t in &page.spans {
                let _ = writeln!(
                    s,
                    "  {:6.1} {:6.1} {}{} {}{}",
                    t.x,
                    t.y,
                    style_code(t.style),
                    t.size,
                    t.text,
                    if t.space_extra > 0.0 {
                        format!(" ⟨+{:.2}⟩", t.space_extra)
                    } else {
                        String::new()
                    }
                );
            }
            for r in &page.strokes {
                let _ = writeln!(
                    s,
                    "  line {:.1},{:.1} – {:.1},{:.1} w{}",
                    r.x0, r.y0, r.x1, r.y1, r.width
                );
            }
            for g in &page.graphics {
                let _ = match g {
                    Graphic::Fill { x, y, w, h, color } => {
                        writeln!(s, "  fill {x:.1},{y:.1} {w:.1}×{h:.1} {}", hex(*color))
                    }
                    Graphic::Line { stroke: r, color } => writeln!(
                        s,
                        "  gline {:.1},{:.1} – {:.1},{:.1} w{} {}",
                        r.x0,
                        r.y0,
                        r.x1,
                        r.y1,
                        r.width,
                        hex(*color)
                    ),
                };
            }
        }
        s
    }
}

fn hex(c: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2])
}

fn style_code(s: Style) -> &'static str {
    match s {
        Style::Regular => "R",
        Style::Bold => "B",
        Style::Italic => "I",
        Style::BoldItalic => "BI",
    }
}
#[cfg(test)]
mod tests;
