//! The build record kept in the output folder (`.vanban-build.json`): per
//! document, the key of its inputs, its page count and the files written
//! with their sizes and SHA-256. A document is up to date when its key is
//! unchanged and its files are still there with those bytes; a file whose
//! bytes are not what vanban wrote was edited by hand ([`Record::owns`]).

use crate::input;
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use vanban_core::project::Entry;

/// The record's file name in the output folder.
pub const FILE: &str = ".vanban-build.json";

/// The record format written (1 kept sizes only; it is still read).
const FORMAT: u64 = 2;

/// A file vanban wrote: its size and, from format 2 on, its SHA-256.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 in hex; `None` in a record of format 1.
    pub sha256: Option<String>,
}

impl Written {
    /// What `bytes` make.
    pub fn of(bytes: &[u8]) -> Self {
        Self {
            size: bytes.len() as u64,
            sha256: Some(hex(&Sha256::digest(bytes).into())),
        }
    }
}

/// What was built for one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Built {
    /// The key of its inputs; empty when it was not built to the end (a
    /// failure, a file edited by hand): never fresh, kept for its files.
    pub key: String,
    /// PDF pages, when a PDF was written.
    pub pages: Option<usize>,
    /// File name → what was written there.
    pub outputs: BTreeMap<String, Written>,
}

/// The record: output name → what was built.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record(pub BTreeMap<String, Built>);

/// Whether `path` is a regular file itself (not a link, folder, FIFO or
/// device).
pub fn regular(path: &Path) -> bool {
    path.symlink_metadata().is_ok_and(|m| m.is_file())
}

/// The SHA-256 of a regular file, read in pieces; `None` for anything else.
pub fn file_sha256(path: &Path) -> Option<String> {
    if !regular(path) {
        return None;
    }
    let mut f = std::fs::File::open(path).ok()?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        match f.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => h.update(buf.get(..n)?),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
    Some(hex(&h.finalize().into()))
}

/// How a record was read.
pub enum RecordFile {
    /// There was none.
    Missing,
    /// Read (possibly empty).
    Read(Record),
    /// Not a regular file, too large or not a record: treated as empty.
    Bad,
}

impl Record {
    /// Reads the record of `out`: only a regular file within the input size
    /// limit, in a format this vanban knows.
    pub fn read(out: &Path) -> RecordFile {
        let path = out.join(FILE);
        if path.symlink_metadata().is_err() {
            return RecordFile::Missing;
        }
        if !regular(&path) {
            return RecordFile::Bad;
        }
        let Ok(bytes) = input::read(&path, input::InputKind::BuildRecord) else {
            return RecordFile::Bad;
        };
        let Ok(Value::Object(root)) = serde_json::from_slice::<Value>(&bytes) else {
            return RecordFile::Bad;
        };
        let format = root.get("format").and_then(Value::as_u64);
        if !matches!(format, Some(1 | FORMAT)) {
            return RecordFile::Bad;
        }
        let mut docs = BTreeMap::new();
        if let Some(Value::Object(map)) = root.get("documents") {
            for (name, v) in map {
                if let Some(b) = built(v) {
                    docs.insert(name.clone(), b);
                }
            }
        }
        RecordFile::Read(Self(docs))
    }

    /// What was built for `entry` when that was from `key` and its files
    /// are still in `out` with the recorded bytes; `None` when it must be
    /// built.
    pub fn fresh(&self, out: &Path, entry: &Entry, key: &str) -> Option<&Built> {
        let b = self.0.get(&entry.name)?;
        let formats = &entry.options.formats;
        let intact = !b.key.is_empty()
            && b.key == key
            && b.outputs.len() == formats.len()
            && formats.iter().all(|&f| {
                let file = entry.file_name(f);
                b.outputs.get(&file).is_some_and(|w| {
                    let path = out.join(&file);
                    w.sha256.is_some()
                        && std::fs::metadata(&path).is_ok_and(|m| m.is_file() && m.len() == w.size)
                        && file_sha256(&path) == w.sha256
                })
            });
        intact.then_some(b)
    }

    /// Whether the file `file` of document `name`, now in `out`, holds
    /// bytes vanban wrote there (or wrote as its new render beside it,
    /// `also`, which staff may copy over it). A record of format 1 knew
    /// only sizes: the size must match.
    pub fn owns(&self, out: &Path, name: &str, file: &str, also: &str) -> bool {
        let Some(b) = self.0.get(name) else {
            return false;
        };
        let path = out.join(file);
        let Some(size) = std::fs::metadata(&path)
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len())
        else {
            return false;
        };
        let mut sha = None;
        [file, also]
            .iter()
            .filter_map(|f| b.outputs.get(*f))
            .any(|w| match &w.sha256 {
                Some(want) => {
                    w.size == size
                        && sha.get_or_insert_with(|| file_sha256(&path)).as_ref() == Some(want)
                }
                None => w.size == size,
            })
    }

    /// The record as JSON text, keys sorted.
    pub fn to_json(&self) -> String {
        let mut docs = Map::new();
        for (name, b) in &self.0 {
            let outputs: Map<String, Value> = b
                .outputs
                .iter()
                .map(|(f, w)| (f.clone(), json!({ "size": w.size, "sha256": w.sha256 })))
                .collect();
            docs.insert(
                name.clone(),
                json!({ "key": b.key, "pages": b.pages, "outputs": outputs }),
            );
        }
        let root = json!({ "format": FORMAT, "documents": docs });
        let mut text = serde_json::to_string_pretty(&root).unwrap_or_default();
        text.push('\n');
        text
    }
}

fn built(v: &Value) -> Option<Built> {
    let key = v.get("key")?.as_str()?.to_string();
    let pages = v.get("pages").and_then(Value::as_u64).map(|p| p as usize);
    let mut outputs = BTreeMap::new();
    for (f, w) in v.get("outputs")?.as_object()? {
        let written = match w {
            // Format 1: the size alone.
            Value::Number(n) => Written {
                size: n.as_u64()?,
                sha256: None,
            },
            w => Written {
                size: w.get("size")?.as_u64()?,
                sha256: Some(w.get("sha256")?.as_str()?.to_string()),
            },
        };
        outputs.insert(f.clone(), written);
    }
    Some(Built {
        key,
        pages,
        outputs,
    })
}

/// A digest in lower-case hex.
pub fn hex(bytes: &[u8; 32]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
