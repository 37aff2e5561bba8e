//! Diagnostics: problems in the input, as data with a place in the source.

use crate::messages::{Lang, Message};
use std::fmt;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The input cannot be rendered.
    Error,
    /// The input renders, but something looks wrong.
    Warning,
}

impl Severity {
    /// "lỗi" / "error", "cảnh báo" / "warning".
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Severity::Error, Lang::Vi) => "lỗi",
            (Severity::Error, Lang::En) => "error",
            (Severity::Warning, Lang::Vi) => "cảnh báo",
            (Severity::Warning, Lang::En) => "warning",
        }
    }
}

/// A place in a source file: 1-based line and column (in characters), and
/// the length of the marked value in characters (at least 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// Line, from 1.
    pub line: u32,
    /// Column, from 1, counted in Unicode scalar values.
    pub column: u32,
    /// Length of the value in characters.
    pub len: u32,
}

impl Pos {
    /// A position with a length of 1.
    pub fn at(line: u32, column: u32) -> Self {
        Self {
            line,
            column,
            len: 1,
        }
    }
}

/// One problem found in an input file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file name as given by the caller.
    pub file: String,
    /// Where in the file, when known.
    pub pos: Option<Pos>,
    /// What is wrong, from the message catalogue.
    pub message: Message,
}

impl Diagnostic {
    /// An error.
    pub fn error(file: &str, pos: Option<Pos>, message: Message) -> Self {
        Self {
            severity: Severity::Error,
            file: file.to_string(),
            pos,
            message,
        }
    }

    /// A warning.
    pub fn warning(file: &str, pos: Option<Pos>, message: Message) -> Self {
        Self {
            severity: Severity::Warning,
            file: file.to_string(),
            pos,
            message,
        }
    }

    /// Whether it stops rendering.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// "file:line:col: lỗi\[code\]: message", on one line.
    pub fn headline(&self, lang: Lang) -> String {
        let place = match self.pos {
            Some(p) => format!("{}:{}:{}", self.file, p.line, p.column),
            None => self.file.clone(),
        };
        format!(
            "{place}: {}[{}]: {}",
            self.severity.label(lang),
            self.message.code(),
            self.message.text(lang)
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.headline(Lang::Vi))
    }
}

/// Every diagnostic of a failed load; at least one is an error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.is_error())
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// Sorts diagnostics by file, then position (those without one first), keeping
/// the order of discovery among equals.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| a.file.cmp(&b.file).then(a.pos.cmp(&b.pos)));
}

/// A diagnostic on one line, for the loaders' tests:
/// "line:col severity code: message" (Vietnamese; "-" without a place).
#[cfg(test)]
pub(crate) fn test_line(d: &Diagnostic) -> String {
    let pos = d
        .pos
        .map_or("-".into(), |p| format!("{}:{}", p.line, p.column));
    let sev = if d.is_error() { "error" } else { "warning" };
    format!(
        "{pos} {sev} {}: {}",
        d.message.code(),
        d.message.text(crate::Lang::Vi)
    )
}
