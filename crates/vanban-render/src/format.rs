//! Format values that are not in the profile because they are part of how
//! vanban builds the page, and that both backends must share exactly: the
//! DOCX says them to Word, the layout engine applies them itself.

use crate::fonts::FontSet;
use crate::profile::Profile;

/// Left and right padding of the task table's cells, in twips (1 mm).
pub const CELL_PAD_TW: i32 = 57;
/// Space before each paragraph in a table cell, points.
pub const CELL_SPACE_BEFORE_PT: f32 = 2.0;
/// Space between the motto's rule and the place and date, points.
pub const PLACE_DATE_SPACE_BEFORE_PT: f32 = 3.0;
/// Height of the paragraph that carries the motto's rule as its bottom
/// border, points (the rule itself adds its width).
pub const RULE_LINE_PT: f32 = 1.0;
/// Space above a rule drawn under a line of text (the summary's), points:
/// clear of the descenders.
pub const RULE_GAP_PT: f32 = 3.0;
/// How many paragraphs at the end of the body stay on the signature's page.
pub const KEPT_WITH_SIGNATURE: usize = 2;

/// Millimetres to twips, rounded as Word stores them.
pub fn twips(mm: f32) -> i32 {
    (mm * 56.692_913).round() as i32
}

/// Twips to points.
pub fn tw_pt(tw: i32) -> f32 {
    tw as f32 / 20.0
}

/// The width of each of the motto's lines in its own style (the first in
/// the motto's, the others in the tagline's), points, as written.
pub fn motto_widths_pt(p: &Profile, fonts: &FontSet) -> Vec<f32> {
    p.motto_lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let t = p.motto_style(i);
            fonts.of(t.bold, t.italic).width(line, t.size)
        })
        .collect()
}

/// Length of the rule under the motto, mm: the profile's value if it sets
/// one, else the width of the motto's last line.
pub fn motto_rule_mm(p: &Profile, fonts: &FontSet) -> f32 {
    if let Some(mm) = p.motto_rule_mm {
        return mm;
    }
    motto_widths_pt(p, fonts).last().copied().unwrap_or(0.0) * 25.4 / 72.0
}

/// Size of the paragraph mark of a chart's paragraph, points: small, so
/// that the line is as high as the picture (plus this size's descent).
pub const CHART_MARK_PT: f32 = 1.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_motto_rule_is_as_long_as_its_text() {
        let fonts = FontSet::builtin();
        let party = motto_rule_mm(&Profile::party_hd36(), fonts);
        assert!((party - 72.9).abs() < 0.05, "{party}");
        let state = motto_rule_mm(&Profile::state_nd30(), fonts);
        // The Tiêu ngữ at 14 pt bold. \[Calc\] 60.5 mm.
        assert!((state - 60.5).abs() < 0.1, "{state}");
        let fixed = Profile {
            motto_rule_mm: Some(60.0),
            ..Profile::party_hd36()
        };
        assert_eq!(motto_rule_mm(&fixed, fonts), 60.0);
    }
}
