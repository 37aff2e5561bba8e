//! The loader skeleton, for input files whose types live in another crate
//! (the format profile, in vanban-render): the same steps as the program,
//! status and project files (byte-order mark, size limit, forbidden
//! characters, serde-saphyr with its budgets, every error with its file,
//! line and column, from the one catalogue), then the caller's own checks
//! through a [`Checker`].
//!
//! ```
//! use serde::Deserialize;
//! use vanban_core::loader::{self, Checker, Spanned};
//! use vanban_core::{Lang, Message};
//!
//! #[derive(Deserialize, Default)]
//! #[serde(deny_unknown_fields)]
//! struct Raw {
//!     #[serde(default)]
//!     name: Option<Spanned<String>>,
//! }
//!
//! let lower = |raw: &Raw, ck: &mut Checker<'_>| {
//!     let name = raw.name.as_ref().map(|n| n.value.clone()).unwrap_or_default();
//!     if let Some(n) = raw.name.as_ref().filter(|n| n.value.is_empty()) {
//!         ck.error(loader::pos(n), Message::EmptyText { field: "name".into() });
//!     }
//!     Some(name)
//! };
//! let not_mapping = |found| Message::ProfileNotMapping { found };
//! let ok = loader::mapping_from_yaml("name: a\n", "f.yaml", not_mapping, lower).unwrap();
//! assert_eq!(ok.value, "a");
//! // An empty file is an empty mapping.
//! assert_eq!(loader::mapping_from_yaml("# nothing\n", "f.yaml", not_mapping, lower).unwrap().value, "");
//!
//! let err = loader::mapping_from_yaml("nmae: a\n", "f.yaml", not_mapping, lower).unwrap_err();
//! let d = err.errors().next().unwrap();
//! assert_eq!(d.headline(Lang::Vi), "f.yaml:1:1: lỗi[unknown-key]: trường không hợp lệ 'nmae'");
//! assert_eq!(d.message.hint(Lang::En).unwrap(), "did you mean 'name'? Valid fields: 'name'");
//!
//! let err = loader::mapping_from_yaml("- a\n", "f.yaml", not_mapping, lower).unwrap_err();
//! assert_eq!(err.errors().next().unwrap().message.code(), "profile-not-mapping");
//! ```

use crate::Loaded;
use crate::diagnostic::{Diagnostic, Diagnostics, Pos};
use crate::load;
use crate::lower::Ctx;
use crate::messages::Message;
use serde::de::DeserializeOwned;

pub use serde_saphyr::Spanned;

/// Where a value read with its span is: the line and column of its first
/// character and its length; `None` when the parser could not tell.
pub fn pos<T>(v: &Spanned<T>) -> Option<Pos> {
    load::pos_of(v.referenced)
}

/// Collects the diagnostics of a caller's checks; they come back sorted by
/// position, at most 100 of them and a count of the rest, like every file's.
pub struct Checker<'a> {
    cx: Ctx<'a>,
}

impl Checker<'_> {
    /// Reports an error: the value is not used.
    pub fn error(&mut self, pos: Option<Pos>, message: Message) {
        self.cx.error(pos, message);
    }

    /// Reports a warning.
    pub fn warn(&mut self, pos: Option<Pos>, message: Message) {
        self.cx.warn(pos, message);
    }

    /// Whether an error was reported.
    pub fn has_errors(&self) -> bool {
        self.cx.diags.iter().any(Diagnostic::is_error)
    }

    /// The diagnostics reported so far, in the order of discovery.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.cx.diags
    }
}

/// Loads a file whose root is a mapping of optional keys into the raw type
/// `R`, then runs `lower` on it. A file with no YAML in it (empty, or only
/// comments) is `R::default()`, no change at all; a root that is not a
/// mapping is refused with the message `not_mapping` makes of what was found
/// ("sequence", "string", "integer", "float", "boolean", "null"). The value
/// `lower` returns is used only when no error was reported.
pub fn mapping_from_yaml<R: DeserializeOwned + Default, T>(
    text: &str,
    file: &str,
    not_mapping: impl FnOnce(String) -> Message,
    lower: impl FnOnce(&R, &mut Checker<'_>) -> Option<T>,
) -> Result<Loaded<T>, Diagnostics> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let forbidden = load::refused_chars(text, file);
    if !forbidden.is_empty() {
        return Err(Diagnostics(forbidden));
    }
    let raw: R = if load::is_blank(text) {
        R::default()
    } else {
        load::parse_mapping(text, file, not_mapping).map_err(|d| Diagnostics(vec![*d]))?
    };
    let mut ck = Checker {
        cx: Ctx::new(file, text),
    };
    let value = lower(&raw, &mut ck);
    let failed = ck.has_errors();
    let diags = ck.cx.finish();
    match value {
        Some(value) if !failed => Ok(Loaded {
            value,
            warnings: diags,
        }),
        _ => Err(Diagnostics(diags)),
    }
}

/// Like [`mapping_from_yaml`], from bytes: a file larger than 16 MiB, not
/// UTF-8 or UTF-16 is reported as for every input.
pub fn mapping_from_yaml_bytes<R: DeserializeOwned + Default, T>(
    bytes: &[u8],
    file: &str,
    not_mapping: impl FnOnce(String) -> Message,
    lower: impl FnOnce(&R, &mut Checker<'_>) -> Option<T>,
) -> Result<Loaded<T>, Diagnostics> {
    load::from_bytes(bytes, file, |text| {
        mapping_from_yaml(text, file, not_mapping, lower)
    })
}
