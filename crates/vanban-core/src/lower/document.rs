//! The header parts: issuer, format, the document's identity (its signer in
//! `signer`), and the cited documents.

use super::signer::signer;
use super::{Ctx, at, default_format};
use crate::date::VnDate;
use crate::kinds::{CitationRole, DocumentKind, FormatKind, IssuerKind};
use crate::messages::{IdKind, Message};
use crate::model::{Body, CitedDocument, DocumentInfo, Issuer, Recipient};
use crate::raw::{RawCited, RawDocument, RawIssuer, RawRecipient, S, Text};
use crate::symbol::{DocumentSymbol, SymbolForm};
use crate::text::starts_upper;
use std::collections::BTreeMap;

pub(super) fn issuer(cx: &mut Ctx<'_>, raw: &S<RawIssuer>) -> Issuer {
    let r = &raw.value;
    let kind = cx
        .vocab(
            "issuer.kind",
            &r.kind,
            IssuerKind::parse,
            IssuerKind::ALL,
            IssuerKind::name,
        )
        .unwrap_or(IssuerKind::PartyCommittee);
    let superior = r.superior.as_ref().map(|s| Body {
        name: cx.text("issuer.superior.name", &s.value.name),
        abbreviation: cx.opt_text("issuer.superior.abbreviation", &s.value.abbreviation),
        place: cx.opt_text("issuer.superior.place", &s.value.place),
    });
    Issuer {
        name: cx.text("issuer.name", &r.name),
        abbreviation: cx.text("issuer.abbreviation", &r.abbreviation),
        place: cx.text("issuer.place", &r.place),
        kind,
        standing_committee: cx.opt_text("issuer.standing_committee", &r.standing_committee),
        superior,
    }
}

pub(super) fn format(cx: &mut Ctx<'_>, raw: Option<&S<Text>>, kind: IssuerKind) -> FormatKind {
    let natural = default_format(kind.is_party());
    let Some(v) = raw else { return natural };
    let Some(f) = cx.vocab(
        "format",
        v,
        FormatKind::parse,
        FormatKind::ALL,
        FormatKind::name,
    ) else {
        return natural;
    };
    if f != natural {
        cx.warn(
            at(v),
            Message::FormatMismatch {
                format: f.name().into(),
                issuer: kind.name().into(),
            },
        );
    }
    f
}

pub(super) fn document(
    cx: &mut Ctx<'_>,
    raw: &S<RawDocument>,
    issuer: &Issuer,
    format: FormatKind,
) -> Option<DocumentInfo> {
    let r = &raw.value;
    let party = format == FormatKind::Party;
    let kind = cx.vocab(
        "document.kind",
        &r.kind,
        DocumentKind::parse,
        DocumentKind::ALL,
        DocumentKind::name,
    );
    let symbol = cx.symbol(&r.symbol);
    if let Some(s) = &symbol {
        check_symbol(cx, &r.symbol, s, kind, issuer, party);
    }
    let date = cx.date(&r.date);
    let summary = cx.text("document.summary", &r.summary);
    if !summary.is_empty() && starts_upper(&summary) == party {
        cx.warn(at(&r.summary), Message::SummaryCase { party });
    }
    let signer = signer(cx, &r.signer, issuer, party, "document");
    let (recipients, archive) = routing(cx, raw, "document", &r.recipients, &r.archive);
    Some(DocumentInfo {
        kind: kind?,
        symbol: symbol?,
        date: date?,
        summary,
        signer: signer?,
        recipients,
        archive,
    })
}

pub(crate) fn check_symbol(
    cx: &mut Ctx<'_>,
    v: &S<Text>,
    s: &DocumentSymbol,
    kind: Option<DocumentKind>,
    issuer: &Issuer,
    party: bool,
) {
    let value = v.value.0.clone();
    if (s.form() == SymbolForm::Party) != party {
        cx.error(at(v), Message::SymbolFormMismatch { value, party });
        return;
    }
    if let Some(kind) = kind
        && let Some(expected) = kind.abbreviation(party)
        && s.type_abbr() != expected
        && !kind.also_accepted().contains(&s.type_abbr())
    {
        cx.warn(
            at(v),
            Message::SymbolTypeMismatch {
                value: value.clone(),
                abbr: s.type_abbr().into(),
                kind: kind.name().into(),
                expected: expected.into(),
            },
        );
    }
    if !issuer.abbreviation.is_empty() && !s.names_body(&issuer.abbreviation) {
        cx.warn(
            at(v),
            Message::SymbolBodyMismatch {
                value,
                body: s.body_abbr().into(),
                issuer: issuer.abbreviation.clone(),
            },
        );
    }
}

/// The recipients and the archive line under `parent` ("document",
/// "report"), whose mapping is `raw`: none is an error, no archive a warning.
pub(crate) fn routing<T>(
    cx: &mut Ctx<'_>,
    raw: &S<T>,
    parent: &str,
    recipients: &[S<RawRecipient>],
    archive: &Option<S<Text>>,
) -> (Vec<Recipient>, Option<String>) {
    if recipients.is_empty() {
        cx.error(cx.key_of(raw, parent), Message::NoRecipients);
    }
    let recipients = recipients
        .iter()
        .map(|x| Recipient {
            name: cx.text(&format!("{parent}.recipients.name"), &x.value.name),
            purpose: cx.opt_text(&format!("{parent}.recipients.purpose"), &x.value.purpose),
        })
        .collect();
    let archive = cx.opt_text(&format!("{parent}.archive"), archive);
    if archive.is_none() {
        cx.warn(cx.key_of(raw, parent), Message::NoArchive);
    }
    (recipients, archive)
}

pub(super) fn cited(
    cx: &mut Ctx<'_>,
    raw: &[S<RawCited>],
    doc_date: Option<VnDate>,
) -> Vec<CitedDocument> {
    let mut seen = BTreeMap::new();
    let mut out = Vec::new();
    for c in raw {
        let r = &c.value;
        let id = cx.id(IdKind::Cited, &r.id, &mut seen);
        let kind = cx.vocab(
            "cited.kind",
            &r.kind,
            DocumentKind::parse,
            DocumentKind::ALL,
            DocumentKind::name,
        );
        let symbol = cx.symbol(&r.symbol);
        let date = cx.date(&r.date);
        if let (Some(d), Some(doc)) = (date, doc_date)
            && d > doc
        {
            cx.error(
                at(&r.date),
                Message::CitedAfterDocument {
                    symbol: r.symbol.value.0.clone(),
                    date: d.short(),
                    document_date: doc.short(),
                },
            );
        }
        let issuer = cx.text("cited.issuer", &r.issuer);
        let subject = cx.text("cited.subject", &r.subject);
        let role = match &r.role {
            Some(v) => cx.vocab(
                "cited.role",
                v,
                CitationRole::parse,
                CitationRole::ALL,
                CitationRole::name,
            ),
            None => Some(CitationRole::Related),
        };
        if let (Some(kind), Some(symbol), Some(date), Some(role)) = (kind, symbol, date, role) {
            out.push(CitedDocument {
                id,
                kind,
                symbol,
                date,
                issuer,
                subject,
                role,
            });
        }
    }
    out
}
