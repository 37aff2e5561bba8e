//! The fonts of the PDF backend and the metrics both backends measure with.
//!
//! vanban carries Liberation Serif 2.1.5 (metric-compatible with Times New
//! Roman; SIL OFL 1.1, see `fonts/OFL.txt`) compiled in, so a fresh machine
//! needs nothing. [`FontSet::from_dir`] reads other files instead, such as
//! Microsoft's Times New Roman. A face answers two questions: which glyph a
//! character is, and how wide it is; text is never shaped or kerned, because
//! a word processor does not kern Times New Roman unless asked to.

mod face;
mod files;

use std::path::Path;
use std::sync::{Arc, OnceLock};

pub use face::{Face, FaceProblem, required};
pub use files::FontError;

/// The four faces of one family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Style {
    /// Upright, regular weight.
    Regular,
    /// Bold.
    Bold,
    /// Italic.
    Italic,
    /// Bold italic.
    BoldItalic,
}

impl Style {
    /// The face for a weight and a slant.
    pub fn of(bold: bool, italic: bool) -> Self {
        match (bold, italic) {
            (false, false) => Self::Regular,
            (true, false) => Self::Bold,
            (false, true) => Self::Italic,
            (true, true) => Self::BoldItalic,
        }
    }

    /// All four, in a fixed order.
    pub const ALL: [Style; 4] = [
        Style::Regular,
        Style::Bold,
        Style::Italic,
        Style::BoldItalic,
    ];

    /// Position in [`Style::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The style's name in English ("Bold Italic").
    pub fn name(self) -> &'static str {
        match self {
            Self::Regular => "Regular",
            Self::Bold => "Bold",
            Self::Italic => "Italic",
            Self::BoldItalic => "Bold Italic",
        }
    }
}

const BUILTIN: [&[u8]; 4] = [
    include_bytes!("../../fonts/LiberationSerif-Regular.ttf"),
    include_bytes!("../../fonts/LiberationSerif-Bold.ttf"),
    include_bytes!("../../fonts/LiberationSerif-Italic.ttf"),
    include_bytes!("../../fonts/LiberationSerif-BoldItalic.ttf"),
];

/// A family of four faces. Cheap to clone (the faces are shared).
#[derive(Debug, Clone)]
pub struct FontSet {
    faces: [Arc<Face>; 4],
    /// The compiled-in Liberation Serif (whose metrics are Times New Roman's).
    bundled: bool,
}

impl FontSet {
    /// Liberation Serif 2.1.5, compiled in. Parsed once per process.
    pub fn builtin() -> &'static FontSet {
        static SET: OnceLock<FontSet> = OnceLock::new();
        SET.get_or_init(|| {
            let faces = BUILTIN.map(|bytes| match Face::parse(bytes.to_vec()) {
                Ok(face) => Arc::new(face),
                // The bundled files are checked by a unit test; this cannot happen.
                Err(e) => unreachable!("bundled font: {e:?}"),
            });
            FontSet {
                faces,
                bundled: true,
            }
        })
    }

    /// A family from the bytes of its four files (regular, bold, italic,
    /// bold italic).
    pub fn from_bytes(files: [Vec<u8>; 4]) -> Result<FontSet, FontError> {
        let [r, b, i, bi] = files;
        let face = |bytes, style: Style| {
            Face::parse(bytes).map(Arc::new).map_err(|p| {
                let file = format!("({})", style.name());
                vanban_core::Diagnostic::error(&file, None, p.message(file.clone()))
            })
        };
        Ok(FontSet {
            faces: [
                face(r, Style::Regular)?,
                face(b, Style::Bold)?,
                face(i, Style::Italic)?,
                face(bi, Style::BoldItalic)?,
            ],
            bundled: false,
        })
    }

    /// The family in `dir`: Times New Roman under its usual file names
    /// (`times.ttf`, `timesbd.ttf`, `timesi.ttf`, `timesbi.ttf`, or
    /// `Times New Roman Bold.ttf` and the like) or Liberation Serif.
    pub fn from_dir(dir: &Path) -> Result<FontSet, FontError> {
        files::load_dir(dir)
    }

    /// Whether this is the compiled-in Liberation Serif, which stands in
    /// for the profile's font (Times New Roman has the same metrics).
    pub fn is_bundled(&self) -> bool {
        self.bundled
    }

    /// The family name of the regular face ("Times New Roman").
    pub fn family(&self) -> &str {
        self.face(Style::Regular).family()
    }

    /// The characters of a YAML source that a face of the family lacks,
    /// each once, where it first occurs outside comments: line, column
    /// (from 1, in characters), the character and the first face without it.
    /// A check before rendering, so that the file and place can be named
    /// (escapes in double-quoted strings are caught when rendering).
    pub fn missing_in_yaml(&self, source: &str) -> Vec<(u32, u32, char, &str)> {
        let mut out: Vec<(u32, u32, char, &str)> = Vec::new();
        for (l, line) in source.lines().enumerate() {
            let (mut single, mut double, mut prev) = (false, false, ' ');
            for (c_i, c) in line.chars().enumerate() {
                match c {
                    '\'' if !double => single = !single,
                    '"' if !single && prev != '\\' => double = !double,
                    '#' if !single && !double && prev.is_whitespace() => break,
                    _ => {}
                }
                prev = c;
                if c.is_whitespace() || c.is_control() || out.iter().any(|m| m.2 == c) {
                    continue;
                }
                if let Some(face) = self.faces.iter().find(|f| f.glyph(c).is_none()) {
                    out.push((l as u32 + 1, c_i as u32 + 1, c, face.postscript_name()));
                }
            }
        }
        out
    }

    /// The face of a style.
    pub fn face(&self, style: Style) -> &Face {
        &self.faces[style.index()]
    }

    /// The face of a weight and slant.
    pub fn of(&self, bold: bool, italic: bool) -> &Face {
        self.face(Style::of(bold, italic))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_faces_cover_vietnamese() {
        let set = FontSet::builtin();
        for style in Style::ALL {
            let face = set.face(style);
            for c in required() {
                assert!(face.advance(c).is_some(), "{} lacks {c}", style.name());
            }
            assert_eq!(face.missing("Việt Nam – “đúng”"), None);
            assert_eq!(face.missing("x\u{4E2D}y"), Some('\u{4E2D}'));
        }
    }

    #[test]
    fn a_half_copied_or_foreign_font_is_refused() {
        let whole = BUILTIN[0];
        let half = whole[..whole.len() / 2].to_vec();
        assert!(Face::parse(whole.to_vec()).is_ok());
        let problem = Face::parse(half).unwrap_err();
        assert!(
            matches!(
                problem,
                FaceProblem::EmptyOutlines(_) | FaceProblem::NotParsed
            ),
            "{problem:?}"
        );
        assert_eq!(
            Face::parse(b"SECRET=1\n".to_vec()).unwrap_err(),
            FaceProblem::NotParsed
        );
    }

    #[test]
    fn characters_the_font_lacks_are_found_in_a_yaml_source() {
        let set = FontSet::builtin();
        let yaml = "a: Việt Nam\n# 日 in a comment\nb: \"x 日 日 中\" # 中 again\n";
        let found: Vec<(u32, u32, char)> = set
            .missing_in_yaml(yaml)
            .into_iter()
            .map(|(l, c, ch, _)| (l, c, ch))
            .collect();
        assert_eq!(found, vec![(3, 7, '日'), (3, 11, '中')]);
    }

    #[test]
    fn widths_are_those_of_times_new_roman() {
        let set = FontSet::builtin();
        let regular = set.face(Style::Regular);
        // 14 pt: "ĐẢNG " is 4 × 1479 + 512 units of 2048.
        assert!((regular.width("ĐẢNG ", 14.0) - 43.941_406).abs() < 1e-3);
        assert!((regular.line_height(14.0) - 16.098_633).abs() < 1e-3);
        assert_eq!(regular.postscript_name(), "LiberationSerif");
        assert_eq!(
            set.face(Style::BoldItalic).postscript_name(),
            "LiberationSerif-BoldItalic"
        );
    }
}
