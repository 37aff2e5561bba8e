//! One face: its bytes, its vertical metrics and a character table
//! (glyph id and advance width) built once when the face is read.

use std::collections::BTreeMap;
use std::fmt;

/// Characters below this are looked up in a flat table (Latin, Vietnamese,
/// general punctuation); the rest in a map.
const FLAT: usize = 0x2100;

/// A parsed TrueType face.
pub struct Face {
    bytes: Vec<u8>,
    postscript_name: String,
    family: String,
    units_per_em: f32,
    ascender: f32,
    descender: f32,
    line_gap: f32,
    /// Underline position and thickness, font units.
    underline: (f32, f32),
    /// (glyph id, advance) by code point; glyph 0 means "not in the font".
    flat: Vec<(u16, u16)>,
    other: BTreeMap<char, (u16, u16)>,
}

impl fmt::Debug for Face {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Face")
            .field("postscript_name", &self.postscript_name)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

/// Why a font file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FaceProblem {
    /// It does not parse as TrueType or OpenType.
    NotParsed,
    /// Letters it has no glyph for (the first few).
    Lacks(String),
    /// Letters whose glyph has no outline (the first few).
    EmptyOutlines(String),
}

/// The letters a face must draw: a–z, A–Z and every Vietnamese letter with
/// its tones (đ, Đ, ă, â, ê, ô, ơ, ư and their capitals, each of the vowels
/// with each of the five tone marks).
pub fn required() -> impl Iterator<Item = char> {
    use vanban_core::text::{VI_LOWER, VI_UPPER};
    ('a'..='z')
        .chain('A'..='Z')
        .chain(VI_LOWER.chars())
        .chain(VI_UPPER.chars())
        .filter(|c| !c.is_ascii() || c.is_ascii_alphabetic())
}

/// The most letters a problem lists.
const LISTED: usize = 12;

/// Checks every [`required`] letter is mapped (in `flat`) and drawn.
fn check_letters(face: &ttf_parser::Face<'_>, flat: &[(u16, u16)]) -> Result<(), FaceProblem> {
    struct Nothing;
    impl ttf_parser::OutlineBuilder for Nothing {
        fn move_to(&mut self, _: f32, _: f32) {}
        fn line_to(&mut self, _: f32, _: f32) {}
        fn quad_to(&mut self, _: f32, _: f32, _: f32, _: f32) {}
        fn curve_to(&mut self, _: f32, _: f32, _: f32, _: f32, _: f32, _: f32) {}
        fn close(&mut self) {}
    }
    let list = |chars: Vec<char>| -> String {
        let mut shown: Vec<String> = chars.iter().take(LISTED).map(char::to_string).collect();
        if chars.len() > LISTED {
            shown.push(format!("… (+{})", chars.len() - LISTED));
        }
        shown.join(" ")
    };
    let mut lacks = Vec::new();
    let mut empty = Vec::new();
    for c in required() {
        let gid = flat.get(c as usize).map_or(0, |e| e.0);
        if gid == 0 {
            lacks.push(c);
        } else if face
            .outline_glyph(ttf_parser::GlyphId(gid), &mut Nothing)
            .is_none()
        {
            empty.push(c);
        }
    }
    if !lacks.is_empty() {
        return Err(FaceProblem::Lacks(list(lacks)));
    }
    if !empty.is_empty() {
        return Err(FaceProblem::EmptyOutlines(list(empty)));
    }
    Ok(())
}

impl FaceProblem {
    /// The catalogue message about `file`.
    pub fn message(self, file: String) -> vanban_core::Message {
        use vanban_core::Message;
        match self {
            FaceProblem::NotParsed => Message::FontNotParsed { file },
            FaceProblem::Lacks(chars) => Message::FontLacksVietnamese { file, chars },
            FaceProblem::EmptyOutlines(chars) => Message::FontEmptyOutlines { file, chars },
        }
    }
}

impl Face {
    /// Reads a TrueType or OpenType file and checks it covers Vietnamese:
    /// every letter of [`required`] in its character map, each with a
    /// non-empty outline (a half-copied file parses, but its glyphs are
    /// gone).
    pub fn parse(bytes: Vec<u8>) -> Result<Face, FaceProblem> {
        let face = ttf_parser::Face::parse(&bytes, 0).map_err(|_| FaceProblem::NotParsed)?;
        let units_per_em = f32::from(face.units_per_em());
        let mut flat = vec![(0u16, 0u16); FLAT];
        let mut other = BTreeMap::new();
        if let Some(cmap) = face.tables().cmap {
            for sub in cmap.subtables {
                if !sub.is_unicode() {
                    continue;
                }
                sub.codepoints(|cp| {
                    let Some(c) = char::from_u32(cp) else { return };
                    let Some(gid) = sub.glyph_index(cp) else {
                        return;
                    };
                    let advance = face.glyph_hor_advance(gid).unwrap_or(0);
                    let entry = (gid.0, advance);
                    if (cp as usize) < FLAT {
                        if flat[cp as usize].0 == 0 {
                            flat[cp as usize] = entry;
                        }
                    } else {
                        other.entry(c).or_insert(entry);
                    }
                });
            }
        }
        let family = [
            ttf_parser::name_id::TYPOGRAPHIC_FAMILY,
            ttf_parser::name_id::FAMILY,
        ]
        .iter()
        .find_map(|&id| {
            face.names()
                .into_iter()
                .filter(|n| n.name_id == id && n.is_unicode())
                .find_map(|n| n.to_string())
        })
        .unwrap_or_else(|| "Times New Roman".to_owned());
        let postscript_name = face
            .names()
            .into_iter()
            .filter(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
            .find_map(|n| n.to_string())
            .unwrap_or_else(|| "Font".to_owned());
        check_letters(&face, &flat)?;
        let underline = face
            .underline_metrics()
            .map(|m| (f32::from(m.position), f32::from(m.thickness)))
            .unwrap_or((-0.1 * units_per_em, 0.05 * units_per_em));
        Ok(Face {
            underline,
            postscript_name,
            family,
            units_per_em,
            ascender: f32::from(face.ascender()),
            descender: f32::from(face.descender()),
            line_gap: f32::from(face.line_gap()),
            flat,
            other,
            bytes,
        })
    }

    /// The file's bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The family name ("Times New Roman", "Liberation Serif").
    pub fn family(&self) -> &str {
        &self.family
    }

    /// The PostScript name ("LiberationSerif-Bold").
    pub fn postscript_name(&self) -> &str {
        &self.postscript_name
    }

    fn entry(&self, c: char) -> Option<(u16, u16)> {
        let e = match self.flat.get(c as usize) {
            Some(e) => *e,
            None => *self.other.get(&c)?,
        };
        (e.0 != 0).then_some(e)
    }

    /// The glyph id of a character, if the face has one.
    pub fn glyph(&self, c: char) -> Option<u16> {
        self.entry(c).map(|e| e.0)
    }

    /// Advance width of a character in font units, if the face has it.
    pub fn advance(&self, c: char) -> Option<u16> {
        self.entry(c).map(|e| e.1)
    }

    /// The first character of `text` the face lacks.
    pub fn missing(&self, text: &str) -> Option<char> {
        text.chars().find(|&c| self.entry(c).is_none())
    }

    /// Width of `text` at `size` points (missing characters count as zero).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| u32::from(self.advance(c).unwrap_or(0)))
            .sum();
        units as f32 * size / self.units_per_em
    }

    /// Width of one character at `size` points (zero if missing).
    pub fn width_of(&self, c: char, size: f32) -> f32 {
        f32::from(self.advance(c).unwrap_or(0)) * size / self.units_per_em
    }

    /// Underline position (below the baseline, positive) and thickness at `size`.
    pub fn underline(&self, size: f32) -> (f32, f32) {
        let (pos, thick) = self.underline;
        (
            -pos * size / self.units_per_em,
            thick * size / self.units_per_em,
        )
    }

    /// Height of a single-spaced line at `size`: ascender, descender and line gap.
    pub fn line_height(&self, size: f32) -> f32 {
        (self.ascender - self.descender + self.line_gap) * size / self.units_per_em
    }

    /// Ascender at `size` (distance from the top of the glyph box to the baseline).
    pub fn ascent(&self, size: f32) -> f32 {
        self.ascender * size / self.units_per_em
    }

    /// Descender at `size`, as a positive distance below the baseline.
    pub fn descent(&self, size: f32) -> f32 {
        -self.descender * size / self.units_per_em
    }

    /// The line gap at `size`.
    pub fn gap(&self, size: f32) -> f32 {
        self.line_gap * size / self.units_per_em
    }
}
