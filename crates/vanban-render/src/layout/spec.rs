//! The document as the paragraphs and tables of its .docx (see
//! `docx/build.rs` and `docx/styles.rs`, which this mirrors value by value).

use super::LayoutError;
use crate::chart::{self, Drawing};
use crate::fonts::{FontSet, Style};
use crate::format::{self, tw_pt, twips};
use crate::ir::{self, Block, Document, Row, TableKind};
use crate::profile::{Profile, TextStyle};

/// Horizontal alignment of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Align {
    Left,
    Center,
    Justify,
}

/// Line spacing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Spacing {
    /// Every line exactly this high, points.
    Exact(f32),
    /// The font's own line height.
    Single,
}

/// A run of text in one face.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Piece {
    pub text: String,
    pub style: Style,
    pub size: f32,
    pub underline: bool,
}

/// A paragraph.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Para {
    pub pieces: Vec<Piece>,
    pub align: Align,
    pub first_indent: f32,
    pub indent_left: f32,
    pub indent_right: f32,
    pub spacing: Spacing,
    pub before: f32,
    pub keep_next: bool,
    pub page_break_before: bool,
    /// A bottom border of this width, points.
    pub border_bottom: Option<f32>,
    /// Face and size of the paragraph mark (the height of an empty paragraph).
    pub mark: (Style, f32),
}

/// A table cell.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Cell {
    /// How many grid columns it spans.
    pub span: usize,
    pub paras: Vec<Para>,
    /// Centred vertically (else top).
    pub middle: bool,
}

/// A table row.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct TableRow {
    pub cells: Vec<Cell>,
}

/// A table: fixed column widths, rows that never split.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Table {
    pub widths: Vec<f32>,
    /// Text inset from a cell's left and right edges, points.
    pub pad: f32,
    /// The table's left edge, from the left margin.
    pub shift: f32,
    /// Border width (0 for none), points.
    pub border: f32,
    /// Leading rows repeated at the top of every page.
    pub header_rows: usize,
    pub rows: Vec<TableRow>,
}

/// A picture alone in a centred paragraph (a chart).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Image {
    pub drawing: Drawing,
    /// Face and size of the paragraph mark: its descent is under the picture.
    pub mark: (Style, f32),
}

/// A block of the page flow.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Flow {
    Para(Para),
    Table(Table),
    Image(Image),
}

/// Page geometry and the flow.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Spec {
    pub width: f32,
    pub height: f32,
    pub top: f32,
    pub bottom: f32,
    pub left: f32,
    pub text_width: f32,
    /// The page number paragraph's top, and its face and size.
    pub header_top: f32,
    pub page_number: (Style, f32),
    pub flows: Vec<Flow>,
}

fn style_of(t: &TextStyle) -> Style {
    Style::of(t.bold, t.italic)
}

fn piece(text: &str, t: &TextStyle) -> Piece {
    Piece {
        text: text.to_owned(),
        style: style_of(t),
        size: t.size,
        underline: t.underline,
    }
}

/// A centred, single-spaced paragraph in one style.
fn centred(text: &str, t: &TextStyle, before: f32, keep_next: bool) -> Para {
    Para {
        pieces: if text.is_empty() {
            Vec::new()
        } else {
            vec![piece(text, t)]
        },
        align: Align::Center,
        first_indent: 0.0,
        indent_left: 0.0,
        indent_right: 0.0,
        spacing: Spacing::Single,
        before,
        keep_next,
        page_break_before: false,
        border_bottom: None,
        mark: (style_of(t), t.size),
    }
}

/// A body paragraph: justified, first-line indent, exact line height.
fn body(pieces: Vec<Piece>, p: &Profile, t: &TextStyle, keep_next: bool) -> Para {
    Para {
        pieces,
        align: Align::Justify,
        first_indent: tw_pt(twips(p.first_line_indent_mm)),
        indent_left: 0.0,
        indent_right: 0.0,
        spacing: Spacing::Exact(p.line_height_pt),
        before: p.space_before_pt,
        keep_next,
        page_break_before: false,
        border_bottom: None,
        mark: (style_of(t), t.size),
    }
}

fn runs(rs: &[ir::Run], base: &TextStyle) -> Vec<Piece> {
    rs.iter()
        .map(|r| Piece {
            text: r.text.clone(),
            style: Style::of(base.bold || r.bold, base.italic || r.italic),
            size: base.size,
            underline: false,
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
            let (t, s) = match level {
                1 => (
                    &p.heading1,
                    format!("{number}{} {text}", p.heading1_separator),
                ),
                2 => (&p.heading2, format!("{number}. {text}")),
                _ => (&p.heading3, format!("{number}) {text}")),
            };
            body(vec![piece(&s, t)], p, t, true)
        }
        Block::Caption(text) => centred(text, &p.caption, p.space_before_pt, true),
        // Tables and charts are flows of their own (see `document`).
        Block::Table(_) | Block::Chart(_) => body(Vec::new(), p, &p.body, keep),
        Block::Paragraph(rs) => body(runs(rs, &p.body), p, &p.body, keep),
        Block::Dash(rs) => {
            let mut pieces = vec![piece("- ", &p.body)];
            pieces.extend(runs(rs, &p.body));
            body(pieces, p, &p.body, keep)
        }
    }
}

/// The document's flow, as `docx::build` writes it.
pub(super) fn document(doc: &Document, p: &Profile, fonts: &FontSet) -> Result<Spec, LayoutError> {
    let [page_w, page_h] = p.page_mm;
    let [top, bottom, left, _] = p.margins_mm;
    let width = tw_pt(twips(page_w));
    let height = tw_pt(twips(page_h));
    let left_pt = tw_pt(twips(left));
    let mut flows = vec![Flow::Table(header_block(doc, p, fonts))];
    flows.push(Flow::Para(centred(
        &doc.kind,
        &p.kind,
        format::KIND_SPACE_BEFORE_PT,
        true,
    )));
    flows.push(Flow::Para(centred(&doc.summary, &p.summary, 0.0, true)));
    flows.push(Flow::Para(centred(
        &p.summary_separator,
        &p.summary,
        0.0,
        true,
    )));
    let keep_from = doc.body.len().saturating_sub(format::KEPT_WITH_SIGNATURE);
    let text_width = tw_pt(format::text_width_tw(p));
    for (i, b) in doc.body.iter().enumerate() {
        flows.push(match b {
            Block::Table(t) => Flow::Table(task_table(t, p)),
            Block::Chart(c) => Flow::Image(Image {
                drawing: chart::draw(c, text_width, fonts)?,
                mark: (style_of(&p.body), format::CHART_MARK_PT),
            }),
            _ => Flow::Para(block(b, p, i >= keep_from)),
        });
    }
    flows.push(Flow::Table(signature(&doc.signature, p)));
    for a in &doc.appendices {
        let mut label = centred(&a.label, &p.appendix_label, 0.0, true);
        label.page_break_before = true;
        flows.push(Flow::Para(label));
        flows.push(Flow::Para(centred(&a.title, &p.appendix_title, 0.0, true)));
        flows.push(Flow::Para(centred(
            &a.caption,
            &p.appendix_caption,
            0.0,
            true,
        )));
        flows.push(Flow::Para(centred(
            &p.summary_separator,
            &p.summary,
            0.0,
            true,
        )));
        flows.push(Flow::Table(task_table(&a.table, p)));
    }
    Ok(Spec {
        width,
        height,
        top: tw_pt(twips(top)),
        bottom: height - tw_pt(twips(bottom)),
        left: left_pt,
        text_width,
        header_top: tw_pt(twips(p.header_distance_mm)),
        page_number: (style_of(&p.page_number), p.page_number.size),
        flows,
    })
}

fn layout_table(widths_tw: &[i32], cells: Vec<Vec<Para>>) -> Table {
    Table {
        widths: widths_tw.iter().map(|w| tw_pt(*w)).collect(),
        pad: 0.0,
        shift: 0.0,
        border: 0.0,
        header_rows: 0,
        rows: vec![TableRow {
            cells: cells
                .into_iter()
                .map(|paras| Cell {
                    span: 1,
                    paras,
                    middle: false,
                })
                .collect(),
        }],
    }
}

fn header_block(doc: &Document, p: &Profile, fonts: &FontSet) -> Table {
    let h = &doc.header;
    let [left_tw, right_tw] = format::header_columns_tw(p);
    let line = |text: &str, t: &TextStyle| centred(text, t, 0.0, false);
    let mut left = Vec::new();
    if let Some(sup) = &h.superior {
        left.push(line(sup, &p.superior));
    }
    left.push(line(&h.issuer, &p.issuer));
    if !p.issuer_mark.is_empty() {
        left.push(line(&p.issuer_mark, &p.issuer_mark_style));
    }
    left.push(line(&h.symbol, &p.symbol));
    let mut right: Vec<Para> = p.motto_lines.iter().map(|l| line(l, &p.motto)).collect();
    let indent = tw_pt(format::motto_rule_indent_tw(p, fonts, right_tw));
    right.push(Para {
        indent_left: indent,
        indent_right: indent,
        spacing: Spacing::Exact(format::RULE_LINE_PT),
        border_bottom: Some(p.motto_rule_pt),
        mark: (Style::Regular, 1.0),
        ..line("", &p.symbol)
    });
    right.push(centred(
        &h.place_date,
        &p.place_date,
        format::PLACE_DATE_SPACE_BEFORE_PT,
        false,
    ));
    layout_table(&[left_tw, right_tw], vec![left, right])
}

fn signature(s: &ir::Signature, p: &Profile) -> Table {
    let [left_tw, right_tw] = format::signature_columns_tw(p);
    let recipient = |pieces: Vec<Piece>| Para {
        align: Align::Left,
        pieces,
        ..centred("", &p.recipients_item, 0.0, false)
    };
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
        ..centred("", &p.sign_title, 0.0, true)
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
    if let Some(first) = right.first_mut() {
        first.before = p.space_before_pt;
    }
    layout_table(&[left_tw, right_tw], vec![left, right])
}

fn task_table(t: &ir::Table, p: &Profile) -> Table {
    let widths_tw = format::table_columns_tw(p, t);
    let (text_style, header_style) = match t.kind {
        TableKind::Tasks => (&p.table, &p.table_header),
        TableKind::Figures => (&p.figures, &p.figures_header),
    };
    let total_style = TextStyle {
        bold: true,
        ..text_style.clone()
    };
    let cell_para = |text: &str, style: &TextStyle, align: Align| Para {
        align,
        ..centred(text, style, format::CELL_SPACE_BEFORE_PT, false)
    };
    let cell = |paras: Vec<Para>, middle: bool| Cell {
        span: 1,
        paras,
        middle,
    };
    let cells = |texts: &[String], style: &TextStyle| TableRow {
        cells: texts
            .iter()
            .zip(&t.columns)
            .map(|(text, col)| {
                let align = match col.align {
                    ir::Align::Center => Align::Center,
                    ir::Align::Justified => Align::Justify,
                    ir::Align::Left => Align::Left,
                };
                cell(vec![cell_para(text, style, align)], false)
            })
            .collect(),
    };
    let mut rows = vec![TableRow {
        cells: t
            .columns
            .iter()
            .map(|c| cell(vec![cell_para(&c.title, header_style, Align::Center)], true))
            .collect(),
    }];
    for r in &t.rows {
        rows.push(match r {
            Row::Group { number, text } => {
                let bold = TextStyle {
                    bold: true,
                    ..p.table.clone()
                };
                TableRow {
                    cells: vec![Cell {
                        span: widths_tw.len(),
                        ..cell(
                            vec![cell_para(&format!("{number}. {text}"), &bold, Align::Left)],
                            false,
                        )
                    }],
                }
            }
            Row::Cells(texts) => cells(texts, text_style),
            Row::Total(texts) => cells(texts, &total_style),
        });
    }
    let border = p.table_border_pt;
    Table {
        widths: widths_tw.iter().map(|w| tw_pt(*w)).collect(),
        pad: tw_pt(format::CELL_PAD_TW),
        // A word processor moves a bordered table right by half its border.
        shift: border / 2.0,
        border,
        header_rows: 1,
        rows,
    }
}
