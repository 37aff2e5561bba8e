//! From bytes to the raw YAML structs: encoding and character checks, then
//! serde-saphyr with tight budgets, its errors turned into diagnostics.

use crate::Loaded;
use crate::diagnostic::{Diagnostic, Diagnostics, Pos};
use crate::messages::{Limit, Message};
use crate::text::{char_name, invisible, is_forbidden_char};
use serde::de::DeserializeOwned;
use serde::de::IgnoredAny;
use serde_saphyr::{Error as YamlError, Location, Spanned};

/// The largest input accepted, in bytes (a program's limit, the largest of
/// the YAML kinds in [`crate::read::InputKind::limit`]).
pub const MAX_INPUT_BYTES: usize = crate::read::InputKind::Program.limit() as usize;

/// Converts a serde-saphyr location to ours; `None` for an unknown one.
pub(crate) fn pos_of(loc: Location) -> Option<Pos> {
    let (line, column) = (loc.line(), loc.column());
    if line == 0 {
        return None;
    }
    let len = loc.span().len().clamp(1, u64::from(u32::MAX));
    Some(Pos {
        line: line as u32,
        column: column as u32,
        len: len as u32,
    })
}

/// Checks the encoding and returns the text without a byte-order mark.
pub(crate) fn decode<'a>(bytes: &'a [u8], file: &str) -> Result<&'a str, Box<Diagnostic>> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Box::new(Diagnostic::error(
            file,
            None,
            Message::FileTooLarge {
                bytes: bytes.len() as u64,
                max: MAX_INPUT_BYTES as u64,
            },
        )));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Box::new(Diagnostic::error(
            file,
            Some(Pos::at(1, 1)),
            Message::Utf16,
        )));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        // The prefix is valid UTF-8 by construction.
        let prefix = std::str::from_utf8(good).unwrap_or_default();
        let line = prefix.matches('\n').count() as u32 + 1;
        let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
        Box::new(Diagnostic::error(
            file,
            Some(Pos::at(line, column)),
            Message::NotUtf8 {
                offset: e.valid_up_to(),
            },
        ))
    })
}

/// Reports every character that cannot appear in a Word document.
pub(crate) fn forbidden_chars(text: &str, file: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        for (col, c) in line.chars().enumerate() {
            if is_forbidden_char(c) && !(c == '\r' && col + 1 == line.chars().count()) {
                let pos = Pos::at(i as u32 + 1, col as u32 + 1);
                out.push(Diagnostic::error(
                    file,
                    Some(pos),
                    Message::ForbiddenChar { name: char_name(c) },
                ));
                if out.len() >= 20 {
                    return out;
                }
            }
        }
    }
    out
}

/// Reports the refused characters that only decoding shows: an escape in a
/// double-quoted value (`"\u0000"`, `"\e"`, `"\uFEFF"`, `"\u202E"`) makes
/// a character the raw text does not hold; and an invisible character
/// (U+00A0, U+200B …) in a key, where nobody means one. Each is reported at
/// the value or key that holds it. The file is parsed a second time only
/// when it holds a backslash or an invisible character.
pub(crate) fn decoded_chars(text: &str, file: &str) -> Vec<Diagnostic> {
    if !text.chars().any(|c| c == '\\' || invisible(c).is_some()) {
        return Vec::new();
    }
    let Ok(tree) = serde_saphyr::from_str_with_options::<Spanned<Node>>(text, options()) else {
        // The typed parse reports what is wrong with the file.
        return Vec::new();
    };
    let mut out = Vec::new();
    walk(&tree, false, file, &mut out);
    out
}

/// One YAML node, with the strings it holds (keys and values).
enum Node {
    Str(String),
    Seq(Vec<Spanned<Node>>),
    Map(Vec<(Spanned<Node>, Spanned<Node>)>),
    Other,
}

fn walk(node: &Spanned<Node>, key: bool, file: &str, out: &mut Vec<Diagnostic>) {
    if out.len() >= 20 {
        return;
    }
    match &node.value {
        Node::Str(s) => {
            let pos = pos_of(node.referenced);
            if let Some(c) = s.chars().find(|&c| is_forbidden_char(c)) {
                out.push(Diagnostic::error(
                    file,
                    pos,
                    Message::ForbiddenChar { name: char_name(c) },
                ));
            } else if let Some(c) = s.chars().find(|&c| key && invisible(c).is_some()) {
                out.push(Diagnostic::error(
                    file,
                    pos,
                    Message::InvisibleChar {
                        name: char_name(c),
                        value: s.clone(),
                        in_key: true,
                    },
                ));
            }
        }
        Node::Seq(items) => items.iter().for_each(|n| walk(n, false, file, out)),
        Node::Map(entries) => entries.iter().for_each(|(k, v)| {
            walk(k, true, file, out);
            walk(v, false, file, out);
        }),
        Node::Other => {}
    }
}

impl<'de> serde::Deserialize<'de> for Node {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> serde::de::Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry::<Spanned<Node>, Spanned<Node>>()? {
            entries.push(entry);
        }
        Ok(Node::Map(entries))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<Node>>()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Str(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::Str(v))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_i128<E>(self, _: i128) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_u128<E>(self, _: u128) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        d.deserialize_any(self)
    }
}

/// The raw-text and decoded-value character checks, together.
pub(crate) fn refused_chars(text: &str, file: &str) -> Vec<Diagnostic> {
    let raw = forbidden_chars(text, file);
    if raw.is_empty() {
        decoded_chars(text, file)
    } else {
        raw
    }
}

/// The steps every input file goes through: byte-order mark, forbidden
/// characters, YAML into the raw type `R`, then `lower` (which checks the
/// values and returns the model only when it found no error).
pub(crate) fn from_text<R: DeserializeOwned, T>(
    text: &str,
    file: &str,
    lower: impl FnOnce(&R, &str) -> (Option<T>, Vec<Diagnostic>),
) -> Result<Loaded<T>, Diagnostics> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let forbidden = refused_chars(text, file);
    if !forbidden.is_empty() {
        return Err(Diagnostics(forbidden));
    }
    let raw: R = parse(text, file).map_err(|d| Diagnostics(vec![*d]))?;
    match lower(&raw, text) {
        (Some(value), warnings) => Ok(Loaded { value, warnings }),
        (None, diags) => Err(Diagnostics(diags)),
    }
}

/// [`decode`], then `from_text` on the text.
pub(crate) fn from_bytes<T>(
    bytes: &[u8],
    file: &str,
    from_text: impl FnOnce(&str) -> Result<Loaded<T>, Diagnostics>,
) -> Result<Loaded<T>, Diagnostics> {
    let text = decode(bytes, file).map_err(|d| Diagnostics(vec![*d]))?;
    from_text(text)
}

fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: 24,
            max_aliases: 1_000,
            max_anchors: 1_000,
            max_nodes: 200_000,
            max_documents: 1,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: 20_000,
            max_replay_stack_depth: 8,
            max_alias_expansions_per_anchor: 200,
        },
        with_snippet: false,
    }
}

/// Parses YAML text into `T`, turning a failure into one diagnostic.
///
/// The typed deserializer can fail on a missing or mistyped field before the
/// parser reaches a syntax error further on (a mis-indented key ends a
/// mapping early). So when it fails for a reason other than syntax, the text
/// is parsed once more without a target type, and a syntax error found that
/// way is reported instead, since fixing it is the first step.
pub(crate) fn parse<T: DeserializeOwned>(text: &str, file: &str) -> Result<T, Box<Diagnostic>> {
    if is_blank(text) {
        return Err(Box::new(Diagnostic::error(file, None, Message::EmptyFile)));
    }
    serde_saphyr::from_str_with_options(text, options()).map_err(|typed| {
        let typed = indent_char(refine(to_diagnostic(&typed, file), text), text);
        if is_syntax(&typed.message) {
            return Box::new(typed);
        }
        match serde_saphyr::from_str_with_options::<IgnoredAny>(text, options()) {
            Err(e) => {
                let untyped = indent_char(to_diagnostic(&e, file), text);
                Box::new(if is_syntax(&untyped.message) {
                    untyped
                } else {
                    typed
                })
            }
            Ok(_) => Box::new(typed),
        }
    })
}

/// How far after the place of a syntax error a line indented with a tab or
/// a no-break space is still taken as its cause: the parser reports a tab
/// at the end of the line before it, or at the start of the value it ends.
const INDENT_LOOKAHEAD: u32 = 5;

/// A syntax error caused by a tab or a no-break space in a line's
/// indentation is reported on that line and character, naming it (the
/// parser reports it a line early, or further on), rather than as the
/// parser's message at the parser's place.
fn indent_char(d: Diagnostic, text: &str) -> Diagnostic {
    if !matches!(d.message, Message::YamlSyntax { .. }) {
        return d;
    }
    let limit = d
        .pos
        .map_or(u32::MAX, |p| p.line.saturating_add(INDENT_LOOKAHEAD));
    for (i, line) in text.split('\n').enumerate() {
        let number = i as u32 + 1;
        if number > limit {
            break;
        }
        let indent = line
            .chars()
            .take_while(|c| matches!(c, ' ' | '\t' | '\u{A0}'));
        if let Some((col, c)) = indent.enumerate().find(|&(_, c)| c != ' ') {
            let name = match c {
                '\t' => "U+0009 TAB".to_owned(),
                c => char_name(c),
            };
            return Diagnostic::error(
                &d.file,
                Some(Pos::at(number, col as u32 + 1)),
                Message::IndentChar { name },
            );
        }
    }
    d
}

/// A scalar that could not be read as a number or a boolean is reported
/// by the parser as "found a string" whatever it was. Where the source
/// says better, the message does: nothing after the colon is an empty
/// value, and a number of the wrong kind (`-1` for a count) is not a text.
fn refine(mut d: Diagnostic, text: &str) -> Diagnostic {
    let (Message::WrongType { found, .. }, Some(pos)) = (&mut d.message, d.pos) else {
        return d;
    };
    if found.as_deref() != Some("string") {
        return d;
    }
    let Some(line) = text.split('\n').nth((pos.line as usize).saturating_sub(1)) else {
        return d;
    };
    let rest: String = line
        .trim_end_matches('\r')
        .chars()
        .skip((pos.column as usize).saturating_sub(1))
        .collect();
    let value = rest.strip_prefix(':').unwrap_or(&rest).trim();
    if value.is_empty() || value.starts_with('#') {
        d.message = Message::NullValue;
    } else {
        let scalar: String = rest.chars().take(pos.len as usize).collect();
        if scalar.trim().parse::<f64>().is_ok() {
            *found = None;
        }
    }
    d
}

/// Whether a text holds no YAML: only blank lines and comments.
pub(crate) fn is_blank(text: &str) -> bool {
    text.lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
}

/// Like [`parse`], for a file whose root must be a mapping: when the typed
/// parse fails and the root is something else, the diagnostic is the one
/// `not_mapping` makes of what was found, at the root, rather than the
/// deserializer's.
pub(crate) fn parse_mapping<T: DeserializeOwned>(
    text: &str,
    file: &str,
    not_mapping: impl FnOnce(String) -> Message,
) -> Result<T, Box<Diagnostic>> {
    parse(text, file).map_err(|d| {
        if is_syntax(&d.message) {
            return d;
        }
        match serde_saphyr::from_str_with_options::<Root>(text, options()) {
            Ok(Root {
                kind: Some(kind),
                pos,
            }) => Box::new(Diagnostic::error(
                file,
                pos.or(d.pos),
                not_mapping(kind.to_string()),
            )),
            _ => d,
        }
    })
}

/// What the root of a file is, when it is not a mapping (`kind: None` for a
/// mapping), and where it starts.
struct Root {
    kind: Option<&'static str>,
    pos: Option<Pos>,
}

impl<'de> serde::Deserialize<'de> for Root {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let at = serde_saphyr::Spanned::<Kind>::deserialize(d)?;
        Ok(Root {
            kind: at.value.0,
            pos: pos_of(at.referenced),
        })
    }
}

/// The kind of one YAML node, read without reading what is inside it.
struct Kind(Option<&'static str>);

impl<'de> serde::Deserialize<'de> for Kind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(KindVisitor)
    }
}

struct KindVisitor;

impl<'de> serde::de::Visitor<'de> for KindVisitor {
    type Value = Kind;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Kind, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Kind(None))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Kind, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Kind(Some("sequence")))
    }

    fn visit_str<E>(self, _: &str) -> Result<Kind, E> {
        Ok(Kind(Some("string")))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Kind, E> {
        Ok(Kind(Some("boolean")))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Kind, E> {
        Ok(Kind(Some("integer")))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Kind, E> {
        Ok(Kind(Some("integer")))
    }

    fn visit_i128<E>(self, _: i128) -> Result<Kind, E> {
        Ok(Kind(Some("integer")))
    }

    fn visit_u128<E>(self, _: u128) -> Result<Kind, E> {
        Ok(Kind(Some("integer")))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Kind, E> {
        Ok(Kind(Some("float")))
    }

    fn visit_unit<E>(self) -> Result<Kind, E> {
        Ok(Kind(Some("null")))
    }

    fn visit_none<E>(self) -> Result<Kind, E> {
        Ok(Kind(Some("null")))
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Kind, D::Error> {
        d.deserialize_any(self)
    }
}

fn is_syntax(m: &Message) -> bool {
    matches!(
        m,
        Message::YamlSyntax { .. }
            | Message::IndentChar { .. }
            | Message::MultipleDocuments
            | Message::LimitExceeded { .. }
            | Message::UnknownAnchor
            | Message::RecursiveAlias
            | Message::DuplicateKey { .. }
    )
}

fn strip_location(s: &str) -> String {
    match s.find(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s.to_string(),
    }
}

fn to_diagnostic(err: &YamlError, file: &str) -> Diagnostic {
    let pos = err.location().and_then(pos_of);
    let inner = match err.without_snippet() {
        YamlError::AliasError { error, .. } => error.as_ref(),
        other => other,
    };
    let message = match inner {
        YamlError::SerdeUnknownField {
            field, expected, ..
        } => Message::UnknownKey {
            key: field.clone(),
            expected: expected.iter().map(|s| (*s).to_string()).collect(),
            suggestion: crate::suggest::closest(field, expected.iter().copied()),
        },
        YamlError::DuplicateMappingKey { key, .. } => Message::DuplicateKey {
            key: key.clone().unwrap_or_default(),
        },
        YamlError::SerdeMissingField { field, .. } => Message::MissingField {
            field: (*field).to_string(),
        },
        YamlError::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | YamlError::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => Message::WrongType {
            expected: expected.clone(),
            found: Some(unexpected.clone()),
        },
        YamlError::SerdeInvalidLength { len, expected, .. } => Message::WrongLength {
            expected: expected.clone(),
            len: *len,
        },
        YamlError::SerdeUnknownVariant {
            variant, expected, ..
        } => Message::UnknownChoice {
            value: variant.clone(),
            accepted: expected.iter().map(|s| (*s).to_string()).collect(),
            suggestion: crate::suggest::closest(variant, expected.iter().copied()),
        },
        YamlError::InvalidScalar { ty, .. } => Message::WrongType {
            expected: (*ty).to_string(),
            found: Some("string".into()),
        },
        YamlError::Unexpected { expected, .. } => Message::WrongType {
            expected: (*expected).to_string(),
            found: None,
        },
        YamlError::NullIntoString { .. } => Message::NullValue,
        YamlError::UnknownAnchor { .. } => Message::UnknownAnchor,
        YamlError::RecursiveReferencesRequireWeakTypes { .. } => Message::RecursiveAlias,
        YamlError::MultipleDocuments { .. } => Message::MultipleDocuments,
        YamlError::Budget { breach, .. } => breach_message(breach),
        YamlError::AliasReplayLimitExceeded { .. }
        | YamlError::AliasExpansionLimitExceeded { .. }
        | YamlError::AliasReplayStackDepthExceeded { .. } => Message::LimitExceeded {
            limit: Limit::Aliases,
        },
        YamlError::ExternalMessage { msg, .. } if msg.contains("recursion limit") => {
            Message::LimitExceeded {
                limit: Limit::Depth,
            }
        }
        YamlError::ExternalMessage { msg, .. } => Message::YamlSyntax {
            detail: strip_location(msg),
        },
        YamlError::Eof { .. } => Message::YamlSyntax {
            detail: "unexpected end of stream".into(),
        },
        YamlError::InvalidUtf8Input => Message::NotUtf8 { offset: 0 },
        other => Message::YamlOther {
            detail: strip_location(&other.to_string()),
        },
    };
    Diagnostic::error(file, pos, message)
}

fn breach_message(breach: &serde_saphyr::budget::BudgetBreach) -> Message {
    use serde_saphyr::budget::BudgetBreach as B;
    let limit = match breach {
        B::Documents { .. } => return Message::MultipleDocuments,
        B::Depth { .. } => Limit::Depth,
        B::Aliases { .. } | B::AliasAnchorRatio { .. } | B::Anchors { .. } => Limit::Aliases,
        _ => Limit::Size,
    };
    Message::LimitExceeded { limit }
}
