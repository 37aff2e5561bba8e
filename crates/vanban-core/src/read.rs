//! The one bounded reader of every input file: the only place of the crate
//! that touches the file system. A path that is not a regular file (a
//! folder, a FIFO, a device, a socket) is refused before it is opened for
//! reading; the file is opened without blocking and its handle checked
//! again (a path swapped between the two cannot make vanban wait), and at
//! most its kind's limit plus one byte is read, whatever its size says.
//!
//! ```
//! use vanban_core::read::{InputKind, read};
//! let d = read("/etc/passwd".as_ref(), InputKind::Program).unwrap_err();
//! assert_eq!(d.message.code(), "wrong-extension");
//! ```

use crate::diagnostic::Diagnostic;
use crate::messages::{IoReason, Message, SpecialFile};
use std::fs::{File, Metadata};
use std::io::{ErrorKind, Read};
use std::path::Path;

/// What an input file is: each kind has its size limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// A program file.
    Program,
    /// A status file (also a previous report's).
    Status,
    /// A format profile.
    Profile,
    /// The project file `vanban.yaml`.
    Project,
    /// One wording template (`*.hbs`).
    Template,
    /// One font file.
    Font,
    /// The build record `.vanban-build.json`.
    BuildRecord,
}

const MIB: u64 = 1024 * 1024;

impl InputKind {
    /// The largest file of this kind read, in bytes: the one table of limits.
    pub const fn limit(self) -> u64 {
        match self {
            InputKind::Program | InputKind::Status | InputKind::BuildRecord => 16 * MIB,
            InputKind::Profile | InputKind::Project | InputKind::Template => MIB,
            InputKind::Font => 50 * MIB,
        }
    }
}

impl InputKind {
    /// The endings a file of this kind must have (compared without case):
    /// a path to anything else (a `.env`, `/etc/passwd`, a binary) is
    /// refused before it is opened, so that no diagnostic ever shows a line
    /// of a file that is not a vanban input.
    pub const fn extensions(self) -> &'static [&'static str] {
        match self {
            InputKind::Program | InputKind::Status | InputKind::Profile | InputKind::Project => {
                &["yaml", "yml"]
            }
            InputKind::Template => &["hbs"],
            InputKind::Font => &["ttf", "otf"],
            InputKind::BuildRecord => &["json"],
        }
    }

    /// The endings as a message shows them: ".yaml or .yml".
    const fn shown(self) -> &'static str {
        match self {
            InputKind::Program | InputKind::Status | InputKind::Profile | InputKind::Project => {
                ".yaml / .yml"
            }
            InputKind::Template => ".hbs",
            InputKind::Font => ".ttf / .otf",
            InputKind::BuildRecord => ".json",
        }
    }
}

/// The name of a path as shown in diagnostics.
pub fn display_name(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Reads the whole file at `path`, at most `kind`'s limit; a failure is an
/// error diagnostic naming the file (I/O: exit code 2).
pub fn read(path: &Path, kind: InputKind) -> Result<Vec<u8>, Diagnostic> {
    let name = display_name(path);
    let fail = |message| Diagnostic::error(&name, None, message);
    let io = |e: std::io::Error| {
        fail(Message::CannotRead {
            reason: reason(e.kind()),
        })
    };
    let limit = kind.limit();
    let too_large = |bytes: u64| fail(Message::FileTooLarge { bytes, max: limit });
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase());
    if !ext.is_some_and(|e| kind.extensions().contains(&e.as_str())) {
        return Err(fail(Message::WrongExtension {
            expected: kind.shown(),
        }));
    }
    regular(&std::fs::metadata(path).map_err(io)?).map_err(fail)?;
    let file = open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    regular(&meta).map_err(fail)?;
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(meta.len().max(bytes.len() as u64)));
    }
    Ok(bytes)
}

/// Refuses anything but a regular file: why, as a message.
fn regular(meta: &Metadata) -> Result<(), Message> {
    let ty = meta.file_type();
    if ty.is_file() {
        return Ok(());
    }
    if ty.is_dir() {
        return Err(Message::CannotRead {
            reason: IoReason::IsDirectory,
        });
    }
    Err(Message::NotRegularFile { kind: special(&ty) })
}

#[cfg(unix)]
fn special(ty: &std::fs::FileType) -> SpecialFile {
    use std::os::unix::fs::FileTypeExt;
    if ty.is_fifo() {
        SpecialFile::Fifo
    } else if ty.is_char_device() || ty.is_block_device() {
        SpecialFile::Device
    } else if ty.is_socket() {
        SpecialFile::Socket
    } else {
        SpecialFile::Other
    }
}

#[cfg(not(unix))]
fn special(_: &std::fs::FileType) -> SpecialFile {
    SpecialFile::Other
}

#[cfg(unix)]
fn open(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

fn reason(kind: ErrorKind) -> IoReason {
    match kind {
        ErrorKind::NotFound => IoReason::NotFound,
        ErrorKind::PermissionDenied => IoReason::PermissionDenied,
        ErrorKind::IsADirectory => IoReason::IsDirectory,
        _ => IoReason::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("vanban-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    #[test]
    fn a_file_of_another_kind_is_refused_by_its_name() {
        let path = scratch(".env", b"SECRET=hunter2\n");
        let d = read(&path, InputKind::Program).unwrap_err();
        assert_eq!(
            d.message,
            Message::WrongExtension {
                expected: ".yaml / .yml"
            }
        );
        assert!(read(&scratch("a.YML", b"a: 1\n"), InputKind::Status).is_ok());
    }

    #[test]
    fn a_file_within_its_limit_is_read_whole() {
        let path = scratch("ok.yaml", b"a: 1\n");
        assert_eq!(read(&path, InputKind::Profile).unwrap(), b"a: 1\n");
    }

    #[test]
    fn a_file_over_its_kinds_limit_is_refused_with_the_limit() {
        let path = scratch("big.yaml", &vec![b'#'; MIB as usize + 1]);
        let d = read(&path, InputKind::Profile).unwrap_err();
        assert_eq!(
            d.message,
            Message::FileTooLarge {
                bytes: MIB + 1,
                max: MIB
            }
        );
        assert!(read(&path, InputKind::Program).is_ok());
    }

    #[test]
    fn folders_and_devices_are_refused_before_reading() {
        let dir = std::env::temp_dir().join(format!("vanban-read-{}.yaml", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let d = read(&dir, InputKind::Program).unwrap_err();
        assert_eq!(d.message.code(), "cannot-read");
        #[cfg(unix)]
        {
            let zero = std::env::temp_dir().join(format!("vanban-zero-{}.ttf", std::process::id()));
            let _ = std::fs::remove_file(&zero);
            std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
            let d = read(&zero, InputKind::Font).unwrap_err();
            assert_eq!(
                d.message,
                Message::NotRegularFile {
                    kind: SpecialFile::Device
                }
            );
        }
    }
}
