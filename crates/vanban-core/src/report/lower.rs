//! From the raw status file to the model, checked against the program:
//! dates against the program's date and the period, ids against the
//! program's tasks and groups.

use std::collections::BTreeMap;

use super::raw::{RawNarrative, RawReport, RawStatusFile, RawTaskStatus};
use super::{DEFAULT_DUE_SOON_DAYS, Narrative, Period, Report, StatusFile};
use crate::date::VnDate;
use crate::diagnostic::Diagnostic;
use crate::kinds::{DocumentKind, FormatKind, ReportKind};
use crate::lower::document::{check_symbol, routing};
use crate::lower::signer::signer;
use crate::lower::tasks::revision;
use crate::lower::{Ctx, at};
use crate::messages::{IdKind, Message};
use crate::model::{Program, Task};
use crate::raw::{S, Text};
use crate::status::Facts;
use crate::suggest::closest;

/// Lowers a parsed status file. Returns it only when no error was found;
/// the diagnostics come back either way.
pub(super) fn lower(
    raw: &RawStatusFile,
    program: &Program,
    file: &str,
    source: &str,
) -> (Option<StatusFile>, Vec<Diagnostic>) {
    let mut cx = Ctx::new(file, source);
    let report = report(&mut cx, &raw.report, program);
    let narrative = match &raw.narrative {
        Some(n) => narrative(&mut cx, &n.value, program),
        None => Narrative::default(),
    };
    let as_of = report.as_ref().map(|r| r.as_of);
    let facts = facts(&mut cx, &raw.tasks, program, as_of);
    let diags = cx.finish();
    match report {
        Some(report) if !diags.iter().any(Diagnostic::is_error) => (
            Some(StatusFile {
                report,
                narrative,
                facts,
            }),
            diags,
        ),
        _ => (None, diags),
    }
}

/// The longest "due soon" window: a year and a day.
const MAX_DUE_SOON_DAYS: u32 = 366;

fn report(cx: &mut Ctx<'_>, raw: &S<RawReport>, program: &Program) -> Option<Report> {
    let r = &raw.value;
    let party = program.format == FormatKind::Party;
    let program_date = program.document.date;
    let kind = cx.vocab(
        "report.kind",
        &r.kind,
        ReportKind::parse,
        ReportKind::ALL,
        ReportKind::name,
    );
    let symbol = cx.symbol(&r.symbol);
    if let Some(s) = &symbol {
        check_symbol(
            cx,
            &r.symbol,
            s,
            Some(DocumentKind::Report),
            &program.issuer,
            party,
        );
    }
    let date = cx.date(&r.date);
    let p = &r.period.value;
    let from = cx.date(&p.from);
    let to = cx.date(&p.to);
    let label = cx.opt_text("report.period.label", &p.label);
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        cx.error(
            at(&p.from),
            Message::PeriodReversed {
                from: f.short(),
                to: t.short(),
            },
        );
    }
    if let Some(t) = to
        && t < program_date
    {
        cx.error(
            at(&p.to),
            Message::PeriodBeforeProgram {
                to: t.short(),
                program_date: program_date.short(),
            },
        );
    }
    if let (Some(d), Some(t)) = (date, to)
        && d < t
    {
        cx.error(
            at(&r.date),
            Message::ReportBeforePeriodEnd {
                date: d.short(),
                end: t.short(),
            },
        );
    }
    let as_of = match &r.as_of {
        Some(v) => {
            let as_of = cx.date(v);
            if let (Some(a), Some(f), Some(t)) = (as_of, from, to)
                && (a < f || a > t)
            {
                cx.error(
                    at(v),
                    Message::AsOfOutsidePeriod {
                        as_of: a.short(),
                        from: f.short(),
                        to: t.short(),
                    },
                );
            }
            as_of
        }
        None => to,
    };
    let summary = cx.opt_text("report.summary", &r.summary);
    let signer = signer(cx, &r.signer, &program.issuer, party, "report");
    let (recipients, archive) = routing(cx, raw, "report", &r.recipients, &r.archive);
    let due_soon_days = match &r.due_soon_days {
        None => DEFAULT_DUE_SOON_DAYS,
        Some(d) if (1..=MAX_DUE_SOON_DAYS).contains(&d.value) => d.value,
        Some(d) => {
            cx.error(
                at(d),
                Message::DueSoonDaysOutOfRange {
                    days: d.value,
                    max: MAX_DUE_SOON_DAYS,
                },
            );
            DEFAULT_DUE_SOON_DAYS
        }
    };
    Some(Report {
        kind: kind?,
        period: Period {
            from: from?,
            to: to?,
            label,
        },
        as_of: as_of?,
        symbol: symbol?,
        date: date?,
        summary,
        signer: signer?,
        recipients,
        archive,
        due_soon_days,
    })
}

fn texts(cx: &mut Ctx<'_>, field: &str, raw: &[S<Text>]) -> Vec<String> {
    raw.iter().map(|t| cx.text(field, t)).collect()
}

fn narrative(cx: &mut Ctx<'_>, n: &RawNarrative, program: &Program) -> Narrative {
    let mut groups = BTreeMap::new();
    let mut seen = BTreeMap::new();
    for g in &n.groups {
        let id = &g.value.group;
        let text = texts(cx, "narrative.groups.text", &g.value.text);
        if !program.groups.iter().any(|pg| pg.id == id.value.0) {
            if cx.invisible_in_id(id) {
                continue;
            }
            cx.error(
                at(id),
                Message::UnknownGroup {
                    id: id.value.0.clone(),
                    suggestion: closest(&id.value.0, program.groups.iter().map(|g| g.id.as_str())),
                },
            );
            continue;
        }
        let id = cx.id(IdKind::Group, id, &mut seen);
        groups.insert(id, text);
    }
    let (causes_objective, causes_subjective) = match &n.causes {
        Some(c) => (
            texts(cx, "narrative.causes.objective", &c.value.objective),
            texts(cx, "narrative.causes.subjective", &c.value.subjective),
        ),
        None => (Vec::new(), Vec::new()),
    };
    Narrative {
        leadership: texts(cx, "narrative.leadership", &n.leadership),
        results: texts(cx, "narrative.results", &n.results),
        groups,
        inspection: texts(cx, "narrative.inspection", &n.inspection),
        strengths: texts(cx, "narrative.strengths", &n.strengths),
        shortcomings: texts(cx, "narrative.shortcomings", &n.shortcomings),
        causes_objective,
        causes_subjective,
        lessons: texts(cx, "narrative.lessons", &n.lessons),
        next_tasks: texts(cx, "narrative.next_tasks", &n.next_tasks),
        proposals: texts(cx, "narrative.proposals", &n.proposals),
    }
}

fn facts(
    cx: &mut Ctx<'_>,
    raw: &[S<RawTaskStatus>],
    program: &Program,
    as_of: Option<VnDate>,
) -> BTreeMap<String, Facts> {
    let program_date = program.document.date;
    let mut out = BTreeMap::new();
    let mut seen = BTreeMap::new();
    let tasks: BTreeMap<&str, &Task> = program.tasks().map(|(_, t)| (t.id.as_str(), t)).collect();
    for t in raw {
        let r = &t.value;
        let Some(task) = tasks.get(r.id.value.0.as_str()) else {
            if cx.invisible_in_id(&r.id) {
                continue;
            }
            cx.error(
                at(&r.id),
                Message::UnknownTask {
                    id: r.id.value.0.clone(),
                    suggestion: closest(&r.id.value.0, program.tasks().map(|(_, t)| t.id.as_str())),
                },
            );
            continue;
        };
        let id = cx.id(IdKind::Task, &r.id, &mut seen);
        let completed = r.completed.as_ref().and_then(|v| {
            let d = cx.date(v)?;
            if d < program_date {
                cx.error(
                    at(v),
                    Message::CompletedBeforeProgram {
                        date: d.short(),
                        program_date: program_date.short(),
                    },
                );
            } else if let Some(a) = as_of
                && d > a
            {
                cx.warn(
                    at(v),
                    Message::CompletedAfterAsOf {
                        date: d.short(),
                        as_of: a.short(),
                    },
                );
            }
            Some(d)
        });
        let revision = r.revised.as_ref().and_then(|v| {
            revision(
                cx,
                v,
                task.effective_timeframe(),
                Some(program_date),
                "tasks",
            )
        });
        let facts = Facts {
            completed,
            result: cx.opt_text("tasks.result", &r.result),
            progress: texts(cx, "tasks.progress", &r.progress),
            delay_reason: cx.opt_text("tasks.delay_reason", &r.delay_reason),
            revision,
        };
        out.insert(id, facts);
    }
    out
}
