//! The status engine: what the recorded facts of each task mean as of a
//! report date. Pure: the same program, facts and date give the same answer.
//!
//! # Categories, as government reports count them
//!
//! | category | when |
//! |---|---|
//! | [`Category::DoneOnTime`] | completed on or before its deadline (or it has none) |
//! | [`Category::DoneLate`] | completed after its deadline |
//! | [`Category::InTime`] | not completed, the deadline not yet passed |
//! | [`Category::Overdue`] | not completed, the deadline passed |
//! | [`Category::Ongoing`] | "thường xuyên", or no time frame at all: never overdue |
//! | [`Category::NotYetDue`] | its period has not started yet |
//!
//! # Edge cases, decided here once
//!
//! * The deadline is the last day of the time frame: the day itself, the end
//!   of the month, quarter, half-year or year, the end of the last year of a
//!   range or of a milestone ("Đến năm 2030" → 31/12/2030).
//! * **Due today** is still in time: a task due on the report date and not
//!   completed is [`Category::InTime`]; completed on its deadline is on time.
//! * A **revised deadline** replaces the original for every judgement (the
//!   status file's revision over the program's, the program's over the
//!   original); the original stays on record for the report's wording, and
//!   still says when the work begins: a revision moves the deadline, not
//!   the start.
//! * A completion dated **after the report date** is ignored: the report
//!   speaks as of its date.
//! * **Yearly** tasks ("Hằng năm") are due by 31/12 of every year: completed
//!   within the report's year (by the report date) is on time, otherwise
//!   the year's deadline has not passed, so in time. They are never overdue.
//! * A task whose period (month, quarter, half-year, year, range) starts
//!   after the report date is [`Category::NotYetDue`], unless it was already
//!   completed. A task due on a day has no start: it is in time until then.

mod classify;
mod summary;
#[cfg(test)]
mod tests;

pub use classify::{Judgement, classify};
pub use summary::{Change, Counts, Overview, Row, TaskStatus, compare, overview};

use crate::date::VnDate;
use crate::model::Revision;

/// The category of a task as of a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// Đã hoàn thành đúng hạn.
    DoneOnTime,
    /// Đã hoàn thành quá hạn.
    DoneLate,
    /// Chưa hoàn thành, còn trong hạn.
    InTime,
    /// Chưa hoàn thành, quá hạn.
    Overdue,
    /// Thực hiện thường xuyên.
    Ongoing,
    /// Chưa đến thời hạn thực hiện.
    NotYetDue,
}

impl Category {
    /// Every category, in report order.
    pub const ALL: [Category; 6] = [
        Category::DoneOnTime,
        Category::DoneLate,
        Category::InTime,
        Category::Overdue,
        Category::Ongoing,
        Category::NotYetDue,
    ];

    /// The wording reports use.
    pub fn label(self) -> &'static str {
        match self {
            Self::DoneOnTime => "Đã hoàn thành đúng hạn",
            Self::DoneLate => "Đã hoàn thành quá hạn",
            Self::InTime => "Chưa hoàn thành, còn trong hạn",
            Self::Overdue => "Chưa hoàn thành, quá hạn",
            Self::Ongoing => "Thực hiện thường xuyên",
            Self::NotYetDue => "Chưa đến thời hạn thực hiện",
        }
    }

    /// Whether the task is done.
    pub fn is_done(self) -> bool {
        matches!(self, Self::DoneOnTime | Self::DoneLate)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// What staff recorded about one task.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// The day it was completed.
    pub completed: Option<VnDate>,
    /// What it produced ("Đã tổ chức hội nghị quán triệt ngày …").
    pub result: Option<String>,
    /// Progress notes, oldest first.
    pub progress: Vec<String>,
    /// Why it is late.
    pub delay_reason: Option<String>,
    /// A deadline revised after the program was issued; the original stays
    /// in the program.
    pub revision: Option<Revision>,
}
