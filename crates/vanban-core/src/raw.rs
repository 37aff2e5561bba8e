//! The YAML as written: serde structs that mirror the file, with the source
//! position of every value that validation may report on. Nothing here is
//! checked beyond its YAML type; `lower` turns it into the model.
//!
//! The doc comments of the structs and fields are in Vietnamese: they become
//! the descriptions of the JSON Schema (`crate::schema`) that editors show.
//! Every field wrapped in [`Spanned`] names its unwrapped type for the schema
//! (`#[schemars(with = …)]`).

use crate::kinds::{AgencyKind, CitationRole, DocumentKind, FormatKind, IssuerKind};
use crate::schema::{Date, Id, Vocab};
use crate::text::{collapse_spaces, nfc};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer};
use serde_saphyr::Spanned;
use std::borrow::Cow;

/// A text value: NFC-normalised, white space collapsed, ends trimmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text(pub String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(Text(collapse_spaces(&nfc(&s))))
    }
}

/// In the schema a text is a string (the loader also takes an unquoted
/// number or `true` as its text, which the schema does not).
impl JsonSchema for Text {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string" })
    }
}

/// A value with its place in the source.
pub type S<T> = Spanned<T>;

/// Tệp chương trình (chương trình hành động, kế hoạch, …) của một cơ quan: cơ quan ban hành, thông tin văn bản, văn bản viện dẫn, cơ quan thực hiện, mục đích, yêu cầu, mục tiêu, các nhóm nhiệm vụ và phần tổ chức thực hiện.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Program")]
pub struct RawProgram {
    /// Thể thức văn bản: "đảng" (Hướng dẫn 36-HD/VPTW) hoặc "nhà nước" (Nghị định 30/2020/NĐ-CP). Bỏ trống thì theo loại cơ quan ban hành (issuer.kind).
    #[serde(default)]
    #[schemars(with = "Option<Vocab<FormatKind>>")]
    pub format: Option<S<Text>>,
    /// Cơ quan ban hành văn bản.
    #[schemars(with = "RawIssuer")]
    pub issuer: S<RawIssuer>,
    /// Thông tin của văn bản: loại, số và ký hiệu, ngày ban hành, trích yếu, người ký, nơi nhận.
    #[schemars(with = "RawDocument")]
    pub document: S<RawDocument>,
    /// Các văn bản được viện dẫn (văn bản được thực hiện, kế thừa, làm căn cứ hoặc có liên quan).
    #[serde(default)]
    #[schemars(with = "Vec<RawCited>")]
    pub cited: Vec<S<RawCited>>,
    /// Các cơ quan, đơn vị được giao nhiệm vụ; nhiệm vụ gọi đến cơ quan bằng mã (id).
    #[schemars(with = "Vec<RawAgency>")]
    pub agencies: S<Vec<S<RawAgency>>>,
    /// Mục đích: các đoạn văn (ít nhất một đoạn).
    #[schemars(with = "Vec<Text>", extend("minItems" = 1))]
    pub purposes: S<Vec<S<Text>>>,
    /// Yêu cầu: các đoạn văn.
    #[serde(default)]
    #[schemars(with = "Vec<Text>")]
    pub requirements: Vec<S<Text>>,
    /// Mục tiêu: mục tiêu chung và các chỉ tiêu cụ thể.
    #[serde(default)]
    #[schemars(with = "Option<RawObjectives>")]
    pub objectives: Option<S<RawObjectives>>,
    /// Các nhóm nhiệm vụ, giải pháp, theo thứ tự trình bày (ít nhất một nhóm).
    #[schemars(with = "Vec<RawGroup>", extend("minItems" = 1))]
    pub groups: S<Vec<S<RawGroup>>>,
    /// Tổ chức thực hiện: các đoạn văn giao việc cho cơ quan, đơn vị.
    #[serde(default)]
    #[schemars(with = "Vec<RawImplementation>")]
    pub implementation: Vec<S<RawImplementation>>,
    /// Đoạn kết thúc văn bản.
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub closing: Option<S<Text>>,
}

/// Cơ quan ban hành văn bản.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Issuer")]
pub struct RawIssuer {
    /// Tên cơ quan ban hành, viết như trong câu, ví dụ "Quận ủy Sơn Trà"; khi dựng văn bản tên được in hoa.
    #[schemars(with = "Text")]
    pub name: S<Text>,
    /// Chữ viết tắt tên cơ quan trong ký hiệu văn bản, ví dụ "QU" trong "11-CTr/QU".
    #[schemars(with = "Text")]
    pub abbreviation: S<Text>,
    /// Địa danh ở dòng ngày tháng, ví dụ "Sơn Trà".
    #[schemars(with = "Text")]
    pub place: S<Text>,
    /// Loại cơ quan ban hành; quyết định thể thức và cách ký.
    #[schemars(with = "Vocab<IssuerKind>")]
    pub kind: S<Text>,
    /// Tập thể thay mặt cơ quan, ví dụ "Ban Thường vụ Quận ủy".
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub standing_committee: Option<S<Text>>,
    /// Cơ quan cấp trên trực tiếp, in ở dòng trên của tên cơ quan ban hành.
    #[serde(default)]
    #[schemars(with = "Option<RawBody>")]
    pub superior: Option<S<RawBody>>,
}

/// Cơ quan cấp trên trực tiếp.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Superior")]
pub struct RawBody {
    /// Tên cơ quan cấp trên, ví dụ "Đảng bộ thành phố Đà Nẵng".
    #[schemars(with = "Text")]
    pub name: S<Text>,
    /// Chữ viết tắt tên cơ quan cấp trên, ví dụ "TU".
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub abbreviation: Option<S<Text>>,
    /// Địa danh của cơ quan cấp trên, ví dụ "Đà Nẵng".
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub place: Option<S<Text>>,
}

/// Thông tin của văn bản.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Document")]
pub struct RawDocument {
    /// Loại văn bản, ví dụ "chương trình hành động", "kế hoạch".
    #[schemars(with = "Vocab<DocumentKind>")]
    pub kind: S<Text>,
    /// Số và ký hiệu, không ghi chữ "Số": văn bản của Đảng dạng số-loại/cơ quan ("11-CTr/QU"), văn bản nhà nước dạng số/loại-cơ quan ("15/KH-UBND").
    #[schemars(with = "Text")]
    pub symbol: S<Text>,
    /// Ngày ban hành, dạng ngày/tháng/năm, ví dụ "12/9/2022" (hoặc năm-tháng-ngày "2022-09-12").
    #[schemars(with = "Date")]
    pub date: S<Text>,
    /// Trích yếu nội dung; văn bản của Đảng bắt đầu bằng chữ thường, ví dụ "thực hiện Kết luận số 209-KL/TU …".
    #[schemars(with = "Text")]
    pub summary: S<Text>,
    /// Người ký văn bản.
    #[schemars(with = "RawSigner")]
    pub signer: S<RawSigner>,
    /// Nơi nhận, theo thứ tự (ít nhất một; thiếu là lỗi).
    #[serde(default)]
    #[schemars(with = "Vec<RawRecipient>", extend("minItems" = 1))]
    pub recipients: Vec<S<RawRecipient>>,
    /// Nơi lưu văn bản, ví dụ "Văn phòng Quận ủy" (dòng "- Lưu Văn phòng Quận ủy.").
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub archive: Option<S<Text>>,
}

/// Người ký.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Signer")]
pub struct RawSigner {
    /// Thẩm quyền ký: một dòng, ví dụ "T/M BAN THƯỜNG VỤ", hoặc danh sách hai dòng theo thứ tự in, dòng thay mặt rồi dòng ký thay, ví dụ [TM. Ủy ban nhân dân, KT. Chủ tịch]. Đảng: T/M, K/T, T/L, T/UQ; nhà nước: TM., KT., TL., TUQ., Q.; bỏ trống khi người đứng đầu ký trực tiếp.
    #[serde(default)]
    #[schemars(with = "Option<RawAuthority>")]
    pub authority: Option<S<RawAuthority>>,
    /// Chức vụ của người ký, ví dụ "Bí thư", "Phó Bí thư Thường trực".
    #[schemars(with = "Text")]
    pub title: S<Text>,
    /// Họ và tên người ký.
    #[schemars(with = "Text")]
    pub name: S<Text>,
}

/// The signing authority as written: one line, or a list of lines in print
/// order (`[TM. Ủy ban nhân dân, KT. Chủ tịch]`). How many lines, and which,
/// is checked by `lower`.
#[derive(Debug)]
pub enum RawAuthority {
    /// `authority: T/M BAN THƯỜNG VỤ`.
    Line(Text),
    /// `authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]`, each line with its place.
    Lines(Vec<S<Text>>),
}

impl<'de> Deserialize<'de> for RawAuthority {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(AuthorityVisitor)
    }
}

struct AuthorityVisitor;

impl AuthorityVisitor {
    fn line<E>(v: &str) -> Result<RawAuthority, E> {
        Ok(RawAuthority::Line(Text(collapse_spaces(&nfc(v)))))
    }
}

/// A text, or a list of texts. As for [`Text`], an unquoted number or
/// `true` is taken as its text.
impl<'de> serde::de::Visitor<'de> for AuthorityVisitor {
    type Value = RawAuthority;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string or a sequence of strings")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawAuthority, E> {
        Self::line(v)
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<RawAuthority, E> {
        Self::line(&v.to_string())
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<RawAuthority, E> {
        Self::line(&v.to_string())
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<RawAuthority, E> {
        Self::line(&v.to_string())
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<RawAuthority, E> {
        Self::line(&v.to_string())
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<RawAuthority, A::Error> {
        let mut lines = Vec::new();
        while let Some(line) = seq.next_element::<S<Text>>()? {
            lines.push(line);
        }
        Ok(RawAuthority::Lines(lines))
    }
}

/// In the schema: a string, or a list of at most two strings.
impl JsonSchema for RawAuthority {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Authority".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": ["string", "array"],
            "items": { "type": "string" },
            "maxItems": 2
        })
    }
}

/// Một nơi nhận.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Recipient")]
pub struct RawRecipient {
    /// Tên nơi nhận, ví dụ "Ban Thường vụ Thành ủy".
    #[schemars(with = "Text")]
    pub name: S<Text>,
    /// Mục đích gửi, ví dụ "để b/c".
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub purpose: Option<S<Text>>,
}

/// Một văn bản được viện dẫn.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Cited")]
pub struct RawCited {
    /// Mã của văn bản, duy nhất trong tệp: chữ thường không dấu, chữ số và - _ . (ví dụ "kl-209").
    #[schemars(with = "Id")]
    pub id: S<Text>,
    /// Loại văn bản được viện dẫn, ví dụ "kết luận", "nghị quyết".
    #[schemars(with = "Vocab<DocumentKind>")]
    pub kind: S<Text>,
    /// Số và ký hiệu của văn bản được viện dẫn, ví dụ "209-KL/TU".
    #[schemars(with = "Text")]
    pub symbol: S<Text>,
    /// Ngày ban hành của văn bản được viện dẫn, dạng ngày/tháng/năm, ví dụ "22/6/2022"; không sau ngày của văn bản này.
    #[schemars(with = "Date")]
    pub date: S<Text>,
    /// Cơ quan ban hành văn bản được viện dẫn, ví dụ "Ban Thường vụ Thành ủy Đà Nẵng".
    #[schemars(with = "Text")]
    pub issuer: S<Text>,
    /// Trích yếu của văn bản được viện dẫn, ví dụ "về xây dựng và phát triển quận Sơn Trà …".
    #[schemars(with = "Text")]
    pub subject: S<Text>,
    /// Quan hệ với văn bản này: "thực hiện", "kế thừa", "căn cứ" hoặc "liên quan" (mặc định).
    #[serde(default)]
    #[schemars(with = "Option<Vocab<CitationRole>>")]
    pub role: Option<S<Text>>,
}

/// Một cơ quan, đơn vị thực hiện.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Agency")]
pub struct RawAgency {
    /// Mã cơ quan, duy nhất trong tệp: chữ thường không dấu, chữ số và - _ . (ví dụ "vp-qu").
    #[schemars(with = "Id")]
    pub id: S<Text>,
    /// Tên đầy đủ của cơ quan, ví dụ "Văn phòng Quận ủy".
    #[schemars(with = "Text")]
    pub name: S<Text>,
    /// Tên ngắn dùng trong bảng nhiệm vụ, nếu khác tên đầy đủ.
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub short: Option<S<Text>>,
    /// Khối của cơ quan: đảng, chính quyền, mặt trận, đoàn thể, công an, quân sự, phường/xã hoặc khác.
    #[schemars(with = "Vocab<AgencyKind>")]
    pub kind: S<Text>,
}

/// Mục tiêu của chương trình.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Objectives")]
pub struct RawObjectives {
    /// Mục tiêu chung (một đoạn văn).
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub general: Option<S<Text>>,
    /// Các chỉ tiêu cụ thể.
    #[serde(default)]
    #[schemars(with = "Vec<RawTarget>")]
    pub targets: Vec<S<RawTarget>>,
}

/// Một chỉ tiêu.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Target")]
pub struct RawTarget {
    /// Nội dung chỉ tiêu, ví dụ "tỷ lệ thủ tục hành chính được giải quyết trực tuyến".
    #[schemars(with = "Text")]
    pub text: S<Text>,
    /// Giá trị của chỉ tiêu (một số), ví dụ 95.
    #[schemars(with = "f64")]
    pub value: S<f64>,
    /// Đơn vị của giá trị, ví dụ "%".
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub unit: Option<S<Text>>,
    /// Năm phải đạt chỉ tiêu, ví dụ 2025.
    #[schemars(with = "i32")]
    pub year: S<i32>,
}

/// Một nhóm nhiệm vụ, giải pháp.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Group")]
pub struct RawGroup {
    /// Mã nhóm, duy nhất trong tệp (ví dụ "nhom-1"); tệp tình hình thực hiện gọi nhóm bằng mã này.
    #[schemars(with = "Id")]
    pub id: S<Text>,
    /// Tiêu đề ngắn của nhóm, dùng làm đề mục và dòng nhóm trong bảng nhiệm vụ.
    #[schemars(with = "Text")]
    pub title: S<Text>,
    /// Đoạn mở đầu của nhóm, ví dụ "Tập trung …".
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub intro: Option<S<Text>>,
    /// Các nhiệm vụ của nhóm, theo thứ tự.
    #[serde(default)]
    #[schemars(with = "Vec<RawTask>")]
    pub tasks: Vec<S<RawTask>>,
}

/// Một nhiệm vụ.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Task")]
pub struct RawTask {
    /// Mã nhiệm vụ, duy nhất trong tệp (ví dụ "t01"); tệp tình hình thực hiện gọi nhiệm vụ bằng mã này.
    #[schemars(with = "Id")]
    pub id: S<Text>,
    /// Nội dung nhiệm vụ.
    #[schemars(with = "Text")]
    pub content: S<Text>,
    /// Mã cơ quan chủ trì, một mã trong "agencies"; nhiệm vụ không có cơ quan chủ trì là lỗi.
    #[serde(default)]
    #[schemars(with = "Option<Id>")]
    pub lead: Option<S<Text>>,
    /// Mã cơ quan tham mưu, một mã trong "agencies".
    #[serde(default)]
    #[schemars(with = "Option<Id>")]
    pub advisor: Option<S<Text>>,
    /// Mã các cơ quan phối hợp, trong "agencies".
    #[serde(default)]
    #[schemars(with = "Vec<Id>")]
    pub coordinators: Vec<S<Text>>,
    /// Thời gian thực hiện, ví dụ "05/12/2022", "Tháng 10/2023", "Quý IV/2022", "6 tháng đầu năm 2023", "Năm 2023", "2022 – 2025", "Đến năm 2030", "Hằng năm", "Thường xuyên"; thiếu thì có cảnh báo.
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub timeframe: Option<S<Text>>,
    /// Thời hạn đã điều chỉnh; thời hạn ban đầu vẫn được ghi nhận.
    #[serde(default)]
    #[schemars(with = "Option<RawRevision>")]
    pub revised: Option<S<RawRevision>>,
    /// Sản phẩm của nhiệm vụ, ví dụ "Kế hoạch", "Báo cáo".
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub product: Option<S<Text>>,
    /// Ghi chú.
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub notes: Option<S<Text>>,
}

/// Điều chỉnh thời hạn của một nhiệm vụ.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Revision")]
pub struct RawRevision {
    /// Thời gian thực hiện mới, viết như "timeframe" của nhiệm vụ, ví dụ "Quý II/2023".
    #[schemars(with = "Text")]
    pub timeframe: S<Text>,
    /// Lý do điều chỉnh.
    #[serde(default)]
    #[schemars(with = "Option<Text>")]
    pub reason: Option<S<Text>>,
    /// Ngày quyết định điều chỉnh, dạng ngày/tháng/năm, ví dụ "15/12/2022".
    #[serde(default)]
    #[schemars(with = "Option<Date>")]
    pub date: Option<S<Text>>,
}

/// Một đoạn của phần tổ chức thực hiện.
#[derive(Deserialize, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Implementation")]
pub struct RawImplementation {
    /// Mã các cơ quan được giao trong đoạn này, trong "agencies".
    #[serde(default)]
    #[schemars(with = "Vec<Id>")]
    pub agencies: Vec<S<Text>>,
    /// Nội dung đoạn văn.
    #[schemars(with = "Text")]
    pub text: S<Text>,
}
