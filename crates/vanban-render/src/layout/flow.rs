//! Pagination: paragraphs and tables poured into pages.

use super::lines::{Lines, break_para};
use super::table::{RowLines, Slot, TableLines, measure};
use super::{Graphic, LayoutError, Page, Pages, Span, Stroke};
use crate::chart::Item;
use crate::fonts::FontSet;
use crate::resolve::{self, Flow, Image, Para, Resolved, Section};
use vanban_core::messages::Message;

/// Fewest lines of a paragraph on either side of a page break.
const WIDOWS: usize = 2;

enum Laid<'a> {
    Para(&'a Para, Lines),
    Table(TableLines),
    /// A picture and the height of its line.
    Image(&'a Image, f32),
}

impl Laid<'_> {
    fn keep_next(&self) -> bool {
        matches!(self, Laid::Para(p, _) if p.keep_next)
    }

    /// Height of the whole block.
    fn height(&self, at_top: bool) -> f32 {
        match self {
            Laid::Para(p, l) => before(p, at_top) + l.height(0, l.lines.len()) + p.after,
            Laid::Table(t) => t.border + t.rows.iter().map(|r| r.content + t.border).sum::<f32>(),
            Laid::Image(_, h) => *h,
        }
    }

    /// The least of the block that must stand on the page where it starts:
    /// two lines of a paragraph (all of it below four lines), or a table's
    /// header rows and first row.
    fn start(&self, at_top: bool, text_height: f32) -> f32 {
        match self {
            Laid::Para(p, l) => {
                let n = l.lines.len();
                let k = if n < 2 * WIDOWS { n } else { WIDOWS };
                before(p, at_top) + l.height(0, k)
            }
            Laid::Table(t) => {
                let first = t.rows.get(t.header_rows).map_or(0.0, |r| {
                    if t.splits(t.header_rows, text_height) {
                        r.start() + t.border
                    } else {
                        r.content + t.border
                    }
                });
                t.border + t.header_height() + first
            }
            Laid::Image(_, h) => *h,
        }
    }
}

fn before(p: &Para, at_top: bool) -> f32 {
    if at_top { 0.0 } else { p.before }
}

struct Cursor<'a> {
    spec: &'a resolve::Page,
    pages: Vec<Page>,
    /// For each page: the index of its section.
    sections: Vec<usize>,
    section: usize,
    y: f32,
    /// Nothing but repeated table headers on this page yet.
    fresh: bool,
    /// The space after the paragraph just placed: the space above the next
    /// one is the larger of it and that one's space before, as word
    /// processors do.
    pending: f32,
    /// The rows broken across pages: the page each starts on (from 1) and
    /// its first words.
    split: Vec<(usize, String)>,
}

/// The first words of a row (at most 40 characters), naming it in a warning.
fn row_start(row: &RowLines) -> String {
    let text = row
        .cells
        .iter()
        .flat_map(|c| &c.paras)
        .flat_map(|(_, l)| &l.lines)
        .flat_map(|l| &l.spans)
        .map(|s| s.text.trim())
        .find(|t| !t.is_empty())
        .unwrap_or_default();
    let mut out: String = text.chars().take(40).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

impl Cursor<'_> {
    fn new_page(&mut self) {
        self.pages.push(Page {
            width: self.spec.width,
            height: self.spec.height,
            ..Page::default()
        });
        self.sections.push(self.section);
        self.y = self.spec.top;
        self.pending = 0.0;
        self.fresh = true;
    }

    /// The current page (there is always one).
    fn page(&mut self) -> &mut Page {
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn room(&self) -> f32 {
        self.spec.height - self.spec.bottom - self.y
    }

    fn text_width(&self) -> f32 {
        self.spec.text_width()
    }

    /// Draws lines `from..to` of a paragraph whose content box starts at
    /// `x`, from the current position.
    fn lines(&mut self, l: &Lines, from: usize, to: usize, x: f32) {
        let y = self.y;
        self.y = emit_lines(self.page(), l, from, to, x, y);
        self.fresh = false;
    }

    fn para(&mut self, p: &Para, l: &Lines) {
        let x = self.spec.left;
        if p.page_break_before && !self.fresh {
            self.new_page();
        }
        let n = l.lines.len();
        let mut from = 0;
        loop {
            let gap = if from == 0 && !self.fresh {
                p.before.max(self.pending)
            } else {
                0.0
            };
            let room = self.room() - gap;
            let mut k = 0;
            while from + k < n && l.height(from, from + k + 1) <= room + 1e-3 {
                k += 1;
            }
            if from + k < n {
                let rest = n - from;
                if rest - k < WIDOWS {
                    k = rest.saturating_sub(WIDOWS);
                }
                if from == 0 && k < WIDOWS {
                    k = 0;
                }
                if k == 0 && self.fresh {
                    // Not even the least part fits on an empty page: overfill it.
                    k = WIDOWS.min(rest);
                }
            }
            if k == 0 {
                self.new_page();
                continue;
            }
            self.y += gap;
            self.lines(l, from, from + k, x);
            from += k;
            if from >= n {
                self.pending = p.after;
                return;
            }
            self.new_page();
        }
    }

    /// The space after the paragraph above, before a table or a picture.
    fn settle(&mut self) {
        if !self.fresh {
            self.y += self.pending;
        }
        self.pending = 0.0;
    }

    /// A picture centred on its own line, its bottom on the baseline.
    fn image(&mut self, img: &Image, height: f32) {
        self.settle();
        if height > self.room() + 1e-3 && !self.fresh {
            self.new_page();
        }
        let d = &img.drawing;
        let x0 = self.spec.left + (self.text_width() - d.width) / 2.0;
        let y0 = self.y;
        let page = self.page();
        for item in &d.items {
            match item {
                Item::Rect { x, y, w, h, fill } => page.graphics.push(Graphic::Fill {
                    x: x0 + x,
                    y: y0 + y,
                    w: *w,
                    h: *h,
                    color: *fill,
                }),
                Item::Line {
                    x0: a,
                    y0: b,
                    x1: c,
                    y1: e,
                    width,
                    color,
                } => page.graphics.push(Graphic::Line {
                    stroke: Stroke {
                        x0: x0 + a,
                        y0: y0 + b,
                        x1: x0 + c,
                        y1: y0 + e,
                        width: *width,
                    },
                    color: *color,
                }),
                Item::Text {
                    x,
                    y,
                    style,
                    size,
                    text,
                } => page.spans.push(Span {
                    x: x0 + x,
                    y: y0 + y,
                    style: *style,
                    size: *size,
                    text: text.clone(),
                    space_extra: 0.0,
                }),
            }
        }
        self.y += height;
        self.fresh = false;
    }

    fn table(&mut self, t: &TableLines) {
        self.settle();
        let left = self.spec.left;
        let mut first_on_page = true;
        for (i, row) in t.rows.iter().enumerate() {
            let top = if first_on_page { t.border } else { 0.0 };
            let needed = top + row.content + t.border;
            if needed <= self.room() + 1e-3 {
                self.row(t, row, left, first_on_page);
            } else if t.splits(i, self.spec.text_height()) {
                self.split_row(t, row, left, first_on_page);
            } else {
                let mut first = first_on_page;
                if !self.fresh {
                    self.table_page(t, i, left);
                    first = i < t.header_rows || t.header_rows == 0;
                }
                self.row(t, row, left, first);
            }
            first_on_page = false;
        }
    }

    /// A new page for the rest of a table from row `i`: its header rows
    /// repeated first (unless row `i` is one of them).
    fn table_page(&mut self, t: &TableLines, i: usize, left: f32) {
        self.new_page();
        if i >= t.header_rows {
            for (h, header) in t.rows[..t.header_rows].iter().enumerate() {
                self.row(t, header, left, h == 0);
            }
            self.fresh = t.header_rows > 0;
        }
    }

    /// A row taller than a page, as a word processor breaks a row that may
    /// break across pages: each cell gives the page as many of its lines as
    /// fit (two lines at least on either side of a break within a
    /// paragraph), and continues at the top of the row's part on the next
    /// page, under the repeated header rows.
    fn split_row(&mut self, t: &TableLines, row: &RowLines, left: f32, first_on_page: bool) {
        let slots: Vec<Vec<Slot>> = row.cells.iter().map(|c| c.slots()).collect();
        let mut next = vec![0usize; slots.len()];
        let mut first = first_on_page;
        let mut parts = 0;
        loop {
            let top = if first { t.border } else { 0.0 };
            let room = self.room() - top - t.border;
            let mut take: Vec<usize> = slots
                .iter()
                .zip(&next)
                .map(|(s, &from)| fitting(s, from, room, true))
                .collect();
            let progress = take.iter().zip(&next).any(|(to, from)| to > from);
            if !progress && !self.fresh {
                self.table_page(t, t.header_rows, left);
                first = t.header_rows == 0;
                continue;
            }
            if !progress {
                // Not a line fits under the headers of an empty page: let the
                // widow rule go, then overfill with one line of each cell.
                take = slots
                    .iter()
                    .zip(&next)
                    .map(|(s, &from)| fitting(s, from, room, false).max((from + 1).min(s.len())))
                    .collect();
            }
            let mut height = 0.0f32;
            let mut placed = Vec::with_capacity(slots.len());
            for (c, cell) in row.cells.iter().enumerate() {
                let (from, to) = (next[c], take[c]);
                let s = &slots[c];
                let shift = if from == 0 || from >= s.len() {
                    0.0
                } else {
                    s[from].top
                };
                let done = to == s.len();
                let mut h = if to > from {
                    s[to - 1].bottom - shift
                } else {
                    0.0
                };
                if done && (to > from || from == 0) {
                    h += cell.after;
                }
                height = height.max(h);
                placed.push((from, to, shift));
            }
            self.row_part(t, row, &slots, &placed, left, first, height);
            parts += 1;
            next = take;
            if next.iter().zip(&slots).all(|(n, s)| *n >= s.len()) {
                break;
            }
            self.table_page(t, t.header_rows, left);
            first = t.header_rows == 0;
        }
        if parts > 1 {
            self.split
                .push((self.pages.len() - parts + 1, row_start(row)));
        }
    }

    fn row(&mut self, t: &TableLines, row: &RowLines, left: f32, first: bool) {
        let slots: Vec<Vec<Slot>> = row.cells.iter().map(|c| c.slots()).collect();
        let placed: Vec<(usize, usize, f32)> = row
            .cells
            .iter()
            .zip(&slots)
            .map(|(cell, s)| {
                let offset = if cell.middle {
                    (row.content - cell.height) / 2.0
                } else {
                    0.0
                };
                (0, s.len(), -offset)
            })
            .collect();
        self.row_part(t, row, &slots, &placed, left, first, row.content);
    }

    /// Draws a row, or the part of it on this page: for each cell, its
    /// slots `from..to` moved up by `shift`, in a row `content` high.
    #[allow(clippy::too_many_arguments)]
    fn row_part(
        &mut self,
        t: &TableLines,
        row: &RowLines,
        slots: &[Vec<Slot>],
        placed: &[(usize, usize, f32)],
        left: f32,
        first: bool,
        content: f32,
    ) {
        let b = t.border;
        let (x0, x1) = (
            left + t.edges.first().copied().unwrap_or(0.0),
            left + t.edges.last().copied().unwrap_or(0.0),
        );
        let y_start = self.y;
        if first && b > 0.0 {
            let y = self.y + b / 2.0;
            self.page().strokes.push(Stroke {
                x0,
                y0: y,
                x1,
                y1: y,
                width: b,
            });
        }
        if first {
            self.y += b;
        }
        let row_top = self.y;
        let page = self.page();
        for ((cell, s), &(from, to, shift)) in row.cells.iter().zip(slots).zip(placed) {
            let mut k = from;
            while k < to {
                let para = s[k].para;
                let mut end = k;
                while end < to && s[end].para == para {
                    end += 1;
                }
                let lines = &cell.paras[para].1;
                let y = row_top + s[k].top - shift;
                emit_lines(
                    page,
                    lines,
                    s[k].line,
                    s[end - 1].line + 1,
                    left + cell.x,
                    y,
                );
                k = end;
            }
        }
        let bottom = row_top + content;
        if b > 0.0 {
            page.strokes.push(Stroke {
                x0,
                y0: bottom + b / 2.0,
                x1,
                y1: bottom + b / 2.0,
                width: b,
            });
            let mut edges: Vec<f32> = row.cells.iter().map(|c| c.edges.0).collect();
            edges.extend(row.cells.last().map(|c| c.edges.1));
            for e in edges {
                page.strokes.push(Stroke {
                    x0: left + e,
                    y0: y_start,
                    x1: left + e,
                    y1: bottom + b,
                    width: b,
                });
            }
        }
        self.y = bottom + b;
        self.fresh = false;
    }
}

/// How far the slots of a cell from `from` go on a page with `room` points
/// for the row's content: the end of those that fit, less the lines the
/// widow rule (`widows`) moves to the next page with the rest of their
/// paragraph.
fn fitting(s: &[Slot], from: usize, room: f32, widows: bool) -> usize {
    if from >= s.len() {
        return from;
    }
    let shift = if from == 0 { 0.0 } else { s[from].top };
    let mut to = from;
    while to < s.len() && s[to].bottom - shift <= room + 1e-3 {
        to += 1;
    }
    if !widows || to == s.len() || to == from {
        return to;
    }
    let para = s[to].para;
    let lines_of = |p: usize| s.iter().filter(|x| x.para == p).count();
    let n = lines_of(para);
    let here = s[from..to].iter().filter(|x| x.para == para).count();
    let rest = n - s[to].line;
    let mut keep = here;
    if rest < WIDOWS {
        keep = here.saturating_sub(WIDOWS - rest);
    }
    let starts_here = s[from..to].iter().any(|x| x.para == para && x.line == 0);
    if starts_here && keep < WIDOWS {
        keep = 0;
    }
    to - (here - keep)
}

/// Draws lines `from..to` with their top at `y`; returns the y below them
/// (and below the bottom border when `to` is the end).
fn emit_lines(page: &mut Page, l: &Lines, from: usize, to: usize, x: f32, mut y: f32) -> f32 {
    for line in &l.lines[from..to] {
        emit_line(page, line, x, y);
        y += line.height;
    }
    if to == l.lines.len() {
        if let Some((x0, x1, w)) = l.rule {
            page.strokes.push(Stroke {
                x0: x + x0,
                y0: y + w / 2.0,
                x1: x + x1,
                y1: y + w / 2.0,
                width: w,
            });
        }
        y += l.after();
    }
    y
}

fn emit_line(page: &mut Page, line: &super::lines::Line, x: f32, top: f32) {
    let baseline = top + line.baseline;
    for s in &line.spans {
        if let Some((below, thickness)) = s.underline {
            let y = baseline + below;
            page.strokes.push(Stroke {
                x0: x + s.x,
                y0: y,
                x1: x + s.x + s.width,
                y1: y,
                width: thickness,
            });
        }
        let text = s.text.trim_end().to_owned();
        if text.is_empty() {
            continue;
        }
        page.spans.push(Span {
            x: x + s.x,
            y: baseline,
            style: s.style,
            size: s.size,
            text,
            space_extra: s.space_extra,
        });
    }
}

/// Lays the sections of `doc` out on pages.
pub(super) fn paginate(doc: &Resolved, fonts: &FontSet) -> Result<Pages, LayoutError> {
    let first = doc.sections.first().ok_or(LayoutError::Empty)?;
    let mut c = Cursor {
        spec: &first.page,
        pages: Vec::new(),
        sections: Vec::new(),
        section: 0,
        y: 0.0,
        fresh: true,
        pending: 0.0,
        split: Vec::new(),
    };
    for (s, section) in doc.sections.iter().enumerate() {
        c.spec = &section.page;
        c.section = s;
        c.new_page();
        pour(&mut c, section, fonts)?;
    }
    let sections = std::mem::take(&mut c.sections);
    let mut warnings = doc.warnings.clone();
    warnings.extend(
        c.split
            .into_iter()
            .map(|(page, start)| Message::RowSplit { page, start }),
    );
    let mut pages = c.pages;
    number_pages(&mut pages, &sections, doc, fonts)?;
    Ok(Pages { pages, warnings })
}

/// Pours one section's flow onto pages from the current one.
fn pour(c: &mut Cursor<'_>, section: &Section, fonts: &FontSet) -> Result<(), LayoutError> {
    let text_width = section.page.text_width();
    let mut laid = Vec::with_capacity(section.flows.len());
    for f in &section.flows {
        laid.push(match f {
            Flow::Para(p) => Laid::Para(p, break_para(p, text_width, fonts)?),
            Flow::Table(t) => Laid::Table(measure(t, fonts)?),
            Flow::Image(img) => {
                let (style, size) = img.para.mark;
                Laid::Image(img, img.drawing.height + fonts.face(style).descent(size))
            }
        });
    }
    for (i, block) in laid.iter().enumerate() {
        let chain_start = block.keep_next() && (i == 0 || !laid[i - 1].keep_next());
        if chain_start && !c.fresh {
            let mut need = 0.0;
            let mut j = i;
            while j < laid.len() && laid[j].keep_next() {
                need += laid[j].height(false);
                j += 1;
            }
            if let Some(next) = laid.get(j) {
                need += next.start(false, c.spec.text_height());
            }
            if need > c.room() + 1e-3 {
                c.new_page();
            }
        }
        match block {
            Laid::Para(p, l) => c.para(p, l),
            Laid::Table(t) => c.table(t),
            Laid::Image(img, h) => c.image(img, *h),
        }
    }
    Ok(())
}

/// Page numbers, centred in the page header: none on the first page of a
/// section that has a title page; restarting at 1 where a section says so.
fn number_pages(
    pages: &mut [Page],
    sections: &[usize],
    doc: &Resolved,
    fonts: &FontSet,
) -> Result<(), LayoutError> {
    let mut number = 0;
    for (i, page) in pages.iter_mut().enumerate() {
        let s = sections[i];
        let section = &doc.sections[s];
        let first = i == 0 || sections[i - 1] != s;
        if first && (section.restart_numbering || i == 0) {
            number = 0;
        }
        number += 1;
        if first && section.title_page {
            continue;
        }
        let para = &section.page_number;
        let (style, size) = para.mark;
        let face = fonts.face(style);
        let text = number.to_string();
        if let Some(ch) = face.missing(&text) {
            return Err(LayoutError::missing(ch, face, &text));
        }
        let g = &section.page;
        let w = face.width(&text, size);
        page.spans.insert(
            0,
            Span {
                x: g.left + (g.text_width() - w) / 2.0,
                y: g.header + face.gap(size) + face.ascent(size),
                style,
                size,
                text,
                space_extra: 0.0,
            },
        );
    }
    Ok(())
}
