//! The signer: its authority lines, title and name, checked against the
//! issuer's kind and the format (HD 36 §1.7.1; NĐ 30/2020, Phụ lục I).
//!
//! The authority is one line ("T/M BAN THƯỜNG VỤ") or two, on behalf then
//! deputy ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"). The rules of who signs
//! how look at the first line; a deputy line asks for a deputy's title.

use super::{Ctx, at, default_format};
use crate::authority::{Authority, AuthorityError, Prefix, accepted_prefixes};
use crate::diagnostic::Pos;
use crate::kinds::IssuerKind;
use crate::messages::Message;
use crate::model::{Issuer, Signer};
use crate::raw::{RawAuthority, RawSigner, S};
use crate::text::lower_vi;

/// The most authority lines a signer has.
const MAX_LINES: usize = 2;

/// One authority line read from the file.
struct Line {
    authority: Authority,
    /// As written, for messages.
    text: String,
    pos: Option<Pos>,
}

/// Whether a title is a deputy's: its first word is "Phó" ("Phó Chủ tịch",
/// "PHÓ BÍ THƯ"), in any case.
fn is_deputy_title(title: &str) -> bool {
    let t = lower_vi(title);
    t == "phó" || t.starts_with("phó ")
}

/// The signer under `parent` ("document", "report"), checked against the
/// issuer's kind and the format.
pub(crate) fn signer(
    cx: &mut Ctx<'_>,
    raw: &S<RawSigner>,
    issuer: &Issuer,
    party: bool,
    parent: &str,
) -> Option<Signer> {
    let r = &raw.value;
    let title = cx.text(&format!("{parent}.signer.title"), &r.title);
    let name = cx.text(&format!("{parent}.signer.name"), &r.name);
    // Where a problem of the whole authority is shown: the value, or the
    // `signer:` key when there is none.
    let whole = match &r.authority {
        Some(a) => at(a),
        None => cx.key_of(raw, "signer"),
    };
    let lines = lines(cx, r.authority.as_ref(), whole, party, parent)?;
    if let Some(extra) = lines.get(MAX_LINES) {
        cx.error(
            extra.pos,
            Message::AuthorityTooManyLines {
                count: lines.len(),
                party,
            },
        );
        return None;
    }
    if let [first, second] = lines.as_slice()
        && (first.authority.kind(), second.authority.kind())
            != (Some(Prefix::OnBehalf), Some(Prefix::Deputy))
    {
        let pos = if first.authority.kind() == Some(Prefix::OnBehalf) {
            second.pos
        } else {
            first.pos
        };
        cx.error(
            pos,
            Message::AuthorityPair {
                first: first.text.clone(),
                second: second.text.clone(),
                party,
            },
        );
        return None;
    }
    let deputy = is_deputy_title(&title);
    for line in &lines {
        if line.authority.kind() == Some(Prefix::Deputy) && !deputy {
            cx.error(
                line.pos,
                Message::DeputyLineNeedsDeputyTitle {
                    value: line.text.clone(),
                    title: title.clone(),
                },
            );
        }
    }
    let first = lines.first().and_then(|l| l.authority.kind());
    let first_pos = lines.first().map_or(whole, |l| l.pos);
    if party {
        party_rules(cx, issuer, first, first_pos, deputy, &title);
    } else {
        let has_deputy_line = lines
            .iter()
            .any(|l| l.authority.kind() == Some(Prefix::Deputy));
        state_rules(
            cx,
            issuer,
            first,
            first_pos,
            deputy && !has_deputy_line,
            &title,
        );
    }
    Some(Signer {
        authorities: lines.into_iter().map(|l| l.authority).collect(),
        title,
        name,
    })
}

/// Reads every authority line, reporting each one that cannot be read or is
/// spelled in the other format's style. `None` when a line cannot be read.
fn lines(
    cx: &mut Ctx<'_>,
    raw: Option<&S<RawAuthority>>,
    whole: Option<Pos>,
    party: bool,
    parent: &str,
) -> Option<Vec<Line>> {
    let written: Vec<(String, Option<Pos>)> = match raw.map(|a| &a.value) {
        None => Vec::new(),
        Some(RawAuthority::Line(t)) if t.0.is_empty() => Vec::new(),
        Some(RawAuthority::Line(t)) => vec![(t.0.clone(), whole)],
        Some(RawAuthority::Lines(items)) => {
            items.iter().map(|i| (i.value.0.clone(), at(i))).collect()
        }
    };
    let mut out = Vec::new();
    let mut readable = true;
    for (text, pos) in written {
        if text.is_empty() {
            let field = format!("{parent}.signer.authority");
            cx.error(pos, Message::EmptyText { field });
            readable = false;
        } else if let Some(authority) = line(cx, &text, pos, party) {
            out.push(Line {
                authority,
                text,
                pos,
            });
        } else {
            readable = false;
        }
    }
    readable.then_some(out)
}

/// One authority line, reported when it cannot be read or has the other
/// format's spelling (which is still read).
fn line(cx: &mut Ctx<'_>, text: &str, pos: Option<Pos>, party: bool) -> Option<Authority> {
    let format = default_format(party);
    let authority = match Authority::parse(text) {
        Ok(a) => a,
        Err(AuthorityError::MissingBody) => {
            let value = text.to_string();
            cx.error(pos, Message::AuthorityMissingBody { value });
            return None;
        }
        Err(AuthorityError::UnknownPrefix(_)) => {
            let m = Message::AuthorityUnknownPrefix {
                value: text.to_string(),
                accepted: accepted_prefixes(format),
            };
            cx.error(pos, m);
            return None;
        }
    };
    if let Some((_, style)) = authority.prefix
        && style != format
    {
        let value = text.split(' ').next().unwrap_or_default().to_string();
        cx.error(pos, Message::AuthorityWrongStyle { value, party });
    }
    Some(authority)
}

/// HD 36 §1.7.1 on the first line: a collective signs T/M (a Party
/// committee rarely K/T); an advisory body never T/M, its deputy K/T.
fn party_rules(
    cx: &mut Ctx<'_>,
    issuer: &Issuer,
    first: Option<Prefix>,
    pos: Option<Pos>,
    deputy: bool,
    title: &str,
) {
    match (issuer.kind.is_collective(), first) {
        (true, None) => {
            let issuer = issuer.name.clone();
            cx.error(pos, Message::AuthorityNeedsOnBehalf { issuer });
        }
        (true, Some(Prefix::Deputy)) if issuer.kind == IssuerKind::PartyCommittee => {
            cx.warn(pos, Message::CommitteeDeputyKT);
        }
        (false, Some(Prefix::OnBehalf)) => cx.error(pos, Message::AuthorityOnBehalfForAdvisory),
        (false, None) if deputy => {
            let title = title.to_string();
            cx.error(pos, Message::DeputyNeedsKT { title });
        }
        _ => {}
    }
}

/// NĐ 30 on the first line: TM. only for a collective; a deputy signs KT.,
/// so a deputy's title with TM. alone (or nothing) lacks the KT. line.
fn state_rules(
    cx: &mut Ctx<'_>,
    issuer: &Issuer,
    first: Option<Prefix>,
    pos: Option<Pos>,
    deputy_without_kt: bool,
    title: &str,
) {
    if first == Some(Prefix::OnBehalf) && !issuer.kind.is_collective() {
        let issuer = issuer.name.clone();
        cx.error(pos, Message::AuthorityOnBehalfNotCollective { issuer });
    }
    if deputy_without_kt && matches!(first, None | Some(Prefix::OnBehalf)) {
        let title = title.to_string();
        cx.error(pos, Message::StateDeputyNeedsKT { title });
    }
}
