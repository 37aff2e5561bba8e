//! Validates a .docx package the way a strict consumer reads it, with what
//! the repository carries: the ISO/IEC 29500-4:2016 transitional and
//! ECMA-376 OPC schemas in `tests/ooxml-schemas` (MIT, see its licence file)
//! and `xmllint` (Debian's libxml2-utils), which `.ci/run` installs.
//!
//! Per part: `word/*.xml` whose root is WordprocessingML against `wml.xsd`
//! after Markup Compatibility processing (attributes and elements of the
//! namespaces the part lists in `mc:Ignorable` and the ISO schemas do not
//! define are dropped; `mc:AlternateContent` keeps its `mc:Fallback`);
//! `[Content_Types].xml` and `*.rels` against the OPC schemas; the extended
//! and custom properties against theirs; `docProps/core.xml` must have the
//! core-properties root; every other XML part must be well formed.
//!
//! There is no skipping: a missing `xmllint` or schema folder is an error
//! ([`Error::Tool`]), so a test built on this cannot pass without
//! validating.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use quick_xml::events::{BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};

const MC: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const CORE: &str = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";

/// Namespaces the ISO transitional schema set defines: content in these is
/// understood, so it stays even when listed as ignorable.
const UNDERSTOOD: &[&str] = &[
    W,
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "http://schemas.openxmlformats.org/drawingml/2006/main",
    "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
    "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
    "urn:schemas-microsoft-com:vml",
    "urn:schemas-microsoft-com:office:office",
    "urn:schemas-microsoft-com:office:word",
    "http://www.w3.org/XML/1998/namespace",
];

/// Why a package could not be validated at all.
#[derive(Debug)]
pub enum Error {
    /// `xmllint` or the schemas are missing: install libxml2-utils.
    Tool(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Tool(s) => f.write_str(s),
        }
    }
}

/// The schema folder carried by the repository.
pub fn schemas() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/ooxml-schemas")
}

/// Validates one package; the problems found, each as `part:line: message`
/// (empty when the package is valid).
pub fn validate(docx: &[u8]) -> Result<Vec<String>, Error> {
    let root = schemas();
    let iso = root.join("ISO-IEC29500-4_2016");
    let ecma = root.join("ecma/fouth-edition");
    if !iso.join("wml.xsd").is_file() {
        return Err(Error::Tool(format!(
            "the OOXML schemas are missing at {}",
            root.display()
        )));
    }
    let version = Command::new("xmllint").arg("--version").output();
    if version.is_err() {
        return Err(Error::Tool(
            "xmllint is not installed (apt-get install libxml2-utils)".into(),
        ));
    }
    let mut errors = Vec::new();
    let mut zip = match zip::ZipArchive::new(std::io::Cursor::new(docx)) {
        Ok(z) => z,
        Err(e) => return Ok(vec![format!("not a readable zip package: {e}")]),
    };
    let names: Vec<String> = zip.file_names().map(str::to_owned).collect();
    for required in ["[Content_Types].xml", "_rels/.rels", "word/document.xml"] {
        if !names.iter().any(|n| n == required) {
            errors.push(format!("missing part {required}"));
        }
    }
    let tmp = scratch()?;
    let mut sorted = names.clone();
    sorted.sort();
    for name in sorted {
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let mut raw = Vec::new();
        let read = zip.by_name(&name).map(|mut f| f.read_to_end(&mut raw));
        if !matches!(read, Ok(Ok(_))) {
            errors.push(format!("{name}: cannot be read from the package"));
            continue;
        }
        let schema = match root_namespace(&raw) {
            Err(e) => {
                errors.push(format!("{name}: not well-formed XML: {e}"));
                continue;
            }
            Ok(ns) => match name.as_str() {
                "[Content_Types].xml" => Some(ecma.join("opc-contentTypes.xsd")),
                n if n.ends_with(".rels") => Some(ecma.join("opc-relationships.xsd")),
                "docProps/app.xml" => Some(iso.join("shared-documentPropertiesExtended.xsd")),
                "docProps/custom.xml" => Some(iso.join("shared-documentPropertiesCustom.xsd")),
                "docProps/core.xml" if ns != CORE => {
                    errors.push(format!("{name}: the root is not cp:coreProperties"));
                    None
                }
                _ if ns == W => Some(iso.join("wml.xsd")),
                _ => None,
            },
        };
        let clean = match compatibility(&raw) {
            Ok(c) => c,
            Err(e) => {
                errors.push(format!("{name}: not well-formed XML: {e}"));
                continue;
            }
        };
        let file = tmp.join("part.xml");
        std::fs::write(&file, &clean).map_err(|e| Error::Tool(e.to_string()))?;
        // Well-formedness by a conforming parser in every case (quick-xml
        // does not check characters), the schema where there is one.
        let mut cmd = Command::new("xmllint");
        cmd.args(["--noout", "--nonet"]);
        if let Some(schema) = &schema {
            cmd.arg("--schema").arg(schema);
        }
        let out = cmd
            .arg(&file)
            .output()
            .map_err(|e| Error::Tool(format!("xmllint: {e}")))?;
        if !out.status.success() {
            let text = String::from_utf8_lossy(&out.stderr);
            let shown = file.to_string_lossy().into_owned();
            let mut any = false;
            for line in text.lines().filter(|l| {
                !l.trim().is_empty()
                    && !l.ends_with(" validates")
                    && !l.contains("fails to validate")
            }) {
                errors.push(line.replace(&shown, &name));
                any = true;
            }
            if !any {
                errors.push(format!("{name}: xmllint exit {:?}", out.status.code()));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    Ok(errors)
}

fn scratch() -> Result<PathBuf, Error> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "docx-check-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).map_err(|e| Error::Tool(e.to_string()))?;
    Ok(dir)
}

/// The namespace URI of the root element.
fn root_namespace(xml: &[u8]) -> Result<String, String> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                let map = declarations(&e);
                let (prefix, _) = split(e.name().as_ref());
                return Ok(map.get(&prefix).cloned().unwrap_or_default());
            }
            Ok(Event::Eof) => return Err("no root element".into()),
            Ok(_) => {}
            Err(e) => return Err(e.to_string()),
        }
        buf.clear();
    }
}

/// `prefix -> uri` of an element's own declarations (`""` for the default).
fn declarations(e: &BytesStart) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for a in e.attributes().flatten() {
        let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
        let value = String::from_utf8_lossy(&a.value).into_owned();
        if key == "xmlns" {
            map.insert(String::new(), value);
        } else if let Some(p) = key.strip_prefix("xmlns:") {
            map.insert(p.to_owned(), value);
        }
    }
    map
}

fn split(qname: &[u8]) -> (String, String) {
    let s = String::from_utf8_lossy(qname);
    match s.split_once(':') {
        Some((p, l)) => (p.to_owned(), l.to_owned()),
        None => (String::new(), s.into_owned()),
    }
}

/// What Markup Compatibility processing does to one element.
#[derive(Clone, Copy, PartialEq)]
enum Frame {
    /// Kept, written out.
    Keep,
    /// Dropped with everything in it.
    Drop,
    /// Not written, but its children are (`mc:AlternateContent`, `mc:Fallback`).
    Unwrap,
}

/// Applies Markup Compatibility, one element a line (so xmllint's line
/// numbers point somewhere useful).
fn compatibility(xml: &[u8]) -> Result<Vec<u8>, String> {
    let mut reader = Reader::from_reader(xml);
    let mut writer = Writer::new(Vec::new());
    let mut buf = Vec::new();
    let mut ns: BTreeMap<String, String> = BTreeMap::new();
    let mut drop: BTreeSet<String> = BTreeSet::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut seen_root = false;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| e.to_string())?;
        let dropping = stack.contains(&Frame::Drop);
        let (e, empty) = match event {
            Event::Eof => break,
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(e) => {
                if stack.pop() == Some(Frame::Keep) && !dropping {
                    writer
                        .write_event(Event::End(e))
                        .map_err(|e| e.to_string())?;
                }
                buf.clear();
                continue;
            }
            other => {
                if !dropping {
                    writer.write_event(other).map_err(|e| e.to_string())?;
                }
                buf.clear();
                continue;
            }
        };
        if dropping {
            if !empty {
                stack.push(Frame::Drop);
            }
            buf.clear();
            continue;
        }
        for (p, u) in declarations(&e) {
            ns.entry(p).or_insert(u);
        }
        if !seen_root {
            seen_root = true;
            for a in e.attributes().flatten() {
                let (p, l) = split(a.key.as_ref());
                if l == "Ignorable" && ns.get(&p).map(String::as_str) == Some(MC) {
                    for prefix in String::from_utf8_lossy(&a.value).split_whitespace() {
                        match ns.get(prefix) {
                            Some(u) if !UNDERSTOOD.contains(&u.as_str()) => {
                                drop.insert(u.clone());
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
        let (prefix, local) = split(e.name().as_ref());
        let uri = ns.get(&prefix).cloned().unwrap_or_default();
        let in_choice = stack.last() == Some(&Frame::Unwrap) && local == "Choice";
        let frame = if drop.contains(&uri) || (uri == MC && in_choice) {
            Frame::Drop
        } else if uri == MC {
            Frame::Unwrap
        } else {
            Frame::Keep
        };
        if frame == Frame::Keep {
            let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
            let mut out = BytesStart::new(name);
            for a in e.attributes().flatten() {
                let (p, _) = split(a.key.as_ref());
                let a_uri = ns.get(&p).map(String::as_str).unwrap_or("");
                let is_decl = a.key.as_ref().starts_with(b"xmlns");
                if !is_decl && (a_uri == MC || drop.contains(a_uri)) {
                    continue;
                }
                out.push_attribute(a);
            }
            writer
                .write_event(Event::Text(BytesText::new("\n")))
                .map_err(|e| e.to_string())?;
            let out = if empty {
                Event::Empty(out)
            } else {
                Event::Start(out)
            };
            writer.write_event(out).map_err(|e| e.to_string())?;
        }
        if !empty {
            stack.push(frame);
        }
        buf.clear();
    }
    Ok(writer.into_inner())
}
