//! Finding the four files of a family in a folder.

use std::fmt;
use std::path::Path;

use super::{Face, FontSet, Style};
use std::sync::Arc;

/// Why a font folder could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FontError {
    /// The folder could not be read.
    Folder {
        /// The folder.
        dir: String,
        /// The system's message.
        reason: String,
    },
    /// No file for a style.
    Missing {
        /// "Bold Italic".
        style: &'static str,
    },
    /// A file is not a usable font.
    Unreadable {
        /// The file.
        file: String,
        /// Why.
        reason: String,
    },
}

impl fmt::Display for FontError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Folder { dir, reason } => {
                write!(f, "không đọc được thư mục phông chữ {dir}: {reason}")
            }
            Self::Missing { style } => write!(
                f,
                "thư mục phông chữ thiếu kiểu {style} (cần times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf hoặc LiberationSerif-*.ttf)"
            ),
            Self::Unreadable { file, reason } => {
                write!(f, "tệp phông chữ {file} không dùng được: {reason}")
            }
        }
    }
}

impl std::error::Error for FontError {}

/// Accepted file names of each style, compared without case.
fn names(style: Style) -> &'static [&'static str] {
    match style {
        Style::Regular => &[
            "times.ttf",
            "times new roman.ttf",
            "timesnewroman.ttf",
            "timesnewromanpsmt.ttf",
            "liberationserif-regular.ttf",
        ],
        Style::Bold => &[
            "timesbd.ttf",
            "times new roman bold.ttf",
            "timesnewroman-bold.ttf",
            "timesnewromanps-boldmt.ttf",
            "liberationserif-bold.ttf",
        ],
        Style::Italic => &[
            "timesi.ttf",
            "times new roman italic.ttf",
            "timesnewroman-italic.ttf",
            "timesnewromanps-italicmt.ttf",
            "liberationserif-italic.ttf",
        ],
        Style::BoldItalic => &[
            "timesbi.ttf",
            "times new roman bold italic.ttf",
            "timesnewroman-bolditalic.ttf",
            "timesnewromanps-bolditalicmt.ttf",
            "liberationserif-bolditalic.ttf",
        ],
    }
}

pub(super) fn load_dir(dir: &Path) -> Result<FontSet, FontError> {
    let shown = dir.display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|e| FontError::Folder {
        dir: shown.clone(),
        reason: e.to_string(),
    })?;
    let mut files: Vec<(String, std::path::PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|e| (e.file_name().to_string_lossy().to_lowercase(), e.path()))
        .collect();
    files.sort();
    let read = |style: Style| -> Result<Arc<Face>, FontError> {
        let wanted = names(style);
        let path = wanted
            .iter()
            .find_map(|w| files.iter().find(|(n, _)| n == w).map(|(_, p)| p))
            .ok_or(FontError::Missing {
                style: style.name(),
            })?;
        let unreadable = |reason: String| FontError::Unreadable {
            file: path.display().to_string(),
            reason,
        };
        let bytes = std::fs::read(path).map_err(|e| unreadable(e.to_string()))?;
        Face::parse(bytes).map(Arc::new).map_err(unreadable)
    };
    Ok(FontSet {
        faces: [
            read(Style::Regular)?,
            read(Style::Bold)?,
            read(Style::Italic)?,
            read(Style::BoldItalic)?,
        ],
        bundled: false,
    })
}
