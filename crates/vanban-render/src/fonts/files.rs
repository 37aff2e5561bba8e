//! Finding the four files of a family in a folder.

use std::path::Path;

use super::{Face, FontSet, Style};
use std::sync::Arc;
use vanban_core::read::{InputKind, display_name, read};
use vanban_core::{Diagnostic, Message};

/// Why a font folder or file could not be used: a diagnostic from the
/// catalogue naming the folder or the file.
pub type FontError = Diagnostic;

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
    let shown = display_name(dir);
    let entries = std::fs::read_dir(dir).map_err(|e| {
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => vanban_core::messages::IoReason::NotFound,
            std::io::ErrorKind::PermissionDenied => {
                vanban_core::messages::IoReason::PermissionDenied
            }
            _ => vanban_core::messages::IoReason::Other,
        };
        Diagnostic::error(
            &shown,
            None,
            Message::FontFolder {
                dir: shown.clone(),
                reason,
            },
        )
    })?;
    let mut files: Vec<(String, std::path::PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|e| (e.file_name().to_string_lossy().to_lowercase(), e.path()))
        .collect();
    files.sort();
    let read_face = |style: Style| -> Result<Arc<Face>, FontError> {
        let wanted = names(style);
        let path = wanted
            .iter()
            .find_map(|w| files.iter().find(|(n, _)| n == w).map(|(_, p)| p))
            .ok_or_else(|| {
                Diagnostic::error(
                    &shown,
                    None,
                    Message::FontMissingStyle {
                        style: style.name(),
                    },
                )
            })?;
        let bytes = read(path, InputKind::Font)?;
        let name = display_name(path);
        Face::parse(bytes)
            .map(Arc::new)
            .map_err(|p| Diagnostic::error(&name, None, p.message(name.clone())))
    };
    Ok(FontSet {
        faces: [
            read_face(Style::Regular)?,
            read_face(Style::Bold)?,
            read_face(Style::Italic)?,
            read_face(Style::BoldItalic)?,
        ],
        bundled: false,
    })
}
