//! Reading input files, with I/O failures as diagnostics: every input goes
//! through the one bounded reader, [`vanban_core::read`].

use std::path::Path;
use vanban_core::Diagnostic;
pub use vanban_core::read::{InputKind, display_name};

/// Reads a whole input file of `kind` (its size limit, a regular file with
/// its name's ending); a failure is an error diagnostic (exit code 2).
pub fn read(path: &Path, kind: InputKind) -> Result<Vec<u8>, Diagnostic> {
    vanban_core::read::read(path, kind)
}

/// The text snippets are cut from: without a byte-order mark, since positions
/// are counted after it; none for UTF-16, which cannot be shown line by line.
pub fn snippet_source(bytes: &[u8]) -> Option<String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return None;
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    Some(String::from_utf8_lossy(bytes).into_owned())
}
