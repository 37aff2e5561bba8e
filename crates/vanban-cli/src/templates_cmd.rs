//! `vanban templates export DIR`: the default templates, written out for editing.

use crate::output::write_atomic;
use crate::snippet::say;
use crate::status::Exit;
use std::path::Path;
use vanban_core::Lang;
use vanban_render::templates::DEFAULTS;

/// Writes every default template into `dir` (created if needed). Existing
/// files are kept unless `force`.
pub fn export(dir: &Path, force: bool, lang: Lang) -> Exit {
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!(
            "{}: {e}",
            say(lang, "không tạo được thư mục", "cannot create the folder")
        );
        return Exit::Io;
    }
    let mut kept = 0;
    for (name, text) in DEFAULTS {
        let path = dir.join(format!("{name}.hbs"));
        if path.exists() && !force {
            kept += 1;
            continue;
        }
        if let Err(e) = write_atomic(&path, text.as_bytes()) {
            eprintln!(
                "{} {}: {e}",
                say(lang, "không ghi được", "cannot write"),
                path.display()
            );
            return Exit::Io;
        }
    }
    let written = DEFAULTS.len() - kept;
    let done = match lang {
        Lang::Vi => format!(
            "đã ghi {written} mẫu vào {} (giữ nguyên {kept} tệp đã có)",
            dir.display()
        ),
        Lang::En => format!(
            "wrote {written} templates to {} ({kept} existing files kept)",
            dir.display()
        ),
    };
    if !crate::output::line(&done) {
        return crate::output::broken_pipe(lang);
    }
    Exit::Ok
}
