//! The JSON Schema of a profile file.

use super::ProfilePatch;
use super::rules::{Bounds, MARGIN_MM, NUMBERS, PAGE_MM, TEXT_SIZE_PT};
use super::{Profile, TextStyle};
use serde_json::{Map, Value};

/// The JSON Schema (draft 2020-12) of a profile file as
/// [`Adjustment::from_yaml`](super::Adjustment::from_yaml) reads it: every
/// key optional at every depth, unknown keys refused, `base` one of the
/// built-in profiles, the bounds of the range rules as `minimum` and
/// `maximum`, and a Vietnamese description of every key that ends with its
/// value in each base profile (there is no one `default`: it is that of the
/// document's base).
///
/// ```
/// let schema = vanban_render::profile::profile_schema();
/// assert_eq!(schema["title"], "Hồ sơ thể thức (vanban)");
/// assert_eq!(schema["additionalProperties"], false);
/// assert!(schema.get("required").is_none());
/// let line = &schema["properties"]["line_height_pt"];
/// assert_eq!(line["minimum"], 6.0);
/// assert!(line["description"].as_str().unwrap().ends_with("Gốc party-hd36: 18; gốc state-nd30: 18."));
/// assert_eq!(schema["properties"]["base"]["enum"], serde_json::json!(["party-hd36", "state-nd30"]));
/// ```
pub fn profile_schema() -> Value {
    let mut schema = schemars::schema_for!(ProfilePatch);
    schema.insert("title".into(), "Hồ sơ thể thức (vanban)".into());
    let mut value = schema.to_value();
    let bases = [
        ("party-hd36", to_map(&Profile::party_hd36())),
        ("state-nd30", to_map(&Profile::state_nd30())),
    ];
    if let Some(props) = value
        .pointer_mut("/properties")
        .and_then(Value::as_object_mut)
    {
        for (key, prop) in props.iter_mut() {
            let Some(prop) = prop.as_object_mut() else {
                continue;
            };
            prop.remove("default");
            let values: Vec<String> = bases
                .iter()
                .filter_map(|(name, map)| Some(format!("gốc {name}: {}", describe(map.get(key)?))))
                .collect();
            if !values.is_empty()
                && let Some(Value::String(d)) = prop.get_mut("description")
            {
                let joined = values.join("; ");
                let mut first = joined.chars();
                let joined: String = first
                    .next()
                    .map(|c| c.to_uppercase().chain(first).collect())
                    .unwrap_or_default();
                d.push_str(&format!(" {joined}."));
            }
            match key.as_str() {
                "page_mm" => bound_items(prop, PAGE_MM),
                "margins_mm" => bound_items(prop, MARGIN_MM),
                _ => {}
            }
            if let Some((_, _, b)) = NUMBERS.iter().find(|(k, _, _)| k == key) {
                bound(prop, *b);
            }
        }
    }
    if let Some(props) = value
        .pointer_mut("/$defs/TextStyle/properties")
        .and_then(Value::as_object_mut)
    {
        // A style's keys fall back to that element's style in the base
        // profile, not to `TextStyle::default()`.
        for (key, prop) in props.iter_mut() {
            if let Some(prop) = prop.as_object_mut() {
                prop.remove("default");
                if key == "size" {
                    bound(prop, TEXT_SIZE_PT);
                }
            }
        }
    }
    value
}

fn to_map(p: &Profile) -> Map<String, Value> {
    match serde_json::to_value(p) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

/// A base value in words: "18", "[20, 20, 30, 15]", "15 pt, đậm, in hoa",
/// "(trống)", "(không đặt)".
fn describe(v: &Value) -> String {
    if let Ok(style) = serde_json::from_value::<TextStyle>(v.clone())
        && v.get("size").is_some()
    {
        let mut words = vec![format!("{} pt", num(style.size as f64))];
        for (on, word) in [
            (style.bold, "đậm"),
            (style.italic, "nghiêng"),
            (style.underline, "gạch chân"),
            (style.caps, "in hoa"),
        ] {
            if on {
                words.push(word.into());
            }
        }
        return words.join(", ");
    }
    match v {
        Value::Null => "(không đặt)".into(),
        Value::String(s) if s.is_empty() => "(trống)".into(),
        Value::String(s) => format!("\"{s}\""),
        Value::Number(n) => n.as_f64().map_or_else(|| n.to_string(), num),
        Value::Array(a) => format!(
            "[{}]",
            a.iter().map(describe).collect::<Vec<_>>().join(", ")
        ),
        other => other.to_string(),
    }
}

/// 18.0 → "18", 0.45 as an f32 → "0.45".
fn num(v: f64) -> String {
    super::rules::show(v as f32)
}

fn bound(prop: &mut Map<String, Value>, b: Bounds) {
    let n = |v: f32| Value::from(v as f64);
    match b.min {
        Some((v, false)) => prop.insert("minimum".into(), n(v)),
        Some((v, true)) => prop.insert("exclusiveMinimum".into(), n(v)),
        None => None,
    };
    match b.max {
        Some((v, false)) => prop.insert("maximum".into(), n(v)),
        Some((v, true)) => prop.insert("exclusiveMaximum".into(), n(v)),
        None => None,
    };
}

fn bound_items(prop: &mut Map<String, Value>, b: Bounds) {
    match prop.get_mut("items").and_then(Value::as_object_mut) {
        Some(items) => bound(items, b),
        None => {
            // schemars writes a fixed-length list as `prefixItems`.
            if let Some(Value::Array(items)) = prop.get_mut("prefixItems") {
                for item in items.iter_mut().filter_map(Value::as_object_mut) {
                    bound(item, b);
                }
            }
        }
    }
}
