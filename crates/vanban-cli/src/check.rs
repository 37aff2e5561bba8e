//! `vanban check [--profile FILE] FILE…`: load and validate, print every
//! diagnostic. A folder or a `vanban.yaml` is a project: its project file,
//! its profile files, every program and every status file (against its
//! program) are checked, each file once. `--profile` checks a profile file,
//! alone or before the files given; a file given alone that reads like a
//! profile (its top-level keys are a profile's) is checked as one.

use crate::build::{PROJECT_FILE, locate, resolve};
use crate::cli::MessageFormat;
use crate::emit::with_glyphs;
use crate::input::{self, InputKind};
use crate::snippet::{self, Style};
use crate::status::Exit;
use crate::ui::Ui;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use vanban_core::project::Source;
use vanban_core::{Diagnostic, Diagnostics, Lang, Loaded, Message, Program, Project, StatusFile};
use vanban_render::FontSet;
use vanban_render::profile::{Adjustment, ProfilePatch, base_name};

/// Counts of what was found, and where the output goes.
struct Checker {
    format: MessageFormat,
    ui: Ui,
    files: usize,
    errors: usize,
    warnings: usize,
    io_failed: bool,
}

/// Runs the check; returns the exit status.
pub fn run(files: &[PathBuf], profile: Option<&Path>, format: MessageFormat, ui: Ui) -> Exit {
    let mut c = Checker {
        format,
        ui,
        files: 0,
        errors: 0,
        warnings: 0,
        io_failed: false,
    };
    if let Some(path) = profile {
        c.file(
            path,
            InputKind::Profile,
            Adjustment::from_yaml_bytes,
            profile_line,
        );
    }
    for path in files {
        // A folder is a project when it holds a project file; any other
        // folder is reported as not a YAML file.
        if path.join(PROJECT_FILE).is_file() || path.file_name().is_some_and(|n| n == PROJECT_FILE)
        {
            c.project(path);
        } else {
            // What the file is shows once it is read: read it within the
            // largest limit of the kinds it may be.
            let bytes = input::read(path, InputKind::Program);
            if bytes.as_deref().is_ok_and(is_status_file) {
                c.io_failed = true;
                let name = input::display_name(path);
                eprintln!("{}", Message::LoneStatusFile { name }.text(ui.lang));
            } else if bytes.as_deref().is_ok_and(is_profile_file) {
                c.read(path, bytes, Adjustment::from_yaml_bytes, profile_line);
            } else {
                c.read(
                    path,
                    bytes,
                    with_glyphs(fonts(), Program::from_yaml_bytes),
                    program_line,
                );
            }
        }
    }
    if format == MessageFormat::Human && (c.errors > 0 || c.files > 1) && !ui.quiet() {
        eprintln!("{}", totals(&c, ui.lang));
    }
    if c.io_failed {
        Exit::Io
    } else if c.errors > 0 {
        Exit::Invalid
    } else {
        Exit::Ok
    }
}

/// The fonts a check holds the text to: the bundled ones, which the PDF
/// uses unless a font folder is named (a render checks against that).
fn fonts() -> &'static FontSet {
    FontSet::builtin()
}

/// Whether a file reads like a status file: a top-level `report:` key.
fn is_status_file(bytes: &[u8]) -> bool {
    String::from_utf8_lossy(bytes)
        .lines()
        .any(|l| l.starts_with("report:"))
}

/// Whether a file reads like a format profile: a top-level key of a
/// profile, and none of a program (`issuer`, `document`, `groups`).
fn is_profile_file(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    let keys: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with([' ', '#', '-']))
        .filter_map(|l| l.split_once(':').map(|(k, _)| k.trim()))
        .collect();
    keys.iter().any(|k| ProfilePatch::KEYS.contains(k))
        && !keys
            .iter()
            .any(|k| ["issuer", "document", "groups"].contains(k))
}

impl Checker {
    /// Loads one file with `load`, prints its diagnostics and, when it is
    /// valid, the line `summary` makes of it.
    fn file<T>(
        &mut self,
        path: &Path,
        kind: InputKind,
        load: impl FnOnce(&[u8], &str) -> Result<Loaded<T>, Diagnostics>,
        summary: impl FnOnce(&str, &T, usize, Lang) -> String,
    ) -> Option<T> {
        self.read(path, input::read(path, kind), load, summary)
    }

    /// Like [`Checker::file`], with the file already read.
    fn read<T>(
        &mut self,
        path: &Path,
        bytes: Result<Vec<u8>, Diagnostic>,
        load: impl FnOnce(&[u8], &str) -> Result<Loaded<T>, Diagnostics>,
        summary: impl FnOnce(&str, &T, usize, Lang) -> String,
    ) -> Option<T> {
        self.files += 1;
        let name = input::display_name(path);
        let (diags, source, value) = match bytes {
            Err(d) => {
                self.io_failed = true;
                (vec![d], None, None)
            }
            Ok(bytes) => {
                let source = input::snippet_source(&bytes);
                match load(&bytes, &name) {
                    Ok(loaded) => (loaded.warnings, source, Some(loaded.value)),
                    Err(d) => (d.0, source, None),
                }
            }
        };
        let stdout = std::io::stdout();
        let stderr = std::io::stderr();
        let (mut out, mut err) = (stdout.lock(), stderr.lock());
        for d in &diags {
            self.errors += usize::from(d.is_error());
            self.warnings += usize::from(!d.is_error());
            if self.ui.quiet() && !d.is_error() {
                continue;
            }
            print(
                d,
                source.as_deref(),
                self.format,
                self.ui.lang,
                self.ui.style,
                &mut out,
                &mut err,
            );
        }
        if let (Some(v), MessageFormat::Human, false) = (&value, self.format, self.ui.quiet()) {
            let _ = writeln!(out, "{}", summary(&name, v, diags.len(), self.ui.lang));
        }
        value
    }

    /// A project: its file, its profile files, then each program and
    /// status file, each once.
    fn project(&mut self, path: &Path) {
        let (dir, manifest) = locate(path);
        let Some(project) = self.file(
            &manifest,
            InputKind::Project,
            Project::from_yaml_bytes,
            project_line,
        ) else {
            return;
        };
        let mut profiles: BTreeSet<&str> = BTreeSet::new();
        for e in &project.documents {
            if let Some(p) = &e.options.profile
                && profiles.insert(p)
            {
                self.file(
                    &resolve(&dir, p),
                    InputKind::Profile,
                    Adjustment::from_yaml_bytes,
                    profile_line,
                );
            }
        }
        let mut programs: BTreeMap<String, Option<Program>> = BTreeMap::new();
        let mut statuses: BTreeSet<(String, String)> = BTreeSet::new();
        for e in &project.documents {
            let (program, status_files) = match &e.source {
                Source::Program { file } => (file, Vec::new()),
                Source::Report {
                    program,
                    status,
                    previous,
                } => (
                    program,
                    [Some(status), previous.as_ref()]
                        .into_iter()
                        .flatten()
                        .collect(),
                ),
            };
            if !programs.contains_key(program) {
                let loaded = self.file(
                    &resolve(&dir, program),
                    InputKind::Program,
                    with_glyphs(fonts(), Program::from_yaml_bytes),
                    program_line,
                );
                programs.insert(program.clone(), loaded);
            }
            // A status file is checked against a valid program only.
            let Some(Some(p)) = programs.get(program) else {
                continue;
            };
            for s in status_files {
                if statuses.insert((program.clone(), s.clone())) {
                    self.file(
                        &resolve(&dir, s),
                        InputKind::Status,
                        with_glyphs(fonts(), |b, n| StatusFile::from_yaml_bytes(b, n, p)),
                        status_line,
                    );
                }
            }
        }
    }
}

fn print(
    d: &Diagnostic,
    source: Option<&str>,
    format: MessageFormat,
    lang: Lang,
    style: Style,
    out: &mut impl Write,
    err: &mut impl Write,
) {
    let _ = match format {
        MessageFormat::Human => writeln!(err, "{}", snippet::human(d, source, lang, style)),
        MessageFormat::Json => writeln!(out, "{}", snippet::json(d, lang)),
    };
}

fn program_line(name: &str, p: &Program, warnings: usize, lang: Lang) -> String {
    let (tasks, groups, agencies) = (p.tasks().count(), p.groups.len(), p.agencies.len());
    match lang {
        Lang::Vi => format!(
            "{name}: hợp lệ ({} số {}, {tasks} nhiệm vụ, {groups} nhóm, {agencies} cơ quan; {warnings} cảnh báo)",
            p.document.kind.title(),
            p.document.symbol
        ),
        Lang::En => format!(
            "{name}: valid (document {}, {}, {}, {}; {})",
            p.document.symbol,
            plural(tasks, "task"),
            plural(groups, "group"),
            plural(agencies, "agency"),
            plural(warnings, "warning")
        ),
    }
}

fn project_line(name: &str, p: &Project, warnings: usize, lang: Lang) -> String {
    let reports = p
        .documents
        .iter()
        .filter(|d| matches!(d.source, Source::Report { .. }))
        .count();
    let programs = p.documents.len() - reports;
    match lang {
        Lang::Vi => format!(
            "{name}: hợp lệ ({} văn bản: {programs} chương trình, {reports} báo cáo; {warnings} cảnh báo)",
            p.documents.len()
        ),
        Lang::En => format!(
            "{name}: valid ({}: {}, {}; {})",
            plural(p.documents.len(), "document"),
            plural(programs, "program"),
            plural(reports, "report"),
            plural(warnings, "warning")
        ),
    }
}

fn profile_line(name: &str, a: &Adjustment, warnings: usize, lang: Lang) -> String {
    let changes = a.changes();
    match (lang, a.base()) {
        (Lang::Vi, base) => format!(
            "{name}: hợp lệ (hồ sơ thể thức: gốc {}, {changes} thay đổi; {warnings} cảnh báo)",
            base.map_or("theo thể thức của từng văn bản", base_name)
        ),
        (Lang::En, base) => format!(
            "{name}: valid (format profile: base {}, {}; {})",
            base.map_or("of each document's format", base_name),
            plural(changes, "change"),
            plural(warnings, "warning")
        ),
    }
}

fn status_line(name: &str, s: &StatusFile, warnings: usize, lang: Lang) -> String {
    let r = &s.report;
    match lang {
        Lang::Vi => format!(
            "{name}: hợp lệ (Báo cáo số {}, số liệu tính đến {}; {warnings} cảnh báo)",
            r.symbol,
            r.as_of.short()
        ),
        Lang::En => format!(
            "{name}: valid (report {}, as of {}; {})",
            r.symbol,
            r.as_of.short(),
            plural(warnings, "warning")
        ),
    }
}

fn totals(c: &Checker, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "tổng cộng: {} lỗi, {} cảnh báo trong {} tệp",
            c.errors, c.warnings, c.files
        ),
        Lang::En => format!(
            "total: {} errors, {} warnings in {} files",
            c.errors, c.warnings, c.files
        ),
    }
}

/// "1 file", "2 files", "3 agencies".
fn plural(n: usize, word: &str) -> String {
    match (n, word.strip_suffix('y')) {
        (1, _) => format!("1 {word}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        _ => format!("{n} {word}s"),
    }
}
