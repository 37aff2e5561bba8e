//! From the raw project file to the model: `defaults` applied to every
//! entry, formats checked, output names derived and checked for clashes.

use std::collections::BTreeMap;

use super::raw::{RawOptions, RawProject};
use super::{DEFAULT_OUTPUT, Entry, Options, OutputFormat, Project, Source};
use crate::diagnostic::Diagnostic;
use crate::lower::{Ctx, at};
use crate::messages::Message;
use crate::raw::S;
use crate::suggest::closest;

/// The option fields of `defaults` or of one entry.
struct Fields<'a> {
    formats: &'a Option<S<Vec<S<String>>>>,
    profile: &'a Option<S<String>>,
    templates: &'a Option<S<String>>,
    font_dir: &'a Option<S<String>>,
}

macro_rules! fields {
    ($raw:expr) => {
        Fields {
            formats: &$raw.formats,
            profile: &$raw.profile,
            templates: &$raw.templates,
            font_dir: &$raw.font_dir,
        }
    };
}

/// Lowers a parsed project file. Returns it only when no error was found;
/// the diagnostics come back either way.
pub(super) fn lower(
    raw: &RawProject,
    file: &str,
    source: &str,
) -> (Option<Project>, Vec<Diagnostic>) {
    let mut cx = Ctx::new(file, source);
    let output = match &raw.output {
        Some(v) => path(&mut cx, "output", v),
        None => DEFAULT_OUTPUT.to_string(),
    };
    let none = RawOptions::default();
    let defaults_raw = raw.defaults.as_ref().map_or(&none, |d| &d.value);
    let base = Options {
        formats: OutputFormat::ALL.to_vec(),
        profile: None,
        templates: None,
        font_dir: None,
    };
    let defaults = options(&mut cx, "defaults", &fields!(defaults_raw), &base);
    let mut documents = Vec::new();
    for (i, e) in raw.programs.iter().enumerate() {
        let at_field = |f: &str| format!("programs[{i}].{f}");
        let file = path(&mut cx, &at_field("file"), &e.value.file);
        let name = output_name(&mut cx, &e.value.name, &file);
        let options = options(
            &mut cx,
            &format!("programs[{i}]"),
            &fields!(e.value),
            &defaults,
        );
        documents.push(Entry {
            source: Source::Program { file },
            name,
            options,
            pos: at(e),
        });
    }
    for (i, e) in raw.reports.iter().enumerate() {
        let r = &e.value;
        let at_field = |f: &str| format!("reports[{i}].{f}");
        let program = path(&mut cx, &at_field("program"), &r.program);
        let status = path(&mut cx, &at_field("status"), &r.status);
        let previous = r
            .previous
            .as_ref()
            .map(|p| path(&mut cx, &at_field("previous"), p));
        let name = output_name(&mut cx, &r.name, &status);
        let options = options(&mut cx, &format!("reports[{i}]"), &fields!(r), &defaults);
        documents.push(Entry {
            source: Source::Report {
                program,
                status,
                previous,
            },
            name,
            options,
            pos: at(e),
        });
    }
    if documents.is_empty() {
        cx.error(None, Message::NoDocuments);
    }
    duplicates(&mut cx, &documents);
    let diags = cx.finish();
    if diags.iter().any(Diagnostic::is_error) {
        return (None, diags);
    }
    (Some(Project { output, documents }), diags)
}

/// A path as written; an empty one is an error.
fn path(cx: &mut Ctx<'_>, field: &str, v: &S<String>) -> String {
    let s = v.value.trim();
    if s.is_empty() {
        cx.error(
            at(v),
            Message::EmptyText {
                field: field.to_string(),
            },
        );
    }
    s.to_string()
}

/// The output name: as given, else the input's file name without its
/// extension. A given name is a plain file name.
fn output_name(cx: &mut Ctx<'_>, given: &Option<S<String>>, input: &str) -> String {
    let Some(v) = given else {
        let base = input.rsplit(['/', '\\']).next().unwrap_or(input);
        let stem = match base.rsplit_once('.') {
            Some((stem, _)) if !stem.is_empty() => stem,
            _ => base,
        };
        return stem.to_string();
    };
    let name = v.value.trim();
    if name.is_empty() || name == "." || name == ".." || name.contains(['/', '\\']) {
        cx.error(
            at(v),
            Message::BadOutputName {
                name: name.to_string(),
            },
        );
    }
    name.to_string()
}

/// The options of one place, each field falling back to `base`.
fn options(cx: &mut Ctx<'_>, place: &str, f: &Fields<'_>, base: &Options) -> Options {
    let formats = match f.formats {
        Some(list) => formats(cx, &format!("{place}.formats"), list),
        None => base.formats.clone(),
    };
    let mut opt = |name: &str, v: &Option<S<String>>, base: &Option<String>| match v {
        Some(v) => Some(path(cx, &format!("{place}.{name}"), v)),
        None => base.clone(),
    };
    Options {
        formats,
        profile: opt("profile", f.profile, &base.profile),
        templates: opt("templates", f.templates, &base.templates),
        font_dir: opt("font_dir", f.font_dir, &base.font_dir),
    }
}

fn formats(cx: &mut Ctx<'_>, field: &str, list: &S<Vec<S<String>>>) -> Vec<OutputFormat> {
    if list.value.is_empty() {
        cx.error(at(list), Message::EmptyFormats);
    }
    let names: Vec<&str> = OutputFormat::ALL.iter().map(|f| f.name()).collect();
    let mut out = Vec::new();
    for v in &list.value {
        let value = v.value.trim();
        match OutputFormat::ALL.iter().find(|f| f.name() == value) {
            Some(f) => out.push(*f),
            None => cx.error(
                at(v),
                Message::UnknownValue {
                    field: field.to_string(),
                    value: value.to_string(),
                    accepted: names.join(", "),
                    suggestion: closest(value, names.iter().copied()),
                },
            ),
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Two documents may not write the same output (names compared ignoring
/// case, as on Windows and macOS file systems).
fn duplicates(cx: &mut Ctx<'_>, documents: &[Entry]) {
    let mut seen: BTreeMap<String, Option<u32>> = BTreeMap::new();
    for d in documents {
        let key = d.name.to_lowercase();
        match seen.get(&key) {
            Some(first) => cx.error(
                d.pos,
                Message::DuplicateOutput {
                    name: d.name.clone(),
                    first_line: first.unwrap_or(0),
                },
            ),
            None => {
                seen.insert(key, d.pos.map(|p| p.line));
            }
        }
    }
}
