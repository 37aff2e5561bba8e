//! Named paragraph styles, one per role, each carrying the properties of
//! the first paragraph of its role: Word's style pane and navigation pane
//! (outline levels) work on the generated document. Every paragraph also
//! says its own properties, so a style is never the only holder of a value.

use super::build::{half, properties};
use crate::resolve::{Flow, Para, Resolved, Role};
use docx_rs::{Docx, Paragraph, RunFonts, Style, StyleType};
use std::collections::BTreeMap;

/// The first paragraph of each role, the page number's included.
fn first_of_roles(r: &Resolved) -> BTreeMap<Role, &Para> {
    let mut firsts: BTreeMap<Role, &Para> = BTreeMap::new();
    for s in &r.sections {
        firsts.entry(s.page_number.role).or_insert(&s.page_number);
        for f in &s.flows {
            match f {
                Flow::Para(p) => {
                    firsts.entry(p.role).or_insert(p);
                }
                Flow::Table(t) => {
                    for p in t.rows.iter().flat_map(|r| &r.cells).flat_map(|c| &c.paras) {
                        firsts.entry(p.role).or_insert(p);
                    }
                }
                Flow::Image(img) => {
                    firsts.entry(img.para.role).or_insert(&img.para);
                }
            }
        }
    }
    firsts
}

/// Adds the document defaults and one style per role used.
pub(super) fn add(docx: Docx, r: &Resolved) -> Docx {
    let f = &r.font_family;
    let fonts = RunFonts::new().ascii(f).hi_ansi(f).cs(f).east_asia(f);
    let mut docx = docx.default_fonts(fonts).default_size(half(r.base_size));
    for (role, p) in first_of_roles(r) {
        let (id, name) = role.style();
        let para = properties(Paragraph::new(), p);
        let mut s = Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .q_format(true);
        s.run_property = para.property.run_property.clone();
        s.paragraph_property = para.property;
        s.paragraph_property.run_property = Default::default();
        if role.outline_level().is_some() {
            s = s.next("Body");
        }
        docx = docx.add_style(s);
    }
    docx
}
