//! Test oracles: every word of a document's IR must reach its outputs.
//!
//! Not part of the stable API (hidden from the docs): the tests call it on
//! every example and on generated stress documents
//! (`tests/text_oracle.rs`), and a fuzz target can call it on whatever it
//! builds.
//!
//! * [`missing_words`] compares the IR with the pages the layout placed, in
//!   process: every word, in order within its paragraph or cell, blocks in
//!   the order of the document;
//! * [`missing_docx_words`] requires the .docx's `word/document.xml` to hold
//!   every word of the IR but the chart's (those are in its picture).
//!
//! A word is a run of letters and digits, compared without case (styles set
//! some text in capitals). A block is a paragraph, a table row (each cell
//! matched from where the row starts, as a row broken across pages
//! interleaves its cells), the header block, the signature block or a chart.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::ir::{Block, Document, Row, Table};
use crate::layout::Pages;

/// The words of a text, lower case.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A block: its cells, each a run of words in reading order.
type Unit = Vec<Vec<String>>;

fn one(text: &str) -> Unit {
    vec![words(text)]
}

fn table_units(t: &Table, out: &mut Vec<Unit>) {
    out.push(t.columns.iter().map(|c| words(&c.title)).collect());
    for r in &t.rows {
        out.push(match r {
            Row::Group { number, text } => vec![words(&format!("{number} {text}"))],
            Row::Cells(cells) | Row::Total(cells) => cells.iter().map(|c| words(c)).collect(),
        });
    }
}

/// The IR's text as blocks, in document order; with `charts` false the
/// charts' text is left out.
fn units(doc: &Document, charts: bool) -> Vec<Unit> {
    let mut out = Vec::new();
    let h = &doc.header;
    let mut header: Unit = Vec::new();
    if let Some(s) = &h.superior {
        header.push(words(s));
    }
    header.push(words(&h.issuer));
    header.push(words(&h.symbol));
    header.push(words(&h.place_date));
    out.push(header);
    out.push(one(&doc.kind));
    out.push(one(&doc.summary));
    for b in &doc.body {
        match b {
            Block::Heading { number, text, .. } => out.push(one(&format!("{number} {text}"))),
            Block::Paragraph(runs) | Block::Dash(runs) => {
                let text: String = runs.iter().map(|r| r.text.as_str()).collect();
                out.push(one(&text));
            }
            Block::Caption(text) => out.push(one(text)),
            Block::Table(t) => table_units(t, &mut out),
            Block::Chart(c) if charts => {
                let bars = c
                    .bars
                    .iter()
                    .flat_map(|b| words(&b.label).into_iter().chain(words(&b.note)))
                    .collect();
                out.push(vec![bars, c.series.iter().flat_map(|s| words(s)).collect()]);
            }
            Block::Chart(_) => {}
        }
    }
    let s = &doc.signature;
    let mut left = words(&s.recipients_label);
    left.extend(s.recipients.iter().flat_map(|r| words(r)));
    let mut right: Vec<String> = s.authority.iter().flat_map(|a| words(a)).collect();
    right.extend(words(&s.title));
    right.extend(words(&s.name));
    out.push(vec![left, right]);
    for a in &doc.appendices {
        out.push(one(&a.label));
        out.push(one(&a.title));
        out.push(one(&a.caption));
        table_units(&a.table, &mut out);
    }
    out
}

/// The words the layout placed, page by page, span by span.
fn placed(pages: &Pages) -> Vec<String> {
    pages
        .pages
        .iter()
        .flat_map(|p| &p.spans)
        .flat_map(|s| words(&s.text))
        .collect()
}

/// How many words of a cell, from a word that does not follow on, must
/// stand together where the cell goes on.
const ANCHOR: usize = 6;

/// Matches words against tokens, each token used once.
struct Matcher {
    tokens: Vec<String>,
    used: Vec<bool>,
}

impl Matcher {
    /// The unused tokens from `j` on that spell `w` (one token, or a word
    /// broken across lines or faces: several consecutive ones), if any.
    fn spells(&self, j: usize, w: &str) -> Option<Vec<usize>> {
        let mut got = String::new();
        let mut taken = Vec::new();
        let mut k = j;
        while k < self.tokens.len() && got.len() < w.len() {
            if self.used[k] {
                k += 1;
                continue;
            }
            got.push_str(&self.tokens[k]);
            taken.push(k);
            if !w.starts_with(got.as_str()) {
                return None;
            }
            k += 1;
        }
        (got == w).then_some(taken)
    }

    /// Where `ws` (at most [`ANCHOR`] words) are spelled one after another from
    /// `j`: the tokens of each.
    fn run(&self, j: usize, ws: &[String]) -> Option<Vec<Vec<usize>>> {
        let mut at = j;
        let mut out = Vec::with_capacity(ws.len());
        for w in ws {
            while at < self.tokens.len() && self.used[at] {
                at += 1;
            }
            let taken = self.spells(at, w)?;
            at = taken.last().map_or(at, |t| t + 1);
            out.push(taken);
        }
        Some(out)
    }

    /// Finds word `i` of `ws` from `from`: the next tokens if they spell
    /// it, else the first place where it and the words after it (up to
    /// [`ANCHOR`] in all) stand together (a cell broken across pages goes on after the
    /// other cells' parts). Marks the tokens used and returns the first and
    /// the one after the last.
    fn find(&mut self, ws: &[String], i: usize, from: usize) -> Option<(usize, usize)> {
        let anchor = &ws[i..(i + ANCHOR).min(ws.len())];
        let next = (from..self.tokens.len()).find(|&j| !self.used[j]);
        let hit = next.and_then(|j| self.spells(j, &ws[i])).or_else(|| {
            (from..self.tokens.len())
                .filter(|&j| !self.used[j])
                .find_map(|j| self.run(j, anchor).map(|r| r[0].clone()))
        })?;
        for &t in &hit {
            self.used[t] = true;
        }
        Some((hit[0], hit[hit.len() - 1] + 1))
    }
}

/// The words of `doc` that the layout did not place where they belong
/// (empty when every text of the IR is on the pages, in order).
pub fn missing_words(doc: &Document, pages: &Pages) -> Vec<String> {
    let tokens = placed(pages);
    let mut m = Matcher {
        used: vec![false; tokens.len()],
        tokens,
    };
    let mut missing = Vec::new();
    let mut cursor = 0;
    for unit in units(doc, true) {
        let mut start: Option<usize> = None;
        for cell in &unit {
            let mut pos = cursor;
            for i in 0..cell.len() {
                match m.find(cell, i, pos) {
                    Some((first, next)) => {
                        start = Some(start.map_or(first, |s| s.min(first)));
                        pos = next;
                    }
                    None => missing.push(cell[i].clone()),
                }
            }
        }
        if let Some(s) = start {
            cursor = s;
        }
    }
    missing
}

/// The text of `word/document.xml`: the runs of each paragraph joined, the
/// paragraphs apart.
fn docx_text(docx: &[u8]) -> Result<String, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(docx)).map_err(|e| e.to_string())?;
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .map_err(|e| e.to_string())?
        .read_to_string(&mut xml)
        .map_err(|e| e.to_string())?;
    let mut reader = Reader::from_str(&xml);
    let mut out = String::new();
    let mut in_text = false;
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
            Event::End(e) if e.name().as_ref() == b"w:p" => out.push('\n'),
            Event::Empty(e) if matches!(e.name().as_ref(), b"w:tab" | b"w:br") => out.push(' '),
            Event::Text(t) if in_text => {
                out.push_str(&t.decode().map_err(|e| e.to_string())?);
            }
            // An entity: a character reference as its character, a named one
            // (&amp; …, all punctuation) as a word break.
            Event::GeneralRef(r) if in_text => {
                out.push(r.resolve_char_ref().ok().flatten().unwrap_or(' '));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The words of `doc` (but its charts') that `word/document.xml` of `docx`
/// lacks, each as often as it lacks it; an error if the package cannot be
/// read.
pub fn missing_docx_words(doc: &Document, docx: &[u8]) -> Result<Vec<String>, String> {
    let mut have: BTreeMap<String, usize> = BTreeMap::new();
    for w in words(&docx_text(docx)?) {
        *have.entry(w).or_default() += 1;
    }
    let mut missing = Vec::new();
    for w in units(doc, false).into_iter().flatten().flatten() {
        match have.get_mut(&w) {
            Some(n) if *n > 0 => *n -= 1,
            _ => missing.push(w),
        }
    }
    Ok(missing)
}
