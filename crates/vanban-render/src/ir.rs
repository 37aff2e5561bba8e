//! The semantic document IR: what a document says and how its parts relate,
//! not how Word or a PDF page lays it out. Both backends read it; sizes and
//! fonts come from the profile, so nothing here is backend-specific.

use std::fmt::{self, Write};

pub use crate::chart::Chart;

/// Document metadata (core properties).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meta {
    /// Title: kind and symbol ("Chương trình hành động số 11-CTr/QU").
    pub title: String,
    /// Author: the issuing body.
    pub author: String,
    /// Subject: the summary line.
    pub subject: String,
    /// Keywords.
    pub keywords: Vec<String>,
    /// Creation date, ISO 8601 ("2022-09-12"): the document date, never the clock.
    pub created: String,
}

/// The header block (ô 1–4): two columns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// Upper body, in capitals ("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG").
    pub superior: Option<String>,
    /// Issuing body, in capitals ("QUẬN ỦY SƠN TRÀ").
    pub issuer: String,
    /// "Số 11-CTr/QU".
    pub symbol: String,
    /// "Sơn Trà, ngày 12 tháng 9 năm 2022".
    pub place_date: String,
}

/// A run of text with its emphasis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// The text.
    pub text: String,
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
}

impl Run {
    /// Plain text.
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            bold: false,
            italic: false,
        }
    }
    /// Bold text.
    pub fn bold(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            bold: true,
            italic: false,
        }
    }
}

/// A block of the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading: level 1 ("I. MỤC ĐÍCH, YÊU CẦU"), 2 ("1. Mục đích"), 3 ("a) …").
    Heading {
        /// 1, 2 or 3.
        level: u8,
        /// "I", "1", "a".
        number: String,
        /// Heading text, in the case it is printed in.
        text: String,
    },
    /// A body paragraph.
    Paragraph(Vec<Run>),
    /// A dash item ("- …").
    Dash(Vec<Run>),
    /// A caption above a table or chart ("Bảng 1. …"), kept with it.
    Caption(String),
    /// A table in the body.
    Table(Table),
    /// A chart, drawn the same in both backends.
    Chart(Chart),
}

/// Horizontal alignment of a table column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Justified (running text in cells).
    Justified,
    /// Flush left, ragged right (names and short notes in narrow columns,
    /// where justification would open wide gaps).
    Left,
    /// Centred.
    Center,
}

/// A table column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// Header text.
    pub title: String,
    /// Share of the table width, in per mille.
    pub width: u32,
    /// Alignment of the cells.
    pub align: Align,
}

/// A table row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    /// A group row across the whole table ("I. Xây dựng Đảng …").
    Group {
        /// "I".
        number: String,
        /// Group title.
        text: String,
    },
    /// An ordinary row, one text per column.
    Cells(Vec<String>),
    /// A totals row, one text per column, in bold.
    Total(Vec<String>),
}

/// What a table holds, which decides its type size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableKind {
    /// Tasks with their texts (the profile's `table` styles).
    Tasks,
    /// Figures in many narrow columns (the profile's `figures` styles).
    Figures,
}

/// A table whose header row repeats on every page and whose rows never split.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// What it holds.
    pub kind: TableKind,
    /// Columns.
    pub columns: Vec<Column>,
    /// Rows.
    pub rows: Vec<Row>,
}

/// The signature and recipients block (ô 7–9).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    /// "Nơi nhận".
    pub recipients_label: String,
    /// Recipient lines, punctuated, the archive line last.
    pub recipients: Vec<String>,
    /// The authority lines, each printed on its own line: none (the head
    /// signs), one ("T/M BAN THƯỜNG VỤ") or two ("TM. ỦY BAN NHÂN DÂN",
    /// "KT. CHỦ TỊCH").
    pub authority: Vec<String>,
    /// "BÍ THƯ".
    pub title: String,
    /// "Nguyễn Văn A".
    pub name: String,
}

/// An appendix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Appendix {
    /// "Phụ lục", without its number (the profile numbers appendices and
    /// says their case).
    pub label: String,
    /// Its title, in capitals.
    pub title: String,
    /// "(Kèm theo …)".
    pub caption: String,
    /// Its table.
    pub table: Table,
}

/// A whole document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Metadata.
    pub meta: Meta,
    /// Header block.
    pub header: Header,
    /// Document kind, in capitals ("CHƯƠNG TRÌNH HÀNH ĐỘNG").
    pub kind: String,
    /// Summary line.
    pub summary: String,
    /// The body.
    pub body: Vec<Block>,
    /// Signature and recipients.
    pub signature: Signature,
    /// Appendices.
    pub appendices: Vec<Appendix>,
}

impl Document {
    /// The IR as indented text, one element per line: the form golden tests compare.
    pub fn dump(&self) -> String {
        let mut s = String::new();
        let _ = self.write_dump(&mut s);
        s
    }

    fn write_dump(&self, s: &mut String) -> fmt::Result {
        let m = &self.meta;
        writeln!(
            s,
            "meta title={:?} author={:?} created={}",
            m.title, m.author, m.created
        )?;
        writeln!(s, "meta subject={:?}", m.subject)?;
        writeln!(s, "meta keywords={:?}", m.keywords)?;
        let h = &self.header;
        if let Some(sup) = &h.superior {
            writeln!(s, "header.superior {sup}")?;
        }
        writeln!(s, "header.issuer {}", h.issuer)?;
        writeln!(s, "header.symbol {}", h.symbol)?;
        writeln!(s, "header.place_date {}", h.place_date)?;
        writeln!(s, "kind {}", self.kind)?;
        writeln!(s, "summary {}", self.summary)?;
        for b in &self.body {
            match b {
                Block::Heading {
                    level,
                    number,
                    text,
                } => writeln!(s, "h{level} [{number}] {text}")?,
                Block::Paragraph(runs) => writeln!(s, "p {}", runs_text(runs))?,
                Block::Dash(runs) => writeln!(s, "- {}", runs_text(runs))?,
                Block::Caption(text) => writeln!(s, "caption {text}")?,
                Block::Table(t) => write_table(s, t)?,
                Block::Chart(c) => {
                    writeln!(s, "chart.series {}", c.series.join(" | "))?;
                    for b in &c.bars {
                        let values: Vec<String> =
                            b.values.iter().map(ToString::to_string).collect();
                        writeln!(s, "chart.bar {} [{}] {}", b.label, values.join(" "), b.note)?;
                    }
                }
            }
        }
        let g = &self.signature;
        if g.authority.is_empty() {
            writeln!(s, "sign.authority -")?;
        }
        for a in &g.authority {
            writeln!(s, "sign.authority {a}")?;
        }
        writeln!(s, "sign.title {}", g.title)?;
        writeln!(s, "sign.name {}", g.name)?;
        writeln!(s, "recipients.label {}", g.recipients_label)?;
        for r in &g.recipients {
            writeln!(s, "recipient {r}")?;
        }
        for a in &self.appendices {
            writeln!(s, "appendix.label {}", a.label)?;
            writeln!(s, "appendix.title {}", a.title)?;
            writeln!(s, "appendix.caption {}", a.caption)?;
            write_table(s, &a.table)?;
        }
        Ok(())
    }
}

fn write_table(s: &mut String, t: &Table) -> fmt::Result {
    let cols: Vec<String> = t
        .columns
        .iter()
        .map(|c| format!("{} ({}‰)", c.title, c.width))
        .collect();
    let kind = match t.kind {
        TableKind::Tasks => "",
        TableKind::Figures => ".figures",
    };
    writeln!(s, "table{kind}.columns {}", cols.join(" | "))?;
    for r in &t.rows {
        match r {
            Row::Group { number, text } => writeln!(s, "table.group [{number}] {text}")?,
            Row::Cells(cells) => writeln!(s, "table.row {}", cells.join(" | "))?,
            Row::Total(cells) => writeln!(s, "table.total {}", cells.join(" | "))?,
        }
    }
    Ok(())
}

fn runs_text(runs: &[Run]) -> String {
    runs.iter()
        .map(|r| match (r.bold, r.italic) {
            (true, true) => format!("***{}***", r.text),
            (true, false) => format!("**{}**", r.text),
            (false, true) => format!("*{}*", r.text),
            (false, false) => r.text.clone(),
        })
        .collect()
}
