//! From a program to the IR of its document: header, opening, sections,
//! signature, and the appendix table of tasks.

use crate::ir::{
    Align, Appendix, Block, Column, Document, Header, Meta, Row, Run, Signature, Table, TableKind,
};
use crate::numbers::{ordinal_word, roman, vi_number};
use crate::profile::Profile;
use crate::templates::{TemplateError, Templates};
use serde::Serialize;
use vanban_core::kinds::{DocumentKind, FormatKind};
use vanban_core::model::{Issuer, Program, Recipient, Signer, Task};
use vanban_core::text::upper_vi;
use vanban_core::{DocumentSymbol, VnDate};

/// What the templates of every document may use: its kind, number, date
/// and issuer.
#[derive(Serialize)]
pub(crate) struct Identity<'a> {
    kind_title: String,
    pub(crate) kind_caps: String,
    symbol: String,
    date_short: String,
    date_long: String,
    place: &'a str,
    actor: &'a str,
    actor_full: String,
}

impl<'a> Identity<'a> {
    pub(crate) fn new(
        kind: DocumentKind,
        symbol: &DocumentSymbol,
        date: VnDate,
        issuer: &'a Issuer,
    ) -> Self {
        Self {
            kind_title: kind.title(),
            kind_caps: upper_vi(kind.name()),
            symbol: symbol.to_string(),
            date_short: date.short(),
            date_long: date.long(),
            place: &issuer.place,
            actor: issuer.actor(),
            actor_full: actor_full(issuer),
        }
    }
}

#[derive(Serialize)]
struct DocView<'a> {
    #[serde(flatten)]
    id: Identity<'a>,
    implemented: Vec<String>,
}

/// Builds the IR of a program document.
pub fn program_document(
    p: &Program,
    profile: &Profile,
    t: &Templates,
) -> Result<Document, TemplateError> {
    let d = &p.document;
    let view = DocView {
        id: Identity::new(d.kind, &d.symbol, d.date, &p.issuer),
        implemented: p.implemented().map(|c| c.citation()).collect(),
    };
    let meta = Meta {
        title: t.render("title", &view)?,
        author: p.issuer.name.clone(),
        subject: d.summary.clone(),
        keywords: vec![
            d.kind.name().to_string(),
            d.symbol.to_string(),
            p.issuer.name.clone(),
        ],
        created: d.date.iso(),
    };
    let header = header(&p.issuer, &d.symbol, t, &view)?;
    Ok(Document {
        meta,
        header,
        kind: upper_vi(d.kind.name()),
        summary: d.summary.clone(),
        body: body(p, t, &view)?,
        signature: signature(
            &d.recipients,
            d.archive.as_deref(),
            &d.signer,
            p.format,
            profile,
            t,
        )?,
        appendices: vec![appendix(p, t, &view)?],
    })
}

/// The actor with the place, unless its name already says it:
/// "Ban Thường vụ Quận ủy Sơn Trà".
pub(crate) fn actor_full(issuer: &Issuer) -> String {
    let actor = issuer.actor();
    if actor.contains(&issuer.place) {
        actor.to_string()
    } else {
        format!("{actor} {}", issuer.place)
    }
}

/// The header block: superior and issuer in capitals, the number, and the
/// place and date worded by `place_date.hbs` from `view`.
pub(crate) fn header<V: Serialize>(
    issuer: &Issuer,
    symbol: &DocumentSymbol,
    t: &Templates,
    view: &V,
) -> Result<Header, TemplateError> {
    Ok(Header {
        superior: issuer.superior.as_ref().map(|s| upper_vi(&s.name)),
        issuer: upper_vi(&issuer.name),
        symbol: symbol.with_prefix(),
        place_date: t.render("place_date", view)?,
    })
}

pub(crate) fn heading(level: u8, number: String, text: String) -> Block {
    Block::Heading {
        level,
        number,
        text,
    }
}

pub(crate) fn para(text: String) -> Block {
    Block::Paragraph(vec![Run::plain(text)])
}

fn body(p: &Program, t: &Templates, view: &DocView<'_>) -> Result<Vec<Block>, TemplateError> {
    let mut b = vec![para(t.render("opening", view)?)];
    let mut section = 0;
    let mut next = || {
        section += 1;
        roman(section)
    };

    b.push(heading(1, next(), t.fixed("section_purposes")?));
    b.push(heading(2, "1".into(), t.fixed("purposes_heading")?));
    b.extend(p.purposes.iter().cloned().map(para));
    if !p.requirements.is_empty() {
        b.push(heading(2, "2".into(), t.fixed("requirements_heading")?));
        b.extend(p.requirements.iter().cloned().map(para));
    }

    if let Some(o) = &p.objectives {
        b.push(heading(1, next(), t.fixed("section_objectives")?));
        let mut sub = 0;
        if let Some(g) = &o.general {
            sub += 1;
            b.push(heading(2, sub.to_string(), t.fixed("objectives_general")?));
            b.push(para(g.clone()));
        }
        if !o.targets.is_empty() {
            sub += 1;
            b.push(heading(2, sub.to_string(), t.fixed("objectives_targets")?));
            for target in &o.targets {
                #[derive(Serialize)]
                struct V<'a> {
                    year: i32,
                    text: &'a str,
                    value: String,
                    unit: String,
                }
                // "80%", but "150 đảng viên": a word unit is spaced.
                let unit = match target.unit.as_deref() {
                    None | Some("") => String::new(),
                    Some(u) if u.starts_with(['%', '‰']) => u.to_string(),
                    Some(u) => format!(" {u}"),
                };
                let v = V {
                    year: target.year,
                    text: &target.text,
                    value: vi_number(target.value),
                    unit,
                };
                b.push(Block::Dash(vec![Run::plain(t.render("target", &v)?)]));
            }
        }
    }

    b.push(heading(1, next(), t.fixed("section_tasks")?));
    for (i, g) in p.groups.iter().enumerate() {
        b.push(heading(2, (i + 1).to_string(), g.title.clone()));
        if let Some(intro) = &g.intro {
            #[derive(Serialize)]
            struct V<'a> {
                ordinal: String,
                intro: &'a str,
                title: &'a str,
            }
            let v = V {
                ordinal: ordinal_word(i + 1),
                intro,
                title: &g.title,
            };
            b.push(para(t.render("group_intro", &v)?));
        }
        for task in &g.tasks {
            #[derive(Serialize)]
            struct V<'a> {
                content: &'a str,
                lead: &'a str,
                timeframe: String,
            }
            let v = V {
                content: &task.content,
                lead: p
                    .agency(&task.lead)
                    .map_or(task.lead.as_str(), |a| a.name.as_str()),
                timeframe: task
                    .effective_timeframe()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
            };
            b.push(Block::Dash(vec![Run::plain(t.render("task_item", &v)?)]));
        }
    }

    b.push(heading(1, next(), t.fixed("section_implementation")?));
    for (i, item) in p.implementation.iter().enumerate() {
        b.push(Block::Paragraph(vec![Run::plain(format!(
            "{}. {}",
            i + 1,
            item.text
        ))]));
    }
    if let Some(c) = &p.closing {
        b.push(para(c.clone()));
    }
    b.push(Block::Paragraph(vec![Run {
        text: t.fixed("appendix_note")?,
        bold: false,
        italic: true,
    }]));
    Ok(b)
}

/// The signature and recipients block of a document signed by `signer`.
pub(crate) fn signature(
    recipients: &[Recipient],
    archive: Option<&str>,
    signer: &Signer,
    format: FormatKind,
    profile: &Profile,
    t: &Templates,
) -> Result<Signature, TemplateError> {
    let mut lines = Vec::new();
    for r in recipients {
        #[derive(Serialize)]
        struct V<'a> {
            name: &'a str,
            purpose: &'a str,
        }
        let v = V {
            name: &r.name,
            purpose: r.purpose.as_deref().unwrap_or(""),
        };
        lines.push(format!(
            "- {}{}",
            t.render("recipient", &v)?,
            profile.recipients_punctuation
        ));
    }
    if let Some(archive) = archive {
        #[derive(Serialize)]
        struct V<'a> {
            prefix: &'a str,
            archive: &'a str,
        }
        let v = V {
            prefix: &profile.archive_prefix,
            archive,
        };
        lines.push(format!("- {}.", t.render("archive", &v)?));
    } else if let Some(last) = lines.last_mut() {
        let trimmed = last
            .trim_end_matches(profile.recipients_punctuation.as_str())
            .to_string();
        *last = format!("{trimmed}.");
    }
    let authority = signer
        .authorities
        .iter()
        .map(|a| a.render(format))
        .filter(|s| !s.is_empty())
        .collect();
    Ok(Signature {
        recipients_label: profile.recipients_label_text.clone(),
        recipients: lines,
        authority,
        title: upper_vi(&signer.title),
        name: signer.name.clone(),
    })
}

fn appendix(p: &Program, t: &Templates, view: &DocView<'_>) -> Result<Appendix, TemplateError> {
    use Align::{Center, Justified};
    const LAYOUT: [(u32, Align); 6] = [
        (50, Center),
        (390, Justified),
        (160, Center),
        (160, Center),
        (130, Center),
        (110, Center),
    ];
    Ok(Appendix {
        label: t.fixed("appendix_label")?,
        title: t.render("appendix_title", view)?,
        caption: t.render("appendix_caption", view)?,
        table: task_table(p, &t.fixed("appendix_columns")?, &LAYOUT, |task, n| {
            task_cells(p, t, task, n)
        })?,
    })
}

/// Columns from `|`-separated titles, with their shares of the width (per
/// mille) and alignments.
pub(crate) fn columns(titles: &str, layout: &[(u32, Align)]) -> Vec<Column> {
    titles
        .split('|')
        .zip(layout)
        .map(|(title, (width, align))| Column {
            title: title.trim().to_string(),
            width: *width,
            align: *align,
        })
        .collect()
}

/// Every task of the program under its group's row, numbered through; a
/// task's cells come from `cells` (the task and its number).
pub(crate) fn task_table(
    p: &Program,
    titles: &str,
    layout: &[(u32, Align)],
    mut cells: impl FnMut(&Task, usize) -> Result<Vec<String>, TemplateError>,
) -> Result<Table, TemplateError> {
    let mut rows = Vec::new();
    let mut n = 0;
    for (i, g) in p.groups.iter().enumerate() {
        rows.push(Row::Group {
            number: roman(i + 1),
            text: g.title.clone(),
        });
        for task in &g.tasks {
            n += 1;
            rows.push(Row::Cells(cells(task, n)?));
        }
    }
    Ok(Table {
        kind: TableKind::Tasks,
        columns: columns(titles, layout),
        rows,
    })
}

/// The agency's name for tables (its short name), or the id itself.
pub(crate) fn agency_name(p: &Program, id: &str) -> String {
    p.agency(id)
        .map_or(id.to_string(), |a| a.table_name().to_string())
}

fn task_cells(
    p: &Program,
    t: &Templates,
    task: &Task,
    n: usize,
) -> Result<Vec<String>, TemplateError> {
    let name = |id: &str| agency_name(p, id);
    #[derive(Serialize)]
    struct Lead {
        lead: String,
        advisor: String,
    }
    let lead = Lead {
        lead: name(&task.lead),
        advisor: task.advisor.as_deref().map(name).unwrap_or_default(),
    };
    #[derive(Serialize)]
    struct Time {
        original: String,
        revised: String,
    }
    let time = Time {
        original: task
            .timeframe
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        revised: task
            .revision
            .as_ref()
            .map(|r| r.timeframe.to_string())
            .unwrap_or_default(),
    };
    Ok(vec![
        n.to_string(),
        task.content.clone(),
        t.render("lead_cell", &lead)?,
        task.coordinators
            .iter()
            .map(|c| name(c))
            .collect::<Vec<_>>()
            .join(", "),
        t.render("timeframe_cell", &time)?,
        task.product.clone().unwrap_or_default(),
    ])
}
