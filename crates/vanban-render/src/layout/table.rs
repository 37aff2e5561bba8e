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

/// Where one line of a cell sits: its paragraph and line, and its top and
/// bottom from the top of the cell's content (the bottom with the
/// paragraph's rule when it is the paragraph's last line).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Slot {
    pub para: usize,
    pub line: usize,
    pub top: f32,
    pub bottom: f32,
}

impl CellLines {
    /// Every line of the cell, top to bottom.
    pub fn slots(&self) -> Vec<Slot> {
        let mut out = Vec::new();
        let mut y = 0.0;
        for (p, (gap, lines)) in self.paras.iter().enumerate() {
            y += gap;
            let n = lines.lines.len();
            for (i, line) in lines.lines.iter().enumerate() {
                let top = y;
                y += line.height;
                if i + 1 == n {
                    y += lines.after();
                }
                out.push(Slot {
                    para: p,
                    line: i,
                    top,
                    bottom: y,
                });
            }
        }
        out
    }
}

impl RowLines {
    /// The least of the row that must stand where it starts: the first two
    /// lines of every cell (all of a cell of fewer).
    pub fn start(&self) -> f32 {
        self.cells
            .iter()
            .map(|c| {
                let slots = c.slots();
                slots
                    .get(slots.len().min(2).saturating_sub(1))
                    .map_or(0.0, |s| s.bottom)
            })
            .fold(0.0, f32::max)
    }
}

impl TableLines {
    /// Whether row `i` is taller than a page of `text_height` points can
    /// hold under the repeated header rows: such a row may break across
    /// pages (the .docx leaves `cantSplit` off it), every other row never
    /// splits.
    pub fn splits(&self, i: usize, text_height: f32) -> bool {
        let header = if i < self.header_rows {
            0.0
        } else {
            self.header_height()
        };
        self.rows
            .get(i)
            .is_some_and(|r| self.border + header + r.content + self.border > text_height + 1e-3)
    }
}

/// For each row of `t`, whether it may break across pages of a section
/// whose text area is `text_height` points high (see [`TableLines::splits`]).
pub(crate) fn breakable_rows(
    t: &Table,
    text_height: f32,
    fonts: &FontSet,
) -> Result<Vec<bool>, LayoutError> {
    let m = measure(t, fonts)?;
    Ok((0..m.rows.len())
        .map(|i| m.splits(i, text_height))
        .collect())
}
