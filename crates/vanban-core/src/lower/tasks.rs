//! The agency registry, task groups, tasks and the organisation of
//! implementation, with every reference to an agency checked.

use super::{Ctx, at};
use crate::date::VnDate;
use crate::diagnostic::Pos;
use crate::kinds::AgencyKind;
use crate::messages::{IdKind, Message};
use crate::model::{Agency, ImplementationItem, Revision, Task, TaskGroup};
use crate::raw::{RawAgency, RawGroup, RawImplementation, RawRevision, RawTask, S, Text};
use crate::suggest::closest;
use crate::timeframe::Timeframe;
use std::collections::BTreeMap;

/// The agencies of a file, and which of them are used.
pub(super) struct Registry {
    agencies: Vec<Agency>,
    positions: Vec<Option<Pos>>,
    used: Vec<bool>,
    index: BTreeMap<String, usize>,
}

impl Registry {
    pub(super) fn new(cx: &mut Ctx<'_>, raw: &S<Vec<S<RawAgency>>>) -> Self {
        let mut seen = BTreeMap::new();
        let mut reg = Registry {
            agencies: Vec::new(),
            positions: Vec::new(),
            used: Vec::new(),
            index: BTreeMap::new(),
        };
        for a in &raw.value {
            let r = &a.value;
            let id = cx.id(IdKind::Agency, &r.id, &mut seen);
            let kind = cx
                .vocab(
                    "agencies.kind",
                    &r.kind,
                    AgencyKind::parse,
                    AgencyKind::ALL,
                    AgencyKind::name,
                )
                .unwrap_or(AgencyKind::Other);
            let agency = Agency {
                id: id.clone(),
                name: cx.text("agencies.name", &r.name),
                short: cx.opt_text("agencies.short", &r.short),
                kind,
            };
            if reg.index.contains_key(&id) {
                continue; // reported as a duplicate id; the first one stands
            }
            reg.index.insert(id, reg.agencies.len());
            reg.agencies.push(agency);
            reg.positions.push(at(&r.id));
            reg.used.push(false);
        }
        reg
    }

    /// Resolves a reference, marking the agency used; reports an unknown id.
    fn resolve(&mut self, cx: &mut Ctx<'_>, v: &S<Text>) -> Option<String> {
        let id = &v.value.0;
        if !self.index.contains_key(id.as_str()) && cx.invisible_in_id(v) {
            return None;
        }
        match self.index.get(id.as_str()) {
            Some(&i) => {
                self.used[i] = true;
                Some(id.clone())
            }
            None => {
                let suggestion = closest(id, self.index.keys().map(String::as_str));
                cx.error(
                    at(v),
                    Message::UnknownAgency {
                        id: id.clone(),
                        suggestion,
                    },
                );
                None
            }
        }
    }

    pub(super) fn groups(
        &mut self,
        cx: &mut Ctx<'_>,
        raw: &S<Vec<S<RawGroup>>>,
        doc_date: Option<VnDate>,
    ) -> Vec<TaskGroup> {
        if raw.value.is_empty() {
            cx.error(at(raw), Message::NoGroups);
        }
        let mut group_ids = BTreeMap::new();
        let mut task_ids = BTreeMap::new();
        let mut out = Vec::new();
        for g in &raw.value {
            let r = &g.value;
            let id = cx.id(IdKind::Group, &r.id, &mut group_ids);
            let title = cx.text("groups.title", &r.title);
            let intro = cx.opt_text("groups.intro", &r.intro);
            if r.tasks.is_empty() {
                cx.warn(at(&r.id), Message::EmptyGroup { group: id.clone() });
            }
            let tasks = r
                .tasks
                .iter()
                .filter_map(|t| self.task(cx, t, &mut task_ids, doc_date))
                .collect();
            out.push(TaskGroup {
                id,
                title,
                intro,
                tasks,
            });
        }
        out
    }

    fn task(
        &mut self,
        cx: &mut Ctx<'_>,
        raw: &S<RawTask>,
        ids: &mut BTreeMap<String, u32>,
        doc_date: Option<VnDate>,
    ) -> Option<Task> {
        let r = &raw.value;
        let id = cx.id(IdKind::Task, &r.id, ids);
        let content = cx.text("groups.tasks.content", &r.content);
        let lead = match &r.lead {
            Some(l) => self.resolve(cx, l),
            None => {
                cx.error(at(&r.id), Message::MissingLead { task: id.clone() });
                None
            }
        };
        let advisor = r.advisor.as_ref().and_then(|a| {
            let resolved = self.resolve(cx, a)?;
            if Some(&resolved) == lead.as_ref() {
                cx.warn(at(a), Message::AdvisorIsLead { id: resolved });
                return None;
            }
            Some(resolved)
        });
        let mut coordinators: Vec<String> = Vec::new();
        for c in &r.coordinators {
            let Some(resolved) = self.resolve(cx, c) else {
                continue;
            };
            if Some(&resolved) == lead.as_ref() {
                cx.error(at(c), Message::LeadIsCoordinator { id: resolved });
            } else if coordinators.contains(&resolved) {
                cx.warn(at(c), Message::DuplicateCoordinator { id: resolved });
            } else {
                coordinators.push(resolved);
            }
        }
        let timeframe = match &r.timeframe {
            Some(v) => timeframe(cx, v, doc_date),
            None => {
                cx.warn(at(&r.id), Message::NoTimeframe { task: id.clone() });
                None
            }
        };
        let revision = r
            .revised
            .as_ref()
            .and_then(|v| revision(cx, v, timeframe.as_ref(), doc_date, "groups.tasks"));
        let product = cx.opt_text("groups.tasks.product", &r.product);
        let notes = cx.opt_text("groups.tasks.notes", &r.notes);
        Some(Task {
            id,
            content,
            lead: lead?,
            advisor,
            coordinators,
            timeframe,
            revision,
            product,
            notes,
            pos: at(raw),
        })
    }

    pub(super) fn implementation(
        &mut self,
        cx: &mut Ctx<'_>,
        raw: &[S<RawImplementation>],
    ) -> Vec<ImplementationItem> {
        raw.iter()
            .map(|item| {
                let agencies = item
                    .value
                    .agencies
                    .iter()
                    .filter_map(|a| self.resolve(cx, a))
                    .collect();
                ImplementationItem {
                    agencies,
                    text: cx.text("implementation.text", &item.value.text),
                }
            })
            .collect()
    }

    /// Warns about agencies nothing refers to; says nothing when the program
    /// has no groups at all (that error is the one to fix first).
    pub(super) fn report_unused(&self, cx: &mut Ctx<'_>, has_groups: bool) {
        if !has_groups {
            return;
        }
        for (i, a) in self.agencies.iter().enumerate() {
            if !self.used[i] {
                cx.warn(
                    self.positions[i],
                    Message::UnusedAgency { id: a.id.clone() },
                );
            }
        }
    }

    pub(super) fn into_agencies(self) -> Vec<Agency> {
        self.agencies
    }
}

fn timeframe(cx: &mut Ctx<'_>, v: &S<Text>, doc_date: Option<VnDate>) -> Option<Timeframe> {
    let Some(tf) = Timeframe::parse(&v.value.0) else {
        cx.error(
            at(v),
            Message::BadTimeframe {
                value: v.value.0.clone(),
            },
        );
        return None;
    };
    if let (Some(deadline), Some(date)) = (tf.deadline(), doc_date)
        && deadline < date
    {
        cx.error(
            at(v),
            Message::DeadlineBeforeDocument {
                timeframe: tf.to_string(),
                deadline: deadline.short(),
                date: date.short(),
            },
        );
    }
    Some(tf)
}

/// A revised deadline under `parent` ("groups.tasks", "tasks"), checked
/// against the original and the program's date.
pub(crate) fn revision(
    cx: &mut Ctx<'_>,
    raw: &S<RawRevision>,
    original: Option<&Timeframe>,
    doc_date: Option<VnDate>,
    parent: &str,
) -> Option<Revision> {
    let r = &raw.value;
    let tf = timeframe(cx, &r.timeframe, doc_date);
    let reason = cx.opt_text(&format!("{parent}.revised.reason"), &r.reason);
    let date = r.date.as_ref().and_then(|d| cx.date(d));
    if let (Some(d), Some(doc)) = (date, doc_date)
        && d < doc
    {
        cx.error(
            at(r.date.as_ref()?),
            Message::RevisionBeforeDocument { date: d.short() },
        );
    }
    let tf = tf?;
    match original {
        None => cx.warn(cx.key_of(raw, "revised"), Message::RevisionWithoutOriginal),
        Some(o) if *o == tf => cx.warn(
            at(&r.timeframe),
            Message::RevisedSameAsOriginal {
                timeframe: tf.to_string(),
            },
        ),
        Some(o) => {
            if let (Some(new), Some(old)) = (tf.deadline(), o.deadline())
                && new < old
            {
                cx.warn(
                    at(&r.timeframe),
                    Message::RevisedEarlier {
                        revised: tf.to_string(),
                        original: o.to_string(),
                    },
                );
            }
        }
    }
    Some(Revision {
        timeframe: tf,
        reason,
        date,
    })
}
