//! The validated model of an action program.

use crate::authority::Authority;
use crate::date::VnDate;
use crate::diagnostic::Pos;
use crate::kinds::{AgencyKind, CitationRole, DocumentKind, FormatKind, IssuerKind};
use crate::symbol::DocumentSymbol;
use crate::timeframe::Timeframe;

/// An action program (chương trình hành động) and everything it refers to.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    /// The format rule set (Party HD 36 or state NĐ 30).
    pub format: FormatKind,
    /// The issuing body.
    pub issuer: Issuer,
    /// The document's identity: kind, number, date, summary, signer, recipients.
    pub document: DocumentInfo,
    /// Documents cited, in order.
    pub cited: Vec<CitedDocument>,
    /// The registry of agencies that tasks refer to.
    pub agencies: Vec<Agency>,
    /// Purposes (mục đích), one paragraph each.
    pub purposes: Vec<String>,
    /// Requirements (yêu cầu), one paragraph each.
    pub requirements: Vec<String>,
    /// Objectives, when the program states them.
    pub objectives: Option<Objectives>,
    /// The task groups with their tasks.
    pub groups: Vec<TaskGroup>,
    /// The organisation of implementation (tổ chức thực hiện).
    pub implementation: Vec<ImplementationItem>,
    /// A closing paragraph.
    pub closing: Option<String>,
}

/// A body named in the header: the issuer's superior.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Body {
    /// Full name, normal case ("Đảng bộ thành phố Đà Nẵng").
    pub name: String,
    /// Abbreviation used in symbols ("TU").
    pub abbreviation: Option<String>,
    /// Place name for its date line.
    pub place: Option<String>,
}

/// The body that issues the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issuer {
    /// Full name, normal case ("Quận ủy Sơn Trà").
    pub name: String,
    /// Abbreviation used in symbols ("QU").
    pub abbreviation: String,
    /// Place name for the date line ("Sơn Trà").
    pub place: String,
    /// What kind of body it is.
    pub kind: IssuerKind,
    /// The collective acting for it ("Ban Thường vụ Quận ủy").
    pub standing_committee: Option<String>,
    /// Its direct superior body, shown above its name in the header.
    pub superior: Option<Body>,
}

impl Issuer {
    /// Who acts in sentences: the standing committee when there is one, else the body.
    pub fn actor(&self) -> &str {
        self.standing_committee.as_deref().unwrap_or(&self.name)
    }
}

/// The document's identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentInfo {
    /// Kind of document.
    pub kind: DocumentKind,
    /// Number and symbol.
    pub symbol: DocumentSymbol,
    /// Date of issue.
    pub date: VnDate,
    /// Summary line (trích yếu).
    pub summary: String,
    /// Who signs.
    pub signer: Signer,
    /// Recipients (Nơi nhận), without the archive line.
    pub recipients: Vec<Recipient>,
    /// Where the original is kept: "Văn phòng Quận ủy" gives "- Lưu Văn phòng Quận ủy.".
    pub archive: Option<String>,
}

/// The signer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signer {
    /// The authority lines, in print order: none (the head signs directly),
    /// one ("T/M BAN THƯỜNG VỤ"), or two, on behalf then deputy ("TM. ỦY BAN
    /// NHÂN DÂN", "KT. CHỦ TỊCH"). Never an empty line.
    pub authorities: Vec<Authority>,
    /// Title, normal case ("Bí thư").
    pub title: String,
    /// Name.
    pub name: String,
}

impl Signer {
    /// The first authority line, which says for whom the signer signs; none
    /// when the head signs directly.
    pub fn authority(&self) -> Option<&Authority> {
        self.authorities.first()
    }
}

/// One recipient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    /// Who.
    pub name: String,
    /// Why ("để b/c").
    pub purpose: Option<String>,
}

/// A document cited by the program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitedDocument {
    /// Id within the file.
    pub id: String,
    /// Its kind.
    pub kind: DocumentKind,
    /// Its number and symbol.
    pub symbol: DocumentSymbol,
    /// Its date.
    pub date: VnDate,
    /// Who issued it ("Ban Thường vụ Thành ủy Đà Nẵng").
    pub issuer: String,
    /// What it is about.
    pub subject: String,
    /// How the program relates to it.
    pub role: CitationRole,
}

impl CitedDocument {
    /// The full citation in Party style: "Kết luận số 209-KL/TU, ngày 22/6/2022
    /// của Ban Thường vụ Thành ủy Đà Nẵng về …".
    pub fn citation(&self) -> String {
        format!("{} về {}", self.short_citation_with_issuer(), self.subject)
    }

    /// "Kết luận số 209-KL/TU, ngày 22/6/2022 của Ban Thường vụ Thành ủy Đà Nẵng".
    pub fn short_citation_with_issuer(&self) -> String {
        format!(
            "{} số {}, ngày {} của {}",
            self.kind.title(),
            self.symbol,
            self.date.short(),
            self.issuer
        )
    }

    /// The short form used after the first citation: "Kết luận số 209-KL/TU".
    pub fn short_citation(&self) -> String {
        format!("{} số {}", self.kind.title(), self.symbol)
    }
}

/// An agency id, as written in the YAML.
pub type AgencyId = String;

/// An agency that tasks are assigned to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agency {
    /// Id that tasks use.
    pub id: AgencyId,
    /// Full name.
    pub name: String,
    /// Short name for tables.
    pub short: Option<String>,
    /// Kind of agency.
    pub kind: AgencyKind,
}

impl Agency {
    /// The name for tables: the short name when given.
    pub fn table_name(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.name)
    }
}

/// Objectives of the program.
#[derive(Clone, Debug, PartialEq)]
pub struct Objectives {
    /// The general objective.
    pub general: Option<String>,
    /// Numeric targets.
    pub targets: Vec<Target>,
}

/// A numeric target with its year.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    /// What is measured.
    pub text: String,
    /// The figure.
    pub value: f64,
    /// Its unit ("%").
    pub unit: Option<String>,
    /// The year by which it is reached.
    pub year: i32,
}

/// A group of tasks and solutions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskGroup {
    /// Id within the file.
    pub id: String,
    /// Short heading.
    pub title: String,
    /// Lead-in text.
    pub intro: Option<String>,
    /// Its tasks.
    pub tasks: Vec<Task>,
}

/// One task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Task {
    /// Id, unique in the file.
    pub id: String,
    /// What is to be done.
    pub content: String,
    /// The lead agency (chủ trì).
    pub lead: AgencyId,
    /// The advising agency (tham mưu).
    pub advisor: Option<AgencyId>,
    /// Coordinating agencies (phối hợp).
    pub coordinators: Vec<AgencyId>,
    /// The original time frame.
    pub timeframe: Option<Timeframe>,
    /// A revised deadline; the original stays in `timeframe`.
    pub revision: Option<Revision>,
    /// Expected product (sản phẩm).
    pub product: Option<String>,
    /// Notes.
    pub notes: Option<String>,
    /// Where the task starts in the source.
    pub pos: Option<Pos>,
}

impl Task {
    /// The time frame in force: the revised one when there is one.
    pub fn effective_timeframe(&self) -> Option<&Timeframe> {
        self.revision
            .as_ref()
            .map(|r| &r.timeframe)
            .or(self.timeframe.as_ref())
    }
}

/// A revised deadline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revision {
    /// The new time frame.
    pub timeframe: Timeframe,
    /// Why it was revised.
    pub reason: Option<String>,
    /// When the revision was decided.
    pub date: Option<VnDate>,
}

/// One item of the organisation of implementation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImplementationItem {
    /// The agencies it is addressed to.
    pub agencies: Vec<AgencyId>,
    /// What they must do.
    pub text: String,
}

impl Program {
    /// The agency with this id.
    pub fn agency(&self, id: &str) -> Option<&Agency> {
        self.agencies.iter().find(|a| a.id == id)
    }

    /// The task with this id.
    pub fn task(&self, id: &str) -> Option<&Task> {
        self.tasks().map(|(_, t)| t).find(|t| t.id == id)
    }

    /// Every task, in order, with the index of its group.
    pub fn tasks(&self) -> impl Iterator<Item = (usize, &Task)> {
        self.groups
            .iter()
            .enumerate()
            .flat_map(|(g, group)| group.tasks.iter().map(move |t| (g, t)))
    }

    /// The cited documents the program implements.
    pub fn implemented(&self) -> impl Iterator<Item = &CitedDocument> {
        self.cited
            .iter()
            .filter(|c| c.role == CitationRole::Implements)
    }
}
