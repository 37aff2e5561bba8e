//! The resolved document as docx-rs elements: every paragraph, run, table
//! and section says to Word exactly the values of [`crate::resolve`], which
//! the PDF layout applies too. Nothing here decides a value.

use super::FixError;
use super::styles;
use crate::fonts::{FontSet, Style};
use crate::ir::Meta;
use crate::resolve::{self, Align, Flow, Para, Resolved, Role, Section, Spacing};
use docx_rs::{
    AlignmentType, BorderType, Docx, Header, HeaderReference, LineSpacing, LineSpacingType,
    PageMargin, PageNum, PageNumType, PageOrientationType, PageSize, Paragraph, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders, Pic, Run, SectionProperty, SpecialIndentType, Table,
    TableBorder, TableBorderPosition, TableBorders, TableCell, TableCellMargins, TableLayoutType,
    TableRow, VAlignType, WidthType,
};

/// Points to twips.
pub(super) fn tw(pt: f32) -> i32 {
    (pt * 20.0).round() as i32
}

/// Points to half-points (`w:sz`).
pub(super) fn half(pt: f32) -> usize {
    (pt * 2.0).round() as usize
}

/// Border widths in eighths of a point (`w:sz` of a border).
fn eighths(pt: f32) -> usize {
    (pt * 8.0).round() as usize
}

/// Relationship ids docx-rs gives the two page headers, in the order they
/// are added below (the default header, then the empty first-page one).
const HEADER_RID: &str = "rIdHeader1";
const FIRST_HEADER_RID: &str = "rIdHeader2";

/// The whole document.
pub(super) fn document(meta: &Meta, r: &Resolved, fonts: &FontSet) -> Result<Docx, FixError> {
    let last = r
        .sections
        .last()
        .ok_or_else(|| FixError::MissingPart("section".into()))?;
    let page_number = paragraph(&last.page_number).add_page_num(PageNum::new());
    let mut d = styles::add(Docx::new(), r)
        .header(Header::new().add_paragraph(page_number))
        .first_header(Header::new().add_paragraph(Paragraph::new()))
        .created_at(&format!("{}T00:00:00Z", meta.created))
        .updated_at(&format!("{}T00:00:00Z", meta.created));
    let last_props = section_property(last);
    let body = &mut d.document.section_property;
    body.page_size = last_props.page_size;
    body.page_margin = last_props.page_margin;
    body.title_pg = last_props.title_pg;
    body.page_num_type = last_props.page_num_type;
    let mut charts = 0;
    for section in &r.sections {
        for flow in &section.flows {
            d = match flow {
                Flow::Para(p) if p.role == Role::SectionEnd => {
                    d.add_paragraph(paragraph(p).section_property(section_property(section)))
                }
                Flow::Para(p) => d.add_paragraph(paragraph(p)),
                Flow::Table(t) => d.add_table(table(t, &section.page, fonts)?),
                Flow::Image(img) => {
                    charts += 1;
                    d.add_paragraph(chart(img, fonts, charts)?)
                }
            };
        }
    }
    Ok(d)
}

/// A section's page size, margins, numbering and headers.
fn section_property(s: &Section) -> SectionProperty {
    let g = &s.page;
    let mut size = PageSize::new()
        .width(tw(g.width) as u32)
        .height(tw(g.height) as u32);
    if g.landscape {
        size = size.orient(PageOrientationType::Landscape);
    }
    let mut p = SectionProperty::new();
    p.page_size = size;
    p.page_margin = PageMargin::new()
        .top(tw(g.top))
        .bottom(tw(g.bottom))
        .left(tw(g.left))
        .right(tw(g.right))
        .header(tw(g.header))
        .footer(tw(g.header))
        .gutter(0);
    p.header_reference = Some(HeaderReference::new("default", HEADER_RID));
    p.first_header_reference = Some(HeaderReference::new("first", FIRST_HEADER_RID));
    p.title_pg = s.title_page;
    if s.restart_numbering {
        p.page_num_type = Some(PageNumType::new().start(1));
    }
    p
}

fn alignment(a: Align) -> AlignmentType {
    match a {
        Align::Left => AlignmentType::Left,
        Align::Center => AlignmentType::Center,
        Align::Justify => AlignmentType::Both,
    }
}

/// Line spacing and the space around a paragraph.
pub(super) fn spacing(p: &Para) -> LineSpacing {
    let s = match p.spacing {
        Spacing::Exact(h) => LineSpacing::new()
            .line_rule(LineSpacingType::Exact)
            .line(tw(h)),
        Spacing::Single => LineSpacing::new()
            .line_rule(LineSpacingType::Auto)
            .line(240),
    };
    s.before(tw(p.before) as u32).after(tw(p.after) as u32)
}

/// The paragraph's own properties (also those of its role's style).
pub(super) fn properties(mut para: Paragraph, p: &Para) -> Paragraph {
    let special = (p.first_indent > 0.0).then(|| SpecialIndentType::FirstLine(tw(p.first_indent)));
    para = para
        .align(alignment(p.align))
        .indent(
            Some(tw(p.indent_left)),
            special,
            Some(tw(p.indent_right)),
            None,
        )
        .line_spacing(spacing(p))
        .keep_next(p.keep_next)
        .page_break_before(p.page_break_before)
        .widow_control(true)
        .size(half(p.mark.1));
    if let Some(level) = p.role.outline_level() {
        para = para.outline_lvl(level);
    }
    // The mark says its weight and slant either way, so that nothing
    // depends on what its style says.
    let (bold, italic) = faces(p.mark.0);
    let mut mark = para.property.run_property.clone();
    mark = if bold {
        mark.bold()
    } else {
        mark.disable_bold()
    };
    mark = if italic {
        mark.italic()
    } else {
        mark.disable_italic()
    };
    para = para.run_property(mark);
    if let Some(w) = p.border_bottom {
        para.property = para.property.set_borders(
            ParagraphBorders::with_empty().set(
                ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                    .val(BorderType::Single)
                    .size(eighths(w))
                    .space(0)
                    .color("000000"),
            ),
        );
    }
    para
}

fn faces(s: Style) -> (bool, bool) {
    match s {
        Style::Regular => (false, false),
        Style::Bold => (true, false),
        Style::Italic => (false, true),
        Style::BoldItalic => (true, true),
    }
}

/// A paragraph with its runs: every run says its face and size.
fn paragraph(p: &Para) -> Paragraph {
    let mut para = properties(Paragraph::new().style(p.role.style().0), p);
    for piece in &p.pieces {
        let (bold, italic) = faces(piece.style);
        let mut run = Run::new().add_text(&piece.text).size(half(piece.size));
        run = if bold { run.bold() } else { run.disable_bold() };
        run = if italic {
            run.italic()
        } else {
            run.disable_italic()
        };
        if piece.underline {
            run = run.underline("single");
        }
        para = para.add_run(run);
    }
    para
}

/// A chart as a picture: the drawing the PDF shows as vectors, rasterised
/// at the resolved resolution and sized in points, alone in its paragraph.
fn chart(img: &resolve::Image, fonts: &FontSet, n: usize) -> Result<Paragraph, FixError> {
    let d = &img.drawing;
    let png =
        crate::chart::to_png(d, fonts, img.dpi).map_err(|e| FixError::Chart(e.to_string()))?;
    let px = |pt: f32| (pt * img.dpi / 72.0).ceil() as u32;
    let emu = |pt: f32| (pt * 12_700.0).round() as u32;
    let pic = Pic::new_with_dimensions(png, px(d.width), px(d.height))
        .id(format!("rIdChart{n}"))
        .size(emu(d.width), emu(d.height));
    Ok(paragraph(&img.para).add_run(Run::new().add_image(pic)))
}

/// A table: fixed layout, its grid, borders and cell margins as resolved.
/// A row never splits across pages (`cantSplit`), unless it is taller than
/// a page of its section: that one breaks, as the PDF's layout breaks it.
fn table(t: &resolve::Table, page: &resolve::Page, fonts: &FontSet) -> Result<Table, FixError> {
    let breakable = crate::layout::breakable_rows(t, page.text_height(), fonts)
        .map_err(|e| FixError::Chart(e.to_string()))?;
    let widths: Vec<usize> = t.widths.iter().map(|w| tw(*w) as usize).collect();
    let mut rows = Vec::with_capacity(t.rows.len());
    for (r, row) in t.rows.iter().enumerate() {
        let mut col = 0;
        let mut cells = Vec::with_capacity(row.cells.len());
        for c in &row.cells {
            let end = (col + c.span).min(widths.len());
            let width: usize = widths[col..end].iter().sum();
            col = end;
            let mut cell = c
                .paras
                .iter()
                .fold(TableCell::new().width(width, WidthType::Dxa), |cell, p| {
                    cell.add_paragraph(paragraph(p))
                });
            if c.span > 1 {
                cell = cell.grid_span(c.span);
            }
            if c.middle {
                cell = cell.vertical_align(VAlignType::Center);
            }
            cells.push(cell);
        }
        let row = TableRow::new(cells);
        rows.push(if breakable.get(r).copied().unwrap_or(false) {
            row
        } else {
            row.cant_split()
        });
    }
    let pad = tw(t.pad) as usize;
    let mut out = if t.border > 0.0 {
        let line = |pos| {
            TableBorder::new(pos)
                .border_type(BorderType::Single)
                .size(eighths(t.border))
                .color("000000")
        };
        Table::new(rows).set_borders(
            TableBorders::with_empty()
                .set(line(TableBorderPosition::Top))
                .set(line(TableBorderPosition::Left))
                .set(line(TableBorderPosition::Bottom))
                .set(line(TableBorderPosition::Right))
                .set(line(TableBorderPosition::InsideH))
                .set(line(TableBorderPosition::InsideV)),
        )
    } else {
        Table::without_borders(rows)
    };
    out = out
        .set_grid(widths)
        .width(tw(t.width) as usize, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(0, pad, 0, pad));
    Ok(out)
}
