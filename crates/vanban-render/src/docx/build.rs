//! The IR as docx-rs elements: the header table, title, body, signature
//! table and appendix, styled by name (see `styles`).

use super::FixError;
use super::styles::{self, exact, single};
use super::{TABLE_HEADER_STYLE, half_points, twips};
use crate::fonts::FontSet;
use crate::format::{self, CELL_PAD_TW, KEPT_WITH_SIGNATURE};
use crate::ir::{self, Align, Appendix, Block, Document, Row, Run as IrRun, Signature, TableKind};
use crate::profile::{Profile, TextStyle};
use docx_rs::{
    AlignmentType, BorderType, Docx, Header, PageMargin, PageNum, Paragraph, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders, Pic, Run, Table, TableBorder, TableBorderPosition,
    TableBorders, TableCell, TableCellMargins, TableLayoutType, TableRow, VAlignType, WidthType,
};

/// The whole document.
pub(super) fn document(doc: &Document, p: &Profile) -> Result<Docx, FixError> {
    let [page_w, page_h] = p.page_mm;
    let [top, bottom, left, right] = p.margins_mm;
    let page_number = Paragraph::new()
        .align(AlignmentType::Center)
        .size(half_points(p.page_number.size))
        .add_page_num(PageNum::new());
    let mut d = styles::add(Docx::new(), p)
        .page_size(twips(page_w) as u32, twips(page_h) as u32)
        .page_margin(
            PageMargin::new()
                .top(twips(top))
                .bottom(twips(bottom))
                .left(twips(left))
                .right(twips(right))
                .header(twips(p.header_distance_mm))
                .footer(twips(p.header_distance_mm))
                .gutter(0),
        )
        .header(Header::new().add_paragraph(page_number))
        .first_header(Header::new().add_paragraph(Paragraph::new()))
        .created_at(&format!("{}T00:00:00Z", doc.meta.created))
        .updated_at(&format!("{}T00:00:00Z", doc.meta.created))
        .add_table(header_block(doc, p))
        .add_paragraph(
            centred("DocKind", &doc.kind).line_spacing(single(format::KIND_SPACE_BEFORE_PT)),
        )
        .add_paragraph(centred("Summary", &doc.summary))
        .add_paragraph(centred("Summary", &p.summary_separator).line_spacing(single(0.0)));
    // The last two paragraphs of the body stay on the page of the signature.
    let keep_from = doc.body.len().saturating_sub(KEPT_WITH_SIGNATURE);
    let mut charts = 0;
    for (i, block) in doc.body.iter().enumerate() {
        d = match block {
            Block::Table(t) => d.add_table(data_table(t, p)),
            Block::Chart(c) => {
                charts += 1;
                d.add_paragraph(chart(c, p, charts)?)
            }
            _ => d.add_paragraph(block_paragraph(block, p).keep_next(i >= keep_from)),
        };
    }
    d = d.add_table(signature_table(&doc.signature, p));
    for a in &doc.appendices {
        d = appendix(d, a, p);
    }
    Ok(d)
}

/// A chart as a picture: the drawing the PDF shows as vectors, rasterised
/// at the profile's resolution and sized in points, alone in a centred
/// paragraph whose mark is 1 pt (so the line is as high as the picture).
fn chart(c: &ir::Chart, p: &Profile, n: usize) -> Result<Paragraph, FixError> {
    let fonts = FontSet::builtin();
    let drawing = crate::chart::draw(c, format::tw_pt(format::text_width_tw(p)), fonts)
        .map_err(|e| FixError::Chart(e.to_string()))?;
    let png = crate::chart::to_png(&drawing, fonts, p.chart_dpi)
        .map_err(|e| FixError::Chart(e.to_string()))?;
    let px = |pt: f32| (pt * p.chart_dpi / 72.0).ceil() as u32;
    let emu = |pt: f32| (pt * 12_700.0).round() as u32;
    let pic = Pic::new_with_dimensions(png, px(drawing.width), px(drawing.height))
        .id(format!("rIdChart{n}"))
        .size(emu(drawing.width), emu(drawing.height));
    Ok(Paragraph::new()
        .style("Chart")
        .size(half_points(format::CHART_MARK_PT))
        .add_run(Run::new().add_image(pic)))
}

fn text_width(p: &Profile) -> usize {
    format::text_width_tw(p) as usize
}

fn run(text: &str, s: &TextStyle) -> Run {
    let mut r = Run::new().add_text(text).size(half_points(s.size));
    if s.bold {
        r = r.bold();
    }
    if s.italic {
        r = r.italic();
    }
    if s.underline {
        r = r.underline("single");
    }
    r
}

fn centred(style: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(Run::new().add_text(text))
}

fn runs(mut para: Paragraph, rs: &[IrRun]) -> Paragraph {
    for r in rs {
        let mut run = Run::new().add_text(&r.text);
        if r.bold {
            run = run.bold();
        }
        if r.italic {
            run = run.italic();
        }
        para = para.add_run(run);
    }
    para
}

fn block_paragraph(b: &Block, p: &Profile) -> Paragraph {
    match b {
        Block::Heading {
            level: 1,
            number,
            text,
        } => Paragraph::new()
            .style("Heading1")
            .add_run(Run::new().add_text(format!("{number}{} {text}", p.heading1_separator))),
        Block::Heading {
            level: 2,
            number,
            text,
        } => Paragraph::new()
            .style("Heading2")
            .add_run(Run::new().add_text(format!("{number}. {text}"))),
        Block::Heading { number, text, .. } => Paragraph::new()
            .style("Heading3")
            .add_run(Run::new().add_text(format!("{number}) {text}"))),
        Block::Caption(text) => centred("TableCaption", text),
        Block::Table(_) | Block::Chart(_) => Paragraph::new().style("Body"),
        Block::Paragraph(rs) => runs(Paragraph::new().style("Body"), rs),
        Block::Dash(rs) => runs(
            Paragraph::new()
                .style("ListDash")
                .add_run(Run::new().add_text("- ")),
            rs,
        ),
    }
}

fn cell(width: usize, paras: Vec<Paragraph>) -> TableCell {
    paras.into_iter().fold(
        TableCell::new().width(width, WidthType::Dxa),
        TableCell::add_paragraph,
    )
}

/// A borderless, fixed-layout table with zero cell margins.
fn layout_table(widths: &[usize], rows: Vec<TableRow>) -> Table {
    Table::without_borders(rows)
        .set_grid(widths.to_vec())
        .width(widths.iter().sum(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(0, 0, 0, 0))
}

fn header_line(text: &str, s: &TextStyle) -> Paragraph {
    Paragraph::new().style("HeaderCell").add_run(run(text, s))
}

/// The rule under the motto: an empty, 1 pt high paragraph whose bottom
/// border is the rule, centred by equal indents.
fn rule(column: usize, p: &Profile) -> Paragraph {
    let indent = format::motto_rule_indent_tw(p, FontSet::builtin(), column as i32);
    let mut para = Paragraph::new()
        .style("HeaderCell")
        .indent(Some(indent), None, Some(indent), None)
        .line_spacing(exact(format::RULE_LINE_PT, 0.0, 0.0))
        .size(2);
    para.property = para.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                .val(BorderType::Single)
                .size((p.motto_rule_pt * 8.0).round() as usize)
                .space(0)
                .color("000000"),
        ),
    );
    para
}

fn header_block(doc: &Document, p: &Profile) -> Table {
    let h = &doc.header;
    let [left_w, right_w] = format::header_columns_tw(p).map(|w| w as usize);
    let mut left = Vec::new();
    if let Some(sup) = &h.superior {
        left.push(header_line(sup, &p.superior));
    }
    left.push(header_line(&h.issuer, &p.issuer));
    if !p.issuer_mark.is_empty() {
        left.push(header_line(&p.issuer_mark, &p.issuer_mark_style));
    }
    left.push(header_line(&h.symbol, &p.symbol));
    let mut right: Vec<Paragraph> = p
        .motto_lines
        .iter()
        .map(|l| header_line(l, &p.motto))
        .collect();
    right.push(rule(right_w, p));
    right.push(
        header_line(&h.place_date, &p.place_date)
            .line_spacing(single(format::PLACE_DATE_SPACE_BEFORE_PT)),
    );
    layout_table(
        &[left_w, right_w],
        vec![TableRow::new(vec![
            cell(left_w, left),
            cell(right_w, right),
        ])],
    )
}

fn signature_table(s: &Signature, p: &Profile) -> Table {
    let [left_w, right_w] = format::signature_columns_tw(p).map(|w| w as usize);
    let mut label = Paragraph::new()
        .style("Recipient")
        .add_run(run(&s.recipients_label, &p.recipients_label));
    let colon = TextStyle {
        underline: false,
        ..p.recipients_label.clone()
    };
    label = label.add_run(run(":", &colon));
    let mut left = vec![label];
    left.extend(s.recipients.iter().map(|r| {
        Paragraph::new()
            .style("Recipient")
            .add_run(run(r, &p.recipients_item))
    }));
    let sign =
        |text: &str, st: &TextStyle| Paragraph::new().style("Signature").add_run(run(text, st));
    let mut right = Vec::new();
    for a in &s.authority {
        right.push(sign(a, &p.sign_authority));
    }
    right.push(sign(&s.title, &p.sign_title));
    for _ in 0..p.sign_space_lines {
        right.push(Paragraph::new().style("Signature"));
    }
    right.push(sign(&s.name, &p.sign_name));
    // The first lines of both columns sit level, a paragraph space below the body.
    let first = right.remove(0).line_spacing(single(p.space_before_pt));
    right.insert(0, first);
    layout_table(
        &[left_w, right_w],
        vec![TableRow::new(vec![cell(left_w, left), cell(right_w, right)]).cant_split()],
    )
}

fn appendix(d: Docx, a: &Appendix, p: &Profile) -> Docx {
    // The label starts a page (rather than a paragraph holding a page
    // break, which Word and LibreOffice place differently).
    d.add_paragraph(centred("AppendixLabel", &a.label).page_break_before(true))
        .add_paragraph(centred("AppendixTitle", &a.title))
        .add_paragraph(centred("AppendixCaption", &a.caption))
        .add_paragraph(centred("Summary", &p.summary_separator).line_spacing(single(0.0)))
        .add_table(data_table(&a.table, p))
}

/// A cell paragraph. Tables of tasks take their type from the named styles;
/// tables of figures set the profile's smaller sizes directly, on the runs
/// and on the paragraph mark (which sets the height of the last line).
fn cell_para(style: &str, align: AlignmentType, text: &str, t: Option<&TextStyle>) -> Paragraph {
    let para = Paragraph::new().style(style).align(align);
    match t {
        None => para.add_run(Run::new().add_text(text)),
        Some(t) => para.size(half_points(t.size)).add_run(run(text, t)),
    }
}

/// A bordered table of the body or an appendix.
fn data_table(t: &ir::Table, p: &Profile) -> Table {
    let width = text_width(p);
    let widths: Vec<usize> = format::table_columns_tw(p, t)
        .into_iter()
        .map(|w| w as usize)
        .collect();
    let (text_style, header_style) = match t.kind {
        TableKind::Tasks => (None, None),
        TableKind::Figures => (Some(&p.figures), Some(&p.figures_header)),
    };
    let total_style = TextStyle {
        bold: true,
        ..text_style.unwrap_or(&p.table).clone()
    };
    let header = TableRow::new(
        t.columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                cell(
                    *w,
                    vec![cell_para(
                        TABLE_HEADER_STYLE,
                        AlignmentType::Center,
                        &c.title,
                        header_style,
                    )],
                )
                .vertical_align(VAlignType::Center)
            })
            .collect(),
    )
    .cant_split();
    let cells = |texts: &[String], style: Option<&TextStyle>| {
        TableRow::new(
            texts
                .iter()
                .zip(&t.columns)
                .zip(&widths)
                .map(|((text, col), w)| {
                    let align = match col.align {
                        Align::Center => AlignmentType::Center,
                        Align::Justified => AlignmentType::Both,
                        Align::Left => AlignmentType::Left,
                    };
                    cell(*w, vec![cell_para("TableText", align, text, style)])
                })
                .collect(),
        )
    };
    let mut rows = vec![header];
    for r in &t.rows {
        let row = match r {
            Row::Group { number, text } => {
                let para = Paragraph::new()
                    .style("TableText")
                    .align(AlignmentType::Left)
                    .add_run(Run::new().add_text(format!("{number}. {text}")).bold());
                TableRow::new(vec![cell(width, vec![para]).grid_span(widths.len())])
            }
            Row::Cells(texts) => cells(texts, text_style),
            Row::Total(texts) => cells(texts, Some(&total_style)),
        };
        rows.push(row.cant_split());
    }
    let size = (p.table_border_pt * 8.0).round() as usize;
    let line = |pos| {
        TableBorder::new(pos)
            .border_type(BorderType::Single)
            .size(size)
            .color("000000")
    };
    Table::new(rows)
        .set_grid(widths)
        .width(width, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .set_borders(
            TableBorders::with_empty()
                .set(line(TableBorderPosition::Top))
                .set(line(TableBorderPosition::Left))
                .set(line(TableBorderPosition::Bottom))
                .set(line(TableBorderPosition::Right))
                .set(line(TableBorderPosition::InsideH))
                .set(line(TableBorderPosition::InsideV)),
        )
        .margins(TableCellMargins::new().margin(0, CELL_PAD_TW as usize, 0, CELL_PAD_TW as usize))
}
