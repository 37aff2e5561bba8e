//! The header block (organ, motto, number, place and date), the rules and
//! the signature block.

use super::build::{centred, literal, piece, plain};
use super::{Align, Cell, Para, Role, Spacing, Table, TableRow, tw};
use crate::fonts::{FontSet, Style};
use crate::format::{self, tw_pt, twips};
use crate::ir::{self, Document};
use crate::profile::{Profile, TextStyle};

/// An empty 1 pt paragraph whose bottom border, `width` points thick, is a
/// rule `length` points long centred in a column `column` points wide.
pub(super) fn rule(column: f32, length: f32, width: f32) -> Para {
    let length = length.min(column).max(0.0);
    let indent = tw((column - length) / 2.0);
    Para {
        indent_left: indent,
        indent_right: indent,
        spacing: Spacing::Exact(format::RULE_LINE_PT),
        border_bottom: Some(width),
        mark: (Style::Regular, format::RULE_LINE_PT),
        align: Align::Center,
        ..plain(Role::Rule, Vec::new(), &TextStyle::default())
    }
}

/// Width of `text` in a style, points.
fn measure(fonts: &FontSet, text: &str, t: &TextStyle) -> f32 {
    let p = piece(text, t);
    fonts.face(p.style).width(&p.text, p.size)
}

/// A name of the header on as few lines as the column needs, the lines as
/// even as the words allow ("ỦY BAN NHÂN DÂN" / "PHƯỜNG AN HẢI" rather than
/// "ỦY BAN NHÂN DÂN PHƯỜNG" / "AN HẢI"), each its own centred paragraph.
fn balanced(fonts: &FontSet, text: &str, t: &TextStyle, column: f32) -> Vec<String> {
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    let width = |ws: &[&str]| measure(fonts, &ws.join(" "), t);
    if words.len() < 2 || width(&words) <= column {
        return vec![text.to_owned()];
    }
    // best[i]: (lines, widest line) to set words[..i]; fewest lines first.
    let n = words.len();
    let mut best: Vec<Option<(usize, f32, usize)>> = vec![None; n + 1];
    best[0] = Some((0, 0.0, 0));
    for end in 1..=n {
        for start in 0..end {
            let Some((lines, widest, _)) = best[start] else {
                continue;
            };
            let w = width(&words[start..end]);
            if w > column && end - start > 1 {
                continue;
            }
            let cand = (lines + 1, widest.max(w), start);
            let better = match best[end] {
                None => true,
                Some((l, wd, _)) => cand.0 < l || (cand.0 == l && cand.1 < wd),
            };
            if better {
                best[end] = Some(cand);
            }
        }
    }
    let mut out = Vec::new();
    let mut end = n;
    while end > 0 {
        let Some((_, _, start)) = best[end] else {
            break;
        };
        out.push(words[start..end].join(" "));
        end = start;
    }
    out.reverse();
    out
}

/// The header's two columns, points: the left one as the profile prefers,
/// narrowed so that the right one holds its widest line (the motto lines,
/// the place and date) without wrapping.
fn columns(doc: &Document, p: &Profile, fonts: &FontSet, width: f32) -> [f32; 2] {
    let motto = format::motto_widths_pt(p, fonts)
        .into_iter()
        .fold(0.0, f32::max);
    let date = measure(fonts, &doc.header.place_date, &p.place_date);
    // A twip of slack per side: the word processor rounds every advance.
    let need = tw(motto.max(date) + 2.0);
    let preferred = tw(width - tw_pt(twips(p.header_left_mm)));
    let right = preferred.max(need).min(width);
    [tw(width - right), right]
}

/// The header block: a borderless table of one row (Party: the number under
/// the issuing body, the date under the motto) or two (state: the number
/// level with the place and date).
pub(super) fn header_block(doc: &Document, p: &Profile, fonts: &FontSet, width: f32) -> Table {
    let h = &doc.header;
    let [left_w, right_w] = columns(doc, p, fonts, width);
    let line = |text: &str, t: &TextStyle| centred(Role::HeaderCell, text, t, 0.0, false);
    let mut left = Vec::new();
    if let Some(sup) = &h.superior {
        for l in balanced(fonts, sup, &p.superior, left_w) {
            left.push(line(&l, &p.superior));
        }
    }
    let issuer = balanced(fonts, &h.issuer, &p.issuer, left_w);
    let widest = issuer
        .iter()
        .map(|l| measure(fonts, l, &p.issuer))
        .fold(0.0, f32::max);
    for l in &issuer {
        left.push(line(l, &p.issuer));
    }
    if p.issuer_rule_share > 0.0 {
        left.push(rule(
            left_w,
            widest.min(left_w) * p.issuer_rule_share,
            p.motto_rule_pt,
        ));
    }
    if !p.issuer_mark.is_empty() {
        left.push(line(&p.issuer_mark, &p.issuer_mark_style));
    }
    let mut right: Vec<Para> = p
        .motto_lines
        .iter()
        .enumerate()
        .map(|(i, l)| Para {
            pieces: vec![literal(l, p.motto_style(i))],
            ..line("", p.motto_style(i))
        })
        .collect();
    let motto_rule = format::motto_rule_mm(p, fonts) * 72.0 / 25.4;
    right.push(rule(right_w, tw(motto_rule), p.motto_rule_pt));
    let symbol = line(&h.symbol, &p.symbol);
    let date = centred(
        Role::HeaderCell,
        &h.place_date,
        &p.place_date,
        format::PLACE_DATE_SPACE_BEFORE_PT,
        false,
    );
    let cell = |paras| Cell {
        span: 1,
        paras,
        middle: false,
    };
    let mut rows = Vec::new();
    if p.symbol_beside_date {
        rows.push(TableRow {
            cells: vec![cell(left), cell(right)],
        });
        let symbol = Para {
            before: format::PLACE_DATE_SPACE_BEFORE_PT,
            ..symbol
        };
        rows.push(TableRow {
            cells: vec![cell(vec![symbol]), cell(vec![date])],
        });
    } else {
        left.push(symbol);
        right.push(date);
        rows.push(TableRow {
            cells: vec![cell(left), cell(right)],
        });
    }
    layout_table(vec![left_w, right_w], rows)
}

fn layout_table(widths: Vec<f32>, rows: Vec<TableRow>) -> Table {
    Table {
        width: widths.iter().sum(),
        widths,
        pad: 0.0,
        shift: 0.0,
        border: 0.0,
        header_rows: 0,
        rows,
    }
}

/// The signature block: recipients at left, the signer at right.
pub(super) fn signature(s: &ir::Signature, p: &Profile, width: f32) -> Table {
    let left_w = tw(width * p.recipients_share);
    let right_w = tw(width - left_w);
    let recipient = |pieces| plain(Role::Recipient, pieces, &p.recipients_item);
    let colon = TextStyle {
        underline: false,
        ..p.recipients_label.clone()
    };
    let mut left = vec![recipient(vec![
        piece(&s.recipients_label, &p.recipients_label),
        piece(":", &colon),
    ])];
    left.extend(
        s.recipients
            .iter()
            .map(|r| recipient(vec![piece(r, &p.recipients_item)])),
    );
    let sign = |text: &str, t: &TextStyle| Para {
        pieces: if text.is_empty() {
            Vec::new()
        } else {
            vec![piece(text, t)]
        },
        ..centred(Role::Signature, "", &p.sign_title, 0.0, true)
    };
    let mut right = Vec::new();
    for a in &s.authority {
        right.push(sign(a, &p.sign_authority));
    }
    right.push(sign(&s.title, &p.sign_title));
    for _ in 0..p.sign_space_lines {
        right.push(sign("", &p.sign_title));
    }
    right.push(sign(&s.name, &p.sign_name));
    // The first lines of both columns sit level, a paragraph space below the body.
    if let Some(first) = right.first_mut() {
        first.before = tw(p.space_before_pt);
    }
    let cell = |paras| Cell {
        span: 1,
        paras,
        middle: false,
    };
    layout_table(
        vec![left_w, right_w],
        vec![TableRow {
            cells: vec![cell(left), cell(right)],
        }],
    )
}
