//! # vanban-render
//!
//! Turns a validated model into documents. The wording comes from handlebars
//! templates ([`templates`]); the structure is a semantic IR ([`ir`]) that
//! both backends read; every size, font and separator comes from a format
//! profile ([`profile`]). The DOCX backend ([`docx`]) maps the IR to Word through docx-rs and
//! makes the package schema-valid and deterministic; the PDF backend ([`pdf`]) lays the same IR out itself ([`layout`]) and
//! writes it with printpdf, fonts embedded ([`fonts`]).
//!
//! A program and a report on it, each as Word and PDF:
//!
//! ```
//! use vanban_core::{Program, StatusFile};
//! use vanban_render::{FontSet, Profile, Templates, program_document, report_document, to_docx, to_pdf};
//!
//! let program = Program::from_yaml(
//!     include_str!("../../../examples/son-tra-11-ctr-qu.yaml"),
//!     "son-tra-11-ctr-qu.yaml",
//! ).expect("the example is valid").value;
//! let profile = Profile::party_hd36();
//! let templates = Templates::builtin();
//!
//! let doc = program_document(&program, &profile, &templates).expect("the templates render");
//! let docx = to_docx(&doc, &profile, FontSet::builtin()).expect("a valid package");
//! assert!(docx.starts_with(b"PK"));
//! let pdf = to_pdf(&doc, &profile, FontSet::builtin()).expect("every character has a glyph");
//! assert!(pdf.starts_with(b"%PDF-"));
//!
//! let status = StatusFile::from_yaml(
//!     include_str!("../../../examples/son-tra-11-ctr-qu.status.yaml"),
//!     "son-tra-11-ctr-qu.status.yaml",
//!     &program,
//! ).expect("the example is valid").value;
//! let report = report_document(&program, &status, None, &profile, &templates).expect("renders");
//! // The same input gives the same bytes.
//! assert_eq!(to_docx(&report, &profile, FontSet::builtin()).unwrap(), to_docx(&report, &profile, FontSet::builtin()).unwrap());
//! ```
//!
//! The wording can be changed template by template, and the format value by
//! value, over the base profile of each document's format:
//!
//! ```
//! use std::collections::BTreeMap;
//! use vanban_render::{Profile, Templates};
//! use vanban_render::profile::Adjustment;
//!
//! let mut overrides = BTreeMap::new();
//! overrides.insert("place_date".to_string(), "{{place}}, {{date_long}}".to_string());
//! let templates = Templates::new(&overrides).expect("a known template that parses");
//!
//! let adjustment = Adjustment::from_yaml("margins_mm: [20, 20, 35, 15]\n", "the-thuc.yaml")
//!     .expect("a valid profile file")
//!     .value;
//! let profile = adjustment.profile(vanban_core::kinds::FormatKind::Party);
//! assert_eq!(profile.margins_mm[2], 35.0);
//! assert_eq!(profile.font, Profile::party_hd36().font);
//! # let _ = templates;
//! ```

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
pub mod resolve;
pub mod templates;

pub use docx::to_docx;
pub use fonts::FontSet;
pub use ir::Document;
pub use pdf::to_pdf;
pub use profile::Profile;
pub use program::program_document;
pub use report::report_document;
pub use templates::{TemplateError, Templates};
