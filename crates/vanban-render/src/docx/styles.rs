//! Named paragraph styles, all from the profile: Word's style pane and
//! navigation pane (outline levels) work on the generated document.

use super::{TABLE_HEADER_STYLE, half_points, twips};
use crate::format::CELL_SPACE_BEFORE_PT;
use crate::profile::{Profile, TextStyle};
use docx_rs::{
    AlignmentType, Docx, LineSpacing, LineSpacingType, RunFonts, SpecialIndentType, Style,
    StyleType,
};

/// Exact line spacing in twips with space before, in points.
pub(super) fn exact(line_pt: f32, before_pt: f32, after_pt: f32) -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Exact)
        .line((line_pt * 20.0).round() as i32)
        .before((before_pt * 20.0).round() as u32)
        .after((after_pt * 20.0).round() as u32)
}

/// Single line spacing (for centred header and signature lines).
pub(super) fn single(before_pt: f32) -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Auto)
        .line(240)
        .before((before_pt * 20.0).round() as u32)
        .after(0)
}

/// Keeps paragraphs of the style with the next paragraph (no Style method for it).
fn keep(mut s: Style) -> Style {
    s.paragraph_property = s.paragraph_property.keep_next(true);
    s
}

/// Every style keeps at least two lines of a paragraph on each side of a
/// page break (Word's default is off; the PDF backend does the same).
fn styled(id: &str, name: &str, t: &TextStyle) -> Style {
    let mut s = Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .q_format(true);
    s.paragraph_property = s.paragraph_property.widow_control(true);
    s = s.size(half_points(t.size));
    if t.bold {
        s = s.bold();
    }
    if t.italic {
        s = s.italic();
    }
    s
}

/// Adds every style the backend uses.
pub(super) fn add(docx: Docx, p: &Profile) -> Docx {
    let fonts = RunFonts::new()
        .ascii(&p.font)
        .hi_ansi(&p.font)
        .cs(&p.font)
        .east_asia(&p.font);
    let indent = Some(SpecialIndentType::FirstLine(twips(p.first_line_indent_mm)));
    let body_spacing = exact(p.line_height_pt, p.space_before_pt, p.space_after_pt);
    let justified = |s: Style| {
        s.align(AlignmentType::Both)
            .indent(None, indent, None, None)
            .line_spacing(body_spacing.clone())
    };
    let heading = |id: &str, name: &str, t: &TextStyle, level: usize| {
        keep(
            justified(styled(id, name, t))
                .next("Body")
                .outline_lvl(level),
        )
    };
    let centred = |id: &str, name: &str, t: &TextStyle| {
        styled(id, name, t)
            .align(AlignmentType::Center)
            .line_spacing(single(0.0))
    };
    docx.default_fonts(fonts)
        .default_size(half_points(p.body.size))
        .add_style(justified(styled("Body", "Body Text", &p.body)))
        .add_style(heading("Heading1", "heading 1", &p.heading1, 0))
        .add_style(heading("Heading2", "heading 2", &p.heading2, 1))
        .add_style(heading("Heading3", "heading 3", &p.heading3, 2))
        .add_style(justified(styled("ListDash", "List Dash", &p.body)))
        .add_style(centred("HeaderCell", "Header Cell", &p.symbol))
        .add_style(keep(centred("DocKind", "Document Kind", &p.kind)))
        .add_style(keep(centred("Summary", "Summary", &p.summary)))
        .add_style(keep(centred(
            "AppendixLabel",
            "Appendix Label",
            &p.appendix_label,
        )))
        .add_style(keep(centred(
            "AppendixTitle",
            "Appendix Title",
            &p.appendix_title,
        )))
        .add_style(keep(centred(
            "AppendixCaption",
            "Appendix Caption",
            &p.appendix_caption,
        )))
        .add_style(
            centred("TableText", "Table Text", &p.table).line_spacing(single(CELL_SPACE_BEFORE_PT)),
        )
        .add_style(
            centred(TABLE_HEADER_STYLE, "Table Header", &p.table_header)
                .line_spacing(single(CELL_SPACE_BEFORE_PT)),
        )
        .add_style(keep(
            centred("TableCaption", "Table Caption", &p.caption)
                .line_spacing(single(p.space_before_pt)),
        ))
        .add_style(centred("Chart", "Chart", &p.body))
        .add_style(keep(centred("Signature", "Signature", &p.sign_title)))
        .add_style(styled("Recipient", "Recipient", &p.recipients_item).line_spacing(single(0.0)))
}
