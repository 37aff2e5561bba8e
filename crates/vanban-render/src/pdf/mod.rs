//! The PDF backend: the pages of [`crate::layout`] written with printpdf,
//! the fonts embedded as subsets, then the file made deterministic.
//!
//! printpdf names fonts and the document with random strings and writes no
//! useful metadata, so vanban names each font itself (six capitals derived
//! from the face and the characters it shows, which is also the subset tag
//! `ABCDEF+LiberationSerif`), and replaces the information dictionary and
//! the trailer's `/ID` on printpdf's object model before saving: the ID is a
//! hash of the page content, the dates are the document's date. Nothing comes
//! from the clock, so the same input gives the same bytes.

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
}

/// Like [`to_pdf`], with the page count (for build summaries).
pub fn render(doc: &Document, profile: &Profile, fonts: &FontSet) -> Result<Pdf, PdfError> {
    let pages = layout::layout(doc, profile, fonts)?;
    let count = pages.pages.len();
    let pdf = write::document(&pages, fonts)?;
    Ok(Pdf {
        bytes: meta::finish(pdf, &doc.meta)?,
        pages: count,
    })
}
