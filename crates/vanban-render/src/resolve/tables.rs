//! Bordered tables of the body and the appendices.

use super::build::{centred, piece};
use super::{Align, Cell, Para, Role, Table, TableRow, tw};
use crate::format;
use crate::ir::{self, Row, TableKind};
use crate::profile::{Profile, TextStyle};

/// A table `width` points wide, its columns from their shares (per mille).
pub(super) fn data_table(t: &ir::Table, p: &Profile, width: f32) -> Table {
    let width_tw = (width * 20.0).round() as i32;
    let widths: Vec<f32> = t
        .columns
        .iter()
        .map(|c| format::tw_pt(width_tw * c.width as i32 / 1000))
        .collect();
    let (text_style, header_style) = match t.kind {
        TableKind::Tasks => (&p.table, &p.table_header),
        TableKind::Figures => (&p.figures, &p.figures_header),
    };
    let total_style = TextStyle {
        bold: true,
        ..text_style.clone()
    };
    let cell_para = |role: Role, text: &str, style: &TextStyle, align: Align| Para {
        align,
        ..centred(role, text, style, format::CELL_SPACE_BEFORE_PT, false)
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
                cell(vec![cell_para(Role::TableText, text, style, align)], false)
            })
            .collect(),
    };
    let mut rows = vec![TableRow {
        cells: t
            .columns
            .iter()
            .map(|c| {
                cell(
                    vec![cell_para(
                        Role::TableHeader,
                        &c.title,
                        header_style,
                        Align::Center,
                    )],
                    true,
                )
            })
            .collect(),
    }];
    for r in &t.rows {
        rows.push(match r {
            Row::Group { number, text } => {
                let bold = TextStyle {
                    bold: true,
                    ..p.table.clone()
                };
                let mut para = cell_para(Role::TableText, "", &bold, Align::Left);
                para.pieces = vec![piece(&format!("{number}. {text}"), &bold)];
                TableRow {
                    cells: vec![Cell {
                        span: widths.len(),
                        ..cell(vec![para], false)
                    }],
                }
            }
            Row::Cells(texts) => cells(texts, text_style),
            Row::Total(texts) => cells(texts, &total_style),
        });
    }
    let border = p.table_border_pt;
    Table {
        width,
        widths,
        pad: format::tw_pt(format::CELL_PAD_TW),
        shift: tw(border / 2.0),
        border,
        header_rows: 1,
        rows,
    }
}
