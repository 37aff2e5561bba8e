//! The project file as written: serde structs with the position of every
//! value; `lower` checks them. A document entry repeats the option fields
//! of `defaults` rather than flattening them, which would lose the spans.
//! The doc comments are in Vietnamese: they become the descriptions of the
//! JSON Schema.

use schemars::JsonSchema;
use serde::Deserialize;

use super::OutputFormat;
use crate::raw::S;
use crate::schema::Vocab;

/// Tệp dự án vanban.yaml: các chương trình và báo cáo của một thư mục, nơi ghi văn bản kết quả và các tùy chọn; "vanban build" đọc tệp này. Mọi đường dẫn tính từ thư mục chứa vanban.yaml.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Project")]
pub struct RawProject {
    /// Các thư mục ngoài thư mục dự án được phép đọc (mẫu câu chữ, phông chữ, hồ sơ thể thức, tệp đầu vào), ví dụ ["../mau-chung"]; mọi đường dẫn khác phải nằm trong thư mục dự án. Thư mục kết quả không bao giờ được ở ngoài.
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub allow_outside: Option<S<Vec<S<String>>>>,
    /// Thư mục ghi văn bản kết quả (mặc định "out").
    #[serde(default)]
    #[schemars(with = "Option<String>", extend("default" = super::DEFAULT_OUTPUT))]
    pub output: Option<S<String>>,
    /// Tùy chọn chung cho mọi văn bản; từng văn bản có thể ghi đè.
    #[serde(default)]
    #[schemars(with = "Option<RawOptions>")]
    pub defaults: Option<S<RawOptions>>,
    /// Các văn bản dựng từ tệp chương trình (như "vanban render").
    #[serde(default)]
    #[schemars(with = "Vec<RawProgramEntry>")]
    pub programs: Vec<S<RawProgramEntry>>,
    /// Các báo cáo dựng từ tệp chương trình và tệp tình hình thực hiện (như "vanban report").
    #[serde(default)]
    #[schemars(with = "Vec<RawReportEntry>")]
    pub reports: Vec<S<RawReportEntry>>,
}

/// Tùy chọn chung cho mọi văn bản của dự án.
#[derive(Deserialize, Debug, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Options")]
pub struct RawOptions {
    /// Định dạng văn bản kết quả: "docx", "pdf" (mặc định cả hai).
    #[serde(default)]
    #[schemars(
        with = "Option<Vec<Vocab<OutputFormat>>>",
        extend("minItems" = 1, "default" = OutputFormat::ALL.map(OutputFormat::name))
    )]
    pub formats: Option<S<Vec<S<String>>>>,
    /// Tệp hồ sơ thể thức điều chỉnh (YAML, xem profile.schema.json).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub profile: Option<S<String>>,
    /// Thư mục mẫu câu chữ thay thế (tạo bằng "vanban templates export").
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub templates: Option<S<String>>,
    /// Thư mục phông chữ cho PDF thay cho Liberation Serif đi kèm, ví dụ Times New Roman: times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub font_dir: Option<S<String>>,
}

/// Một văn bản dựng từ tệp chương trình.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "ProgramEntry")]
pub struct RawProgramEntry {
    /// Tệp chương trình, ví dụ "chuong-trinh.yaml".
    #[schemars(with = "String")]
    pub file: S<String>,
    /// Tên tệp kết quả, không có phần mở rộng và không chứa "/"; mặc định là tên tệp chương trình bỏ phần mở rộng.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub name: Option<S<String>>,
    /// Định dạng văn bản kết quả: "docx", "pdf" (mặc định theo "defaults").
    #[serde(default)]
    #[schemars(with = "Option<Vec<Vocab<OutputFormat>>>", extend("minItems" = 1))]
    pub formats: Option<S<Vec<S<String>>>>,
    /// Tệp hồ sơ thể thức điều chỉnh (mặc định theo "defaults").
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub profile: Option<S<String>>,
    /// Thư mục mẫu câu chữ thay thế (mặc định theo "defaults").
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub templates: Option<S<String>>,
    /// Thư mục phông chữ cho PDF (mặc định theo "defaults").
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub font_dir: Option<S<String>>,
}

/// Một báo cáo dựng từ tệp chương trình và tệp tình hình thực hiện.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "ReportEntry")]
pub struct RawReportEntry {
    /// Tệp chương trình được báo cáo, ví dụ "chuong-trinh.yaml".
    #[schemars(with = "String")]
    pub program: S<String>,
    /// Tệp tình hình thực hiện của kỳ báo cáo, ví dụ "bao-cao.yaml".
    #[schemars(with = "String")]
    pub status: S<String>,
    /// Tệp tình hình thực hiện của kỳ báo cáo trước, để so sánh.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub previous: Option<S<String>>,
    /// Tên tệp kết quả, không có phần mở rộng và không chứa "/"; mặc định là tên tệp tình hình thực hiện bỏ phần mở rộng.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub name: Option<S<String>>,
    /// Định dạng văn bản kết quả: "docx", "pdf" (mặc định theo "defaults").
    #[serde(default)]
    #[schemars(with = "Option<Vec<Vocab<OutputFormat>>>", extend("minItems" = 1))]
    pub formats: Option<S<Vec<S<String>>>>,
    /// Tệp hồ sơ thể thức điều chỉnh (mặc định theo "defaults").
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub profile: Option<S<String>>,
    /// Thư mục mẫu câu chữ thay thế (mặc định theo "defaults").
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub templates: Option<S<String>>,
    /// Thư mục phông chữ cho PDF (mặc định theo "defaults").
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub font_dir: Option<S<String>>,
}
