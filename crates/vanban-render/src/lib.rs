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
//! The caller builds a [`World`] (the fonts and the wording; the library
//! reads no file, no environment variable and no clock), and each document
//! takes the base profile of its own format:
//!
//! ```
//! use vanban_core::{Program, StatusFile};
//! use vanban_render::{Profile, World};
//!
//! let program = Program::from_yaml(
//!     include_str!("../../../examples/son-tra-11-ctr-qu.yaml"),
//!     "son-tra-11-ctr-qu.yaml",
//! ).expect("the example is valid").value;
//! let world = World::builtin();
//! let profile = Profile::for_format(program.format); // party-hd36 here
//!
//! let doc = world.program(&program, &profile).expect("the templates render");
//! let docx = world.docx(&doc, &profile).expect("a valid package");
//! assert!(docx.starts_with(b"PK"));
//! let pdf = world.pdf(&doc, &profile).expect("every character has a glyph");
//! assert!(pdf.bytes.starts_with(b"%PDF-"));
//!
//! let status = StatusFile::from_yaml(
//!     include_str!("../../../examples/son-tra-11-ctr-qu.status.yaml"),
//!     "son-tra-11-ctr-qu.status.yaml",
//!     &program,
//! ).expect("the example is valid").value;
//! let report = world.report(&program, &status, None, &profile).expect("renders");
//! // The same input gives the same bytes.
//! assert_eq!(world.docx(&report, &profile).unwrap(), world.docx(&report, &profile).unwrap());
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
#[doc(hidden)]
pub mod oracle;
pub mod pdf;
pub mod profile;
pub mod program;
pub mod report;
pub mod resolve;
pub mod templates;
pub mod world;

pub use docx::to_docx;
pub use fonts::FontSet;
pub use ir::Document;
pub use pdf::to_pdf;
pub use profile::Profile;
pub use program::program_document;
pub use report::report_document;
pub use templates::{TemplateError, Templates};
pub use world::World;
