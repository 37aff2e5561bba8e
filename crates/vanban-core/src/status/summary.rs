//! The figures of a report: every task judged, totals by group and by lead
//! agency, the overdue list, the tasks due soon, and the change since a
//! previous report.

use std::collections::BTreeMap;

use super::{Category, Facts, Judgement, classify};
use crate::date::VnDate;
use crate::model::Program;

/// How many tasks fall in each category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    by_category: [usize; 6],
}

impl Counts {
    /// Tasks in a category.
    pub fn get(&self, c: Category) -> usize {
        self.by_category[c.index()]
    }

    fn add(&mut self, c: Category) {
        self.by_category[c.index()] += 1;
    }

    /// All tasks counted.
    pub fn total(&self) -> usize {
        self.by_category.iter().sum()
    }

    /// Tasks done (on time or late).
    pub fn done(&self) -> usize {
        self.get(Category::DoneOnTime) + self.get(Category::DoneLate)
    }

    /// `part` as a percentage of the total, one decimal, or `None` with no tasks.
    pub fn percent(&self, part: usize) -> Option<f64> {
        let total = self.total();
        (total > 0).then(|| (part as f64 * 1000.0 / total as f64).round() / 10.0)
    }
}

/// One row of a totals table: a task group or a lead agency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The group's or agency's id.
    pub id: String,
    /// Its name (group title, agency short name).
    pub name: String,
    /// Its counts.
    pub counts: Counts,
}

/// A task and its judgement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskStatus {
    /// The task's id.
    pub id: String,
    /// Index of its group.
    pub group: usize,
    /// The judgement.
    pub judgement: Judgement,
}

/// Everything a report computes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overview {
    /// The report date.
    pub as_of: VnDate,
    /// Every task, in program order.
    pub tasks: Vec<TaskStatus>,
    /// All tasks.
    pub total: Counts,
    /// By task group, in program order.
    pub by_group: Vec<Row>,
    /// By lead agency, in registry order (agencies that lead nothing left out).
    pub by_lead: Vec<Row>,
    /// Overdue tasks, the latest first (then program order).
    pub overdue: Vec<TaskStatus>,
    /// Tasks not done whose deadline falls within the window from the report
    /// date (in time, or not yet started).
    pub due_soon: Vec<TaskStatus>,
}

impl Counts {
    /// The counts in category order, "3/1/5/2/1/2".
    pub fn compact(&self) -> String {
        self.by_category
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("/")
    }
}

impl Overview {
    /// The figures as text, one line per element: the form golden tests compare.
    pub fn dump(&self) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let pct = |c: &Counts| {
            c.percent(c.done())
                .map_or("-".into(), |p| format!("{p:.1}"))
        };
        let _ = writeln!(s, "as_of {}", self.as_of.short());
        let _ = writeln!(
            s,
            "total {} done {}%",
            self.total.compact(),
            pct(&self.total)
        );
        for (name, rows) in [("group", &self.by_group), ("lead", &self.by_lead)] {
            for r in rows {
                let _ = writeln!(
                    s,
                    "{name} {} {} done {}%",
                    r.id,
                    r.counts.compact(),
                    pct(&r.counts)
                );
            }
        }
        let line = |s: &mut String, what: &str, t: &TaskStatus| {
            let j = &t.judgement;
            let deadline = j.deadline.map_or("-".into(), |d| d.short());
            let _ = writeln!(
                s,
                "{what} {} {:?} deadline {deadline} late {}",
                t.id, j.category, j.days_late
            );
        };
        for t in &self.tasks {
            line(&mut s, "task", t);
        }
        for t in &self.overdue {
            line(&mut s, "overdue", t);
        }
        for t in &self.due_soon {
            line(&mut s, "due_soon", t);
        }
        s
    }
}

/// Judges every task of `program` as of `as_of`, with `facts` by task id;
/// `window` is how many days ahead count as "due soon".
pub fn overview(
    program: &Program,
    facts: &BTreeMap<String, Facts>,
    as_of: VnDate,
    window: u32,
) -> Overview {
    let mut tasks = Vec::new();
    let mut total = Counts::default();
    let mut by_group: Vec<Row> = program
        .groups
        .iter()
        .map(|g| Row {
            id: g.id.clone(),
            name: g.title.clone(),
            counts: Counts::default(),
        })
        .collect();
    let mut by_lead: BTreeMap<&str, Counts> = BTreeMap::new();
    for (g, task) in program.tasks() {
        let judgement = classify(task, facts.get(&task.id), as_of);
        let c = judgement.category;
        total.add(c);
        by_group[g].counts.add(c);
        by_lead.entry(task.lead.as_str()).or_default().add(c);
        tasks.push(TaskStatus {
            id: task.id.clone(),
            group: g,
            judgement,
        });
    }
    let by_lead = program
        .agencies
        .iter()
        .filter_map(|a| {
            by_lead.get(a.id.as_str()).map(|counts| Row {
                id: a.id.clone(),
                name: a.table_name().to_owned(),
                counts: *counts,
            })
        })
        .collect();
    let mut overdue: Vec<TaskStatus> = tasks
        .iter()
        .filter(|t| t.judgement.category == Category::Overdue)
        .cloned()
        .collect();
    overdue.sort_by_key(|t| std::cmp::Reverse(t.judgement.days_late));
    let horizon = as_of.days_since_epoch() + i64::from(window);
    let due_soon = tasks
        .iter()
        .filter(|t| {
            matches!(t.judgement.category, Category::InTime | Category::NotYetDue)
                && t.judgement.deadline.is_some_and(|d| {
                    let d = d.days_since_epoch();
                    d >= as_of.days_since_epoch() && d <= horizon
                })
        })
        .cloned()
        .collect();
    Overview {
        as_of,
        tasks,
        total,
        by_group,
        by_lead,
        overdue,
        due_soon,
    }
}

/// A task whose category changed between two reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The task's id.
    pub id: String,
    /// Its category then (`None`: the task was not in the earlier program).
    pub before: Option<Category>,
    /// Its category now.
    pub after: Category,
}

/// The tasks whose category differs between `before` and `now`, in the
/// order of `now`.
pub fn compare(before: &Overview, now: &Overview) -> Vec<Change> {
    let then: BTreeMap<&str, Category> = before
        .tasks
        .iter()
        .map(|t| (t.id.as_str(), t.judgement.category))
        .collect();
    now.tasks
        .iter()
        .filter_map(|t| {
            let b = then.get(t.id.as_str()).copied();
            (b != Some(t.judgement.category)).then(|| Change {
                id: t.id.clone(),
                before: b,
                after: t.judgement.category,
            })
        })
        .collect()
}
