//! # vanban-render
//!
//! Turns a validated model into documents. The wording comes from handlebars
//! templates ([`templates`]); the structure is a semantic IR ([`ir`]) that
//! both backends read; every size, font and separator comes from a format
//! profile ([`profile`]). The DOCX backend ([`docx`]) maps the IR to Word through docx-rs and
//! makes the package schema-valid and deterministic; the PDF backend ([`pdf`]) lays the same IR out itself ([`layout`]) and
//! writes it with printpdf, fonts embedded ([`fonts`]).

pub mod chart;
pub mod docx;
pub mod fonts;
pub mod format;
pub mod ir;
pub mod layout;
pub mod numbers;
pub mod pdf;
pub mod profile;
pub mod program;
pub mod report;
pub mod templates;

pub use docx::to_docx;
pub use fonts::FontSet;
pub use ir::Document;
pub use pdf::to_pdf;
pub use profile::Profile;
pub use program::program_document;
pub use report::report_document;
pub use templates::{TemplateError, Templates};
