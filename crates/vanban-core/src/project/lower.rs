//! From the raw project file to the model: `defaults` applied to every
//! entry, formats checked, output names derived and checked for clashes.

use std::collections::BTreeMap;

use super::raw::{RawOptions, RawProject};
use super::{DEFAULT_OUTPUT, Entry, Options, OutputFormat, PathAt, PathKind, Project, Source};
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
    let mut paths = Paths::default();
    let output = match &raw.output {
        Some(v) => paths.add(&mut cx, "output", v, PathKind::Output),
        None => DEFAULT_OUTPUT.to_string(),
    };
    let mut allow = Paths::default();
    for (i, v) in raw.allow_outside.iter().flat_map(|l| &l.value).enumerate() {
        allow.add(&mut cx, &format!("allow_outside[{i}]"), v, PathKind::Folder);
    }
    let none = RawOptions::default();
    let defaults_raw = raw.defaults.as_ref().map_or(&none, |d| &d.value);
    let base = Options {
        formats: OutputFormat::ALL.to_vec(),
        profile: None,
        templates: None,
        font_dir: None,
    };
    let defaults = options(
        &mut cx,
        &mut paths,
        "defaults",
        &fields!(defaults_raw),
        &base,
    );
    let mut documents = Vec::new();
    for (i, e) in raw.programs.iter().enumerate() {
        let at_field = |f: &str| format!("programs[{i}].{f}");
        let file = paths.add(&mut cx, &at_field("file"), &e.value.file, PathKind::File);
        let name = output_name(&mut cx, &e.value.name, &file, at(&e.value.file));
        let options = options(
            &mut cx,
            &mut paths,
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
        let program = paths.add(&mut cx, &at_field("program"), &r.program, PathKind::File);
        let status = paths.add(&mut cx, &at_field("status"), &r.status, PathKind::File);
        let previous = r
            .previous
            .as_ref()
            .map(|p| paths.add(&mut cx, &at_field("previous"), p, PathKind::File));
        let name = output_name(&mut cx, &r.name, &status, at(&r.status));
        let place = format!("reports[{i}]");
        let options = options(&mut cx, &mut paths, &place, &fields!(r), &defaults);
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
    let project = Project {
        output,
        documents,
        paths: paths.0,
        allow_outside: allow.0,
    };
    (Some(project), diags)
}

/// The paths written in the file, in order, with their keys and places.
#[derive(Default)]
struct Paths(Vec<PathAt>);

impl Paths {
    /// Checks the path at `key` ([`path`]), keeps it, and returns it.
    fn add(&mut self, cx: &mut Ctx<'_>, key: &str, v: &S<String>, kind: PathKind) -> String {
        let p = path(cx, key, v);
        self.0.push(PathAt {
            key: key.to_string(),
            path: p.clone(),
            kind,
            pos: at(v),
        });
        p
    }
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
/// extension. A given name is a plain file name; no name ends in ".moi",
/// which marks the new render written beside a file edited by hand.
fn output_name(
    cx: &mut Ctx<'_>,
    given: &Option<S<String>>,
    input: &str,
    input_pos: Option<crate::diagnostic::Pos>,
) -> String {
    let beside = |name: &str| super::output_key(name).ends_with(".moi");
    let Some(v) = given else {
        let base = input.rsplit(['/', '\\']).next().unwrap_or(input);
        let stem = match base.rsplit_once('.') {
            Some((stem, _)) if !stem.is_empty() => stem,
            _ => base,
        };
        if beside(stem) {
            let name = stem.to_string();
            cx.error(input_pos, Message::BadOutputName { name });
        }
        return stem.to_string();
    };
    let name = v.value.trim();
    if name.is_empty() || name == "." || name == ".." || name.contains(['/', '\\']) || beside(name)
    {
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
fn options(
    cx: &mut Ctx<'_>,
    paths: &mut Paths,
    place: &str,
    f: &Fields<'_>,
    base: &Options,
) -> Options {
    let formats = match f.formats {
        Some(list) => formats(cx, &format!("{place}.formats"), list),
        None => base.formats.clone(),
    };
    let mut opt = |name: &str, v: &Option<S<String>>, base: &Option<String>, kind| match v {
        Some(v) => Some(paths.add(cx, &format!("{place}.{name}"), v, kind)),
        None => base.clone(),
    };
    Options {
        formats,
        profile: opt("profile", f.profile, &base.profile, PathKind::File),
        templates: opt("templates", f.templates, &base.templates, PathKind::Folder),
        font_dir: opt("font_dir", f.font_dir, &base.font_dir, PathKind::Folder),
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
/// case and Unicode form, as on Windows and macOS file systems).
fn duplicates(cx: &mut Ctx<'_>, documents: &[Entry]) {
    let mut seen: BTreeMap<String, Option<u32>> = BTreeMap::new();
    for d in documents {
        let key = super::output_key(&d.name);
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
