//! The DOCX backend: the IR mapped to Word paragraphs, tables and named
//! styles through docx-rs, then made schema-valid and deterministic by
//! [`fix`]. Word lays the document out itself.

mod build;
pub mod fix;
mod order;
mod styles;

use crate::ir::Document;
use crate::profile::Profile;
pub use fix::{CoreProps, FixError, FixOptions};

/// Paragraph style of header-row cells; the fix pass marks such rows to repeat.
pub(crate) const TABLE_HEADER_STYLE: &str = "TableHeader";

/// Renders a document to the bytes of a .docx package.
pub fn to_docx(doc: &Document, profile: &Profile) -> Result<Vec<u8>, FixError> {
    let docx = build::document(doc, profile)?;
    let mut raw = std::io::Cursor::new(Vec::new());
    docx.build()
        .pack(&mut raw)
        .map_err(|e| FixError::Zip(e.to_string()))?;
    let options = FixOptions {
        core: CoreProps {
            title: doc.meta.title.clone(),
            subject: doc.meta.subject.clone(),
            creator: doc.meta.author.clone(),
            created: format!("{}T00:00:00Z", doc.meta.created),
            modified: None,
            language: Some("vi-VN".into()),
        },
        header_row_style: Some(TABLE_HEADER_STYLE.into()),
    };
    fix::fix_package(&raw.into_inner(), &options)
}

pub(crate) use crate::format::twips;

/// Points to half-points (`w:sz`).
pub(crate) fn half_points(pt: f32) -> usize {
    (pt * 2.0).round() as usize
}
