//! Content hashes of a document's inputs, each file read once per build:
//! the key that says whether a document must be built again.

use super::cache::hex;
use crate::{emit, input};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use vanban_core::project::Entry;

/// A SHA-256 digest in hex.
pub type Key = String;

/// The first bytes hashed into every key: a new version when what a key
/// stands for changes (2: each document over the base of its own format).
const KEY_VERSION: &[u8] = b"vanban-build 2\0";

/// The most entries of a folder hashed.
const MAX_ENTRIES: usize = 10_000;

/// Digests of files and folders, memoised by path.
#[derive(Default)]
pub struct Digests {
    files: BTreeMap<PathBuf, Option<[u8; 32]>>,
    dirs: BTreeMap<PathBuf, Option<[u8; 32]>>,
    profiles: BTreeMap<PathBuf, Option<Option<PathBuf>>>,
}

impl Digests {
    /// The digest of a file's bytes; `None` when it cannot be read, is not
    /// a regular file (a FIFO or a device is never opened) or is over the
    /// input size limit.
    fn file(&mut self, path: &Path) -> Option<[u8; 32]> {
        if let Some(d) = self.files.get(path) {
            return *d;
        }
        let d = path
            .is_file()
            .then(|| kind_of(path).and_then(|k| input::read(path, k).ok()))
            .flatten()
            .map(|b| Sha256::digest(&b).into());
        self.files.insert(path.to_path_buf(), d);
        d
    }

    /// The digest of a folder: the names and digests of its files, sorted.
    fn dir(&mut self, path: &Path) -> Option<[u8; 32]> {
        if let Some(d) = self.dirs.get(path) {
            return *d;
        }
        let d = (|| {
            let mut names: Vec<PathBuf> = std::fs::read_dir(path)
                .ok()?
                .take(MAX_ENTRIES)
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect();
            names.sort();
            let mut h = Sha256::new();
            for p in names {
                h.update(p.file_name()?.as_encoded_bytes());
                h.update([0]);
                h.update(self.file(&p)?);
            }
            Some(h.finalize().into())
        })();
        self.dirs.insert(path.to_path_buf(), d);
        d
    }

    /// The font folder a profile names, resolved as the build will.
    fn profile_fonts(&mut self, path: &Path) -> Option<Option<PathBuf>> {
        if let Some(d) = self.profiles.get(path) {
            return d.clone();
        }
        let fonts = emit::read_adjustment(path).map(|a| emit::font_dir(None, Some(path), &a));
        self.profiles.insert(path.to_path_buf(), fonts.clone());
        fonts
    }

    /// The key of one document: the tool, the name and formats, and every
    /// input it reads (program, status files, profile, templates, fonts).
    /// `None` when an input cannot be read: the build reports it.
    ///
    /// The base profile a document is made over is chosen by inputs the key
    /// holds, so the key changes whenever the base does: the program's
    /// `format` and `issuer.kind` are in its bytes (a report's program is
    /// one of its inputs), the profile file's `base` in the profile's, and
    /// the built-in bases and the rule that picks one in the tool's. Keys of
    /// version 1 were made when every document was built over party-hd36,
    /// whatever its format; version 2 never matches them.
    pub fn key(&mut self, tool: &[u8; 32], dir: &Path, e: &Entry) -> Option<Key> {
        let mut h = Sha256::new();
        h.update(KEY_VERSION);
        h.update(tool);
        h.update(e.name.as_bytes());
        for f in &e.options.formats {
            h.update([0]);
            h.update(f.name());
        }
        for input in e.source.inputs() {
            h.update([1]);
            h.update(input.as_bytes());
            h.update(self.file(&resolve(dir, input))?);
        }
        let o = &e.options;
        let profile = o.profile.as_deref().map(|p| resolve(dir, p));
        if let Some(path) = &profile {
            h.update([2]);
            h.update(self.file(path)?);
        }
        if let Some(t) = &o.templates {
            h.update([3]);
            h.update(self.dir(&resolve(dir, t))?);
        }
        // Both formats are measured with the fonts (and the .docx names them).
        let fonts = match (&o.font_dir, &profile) {
            (Some(f), _) => Some(resolve(dir, f)),
            (None, Some(p)) => self.profile_fonts(p)?,
            (None, None) => None,
        };
        if let Some(f) = fonts {
            h.update([4]);
            h.update(self.dir(&f)?);
        }
        Some(hex(&h.finalize().into()))
    }
}

/// The running program's own digest: a new vanban rebuilds everything.
pub fn tool() -> [u8; 32] {
    let bytes = std::env::current_exe()
        .and_then(std::fs::read)
        .unwrap_or_else(|_| env!("CARGO_PKG_VERSION").as_bytes().to_vec());
    Sha256::digest(&bytes).into()
}

/// `path` as written, under the project folder (left as is for ".").
pub fn resolve(dir: &Path, path: &str) -> PathBuf {
    if dir.as_os_str().is_empty() || dir == Path::new(".") {
        PathBuf::from(path)
    } else {
        dir.join(path)
    }
}

/// The kind of input a hashed file is, by its ending (the bounded reader's
/// limit and ending rule): `None` for a file no kind reads.
fn kind_of(path: &Path) -> Option<input::InputKind> {
    use input::InputKind;
    let ext = path.extension()?.to_string_lossy().to_lowercase();
    [InputKind::Program, InputKind::Template, InputKind::Font]
        .into_iter()
        .find(|k| k.extensions().contains(&ext.as_str()))
}
