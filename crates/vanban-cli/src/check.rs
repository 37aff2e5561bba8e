//! `vanban check FILE…`: load and validate, print every diagnostic.

use crate::cli::MessageFormat;
use crate::input;
use crate::snippet::{self, Style};
use crate::status::Exit;
use crate::ui::Ui;
use std::io::Write;
use std::path::PathBuf;
use vanban_core::{Diagnostic, Lang, Program};

/// Counts of what was found.
#[derive(Default)]
struct Tally {
    errors: usize,
    warnings: usize,
}

/// Runs the check; returns the exit status.
pub fn run(files: &[PathBuf], format: MessageFormat, ui: Ui) -> Exit {
    let (lang, style) = (ui.lang, ui.style);
    let mut tally = Tally::default();
    let mut io_failed = false;
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut out = stdout.lock();
    let mut err = stderr.lock();
    for path in files {
        let name = input::display_name(path);
        let (diags, source, summary) = match input::read(path) {
            Err(d) => {
                io_failed = true;
                (vec![d], None, None)
            }
            Ok(bytes) => {
                let source = input::snippet_source(&bytes);
                match Program::from_yaml_bytes(&bytes, &name) {
                    Ok(loaded) => {
                        let p = &loaded.value;
                        let summary = ok_line(&name, p, loaded.warnings.len(), lang);
                        (loaded.warnings, source, Some(summary))
                    }
                    Err(d) => (d.0, source, None),
                }
            }
        };
        for d in &diags {
            tally.errors += usize::from(d.is_error());
            tally.warnings += usize::from(!d.is_error());
            if ui.quiet() && !d.is_error() {
                continue;
            }
            print(
                d,
                source.as_deref(),
                format,
                lang,
                style,
                &mut out,
                &mut err,
            );
        }
        if let (Some(summary), MessageFormat::Human, false) = (summary, format, ui.quiet()) {
            let _ = writeln!(out, "{summary}");
        }
    }
    if format == MessageFormat::Human && (tally.errors > 0 || files.len() > 1) && !ui.quiet() {
        let _ = writeln!(err, "{}", totals(&tally, files.len(), lang));
    }
    if io_failed {
        Exit::Io
    } else if tally.errors > 0 {
        Exit::Invalid
    } else {
        Exit::Ok
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

fn ok_line(name: &str, p: &Program, warnings: usize, lang: Lang) -> String {
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

fn totals(t: &Tally, files: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "tổng cộng: {} lỗi, {} cảnh báo trong {files} tệp",
            t.errors, t.warnings
        ),
        Lang::En => format!(
            "total: {} errors, {} warnings in {files} files",
            t.errors, t.warnings
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
