//! Reading input files, with I/O failures as diagnostics.

use std::io::ErrorKind;
use std::path::Path;
use vanban_core::messages::IoReason;
use vanban_core::{Diagnostic, MAX_INPUT_BYTES, Message};

/// The name of a path as shown in diagnostics.
pub fn display_name(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Reads a whole input file; a failure is an error diagnostic (exit code 2).
pub fn read(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    let name = display_name(path);
    let fail = |reason| Diagnostic::error(&name, None, Message::CannotRead { reason });
    let meta = std::fs::metadata(path).map_err(|e| fail(reason(e.kind())))?;
    if meta.is_dir() {
        return Err(fail(IoReason::IsDirectory));
    }
    if meta.len() > MAX_INPUT_BYTES as u64 {
        return Err(Diagnostic::error(
            &name,
            None,
            Message::FileTooLarge {
                bytes: meta.len(),
                max: MAX_INPUT_BYTES as u64,
            },
        ));
    }
    std::fs::read(path).map_err(|e| fail(reason(e.kind())))
}

fn reason(kind: ErrorKind) -> IoReason {
    match kind {
        ErrorKind::NotFound => IoReason::NotFound,
        ErrorKind::PermissionDenied => IoReason::PermissionDenied,
        ErrorKind::IsADirectory => IoReason::IsDirectory,
        _ => IoReason::Other,
    }
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
