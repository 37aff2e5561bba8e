//! Makes a package written by docx-rs 0.4.22 valid against ISO/IEC 29500-4
//! (transitional) and byte-deterministic, and adds what docx-rs cannot say.
//!
//! docx-rs stays the builder. This pass rewrites its zip:
//!
//! * **Child order.** Children of the container elements in `order::ORDERS` are put
//!   in schema order (stable sort by position in the schema type). An unknown
//!   child in one of these containers is an error, never silently kept.
//! * **Invalid markup.** Drops the empty `w:rPr` docx-rs puts in the `w:pPr` of
//!   styles and numbering levels (CT_PPrGeneral has no `rPr`) and the
//!   `w:type` attribute of `w:gridCol` (CT_TblGridCol has only `w:w`).
//! * **Switched-off complex-script twins.** docx-rs writes a disabled bold
//!   or italic as `<w:b w:val="false"/>` beside a bare `<w:bCs/>` (on);
//!   the twin is written `w:val="false"` too.
//! * **Repeating header rows.** docx-rs has no `w:tblHeader`. Convention: the
//!   leading rows of a table in which *every* paragraph has the paragraph
//!   style [`FixOptions::header_row_style`] get `<w:tblHeader/>`. Word only
//!   repeats leading rows, so a styled row after a body row is not marked.
//!   (`w:cantSplit` needs nothing: `TableRow::cant_split()` writes it.)
//! * **Core properties.** `docProps/core.xml` is replaced from [`CoreProps`]
//!   (docx-rs can set only the two dates and writes creator "unknown").
//! * **Determinism.** `w14:paraId` values (taken from a thread-local counter in
//!   docx-rs, so they depend on what else the thread built) are renumbered
//!   1, 2, 3 … across the parts in archive order. The archive is rewritten
//!   with a fixed entry order (`[Content_Types].xml`, `_rels/.rels`, then by
//!   name), no directory entries, deflate level 6, a fixed 1980-01-01
//!   timestamp and fixed permissions.
//!
//! Everything else is copied byte for byte as docx-rs wrote it.

use std::fmt;
use std::io::{Cursor, Read, Write};

use quick_xml::Reader;
use quick_xml::escape::escape;
use quick_xml::events::Event;
use zip::write::SimpleFileOptions;

use super::order::ORDERS;

/// Metadata written to `docProps/core.xml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoreProps {
    /// `dc:title`.
    pub title: String,
    /// `dc:subject`.
    pub subject: String,
    /// `dc:creator`, also used for `cp:lastModifiedBy`.
    pub creator: String,
    /// `dcterms:created`, UTC, exactly `YYYY-MM-DDThh:mm:ssZ`. Never the clock.
    pub created: String,
    /// `dcterms:modified`, same form; `None` means equal to `created`.
    pub modified: Option<String>,
    /// `dc:language`, e.g. `vi-VN`.
    pub language: Option<String>,
}

/// Everything the pass needs besides the package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixOptions {
    /// Core properties to write.
    pub core: CoreProps,
    /// Paragraph style id that marks header rows (see the module doc);
    /// `None` marks no rows.
    pub header_row_style: Option<String>,
}

/// Why a package could not be fixed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FixError {
    /// The input is not a readable zip archive, or writing failed.
    Zip(String),
    /// A part is not well-formed XML.
    Xml {
        /// Part name, e.g. `word/document.xml`.
        part: String,
        /// The parser's message.
        message: String,
    },
    /// A container holds a child this pass has no schema position for.
    UnknownChild {
        /// Part name.
        part: String,
        /// Qualified name of the container, e.g. `w:pPr`.
        parent: String,
        /// Qualified name of the child.
        child: String,
    },
    /// Markup the pass would have to drop is not empty, text sits between
    /// the children of a container, or the `w` prefix is not WordprocessingML.
    Unsupported {
        /// Part name.
        part: String,
        /// What is wrong.
        message: String,
    },
    /// A required part is missing.
    MissingPart(String),
    /// A core-properties date is not `YYYY-MM-DDThh:mm:ssZ`.
    InvalidDate(String),
    /// A chart could not be drawn (a character its font lacks).
    Chart(String),
}

impl fmt::Display for FixError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Zip(m) => write!(f, "docx archive: {m}"),
            Self::Xml { part, message } => write!(f, "{part}: malformed XML: {message}"),
            Self::UnknownChild {
                part,
                parent,
                child,
            } => {
                write!(
                    f,
                    "{part}: <{child}> inside <{parent}> has no known schema position"
                )
            }
            Self::Unsupported { part, message } => write!(f, "{part}: {message}"),
            Self::MissingPart(p) => write!(f, "docx archive has no part {p}"),
            Self::InvalidDate(d) => write!(f, "date {d:?} is not YYYY-MM-DDThh:mm:ssZ"),
            Self::Chart(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for FixError {}

const W_NS: &[u8] = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// Attributes docx-rs writes that the schema does not allow: (element, attribute).
const DROP_ATTRS: &[(&[u8], &[u8])] = &[(b"w:gridCol", b"w:type")]; // CT_TblGridCol

/// Rewrites a docx-rs package; see the module documentation.
pub fn fix_package(docx: &[u8], opts: &FixOptions) -> Result<Vec<u8>, FixError> {
    let zip_err = |e: zip::result::ZipError| FixError::Zip(e.to_string());
    let core_xml = core_xml(&opts.core)?;
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).map_err(zip_err)?;
    let mut parts: Vec<(String, Vec<u8>)> = Vec::with_capacity(archive.len());
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).map_err(zip_err)?;
        if file.is_dir() {
            continue;
        }
        let mut bytes = Vec::with_capacity(file.size() as usize);
        file.read_to_end(&mut bytes)
            .map_err(|e| FixError::Zip(e.to_string()))?;
        parts.push((file.name().to_owned(), bytes));
    }
    parts.sort_by(|(a, _), (b, _)| part_rank(a).cmp(&part_rank(b)).then_with(|| a.cmp(b)));
    if !parts.iter().any(|(n, _)| n == "docProps/core.xml") {
        return Err(FixError::MissingPart("docProps/core.xml".into()));
    }

    let style = opts.header_row_style.as_deref().map(str::as_bytes);
    let mut para_id = 0u32;
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(zip::DateTime::DEFAULT)
        .unix_permissions(0o644);
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in &parts {
        let fixed;
        let data: &[u8] = if name == "docProps/core.xml" {
            core_xml.as_bytes()
        } else if name.starts_with("word/") && name.ends_with(".xml") {
            fixed = fix_wml_part(name, bytes, style, &mut para_id)?;
            &fixed
        } else {
            bytes
        };
        out.start_file(name.as_str(), options).map_err(zip_err)?;
        out.write_all(data)
            .map_err(|e| FixError::Zip(e.to_string()))?;
    }
    Ok(out.finish().map_err(zip_err)?.into_inner())
}

fn part_rank(name: &str) -> u8 {
    match name {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    }
}

fn core_xml(p: &CoreProps) -> Result<String, FixError> {
    let created = check_date(&p.created)?;
    let modified = check_date(p.modified.as_deref().unwrap_or(&p.created))?;
    let lang = p.language.as_deref().map_or(String::new(), |l| {
        format!("<dc:language>{}</dc:language>", escape(l))
    });
    Ok(format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
            r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator>",
            "<cp:lastModifiedBy>{}</cp:lastModifiedBy><cp:revision>1</cp:revision>{}",
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{}</dcterms:created>"#,
            r#"<dcterms:modified xsi:type="dcterms:W3CDTF">{}</dcterms:modified>"#,
            "</cp:coreProperties>"
        ),
        escape(p.title.as_str()),
        escape(p.subject.as_str()),
        escape(p.creator.as_str()),
        escape(p.creator.as_str()),
        lang,
        created,
        modified
    ))
}

fn check_date(d: &str) -> Result<&str, FixError> {
    let b = d.as_bytes();
    let shape_ok = b.len() == 20
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b'T',
            13 | 16 => *c == b':',
            19 => *c == b'Z',
            _ => c.is_ascii_digit(),
        });
    let num = |r: std::ops::Range<usize>| d[r].parse::<u32>().unwrap_or(99);
    if shape_ok
        && (1..=12).contains(&num(5..7))
        && (1..=31).contains(&num(8..10))
        && num(11..13) < 24
        && num(14..16) < 60
        && num(17..19) < 60
    {
        Ok(d)
    } else {
        Err(FixError::InvalidDate(d.to_owned()))
    }
}

/// One element of a parsed part, as byte offsets into the source.
struct Node {
    /// Offset of `<`; the qualified name starts at `start + 1`.
    start: usize,
    name_len: usize,
    /// End of the start tag (or of the whole empty-element tag).
    head_end: usize,
    /// Start of the end tag (equals `head_end` for an empty element).
    inner_end: usize,
    end: usize,
    empty: bool,
    children: Vec<usize>,
}

/// A child to emit: an element of the source, or markup the pass adds.
#[derive(Clone, Copy)]
enum Piece {
    Src(usize),
    Added(&'static str, &'static [u8]),
}

struct Part<'a> {
    name: &'a str,
    src: &'a [u8],
    nodes: Vec<Node>,
    /// `w:tr` nodes that get `w:tblHeader`.
    header_rows: Vec<usize>,
}

fn fix_wml_part(
    name: &str,
    src: &[u8],
    header_style: Option<&[u8]>,
    para_id: &mut u32,
) -> Result<Vec<u8>, FixError> {
    let (nodes, root) = parse(name, src)?;
    let mut part = Part {
        name,
        src,
        nodes,
        header_rows: Vec::new(),
    };
    if part.attr(root, b"xmlns:w").as_deref() != Some(W_NS) {
        return Err(
            part.unsupported("root does not bind prefix w to the WordprocessingML namespace")
        );
    }
    if let Some(style) = header_style {
        part.header_rows = part.find_header_rows(style);
    }
    let mut out = Vec::with_capacity(src.len() + 1024);
    out.extend_from_slice(&src[..part.nodes[root].start]);
    part.emit(root, None, para_id, &mut out)?;
    out.extend_from_slice(&src[part.nodes[root].end..]);
    Ok(out)
}

fn parse(part: &str, src: &[u8]) -> Result<(Vec<Node>, usize), FixError> {
    let xml_err = |message: String| FixError::Xml {
        part: part.to_owned(),
        message,
    };
    let mut reader = Reader::from_reader(src);
    let mut nodes: Vec<Node> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut root = None;
    loop {
        let before = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(|e| xml_err(e.to_string()))?;
        let after = reader.buffer_position() as usize;
        let (name_len, empty) = match &event {
            Event::Start(e) => (e.name().as_ref().len(), false),
            Event::Empty(e) => (e.name().as_ref().len(), true),
            Event::End(_) => {
                let i = stack
                    .pop()
                    .ok_or_else(|| xml_err("unbalanced end tag".into()))?;
                nodes[i].inner_end = before;
                nodes[i].end = after;
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let i = nodes.len();
        nodes.push(Node {
            start: before,
            name_len,
            head_end: after,
            inner_end: after,
            end: after,
            empty,
            children: Vec::new(),
        });
        match stack.last() {
            Some(&p) => nodes[p].children.push(i),
            None if root.is_none() => root = Some(i),
            None => return Err(xml_err("more than one root element".into())),
        }
        if !empty {
            stack.push(i);
        }
    }
    match (root, stack.is_empty()) {
        (Some(r), true) => Ok((nodes, r)),
        _ => Err(xml_err("missing root or unclosed element".into())),
    }
}

impl Part<'_> {
    fn qname(&self, i: usize) -> &[u8] {
        let n = &self.nodes[i];
        &self.src[n.start + 1..n.start + 1 + n.name_len]
    }

    fn is(&self, i: usize, qname: &[u8]) -> bool {
        self.qname(i) == qname
    }

    fn text(&self, i: usize) -> String {
        String::from_utf8_lossy(self.qname(i)).into_owned()
    }

    fn unsupported(&self, message: &str) -> FixError {
        FixError::Unsupported {
            part: self.name.to_owned(),
            message: message.to_owned(),
        }
    }

    /// Attributes of a start tag as (qualified name, raw escaped value).
    fn attrs(&self, i: usize) -> Vec<(Vec<u8>, Vec<u8>)> {
        let n = &self.nodes[i];
        let mut reader = Reader::from_reader(&self.src[n.start..n.head_end]);
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => e
                .attributes()
                .filter_map(Result::ok)
                .map(|a| (a.key.as_ref().to_vec(), a.value.into_owned()))
                .collect(),
            _ => Vec::new(),
        }
    }

    fn attr(&self, i: usize, key: &[u8]) -> Option<Vec<u8>> {
        self.attrs(i)
            .into_iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    fn descendants(&self, i: usize, qname: &[u8], found: &mut Vec<usize>) {
        for &c in &self.nodes[i].children {
            if self.is(c, qname) {
                found.push(c);
            }
            self.descendants(c, qname, found);
        }
    }

    /// Leading rows of each table whose paragraphs all have style `style`.
    fn find_header_rows(&self, style: &[u8]) -> Vec<usize> {
        let mut tables = Vec::new();
        self.descendants(0, b"w:tbl", &mut tables);
        let mut rows = Vec::new();
        for t in tables {
            for &tr in self.nodes[t]
                .children
                .iter()
                .filter(|&&c| self.is(c, b"w:tr"))
            {
                let mut paras = Vec::new();
                self.descendants(tr, b"w:p", &mut paras);
                let styled = |p: usize| {
                    self.nodes[p]
                        .children
                        .iter()
                        .filter(|&&c| self.is(c, b"w:pPr"))
                        .any(|&ppr| {
                            self.nodes[ppr].children.iter().any(|&s| {
                                self.is(s, b"w:pStyle")
                                    && self.attr(s, b"w:val").as_deref() == Some(style)
                            })
                        })
                };
                if paras.is_empty() || !paras.iter().all(|&p| styled(p)) {
                    break;
                }
                rows.push(tr);
            }
        }
        rows
    }

    /// The children to emit for node `i`, in output order.
    fn pieces(&self, i: usize, parent: Option<usize>) -> Result<Vec<Piece>, FixError> {
        let n = &self.nodes[i];
        let mut pieces = Vec::with_capacity(n.children.len() + 1);
        // CT_PPrGeneral (pPr outside a paragraph) has no rPr: drop docx-rs's empty one.
        let general_ppr = self.is(i, b"w:pPr") && !parent.is_some_and(|p| self.is(p, b"w:p"));
        // docx-rs writes a switched-off bold or italic as `<w:b w:val="false"/>`
        // with a bare `<w:bCs/>` (which switches complex-script bold on): the
        // complex-script twin follows its sibling.
        let off = |qname: &[u8]| {
            n.children
                .iter()
                .any(|&c| self.is(c, qname) && self.attr(c, b"w:val").as_deref() == Some(b"false"))
        };
        let rpr = self.is(i, b"w:rPr");
        let (b_off, i_off) = (rpr && off(b"w:b"), rpr && off(b"w:i"));
        for &c in &n.children {
            if b_off && self.is(c, b"w:bCs") && self.attr(c, b"w:val").is_none() {
                pieces.push(Piece::Added("bCs", b"<w:bCs w:val=\"false\" />"));
                continue;
            }
            if i_off && self.is(c, b"w:iCs") && self.attr(c, b"w:val").is_none() {
                pieces.push(Piece::Added("iCs", b"<w:iCs w:val=\"false\" />"));
                continue;
            }
            if general_ppr && self.is(c, b"w:rPr") {
                if !self.nodes[c].children.is_empty() {
                    return Err(
                        self.unsupported("run properties inside a style or numbering w:pPr")
                    );
                }
                continue;
            }
            pieces.push(Piece::Src(c));
        }
        let header_row = |tr: usize| self.header_rows.contains(&tr);
        let has = |qname: &[u8]| n.children.iter().any(|&c| self.is(c, qname));
        if self.is(i, b"w:trPr") && parent.is_some_and(header_row) && !has(b"w:tblHeader") {
            pieces.push(Piece::Added("tblHeader", b"<w:tblHeader/>"));
        }
        if self.is(i, b"w:tr") && header_row(i) && !has(b"w:trPr") {
            let at = usize::from(
                n.children
                    .first()
                    .is_some_and(|&c| self.is(c, b"w:tblPrEx")),
            );
            pieces.insert(at, Piece::Added("trPr", b"<w:trPr><w:tblHeader/></w:trPr>"));
        }
        if let Some(order) = self.order(i) {
            let mut ranked = Vec::with_capacity(pieces.len());
            for p in pieces {
                let local = match p {
                    Piece::Src(c) => self.qname(c).strip_prefix(b"w:").unwrap_or(b""),
                    Piece::Added(local, _) => local.as_bytes(),
                };
                let rank = order.iter().position(|o| o.as_bytes() == local);
                let rank = rank.ok_or_else(|| FixError::UnknownChild {
                    part: self.name.to_owned(),
                    parent: self.text(i),
                    child: match p {
                        Piece::Src(c) => self.text(c),
                        Piece::Added(l, _) => l.to_owned(),
                    },
                })?;
                ranked.push((rank, p));
            }
            ranked.sort_by_key(|&(rank, _)| rank); // stable: repeated choices keep their order
            pieces = ranked.into_iter().map(|(_, p)| p).collect();
        }
        Ok(pieces)
    }

    fn order(&self, i: usize) -> Option<&'static [&'static str]> {
        let local = self.qname(i).strip_prefix(b"w:")?;
        ORDERS
            .iter()
            .find(|(n, _)| n.as_bytes() == local)
            .map(|(_, o)| *o)
    }

    fn emit(
        &self,
        i: usize,
        parent: Option<usize>,
        para_id: &mut u32,
        out: &mut Vec<u8>,
    ) -> Result<(), FixError> {
        let n = &self.nodes[i];
        let src = self.src;
        let pieces = self.pieces(i, parent)?;
        let reordered = self.order(i).is_some();
        let opened = n.empty && !pieces.is_empty();
        self.emit_start_tag(i, opened, para_id, out);
        if n.empty && !opened {
            return Ok(());
        }
        // Containers have element-only content: whitespace between their
        // children is dropped, anything else is an error. Elsewhere the text
        // between children is copied verbatim.
        if reordered && !n.empty {
            let mut at = n.head_end;
            for &c in n.children.iter().chain(std::iter::once(&usize::MAX)) {
                let to = self.nodes.get(c).map_or(n.inner_end, |c| c.start);
                if !src[at..to].iter().all(u8::is_ascii_whitespace) {
                    return Err(self.unsupported("text between container children"));
                }
                at = self.nodes.get(c).map_or(to, |c| c.end);
            }
        }
        let mut cursor = n.head_end;
        for piece in pieces {
            match piece {
                Piece::Src(c) => {
                    if !reordered {
                        out.extend_from_slice(&src[cursor..self.nodes[c].start]);
                    }
                    self.emit(c, Some(i), para_id, out)?;
                    cursor = self.nodes[c].end;
                }
                Piece::Added(_, bytes) => out.extend_from_slice(bytes),
            }
        }
        if opened {
            out.extend_from_slice(b"</");
            out.extend_from_slice(self.qname(i));
            out.push(b'>');
        } else {
            if !reordered {
                out.extend_from_slice(&src[cursor..n.inner_end]);
            }
            out.extend_from_slice(&src[n.inner_end..n.end]);
        }
        Ok(())
    }

    /// Copies the start tag, or rebuilds it when an attribute is dropped or
    /// renumbered, or when an empty element gains children (`opened`).
    fn emit_start_tag(&self, i: usize, opened: bool, para_id: &mut u32, out: &mut Vec<u8>) {
        let n = &self.nodes[i];
        let qname = self.qname(i);
        let drop: Vec<&[u8]> = DROP_ATTRS
            .iter()
            .filter(|(e, _)| *e == qname)
            .map(|(_, a)| *a)
            .collect();
        let renumber = qname == b"w:p";
        if !opened && drop.is_empty() && !renumber {
            out.extend_from_slice(&self.src[n.start..n.head_end]);
            return;
        }
        let attrs = self.attrs(i);
        if !opened && !renumber && !attrs.iter().any(|(k, _)| drop.contains(&k.as_slice())) {
            out.extend_from_slice(&self.src[n.start..n.head_end]);
            return;
        }
        out.push(b'<');
        out.extend_from_slice(qname);
        for (key, value) in attrs {
            if drop.contains(&key.as_slice()) {
                continue;
            }
            out.push(b' ');
            out.extend_from_slice(&key);
            out.extend_from_slice(b"=\"");
            if renumber && key == b"w14:paraId" {
                *para_id += 1;
                out.extend_from_slice(format!("{:08X}", *para_id).as_bytes());
            } else if value.contains(&b'"') {
                out.extend_from_slice(&value.iter().fold(Vec::new(), |mut v, &b| {
                    if b == b'"' {
                        v.extend_from_slice(b"&quot;")
                    } else {
                        v.push(b)
                    }
                    v
                }));
            } else {
                out.extend_from_slice(&value);
            }
            out.push(b'"');
        }
        out.extend_from_slice(if n.empty && !opened { b" />" } else { b">" });
    }
}

#[cfg(test)]
mod tests;
