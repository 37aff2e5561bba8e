//! # vanban-render
//!
//! Turns a validated model into documents. The wording comes from handlebars
//! templates ([`templates`]); the structure is a semantic IR ([`ir`]) that
//! both backends read; every size, font and separator comes from a format
//! profile ([`profile`]). The DOCX and PDF backends arrive with their issues.

pub mod ir;
pub mod numbers;
pub mod profile;
pub mod program;
pub mod templates;

pub use ir::Document;
pub use profile::Profile;
pub use program::program_document;
pub use templates::{TemplateError, Templates};
