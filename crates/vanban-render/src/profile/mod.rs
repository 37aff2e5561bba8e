//! Format profiles: every value of the document format as data (page, fonts,
//! sizes, spacing, separators, punctuation), with the defaults of Hướng dẫn
//! 36-HD/VPTW (`party-hd36`) and Nghị định 30/2020/NĐ-CP (`state-nd30`).
//!
//! A document's profile is the base of its format ([`Profile::for_format`])
//! as a profile file adjusts it ([`Adjustment`]): the file names only the
//! values it changes, at any depth, and may name the base itself (`base:
//! party-hd36`). The file is an input like the program: it is read through
//! vanban-core's loader (positions, the bilingual catalogue, "did you
//! mean"), and the profile it makes is checked against the range rules of
//! `docs/rules.md` ([`rules`]) over every base it may be used with.
//!
//! ```
//! use vanban_core::kinds::FormatKind;
//! use vanban_render::profile::{Adjustment, Profile};
//!
//! let file = "line_height_pt: 19\nheading1:\n  size: 15\n";
//! let adjustment = Adjustment::from_yaml(file, "the-thuc.yaml").unwrap().value;
//! let state = adjustment.profile(FormatKind::State);
//! assert_eq!(state.name, "state-nd30");
//! assert_eq!(state.line_height_pt, 19.0);
//! assert!(state.heading1.bold && state.heading1.caps && state.heading1.size == 15.0);
//! assert_eq!(adjustment.profile(FormatKind::Party).motto_lines, ["ĐẢNG CỘNG SẢN VIỆT NAM"]);
//!
//! // The file names its base: it wins over the document's format.
//! let party = Adjustment::from_yaml("base: party-hd36\n", "p.yaml").unwrap().value;
//! assert_eq!(party.profile(FormatKind::State), Profile::party_hd36());
//! ```

mod adjust;
pub mod rules;
mod schema;
#[cfg(test)]
mod tests;

use adjust::adjustable;
pub use adjust::{Adjust, Pin, Set};
pub use schema::profile_schema;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use vanban_core::diagnostic::Diagnostics;
use vanban_core::kinds::FormatKind;
use vanban_core::loader::{self, Checker};
use vanban_core::{Loaded, Message};

adjustable! {
    /// Text style of one element: size in points, weight, slant, case.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields, default)]
    pub struct TextStyle;

    /// What a profile file gives for a text style: the keys it changes.
    #[schemars(
        rename = "TextStyle",
        description = "Kiểu chữ của một thành phần; chỉ cần ghi khóa muốn đổi, các khóa khác giữ giá trị của hồ sơ gốc."
    )]
    pub struct TextStylePatch {
        /// Size in points.
        #[schemars(description = "Cỡ chữ, pt (từ 6 đến 72).")]
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
#[schemars(
    description = "Cách đánh số phụ lục: \"arabic\" (Phụ lục 1, 2: văn bản của Đảng) hoặc \"roman\" (Phụ lục I, II: văn bản nhà nước)."
)]
pub enum Numbering {
    /// 1, 2, 3.
    #[schemars(description = "Số Ả Rập: Phụ lục 1, 2, 3.")]
    Arabic,
    /// I, II, III.
    #[schemars(description = "Số La Mã: Phụ lục I, II, III.")]
    Roman,
}

/// Page orientation of a section.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(description = "Hướng trang: \"portrait\" (dọc) hoặc \"landscape\" (ngang).")]
pub enum Orientation {
    /// Along the length of the paper.
    #[schemars(description = "Trang dọc.")]
    Portrait,
    /// Across it.
    #[schemars(description = "Trang ngang.")]
    Landscape,
}

adjustable! {
/// A format profile: every value of the format. The renderer reads these
/// fields; a profile file changes some of them ([`ProfilePatch`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Profile;

/// A profile file as written: the base it names, and every key of
/// [`Profile`], each optional, with its place in the file.
#[schemars(
    rename = "Profile",
    description = "Hồ sơ thể thức điều chỉnh: chỉ ghi những giá trị cần đổi, ở mọi cấp (heading1: {size: 15} vẫn giữ đậm, in hoa). Hồ sơ gốc là hồ sơ theo thể thức của từng văn bản (party-hd36 cho văn bản của Đảng, state-nd30 cho văn bản nhà nước), hoặc hồ sơ ghi ở khóa base. Khóa sai tên, giá trị ngoài giới hạn là lỗi."
)]
pub struct ProfilePatch {
    extra
    /// The base profile, whatever the document's format.
    #[schemars(
        description = "Hồ sơ gốc, dùng cho mọi văn bản bất kể thể thức của văn bản: \"party-hd36\" (Hướng dẫn 36-HD/VPTW) hoặc \"state-nd30\" (Nghị định 30/2020/NĐ-CP). Bỏ trống thì gốc là hồ sơ theo thể thức của từng văn bản (trường format của tệp chương trình, hoặc loại cơ quan ban hành).",
        extend("enum" = BASE_NAMES)
    )]
    base: Set<String>;
    /// Profile name ("party-hd36").
    #[schemars(description = "Tên hồ sơ, chỉ để ghi nhận, ví dụ \"party-hd36\".")]
    pub name: String,
    /// Page width and height in millimetres (A4: 210 × 297).
    #[schemars(description = "Khổ giấy: rộng và cao, mm (A4: [210, 297]); mỗi cạnh từ 100 đến 600 mm.")]
    pub page_mm: [f32; 2],
    /// Margins in millimetres: top, bottom, left, right. \[P\] 20/20/30/15.
    #[schemars(description = "Lề trên, dưới, trái, phải, mm; mỗi lề từ 0, và vùng chữ còn lại rộng ít nhất 60 mm, cao ít nhất 100 mm.")]
    pub margins_mm: [f32; 4],
    /// Distance of the page header (page number) from the top edge, mm. \[U\]
    #[schemars(description = "Khoảng cách từ mép trên trang đến số trang, mm; từ 0 đến lề trên.")]
    pub header_distance_mm: f32,
    /// The font family. \[V\] Times New Roman.
    #[schemars(description = "Tên phông ghi trong tệp Word, không để trống.")]
    pub font: String,
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" (or the state motto, first line). \[V\] 15 bold caps.
    #[schemars(description = "Kiểu chữ của dòng \"ĐẢNG CỘNG SẢN VIỆT NAM\" (hoặc quốc hiệu).")]
    pub motto: TextStyle,
    /// The motto's text lines.
    #[schemars(
        description = "Các dòng của tiêu đề bên phải, ví dụ [\"ĐẢNG CỘNG SẢN VIỆT NAM\"] hoặc [\"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\", \"Độc lập - Tự do - Hạnh phúc\"]."
    )]
    pub motto_lines: Vec<String>,
    /// The motto's lines after the first: the state Tiêu ngữ "Độc lập - Tự
    /// do - Hạnh phúc". \[V\] NĐ 30: 13–14 bold, initial capitals.
    #[schemars(
        description = "Kiểu chữ của các dòng sau dòng đầu của tiêu đề bên phải: tiêu ngữ \"Độc lập - Tự do - Hạnh phúc\" (NĐ 30: cỡ 13–14, đậm, viết hoa chữ cái đầu)."
    )]
    pub tagline: TextStyle,
    /// Rule under the motto: stroke width in points. \[U\] 0.5–0.75.
    #[schemars(description = "Độ dày đường kẻ dưới tiêu đề bên phải, pt.")]
    pub motto_rule_pt: f32,
    /// Length of that rule in millimetres. Unset (the default), it is the
    /// width of the last motto line, measured with the font: \[Calc\] 72.9 for
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" at 15 pt bold, 56.1 for the state motto at
    /// 13 pt bold (Liberation Serif / Times New Roman metrics).
    #[schemars(
        description = "Độ dài đường kẻ dưới tiêu đề bên phải, mm, không quá bề rộng vùng chữ; không đặt thì bằng chiều rộng dòng cuối của tiêu đề."
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
    /// Width of the left header column, millimetres. \[Calc\] 80–82
    /// (Party). The right column (the rest of the text width) must hold the
    /// motto's widest line: a rule of [`rules`] checks it when a profile is
    /// read. State: 58, so that "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" at 13 pt
    /// bold (95.7 mm \[Calc\]) fits on one line within every margin NĐ 30
    /// allows (a text width of 155 to 165 mm).
    #[schemars(
        description = "Chiều rộng cột trái của phần tiêu đề, mm (từ 30); cột phải (phần còn lại của bề rộng vùng chữ) phải đủ rộng cho dòng dài nhất của tiêu đề bên phải (quốc hiệu), nếu không là lỗi."
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
            tagline: style(15.0, true, false, false),
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
            tagline: style(14.0, true, false, false),
            superior: style(13.0, false, false, true),
            issuer: style(13.0, true, false, true),
            issuer_mark: String::new(),
            issuer_rule_share: 0.4,
            symbol: style(13.0, false, false, false),
            symbol_beside_date: true,
            header_left_mm: 58.0,
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

    /// The style of the motto's line `i` (from 0): the motto's for the
    /// first, the tagline's for the others.
    pub fn motto_style(&self, i: usize) -> &TextStyle {
        if i == 0 { &self.motto } else { &self.tagline }
    }

    /// The built-in profile of a format: `party-hd36` or `state-nd30`.
    pub fn for_format(format: vanban_core::kinds::FormatKind) -> Self {
        match format {
            vanban_core::kinds::FormatKind::Party => Self::party_hd36(),
            vanban_core::kinds::FormatKind::State => Self::state_nd30(),
        }
    }

    /// The built-in profile named `name`: `party-hd36` or `state-nd30`.
    pub fn builtin(name: &str) -> Option<Self> {
        base_of(name).map(Self::for_format)
    }

    /// Text width in millimetres.
    pub fn text_width_mm(&self) -> f32 {
        self.page_mm[0] - self.margins_mm[2] - self.margins_mm[3]
    }
}

/// The built-in profiles by name, the base of each format.
pub const BASES: [(&str, FormatKind); 2] = [
    ("party-hd36", FormatKind::Party),
    ("state-nd30", FormatKind::State),
];

/// The names of [`BASES`], as the schema lists them.
const BASE_NAMES: [&str; 2] = [BASES[0].0, BASES[1].0];

/// The name of a format's base profile: `party-hd36` or `state-nd30`.
pub fn base_name(format: FormatKind) -> &'static str {
    match format {
        FormatKind::Party => BASES[0].0,
        FormatKind::State => BASES[1].0,
    }
}

/// The format whose base profile is named `name`.
pub fn base_of(name: &str) -> Option<FormatKind> {
    BASES.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// A profile file, loaded and checked: the base it names (if any) and the
/// values it changes. It is kept as such, not as a finished profile: each
/// document's profile is made from it over that document's base
/// ([`Adjustment::profile`]). The default changes nothing.
#[derive(Clone, Debug, Default)]
pub struct Adjustment {
    base: Option<FormatKind>,
    patch: ProfilePatch,
}

impl Adjustment {
    /// Reads a profile file. `file` names it in diagnostics. Every problem
    /// is reported with its place: YAML, unknown keys at any depth (with
    /// "did you mean"), values of the wrong type, an unknown `base`, and
    /// every range rule broken by the profile the file makes over the base
    /// it names, or over each base when it names none.
    pub fn from_yaml(text: &str, file: &str) -> Result<Loaded<Adjustment>, Diagnostics> {
        loader::mapping_from_yaml(text, file, not_mapping, lower)
    }

    /// Like [`Adjustment::from_yaml`], from bytes: a file that is not UTF-8
    /// is reported with the place of the first bad byte.
    pub fn from_yaml_bytes(bytes: &[u8], file: &str) -> Result<Loaded<Adjustment>, Diagnostics> {
        loader::mapping_from_yaml_bytes(bytes, file, not_mapping, lower)
    }

    /// The base the file names, if it names one.
    pub fn base(&self) -> Option<FormatKind> {
        self.base
    }

    /// The profile of a document in `format`: the base the file names, else
    /// the format's own ([`Profile::for_format`]), with the file's values.
    pub fn profile(&self, format: FormatKind) -> Profile {
        let mut profile = Profile::for_format(self.base.unwrap_or(format));
        self.patch.apply(&mut profile);
        profile
    }

    /// How many values the file changes (each key of a text style counts).
    pub fn changes(&self) -> usize {
        self.patch.count()
    }

    /// The font folder the file names, relative to the file (no base names one).
    pub fn font_dir(&self) -> Option<&str> {
        self.patch.font_dir.get().map(String::as_str)
    }
}

fn not_mapping(found: String) -> Message {
    Message::ProfileNotMapping { found }
}

/// Checks the base the file names and the profile it makes over each base
/// it may be used with; a problem found over both is reported once.
fn lower(patch: &ProfilePatch, ck: &mut Checker<'_>) -> Option<Adjustment> {
    let base = match patch.base.get() {
        None => None,
        Some(name) => match base_of(name) {
            Some(format) => Some(format),
            None => {
                ck.error(
                    patch.base.pos(),
                    Message::UnknownValue {
                        field: "base".into(),
                        value: name.clone(),
                        accepted: BASE_NAMES.join(", "),
                        suggestion: vanban_core::suggest::closest(name, BASE_NAMES),
                    },
                );
                None
            }
        },
    };
    let shape = patch.problems();
    if !shape.is_empty() {
        for (pos, message) in shape {
            ck.error(pos, message);
        }
        return None;
    }
    let formats: &[FormatKind] = match base {
        Some(FormatKind::Party) => &[FormatKind::Party],
        Some(FormatKind::State) => &[FormatKind::State],
        None => &[FormatKind::Party, FormatKind::State],
    };
    let mut found: Vec<(Option<vanban_core::Pos>, Message)> = Vec::new();
    for &format in formats {
        let mut profile = Profile::for_format(format);
        patch.apply(&mut profile);
        for problem in rules::check(&profile, patch, format) {
            if !found.contains(&problem) {
                found.push(problem);
            }
        }
    }
    for (pos, message) in found {
        ck.error(pos, message);
    }
    Some(Adjustment {
        base,
        patch: patch.clone(),
    })
}

impl Default for Profile {
    fn default() -> Self {
        Self::party_hd36()
    }
}
