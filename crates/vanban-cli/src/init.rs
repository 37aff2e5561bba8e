//! `vanban init [DIR]`: a ready project — a commented program, a status
//! file for a report on it, the project file, the JSON Schemas the files'
//! first lines point editors to, and a `.gitignore` for the output folder.

use crate::build::PROJECT_FILE;
use crate::emit;
use crate::output::{self, write_atomic};
use crate::snippet::say;
use crate::status::Exit;
use crate::ui::Ui;
use std::path::{Path, PathBuf};
use vanban_core::Lang;

/// The files of a new project, path → text; the schemas are added by [`files`].
const ASSETS: [(&str, &str); 4] = [
    (PROJECT_FILE, include_str!("../assets/init/vanban.yaml")),
    (
        "chuong-trinh.yaml",
        include_str!("../assets/init/chuong-trinh.yaml"),
    ),
    ("bao-cao.yaml", include_str!("../assets/init/bao-cao.yaml")),
    (
        ".gitignore",
        "# Văn bản do vanban build dựng ra\nket-qua/\n",
    ),
];

/// Every file of a new project, in the order written.
fn files() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = ASSETS
        .iter()
        .map(|(p, t)| ((*p).to_string(), (*t).to_string()))
        .collect();
    for (name, text) in crate::schema_cmd::files() {
        out.push((format!("schemas/{name}"), text));
    }
    out
}

/// Writes a new project into `dir` (created if needed). Existing files are
/// never overwritten unless `force`; then nothing is written at all.
pub fn run(dir: &Path, force: bool, ui: Ui) -> Exit {
    let files = files();
    let target = |p: &str| -> PathBuf { dir.join(p) };
    let existing: Vec<PathBuf> = files
        .iter()
        .map(|(p, _)| target(p))
        .filter(|p| p.exists())
        .collect();
    if !existing.is_empty() && !force {
        for p in &existing {
            eprintln!(
                "{}: {}",
                p.display(),
                say(ui.lang, "tệp đã có", "already exists")
            );
        }
        eprintln!(
            "{}",
            say(
                ui.lang,
                "không ghi gì; dùng --force để ghi đè các tệp trên",
                "nothing written; use --force to overwrite the files above"
            )
        );
        return Exit::Io;
    }
    for (path, text) in &files {
        let path = target(path);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| write_atomic(&path, text.as_bytes()));
        if let Err(e) = written {
            eprintln!(
                "{} {}: {e}",
                say(ui.lang, "không ghi được", "cannot write"),
                path.display()
            );
            return Exit::Io;
        }
        if !ui.quiet() && !output::line(&path.display().to_string()) {
            return emit::stdout_failed(ui);
        }
    }
    if !ui.quiet() {
        let build = format!("vanban build {}", dir.display());
        let done = match ui.lang {
            Lang::Vi => format!("Đã tạo dự án. Dựng các văn bản bằng lệnh: {build}"),
            Lang::En => format!("Project created. Build its documents with: {build}"),
        };
        if !output::line(&done) {
            return emit::stdout_failed(ui);
        }
    }
    Exit::Ok
}
