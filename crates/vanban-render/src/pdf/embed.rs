//! The faces a document shows, as subset CID fonts: which glyphs each face
//! needs, their new numbers in the subset (the codes the content streams
//! show), and the font objects: Type 0 font, CID font with its widths,
//! descriptor, the subset file (subsetter) and a ToUnicode map, so that the
//! text stays extractable and searchable.

use std::collections::{BTreeMap, BTreeSet};

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Chunk, Filter, Finish, Name, Rect, Ref, Str};
use subsetter::GlyphRemapper;

use super::PdfError;
use super::write::{Deflater, Refs, fnv};
use crate::fonts::{Face, FontSet, Style};
use crate::layout::Pages;

/// One face as the file embeds it.
pub(super) struct Embedded<'f> {
    /// Which face.
    pub style: Style,
    /// Six capitals: the resource name and the subset tag.
    pub tag: String,
    face: &'f Face,
    /// The characters shown, in code point order.
    chars: BTreeSet<char>,
    /// The old ids of the glyphs kept, in their new order from 1.
    olds: Vec<u16>,
    /// New glyph id by old glyph id (0: not in the subset).
    new_gid: Vec<u16>,
}

impl Embedded<'_> {
    /// The code a character is shown with: its glyph's id in the subset,
    /// big-endian (Identity-H).
    pub fn code(&self, c: char) -> [u8; 2] {
        let old = self.face.glyph(c).unwrap_or(0);
        let new = self.new_gid.get(usize::from(old)).copied().unwrap_or(0);
        new.to_be_bytes()
    }
}

/// Six capitals from a hash: the font's resource name and subset tag.
fn tag(mut h: u64) -> String {
    (0..6)
        .map(|_| {
            let c = char::from(b'A' + (h % 26) as u8);
            h /= 26;
            c
        })
        .collect()
}

/// The characters each face shows.
fn used(pages: &Pages) -> BTreeMap<Style, BTreeSet<char>> {
    let mut used: BTreeMap<Style, BTreeSet<char>> = BTreeMap::new();
    // Latin and Vietnamese characters are looked up in a flat table first:
    // most spans repeat the same few dozen.
    let mut seen = vec![[false; 4]; 0x2100];
    for page in &pages.pages {
        for s in &page.spans {
            let set = used.entry(s.style).or_default();
            let k = s.style.index();
            for c in s.text.chars() {
                match seen.get_mut(c as usize) {
                    Some(flags) if flags[k] => {}
                    Some(flags) => {
                        flags[k] = true;
                        set.insert(c);
                    }
                    None => {
                        set.insert(c);
                    }
                }
            }
        }
    }
    used
}

/// Every face the pages use, named after the characters it shows, its
/// glyphs numbered in the order of their old ids (the same characters give
/// the same subset).
pub(super) fn faces<'f>(pages: &Pages, fonts: &'f FontSet) -> Vec<Embedded<'f>> {
    let mut taken = BTreeSet::new();
    used(pages)
        .into_iter()
        .map(|(style, chars)| {
            let text: String = style.name().chars().chain(chars.iter().copied()).collect();
            let mut seed = 0;
            let mut name = tag(fnv(seed, text.as_bytes()));
            while !taken.insert(name.clone()) {
                seed += 1;
                name = tag(fnv(seed, text.as_bytes()));
            }
            let face = fonts.face(style);
            let olds: Vec<u16> = chars
                .iter()
                .filter_map(|&c| face.glyph(c))
                .filter(|&g| g != 0)
                .collect::<BTreeSet<u16>>()
                .into_iter()
                .collect();
            let top = olds.last().copied().map_or(0, usize::from);
            let mut new_gid = vec![0u16; top + 1];
            // .notdef keeps 0; the others are numbered from 1 in order.
            for (n, g) in (1u16..).zip(&olds) {
                new_gid[usize::from(*g)] = n;
            }
            Embedded {
                style,
                tag: name,
                face,
                chars,
                olds,
                new_gid,
            }
        })
        .collect()
}

/// Writes the objects of one face; returns the Type 0 font's reference.
pub(super) fn write(
    e: &Embedded<'_>,
    refs: &mut Refs,
    z: &mut Deflater,
    out: &mut Chunk,
) -> Result<Ref, PdfError> {
    let failed = || PdfError::Font(e.face.postscript_name().to_owned());
    let parsed = ttf_parser::Face::parse(e.face.bytes(), 0).map_err(|_| failed())?;
    let cff = parsed.tables().cff.is_some();

    // The glyphs in their new order, and one character for each.
    let mut by_new: BTreeMap<u16, char> = BTreeMap::new();
    for &c in &e.chars {
        let code = u16::from_be_bytes(e.code(c));
        if code != 0 {
            by_new.entry(code).or_insert(c);
        }
    }
    // Numbers 0 (.notdef), then the glyphs kept in order, as `new_gid`.
    let remapper = GlyphRemapper::new_from_glyphs(&e.olds);
    let subset = subsetter::subset(e.face.bytes(), 0, &remapper).map_err(|_| failed())?;

    let base = format!("{}+{}", e.tag, e.face.postscript_name());
    let base = Name(base.as_bytes());
    let [type0, cid, descriptor, file, cmap] = refs.take();

    out.type0_font(type0)
        .base_font(base)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(cmap);

    let mut font = out.cid_font(cid);
    font.subtype(if cff {
        CidFontType::Type0
    } else {
        CidFontType::Type2
    })
    .base_font(base)
    .system_info(SYSTEM)
    .font_descriptor(descriptor)
    .default_width(0.0);
    if !cff {
        font.cid_to_gid_map_predefined(Name(b"Identity"));
    }
    // Whole thousandths, rounded down, as printpdf wrote them: the pages
    // stay pixel-identical to its rendering and pdftotext groups table
    // cells as before. (Exact widths would set each glyph up to 1/1000 em
    // further right, where the layout measured it.)
    let widths = by_new.values().map(|&c| e.face.width_of(c, 1000.0).floor());
    font.widths().consecutive(1, widths);
    font.finish();

    // The descriptor's metrics, in thousandths of the em.
    let em = f32::from(parsed.units_per_em());
    let scale = |v: f32| round(v * 1000.0 / em);
    let b = parsed.global_bounding_box();
    let italic = parsed.italic_angle();
    let mut flags = FontFlags::NON_SYMBOLIC;
    if italic != 0.0 {
        flags |= FontFlags::ITALIC;
    }
    let ascent = scale(f32::from(parsed.ascender()));
    let weight = f32::from(parsed.weight().to_number());
    let mut d = out.font_descriptor(descriptor);
    d.name(base)
        .flags(flags)
        .bbox(Rect::new(
            scale(f32::from(b.x_min)),
            scale(f32::from(b.y_min)),
            scale(f32::from(b.x_max)),
            scale(f32::from(b.y_max)),
        ))
        .italic_angle(italic)
        .ascent(ascent)
        .descent(scale(f32::from(parsed.descender())))
        .cap_height(
            parsed
                .capital_height()
                .map_or(ascent, |h| scale(f32::from(h))),
        )
        .stem_v(round(10.0 + 0.244 * (weight - 50.0)));
    if cff {
        d.font_file3(file);
    } else {
        d.font_file2(file);
    }
    d.finish();

    let packed = z.pack(&subset);
    let mut s = out.stream(file, &packed);
    s.filter(Filter::FlateDecode);
    if cff {
        s.pair(Name(b"Subtype"), Name(b"OpenType"));
    } else {
        s.pair(Name(b"Length1"), subset.len() as i32);
    }
    s.finish();

    let mut map = UnicodeCmap::new(Name(b"Custom"), SYSTEM);
    for (&code, &c) in &by_new {
        map.pair(code, c);
    }
    let packed = z.pack(&map.finish());
    out.cmap(cmap, &packed).filter(Filter::FlateDecode);
    Ok(type0)
}

const SYSTEM: SystemInfo<'static> = SystemInfo {
    registry: Str(b"Adobe"),
    ordering: Str(b"Identity"),
    supplement: 0,
};

/// A value rounded to 1/100: "92.4", not "92.39999".
pub(super) fn round(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}
