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

impl Face {
    /// Reads a TrueType or OpenType file.
    pub fn parse(bytes: Vec<u8>) -> Result<Face, String> {
        let face = ttf_parser::Face::parse(&bytes, 0).map_err(|e| e.to_string())?;
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
        if flat[usize::from(b'a')].0 == 0 {
            return Err("the font has no Unicode character map for Latin letters".into());
        }
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
