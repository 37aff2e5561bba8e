//! JSON Schemas (draft 2020-12) of the input files, generated from the serde
//! types that read them, with a Vietnamese description of every field. An
//! editor that knows the schema completes and checks a file while it is
//! typed: VS Code with the Red Hat YAML extension reads it from a first line
//! such as `# yaml-language-server: $schema=schemas/program.schema.json`.
//!
//! A schema says what the loader accepts as a shape: the keys (unknown keys
//! are refused, as by the loader), which of them are required, the YAML type
//! of each value, the closed vocabularies (`enum`, from [`crate::kinds`]),
//! the form of dates and ids. What needs the whole file (an agency id that
//! exists, a deadline after the document's date, …) is left to
//! `vanban check`.
//!
//! ```
//! let schema = vanban_core::schema::program();
//! assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert_eq!(schema["additionalProperties"], false);
//! let kinds = &schema["$defs"]["Document"]["properties"]["kind"]["enum"];
//! assert!(kinds.as_array().unwrap().contains(&"chương trình hành động".into()));
//! ```

use crate::kinds::{AgencyKind, CitationRole, DocumentKind, FormatKind, IssuerKind, ReportKind};
use crate::project::OutputFormat;
use crate::project::raw::RawProject;
use crate::raw::RawProgram;
use crate::report::raw::RawStatusFile;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::Value;
use std::borrow::Cow;
use std::marker::PhantomData;

/// The schema of a program file (chương trình hành động, kế hoạch, …).
///
/// ```
/// let schema = vanban_core::schema::program();
/// assert_eq!(schema["title"], "Tệp chương trình (vanban)");
/// let required = schema["required"].as_array().unwrap();
/// assert!(required.contains(&"issuer".into()) && !required.contains(&"format".into()));
/// ```
pub fn program() -> Value {
    root::<RawProgram>("Tệp chương trình (vanban)")
}

/// The schema of a status file: the facts of one report on a program.
///
/// ```
/// let schema = vanban_core::schema::status();
/// assert_eq!(schema["title"], "Tệp tình hình thực hiện (vanban)");
/// let kind = &schema["$defs"]["Report"]["properties"]["kind"];
/// assert_eq!(kind["enum"], serde_json::json!(["định kỳ", "sơ kết", "tổng kết"]));
/// ```
pub fn status() -> Value {
    root::<RawStatusFile>("Tệp tình hình thực hiện (vanban)")
}

/// The schema of a project file, `vanban.yaml`.
///
/// ```
/// let schema = vanban_core::schema::project();
/// assert_eq!(schema["title"], "Tệp dự án vanban.yaml");
/// assert_eq!(schema["properties"]["output"]["default"], "out");
/// let formats = &schema["$defs"]["Options"]["properties"]["formats"];
/// assert_eq!(formats["items"]["enum"], serde_json::json!(["docx", "pdf"]));
/// ```
pub fn project() -> Value {
    root::<RawProject>("Tệp dự án vanban.yaml")
}

/// The root schema of `T` with its title; its description is the doc
/// comment of `T`.
fn root<T: JsonSchema>(title: &str) -> Value {
    let mut schema = schemars::schema_for!(T);
    schema.insert("title".into(), title.into());
    let mut value = schema.to_value();
    drop_null_defaults(&mut value);
    value
}

/// Removes `"default": null`, which schemars writes for an optional field
/// whose type serialises: absent is not a value, and for an option of a
/// project entry the real default is that of `defaults`.
fn drop_null_defaults(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if m.get("default") == Some(&Value::Null) {
                m.remove("default");
            }
            m.values_mut().for_each(drop_null_defaults);
        }
        Value::Array(a) => a.iter_mut().for_each(drop_null_defaults),
        _ => {}
    }
}

/// The forms [`crate::VnDate::parse`] reads: d/m/yyyy or yyyy-mm-dd.
const DATE_PATTERN: &str = "^([0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})$";

/// The form of an id the loader accepts (lower-case ASCII letters, digits,
/// `-`, `_`, `.`; a letter or digit first).
const ID_PATTERN: &str = "^[a-z0-9][a-z0-9._-]*$";

/// A date in the schema: a string of the form the loader reads.
pub(crate) struct Date;

impl JsonSchema for Date {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "pattern": DATE_PATTERN })
    }
}

/// An id (of an agency, group, task or cited document) or a reference to one.
pub(crate) struct Id;

impl JsonSchema for Id {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Id".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "pattern": ID_PATTERN })
    }
}

/// A value of the closed vocabulary `K`: a string `enum` of every spelling
/// `K::parse` accepts as written, from `K::ALL` and `K::spellings`. (The
/// loader also forgives case and spacing; the schema asks for the lower-case
/// spelling of the documentation.)
pub(crate) struct Vocab<K>(PhantomData<K>);

macro_rules! vocab_schema {
    ($($kind:ident),+ $(,)?) => {$(
        impl JsonSchema for Vocab<$kind> {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> Cow<'static, str> {
                stringify!($kind).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                let names: Vec<&str> = $kind::ALL
                    .iter()
                    .flat_map(|k| k.spellings().iter().copied())
                    .collect();
                json_schema!({ "type": "string", "enum": names })
            }
        }
    )+};
}

vocab_schema!(
    AgencyKind,
    CitationRole,
    DocumentKind,
    FormatKind,
    IssuerKind,
    ReportKind
);

impl JsonSchema for Vocab<OutputFormat> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "OutputFormat".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let names: Vec<&str> = OutputFormat::ALL.iter().map(|f| f.name()).collect();
        json_schema!({ "type": "string", "enum": names })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every object of `v` (at any depth) that has `properties`.
    fn objects(v: &Value, out: &mut Vec<Value>) {
        match v {
            Value::Object(m) => {
                if m.contains_key("properties") {
                    out.push(v.clone());
                }
                m.values().for_each(|x| objects(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| objects(x, out)),
            _ => {}
        }
    }

    #[test]
    fn every_object_is_closed_and_every_field_described() {
        for schema in [program(), status(), project()] {
            let mut all = Vec::new();
            objects(&schema, &mut all);
            assert!(all.len() > 2);
            for o in all {
                assert_eq!(o["additionalProperties"], false, "{o}");
                assert!(o["description"].is_string(), "{o}");
                for (key, p) in o["properties"].as_object().unwrap() {
                    let d = p["description"].as_str().unwrap_or_default();
                    assert!(d.len() > 5, "{key}: no description");
                }
            }
        }
    }

    #[test]
    fn vocabularies_come_from_kinds() {
        let s = program();
        let issuer = s["$defs"]["Issuer"]["properties"]["kind"]["enum"]
            .as_array()
            .unwrap();
        for k in IssuerKind::ALL {
            for w in k.spellings() {
                assert!(issuer.contains(&(*w).into()), "{w}");
            }
        }
        assert!(issuer.contains(&"cấp uỷ".into()));
        let role = &s["$defs"]["Cited"]["properties"]["role"];
        assert_eq!(role["type"], serde_json::json!(["string", "null"]));
        assert_eq!(role["enum"].as_array().unwrap().last(), Some(&Value::Null));
        let format = &s["properties"]["format"]["enum"];
        assert_eq!(format, &serde_json::json!(["đảng", "nhà nước", null]));
    }
}
