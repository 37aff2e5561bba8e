//! The status file kept beside a program: the facts recorded per task and
//! the identity and narrative of one report (báo cáo) to the Standing
//! Committee. Loaded and checked against the program it reports on; the
//! figures themselves come from [`crate::status`].
//!
//! ```
//! use vanban_core::{Program, report::StatusFile};
//!
//! let program = Program::from_yaml(
//!     include_str!("../../../../examples/son-tra-11-ctr-qu.yaml"),
//!     "son-tra-11-ctr-qu.yaml",
//! ).expect("the example is valid").value;
//! let status = StatusFile::from_yaml(
//!     include_str!("../../../../examples/son-tra-11-ctr-qu.status.yaml"),
//!     "son-tra-11-ctr-qu.status.yaml",
//!     &program,
//! ).expect("the example is valid").value;
//! assert_eq!(status.report.as_of.short(), "30/9/2023");
//! let overview = status.overview(&program);
//! assert_eq!(overview.total.total(), program.tasks().count());
//! ```

mod lower;
pub(crate) mod raw;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use crate::date::VnDate;
use crate::diagnostic::Diagnostics;
use crate::kinds::ReportKind;
use crate::model::{Program, Recipient, Signer};
use crate::status::{Facts, Overview, overview};
use crate::symbol::DocumentSymbol;
use crate::{Loaded, load};

/// "Due soon" means within this many days of the as-of date unless the
/// status file says otherwise.
pub const DEFAULT_DUE_SOON_DAYS: u32 = 90;

/// A status file: one report's identity and narrative, and the facts of
/// every task recorded so far.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusFile {
    /// The report.
    pub report: Report,
    /// What staff wrote for it.
    pub narrative: Narrative,
    /// The recorded facts, by task id (tasks without an entry have none).
    pub facts: BTreeMap<String, Facts>,
}

/// The period a report covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    /// First day.
    pub from: VnDate,
    /// Last day.
    pub to: VnDate,
    /// How the summary line names it ("01 năm", "6 tháng đầu năm 2023");
    /// derived from the dates when absent.
    pub label: Option<String>,
}

/// The identity of a report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Periodic, interim review or final review.
    pub kind: ReportKind,
    /// The period covered.
    pub period: Period,
    /// The date the figures are taken (số liệu tính đến ngày …).
    pub as_of: VnDate,
    /// Number and symbol ("125-BC/QU").
    pub symbol: DocumentSymbol,
    /// Date of the report.
    pub date: VnDate,
    /// A summary line written by hand, instead of the generated one.
    pub summary: Option<String>,
    /// Who signs.
    pub signer: Signer,
    /// Recipients, without the archive line.
    pub recipients: Vec<Recipient>,
    /// Where the original is kept.
    pub archive: Option<String>,
    /// How many days ahead count as "due soon".
    pub due_soon_days: u32,
}

/// The parts of a report that staff write; every part may be empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Narrative {
    /// Leadership, dissemination and organisation work (I.1).
    pub leadership: Vec<String>,
    /// Results in general, before the computed figures (I.2).
    pub results: Vec<String>,
    /// Results of each task group, by group id.
    pub groups: BTreeMap<String, Vec<String>>,
    /// Inspection and supervision (I.3).
    pub inspection: Vec<String>,
    /// Strengths (II.1).
    pub strengths: Vec<String>,
    /// Shortcomings (II.2).
    pub shortcomings: Vec<String>,
    /// Objective causes (II.3 a).
    pub causes_objective: Vec<String>,
    /// Subjective causes (II.3 b).
    pub causes_subjective: Vec<String>,
    /// Lessons learnt (II.4).
    pub lessons: Vec<String>,
    /// Tasks and solutions for the next period (III).
    pub next_tasks: Vec<String>,
    /// Proposals (IV).
    pub proposals: Vec<String>,
}

impl StatusFile {
    /// Loads and checks a status file against `program`. `file` names the
    /// source in diagnostics; on failure every diagnostic found is returned.
    pub fn from_yaml(
        text: &str,
        file: &str,
        program: &Program,
    ) -> Result<Loaded<StatusFile>, Diagnostics> {
        load::from_text(text, file, |raw: &raw::RawStatusFile, text| {
            lower::lower(raw, program, file, text)
        })
    }

    /// Like [`StatusFile::from_yaml`], from bytes.
    pub fn from_yaml_bytes(
        bytes: &[u8],
        file: &str,
        program: &Program,
    ) -> Result<Loaded<StatusFile>, Diagnostics> {
        load::from_bytes(bytes, file, |text| Self::from_yaml(text, file, program))
    }

    /// Every task of `program` judged as of the report's date, with the
    /// report's window for "due soon".
    pub fn overview(&self, program: &Program) -> Overview {
        overview(
            program,
            &self.facts,
            self.report.as_of,
            self.report.due_soon_days,
        )
    }
}
