//! Format profiles: every value of the document format as data (page, fonts,
//! sizes, spacing, separators, punctuation), with the defaults of Hướng dẫn
//! 36-HD/VPTW (`party-hd36`) and Nghị định 30/2020/NĐ-CP (`state-nd30`).
//! An office can load an adjusted profile from YAML, naming only the values
//! it changes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Text style of one element: size in points, weight, slant, case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
#[schemars(
    description = "Kiểu chữ của một thành phần; chỉ cần ghi khóa muốn đổi, các khóa khác giữ giá trị của hồ sơ gốc."
)]
pub struct TextStyle {
    /// Size in points.
    #[schemars(description = "Cỡ chữ, pt.")]
    pub size: f32,
    /// Bold.
    #[schemars(description = "Chữ đậm.")]
    pub bold: bool,
    /// Italic.
    #[schemars(description = "Chữ nghiêng.")]
    pub italic: bool,
    /// Single underline.
    #[schemars(description = "Gạch chân.")]
    pub underline: bool,
    /// Printed in capitals.
    #[schemars(description = "In hoa.")]
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

/// How appendices are numbered when there are several (or always, with
/// `appendix_number_alone`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(description = "Cách đánh số phụ lục: \"arabic\" (Phụ lục 1, 2: văn bản của Đảng) hoặc \"roman\" (Phụ lục I, II: văn bản nhà nước).")]
pub enum Numbering {
    /// 1, 2, 3.
    Arabic,
    /// I, II, III.
    Roman,
}

/// Page orientation of a section.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(description = "Hướng trang: \"portrait\" (dọc) hoặc \"landscape\" (ngang).")]
pub enum Orientation {
    /// Along the length of the paper.
    Portrait,
    /// Across it.
    Landscape,
}

/// A format profile. Every field has the default of its profile, so a file
/// overriding a few values is enough.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
#[schemars(
    description = "Hồ sơ thể thức điều chỉnh: chỉ ghi những giá trị cần đổi, ở mọi cấp (heading1: {size: 15} vẫn giữ đậm, in hoa); các giá trị khác giữ theo hồ sơ gốc party-hd36 (Hướng dẫn 36-HD/VPTW). Khóa sai tên là lỗi."
)]
pub struct Profile {
    /// Profile name ("party-hd36").
    #[schemars(description = "Tên hồ sơ, chỉ để ghi nhận, ví dụ \"party-hd36\".")]
    pub name: String,
    /// Page width and height in millimetres (A4: 210 × 297).
    #[schemars(description = "Khổ giấy: rộng và cao, mm (A4: [210, 297]).")]
    pub page_mm: [f32; 2],
    /// Margins in millimetres: top, bottom, left, right. \[P\] 20/20/30/15.
    #[schemars(description = "Lề trên, dưới, trái, phải, mm (mặc định [20, 20, 30, 15]).")]
    pub margins_mm: [f32; 4],
    /// Distance of the page header (page number) from the top edge, mm. \[U\]
    #[schemars(description = "Khoảng cách từ mép trên trang đến số trang, mm.")]
    pub header_distance_mm: f32,
    /// The font family. \[V\] Times New Roman.
    #[schemars(description = "Tên phông ghi trong tệp Word (mặc định Times New Roman).")]
    pub font: String,
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" (or the state motto, first line). \[V\] 15 bold caps.
    #[schemars(description = "Kiểu chữ của dòng \"ĐẢNG CỘNG SẢN VIỆT NAM\" (hoặc quốc hiệu).")]
    pub motto: TextStyle,
    /// The motto's text lines.
    #[schemars(
        description = "Các dòng của tiêu đề bên phải, ví dụ [\"ĐẢNG CỘNG SẢN VIỆT NAM\"] hoặc [\"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\", \"Độc lập - Tự do - Hạnh phúc\"]."
    )]
    pub motto_lines: Vec<String>,
    /// Rule under the motto: stroke width in points. \[U\] 0.5–0.75.
    #[schemars(description = "Độ dày đường kẻ dưới tiêu đề bên phải, pt.")]
    pub motto_rule_pt: f32,
    /// Length of that rule in millimetres. Unset (the default), it is the
    /// width of the last motto line, measured with the font: \[Calc\] 72.9 for
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" at 15 pt bold, 56.1 for the state motto at
    /// 13 pt bold (Liberation Serif / Times New Roman metrics).
    #[schemars(
        description = "Độ dài đường kẻ dưới tiêu đề bên phải, mm; không đặt thì bằng chiều rộng dòng cuối của tiêu đề."
    )]
    pub motto_rule_mm: Option<f32>,
    /// The superior body's name. \[V\] 14 regular caps.
    #[schemars(description = "Kiểu chữ của tên cơ quan cấp trên.")]
    pub superior: TextStyle,
    /// The issuing body's name. \[V\] 14 bold caps.
    #[schemars(description = "Kiểu chữ của tên cơ quan ban hành.")]
    pub issuer: TextStyle,
    /// The mark under the issuing body: "*" (Party); empty for a rule (state). \[V\] presence; \[U\] size.
    #[schemars(
        description = "Dấu dưới tên cơ quan ban hành: \"*\" (văn bản của Đảng); để trống thì là đường kẻ (văn bản nhà nước)."
    )]
    pub issuer_mark: String,
    /// Style of the mark.
    #[schemars(description = "Kiểu chữ của dấu dưới tên cơ quan ban hành.")]
    pub issuer_mark_style: TextStyle,
    /// Number and symbol. \[V\] 14 regular.
    #[schemars(description = "Kiểu chữ của số và ký hiệu văn bản.")]
    pub symbol: TextStyle,
    /// The number and symbol on the line of the place and date, level with
    /// it (state), rather than under the issuing body (Party). \[V\] NĐ 30.
    #[schemars(
        description = "Số, ký hiệu nằm cùng dòng với địa danh, ngày tháng (văn bản nhà nước) thay vì dưới tên cơ quan ban hành (văn bản của Đảng)."
    )]
    pub symbol_beside_date: bool,
    /// Solid rule under the issuing body's name, as a share of that name's
    /// width; 0 for none. \[V\] NĐ 30: 1/3 to 1/2.
    #[schemars(
        description = "Đường kẻ dưới tên cơ quan ban hành, dài bằng phần này của chiều rộng tên (NĐ 30: từ 1/3 đến 1/2); 0 là không kẻ."
    )]
    pub issuer_rule_share: f32,
    /// Place and date. \[V\] 14 italic.
    #[schemars(description = "Kiểu chữ của địa danh, ngày tháng.")]
    pub place_date: TextStyle,
    /// Preferred width of the left header column, millimetres. \[Calc\]
    /// 80–82 (Party). The right column is never narrower than its widest
    /// line (the motto, the place and date), so the left one gives way.
    #[schemars(
        description = "Chiều rộng mong muốn của cột trái phần tiêu đề, mm; cột phải không bao giờ hẹp hơn dòng dài nhất của nó (quốc hiệu, tiêu ngữ, địa danh và ngày tháng), cột trái nhường phần còn lại."
    )]
    pub header_left_mm: f32,
    /// Document kind ("CHƯƠNG TRÌNH HÀNH ĐỘNG"). \[V\] 15–16 bold caps.
    #[schemars(description = "Kiểu chữ của tên loại văn bản (\"CHƯƠNG TRÌNH HÀNH ĐỘNG\").")]
    pub kind: TextStyle,
    /// Summary line (trích yếu). \[V\] 14–15 bold.
    #[schemars(description = "Kiểu chữ của trích yếu.")]
    pub summary: TextStyle,
    /// Separator under the summary: "-----". \[P\]
    #[schemars(
        description = "Dòng phân cách dưới trích yếu, ví dụ \"-----\"; để trống thì không có."
    )]
    pub summary_separator: String,
    /// Solid rule under the summary, as a share of the text width; 0 for
    /// none. \[V\] NĐ 30: 1/3 to 1/2.
    #[schemars(
        description = "Đường kẻ dưới trích yếu, dài bằng phần này của bề rộng vùng chữ (NĐ 30: từ 1/3 đến 1/2); 0 là không kẻ."
    )]
    pub summary_rule_share: f32,
    /// Space between the header block and the document kind, points.
    #[schemars(description = "Khoảng cách từ phần tiêu đề đến tên loại văn bản, pt.")]
    pub kind_space_before_pt: f32,
    /// Body text. \[V\] 14.
    #[schemars(description = "Kiểu chữ của thân văn bản.")]
    pub body: TextStyle,
    /// First-line indent of body paragraphs and headings, mm. \[U\] 10.
    #[schemars(description = "Thụt đầu dòng của đoạn văn và đề mục, mm.")]
    pub first_line_indent_mm: f32,
    /// Space before a body paragraph, points. \[U\] 6.
    #[schemars(description = "Khoảng cách trước đoạn văn, pt.")]
    pub space_before_pt: f32,
    /// Space after a body paragraph, points. \[U\] 0.
    #[schemars(description = "Khoảng cách sau đoạn văn, pt.")]
    pub space_after_pt: f32,
    /// Exact line height of body text, points. \[U\] 18.
    #[schemars(description = "Chiều cao dòng (cố định) của thân văn bản, pt.")]
    pub line_height_pt: f32,
    /// Level-1 heading ("I. MỤC ĐÍCH, YÊU CẦU"). \[P\] bold caps.
    #[schemars(description = "Kiểu chữ của đề mục cấp 1 (\"I. MỤC ĐÍCH, YÊU CẦU\").")]
    pub heading1: TextStyle,
    /// Level-2 heading ("1. Mục đích"). \[P\] bold.
    #[schemars(description = "Kiểu chữ của đề mục cấp 2 (\"1. Mục đích\").")]
    pub heading2: TextStyle,
    /// Level-3 heading ("a) …"). \[U\] italic.
    #[schemars(description = "Kiểu chữ của đề mục cấp 3 (\"a) …\").")]
    pub heading3: TextStyle,
    /// Separator after a Roman numeral: "." or "-". \[P\]
    #[schemars(description = "Dấu sau số La Mã của đề mục cấp 1: \".\" hoặc \"-\".")]
    pub heading1_separator: String,
    /// Authority line ("T/M BAN THƯỜNG VỤ"). \[P\] 14 bold caps.
    #[schemars(description = "Kiểu chữ của dòng thẩm quyền ký (\"T/M BAN THƯỜNG VỤ\").")]
    pub sign_authority: TextStyle,
    /// Signer's title ("BÍ THƯ"). \[U\] 14 caps, not bold.
    #[schemars(description = "Kiểu chữ của chức vụ người ký (\"BÍ THƯ\").")]
    pub sign_title: TextStyle,
    /// Signer's name. \[P\] 14 bold.
    #[schemars(description = "Kiểu chữ của họ tên người ký.")]
    pub sign_name: TextStyle,
    /// Blank lines left for signature and seal. \[P\] 4.
    #[schemars(description = "Số dòng trống để ký và đóng dấu.")]
    pub sign_space_lines: u32,
    /// Width of the recipients column, as a share of the text width. \[P\] 0.45.
    #[schemars(
        description = "Chiều rộng cột nơi nhận, tính theo phần của bề rộng vùng chữ (ví dụ 0.45)."
    )]
    pub recipients_share: f32,
    /// The words "Nơi nhận:". \[P\] underlined, \[U\] 14.
    #[schemars(description = "Kiểu chữ của chữ \"Nơi nhận:\".")]
    pub recipients_label: TextStyle,
    /// Label text.
    #[schemars(description = "Nội dung chữ \"Nơi nhận\".")]
    pub recipients_label_text: String,
    /// Recipient lines. \[P/U\] 12.
    #[schemars(description = "Kiểu chữ của các dòng nơi nhận.")]
    pub recipients_item: TextStyle,
    /// Punctuation ending every recipient line but the last. \[U\] ",".
    #[schemars(description = "Dấu cuối mỗi dòng nơi nhận, trừ dòng cuối: \",\" hoặc \";\".")]
    pub recipients_punctuation: String,
    /// The archive line's wording before the archive: "Lưu" (Party), "Lưu: VT," (state).
    #[schemars(description = "Chữ trước nơi lưu: \"Lưu\" (Đảng), \"Lưu: VT,\" (nhà nước).")]
    pub archive_prefix: String,
    /// How appendices are numbered. \[P\] Arabic (Party), \[V\] Roman (state).
    #[schemars(description = "Cách đánh số phụ lục: \"arabic\" hoặc \"roman\".")]
    pub appendix_numbering: Numbering,
    /// Whether a lone appendix is numbered too ("Phụ lục I").
    #[schemars(description = "Đánh số cả khi chỉ có một phụ lục (\"Phụ lục I\").")]
    pub appendix_number_alone: bool,
    /// Page numbers restart at 1 in each appendix (the number not shown on
    /// its first page). \[V\] NĐ 30; \[U\] Party.
    #[schemars(
        description = "Mỗi phụ lục đánh số trang riêng từ 1 (không hiện số ở trang đầu của phụ lục)."
    )]
    pub appendix_page_restart: bool,
    /// Orientation of the appendix pages.
    #[schemars(description = "Hướng trang của phụ lục: \"portrait\" hoặc \"landscape\".")]
    pub appendix_orientation: Orientation,
    /// Appendix "PHỤ LỤC" line. \[P\] 14 bold caps.
    #[schemars(description = "Kiểu chữ của dòng \"PHỤ LỤC\".")]
    pub appendix_label: TextStyle,
    /// Appendix title. \[P\] 14 bold caps.
    #[schemars(description = "Kiểu chữ của tên phụ lục.")]
    pub appendix_title: TextStyle,
    /// Appendix caption "(Kèm theo …)". \[P\] 14 italic.
    #[schemars(description = "Kiểu chữ của dòng \"(Kèm theo …)\" dưới tên phụ lục.")]
    pub appendix_caption: TextStyle,
    /// Table text. \[P\] 12–13.
    #[schemars(description = "Kiểu chữ trong bảng.")]
    pub table: TextStyle,
    /// Table header row. \[P\] bold.
    #[schemars(description = "Kiểu chữ của dòng tiêu đề bảng.")]
    pub table_header: TextStyle,
    /// Table border width, points. \[P\] 0.5.
    #[schemars(description = "Độ dày đường kẻ bảng, pt.")]
    pub table_border_pt: f32,
    /// Cells of a table of figures (many narrow columns: a report's totals). \[U\] 12 regular.
    #[schemars(description = "Kiểu chữ trong ô của bảng số liệu (báo cáo).")]
    pub figures: TextStyle,
    /// Header cells of a table of figures. \[U\] 11 bold, so that words such as
    /// "Thường xuyên" fit a column of figures unbroken.
    #[schemars(description = "Kiểu chữ của tiêu đề cột trong bảng số liệu.")]
    pub figures_header: TextStyle,
    /// Captions of tables and charts ("Bảng 1. …"), centred. \[U\] 13 bold.
    #[schemars(description = "Kiểu chữ của tên bảng, biểu đồ (\"Bảng 1. …\"), căn giữa.")]
    pub caption: TextStyle,
    /// Resolution of charts as pictures in the .docx, dots per inch (the
    /// PDF draws them as vectors). \[U\] 300.
    #[schemars(
        description = "Độ phân giải ảnh biểu đồ trong tệp Word, điểm/inch (PDF vẽ biểu đồ dạng vectơ)."
    )]
    pub chart_dpi: f32,
    /// Page number. \[U\] 14 regular.
    #[schemars(description = "Kiểu chữ của số trang (từ trang 2).")]
    pub page_number: TextStyle,
    /// Whether the body ends with the end mark. \[U\] off for Party; \[V\] on for state.
    #[schemars(description = "Thân văn bản kết thúc bằng dấu kết thúc (\"./.\") hay không.")]
    pub end_mark: bool,
    /// The end mark, appended to the last paragraph of the body. \[V\] "./.".
    #[schemars(description = "Dấu kết thúc thân văn bản, ví dụ \"./.\".")]
    pub end_mark_text: String,
    /// A folder with the font files the PDF uses instead of the bundled
    /// Liberation Serif (for example Times New Roman: `times.ttf`,
    /// `timesbd.ttf`, `timesi.ttf`, `timesbi.ttf`). Relative to the profile file.
    #[schemars(
        description = "Thư mục phông chữ cho PDF thay cho Liberation Serif đi kèm, ví dụ Times New Roman: times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf; tính từ thư mục chứa tệp hồ sơ."
    )]
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
            symbol_beside_date: false,
            issuer_rule_share: 0.0,
            place_date: style(14.0, false, true, false),
            header_left_mm: 81.0,
            kind: style(16.0, true, false, true),
            summary: style(14.0, true, false, false),
            summary_separator: "-----".into(),
            summary_rule_share: 0.0,
            kind_space_before_pt: 18.0,
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
            appendix_numbering: Numbering::Arabic,
            appendix_number_alone: false,
            appendix_page_restart: false,
            appendix_orientation: Orientation::Portrait,
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
            end_mark_text: "./.".into(),
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
            issuer_rule_share: 0.4,
            symbol: style(13.0, false, false, false),
            symbol_beside_date: true,
            header_left_mm: 70.0,
            kind: style(14.0, true, false, true),
            summary: style(14.0, true, false, false),
            summary_separator: String::new(),
            summary_rule_share: 0.34,
            sign_title: style(14.0, true, false, true),
            recipients_label: style(12.0, true, true, false),
            recipients_item: style(11.0, false, false, false),
            recipients_punctuation: ";".into(),
            archive_prefix: "Lưu: VT,".into(),
            appendix_numbering: Numbering::Roman,
            appendix_number_alone: true,
            appendix_page_restart: true,
            appendix_label: style(14.0, true, false, false),
            end_mark: true,
            ..Self::party_hd36()
        }
    }

    /// The built-in profile of a format: `party-hd36` or `state-nd30`.
    pub fn for_format(format: vanban_core::kinds::FormatKind) -> Self {
        match format {
            vanban_core::kinds::FormatKind::Party => Self::party_hd36(),
            vanban_core::kinds::FormatKind::State => Self::state_nd30(),
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

/// The JSON Schema (draft 2020-12) of a profile file as [`Profile::load`]
/// reads it: every key optional at every depth, unknown keys refused, with a
/// Vietnamese description of every key and the `party-hd36` value as its
/// `default`.
///
/// ```
/// let schema = vanban_render::profile::profile_schema();
/// assert_eq!(schema["title"], "Hồ sơ thể thức (vanban)");
/// assert_eq!(schema["additionalProperties"], false);
/// assert!(schema.get("required").is_none());
/// assert_eq!(schema["properties"]["line_height_pt"]["default"], 18.0);
/// ```
pub fn profile_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Profile);
    schema.insert("title".into(), "Hồ sơ thể thức (vanban)".into());
    let mut value = schema.to_value();
    // A style's keys fall back to that element's style in the base profile
    // (each property of the profile has it as its `default`), not to
    // `TextStyle::default()`: that one would mislead.
    if let Some(props) = value
        .pointer_mut("/$defs/TextStyle/properties")
        .and_then(serde_json::Value::as_object_mut)
    {
        for p in props.values_mut() {
            if let Some(p) = p.as_object_mut() {
                p.remove("default");
            }
        }
    }
    value
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
