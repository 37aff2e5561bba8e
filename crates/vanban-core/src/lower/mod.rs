//! From the raw YAML structs to the model, checking every value and
//! collecting every problem in one pass.

pub(crate) mod document;
#[cfg(test)]
mod input_tests;
pub(crate) mod signer;
pub(crate) mod tasks;
#[cfg(test)]
mod tests;

use crate::date::{DateError, VnDate};
use crate::diagnostic::{Diagnostic, Pos};
use crate::kinds::{CitationRole, DocumentKind, FormatKind};
use crate::load::pos_of;
use crate::messages::{IdKind, Message, TARGET_DECIMALS, TARGET_DIGITS};
use crate::model::{Objectives, Program, Target};
use crate::raw::{RawProgram, S, Text};
use crate::suggest::closest;
use crate::symbol::{DocumentSymbol, SymbolError};
use std::collections::BTreeMap;

/// The most diagnostics reported for one file; the rest are counted.
pub const MAX_DIAGNOSTICS: usize = 100;

/// The longest text accepted in one field, in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Collects diagnostics while values are checked.
pub(crate) struct Ctx<'a> {
    file: &'a str,
    source: &'a str,
    pub(crate) diags: Vec<Diagnostic>,
}

/// Where a spanned value is.
pub(crate) fn at<T>(v: &S<T>) -> Option<Pos> {
    pos_of(v.referenced)
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(file: &'a str, source: &'a str) -> Self {
        Self {
            file,
            source,
            diags: Vec::new(),
        }
    }

    /// The place of the key `key:` that holds the mapping whose first entry
    /// is at `inner`: problems with a whole mapping are marked on its key.
    /// Falls back to `inner` when the key is not found (flow style, aliases).
    pub(crate) fn key_of<T>(&self, inner: &S<T>, key: &str) -> Option<Pos> {
        let inner_pos = at(inner)?;
        let inner_indent = inner_pos.column as usize - 1;
        let above = self.source.split('\n').take(inner_pos.line as usize - 1);
        let lines: Vec<(usize, &str)> = above.enumerate().collect();
        for &(idx, line) in lines.iter().rev() {
            let trimmed = line.trim_start_matches(' ');
            if trimmed.trim().is_empty() || trimmed.starts_with('#') {
                continue;
            }
            if line.len() - trimmed.len() >= inner_indent {
                continue;
            }
            let rest = trimmed
                .strip_prefix("- ")
                .map_or(trimmed, |r| r.trim_start_matches(' '));
            if !rest.strip_prefix(key).is_some_and(|r| r.starts_with(':')) {
                break;
            }
            let column = line[..line.len() - rest.len()].chars().count() as u32 + 1;
            let len = key.chars().count() as u32;
            return Some(Pos {
                line: idx as u32 + 1,
                column,
                len,
            });
        }
        Some(inner_pos)
    }

    /// The diagnostics sorted by position, at most [`MAX_DIAGNOSTICS`] of
    /// them and a count of the rest.
    pub(crate) fn finish(self) -> Vec<Diagnostic> {
        let mut diags = self.diags;
        crate::diagnostic::sort(&mut diags);
        if diags.len() > MAX_DIAGNOSTICS {
            let more = diags.len() - MAX_DIAGNOSTICS;
            let any_error = diags.iter().any(Diagnostic::is_error);
            // Keep the errors first so a cut never hides every error.
            diags.sort_by_key(|d| !d.is_error());
            diags.truncate(MAX_DIAGNOSTICS);
            crate::diagnostic::sort(&mut diags);
            let note = Message::TooManyDiagnostics { more };
            diags.push(if any_error {
                Diagnostic::error(self.file, None, note)
            } else {
                Diagnostic::warning(self.file, None, note)
            });
        }
        diags
    }

    pub(crate) fn error(&mut self, pos: Option<Pos>, message: Message) {
        self.diags.push(Diagnostic::error(self.file, pos, message));
    }

    pub(crate) fn warn(&mut self, pos: Option<Pos>, message: Message) {
        self.diags
            .push(Diagnostic::warning(self.file, pos, message));
    }

    /// A required text: reports it when empty or too long.
    pub(crate) fn text(&mut self, field: &str, v: &S<Text>) -> String {
        let s = &v.value.0;
        if s.is_empty() {
            self.error(
                at(v),
                Message::EmptyText {
                    field: field.to_string(),
                },
            );
        } else {
            let n = s.chars().count();
            if n > MAX_TEXT_CHARS {
                self.error(
                    at(v),
                    Message::TextTooLong {
                        field: field.to_string(),
                        len: n,
                        max: MAX_TEXT_CHARS,
                    },
                );
            }
        }
        s.clone()
    }

    /// An optional text; an empty one counts as absent.
    pub(crate) fn opt_text(&mut self, field: &str, v: &Option<S<Text>>) -> Option<String> {
        let v = v.as_ref()?;
        if v.value.0.is_empty() {
            None
        } else {
            Some(self.text(field, v))
        }
    }

    pub(crate) fn date(&mut self, v: &S<Text>) -> Option<VnDate> {
        let value = v.value.0.clone();
        match VnDate::parse(&value) {
            Ok(d) => Some(d),
            Err(DateError::Format) => {
                self.error(at(v), Message::BadDate { value });
                None
            }
            Err(DateError::Impossible { .. }) => {
                self.error(at(v), Message::ImpossibleDate { value });
                None
            }
            Err(DateError::YearOutOfRange(_)) => {
                self.error(at(v), Message::YearOutOfRange { value });
                None
            }
        }
    }

    pub(crate) fn symbol(&mut self, v: &S<Text>) -> Option<DocumentSymbol> {
        let value = v.value.0.clone();
        match DocumentSymbol::parse(&value) {
            Ok(s) => Some(s),
            Err(e) => {
                let m = match e {
                    SymbolError::HasPrefix => Message::SymbolHasPrefix { value },
                    SymbolError::Malformed => Message::MalformedSymbol { value },
                    SymbolError::ZeroNumber => Message::ZeroNumber { value },
                };
                self.error(at(v), m);
                None
            }
        }
    }

    /// A value from a closed Vietnamese vocabulary.
    pub(crate) fn vocab<T: Copy>(
        &mut self,
        field: &str,
        v: &S<Text>,
        parse: fn(&str) -> Option<T>,
        all: &[T],
        name: fn(T) -> &'static str,
    ) -> Option<T> {
        let value = &v.value.0;
        if let Some(t) = parse(value) {
            return Some(t);
        }
        let names: Vec<&str> = all.iter().map(|t| name(*t)).collect();
        self.error(
            at(v),
            Message::UnknownValue {
                field: field.to_string(),
                value: value.clone(),
                accepted: names.join(", "),
                suggestion: closest(value, names.iter().copied()),
            },
        );
        None
    }

    /// Checks a target's value: a finite, non-negative number of at most
    /// [`TARGET_DIGITS`] significant digits, [`TARGET_DECIMALS`] of them
    /// after the point, so that it is printed with the digits written.
    pub(crate) fn target_value(&mut self, v: &S<f64>) {
        let pos = at(v);
        let written = pos
            .and_then(|p| {
                let line = self.source.split('\n').nth(p.line as usize - 1)?;
                let s: String = line
                    .chars()
                    .skip(p.column as usize - 1)
                    .take(p.len as usize)
                    .collect();
                Some(s.trim().trim_matches(['"', '\'']).to_owned())
            })
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| v.value.to_string());
        let value = v.value;
        let message = if !value.is_finite() {
            Message::TargetNotFinite { value: written }
        } else if value < 0.0 {
            Message::TargetNegative { value: written }
        } else if !digits_fit(&written) {
            Message::TargetDigits { value: written }
        } else {
            return;
        };
        self.error(pos, message);
    }

    /// Reports an id or a reference to one that holds an invisible
    /// character (U+00A0, U+200B …): it would look like the right id and
    /// not match. Returns whether it did.
    pub(crate) fn invisible_in_id(&mut self, v: &S<Text>) -> bool {
        let id = &v.value.0;
        let Some(c) = id.chars().find(|&c| crate::text::invisible(c).is_some()) else {
            return false;
        };
        self.error(
            at(v),
            Message::InvisibleChar {
                name: crate::text::char_name(c),
                value: id.clone(),
                in_key: false,
            },
        );
        true
    }

    /// An id: checks its form and that it is unique among `seen`.
    pub(crate) fn id(
        &mut self,
        kind: IdKind,
        v: &S<Text>,
        seen: &mut BTreeMap<String, u32>,
    ) -> String {
        let id = v.value.0.clone();
        let ok = id
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            && id.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.')
            });
        if !ok && !self.invisible_in_id(v) {
            self.error(at(v), Message::BadId { id: id.clone() });
        }
        let line = at(v).map_or(0, |p| p.line);
        if let Some(first_line) = seen.get(&id) {
            self.error(
                at(v),
                Message::DuplicateId {
                    kind,
                    id: id.clone(),
                    first_line: *first_line,
                },
            );
        } else {
            seen.insert(id.clone(), line);
        }
        id
    }
}

/// Whether a number as written (`95`, `12.5`, `1_000`) has at most
/// [`TARGET_DIGITS`] significant digits and [`TARGET_DECIMALS`] decimals;
/// an exponent (`1e3`) is refused, since it is not printed as written.
fn digits_fit(written: &str) -> bool {
    let s = written.trim_start_matches(['+', '-']).replace('_', "");
    if !s.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return false;
    }
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    int.len() + frac.len() <= TARGET_DIGITS && frac.len() <= TARGET_DECIMALS
}

/// Lowers a parsed file to the model. Returns the program only when no error
/// was found; the diagnostics (errors and warnings) come back either way.
pub(crate) fn lower(
    raw: &RawProgram,
    file: &str,
    source: &str,
) -> (Option<Program>, Vec<Diagnostic>) {
    let mut cx = Ctx::new(file, source);
    let issuer = document::issuer(&mut cx, &raw.issuer);
    let format = document::format(&mut cx, raw.format.as_ref(), issuer.kind);
    let document = document::document(&mut cx, &raw.document, &issuer, format);
    let doc_date = document.as_ref().map(|d| d.date);
    let cited = document::cited(&mut cx, &raw.cited, doc_date);

    let purposes: Vec<String> = raw
        .purposes
        .value
        .iter()
        .map(|p| cx.text("purposes", p))
        .collect();
    if purposes.is_empty() {
        cx.error(
            at(&raw.purposes),
            Message::EmptyText {
                field: "purposes".into(),
            },
        );
    }
    let requirements = raw
        .requirements
        .iter()
        .map(|p| cx.text("requirements", p))
        .collect();
    let objectives = raw
        .objectives
        .as_ref()
        .map(|o| objectives(&mut cx, o, doc_date));

    let mut reg = tasks::Registry::new(&mut cx, &raw.agencies);
    let groups = reg.groups(&mut cx, &raw.groups, doc_date);
    let implementation = reg.implementation(&mut cx, &raw.implementation);
    reg.report_unused(&mut cx, !raw.groups.value.is_empty());
    let closing = cx.opt_text("closing", &raw.closing);

    if let Some(d) = &document
        && d.kind == DocumentKind::ActionProgram
        && !raw.cited.iter().any(|c| {
            c.value
                .role
                .as_ref()
                .and_then(|r| CitationRole::parse(&r.value.0))
                == Some(CitationRole::Implements)
        })
    {
        cx.warn(
            cx.key_of(&raw.document, "document"),
            Message::NoImplementedDocument,
        );
    }

    let diags = cx.finish();
    if diags.iter().any(Diagnostic::is_error) {
        return (None, diags);
    }
    let Some(document) = document else {
        return (None, diags);
    };
    let program = Program {
        format,
        issuer,
        document,
        cited,
        agencies: reg.into_agencies(),
        purposes,
        requirements,
        objectives,
        groups,
        implementation,
        closing,
    };
    (Some(program), diags)
}

fn objectives(
    cx: &mut Ctx<'_>,
    o: &S<crate::raw::RawObjectives>,
    doc_date: Option<VnDate>,
) -> Objectives {
    let general = cx.opt_text("objectives.general", &o.value.general);
    let targets = o
        .value
        .targets
        .iter()
        .map(|t| {
            let t = &t.value;
            let year = t.year.value;
            if !(crate::date::MIN_YEAR..=crate::date::MAX_YEAR).contains(&year) {
                cx.error(at(&t.year), Message::TargetYearOutOfRange { year });
            } else if let Some(d) = doc_date
                && year < d.year()
            {
                cx.warn(at(&t.year), Message::TargetYearPast { year });
            }
            cx.target_value(&t.value);
            Target {
                text: cx.text("objectives.targets.text", &t.text),
                value: t.value.value,
                unit: cx.opt_text("objectives.targets.unit", &t.unit),
                year,
            }
        })
        .collect();
    Objectives { general, targets }
}

/// Whether a format was chosen explicitly or follows the issuer.
pub(crate) fn default_format(party: bool) -> FormatKind {
    if party {
        FormatKind::Party
    } else {
        FormatKind::State
    }
}
