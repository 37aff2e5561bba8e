//! IR + profile → resolved document: the page sections, the title, the
//! body and the appendices.

use super::parts::{header_block, rule, signature};
use super::tables::data_table;
use super::{Align, Flow, Image, Page, Para, Piece, Resolved, Role, Section, Spacing, tw};
use crate::chart;
use crate::fonts::{FontSet, Style};
use crate::format::{self, tw_pt, twips};
use crate::ir::{self, Block, Document};
use crate::layout::LayoutError;
use crate::numbers::roman;
use crate::profile::{Numbering, Orientation, Profile, TextStyle};
use vanban_core::messages::Message;
use vanban_core::text::upper_vi;

/// The face of a text style.
pub(super) fn style_of(t: &TextStyle) -> Style {
    Style::of(t.bold, t.italic)
}

/// `text` in capitals, but for the words that hold a digit: document
/// symbols keep their case ("11-CTr/QU", whose "CTr" HD 36 writes so), as
/// dates and numbers need none.
pub(super) fn caps(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            if w.chars().any(|c| c.is_ascii_digit()) {
                w.to_owned()
            } else {
                upper_vi(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A run in one style, in capitals when the style says so.
pub(super) fn piece(text: &str, t: &TextStyle) -> Piece {
    Piece {
        text: if t.caps { caps(text) } else { text.to_owned() },
        style: style_of(t),
        size: t.size,
        underline: t.underline,
    }
}

/// A run in the style's face and size, its text as written (the profile's
/// own literal lines, such as the motto).
pub(super) fn literal(text: &str, t: &TextStyle) -> Piece {
    Piece {
        text: text.to_owned(),
        ..piece("", t)
    }
}

/// A paragraph of `pieces`, left-aligned and single-spaced, nothing around it.
pub(super) fn plain(role: Role, pieces: Vec<Piece>, mark: &TextStyle) -> Para {
    Para {
        role,
        pieces,
        align: Align::Left,
        first_indent: 0.0,
        indent_left: 0.0,
        indent_right: 0.0,
        spacing: Spacing::Single,
        before: 0.0,
        after: 0.0,
        keep_next: false,
        page_break_before: false,
        border_bottom: None,
        mark: (style_of(mark), mark.size),
    }
}

/// A centred, single-spaced paragraph in one style.
pub(super) fn centred(role: Role, text: &str, t: &TextStyle, before: f32, keep_next: bool) -> Para {
    let pieces = if text.is_empty() {
        Vec::new()
    } else {
        vec![piece(text, t)]
    };
    Para {
        align: Align::Center,
        before: tw(before),
        keep_next,
        ..plain(role, pieces, t)
    }
}

/// A body paragraph: justified, first-line indent, the body's line height
/// and spacing.
fn body(role: Role, pieces: Vec<Piece>, p: &Profile, t: &TextStyle, keep_next: bool) -> Para {
    Para {
        align: Align::Justify,
        first_indent: tw_pt(twips(p.first_line_indent_mm)),
        spacing: Spacing::Exact(tw(p.line_height_pt)),
        before: tw(p.space_before_pt),
        after: tw(p.space_after_pt),
        keep_next,
        ..plain(role, pieces, t)
    }
}

fn runs(rs: &[ir::Run], base: &TextStyle) -> Vec<Piece> {
    rs.iter()
        .map(|r| {
            let t = TextStyle {
                bold: base.bold || r.bold,
                italic: base.italic || r.italic,
                ..base.clone()
            };
            piece(&r.text, &t)
        })
        .collect()
}

fn block(b: &Block, p: &Profile, keep: bool) -> Para {
    match b {
        Block::Heading {
            level,
            number,
            text,
        } => {
            let (role, t, s) = match level {
                1 => (
                    Role::Heading1,
                    &p.heading1,
                    format!("{number}{} {text}", p.heading1_separator),
                ),
                2 => (Role::Heading2, &p.heading2, format!("{number}. {text}")),
                _ => (Role::Heading3, &p.heading3, format!("{number}) {text}")),
            };
            body(role, vec![piece(&s, t)], p, t, true)
        }
        Block::Caption(text) => centred(Role::Caption, text, &p.caption, p.space_before_pt, true),
        Block::Paragraph(rs) => body(Role::Body, runs(rs, &p.body), p, &p.body, keep),
        Block::Dash(rs) => {
            let mut pieces = vec![piece("- ", &p.body)];
            pieces.extend(runs(rs, &p.body));
            body(Role::ListDash, pieces, p, &p.body, keep)
        }
        // Tables and charts are flows of their own (see `body_flows`).
        Block::Table(_) | Block::Chart(_) => body(Role::Body, Vec::new(), p, &p.body, keep),
    }
}

/// The page of a section in the given orientation.
fn page(p: &Profile, orientation: Orientation) -> Page {
    let [w, h] = p.page_mm.map(|mm| tw_pt(twips(mm)));
    let [top, bottom, left, right] = p.margins_mm.map(|mm| tw_pt(twips(mm)));
    let landscape = orientation == Orientation::Landscape;
    let (width, height) = if landscape { (h, w) } else { (w, h) };
    Page {
        width,
        height,
        top,
        bottom,
        left,
        right,
        header: tw_pt(twips(p.header_distance_mm)),
        landscape,
    }
}

/// The width of a bordered table: the text width in millimetres, rounded
/// to twips once (a twip short of the page's own difference of rounded
/// values at most), as the measured agreement with word processors was
/// established; their cells wrap a word that our measure fits by less.
fn table_width(p: &Profile, page: &Page) -> f32 {
    let [w, h] = p.page_mm;
    let across = if page.landscape { h } else { w };
    tw_pt(twips(across - p.margins_mm[2] - p.margins_mm[3]))
}

/// The separator under a summary or an appendix caption: the profile's text
/// ("-----"), and its rule as a share of the text width.
fn separator(p: &Profile, width: f32, out: &mut Vec<Flow>) {
    if !p.summary_separator.is_empty() {
        out.push(Flow::Para(centred(
            Role::Summary,
            &p.summary_separator,
            &p.summary,
            0.0,
            true,
        )));
    }
    if p.summary_rule_share > 0.0 {
        let mut r = rule(width, width * p.summary_rule_share, p.motto_rule_pt);
        r.keep_next = true;
        r.before = format::RULE_GAP_PT;
        out.push(Flow::Para(r));
    }
}

/// The end mark appended to the last text paragraph of the body (a note in
/// parentheses, such as "(Có Phụ lục … kèm theo)", is not the text's end):
/// "./." after a sentence without its full stop, "/." after one that has it.
fn end_mark(flows: &mut [Flow], p: &Profile) {
    if !p.end_mark || p.end_mark_text.is_empty() {
        return;
    }
    let text_of = |para: &Para| -> String { para.pieces.iter().map(|x| x.text.as_str()).collect() };
    let last = flows.iter_mut().rev().find_map(|f| match f {
        Flow::Para(para)
            if matches!(para.role, Role::Body | Role::ListDash) && !para.pieces.is_empty() =>
        {
            let t = text_of(para);
            let t = t.trim();
            let note = t.starts_with('(') && t.trim_end_matches('.').ends_with(')');
            (!note).then_some(para)
        }
        _ => None,
    });
    let Some(para) = last else { return };
    let text = text_of(para);
    let mark = &p.end_mark_text;
    let add = match mark.chars().next() {
        Some(first) if text.trim_end().ends_with(first) => &mark[first.len_utf8()..],
        _ => mark.as_str(),
    };
    if let Some(last) = para.pieces.last_mut() {
        let trimmed = last.text.trim_end().len();
        last.text.truncate(trimmed);
    }
    para.pieces.push(piece(add, &p.body));
}

/// Height of the empty paragraph that ends a section (and carries its
/// properties in the .docx), points.
pub(crate) const SECTION_END_PT: f32 = 1.0;

/// The empty paragraph that ends every section but the last.
fn section_end() -> Para {
    Para {
        spacing: Spacing::Exact(SECTION_END_PT),
        mark: (Style::Regular, SECTION_END_PT),
        ..plain(Role::SectionEnd, Vec::new(), &TextStyle::default())
    }
}

/// Resolves a document with a profile, measuring with `fonts`.
pub fn resolve(doc: &Document, p: &Profile, fonts: &FontSet) -> Result<Resolved, LayoutError> {
    let main_page = page(p, Orientation::Portrait);
    let width = main_page.text_width();
    let mut flows = vec![Flow::Table(header_block(doc, p, fonts, width))];
    flows.push(Flow::Para(centred(
        Role::DocKind,
        &doc.kind,
        &p.kind,
        p.kind_space_before_pt,
        true,
    )));
    flows.push(Flow::Para(centred(
        Role::Summary,
        &doc.summary,
        &p.summary,
        0.0,
        true,
    )));
    separator(p, width, &mut flows);
    let keep_from = doc.body.len().saturating_sub(format::KEPT_WITH_SIGNATURE);
    let mut body_flows = Vec::with_capacity(doc.body.len());
    let mut warnings = Vec::new();
    // A chart part leaves its page room for the caption kept with it.
    let chart_height =
        main_page.text_height() - 3.0 * p.line_height_pt - p.space_before_pt - p.space_after_pt;
    for (i, b) in doc.body.iter().enumerate() {
        match b {
            Block::Table(t) => {
                body_flows.push(Flow::Table(data_table(t, p, table_width(p, &main_page))));
            }
            Block::Chart(c) => {
                let parts = chart::draw_parts(c, width, chart_height, fonts)?;
                if parts.len() > 1 {
                    warnings.push(Message::ChartSplit {
                        bars: c.bars.len(),
                        parts: parts.len(),
                    });
                }
                for drawing in parts {
                    body_flows.push(Flow::Image(Image {
                        drawing,
                        dpi: p.chart_dpi,
                        para: Para {
                            align: Align::Center,
                            mark: (style_of(&p.body), format::CHART_MARK_PT),
                            ..plain(Role::Chart, Vec::new(), &p.body)
                        },
                    }));
                }
            }
            _ => body_flows.push(Flow::Para(block(b, p, i >= keep_from))),
        }
    }
    end_mark(&mut body_flows, p);
    flows.extend(body_flows);
    flows.push(Flow::Table(signature(&doc.signature, p, width)));
    let page_number = centred(Role::PageNumber, "", &p.page_number, 0.0, false);
    let mut sections = vec![Section {
        page: main_page,
        restart_numbering: false,
        title_page: true,
        page_number: page_number.clone(),
        flows,
    }];
    let own_section = p.appendix_page_restart || p.appendix_orientation != Orientation::Portrait;
    let count = doc.appendices.len();
    for (i, a) in doc.appendices.iter().enumerate() {
        let page = page(p, p.appendix_orientation);
        let width = page.text_width();
        let mut out = Vec::new();
        let label = if count > 1 || p.appendix_number_alone {
            let n = match p.appendix_numbering {
                Numbering::Arabic => (i + 1).to_string(),
                Numbering::Roman => roman(i + 1),
            };
            format!("{} {n}", a.label)
        } else {
            a.label.clone()
        };
        let mut label = centred(Role::AppendixLabel, &label, &p.appendix_label, 0.0, true);
        if !own_section {
            label.page_break_before = true;
        }
        out.push(Flow::Para(label));
        out.push(Flow::Para(centred(
            Role::AppendixTitle,
            &a.title,
            &p.appendix_title,
            0.0,
            true,
        )));
        out.push(Flow::Para(centred(
            Role::AppendixCaption,
            &a.caption,
            &p.appendix_caption,
            0.0,
            true,
        )));
        separator(p, width, &mut out);
        out.push(Flow::Table(data_table(&a.table, p, table_width(p, &page))));
        if own_section {
            if let Some(last) = sections.last_mut() {
                last.flows.push(Flow::Para(section_end()));
            }
            sections.push(Section {
                page,
                restart_numbering: p.appendix_page_restart,
                title_page: p.appendix_page_restart,
                page_number: page_number.clone(),
                flows: out,
            });
        } else if let Some(last) = sections.last_mut() {
            last.flows.extend(out);
        }
    }
    Ok(Resolved {
        font_family: if fonts.is_bundled() {
            p.font.clone()
        } else {
            fonts.family().to_owned()
        },
        base_size: p.body.size,
        sections,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::caps;

    #[test]
    fn capitals_keep_the_case_of_symbols() {
        assert_eq!(
            caps("chương trình hành động số 11-CTr/QU đến ngày 30/9/2023"),
            "CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 11-CTr/QU ĐẾN NGÀY 30/9/2023"
        );
    }
}
