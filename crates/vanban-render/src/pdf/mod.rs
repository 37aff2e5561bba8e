//! The PDF backend: the pages of [`crate::layout`] written straight to a
//! file, the fonts embedded as subsets.
//!
//! Nothing goes through a generic object model: each page's content stream
//! is built as bytes from the positioned spans, strokes and shapes
//! (`content`), each face the pages show is subset and embedded as a CID
//! font with its widths and a ToUnicode map (`embed`, with subsetter), and
//! pdf-writer writes the objects, the cross-reference table and the trailer
//! (`write`). Fonts are named with six capitals derived from the face and
//! the characters it shows (also the subset tag `ABCDEF+LiberationSerif`),
//! the `/ID` is a hash of the page content and the dates are the
//! document's date (`meta`). Nothing comes from the clock, so the same input
//! gives the same bytes.

mod content;
mod embed;
mod meta;
mod write;

use std::fmt;

use crate::fonts::FontSet;
use crate::ir::Document;
use crate::layout::{self, LayoutError};
use crate::profile::Profile;

/// Why a PDF could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// Layout failed (a character the font lacks).
    Layout(LayoutError),
    /// A font could not be embedded.
    Font(String),
    /// Writing the file failed.
    Write(String),
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Layout(e) => e.fmt(f),
            Self::Font(m) => write!(f, "không nhúng được phông chữ: {m}"),
            Self::Write(m) => write!(f, "không ghi được PDF: {m}"),
        }
    }
}

impl std::error::Error for PdfError {}

impl From<LayoutError> for PdfError {
    fn from(e: LayoutError) -> Self {
        Self::Layout(e)
    }
}

/// Renders a document to the bytes of a PDF, with `fonts` embedded.
pub fn to_pdf(doc: &Document, profile: &Profile, fonts: &FontSet) -> Result<Vec<u8>, PdfError> {
    render(doc, profile, fonts).map(|pdf| pdf.bytes)
}

/// A rendered PDF and how many pages it has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pdf {
    /// The file.
    pub bytes: Vec<u8>,
    /// Its page count.
    pub pages: usize,
    /// What the layout had to do that the reader should know (a row
    /// broken across pages, a chart in parts), as warnings.
    pub warnings: Vec<vanban_core::messages::Message>,
}

/// Like [`to_pdf`], with the page count (for build summaries).
pub fn render(doc: &Document, profile: &Profile, fonts: &FontSet) -> Result<Pdf, PdfError> {
    let pages = layout::layout(doc, profile, fonts)?;
    let count = pages.pages.len();
    Ok(Pdf {
        bytes: write::document(&pages, fonts, &doc.meta)?,
        pages: count,
        warnings: pages.warnings,
    })
}
