//! The DOCX backend: the IR mapped to Word paragraphs, tables and named
//! styles through docx-rs, then made schema-valid and deterministic by
//! [`fix`]. Word lays the document out itself.

mod build;
pub mod fix;
mod order;
mod styles;
pub mod verify;

use crate::fonts::FontSet;
use crate::ir::Document;
use crate::profile::Profile;
use crate::resolve::{Role, resolve};
pub use fix::{CoreProps, FixError, FixOptions};

/// Renders a document to the bytes of a .docx package, measured with
/// `fonts` (the header's columns, the rules, the chart) as the PDF is.
pub fn to_docx(doc: &Document, profile: &Profile, fonts: &FontSet) -> Result<Vec<u8>, FixError> {
    let resolved = resolve(doc, profile, fonts).map_err(|e| FixError::Chart(e.to_string()))?;
    let docx = build::document(&doc.meta, &resolved, fonts)?;
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
        header_row_style: Some(Role::TableHeader.style().0.into()),
    };
    fix::fix_package(&raw.into_inner(), &options)
}
