//! Tables: cells broken into lines, rows measured.

use super::LayoutError;
use super::lines::{Lines, break_para};
use crate::fonts::FontSet;
use crate::resolve::Table;

/// A cell's paragraphs, broken for its width.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct CellLines {
    /// Left edge of the text, from the table's left edge.
    pub x: f32,
    /// The cell's own left and right edges, from the table's left edge.
    pub edges: (f32, f32),
    /// The space above each paragraph (the larger of its space before and
    /// the space after the one above it), and its lines.
    pub paras: Vec<(f32, Lines)>,
    /// The space after the last paragraph.
    pub after: f32,
    /// Height of the content.
    pub height: f32,
    pub middle: bool,
}

/// A measured row.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct RowLines {
    pub cells: Vec<CellLines>,
    /// The tallest cell.
    pub content: f32,
}

/// A measured table.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct TableLines {
    pub rows: Vec<RowLines>,
    /// Left edges of the grid columns and the right edge of the table.
    pub edges: Vec<f32>,
    pub border: f32,
    pub header_rows: usize,
}

impl TableLines {
    /// Height of the leading header rows, with their bottom borders.
    pub fn header_height(&self) -> f32 {
        self.rows[..self.header_rows.min(self.rows.len())]
            .iter()
            .map(|r| r.content + self.border)
            .sum()
    }
}

/// Breaks every cell of `t`.
pub(super) fn measure(t: &Table, fonts: &FontSet) -> Result<TableLines, LayoutError> {
    let mut edges = vec![t.shift];
    for w in &t.widths {
        let last = edges.last().copied().unwrap_or(0.0);
        edges.push(last + w);
    }
    let mut rows = Vec::with_capacity(t.rows.len());
    for row in &t.rows {
        let mut col = 0;
        let mut cells = Vec::with_capacity(row.cells.len());
        for cell in &row.cells {
            let end = (col + cell.span).min(t.widths.len());
            let (left, right) = (edges[col], edges[end]);
            col = end;
            let width = right - left - 2.0 * t.pad;
            let mut paras = Vec::with_capacity(cell.paras.len());
            let mut height = 0.0;
            let mut after: Option<f32> = None;
            for p in &cell.paras {
                let lines = break_para(p, width, fonts)?;
                let gap = after.map_or(p.before, |a| a.max(p.before));
                height += gap + lines.height(0, lines.lines.len());
                paras.push((gap, lines));
                after = Some(p.after);
            }
            let after = after.unwrap_or(0.0);
            height += after;
            cells.push(CellLines {
                x: left + t.pad,
                edges: (left, right),
                paras,
                height,
                after,
                middle: cell.middle,
            });
        }
        let content = cells.iter().map(|c| c.height).fold(0.0, f32::max);
        rows.push(RowLines { cells, content });
    }
    Ok(TableLines {
        rows,
        edges,
        border: t.border,
        header_rows: t.header_rows,
    })
}
