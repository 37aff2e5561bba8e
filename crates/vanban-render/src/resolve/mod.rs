//! The resolved document: the one place where the profile and the IR become
//! concrete paragraphs, runs, tables, pictures and page sections, every
//! value final (faces, sizes, case, alignment, indents, spacing, line
//! height, keep rules, borders, column widths, page geometry, page-number
//! placement and restart). Both backends read only this: the DOCX builder
//! says it to Word ([`crate::docx`]), the layout engine applies it itself
//! ([`crate::layout`]). No value, rule or wording is restated in a backend.
//!
//! Lengths are points, each a whole number of twips (1/20 pt), the unit a
//! .docx stores, so that both backends see the same numbers.

mod build;
mod parts;
mod tables;

pub use build::resolve;

use crate::chart::Drawing;
use crate::fonts::Style;

/// Horizontal alignment of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Flush left.
    Left,
    /// Centred.
    Center,
    /// Justified (the last line flush left).
    Justify,
}

/// Line spacing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Spacing {
    /// Every line exactly this high, points.
    Exact(f32),
    /// The font's own line height.
    Single,
}

/// What a paragraph is, which names its style in the .docx (the style pane,
/// and outline levels for the navigation pane).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// A line of the header block.
    HeaderCell,
    /// A rule drawn as a paragraph's bottom border.
    Rule,
    /// The document kind.
    DocKind,
    /// The summary and its separator.
    Summary,
    /// Body text.
    Body,
    /// Headings of levels 1 to 3.
    Heading1,
    /// Level 2.
    Heading2,
    /// Level 3.
    Heading3,
    /// A dash item.
    ListDash,
    /// A caption above a table or chart.
    Caption,
    /// The paragraph that holds a chart.
    Chart,
    /// Table cells.
    TableText,
    /// Header-row cells (the rows that repeat on every page).
    TableHeader,
    /// The signer's lines.
    Signature,
    /// "Nơi nhận" and the recipients.
    Recipient,
    /// "Phụ lục".
    AppendixLabel,
    /// An appendix's title.
    AppendixTitle,
    /// "(Kèm theo …)".
    AppendixCaption,
    /// The page number in the page header.
    PageNumber,
    /// The empty paragraph that ends a section.
    SectionEnd,
}

impl Role {
    /// Style id and display name in the .docx.
    pub fn style(self) -> (&'static str, &'static str) {
        match self {
            Role::HeaderCell => ("HeaderCell", "Header Cell"),
            Role::Rule => ("Rule", "Rule"),
            Role::DocKind => ("DocKind", "Document Kind"),
            Role::Summary => ("Summary", "Summary"),
            Role::Body => ("Body", "Body Text"),
            Role::Heading1 => ("Heading1", "heading 1"),
            Role::Heading2 => ("Heading2", "heading 2"),
            Role::Heading3 => ("Heading3", "heading 3"),
            Role::ListDash => ("ListDash", "List Dash"),
            Role::Caption => ("TableCaption", "Table Caption"),
            Role::Chart => ("Chart", "Chart"),
            Role::TableText => ("TableText", "Table Text"),
            Role::TableHeader => ("TableHeader", "Table Header"),
            Role::Signature => ("Signature", "Signature"),
            Role::Recipient => ("Recipient", "Recipient"),
            Role::AppendixLabel => ("AppendixLabel", "Appendix Label"),
            Role::AppendixTitle => ("AppendixTitle", "Appendix Title"),
            Role::AppendixCaption => ("AppendixCaption", "Appendix Caption"),
            Role::PageNumber => ("PageNumber", "Page Number"),
            Role::SectionEnd => ("SectionEnd", "Section End"),
        }
    }

    /// Outline level (0 for level 1) of headings.
    pub fn outline_level(self) -> Option<usize> {
        match self {
            Role::Heading1 => Some(0),
            Role::Heading2 => Some(1),
            Role::Heading3 => Some(2),
            _ => None,
        }
    }
}

/// A run of text in one face.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// The text, in the case it is printed in.
    pub text: String,
    /// Face.
    pub style: Style,
    /// Size, points.
    pub size: f32,
    /// Single underline.
    pub underline: bool,
}

/// A paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    /// What it is.
    pub role: Role,
    /// Its runs.
    pub pieces: Vec<Piece>,
    /// Alignment.
    pub align: Align,
    /// First-line indent, points.
    pub first_indent: f32,
    /// Left indent, points.
    pub indent_left: f32,
    /// Right indent, points.
    pub indent_right: f32,
    /// Line spacing.
    pub spacing: Spacing,
    /// Space before, points (dropped at the top of a page).
    pub before: f32,
    /// Space after, points.
    pub after: f32,
    /// Kept on the page of the next block.
    pub keep_next: bool,
    /// Starts a page.
    pub page_break_before: bool,
    /// A bottom border of this width, points.
    pub border_bottom: Option<f32>,
    /// Face and size of the paragraph mark (the height of an empty paragraph).
    pub mark: (Style, f32),
}

/// A table cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// How many grid columns it spans.
    pub span: usize,
    /// Its paragraphs.
    pub paras: Vec<Para>,
    /// Centred vertically (else top).
    pub middle: bool,
}

/// A table row.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// Its cells.
    pub cells: Vec<Cell>,
}

/// A table: fixed column widths; rows that never split.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The table's width, points.
    pub width: f32,
    /// Grid column widths, points.
    pub widths: Vec<f32>,
    /// Text inset from a cell's left and right edges, points.
    pub pad: f32,
    /// The table's left edge, from the left margin (a word processor moves a
    /// bordered table right by half its border).
    pub shift: f32,
    /// Border width (0 for none), points.
    pub border: f32,
    /// Leading rows repeated at the top of every page.
    pub header_rows: usize,
    /// The rows.
    pub rows: Vec<TableRow>,
}

/// A picture alone in a centred paragraph (a chart).
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    /// The drawing: vectors in the PDF, a picture in the .docx.
    pub drawing: Drawing,
    /// Resolution of the picture in the .docx, dots per inch.
    pub dpi: f32,
    /// The centred paragraph that holds it; its mark's descent is under the
    /// picture.
    pub para: Para,
}

/// A block of the page flow.
#[derive(Debug, Clone, PartialEq)]
pub enum Flow {
    /// A paragraph.
    Para(Para),
    /// A table.
    Table(Table),
    /// A picture.
    Image(Image),
}

/// Page size, margins and orientation of a section, points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Page {
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
    /// Top margin.
    pub top: f32,
    /// Bottom margin.
    pub bottom: f32,
    /// Left margin.
    pub left: f32,
    /// Right margin.
    pub right: f32,
    /// Distance of the page header from the top edge.
    pub header: f32,
    /// Across the width.
    pub landscape: bool,
}

impl Page {
    /// Width of the text area.
    pub fn text_width(&self) -> f32 {
        tw(self.width - self.left - self.right)
    }

    /// Height of the text area.
    pub fn text_height(&self) -> f32 {
        self.height - self.top - self.bottom
    }
}

/// A run of pages with one geometry and one page numbering.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Geometry.
    pub page: Page,
    /// Page numbers start again at 1 (else they continue).
    pub restart_numbering: bool,
    /// The section's first page shows no number.
    pub title_page: bool,
    /// The page number's paragraph, in the page header of every page but
    /// the section's first.
    pub page_number: Para,
    /// The content.
    pub flows: Vec<Flow>,
}

/// The document, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The font family the .docx names.
    pub font_family: String,
    /// Size of text that names none (the .docx's default), points.
    pub base_size: f32,
    /// Its sections, in order; each starts a page.
    pub sections: Vec<Section>,
    /// What resolving had to do that the reader should know of (a chart
    /// drawn in parts), as warnings.
    pub warnings: Vec<vanban_core::messages::Message>,
}

/// Points as whole twips.
pub(crate) fn tw(pt: f32) -> f32 {
    (pt * 20.0).round() / 20.0
}
