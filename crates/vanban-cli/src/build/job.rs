//! Building one document of a project: load its inputs (diagnostics kept
//! in a log, so parallel jobs never interleave), make the IR, render and
//! check every format, then write each atomically. A file changed since
//! vanban wrote it is left alone: the new render goes beside it
//! (`NAME.moi.EXT`), unless `--force`.

use super::cache::{Record, Written, file_sha256};
use super::digest::resolve;
use crate::emit::{self, Kit};
use crate::output::{self, write_atomic};
use crate::snippet;
use crate::snippet::say;
use crate::status::Exit;
use crate::ui::Ui;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use vanban_core::project::{Entry, OutputFormat, Source};
use vanban_core::{Diagnostic, Message, Program};
use vanban_render::{Document, Profile, program_document, report_document};

/// What building one document gave.
pub struct Outcome {
    /// Success, invalid input or I/O failure.
    pub exit: Exit,
    /// The diagnostics and errors to print, in order.
    pub log: String,
    /// PDF pages, when a PDF was written.
    pub pages: Option<usize>,
    /// Files written: name in the output folder → size and hash.
    pub outputs: BTreeMap<String, Written>,
    /// The paths written, in format order.
    pub written: Vec<PathBuf>,
    /// Files left alone because they were edited by hand (their new render
    /// written beside them).
    pub edited: usize,
    /// How long it took.
    pub elapsed: Duration,
}

/// Where a job writes and what it may replace: the project folder, the
/// output folder, the record of the last build (what vanban wrote), and
/// whether `--force` lets it replace files edited by hand.
#[derive(Clone, Copy)]
pub struct Place<'a> {
    /// The project folder.
    pub dir: &'a Path,
    /// The output folder.
    pub out: &'a Path,
    /// The last build's record.
    pub old: &'a Record,
    /// `--force`.
    pub force: bool,
}

/// The name of the new render written beside a file edited by hand:
/// `NAME.moi.EXT` ("mới": new).
pub fn beside(entry: &Entry, format: OutputFormat) -> String {
    format!("{}.moi.{}", entry.name, format.name())
}

/// Builds `entry` with `kit` into `at.out`. Without a kit (its profile,
/// templates or fonts failed; the reason was printed once, before the
/// jobs), the document fails with the kit's exit status.
pub fn run(at: Place<'_>, entry: &Entry, kit: Result<&Kit, Exit>, ui: Ui) -> Outcome {
    let start = Instant::now();
    let mut o = Outcome {
        exit: Exit::Ok,
        log: String::new(),
        pages: None,
        outputs: BTreeMap::new(),
        written: Vec::new(),
        edited: 0,
        elapsed: Duration::ZERO,
    };
    let kit = match kit {
        Ok(kit) => kit,
        Err(exit) => {
            o.exit = exit;
            return o;
        }
    };
    match document(at.dir, entry, kit, ui, &mut o.log) {
        Ok((doc, profile)) => write(at, entry, kit, &doc, &profile, ui, &mut o),
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

/// Renders and checks every format of `doc`, then writes each (beside a
/// file edited by hand), recording what was written.
fn write(
    at: Place<'_>,
    entry: &Entry,
    kit: &Kit,
    doc: &Document,
    profile: &Profile,
    ui: Ui,
    o: &mut Outcome,
) {
    let mut ready = Vec::new();
    for &format in &entry.options.formats {
        let target = at.out.join(entry.file_name(format));
        let rendered = match kit.render(doc, profile, format) {
            Ok(r) => {
                for m in &r.warnings {
                    let d = Diagnostic::warning(&target.display().to_string(), None, m.clone());
                    o.log.push_str(&snippet::human(&d, None, ui.lang, ui.style));
                }
                r
            }
            Err((e, code)) => {
                o.log.push_str(&format!("{}: {e}\n", target.display()));
                o.exit = o.exit.worse(code);
                continue;
            }
        };
        if let Err(m) = output::check(format, &rendered.bytes) {
            let d = Diagnostic::error(&target.display().to_string(), None, m);
            o.log.push_str(&snippet::human(&d, None, ui.lang, ui.style));
            o.exit = Exit::Io;
            continue;
        }
        ready.push((format, rendered));
    }
    if o.exit != Exit::Ok {
        return;
    }
    for (format, rendered) in ready {
        let main = entry.file_name(format);
        let new = beside(entry, format);
        let written = Written::of(&rendered.bytes);
        // A file there that vanban did not write (as far as its record
        // knows) and that is not this very render was edited by hand.
        let edited = !at.force
            && at.out.join(&main).symlink_metadata().is_ok()
            && !at.old.owns(at.out, &entry.name, &main, &new)
            && file_sha256(&at.out.join(&main)) != written.sha256;
        let file = if edited { new.clone() } else { main.clone() };
        let target = at.out.join(&file);
        if let Err(e) = write_atomic(&target, &rendered.bytes) {
            o.log.push_str(&format!(
                "{} {}: {e}\n",
                say(ui.lang, "không ghi được", "cannot write"),
                target.display()
            ));
            o.exit = Exit::Io;
            continue;
        }
        if edited {
            let m = Message::EditedByHand {
                file: at.out.join(&main).display().to_string(),
                new: target.display().to_string(),
            };
            let d = Diagnostic::warning(&at.out.join(&main).display().to_string(), None, m);
            o.log.push_str(&snippet::human(&d, None, ui.lang, ui.style));
            o.edited += 1;
            // What vanban last wrote at the edited file stays on record.
            if let Some(w) = at.old.0.get(&entry.name).and_then(|b| b.outputs.get(&main)) {
                o.outputs.insert(main.clone(), w.clone());
            }
        } else if at.old.owns(at.out, &entry.name, &new, &new) {
            // The file is up to date: an earlier new render beside it goes.
            let _ = std::fs::remove_file(at.out.join(&new));
        }
        o.pages = o.pages.or(rendered.pages);
        o.outputs.insert(file, written);
        o.written.push(target);
    }
}
