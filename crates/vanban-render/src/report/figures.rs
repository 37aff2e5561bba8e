//! The computed parts of a report: the sentences that carry the figures,
//! the tables by group and by lead agency, the chart, the overdue table
//! and the comparison with the previous report.

use serde::Serialize;
use vanban_core::status::{Category, Counts, Overview, Row as StatusRow, TaskStatus};

use crate::chart::{Bar, Chart};
use crate::ir::{Align, Row, Table, TableKind};
use crate::numbers::{roman, vi_number};
use crate::program::columns;
use crate::templates::{TemplateError, Templates};

/// A count as sentences write it: two digits below ten ("05").
pub(super) fn count(n: usize) -> String {
    format!("{n:02}")
}

/// A share as sentences write it: "45,5%"; "0%" with nothing to count.
pub(super) fn percent(c: &Counts, part: usize) -> String {
    format!("{}%", vi_number(c.percent(part).unwrap_or(0.0)))
}

/// The figures of one set of counts, for `report_figures.hbs` and
/// `report_group_figures.hbs`.
#[derive(Serialize)]
pub(super) struct CountsView {
    as_of: String,
    total: String,
    done: String,
    done_pct: String,
    on_time: String,
    late: String,
    open: String,
    in_time: String,
    overdue: String,
    ongoing: String,
    not_yet: String,
    any_done: bool,
    any_open: bool,
    any_overdue: bool,
    any_ongoing: bool,
    any_not_yet: bool,
}

impl CountsView {
    pub(super) fn new(c: &Counts, as_of: String) -> Self {
        let g = |cat| c.get(cat);
        let open = g(Category::InTime) + g(Category::Overdue);
        Self {
            as_of,
            total: count(c.total()),
            done: count(c.done()),
            done_pct: percent(c, c.done()),
            on_time: count(g(Category::DoneOnTime)),
            late: count(g(Category::DoneLate)),
            open: count(open),
            in_time: count(g(Category::InTime)),
            overdue: count(g(Category::Overdue)),
            ongoing: count(g(Category::Ongoing)),
            not_yet: count(g(Category::NotYetDue)),
            any_done: c.done() > 0,
            any_open: open > 0,
            any_overdue: g(Category::Overdue) > 0,
            any_ongoing: g(Category::Ongoing) > 0,
            any_not_yet: g(Category::NotYetDue) > 0,
        }
    }
}

use Align::{Center, Justified, Left};

/// Shares of the table width (per mille) and alignments: number, name,
/// total, the six categories, the completion rate.
const FIGURES: [(u32, Align); 10] = [
    (45, Center),
    (186, Left),
    (96, Center),
    (96, Center),
    (96, Center),
    (96, Center),
    (96, Center),
    (96, Center),
    (96, Center),
    (97, Center),
];

fn figure_cells(number: String, name: String, c: &Counts) -> Vec<String> {
    let mut cells = vec![number, name, c.total().to_string()];
    cells.extend(Category::ALL.iter().map(|cat| c.get(*cat).to_string()));
    cells.push(
        c.percent(c.done())
            .map_or_else(|| "–".to_string(), vi_number),
    );
    cells
}

/// A table of counts, one row per group or agency and a totals row.
pub(super) fn counts_table(
    t: &Templates,
    by_group: bool,
    rows: &[StatusRow],
    numbers: impl Fn(usize) -> String,
    total: &Counts,
) -> Result<Table, TemplateError> {
    #[derive(Serialize)]
    struct V {
        by_group: bool,
    }
    let titles = t.render("report_figure_columns", &V { by_group })?;
    let mut out: Vec<Row> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| Row::Cells(figure_cells(numbers(i), r.name.clone(), &r.counts)))
        .collect();
    out.push(Row::Total(figure_cells(
        String::new(),
        t.fixed("report_total_row")?,
        total,
    )));
    Ok(Table {
        kind: TableKind::Figures,
        columns: columns(&titles, &FIGURES),
        rows: out,
    })
}

/// Completion by task group: one bar per group, split by category.
pub(super) fn chart(o: &Overview, t: &Templates) -> Result<Chart, TemplateError> {
    #[derive(Serialize)]
    struct V {
        number: String,
    }
    let mut bars = Vec::new();
    for (i, g) in o.by_group.iter().enumerate() {
        bars.push(Bar {
            label: t.render(
                "report_chart_bar",
                &V {
                    number: roman(i + 1),
                },
            )?,
            values: Category::ALL.iter().map(|c| g.counts.get(*c)).collect(),
            note: percent(&g.counts, g.counts.done()),
        });
    }
    Ok(Chart {
        series: Category::ALL
            .iter()
            .map(|c| c.label().to_string())
            .collect(),
        bars,
    })
}

/// The overdue tasks: content, lead, deadline, days late, reason.
pub(super) fn overdue_table(
    t: &Templates,
    overdue: &[TaskStatus],
    row: impl Fn(&TaskStatus) -> Result<[String; 4], TemplateError>,
) -> Result<Table, TemplateError> {
    const LAYOUT: [(u32, Align); 6] = [
        (50, Center),
        (380, Justified),
        (170, Left),
        (140, Center),
        (100, Center),
        (160, Left),
    ];
    let titles = t.fixed("report_overdue_columns")?;
    let mut rows = Vec::new();
    for (i, s) in overdue.iter().enumerate() {
        let [content, lead, deadline, reason] = row(s)?;
        rows.push(Row::Cells(vec![
            (i + 1).to_string(),
            content,
            lead,
            deadline,
            s.judgement.days_late.to_string(),
            reason,
        ]));
    }
    Ok(Table {
        kind: TableKind::Tasks,
        columns: columns(&titles, &LAYOUT),
        rows,
    })
}

/// Counts then and now, category by category, with the difference.
pub(super) fn change_table(
    t: &Templates,
    before: &Counts,
    now: &Counts,
) -> Result<Table, TemplateError> {
    const LAYOUT: [(u32, Align); 5] = [
        (60, Center),
        (460, Left),
        (160, Center),
        (160, Center),
        (160, Center),
    ];
    let titles = t.fixed("report_change_columns")?;
    let diff = |a: usize, b: usize| match b.cmp(&a) {
        std::cmp::Ordering::Greater => format!("+{}", b - a),
        std::cmp::Ordering::Less => format!("-{}", a - b),
        std::cmp::Ordering::Equal => "0".to_string(),
    };
    let mut rows: Vec<Row> = Category::ALL
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let (a, b) = (before.get(*c), now.get(*c));
            Row::Cells(vec![
                (i + 1).to_string(),
                c.label().to_string(),
                a.to_string(),
                b.to_string(),
                diff(a, b),
            ])
        })
        .collect();
    rows.push(Row::Total(vec![
        String::new(),
        t.fixed("report_total_row")?,
        before.total().to_string(),
        now.total().to_string(),
        diff(before.total(), now.total()),
    ]));
    Ok(Table {
        kind: TableKind::Figures,
        columns: columns(&titles, &LAYOUT),
        rows,
    })
}
