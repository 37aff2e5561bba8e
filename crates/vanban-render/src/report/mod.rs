//! From a program and its status file to the IR of the report (BÁO CÁO) to
//! the Standing Committee: the narrative staff wrote, around the figures
//! the status engine computed (sentences, tables by group and by lead
//! agency, a chart, the overdue and due-soon lists, the change since the
//! previous report), signed like the program, with an appendix of every
//! task and its status.

mod figures;
mod period;

use serde::Serialize;
use vanban_core::VnDate;
use vanban_core::kinds::{DocumentKind, FormatKind, ReportKind};
use vanban_core::model::{Program, Task};
use vanban_core::report::StatusFile;
use vanban_core::status::{Category, Facts, Overview, TaskStatus, compare};
use vanban_core::text::{first_letter_case, upper_vi};

use crate::ir::{Appendix, Block, Document, Meta, Run};
use crate::numbers::roman;
use crate::profile::Profile;
use crate::program::{Identity, agency_name, header, heading, para, signature, task_table};
use crate::templates::{TemplateError, Templates};
use figures::{CountsView, count};

/// What the report's templates may use.
#[derive(Serialize)]
struct View<'a> {
    #[serde(flatten)]
    id: Identity<'a>,
    program: String,
    program_summary: String,
    program_kind_caps: String,
    program_symbol: String,
    periodic: bool,
    interim: bool,
    r#final: bool,
    period: String,
    as_of: String,
}

/// Builds the IR of the report of `status` on `program`; `previous` is the
/// status file of the report before, for the comparison.
pub fn report_document(
    program: &Program,
    status: &StatusFile,
    previous: Option<&StatusFile>,
    profile: &Profile,
    t: &Templates,
) -> Result<Document, TemplateError> {
    let r = &status.report;
    let d = &program.document;
    let kind = DocumentKind::Report;
    let view = View {
        id: Identity::new(kind, &r.symbol, r.date, &program.issuer),
        program: format!(
            "{} số {}, ngày {} của {}",
            d.kind.title(),
            d.symbol,
            d.date.short(),
            program.issuer.actor()
        ),
        // Set into sentences: the state summary's capital goes.
        program_summary: first_letter_case(&d.summary, false),
        program_kind_caps: upper_vi(d.kind.name()),
        program_symbol: d.symbol.to_string(),
        periodic: r.kind == ReportKind::Periodic,
        interim: r.kind == ReportKind::Interim,
        r#final: r.kind == ReportKind::Final,
        period: period::words(r, d.date),
        as_of: r.as_of.short(),
    };
    let summary = match &r.summary {
        Some(s) => s.clone(),
        // A state summary starts with a capital (NĐ 30), a Party one does not.
        None => first_letter_case(
            &t.render("report_summary", &view)?,
            program.format == FormatKind::State,
        ),
    };
    let overview = status.overview(program);
    let before = previous.map(|p| p.overview(program));
    let b = Builder {
        program,
        status,
        t,
        view: &view,
        overview: &overview,
        tables: 0,
        charts: 0,
    };
    let body = b.body(before.as_ref())?;
    Ok(Document {
        meta: Meta {
            title: t.render("title", &view)?,
            author: program.issuer.name.clone(),
            subject: summary.clone(),
            keywords: vec![
                kind.name().to_string(),
                r.symbol.to_string(),
                program.issuer.name.clone(),
                d.symbol.to_string(),
            ],
            created: r.date.iso(),
        },
        header: header(&program.issuer, &r.symbol, t, &view)?,
        kind: view.id.kind_caps.clone(),
        summary,
        body,
        signature: signature(
            &r.recipients,
            r.archive.as_deref(),
            &r.signer,
            program.format,
            profile,
            t,
        )?,
        appendices: vec![appendix(program, status, &overview, t, &view)?],
    })
}

struct Builder<'a> {
    program: &'a Program,
    status: &'a StatusFile,
    t: &'a Templates,
    view: &'a View<'a>,
    overview: &'a Overview,
    /// Tables numbered so far.
    tables: usize,
    /// Charts numbered so far.
    charts: usize,
}

fn paras(texts: &[String]) -> impl Iterator<Item = Block> + '_ {
    texts.iter().cloned().map(para)
}

impl Builder<'_> {
    /// The caption of the next table, or of the next chart.
    fn caption(&mut self, name: &str, chart: bool) -> Result<Block, TemplateError> {
        #[derive(Serialize)]
        struct V {
            number: usize,
        }
        let counter = if chart {
            &mut self.charts
        } else {
            &mut self.tables
        };
        *counter += 1;
        let number = *counter;
        Ok(Block::Caption(self.t.render(name, &V { number })?))
    }

    fn body(mut self, before: Option<&Overview>) -> Result<Vec<Block>, TemplateError> {
        let t = self.t;
        let n = &self.status.narrative;
        let mut b = vec![para(t.render("report_opening", self.view)?)];
        let mut section = 0;
        let mut next = || {
            section += 1;
            roman(section)
        };

        b.push(heading(1, next(), t.fixed("report_section_situation")?));
        let mut sub = 0;
        if !n.leadership.is_empty() {
            sub += 1;
            b.push(heading(
                2,
                sub.to_string(),
                t.fixed("report_leadership_heading")?,
            ));
            b.extend(paras(&n.leadership));
        }
        sub += 1;
        b.push(heading(
            2,
            sub.to_string(),
            t.fixed("report_results_heading")?,
        ));
        b.extend(paras(&n.results));
        self.results(&mut b, before)?;
        if !n.inspection.is_empty() {
            sub += 1;
            b.push(heading(
                2,
                sub.to_string(),
                t.fixed("report_inspection_heading")?,
            ));
            b.extend(paras(&n.inspection));
        }

        let causes = !n.causes_objective.is_empty() || !n.causes_subjective.is_empty();
        let parts: [(&str, &[String]); 4] = [
            ("report_strengths_heading", &n.strengths),
            ("report_shortcomings_heading", &n.shortcomings),
            ("report_causes_heading", &[]),
            ("report_lessons_heading", &n.lessons),
        ];
        if parts.iter().any(|(_, p)| !p.is_empty()) || causes {
            b.push(heading(1, next(), t.fixed("report_section_assessment")?));
            let mut sub = 0;
            for (name, texts) in parts {
                let is_causes = name == "report_causes_heading";
                if texts.is_empty() && !(is_causes && causes) {
                    continue;
                }
                sub += 1;
                b.push(heading(2, sub.to_string(), t.fixed(name)?));
                if is_causes {
                    let mut letter = b'a';
                    for (name, texts) in [
                        ("report_causes_objective_heading", &n.causes_objective),
                        ("report_causes_subjective_heading", &n.causes_subjective),
                    ] {
                        if texts.is_empty() {
                            continue;
                        }
                        b.push(heading(3, char::from(letter).to_string(), t.fixed(name)?));
                        letter += 1;
                        b.extend(paras(texts));
                    }
                } else {
                    b.extend(paras(texts));
                }
            }
        }
        if !n.next_tasks.is_empty() {
            b.push(heading(1, next(), t.fixed("report_section_next")?));
            b.extend(paras(&n.next_tasks));
        }
        if !n.proposals.is_empty() {
            b.push(heading(1, next(), t.fixed("report_section_proposals")?));
            b.extend(paras(&n.proposals));
        }
        b.push(Block::Paragraph(vec![Run {
            text: t.fixed("report_appendix_note")?,
            bold: false,
            italic: true,
        }]));
        Ok(b)
    }

    /// The figures of I.2: totals, tables, chart, each group, the overdue
    /// and due-soon lists, and the change since the previous report.
    fn results(
        &mut self,
        b: &mut Vec<Block>,
        before: Option<&Overview>,
    ) -> Result<(), TemplateError> {
        let t = self.t;
        let o = self.overview;
        let as_of = self.view.as_of.clone();
        b.push(para(t.render(
            "report_figures",
            &CountsView::new(&o.total, as_of.clone()),
        )?));
        b.push(self.caption("report_groups_caption", false)?);
        b.push(Block::Table(figures::counts_table(
            t,
            true,
            &o.by_group,
            |i| roman(i + 1),
            &o.total,
        )?));
        b.push(self.caption("report_chart_caption", true)?);
        b.push(Block::Chart(figures::chart(o, t)?));

        for (i, (g, row)) in self.program.groups.iter().zip(&o.by_group).enumerate() {
            b.push(heading(3, letter(i), g.title.clone()));
            if let Some(texts) = self.status.narrative.groups.get(&g.id) {
                b.extend(paras(texts));
            }
            b.push(para(t.render(
                "report_group_figures",
                &CountsView::new(&row.counts, as_of.clone()),
            )?));
        }

        b.push(self.caption("report_leads_caption", false)?);
        b.push(Block::Table(figures::counts_table(
            t,
            false,
            &o.by_lead,
            |i| (i + 1).to_string(),
            &o.total,
        )?));

        #[derive(Serialize)]
        struct Overdue {
            any: bool,
            count: String,
            table: usize,
            longest: i64,
        }
        let v = Overdue {
            any: !o.overdue.is_empty(),
            count: count(o.overdue.len()),
            table: self.tables + 1,
            longest: o.overdue.first().map_or(0, |s| s.judgement.days_late),
        };
        b.push(para(t.render("report_overdue_intro", &v)?));
        if !o.overdue.is_empty() {
            b.push(self.caption("report_overdue_caption", false)?);
            b.push(Block::Table(figures::overdue_table(t, &o.overdue, |s| {
                let task = self.task(s);
                let facts = self.facts(s);
                Ok([
                    task.map(|x| trim_end(&x.content)).unwrap_or_default(),
                    task.map(|x| agency_name(self.program, &x.lead))
                        .unwrap_or_default(),
                    self.timeframe_cell(task, facts)?,
                    facts
                        .and_then(|f| f.delay_reason.clone())
                        .unwrap_or_default(),
                ])
            })?));
        }

        self.due_soon(b)?;
        if let Some(before) = before {
            self.change(b, before)?;
        }
        Ok(())
    }

    fn due_soon(&self, b: &mut Vec<Block>) -> Result<(), TemplateError> {
        let t = self.t;
        let o = self.overview;
        let days = self.status.report.due_soon_days;
        #[derive(Serialize)]
        struct Intro {
            any: bool,
            days: u32,
            until: String,
        }
        let until = o
            .as_of
            .plus_days(i64::from(days))
            .map_or_else(String::new, |d| d.short());
        b.push(para(t.render(
            "report_due_soon_intro",
            &Intro {
                any: !o.due_soon.is_empty(),
                days,
                until,
            },
        )?));
        for s in &o.due_soon {
            #[derive(Serialize)]
            struct Item {
                content: String,
                lead: String,
                timeframe: String,
            }
            let task = self.task(s);
            let item = Item {
                content: task.map(|x| trim_end(&x.content)).unwrap_or_default(),
                lead: task
                    .map(|x| agency_name(self.program, &x.lead))
                    .unwrap_or_default(),
                timeframe: in_force(task, self.facts(s)),
            };
            b.push(Block::Dash(vec![Run::plain(
                t.render("report_due_soon_item", &item)?,
            )]));
        }
        Ok(())
    }

    fn change(&mut self, b: &mut Vec<Block>, before: &Overview) -> Result<(), TemplateError> {
        let o = self.overview;
        let changes = compare(before, o);
        #[derive(Serialize)]
        struct V {
            before: String,
            changed: String,
            done_before: String,
            done_now: String,
            up: bool,
            down: bool,
            table: usize,
        }
        let (a, n) = (before.total.done(), o.total.done());
        let v = V {
            before: before.as_of.short(),
            changed: count(changes.len()),
            done_before: count(a),
            done_now: count(n),
            up: n > a,
            down: n < a,
            table: self.tables + 1,
        };
        b.push(para(self.t.render("report_change", &v)?));
        b.push(self.caption("report_change_caption", false)?);
        b.push(Block::Table(figures::change_table(
            self.t,
            &before.total,
            &o.total,
        )?));
        Ok(())
    }

    fn task(&self, s: &TaskStatus) -> Option<&Task> {
        self.program.task(&s.id)
    }

    fn facts(&self, s: &TaskStatus) -> Option<&Facts> {
        self.status.facts.get(&s.id)
    }

    fn timeframe_cell(
        &self,
        task: Option<&Task>,
        facts: Option<&Facts>,
    ) -> Result<String, TemplateError> {
        timeframe_cell(self.t, task, facts)
    }
}

/// "a", "b" … for the groups under I.2.
fn letter(i: usize) -> String {
    char::from(b'a' + (i % 26) as u8).to_string()
}

/// A text without its closing full stop or semicolon (a template adds its own).
fn trim_end(s: &str) -> String {
    s.trim_end_matches(['.', ';']).to_string()
}

/// The time frame in force, in words.
fn in_force(task: Option<&Task>, facts: Option<&Facts>) -> String {
    facts
        .and_then(|f| f.revision.as_ref())
        .map(|r| &r.timeframe)
        .or_else(|| task.and_then(Task::effective_timeframe))
        .map(ToString::to_string)
        .unwrap_or_default()
}

/// The time cell: the original frame, and the revision in force if any.
fn timeframe_cell(
    t: &Templates,
    task: Option<&Task>,
    facts: Option<&Facts>,
) -> Result<String, TemplateError> {
    #[derive(Serialize)]
    struct Time {
        original: String,
        revised: String,
    }
    let revised = facts
        .and_then(|f| f.revision.as_ref())
        .or_else(|| task.and_then(|x| x.revision.as_ref()))
        .map(|r| r.timeframe.to_string())
        .unwrap_or_default();
    let time = Time {
        original: task
            .and_then(|x| x.timeframe.as_ref())
            .map(ToString::to_string)
            .unwrap_or_default(),
        revised,
    };
    t.render("timeframe_cell", &time)
}

/// The appendix: every task with its status and what was recorded.
fn appendix(
    p: &Program,
    status: &StatusFile,
    o: &Overview,
    t: &Templates,
    view: &View<'_>,
) -> Result<Appendix, TemplateError> {
    use crate::ir::Align::{Center, Justified, Left};
    const LAYOUT: [(u32, crate::ir::Align); 6] = [
        (50, Center),
        (370, Justified),
        (150, Center),
        (130, Center),
        (130, Center),
        (170, Left),
    ];
    let table = task_table(
        p,
        &t.fixed("report_appendix_columns")?,
        &LAYOUT,
        |task, n| {
            let facts = status.facts.get(&task.id);
            // The overview judges the tasks in program order, as numbered here.
            let judged = o.tasks.get(n - 1).filter(|s| s.id == task.id);
            Ok(vec![
                n.to_string(),
                task.content.clone(),
                agency_name(p, &task.lead),
                timeframe_cell(t, Some(task), facts)?,
                status_cell(t, judged)?,
                result_cell(t, facts, o.as_of)?,
            ])
        },
    )?;
    Ok(Appendix {
        label: t.fixed("appendix_label")?,
        title: t.render("report_appendix_title", view)?,
        caption: t.render("appendix_caption", view)?,
        table,
    })
}

fn status_cell(t: &Templates, s: Option<&TaskStatus>) -> Result<String, TemplateError> {
    #[derive(Serialize)]
    struct V {
        label: &'static str,
        days: String,
    }
    let Some(s) = s else {
        return Ok(String::new());
    };
    let c = s.judgement.category;
    let late = matches!(c, Category::DoneLate | Category::Overdue);
    t.render(
        "report_days_late",
        &V {
            label: c.label(),
            days: if late {
                s.judgement.days_late.to_string()
            } else {
                String::new()
            },
        },
    )
}

/// What was recorded; a completion after the as-of date is not reported.
fn result_cell(t: &Templates, f: Option<&Facts>, as_of: VnDate) -> Result<String, TemplateError> {
    #[derive(Serialize)]
    struct V {
        completed: String,
        result: String,
        progress: Vec<String>,
        delay_reason: String,
        revision_reason: String,
    }
    let Some(f) = f else {
        return Ok(String::new());
    };
    let v = V {
        completed: f
            .completed
            .filter(|d| *d <= as_of)
            .map(|d| d.short())
            .unwrap_or_default(),
        result: f.result.as_deref().map(trim_end).unwrap_or_default(),
        progress: f.progress.iter().map(|s| trim_end(s)).collect(),
        delay_reason: f.delay_reason.as_deref().map(trim_end).unwrap_or_default(),
        revision_reason: f
            .revision
            .as_ref()
            .and_then(|r| r.reason.as_deref())
            .map(trim_end)
            .unwrap_or_default(),
    };
    t.render("report_result_cell", &v)
}
