//! One task's category as of a date (the rules are in the module doc).

use super::{Category, Facts};
use crate::date::VnDate;
use crate::model::Task;
use crate::timeframe::Timeframe;

/// A task judged as of a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Judgement {
    /// Its category.
    pub category: Category,
    /// The deadline in force, if the time frame has one.
    pub deadline: Option<VnDate>,
    /// Days past the deadline: at completion for a late task, at the report
    /// date for an overdue one; 0 otherwise.
    pub days_late: i64,
}

/// The time frame in force: the status file's revision, else the program's,
/// else the original.
fn timeframe<'a>(task: &'a Task, facts: Option<&'a Facts>) -> Option<&'a Timeframe> {
    facts
        .and_then(|f| f.revision.as_ref())
        .map(|r| &r.timeframe)
        .or_else(|| task.effective_timeframe())
}

/// The first day of a period frame. A task due on a day may be worked on
/// before it, so a date has no start here.
fn period_start(tf: &Timeframe) -> Option<VnDate> {
    match tf {
        Timeframe::Date(_) => None,
        _ => tf.start(),
    }
}

fn days(from: VnDate, to: VnDate) -> i64 {
    to.days_since_epoch() - from.days_since_epoch()
}

/// Judges `task` with its recorded `facts` as of `as_of`.
pub fn classify(task: &Task, facts: Option<&Facts>, as_of: VnDate) -> Judgement {
    let tf = timeframe(task, facts);
    // A revision moves the deadline, not the start: the original frame says
    // when the work begins.
    let start = task.timeframe.as_ref().and_then(period_start);
    let completed = facts.and_then(|f| f.completed).filter(|c| *c <= as_of);
    let judged = |category, deadline, days_late| Judgement {
        category,
        deadline,
        days_late,
    };
    match tf {
        None | Some(Timeframe::Ongoing) => {
            let category = if completed.is_some() {
                Category::DoneOnTime
            } else {
                Category::Ongoing
            };
            judged(category, None, 0)
        }
        Some(Timeframe::Yearly) => {
            let deadline = VnDate::end_of_month(as_of.year(), 12);
            let this_year = completed.filter(|c| c.year() == as_of.year());
            let category = if this_year.is_some() {
                Category::DoneOnTime
            } else {
                Category::InTime
            };
            judged(category, deadline, 0)
        }
        Some(tf) => {
            let deadline = tf.deadline();
            match (completed, deadline) {
                (Some(c), Some(d)) if c > d => judged(Category::DoneLate, deadline, days(d, c)),
                (Some(_), _) => judged(Category::DoneOnTime, deadline, 0),
                (None, _) if start.is_some_and(|s| s > as_of) => {
                    judged(Category::NotYetDue, deadline, 0)
                }
                (None, Some(d)) if as_of > d => judged(Category::Overdue, deadline, days(d, as_of)),
                (None, _) => judged(Category::InTime, deadline, 0),
            }
        }
    }
}
