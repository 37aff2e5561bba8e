//! The wording templates: handlebars, strict, no escaping, compiled into the
//! binary and overridable file by file.

use handlebars::Handlebars;
use serde::Serialize;
use std::collections::BTreeMap;

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
        Ok(Self { hb })
    }

    /// The built-in templates only.
    pub fn builtin() -> Self {
        Self::new(&BTreeMap::new()).unwrap_or_else(|_| unreachable_defaults())
    }

    /// Renders template `name` with `view`; the result has its white space trimmed.
    pub fn render<T: Serialize>(&self, name: &str, view: &T) -> Result<String, TemplateError> {
        self.hb
            .render(name, view)
            .map(|s| s.trim().to_string())
            .map_err(|e| TemplateError::Render {
                name: name.to_string(),
                detail: e.to_string(),
            })
    }

    /// Renders a template that takes no variables.
    pub fn fixed(&self, name: &str) -> Result<String, TemplateError> {
        self.render(name, &())
    }
}

/// The defaults are compiled in and covered by tests, so they always parse.
#[allow(clippy::panic)]
fn unreachable_defaults() -> Templates {
    panic!("the built-in templates do not parse")
}

#[cfg(test)]
mod tests {
    use super::*;

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
