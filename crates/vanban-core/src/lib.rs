//! # vanban-core
//!
//! The model of a Vietnamese Party committee's action program (chương trình
//! hành động): its issuing body, document identity, cited documents, agencies,
//! purposes, task groups and tasks. It loads the model from YAML, checks it,
//! and reports every problem as a [`Diagnostic`] with file, line and column,
//! in Vietnamese or English.
//!
//! The crate is pure: it takes text and returns values or diagnostics. It
//! never touches the clock or the environment, and the file system only in
//! [`read`], the one bounded reader every input goes through.
//!
//! ```
//! use vanban_core::{Lang, Program};
//!
//! let yaml = include_str!("../../../examples/son-tra-11-ctr-qu.yaml");
//! let loaded = Program::from_yaml(yaml, "son-tra-11-ctr-qu.yaml").expect("the example is valid");
//! let program = loaded.value;
//! assert_eq!(program.document.symbol.with_prefix(), "Số 11-CTr/QU");
//! assert_eq!(program.document.date.long(), "ngày 12 tháng 9 năm 2022");
//! assert!(program.tasks().count() >= 35);
//!
//! let broken = yaml.replace("lead: btg-qu", "lead: btg-q");
//! let diagnostics = Program::from_yaml(&broken, "broken.yaml").unwrap_err();
//! let first = diagnostics.errors().next().unwrap();
//! assert_eq!(first.message.text(Lang::Vi), "không có cơ quan mã 'btg-q' trong danh sách 'agencies'");
//! assert_eq!(first.message.hint(Lang::En).as_deref(), Some("did you mean 'btg-qu'?"));
//! ```

pub mod authority;
pub mod date;
pub mod diagnostic;
pub mod kinds;
mod load;
pub mod loader;
mod lower;
pub mod messages;
pub mod model;
pub mod project;
mod raw;
pub mod read;
pub mod report;
pub mod schema;
pub mod status;
pub mod suggest;
pub mod symbol;
pub mod text;
pub mod timeframe;

pub use date::VnDate;
pub use diagnostic::{Diagnostic, Diagnostics, Pos, Severity};
pub use load::MAX_INPUT_BYTES;
pub use lower::MAX_TEXT_CHARS;
pub use messages::{Lang, Message};
pub use model::{Agency, CitedDocument, Program, Task, TaskGroup};
pub use project::Project;
pub use report::StatusFile;
pub use symbol::DocumentSymbol;
pub use timeframe::Timeframe;

/// A value loaded without errors, with the warnings found on the way.
#[derive(Clone, Debug)]
pub struct Loaded<T> {
    /// The value.
    pub value: T,
    /// Warnings: they do not stop rendering.
    pub warnings: Vec<Diagnostic>,
}

impl Program {
    /// Loads and checks a program from YAML text. `file` names the source in
    /// diagnostics. On failure, every diagnostic found is returned (errors and
    /// warnings, sorted by position).
    pub fn from_yaml(text: &str, file: &str) -> Result<Loaded<Program>, Diagnostics> {
        load::from_text(text, file, |raw: &raw::RawProgram, text| {
            lower::lower(raw, file, text)
        })
    }

    /// Like [`Program::from_yaml`], from bytes: reports a file that is not
    /// UTF-8 (or is UTF-16) with the place of the first bad byte.
    pub fn from_yaml_bytes(bytes: &[u8], file: &str) -> Result<Loaded<Program>, Diagnostics> {
        load::from_bytes(bytes, file, |text| Self::from_yaml(text, file))
    }
}
