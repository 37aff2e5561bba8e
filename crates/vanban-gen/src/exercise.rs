//! One generated document through the whole path, with the oracles: it
//! loads (a valid one must), renders to .docx and PDF, and what comes out
//! holds what the model says.

use std::io::Read;

use arbitrary::Unstructured;
use quick_xml::Reader;
use quick_xml::events::Event;
use vanban_core::{Program, StatusFile};
use vanban_render::{Profile, World};

use crate::{Mode, Shape, generate};

/// What one run did, for the fuzz log and the tests' figures.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// The program loaded (else the loader refused it with diagnostics).
    pub loaded: bool,
    /// Documents rendered to both formats (0, 1 or 2: program and report).
    pub rendered: usize,
    /// Pages of the PDFs.
    pub pages: usize,
}

/// Generates from `data` and runs the path; `Err` is an oracle's finding
/// (a panic is the other kind of finding).
pub fn exercise(data: &[u8], shape: Shape, mode: Mode) -> Result<Outcome, String> {
    let mut u = Unstructured::new(data);
    let Ok(generated) = generate(&mut u, shape, mode) else {
        return Ok(Outcome::default());
    };
    let mut outcome = Outcome::default();
    let program = match Program::from_yaml(&generated.program, "program.yaml") {
        Ok(p) => p.value,
        Err(diags) if mode == Mode::Valid => {
            return Err(format!(
                "a valid program was refused:\n{}\n---\n{}",
                diags
                    .0
                    .iter()
                    .map(|d| format!("{d:?}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
                generated.program
            ));
        }
        Err(_) => return Ok(outcome),
    };
    outcome.loaded = true;
    static WORLD: std::sync::OnceLock<World> = std::sync::OnceLock::new();
    let world = WORLD.get_or_init(World::builtin);
    let profile = Profile::for_format(program.format);
    let doc = world
        .program(&program, &profile)
        .map_err(|e| format!("templates failed on a loaded program: {e:?}"))?;
    outcome.pages += both(world, &doc, &profile, mode)?;
    outcome.rendered += 1;
    if !shape.report {
        return Ok(outcome);
    }
    match StatusFile::from_yaml(&generated.status, "status.yaml", &program) {
        Ok(status) => {
            let report = world
                .report(&program, &status.value, None, &profile)
                .map_err(|e| format!("templates failed on a loaded report: {e:?}"))?;
            outcome.pages += both(world, &report, &profile, mode)?;
            outcome.rendered += 1;
        }
        Err(diags) if mode == Mode::Valid => {
            return Err(format!(
                "a valid status file was refused:\n{}\n---\n{}",
                diags
                    .0
                    .iter()
                    .map(|d| format!("{d:?}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
                generated.status
            ));
        }
        Err(_) => {}
    }
    Ok(outcome)
}

/// Renders `doc` both ways and checks the results; its page count.
fn both(
    world: &World,
    doc: &vanban_render::ir::Document,
    profile: &Profile,
    mode: Mode,
) -> Result<usize, String> {
    let docx = world
        .docx(doc, profile)
        .map_err(|e| format!("the .docx failed: {e:?}"))?;
    xml_parts_well_formed(&docx)?;
    match world.pdf(doc, profile) {
        Ok(pdf) => {
            if !pdf.bytes.starts_with(b"%PDF-") {
                return Err("the PDF does not start with %PDF-".into());
            }
            Ok(pdf.pages)
        }
        // A letter no font has is refused with a diagnostic; only hostile
        // texts have those.
        Err(_) if mode == Mode::Hostile => Ok(0),
        Err(e) => Err(format!("the PDF failed on a valid document: {e:?}")),
    }
}

/// Every XML part of the package parses, and holds no character XML 1.0
/// refuses.
fn xml_parts_well_formed(docx: &[u8]) -> Result<(), String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx))
        .map_err(|e| format!("the .docx is not a zip: {e}"))?;
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).map_err(|e| e.to_string())?;
        let name = file.name().to_owned();
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let mut text = String::new();
        file.read_to_string(&mut text)
            .map_err(|e| format!("{name}: not UTF-8: {e}"))?;
        if let Some(c) = text.chars().find(|&c| !xml_char(c)) {
            return Err(format!("{name}: holds U+{:04X}", c as u32));
        }
        let mut reader = Reader::from_str(&text);
        loop {
            match reader.read_event() {
                Ok(Event::Eof) => break,
                Ok(Event::GeneralRef(r)) => {
                    let name_ref = String::from_utf8_lossy(&r).into_owned();
                    if let Some(code) = name_ref.strip_prefix('#') {
                        let n = code
                            .strip_prefix('x')
                            .map(|h| u32::from_str_radix(h, 16))
                            .unwrap_or_else(|| code.parse());
                        let ok = n.ok().and_then(char::from_u32).is_some_and(xml_char);
                        if !ok {
                            return Err(format!("{name}: a reference &{name_ref}; XML refuses"));
                        }
                    }
                }
                Ok(_) => {}
                Err(e) => return Err(format!("{name}: not well-formed: {e}")),
            }
        }
    }
    Ok(())
}

/// A character XML 1.0 allows (`Char` of the XML 1.0 grammar).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}
