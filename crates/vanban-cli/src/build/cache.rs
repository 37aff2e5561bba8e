//! The build record kept in the output folder (`.vanban-build.json`): per
//! document, the key of its inputs, its page count and the files written
//! with their sizes. A document is up to date when its key is unchanged and
//! its files are still there at those sizes.

use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::path::Path;
use vanban_core::project::Entry;

/// The record's file name in the output folder.
pub const FILE: &str = ".vanban-build.json";

/// What was built for one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Built {
    /// The key of its inputs.
    pub key: String,
    /// PDF pages, when a PDF was written.
    pub pages: Option<usize>,
    /// File name → size in bytes.
    pub outputs: BTreeMap<String, u64>,
}

/// The record: output name → what was built.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record(pub BTreeMap<String, Built>);

impl Record {
    /// Reads the record of `out`; a missing or unreadable one is empty, so
    /// everything is built.
    pub fn read(out: &Path) -> Self {
        let Ok(text) = std::fs::read_to_string(out.join(FILE)) else {
            return Self::default();
        };
        let Ok(Value::Object(root)) = serde_json::from_str::<Value>(&text) else {
            return Self::default();
        };
        if root.get("format") != Some(&json!(1)) {
            return Self::default();
        }
        let mut docs = BTreeMap::new();
        if let Some(Value::Object(map)) = root.get("documents") {
            for (name, v) in map {
                if let Some(b) = built(v) {
                    docs.insert(name.clone(), b);
                }
            }
        }
        Self(docs)
    }

    /// What was built for `entry` when that was from `key` and its files
    /// are still in `out` at the recorded sizes; `None` when it must be built.
    pub fn fresh(&self, out: &Path, entry: &Entry, key: &str) -> Option<&Built> {
        let b = self.0.get(&entry.name)?;
        let formats = &entry.options.formats;
        let intact = b.key == key
            && b.outputs.len() == formats.len()
            && formats.iter().all(|&f| {
                let file = entry.file_name(f);
                b.outputs.get(&file).is_some_and(|size| {
                    std::fs::metadata(out.join(&file))
                        .is_ok_and(|m| m.is_file() && m.len() == *size)
                })
            });
        intact.then_some(b)
    }

    /// The record as JSON text, keys sorted.
    pub fn to_json(&self) -> String {
        let mut docs = Map::new();
        for (name, b) in &self.0 {
            let outputs: Map<String, Value> = b
                .outputs
                .iter()
                .map(|(f, s)| (f.clone(), json!(s)))
                .collect();
            docs.insert(
                name.clone(),
                json!({ "key": b.key, "pages": b.pages, "outputs": outputs }),
            );
        }
        let root = json!({ "format": 1, "documents": docs });
        let mut text = serde_json::to_string_pretty(&root).unwrap_or_default();
        text.push('\n');
        text
    }
}

fn built(v: &Value) -> Option<Built> {
    let key = v.get("key")?.as_str()?.to_string();
    let pages = v.get("pages").and_then(Value::as_u64).map(|p| p as usize);
    let mut outputs = BTreeMap::new();
    for (f, s) in v.get("outputs")?.as_object()? {
        outputs.insert(f.clone(), s.as_u64()?);
    }
    Some(Built {
        key,
        pages,
        outputs,
    })
}
