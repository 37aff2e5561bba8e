//! The wording templates: handlebars, strict, no escaping, compiled into the
//! binary and overridable file by file.

use handlebars::Handlebars;
use handlebars::template::{Parameter, Template, TemplateElement};
use serde::Serialize;
use std::collections::BTreeMap;
use vanban_core::messages::Message;

/// The deepest chain of templates including templates.
pub const MAX_DEPTH: usize = 16;
/// The most includes one rendering of a template may expand into.
pub const MAX_INCLUDES: usize = 10_000;
/// The longest output of one rendering, in megabytes.
pub const MAX_OUTPUT_MB: usize = 4;

/// `(name, text)` pairs of the template files compiled in.
macro_rules! defaults {
    ($($name:ident),+ $(,)?) => {
        &[$((stringify!($name), include_str!(concat!("../../../templates/", stringify!($name), ".hbs")))),+]
    };
}

/// The default templates, by name (the file name without `.hbs`).
pub const DEFAULTS: &[(&str, &str)] = defaults![
    appendix_caption,
    appendix_columns,
    appendix_label,
    appendix_note,
    appendix_title,
    archive,
    group_intro,
    lead_cell,
    objectives_general,
    objectives_targets,
    opening,
    place_date,
    purposes_heading,
    recipient,
    report_appendix_columns,
    report_appendix_note,
    report_appendix_title,
    report_causes_heading,
    report_causes_objective_heading,
    report_causes_subjective_heading,
    report_change,
    report_change_caption,
    report_change_columns,
    report_chart_bar,
    report_chart_caption,
    report_days_late,
    report_due_soon_intro,
    report_due_soon_item,
    report_figure_columns,
    report_figures,
    report_group_figures,
    report_groups_caption,
    report_inspection_heading,
    report_leadership_heading,
    report_leads_caption,
    report_lessons_heading,
    report_opening,
    report_overdue_caption,
    report_overdue_columns,
    report_overdue_intro,
    report_result_cell,
    report_results_heading,
    report_section_assessment,
    report_section_next,
    report_section_proposals,
    report_section_situation,
    report_shortcomings_heading,
    report_strengths_heading,
    report_summary,
    report_total_row,
    requirements_heading,
    section_implementation,
    section_objectives,
    section_purposes,
    section_tasks,
    target,
    task_item,
    timeframe_cell,
    title,
];

/// A problem with a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateError {
    /// An override names no known template.
    Unknown(String),
    /// A template does not parse.
    Syntax {
        /// Template name.
        name: String,
        /// What is wrong.
        detail: String,
    },
    /// Rendering failed (a variable the view does not have, in strict mode).
    Render {
        /// Template name.
        name: String,
        /// What is wrong.
        detail: String,
    },
    /// A bound of the templates: recursion, depth, includes, output size,
    /// a character XML refuses; the message names the template.
    Bound(Message),
}

impl TemplateError {
    /// The catalogue's message, when there is one (both languages).
    pub fn message(&self) -> Option<&Message> {
        match self {
            TemplateError::Bound(m) => Some(m),
            _ => None,
        }
    }
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TemplateError::Unknown(n) => {
                write!(f, "không có mẫu nào tên '{n}' (unknown template '{n}')")
            }
            TemplateError::Syntax { name, detail } => {
                write!(f, "mẫu '{name}.hbs' sai cú pháp: {detail}")
            }
            TemplateError::Render { name, detail } => {
                write!(f, "không dựng được mẫu '{name}.hbs': {detail}")
            }
            TemplateError::Bound(m) => f.write_str(&m.text(vanban_core::Lang::Vi)),
        }
    }
}

impl std::error::Error for TemplateError {}

/// The registered templates.
pub struct Templates {
    hb: Handlebars<'static>,
}

impl Templates {
    /// The defaults, with `overrides` (name → text) replacing some of them.
    pub fn new(overrides: &BTreeMap<String, String>) -> Result<Self, TemplateError> {
        let mut hb = Handlebars::new();
        hb.set_strict_mode(true);
        hb.register_escape_fn(handlebars::no_escape);
        for (name, text) in DEFAULTS {
            let text = overrides.get(*name).map_or(*text, String::as_str);
            hb.register_template_string(name, text)
                .map_err(|e| TemplateError::Syntax {
                    name: (*name).to_string(),
                    detail: e.to_string(),
                })?;
        }
        if let Some(unknown) = overrides
            .keys()
            .find(|k| !DEFAULTS.iter().any(|(n, _)| n == k))
        {
            return Err(TemplateError::Unknown(unknown.clone()));
        }
        for (name, text) in overrides {
            if let Some((line, ch)) = forbidden_in(text) {
                return Err(bound(Message::TemplateForbiddenChar {
                    name: name.clone(),
                    ch,
                    what: xml_forbidden(ch).unwrap_or_default().to_owned(),
                    line: Some(line),
                }));
            }
        }
        check_includes(&hb)?;
        Ok(Self { hb })
    }

    /// The built-in templates only.
    pub fn builtin() -> Self {
        Self::new(&BTreeMap::new()).unwrap_or_else(|_| unreachable_defaults())
    }

    /// Renders template `name` with `view`; the result has its white space trimmed.
    /// Output is bounded ([`MAX_OUTPUT_MB`]) and may hold no character
    /// XML refuses.
    pub fn render<T: Serialize>(&self, name: &str, view: &T) -> Result<String, TemplateError> {
        let mut out = Bounded {
            bytes: Vec::new(),
            over: false,
        };
        let rendered = self.hb.render_to_write(name, view, &mut out);
        if out.over {
            return Err(bound(Message::TemplateTooLong {
                name: name.to_string(),
                max_mb: MAX_OUTPUT_MB,
            }));
        }
        rendered.map_err(|e| TemplateError::Render {
            name: name.to_string(),
            detail: e.to_string(),
        })?;
        let text = String::from_utf8_lossy(&out.bytes);
        if let Some(ch) = text.chars().find(|&c| xml_forbidden(c).is_some()) {
            return Err(bound(Message::TemplateForbiddenChar {
                name: name.to_string(),
                ch,
                what: xml_forbidden(ch).unwrap_or_default().to_owned(),
                line: None,
            }));
        }
        Ok(text.trim().to_string())
    }

    /// Renders a template that takes no variables.
    pub fn fixed(&self, name: &str) -> Result<String, TemplateError> {
        self.render(name, &())
    }
}

use vanban_core::text::xml_forbidden;

fn bound(m: Message) -> TemplateError {
    TemplateError::Bound(m)
}

/// The first character XML refuses in `text`: its line (from 1) and itself.
fn forbidden_in(text: &str) -> Option<(usize, char)> {
    text.lines().enumerate().find_map(|(i, l)| {
        l.chars()
            .find(|&c| xml_forbidden(c).is_some())
            .map(|c| (i + 1, c))
    })
}

/// Template output that stops growing past [`MAX_OUTPUT_MB`].
struct Bounded {
    bytes: Vec<u8>,
    over: bool,
}

impl std::io::Write for &mut Bounded {
    fn write(&mut self, seg: &[u8]) -> std::io::Result<usize> {
        if self.bytes.len() + seg.len() > MAX_OUTPUT_MB << 20 {
            self.over = true;
            return Err(std::io::Error::other("template output too long"));
        }
        self.bytes.extend_from_slice(seg);
        Ok(seg.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The templates each template includes by name (`{{> name}}`, in the
/// order written, once per include), or the first include whose name is
/// computed, or decorator (`{{#*inline}}`), which cannot be bounded.
fn includes(t: &Template, out: &mut Vec<String>) -> Result<(), ()> {
    for e in &t.elements {
        match e {
            TemplateElement::PartialExpression(d) | TemplateElement::PartialBlock(d) => {
                match &d.name {
                    Parameter::Name(n) => out.push(n.clone()),
                    Parameter::Literal(serde_json::Value::String(n)) => out.push(n.clone()),
                    _ => return Err(()),
                }
                if let Some(inner) = &d.template {
                    includes(inner, out)?;
                }
            }
            TemplateElement::DecoratorExpression(_) | TemplateElement::DecoratorBlock(_) => {
                return Err(());
            }
            TemplateElement::HelperBlock(h) => {
                for inner in [&h.template, &h.inverse].into_iter().flatten() {
                    includes(inner, out)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Refuses templates that include each other in a loop, chains of includes
/// deeper than [`MAX_DEPTH`], and templates that would expand into more than
/// [`MAX_INCLUDES`] includes (two includes per level double at every level).
fn check_includes(hb: &Handlebars<'static>) -> Result<(), TemplateError> {
    let mut graph: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (name, _) in DEFAULTS {
        let mut out = Vec::new();
        if let Some(t) = hb.get_template(name) {
            includes(t, &mut out).map_err(|()| {
                bound(Message::TemplateUnboundedInclude {
                    name: (*name).to_string(),
                })
            })?;
        }
        out.retain(|n| DEFAULTS.iter().any(|(d, _)| d == n));
        graph.insert((*name).to_string(), out);
    }
    // Depth-first, in name order: (depth, expansions) of each template.
    let mut done: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for name in graph.keys() {
        let mut path = Vec::new();
        visit(name, &graph, &mut done, &mut path)?;
    }
    Ok(())
}

fn visit(
    name: &str,
    graph: &BTreeMap<String, Vec<String>>,
    done: &mut BTreeMap<String, (usize, usize)>,
    path: &mut Vec<String>,
) -> Result<(usize, usize), TemplateError> {
    if let Some(&d) = done.get(name) {
        return Ok(d);
    }
    if let Some(at) = path.iter().position(|p| p == name) {
        let mut chain = path[at..].to_vec();
        chain.push(name.to_string());
        return Err(bound(Message::TemplateRecursion { chain }));
    }
    path.push(name.to_string());
    if path.len() > MAX_DEPTH + 1 {
        return Err(bound(Message::TemplateTooDeep {
            chain: path.clone(),
            max: MAX_DEPTH,
        }));
    }
    let (mut depth, mut count) = (0usize, 0usize);
    for next in graph.get(name).map(Vec::as_slice).unwrap_or_default() {
        let (d, c) = visit(next, graph, done, path)?;
        depth = depth.max(d + 1);
        count = count.saturating_add(c.saturating_add(1));
    }
    if count > MAX_INCLUDES {
        return Err(bound(Message::TemplateTooManyIncludes {
            name: name.to_string(),
            max: MAX_INCLUDES,
        }));
    }
    path.pop();
    done.insert(name.to_string(), (depth, count));
    Ok((depth, count))
}

/// The defaults are compiled in and covered by tests, so they always parse.
#[allow(clippy::panic)]
fn unreachable_defaults() -> Templates {
    panic!("the built-in templates do not parse")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(pairs: &[(&str, &str)]) -> Result<Templates, TemplateError> {
        let o: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
            .collect();
        Templates::new(&o)
    }

    #[test]
    fn templates_that_include_each_other_are_refused_by_name() {
        let err = with(&[("opening", "a {{> title}}"), ("title", "b {{> opening}}")])
            .err()
            .unwrap();
        assert_eq!(
            err.message().map(|m| m.text(vanban_core::Lang::En)),
            Some("templates include each other without end: 'opening.hbs' → 'title.hbs' → 'opening.hbs'".into())
        );
        let own = with(&[("opening", "{{> opening}}")]).err().unwrap();
        assert_eq!(own.message().map(Message::code), Some("template-recursion"));
    }

    #[test]
    fn doubling_includes_are_bounded_in_depth_and_count() {
        // 20 templates, each including the next twice: 2^20 expansions.
        let names: Vec<&str> = DEFAULTS.iter().map(|(n, _)| *n).take(21).collect();
        let texts: Vec<String> = names
            .windows(2)
            .map(|w| format!("x{{{{> {n}}}}}{{{{> {n}}}}}", n = w[1]))
            .collect();
        let pairs: Vec<(&str, &str)> = names
            .iter()
            .zip(&texts)
            .map(|(n, t)| (*n, t.as_str()))
            .collect();
        let err = with(&pairs).err().unwrap();
        assert_eq!(err.message().map(Message::code), Some("template-too-deep"));
        // Twelve levels are not too deep, but 2^12 · … includes in a
        // wide fan are too many.
        let wide: String = (0..200)
            .map(|_| format!("{{{{> {}}}}}", names[1]))
            .collect();
        let wider: String = (0..200)
            .map(|_| format!("{{{{> {}}}}}", names[2]))
            .collect();
        let err = with(&[(names[0], &wide), (names[1], &wider)])
            .err()
            .unwrap();
        assert_eq!(
            err.message().map(Message::code),
            Some("template-too-many-includes")
        );
    }

    #[test]
    fn output_is_bounded_and_free_of_characters_xml_refuses() {
        // A loop over a big view: 5 MB of output.
        let t = with(&[("place_date", "{{#each items}}{{this}}{{/each}}")]).unwrap();
        #[derive(Serialize)]
        struct V {
            items: Vec<String>,
        }
        let big = V {
            items: vec!["x".repeat(1 << 20); 5],
        };
        let err = t.render("place_date", &big).unwrap_err();
        assert_eq!(err.message().map(Message::code), Some("template-too-long"));
        // A control character in the file, named with its line …
        let err = with(&[("title", "a\nb\u{1b}c")]).err().unwrap();
        assert_eq!(
            err.message().map(|m| m.text(vanban_core::Lang::En)),
            Some("template 'title.hbs', line 2, holds the control character U+001B (ESC), which Word cannot open".into())
        );
        // … and one that only the output holds.
        let t = with(&[("place_date", "{{place}}")]).unwrap();
        #[derive(Serialize)]
        struct P {
            place: &'static str,
        }
        let err = t.render("place_date", &P { place: "a\u{0}" }).unwrap_err();
        assert_eq!(
            err.message().map(Message::code),
            Some("template-forbidden-char")
        );
        // Computed names and inline partials cannot be bounded.
        for text in [
            "{{> (lookup this \"x\")}}",
            "{{#*inline \"p\"}}x{{/inline}}",
        ] {
            let err = with(&[("title", text)]).err().unwrap();
            assert_eq!(
                err.message().map(Message::code),
                Some("template-unbounded-include"),
                "{text}"
            );
        }
    }

    #[test]
    fn defaults_parse_and_strict_mode_catches_typos() {
        let t = Templates::builtin();
        assert_eq!(t.fixed("section_tasks").unwrap(), "NHIỆM VỤ, GIẢI PHÁP");
        #[derive(Serialize)]
        struct V {
            place: &'static str,
        }
        let err = t.render("place_date", &V { place: "Sơn Trà" }).unwrap_err();
        assert!(matches!(err, TemplateError::Render { .. }));
    }

    #[test]
    fn overrides_replace_one_file_and_unknown_names_are_refused() {
        let mut o = BTreeMap::new();
        o.insert(
            "section_tasks".to_string(),
            "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU".to_string(),
        );
        let t = Templates::new(&o).unwrap();
        assert_eq!(
            t.fixed("section_tasks").unwrap(),
            "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"
        );
        o.insert("section_taks".to_string(), "x".to_string());
        assert_eq!(
            Templates::new(&o).err(),
            Some(TemplateError::Unknown("section_taks".into()))
        );
        let mut bad = BTreeMap::new();
        bad.insert("opening".to_string(), "{{#if x}}".to_string());
        assert!(matches!(
            Templates::new(&bad).err(),
            Some(TemplateError::Syntax { .. })
        ));
    }
}
