//! Parses a .docx package back before it replaces anything: the zip opens,
//! every XML part is well-formed XML 1.0 in UTF-8 with no character XML 1.0
//! refuses (literal or as a character reference), and every part the
//! package's relationships name is there. Bounded: at most [`MAX_PARTS`]
//! parts and [`MAX_BYTES`] uncompressed bytes are read.
//!
//! ```
//! use vanban_render::docx::verify::verify;
//! assert!(verify(b"not a zip").is_err());
//! ```

use std::collections::BTreeSet;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;
use vanban_core::messages::PackageFault;

/// The most parts a package may hold.
pub const MAX_PARTS: usize = 10_000;
/// The most uncompressed bytes read from a package.
pub const MAX_BYTES: u64 = 1 << 30;

/// Why a package failed: the part (empty for the archive) and the fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// The part's name, e.g. `word/document.xml`.
    pub part: String,
    /// What is wrong with it.
    pub fault: PackageFault,
}

/// Checks the bytes of a .docx package; see the module documentation.
pub fn verify(package: &[u8]) -> Result<(), Failure> {
    let fail = |part: &str, fault| Failure {
        part: part.to_string(),
        fault,
    };
    let mut archive =
        zip::ZipArchive::new(Cursor::new(package)).map_err(|_| fail("", PackageFault::NotZip))?;
    if archive.len() > MAX_PARTS {
        return Err(fail("", PackageFault::TooLarge));
    }
    let mut budget = MAX_BYTES;
    let mut names = BTreeSet::new();
    let mut rels: Vec<(String, String)> = Vec::new();
    for i in 0..archive.len() {
        let file = archive
            .by_index(i)
            .map_err(|_| fail("", PackageFault::NotZip))?;
        if file.is_dir() {
            continue;
        }
        let name = file.name().to_string();
        let mut bytes = Vec::new();
        file.take(budget + 1)
            .read_to_end(&mut bytes)
            .map_err(|_| fail(&name, PackageFault::NotZip))?;
        if bytes.len() as u64 > budget {
            return Err(fail(&name, PackageFault::TooLarge));
        }
        budget -= bytes.len() as u64;
        if is_xml(&name) {
            let text =
                std::str::from_utf8(&bytes).map_err(|_| fail(&name, PackageFault::NotUtf8))?;
            check_xml(text).map_err(|fault| fail(&name, fault))?;
            if name.ends_with(".rels") {
                rels.push((name.clone(), text.to_string()));
            }
        }
        names.insert(name);
    }
    for required in ["[Content_Types].xml", "_rels/.rels"] {
        if !names.contains(required) {
            return Err(fail(required, PackageFault::Missing));
        }
    }
    for (part, text) in &rels {
        for target in targets(part, text) {
            if !names.contains(&target) {
                return Err(fail(part, PackageFault::MissingTarget { target }));
            }
        }
    }
    Ok(())
}

fn is_xml(name: &str) -> bool {
    name.ends_with(".xml") || name.ends_with(".rels")
}

/// Whether XML 1.0 allows `c` (production \[2\] Char).
pub fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Line and column (in characters, from 1) of byte `offset` in `text`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

/// One XML part: the characters, literal and referenced, then the markup.
fn check_xml(text: &str) -> Result<(), PackageFault> {
    let at_char = |offset: usize, code: u32| {
        let (line, column) = line_col(text, offset);
        PackageFault::Char { code, line, column }
    };
    if let Some((i, c)) = text.char_indices().find(|&(_, c)| !xml_char(c)) {
        return Err(at_char(i, u32::from(c)));
    }
    // Character references, wherever they are: "&#31;", "&#x1F;".
    let mut rest = 0;
    while let Some(found) = text.get(rest..).and_then(|s| s.find("&#")) {
        let start = rest + found;
        let body = text.get(start + 2..).unwrap_or("");
        let end = body.find(';').unwrap_or(body.len());
        let digits = body.get(..end).unwrap_or("");
        let code = match digits.strip_prefix('x') {
            Some(hex) => u32::from_str_radix(hex, 16),
            None => digits.parse::<u32>(),
        };
        match code.ok().and_then(char::from_u32) {
            Some(c) if xml_char(c) => {}
            other => return Err(at_char(start, other.map_or(0, u32::from))),
        }
        rest = start + 2;
    }
    let malformed = |offset: u64| {
        let (line, column) = line_col(text, offset as usize);
        PackageFault::Malformed { line, column }
    };
    let mut reader = Reader::from_str(text);
    let mut depth = 0usize;
    let mut roots = 0usize;
    loop {
        let event = reader
            .read_event()
            .map_err(|_| malformed(reader.error_position()))?;
        let at = reader.buffer_position();
        match event {
            Event::Start(_) | Event::Empty(_) if depth == 0 && roots > 0 => {
                return Err(malformed(at));
            }
            Event::Start(e) => {
                attributes(&e).map_err(|()| malformed(at))?;
                if depth == 0 {
                    roots += 1;
                }
                depth += 1;
            }
            Event::Empty(e) => {
                attributes(&e).map_err(|()| malformed(at))?;
                if depth == 0 {
                    roots += 1;
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Text(t) if depth == 0 && !t.iter().all(u8::is_ascii_whitespace) => {
                return Err(malformed(at));
            }
            Event::GeneralRef(r) => {
                let known = matches!(&*r, b"lt" | b"gt" | b"amp" | b"apos" | b"quot");
                if depth == 0 || !(known || r.starts_with(b"#")) {
                    return Err(malformed(at));
                }
            }
            Event::CData(_) if depth == 0 => return Err(malformed(at)),
            Event::DocType(_) => return Err(malformed(at)),
            Event::Eof => break,
            _ => {}
        }
    }
    if depth != 0 || roots != 1 {
        return Err(malformed(text.len() as u64));
    }
    Ok(())
}

/// Attributes parse, none repeated, every reference in them known.
fn attributes(e: &quick_xml::events::BytesStart<'_>) -> Result<(), ()> {
    for a in e.attributes().with_checks(true) {
        let a = a.map_err(|_| ())?;
        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|_| ())?;
    }
    Ok(())
}

/// The parts a relationships part names (internal targets only), as names
/// in the archive: `word/_rels/document.xml.rels` resolves from `word/`.
fn targets(part: &str, text: &str) -> Vec<String> {
    let base = match part.rsplit_once("_rels/") {
        Some((folder, _)) => folder.to_string(),
        None => String::new(),
    };
    let mut out = Vec::new();
    let mut reader = Reader::from_str(text);
    while let Ok(event) = reader.read_event() {
        let e = match event {
            Event::Start(e) | Event::Empty(e) => e,
            Event::Eof => break,
            _ => continue,
        };
        if e.local_name().as_ref() != b"Relationship" {
            continue;
        }
        let value = |key: &[u8]| {
            e.attributes()
                .flatten()
                .find(|a| a.key.as_ref() == key)
                .and_then(|a| {
                    a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .ok()
                        .map(|v| v.into_owned())
                })
        };
        if value(b"TargetMode").as_deref() == Some("External") {
            continue;
        }
        if let Some(target) = value(b"Target") {
            out.push(join(&base, &target));
        }
    }
    out
}

/// `target` resolved against the folder `base` ("word/"): "/" starts at the
/// package root, ".." climbs, "." stays.
fn join(base: &str, target: &str) -> String {
    let mut segments: Vec<&str> = Vec::new();
    let full = match target.strip_prefix('/') {
        Some(abs) => abs.to_string(),
        None => format!("{base}{target}"),
    };
    for s in full.split('/') {
        match s {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    segments.join("/")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    fn package(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, bytes) in parts {
            out.start_file(*name, SimpleFileOptions::default()).unwrap();
            out.write_all(bytes).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    const TYPES: &[u8] = br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#;
    const RELS: &[u8] = br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="word/document.xml"/><Relationship Id="rId2" Type="h" Target="https://example.invalid/" TargetMode="External"/></Relationships>"#;
    const DOC_RELS: &[u8] = br#"<Relationships xmlns="x"><Relationship Id="rId1" Type="s" Target="styles.xml"/><Relationship Id="rId2" Type="i" Target="../word/media/a.png"/></Relationships>"#;

    fn with_document(doc: &[u8]) -> Vec<u8> {
        package(&[
            ("[Content_Types].xml", TYPES),
            ("_rels/.rels", RELS),
            ("word/_rels/document.xml.rels", DOC_RELS),
            ("word/document.xml", doc),
            ("word/styles.xml", b"<w:styles xmlns:w=\"w\"/>"),
            ("word/media/a.png", b"\x89PNG not xml"),
        ])
    }

    fn fault(doc: &[u8]) -> Result<(), Failure> {
        verify(&with_document(doc))
    }

    #[test]
    fn a_sound_package_passes_and_so_do_a_program_and_its_report() {
        assert_eq!(
            fault(b"<d a=\"&amp;&#x1F600;\">x &lt; y&#233;<e/></d>\n"),
            Ok(())
        );
        let world = crate::World::builtin();
        let program = vanban_core::Program::from_yaml(
            include_str!("../../../../examples/son-tra-11-ctr-qu.yaml"),
            "son-tra.yaml",
        )
        .unwrap()
        .value;
        let profile = crate::Profile::for_format(program.format);
        let doc = world.program(&program, &profile).unwrap();
        assert_eq!(verify(&world.docx(&doc, &profile).unwrap()), Ok(()));
        let status = vanban_core::StatusFile::from_yaml(
            include_str!("../../../../examples/son-tra-11-ctr-qu.status.yaml"),
            "status.yaml",
            &program,
        )
        .unwrap()
        .value;
        let report = world.report(&program, &status, None, &profile).unwrap();
        // The chart's picture is a part its relationships name.
        assert_eq!(verify(&world.docx(&report, &profile).unwrap()), Ok(()));
    }

    #[test]
    fn characters_xml_refuses_are_found_literal_or_referenced() {
        let at = |code, line, column| {
            Err(Failure {
                part: "word/document.xml".into(),
                fault: PackageFault::Char { code, line, column },
            })
        };
        assert_eq!(fault(b"<d>\n  a\x1fb</d>"), at(0x1F, 2, 4));
        assert_eq!(fault(b"<d>a&#0;</d>"), at(0, 1, 5));
        assert_eq!(fault(b"<d v=\"&#x1b;\"/>"), at(0x1B, 1, 7));
        assert_eq!(fault("<d>\u{FFFE}</d>".as_bytes()), at(0xFFFE, 1, 4));
        assert_eq!(fault(b"<d>&#xD800;</d>"), at(0, 1, 4));
    }

    #[test]
    fn malformed_parts_and_missing_targets_are_named() {
        let bad = |doc: &[u8]| match fault(doc) {
            Err(Failure {
                part,
                fault: PackageFault::Malformed { .. },
            }) => part,
            other => panic!("{other:?}"),
        };
        for doc in [
            &b"<d><e></d>"[..],
            b"<d>",
            b"<d/><d/>",
            b"<d a='1' a='2'/>",
            b"<d>&nbsp;</d>",
            b"<d><</d>",
            b"text<d/>",
            b"",
        ] {
            assert_eq!(
                bad(doc),
                "word/document.xml",
                "{}",
                String::from_utf8_lossy(doc)
            );
        }
        assert_eq!(
            fault(b"<d>\xff</d>"),
            Err(Failure {
                part: "word/document.xml".into(),
                fault: PackageFault::NotUtf8
            })
        );
        let lacking = package(&[("[Content_Types].xml", TYPES), ("_rels/.rels", RELS)]);
        assert_eq!(
            verify(&lacking),
            Err(Failure {
                part: "_rels/.rels".into(),
                fault: PackageFault::MissingTarget {
                    target: "word/document.xml".into()
                }
            })
        );
        let no_types = package(&[("_rels/.rels", b"<Relationships/>")]);
        assert_eq!(verify(&no_types).unwrap_err().fault, PackageFault::Missing);
        assert_eq!(
            verify(b"PK\x03\x04").unwrap_err().fault,
            PackageFault::NotZip
        );
    }
}
