//! Format profiles: every value of the document format as data (page, fonts,
//! sizes, spacing, separators, punctuation), with the defaults of Hướng dẫn
//! 36-HD/VPTW (`party-hd36`) and Nghị định 30/2020/NĐ-CP (`state-nd30`).
//! An office can load an adjusted profile from YAML, naming only the values
//! it changes.

use serde::{Deserialize, Serialize};

/// Text style of one element: size in points, weight, slant, case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TextStyle {
    /// Size in points.
    pub size: f32,
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// Single underline.
    pub underline: bool,
    /// Printed in capitals.
    pub caps: bool,
}

impl Default for TextStyle {
    fn default() -> Self {
        Self {
            size: 14.0,
            bold: false,
            italic: false,
            underline: false,
            caps: false,
        }
    }
}

fn style(size: f32, bold: bool, italic: bool, caps: bool) -> TextStyle {
    TextStyle {
        size,
        bold,
        italic,
        underline: false,
        caps,
    }
}

/// A format profile. Every field has the default of its profile, so a file
/// overriding a few values is enough.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Profile {
    /// Profile name ("party-hd36").
    pub name: String,
    /// Page width and height in millimetres (A4: 210 × 297).
    pub page_mm: [f32; 2],
    /// Margins in millimetres: top, bottom, left, right. \[P\] 20/20/30/15.
    pub margins_mm: [f32; 4],
    /// Distance of the page header (page number) from the top edge, mm. \[U\]
    pub header_distance_mm: f32,
    /// The font family. \[V\] Times New Roman.
    pub font: String,
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" (or the state motto, first line). \[V\] 15 bold caps.
    pub motto: TextStyle,
    /// The motto's text lines.
    pub motto_lines: Vec<String>,
    /// Rule under the motto: stroke width in points. \[U\] 0.5–0.75.
    pub motto_rule_pt: f32,
    /// Length of that rule in millimetres. Unset (the default), it is the
    /// width of the last motto line, measured with the font: \[Calc\] 72.9 for
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" at 15 pt bold, 56.1 for the state motto at
    /// 13 pt bold (Liberation Serif / Times New Roman metrics).
    pub motto_rule_mm: Option<f32>,
    /// The superior body's name. \[V\] 14 regular caps.
    pub superior: TextStyle,
    /// The issuing body's name. \[V\] 14 bold caps.
    pub issuer: TextStyle,
    /// The mark under the issuing body: "*" (Party); empty for a rule (state). \[V\] presence; \[U\] size.
    pub issuer_mark: String,
    /// Style of the mark.
    pub issuer_mark_style: TextStyle,
    /// Number and symbol. \[V\] 14 regular.
    pub symbol: TextStyle,
    /// Place and date. \[V\] 14 italic.
    pub place_date: TextStyle,
    /// Width of the left header column, millimetres. \[Calc\] 80–82.
    pub header_left_mm: f32,
    /// Document kind ("CHƯƠNG TRÌNH HÀNH ĐỘNG"). \[V\] 15–16 bold caps.
    pub kind: TextStyle,
    /// Summary line (trích yếu). \[V\] 14–15 bold.
    pub summary: TextStyle,
    /// Separator under the summary: "-----". \[P\]
    pub summary_separator: String,
    /// Body text. \[V\] 14.
    pub body: TextStyle,
    /// First-line indent of body paragraphs and headings, mm. \[U\] 10.
    pub first_line_indent_mm: f32,
    /// Space before a body paragraph, points. \[U\] 6.
    pub space_before_pt: f32,
    /// Space after a body paragraph, points. \[U\] 0.
    pub space_after_pt: f32,
    /// Exact line height of body text, points. \[U\] 18.
    pub line_height_pt: f32,
    /// Level-1 heading ("I. MỤC ĐÍCH, YÊU CẦU"). \[P\] bold caps.
    pub heading1: TextStyle,
    /// Level-2 heading ("1. Mục đích"). \[P\] bold.
    pub heading2: TextStyle,
    /// Level-3 heading ("a) …"). \[U\] italic.
    pub heading3: TextStyle,
    /// Separator after a Roman numeral: "." or "-". \[P\]
    pub heading1_separator: String,
    /// Authority line ("T/M BAN THƯỜNG VỤ"). \[P\] 14 bold caps.
    pub sign_authority: TextStyle,
    /// Signer's title ("BÍ THƯ"). \[U\] 14 caps, not bold.
    pub sign_title: TextStyle,
    /// Signer's name. \[P\] 14 bold.
    pub sign_name: TextStyle,
    /// Blank lines left for signature and seal. \[P\] 4.
    pub sign_space_lines: u32,
    /// Width of the recipients column, as a share of the text width. \[P\] 0.45.
    pub recipients_share: f32,
    /// The words "Nơi nhận:". \[P\] underlined, \[U\] 14.
    pub recipients_label: TextStyle,
    /// Label text.
    pub recipients_label_text: String,
    /// Recipient lines. \[P/U\] 12.
    pub recipients_item: TextStyle,
    /// Punctuation ending every recipient line but the last. \[U\] ",".
    pub recipients_punctuation: String,
    /// The archive line's wording before the archive: "Lưu" (Party), "Lưu: VT," (state).
    pub archive_prefix: String,
    /// Appendix "PHỤ LỤC" line. \[P\] 14 bold caps.
    pub appendix_label: TextStyle,
    /// Appendix title. \[P\] 14 bold caps.
    pub appendix_title: TextStyle,
    /// Appendix caption "(Kèm theo …)". \[P\] 14 italic.
    pub appendix_caption: TextStyle,
    /// Table text. \[P\] 12–13.
    pub table: TextStyle,
    /// Table header row. \[P\] bold.
    pub table_header: TextStyle,
    /// Table border width, points. \[P\] 0.5.
    pub table_border_pt: f32,
    /// Cells of a table of figures (many narrow columns: a report's totals). \[U\] 12 regular.
    pub figures: TextStyle,
    /// Header cells of a table of figures. \[U\] 11 bold, so that words such as
    /// "Thường xuyên" fit a column of figures unbroken.
    pub figures_header: TextStyle,
    /// Captions of tables and charts ("Bảng 1. …"), centred. \[U\] 13 bold.
    pub caption: TextStyle,
    /// Resolution of charts as pictures in the .docx, dots per inch (the
    /// PDF draws them as vectors). \[U\] 300.
    pub chart_dpi: f32,
    /// Page number. \[U\] 14 regular.
    pub page_number: TextStyle,
    /// Whether the body ends with "./.". \[U\] off for Party.
    pub end_mark: bool,
    /// A folder with the font files the PDF uses instead of the bundled
    /// Liberation Serif (for example Times New Roman: `times.ttf`,
    /// `timesbd.ttf`, `timesi.ttf`, `timesbi.ttf`). Relative to the profile file.
    pub font_dir: Option<String>,
}

impl Profile {
    /// Hướng dẫn 36-HD/VPTW defaults (format reference §10).
    pub fn party_hd36() -> Self {
        Self {
            name: "party-hd36".into(),
            page_mm: [210.0, 297.0],
            margins_mm: [20.0, 20.0, 30.0, 15.0],
            header_distance_mm: 10.0,
            font: "Times New Roman".into(),
            motto: style(15.0, true, false, true),
            motto_lines: vec!["ĐẢNG CỘNG SẢN VIỆT NAM".into()],
            motto_rule_pt: 0.5,
            motto_rule_mm: None,
            superior: style(14.0, false, false, true),
            issuer: style(14.0, true, false, true),
            issuer_mark: "*".into(),
            issuer_mark_style: style(14.0, false, false, false),
            symbol: style(14.0, false, false, false),
            place_date: style(14.0, false, true, false),
            header_left_mm: 81.0,
            kind: style(16.0, true, false, true),
            summary: style(14.0, true, false, false),
            summary_separator: "-----".into(),
            body: style(14.0, false, false, false),
            first_line_indent_mm: 10.0,
            space_before_pt: 6.0,
            space_after_pt: 0.0,
            line_height_pt: 18.0,
            heading1: style(14.0, true, false, true),
            heading2: style(14.0, true, false, false),
            heading3: style(14.0, false, true, false),
            heading1_separator: ".".into(),
            sign_authority: style(14.0, true, false, true),
            sign_title: style(14.0, false, false, true),
            sign_name: style(14.0, true, false, false),
            sign_space_lines: 4,
            recipients_share: 0.45,
            recipients_label: TextStyle {
                underline: true,
                ..style(14.0, false, false, false)
            },
            recipients_label_text: "Nơi nhận".into(),
            recipients_item: style(12.0, false, false, false),
            recipients_punctuation: ",".into(),
            archive_prefix: "Lưu".into(),
            appendix_label: style(14.0, true, false, true),
            appendix_title: style(14.0, true, false, true),
            appendix_caption: style(14.0, false, true, false),
            table: style(13.0, false, false, false),
            table_header: style(13.0, true, false, false),
            table_border_pt: 0.5,
            figures: style(12.0, false, false, false),
            figures_header: style(11.0, true, false, false),
            caption: style(13.0, true, false, false),
            chart_dpi: 300.0,
            page_number: style(14.0, false, false, false),
            end_mark: false,
            font_dir: None,
        }
    }

    /// Nghị định 30/2020/NĐ-CP defaults (format reference §1.2, §6).
    pub fn state_nd30() -> Self {
        Self {
            name: "state-nd30".into(),
            motto: style(13.0, true, false, true),
            motto_lines: vec![
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".into(),
                "Độc lập - Tự do - Hạnh phúc".into(),
            ],
            superior: style(13.0, false, false, true),
            issuer: style(13.0, true, false, true),
            issuer_mark: String::new(),
            symbol: style(13.0, false, false, false),
            kind: style(14.0, true, false, true),
            summary: style(14.0, true, false, false),
            summary_separator: String::new(),
            sign_title: style(14.0, true, false, true),
            recipients_label: style(12.0, true, true, false),
            recipients_item: style(11.0, false, false, false),
            recipients_punctuation: ";".into(),
            archive_prefix: "Lưu: VT,".into(),
            end_mark: true,
            ..Self::party_hd36()
        }
    }

    /// The built-in profile named `name`.
    pub fn builtin(name: &str) -> Option<Self> {
        match name {
            "party-hd36" => Some(Self::party_hd36()),
            "state-nd30" => Some(Self::state_nd30()),
            _ => None,
        }
    }

    /// Reads an adjusted profile: the YAML names only the values it changes,
    /// at any depth (`heading1: {size: 15}` keeps the heading bold), over `base`.
    /// Unknown keys are errors.
    pub fn load(text: &str, base: &Profile) -> Result<Profile, String> {
        let over: serde_json::Value = serde_saphyr::from_str(text).map_err(|e| e.to_string())?;
        let mut merged = serde_json::to_value(base).map_err(|e| e.to_string())?;
        merge(&mut merged, over);
        serde_json::from_value(merged).map_err(|e| e.to_string())
    }

    /// Text width in millimetres.
    pub fn text_width_mm(&self) -> f32 {
        self.page_mm[0] - self.margins_mm[2] - self.margins_mm[3]
    }
}

fn merge(base: &mut serde_json::Value, over: serde_json::Value) {
    match (base, over) {
        (serde_json::Value::Object(b), serde_json::Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(&k) {
                    Some(slot) => merge(slot, v),
                    None => {
                        b.insert(k, v);
                    }
                }
            }
        }
        (slot, v) => *slot = v,
    }
}

impl Default for Profile {
    fn default() -> Self {
        Self::party_hd36()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_defaults_follow_the_reference() {
        let p = Profile::party_hd36();
        assert_eq!(p.margins_mm, [20.0, 20.0, 30.0, 15.0]);
        assert_eq!(p.text_width_mm(), 165.0);
        assert!(p.motto.bold && p.motto.size == 15.0);
        assert_eq!(p.summary_separator, "-----");
        assert!(p.recipients_label.underline);
    }

    #[test]
    fn a_file_overrides_only_what_it_names() {
        let base = Profile::party_hd36();
        let p = Profile::load("line_height_pt: 19\nheading1:\n  size: 15\n", &base).unwrap();
        assert_eq!(p.line_height_pt, 19.0);
        assert_eq!(p.heading1.size, 15.0);
        assert!(p.heading1.bold && p.heading1.caps);
        assert_eq!(p.margins_mm, [20.0, 20.0, 30.0, 15.0]);
        assert!(
            Profile::load("line_heigth_pt: 19\n", &base)
                .unwrap_err()
                .contains("line_heigth_pt")
        );
    }
}
