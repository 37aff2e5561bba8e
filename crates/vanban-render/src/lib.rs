//! # vanban-render
//!
//! Turns a validated model into documents. The wording comes from handlebars
//! templates ([`templates`]); the structure is a semantic IR ([`ir`]) that
//! both backends read; every size, font and separator comes from a format
//! profile ([`profile`]). The DOCX backend ([`docx`]) maps the IR to Word through docx-rs and
//! makes the package schema-valid and deterministic; the PDF backend comes next.

pub mod docx;
pub mod ir;
pub mod numbers;
pub mod profile;
pub mod program;
pub mod templates;

pub use docx::to_docx;
pub use ir::Document;
pub use profile::Profile;
pub use program::program_document;
pub use templates::{TemplateError, Templates};
