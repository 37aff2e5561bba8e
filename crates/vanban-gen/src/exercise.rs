//! One generated document through the whole path, with the oracles: it
//! loads (a valid one must), renders to .docx and PDF, and what comes out
//! holds what the model says.

use arbitrary::Unstructured;
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
    let docx = match world.docx(doc, profile) {
        Ok(docx) => docx,
        // The chart's picture needs a glyph for every letter of its labels:
        // a letter no font has is refused (the CLI says so at loading).
        Err(vanban_render::docx::FixError::Chart(_)) if mode == Mode::Hostile => return Ok(0),
        Err(e) => return Err(format!("the .docx failed: {e:?}")),
    };
    xml_parts_well_formed(&docx)?;
    let missing = vanban_render::oracle::missing_docx_words(doc, &docx)?;
    if !missing.is_empty() {
        return Err(format!("the .docx lacks words of the IR: {missing:?}"));
    }
    match vanban_render::layout::layout(doc, profile, &world.fonts) {
        Ok(pages) => {
            let missing = vanban_render::oracle::missing_words(doc, &pages);
            if !missing.is_empty() {
                return Err(format!("the PDF's pages lack words of the IR: {missing:?}"));
            }
        }
        Err(_) if mode == Mode::Hostile => return Ok(0),
        Err(e) => return Err(format!("the layout failed on a valid document: {e:?}")),
    }
    match world.pdf(doc, profile) {
        Ok(pdf) => {
            if !pdf.bytes.starts_with(b"%PDF-") || !pdf.bytes.trim_ascii_end().ends_with(b"%%EOF") {
                return Err("the PDF is not framed by %PDF- and %%EOF".into());
            }
            Ok(pdf.pages)
        }
        // A letter no font has is refused with a diagnostic; only hostile
        // texts have those.
        Err(_) if mode == Mode::Hostile => Ok(0),
        Err(e) => Err(format!("the PDF failed on a valid document: {e:?}")),
    }
}

/// The package parses back as the CLI requires before it writes one
/// (`docx::verify`: zip, well-formed XML 1.0, no refused character, every
/// relationship's part present).
fn xml_parts_well_formed(docx: &[u8]) -> Result<(), String> {
    vanban_render::docx::verify::verify(docx).map_err(|f| format!("{f:?}"))
}
