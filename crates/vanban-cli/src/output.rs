//! Writing outputs: checked, then atomically. A document's bytes are
//! parsed back ([`check`]) before anything is replaced; a file is written
//! to a temporary file beside the target, flushed to disk, then renamed
//! into place, so a failed or interrupted write leaves an existing file
//! untouched. Temporary files of killed runs are removed by the next run
//! that writes into the folder ([`clean_stale`]).

use crate::snippet::{self, Style};
use crate::status::Exit;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;
use vanban_core::project::OutputFormat;
use vanban_core::{Diagnostic, Lang, Message};
use vanban_render::docx::verify;

/// A temporary file older than this is removed whatever its process.
pub const STALE_AFTER: Duration = Duration::from_secs(15 * 60);

/// Checks the bytes of a document just rendered in `format`: a .docx is
/// parsed back ([`verify::verify`]), a PDF must start with `%PDF-` and end
/// with `%%EOF`.
pub fn check(format: OutputFormat, bytes: &[u8]) -> Result<(), Message> {
    match format {
        OutputFormat::Docx => verify::verify(bytes).map_err(|f| Message::BadDocx {
            part: f.part,
            fault: f.fault,
        }),
        OutputFormat::Pdf => {
            if !bytes.starts_with(b"%PDF-") {
                return Err(Message::BadPdf { start: true });
            }
            if !bytes.trim_ascii_end().ends_with(b"%%EOF") {
                return Err(Message::BadPdf { start: false });
            }
            Ok(())
        }
    }
}

/// The temporary file `write_atomic` writes `path` through.
fn temporary(path: &Path) -> PathBuf {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dir.join(format!(".{name}.{}.tmp", std::process::id()))
}

/// Writes `bytes` to `path` atomically. The temporary file is created
/// anew (never through a file or link already at its name).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = temporary(path);
    let result = (|| {
        let _ = std::fs::remove_file(&tmp);
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The process id in the name of a temporary file vanban writes,
/// `.NAME.PID.tmp` where NAME is a .docx, a .pdf or the build record (.json):
/// nothing else in a folder is ever taken for one.
fn temporary_pid(name: &str) -> Option<u32> {
    let inner = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (stem, pid) = inner.rsplit_once('.')?;
    let ours = [".docx", ".pdf", ".json"]
        .iter()
        .any(|ext| stem.len() > ext.len() && stem.ends_with(ext));
    if !ours || pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Whether process `pid` is running; `None` where that cannot be told
/// (no `/proc`).
fn alive(pid: u32) -> Option<bool> {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return None;
    }
    Some(proc.join(pid.to_string()).exists())
}

/// Removes the temporary files (`.NAME.PID.tmp`) a killed run left in
/// `dir`: those whose process is no longer running, and any older than
/// [`STALE_AFTER`]. Never this process's own. Returns the files removed.
pub fn clean_stale(dir: &Path) -> Vec<PathBuf> {
    let mut removed = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return removed;
    };
    let me = std::process::id();
    for entry in entries.flatten().take(100_000) {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(temporary_pid) else {
            continue;
        };
        let Ok(meta) = entry.path().symlink_metadata() else {
            continue;
        };
        if pid == me || meta.is_dir() {
            continue;
        }
        let old = meta
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .is_some_and(|age| age > STALE_AFTER);
        if old || alive(pid) == Some(false) {
            let path = entry.path();
            if std::fs::remove_file(&path).is_ok() {
                removed.push(path);
            }
        }
    }
    removed.sort();
    removed
}

/// Whether stdout was closed when vanban started (`>&-`). The Rust runtime
/// puts /dev/null, opened for reading and writing, in the place of a
/// closed stdout, where writes succeed unseen; a shell's `>/dev/null` opens
/// it for writing only, which is not taken for closed. Linux only (/proc);
/// elsewhere `false`.
pub fn stdout_closed() -> bool {
    let Ok(target) = std::fs::read_link("/proc/self/fd/1") else {
        return false;
    };
    if target != Path::new("/dev/null") {
        return false;
    }
    let Ok(info) = std::fs::read_to_string("/proc/self/fdinfo/1") else {
        return false;
    };
    info.lines()
        .find_map(|l| l.strip_prefix("flags:"))
        .and_then(|f| u32::from_str_radix(f.trim(), 8).ok())
        .is_some_and(|flags| flags & 0o3 == 0o2)
}

/// Writes `bytes` to stdout and flushes; a closed stdout or a broken pipe
/// is [`Message::StdoutFailed`].
pub fn to_stdout(bytes: &[u8]) -> Result<(), Message> {
    if stdout_closed() {
        return Err(Message::StdoutFailed { closed: true });
    }
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(|_| Message::StdoutFailed { closed: false })
}

/// Prints why stdout could not be written (a catalogue error on stderr);
/// exit 2.
pub fn stdout_failed(m: Message, lang: Lang, style: Style) -> Exit {
    let d = Diagnostic::error("stdout", None, m);
    eprint!("{}", snippet::human(&d, None, lang, style));
    Exit::Io
}

/// Writes `bytes` to stdout ([`to_stdout`]), or says why it could not.
pub fn stdout_or_say(bytes: &[u8], lang: Lang) -> Exit {
    match to_stdout(bytes) {
        Ok(()) => Exit::Ok,
        Err(m) => stdout_failed(m, lang, Style { color: false }),
    }
}

/// Says that a line could not be printed (a broken pipe); exit 2.
pub fn broken_pipe(lang: Lang) -> Exit {
    stdout_failed(
        Message::StdoutFailed { closed: false },
        lang,
        Style { color: false },
    )
}

/// Prints a line to stdout without ever panicking (`println!` panics on a
/// broken pipe); `false` when it could not be written.
pub fn line(text: &str) -> bool {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}").and_then(|()| out.flush()).is_ok()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("vanban-output-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn replaces_and_leaves_no_temporary_file() {
        let dir = scratch("replace");
        let target = dir.join("a.txt");
        write_atomic(&target, b"one").unwrap();
        write_atomic(&target, b"two").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        // A target in a missing folder fails without touching anything.
        assert!(write_atomic(&dir.join("missing/b.txt"), b"x").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_link_planted_at_the_temporary_name_is_not_written_through() {
        let dir = scratch("planted");
        let victim = dir.join("victim.txt");
        std::fs::write(&victim, b"keep").unwrap();
        let target = dir.join("a.docx");
        std::os::unix::fs::symlink(&victim, temporary(&target)).unwrap();
        write_atomic(&target, b"new").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"keep");
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn temporary_names_are_recognised() {
        assert_eq!(temporary_pid(".a.docx.123.tmp"), Some(123));
        assert_eq!(temporary_pid(".a.pdf.7.tmp"), Some(7));
        assert_eq!(temporary_pid(".vanban-build.json.42.tmp"), Some(42));
        assert_eq!(temporary_pid(".notes.txt.123.tmp"), None);
        assert_eq!(temporary_pid(".docx.123.tmp"), None);
        assert_eq!(temporary_pid("a.docx.123.tmp"), None);
        assert_eq!(temporary_pid(".a.docx.12x.tmp"), None);
        assert_eq!(temporary_pid(".a.docx.tmp"), None);
    }

    #[test]
    fn pdf_and_docx_checks() {
        assert_eq!(check(OutputFormat::Pdf, b"%PDF-1.7\n...\n%%EOF\n"), Ok(()));
        assert_eq!(
            check(OutputFormat::Pdf, b"%PDF-1.7\n...\n"),
            Err(Message::BadPdf { start: false })
        );
        assert_eq!(
            check(OutputFormat::Pdf, b"<html>%%EOF"),
            Err(Message::BadPdf { start: true })
        );
        assert!(matches!(
            check(OutputFormat::Docx, b"PK"),
            Err(Message::BadDocx { .. })
        ));
    }
}
