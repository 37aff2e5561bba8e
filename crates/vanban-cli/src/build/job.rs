//! Building one document of a project: load its inputs (diagnostics kept
//! in a log, so parallel jobs never interleave), make the IR, write each
//! format atomically.

use super::digest::resolve;
use crate::emit::{self, Kit};
use crate::output::write_atomic;
use crate::snippet::say;
use crate::status::Exit;
use crate::ui::Ui;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use vanban_core::Program;
use vanban_core::project::{Entry, Source};
use vanban_render::{Document, Profile, program_document, report_document};

/// What building one document gave.
pub struct Outcome {
    /// Success, invalid input or I/O failure.
    pub exit: Exit,
    /// The diagnostics and errors to print, in order.
    pub log: String,
    /// PDF pages, when a PDF was written.
    pub pages: Option<usize>,
    /// Files written: name in the output folder → size.
    pub outputs: BTreeMap<String, u64>,
    /// The paths written, in format order.
    pub written: Vec<PathBuf>,
    /// How long it took.
    pub elapsed: Duration,
}

/// Builds `entry` with `kit` into `out`. Without a kit (its profile,
/// templates or fonts failed; the reason was printed once, before the
/// jobs), the document fails with the kit's exit status.
pub fn run(dir: &Path, out: &Path, entry: &Entry, kit: Result<&Kit, Exit>, ui: Ui) -> Outcome {
    let start = Instant::now();
    let mut o = Outcome {
        exit: Exit::Ok,
        log: String::new(),
        pages: None,
        outputs: BTreeMap::new(),
        written: Vec::new(),
        elapsed: Duration::ZERO,
    };
    let kit = match kit {
        Ok(kit) => kit,
        Err(exit) => {
            o.exit = exit;
            return o;
        }
    };
    match document(dir, entry, kit, ui, &mut o.log) {
        Ok((doc, profile)) => write(out, entry, kit, &doc, &profile, ui, &mut o),
        Err(exit) => o.exit = exit,
    }
    o.elapsed = start.elapsed();
    o
}

/// Loads the inputs and makes the document's IR, with the profile of its
/// format (a report's is its program's) as the kit adjusts it.
fn document(
    dir: &Path,
    entry: &Entry,
    kit: &Kit,
    ui: Ui,
    log: &mut String,
) -> Result<(Document, Profile), Exit> {
    let (name, built, profile) = match &entry.source {
        Source::Program { file } => {
            let path = resolve(dir, file);
            let load = emit::with_glyphs(&kit.world.fonts, Program::from_yaml_bytes);
            let program = emit::load_logged(&path, ui, load, log)?;
            let profile = kit.profile(program.format);
            let built = program_document(&program, &profile, &kit.world.templates);
            (path, built, profile)
        }
        Source::Report {
            program,
            status,
            previous,
        } => {
            let status = resolve(dir, status);
            let r = emit::load_report(
                &resolve(dir, program),
                &status,
                previous.as_ref().map(|p| resolve(dir, p)).as_deref(),
                &kit.world.fonts,
                ui,
                log,
            )?;
            let profile = kit.profile(r.program.format);
            let built = report_document(
                &r.program,
                &r.status,
                r.previous.as_ref(),
                &profile,
                &kit.world.templates,
            );
            (status, built, profile)
        }
    };
    match built {
        Ok(doc) => Ok((doc, profile)),
        Err(e) => {
            log.push_str(&format!("{}: {e}\n", name.display()));
            Err(Exit::Io)
        }
    }
}

/// Writes every format of `doc`, recording what was written.
fn write(
    out: &Path,
    entry: &Entry,
    kit: &Kit,
    doc: &Document,
    profile: &Profile,
    ui: Ui,
    o: &mut Outcome,
) {
    for &format in &entry.options.formats {
        let file = entry.file_name(format);
        let target = out.join(&file);
        let rendered = match kit.render(doc, profile, format) {
            Ok(r) => r,
            Err((e, code)) => {
                o.log.push_str(&format!("{}: {e}\n", target.display()));
                o.exit = o.exit.worse(code);
                continue;
            }
        };
        match write_atomic(&target, &rendered.bytes) {
            Ok(()) => {
                o.pages = o.pages.or(rendered.pages);
                o.outputs.insert(file, rendered.bytes.len() as u64);
                o.written.push(target);
            }
            Err(e) => {
                o.log.push_str(&format!(
                    "{} {}: {e}\n",
                    say(ui.lang, "không ghi được", "cannot write"),
                    target.display()
                ));
                o.exit = Exit::Io;
            }
        }
    }
}
