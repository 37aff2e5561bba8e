//! The status file as written: serde structs with the position of every
//! value; `lower` checks them against the program. The doc comments are in
//! Vietnamese: they become the descriptions of the JSON Schema.

use schemars::JsonSchema;
use serde::Deserialize;

use crate::kinds::ReportKind;
use crate::raw::{RawRecipient, RawRevision, RawSigner, S, Text};
use crate::schema::{Date, Id, Vocab};

/// Tệp tình hình thực hiện của một kỳ báo cáo về một chương trình: thông tin của báo cáo, các phần nhận định do cán bộ viết và sự việc theo từng nhiệm vụ. Số liệu tổng hợp (số nhiệm vụ đúng hạn, quá hạn, tỷ lệ) do vanban tự tính, không ghi ở đây.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "StatusFile")]
pub struct RawStatusFile {
    /// Thông tin của báo cáo: loại, kỳ báo cáo, số và ký hiệu, ngày, người ký, nơi nhận.
    #[schemars(with = "RawReport")]
    pub report: S<RawReport>,
    /// Các phần nhận định do cán bộ viết; phần nào cũng không bắt buộc, mỗi phần là danh sách đoạn văn.
    #[serde(default)]
    #[schemars(with = "Option<RawNarrative>")]
    pub narrative: Option<S<RawNarrative>>,
    /// Sự việc theo từng nhiệm vụ của chương trình; chỉ ghi nhiệm vụ có điều cần ghi nhận.
    #[serde(default)]
    #[schemars(with = "Vec<RawTaskStatus>")]
    pub tasks: Vec<S<RawTaskStatus>>,
}

/// Thông tin của báo cáo.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Report")]
pub struct RawReport {
    /// Loại báo cáo: "định kỳ", "sơ kết" hoặc "tổng kết".
    #[schemars(with = "Vocab<ReportKind>")]
    pub kind: S<Text>,
    /// Kỳ báo cáo: từ ngày, đến ngày.
    #[schemars(with = "RawPeriod")]
    pub period: S<RawPeriod>,
    /// Ngày chốt số liệu, dạng ngày/tháng/năm, trong kỳ báo cáo; mặc định là ngày cuối kỳ (period.to).
    #[serde(default)]
    #[schemars(with = "Option<Date>")]
    pub as_of: Option<S<Text>>,
    /// Số và ký hiệu của báo cáo (loại BC), không ghi chữ "Số", ví dụ "125-BC/QU".
    #[schemars(with = "Text")]
    pub symbol: S<Text>,
    /// Ngày ký báo cáo, dạng ngày/tháng/năm, ví dụ "10/10/2023"; không sớm hơn ngày cuối kỳ.
    #[schemars(with = "Date")]
    pub date: S<Text>,
    /// Trích yếu viết tay, thay cho trích yếu vanban tự soạn theo loại và kỳ báo cáo.
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub summary: Option<S<Text>>,
    /// Người ký báo cáo.
    #[schemars(with = "RawSigner")]
    pub signer: S<RawSigner>,
    /// Nơi nhận, theo thứ tự (ít nhất một; thiếu là lỗi).
    #[serde(default)]
    #[schemars(with = "Vec<RawRecipient>", extend("minItems" = 1))]
    pub recipients: Vec<S<RawRecipient>>,
    /// Nơi lưu báo cáo, ví dụ "Văn phòng Quận ủy" (dòng "- Lưu Văn phòng Quận ủy.").
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub archive: Option<S<Text>>,
    /// Số ngày của khoảng "sắp đến hạn": nhiệm vụ chưa hoàn thành có hạn trong chừng ấy ngày sau ngày chốt số liệu (mặc định 90).
    #[serde(default)]
    #[schemars(with = "Option<u32>", extend("default" = super::DEFAULT_DUE_SOON_DAYS))]
    pub due_soon_days: Option<S<u32>>,
}

/// Kỳ báo cáo.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Period")]
pub struct RawPeriod {
    /// Ngày đầu kỳ, dạng ngày/tháng/năm, ví dụ "12/9/2022".
    #[schemars(with = "Date")]
    pub from: S<Text>,
    /// Ngày cuối kỳ, dạng ngày/tháng/năm, ví dụ "30/9/2023"; không trước ngày của chương trình.
    #[schemars(with = "Date")]
    pub to: S<Text>,
    /// Cách gọi kỳ báo cáo trong trích yếu, ví dụ "01 năm", "6 tháng đầu năm 2023"; bỏ trống thì vanban tự đặt theo ngày.
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub label: Option<S<Text>>,
}

/// Các phần nhận định của báo cáo; mỗi phần là danh sách đoạn văn.
#[derive(Deserialize, Debug, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Narrative")]
pub struct RawNarrative {
    /// I.1 Công tác lãnh đạo, chỉ đạo, quán triệt: các đoạn văn.
    #[serde(default)]
    #[schemars(with = "Vec<Text>")]
    pub leadership: Vec<S<Text>>,
    /// I.2 Kết quả thực hiện: các đoạn văn đứng trước phần số liệu vanban tự tính.
    #[serde(default)]
    #[schemars(with = "Vec<Text>")]
    pub results: Vec<S<Text>>,
    /// I.2 a), b) …: nhận định riêng cho từng nhóm nhiệm vụ, gọi nhóm bằng mã trong tệp chương trình.
    #[serde(default)]
    #[schemars(with = "Vec<RawGroupNarrative>")]
    pub groups: Vec<S<RawGroupNarrative>>,
    /// I.3 Công tác kiểm tra, giám sát: các đoạn văn.
    #[serde(default)]
    #[schemars(with = "Vec<Text>")]
    pub inspection: Vec<S<Text>>,
    /// II.1 Ưu điểm: các đoạn văn.
    #[serde(default)]
    #[schemars(with = "Vec<Text>")]
    pub strengths: Vec<S<Text>>,
    /// II.2 Hạn chế, khuyết điểm: các đoạn văn.
    #[serde(default)]
    #[schemars(with = "Vec<Text>")]
    pub shortcomings: Vec<S<Text>>,
    /// II.3 Nguyên nhân: khách quan và chủ quan.
    #[serde(default)]
    #[schemars(with = "Option<RawCauses>")]
    pub causes: Option<S<RawCauses>>,
    /// II.4 Bài học kinh nghiệm: các đoạn văn.
    #[serde(default)]
    #[schemars(with = "Vec<Text>")]
    pub lessons: Vec<S<Text>>,
    /// III. Phương hướng, nhiệm vụ, giải pháp thời gian tới: các đoạn văn.
    #[serde(default)]
    #[schemars(with = "Vec<Text>")]
    pub next_tasks: Vec<S<Text>>,
    /// IV. Đề xuất, kiến nghị: các đoạn văn.
    #[serde(default)]
    #[schemars(with = "Vec<Text>")]
    pub proposals: Vec<S<Text>>,
}

/// Nhận định về một nhóm nhiệm vụ.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "GroupNarrative")]
pub struct RawGroupNarrative {
    /// Mã nhóm nhiệm vụ trong tệp chương trình, ví dụ "nhom-1".
    #[schemars(with = "Id")]
    pub group: S<Text>,
    /// Các đoạn văn nhận định về nhóm.
    #[serde(default)]
    #[schemars(with = "Vec<Text>")]
    pub text: Vec<S<Text>>,
}

/// Nguyên nhân của hạn chế, khuyết điểm.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Causes")]
pub struct RawCauses {
    /// Nguyên nhân khách quan: các đoạn văn.
    #[serde(default)]
    #[schemars(with = "Vec<Text>")]
    pub objective: Vec<S<Text>>,
    /// Nguyên nhân chủ quan: các đoạn văn.
    #[serde(default)]
    #[schemars(with = "Vec<Text>")]
    pub subjective: Vec<S<Text>>,
}

/// Sự việc ghi nhận về một nhiệm vụ.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "TaskStatus")]
pub struct RawTaskStatus {
    /// Mã nhiệm vụ trong tệp chương trình, ví dụ "t04".
    #[schemars(with = "Id")]
    pub id: S<Text>,
    /// Ngày hoàn thành, dạng ngày/tháng/năm, ví dụ "20/7/2023".
    #[serde(default)]
    #[schemars(with = "Option<Date>")]
    pub completed: Option<S<Text>>,
    /// Kết quả, sản phẩm đã đạt.
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub result: Option<S<Text>>,
    /// Ghi nhận tiến độ: các đoạn văn.
    #[serde(default)]
    #[schemars(with = "Vec<Text>")]
    pub progress: Vec<S<Text>>,
    /// Lý do chậm tiến độ.
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub delay_reason: Option<S<Text>>,
    /// Thời hạn điều chỉnh sau khi ban hành chương trình (thay cho điều chỉnh ghi trong chương trình, nếu có).
    #[serde(default)]
    #[schemars(with = "Option<RawRevision>")]
    pub revised: Option<S<RawRevision>>,
}
