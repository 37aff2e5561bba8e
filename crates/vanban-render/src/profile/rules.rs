//! The range rules of a profile (`docs/rules.md`, "The format profile"):
//! what keeps a document printable. A profile that breaks one is refused
//! before anything is rendered: a margin of 200 mm would give a .docx Word
//! cannot open and a PDF of hundreds of pages.
//!
//! The bounds of single values are data ([`NUMBERS`], [`PAGE_MM`],
//! [`MARGIN_MM`], [`TEXT_SIZE_PT`]); the JSON Schema of the profile shows
//! the same bounds. The rules that relate several values are code: the text
//! area left by the page and its margins, the page number within the top
//! margin, the motto's rule within the text width, the right column of the
//! header wide enough for the motto, and a font name.

use super::{Profile, ProfilePatch, base_name};
use crate::fonts::FontSet;
use vanban_core::Pos;
use vanban_core::kinds::FormatKind;
use vanban_core::messages::{Bound, Message, Range, Unit};

/// The bounds of one value: each end, and whether it is excluded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// The lower end and whether it is excluded.
    pub min: Option<(f32, bool)>,
    /// The upper end and whether it is excluded.
    pub max: Option<(f32, bool)>,
    /// The unit.
    pub unit: Unit,
}

impl Bounds {
    const fn closed(min: f32, max: f32, unit: Unit) -> Self {
        Self {
            min: Some((min, false)),
            max: Some((max, false)),
            unit,
        }
    }

    const fn at_least(min: f32, unit: Unit) -> Self {
        Self {
            min: Some((min, false)),
            max: None,
            unit,
        }
    }

    /// Whether `v` keeps them (never for NaN or an infinity).
    pub fn holds(&self, v: f32) -> bool {
        v.is_finite()
            && self
                .min
                .is_none_or(|(m, open)| if open { v > m } else { v >= m })
            && self
                .max
                .is_none_or(|(m, open)| if open { v < m } else { v <= m })
    }

    fn range(&self) -> Range {
        let bound = |(value, open): (f32, bool)| Bound {
            value: show(value),
            open,
        };
        Range {
            min: self.min.map(bound),
            max: self.max.map(bound),
            unit: self.unit,
        }
    }
}

/// Each side of the page, `page_mm` (A5 is 148 × 210, A3 297 × 420).
pub const PAGE_MM: Bounds = Bounds::closed(100.0, 600.0, Unit::Mm);
/// Each margin, `margins_mm`.
pub const MARGIN_MM: Bounds = Bounds::at_least(0.0, Unit::Mm);
/// The size of every text style (`body.size`, `heading1.size`, …).
pub const TEXT_SIZE_PT: Bounds = Bounds::closed(6.0, 72.0, Unit::Pt);
/// The narrowest text area: the page less its left and right margins.
pub const MIN_TEXT_WIDTH_MM: f32 = 60.0;
/// The lowest text area: the page less its top and bottom margins.
pub const MIN_TEXT_HEIGHT_MM: f32 = 100.0;

/// Reads one number of a profile.
type Get = fn(&Profile) -> Option<f32>;

/// The single numbers of a profile and their bounds. `header_distance_mm`
/// is also at most the top margin, `motto_rule_mm` at most the text width,
/// and `header_left_mm` leaves the right column room for the motto.
pub const NUMBERS: &[(&str, Get, Bounds)] = &[
    (
        "header_distance_mm",
        |p| Some(p.header_distance_mm),
        Bounds::at_least(0.0, Unit::Mm),
    ),
    (
        "motto_rule_pt",
        |p| Some(p.motto_rule_pt),
        Bounds::closed(0.0, 6.0, Unit::Pt),
    ),
    (
        "motto_rule_mm",
        |p| p.motto_rule_mm,
        Bounds::at_least(0.0, Unit::Mm),
    ),
    (
        "issuer_rule_share",
        |p| Some(p.issuer_rule_share),
        Bounds::closed(0.0, 1.0, Unit::None),
    ),
    (
        "header_left_mm",
        |p| Some(p.header_left_mm),
        Bounds::at_least(30.0, Unit::Mm),
    ),
    (
        "summary_rule_share",
        |p| Some(p.summary_rule_share),
        Bounds::closed(0.0, 1.0, Unit::None),
    ),
    (
        "kind_space_before_pt",
        |p| Some(p.kind_space_before_pt),
        Bounds::closed(0.0, 144.0, Unit::Pt),
    ),
    (
        "first_line_indent_mm",
        |p| Some(p.first_line_indent_mm),
        Bounds::closed(0.0, 50.0, Unit::Mm),
    ),
    (
        "space_before_pt",
        |p| Some(p.space_before_pt),
        Bounds::closed(0.0, 72.0, Unit::Pt),
    ),
    (
        "space_after_pt",
        |p| Some(p.space_after_pt),
        Bounds::closed(0.0, 72.0, Unit::Pt),
    ),
    (
        "line_height_pt",
        |p| Some(p.line_height_pt),
        Bounds::closed(6.0, 72.0, Unit::Pt),
    ),
    (
        "sign_space_lines",
        |p| Some(p.sign_space_lines as f32),
        Bounds::closed(0.0, 20.0, Unit::Lines),
    ),
    (
        "recipients_share",
        |p| Some(p.recipients_share),
        Bounds {
            min: Some((0.0, true)),
            max: Some((1.0, true)),
            unit: Unit::None,
        },
    ),
    (
        "table_border_pt",
        |p| Some(p.table_border_pt),
        Bounds::closed(0.0, 6.0, Unit::Pt),
    ),
    (
        "chart_dpi",
        |p| Some(p.chart_dpi),
        Bounds::closed(72.0, 1200.0, Unit::Dpi),
    ),
];

/// A number as a message shows it: whole numbers without a fraction, YAML's
/// words for the values that are not numbers.
pub fn show(v: f32) -> String {
    if v.is_nan() {
        ".nan".into()
    } else if v.is_infinite() {
        if v > 0.0 { ".inf" } else { "-.inf" }.into()
    } else if v.fract() == 0.0 && v.abs() < 1e9 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    }
}

/// A computed length, to a tenth of a millimetre.
fn show_mm(v: f32) -> String {
    show((v * 10.0).round() / 10.0)
}

/// Every rule `p` breaks, with the place in `patch` of the value to fix.
/// `p` is the profile `patch` makes over the base of `format`.
pub fn check(p: &Profile, patch: &ProfilePatch, format: FormatKind) -> Vec<(Option<Pos>, Message)> {
    let mut out = Vec::new();
    let mut range = |key: String, v: f32, b: Bounds| {
        if !b.holds(v) {
            // A whole number is shown with its own digits (an f32 would
            // round 4294967295 to 4294967300).
            let value = match key.as_str() {
                "sign_space_lines" => p.sign_space_lines.to_string(),
                _ => show(v),
            };
            out.push((
                patch.place(&key),
                Message::ProfileOutOfRange {
                    key,
                    value,
                    range: b.range(),
                },
            ));
            false
        } else {
            true
        }
    };

    let mut page_ok = true;
    for (i, &v) in p.page_mm.iter().enumerate() {
        page_ok &= range(format!("page_mm[{i}]"), v, PAGE_MM);
    }
    for (i, &v) in p.margins_mm.iter().enumerate() {
        page_ok &= range(format!("margins_mm[{i}]"), v, MARGIN_MM);
    }
    p.each_style(&mut |key, style| {
        range(format!("{key}.size"), style.size, TEXT_SIZE_PT);
    });
    let width = p.text_width_mm();
    let mut header_left_ok = true;
    for &(key, get, bounds) in NUMBERS {
        let Some(v) = get(p) else { continue };
        let bounds = match key {
            // The page number sits in the top margin (a margin out of range
            // is reported itself).
            "header_distance_mm" if MARGIN_MM.holds(p.margins_mm[0]) => Bounds {
                max: Some((p.margins_mm[0], false)),
                ..bounds
            },
            "motto_rule_mm" if page_ok => Bounds {
                max: Some((width, false)),
                ..bounds
            },
            _ => bounds,
        };
        let ok = range(key.to_string(), v, bounds);
        if key == "header_left_mm" {
            header_left_ok = ok;
        }
    }

    if page_ok {
        let m = p.margins_mm;
        let height = p.page_mm[1] - m[0] - m[1];
        let area = |across: bool, size: f32, page: f32, a: f32, b: f32, min: f32| {
            // Marked on the larger margin, or on the page when the file
            // gives no margins.
            let (near, far) = if across { (2, 3) } else { (0, 1) };
            let larger = if a >= b { near } else { far };
            let side = usize::from(!across);
            let pos = patch
                .place(&format!("margins_mm[{larger}]"))
                .or_else(|| patch.place(&format!("page_mm[{side}]")));
            (
                pos,
                Message::ProfileTextArea {
                    across,
                    size: show_mm(size),
                    page: show(page),
                    margins: [show(a), show(b)],
                    min: show(min),
                },
            )
        };
        if width < MIN_TEXT_WIDTH_MM {
            out.push(area(
                true,
                width,
                p.page_mm[0],
                m[2],
                m[3],
                MIN_TEXT_WIDTH_MM,
            ));
        } else if header_left_ok && let Some(problem) = header_room(p, patch, format, width) {
            out.push(problem);
        }
        if height < MIN_TEXT_HEIGHT_MM {
            out.push(area(
                false,
                height,
                p.page_mm[1],
                m[0],
                m[1],
                MIN_TEXT_HEIGHT_MM,
            ));
        }
    }

    if p.font.trim().is_empty() {
        out.push((
            patch.place("font"),
            Message::EmptyText {
                field: "font".into(),
            },
        ));
    }
    out
}

/// The header's right column (the text width less `header_left_mm`) must
/// hold the widest line of the motto, measured in the motto's style with
/// the bundled font (metric-compatible with Times New Roman).
fn header_room(
    p: &Profile,
    patch: &ProfilePatch,
    format: FormatKind,
    width: f32,
) -> Option<(Option<Pos>, Message)> {
    let widths = crate::format::motto_widths_pt(p, FontSet::builtin());
    let (line, needed) = p
        .motto_lines
        .iter()
        .zip(widths.into_iter().map(|pt| pt * 25.4 / 72.0))
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    let right = width - p.header_left_mm;
    if right >= needed {
        return None;
    }
    let pos = [
        "header_left_mm",
        "margins_mm",
        "page_mm",
        "motto",
        "tagline",
        "motto_lines",
    ]
    .iter()
    .find_map(|k| patch.place(k));
    Some((
        pos,
        Message::ProfileHeaderLeft {
            value: show(p.header_left_mm),
            right: show_mm(right),
            line: line.clone(),
            needed: show_mm(needed),
            max: show(((width - needed) * 10.0).floor() / 10.0),
            base: base_name(format).into(),
        },
    ))
}
