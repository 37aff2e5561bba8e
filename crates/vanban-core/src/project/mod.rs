//! The project file `vanban.yaml`: the programs and reports a folder holds,
//! where their documents go and with which options. `vanban build` reads it;
//! paths stay as written (relative to the project folder), since this crate
//! never touches the file system.
//!
//! ```
//! use vanban_core::project::{OutputFormat, Project, Source};
//!
//! let yaml = "\
//! output: ket-qua
//! defaults:
//!   formats: [pdf]
//! programs:
//!   - file: chuong-trinh.yaml
//! reports:
//!   - program: chuong-trinh.yaml
//!     status: bao-cao-quy-1.yaml
//!     formats: [docx, pdf]
//! ";
//! let project = Project::from_yaml(yaml, "vanban.yaml").expect("valid").value;
//! assert_eq!(project.output, "ket-qua");
//! assert_eq!(project.documents.len(), 2);
//! assert_eq!(project.documents[0].name, "chuong-trinh");
//! assert_eq!(project.documents[0].options.formats, [OutputFormat::Pdf]);
//! assert_eq!(project.documents[1].name, "bao-cao-quy-1");
//! assert!(matches!(project.documents[1].source, Source::Report { .. }));
//!
//! let clash = yaml.replace("status: bao-cao-quy-1.yaml", "status: chuong-trinh.yaml");
//! let diagnostics = Project::from_yaml(&clash, "vanban.yaml").unwrap_err();
//! assert_eq!(diagnostics.errors().next().unwrap().message.code(), "duplicate-output");
//! ```

mod lower;
pub(crate) mod raw;
#[cfg(test)]
mod tests;

use crate::diagnostic::{Diagnostics, Pos};
use crate::{Loaded, load};

/// The output folder when the project file names none.
pub const DEFAULT_OUTPUT: &str = "out";

/// A project: its output folder and its documents, in file order (programs
/// first, then reports).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Project {
    /// The output folder, relative to the project folder.
    pub output: String,
    /// The documents to build.
    pub documents: Vec<Entry>,
    /// Every path the file holds, once per place it is written (the output
    /// folder first), for the caller to confine to the project folder.
    pub paths: Vec<PathAt>,
    /// The folders outside the project folder it may read (`allow_outside`).
    pub allow_outside: Vec<PathAt>,
}

/// A path as written in the project file, with its key and place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathAt {
    /// The key, e.g. `output`, `defaults.templates`, `programs[0].file`.
    pub key: String,
    /// The path as written.
    pub path: String,
    /// What it names.
    pub kind: PathKind,
    /// Where the value is in the project file.
    pub pos: Option<Pos>,
}

/// What a path of the project file names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathKind {
    /// The output folder: written to, never outside the project folder.
    Output,
    /// An input file (program, status, profile).
    File,
    /// A folder read file by file (templates, fonts).
    Folder,
}

/// One document of a project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// What it is built from.
    pub source: Source,
    /// The output name without extension: unique in the project (ignoring case).
    pub name: String,
    /// The options, `defaults` applied.
    pub options: Options,
    /// Where the entry is in the project file.
    pub pos: Option<Pos>,
}

impl Entry {
    /// The file written in `format`, in the output folder: `<name>.<ext>`.
    pub fn file_name(&self, format: OutputFormat) -> String {
        format!("{}.{}", self.name, format.name())
    }
}

/// What a document is built from; paths relative to the project folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A program (chương trình) from its file.
    Program {
        /// The program file.
        file: String,
    },
    /// A report (báo cáo) on a program.
    Report {
        /// The program file.
        program: String,
        /// The status file of the report.
        status: String,
        /// The previous report's status file, for comparison.
        previous: Option<String>,
    },
}

impl Source {
    /// Every input file, in a fixed order: program, status, previous.
    pub fn inputs(&self) -> Vec<&str> {
        match self {
            Source::Program { file } => vec![file],
            Source::Report {
                program,
                status,
                previous,
            } => {
                let mut v = vec![program.as_str(), status.as_str()];
                v.extend(previous.as_deref());
                v
            }
        }
    }
}

/// The per-document options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The formats written, without repeats, in the order docx, pdf.
    pub formats: Vec<OutputFormat>,
    /// A format profile file.
    pub profile: Option<String>,
    /// A folder of template overrides.
    pub templates: Option<String>,
    /// A folder of fonts for the PDF.
    pub font_dir: Option<String>,
}

/// A format a document is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum OutputFormat {
    /// Word.
    Docx,
    /// PDF.
    Pdf,
}

impl OutputFormat {
    /// Every format, in output order.
    pub const ALL: [OutputFormat; 2] = [OutputFormat::Docx, OutputFormat::Pdf];

    /// The name in the project file, also the file extension.
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Docx => "docx",
            OutputFormat::Pdf => "pdf",
        }
    }
}

/// The form in which two output names are compared: NFC, then lower case,
/// then NFC again; names equal up to Unicode form (NFC/NFD) or case are one
/// file on macOS and Windows file systems.
///
/// ```
/// use vanban_core::project::output_key;
/// assert_eq!(output_key("Báo-Cáo"), output_key("ba\u{301}o-ca\u{301}o"));
/// ```
pub fn output_key(name: &str) -> String {
    let lower = crate::text::nfc(name).to_lowercase();
    crate::text::nfc(&lower).into_owned()
}

impl Project {
    /// Loads and checks a project file. `file` names the source in
    /// diagnostics; on failure every diagnostic found is returned.
    pub fn from_yaml(text: &str, file: &str) -> Result<Loaded<Project>, Diagnostics> {
        load::from_text(text, file, |raw: &raw::RawProject, text| {
            lower::lower(raw, file, text)
        })
    }

    /// Like [`Project::from_yaml`], from bytes.
    pub fn from_yaml_bytes(bytes: &[u8], file: &str) -> Result<Loaded<Project>, Diagnostics> {
        load::from_bytes(bytes, file, |text| Self::from_yaml(text, file))
    }
}
