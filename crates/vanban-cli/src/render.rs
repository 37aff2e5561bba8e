//! `vanban render FILE… [--format docx|pdf|all] [-o DIR] [--font-dir DIR]`:
//! load, check, build the IR, write each format atomically.

use crate::cli::{FormatArg, RenderArgs};
use crate::input;
use crate::output::write_atomic;
use crate::snippet::{self, Style, say};
use crate::status::Exit;
use std::collections::BTreeMap;
use std::path::Path;
use vanban_core::{Lang, Program};
use vanban_render::pdf::PdfError;
use vanban_render::{FontSet, Profile, Templates, program_document, to_docx, to_pdf};

/// A file `render` writes.
enum Output {
    Docx,
    /// With the fonts to embed.
    Pdf(FontSet),
}

impl Output {
    fn extension(&self) -> &'static str {
        match self {
            Self::Docx => "docx",
            Self::Pdf(_) => "pdf",
        }
    }
}

/// Runs the render; returns the exit status.
pub fn run(args: &RenderArgs, lang: Lang, style: Style) -> Exit {
    let profile = match load_profile(args.profile.as_deref(), lang) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return Exit::Io;
        }
    };
    // The PDF carries its fonts, read only when a PDF is wanted.
    let pdf = || load_fonts(args, &profile, lang).map(Output::Pdf);
    let formats = match args.format {
        FormatArg::Docx => Ok(vec![Output::Docx]),
        FormatArg::Pdf => pdf().map(|p| vec![p]),
        FormatArg::All => pdf().map(|p| vec![Output::Docx, p]),
    };
    let formats = match formats {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            return Exit::Io;
        }
    };
    let templates = match read_overrides(args.templates.as_deref())
        .and_then(|o| Templates::new(&o).map_err(|e| e.to_string()))
    {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return Exit::Io;
        }
    };
    if let Err(e) = std::fs::create_dir_all(&args.out) {
        eprintln!(
            "{} {}: {e}",
            say(lang, "không tạo được thư mục", "cannot create folder"),
            args.out.display()
        );
        return Exit::Io;
    }
    let mut exit = Exit::Ok;
    for path in &args.files {
        let name = input::display_name(path);
        let bytes = match input::read(path) {
            Ok(b) => b,
            Err(d) => {
                eprint!("{}", snippet::human(&d, None, lang, style));
                exit = Exit::Io;
                continue;
            }
        };
        let source = input::snippet_source(&bytes);
        let (program, diags) = match Program::from_yaml_bytes(&bytes, &name) {
            Ok(loaded) => (Some(loaded.value), loaded.warnings),
            Err(diags) => (None, diags.0),
        };
        for d in &diags {
            eprintln!("{}", snippet::human(d, source.as_deref(), lang, style));
        }
        let Some(program) = program else {
            if exit == Exit::Ok {
                exit = Exit::Invalid;
            }
            continue;
        };
        let stem = path
            .file_stem()
            .map_or_else(|| "document".into(), |s| s.to_string_lossy().into_owned());
        let doc = match program_document(&program, &profile, &templates) {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("{name}: {e}");
                exit = Exit::Io;
                continue;
            }
        };
        for format in &formats {
            let bytes = match format {
                Output::Docx => to_docx(&doc, &profile).map_err(|e| (e.to_string(), Exit::Io)),
                // A character the font lacks is a fault of the input.
                Output::Pdf(fonts) => to_pdf(&doc, &profile, fonts).map_err(|e| {
                    let code = match e {
                        PdfError::Layout(_) => Exit::Invalid,
                        _ => Exit::Io,
                    };
                    (e.to_string(), code)
                }),
            };
            let target = args.out.join(format!("{stem}.{}", format.extension()));
            match bytes {
                Ok(bytes) => match write_atomic(&target, &bytes) {
                    Ok(()) => println!("{}", target.display()),
                    Err(e) => {
                        eprintln!(
                            "{} {}: {e}",
                            say(lang, "không ghi được", "cannot write"),
                            target.display()
                        );
                        exit = Exit::Io;
                    }
                },
                Err((e, code)) => {
                    eprintln!("{name}: {e}");
                    if exit != Exit::Io {
                        exit = code;
                    }
                }
            }
        }
    }
    exit
}

/// The PDF's fonts: `--font-dir`, else the profile's `font_dir` (relative
/// to the profile file), else the bundled Liberation Serif.
fn load_fonts(args: &RenderArgs, profile: &Profile, lang: Lang) -> Result<FontSet, String> {
    let dir = match (&args.font_dir, &profile.font_dir) {
        (Some(dir), _) => dir.clone(),
        (None, Some(dir)) => {
            let base = args
                .profile
                .as_deref()
                .and_then(Path::parent)
                .unwrap_or(Path::new("."));
            base.join(dir)
        }
        (None, None) => return Ok(FontSet::builtin().clone()),
    };
    FontSet::from_dir(&dir).map_err(|e| match lang {
        Lang::Vi => e.to_string(),
        Lang::En => format!("font folder {}: {e:?}", dir.display()),
    })
}

fn load_profile(path: Option<&Path>, lang: Lang) -> Result<Profile, String> {
    let base = Profile::party_hd36();
    let Some(path) = path else { return Ok(base) };
    let text = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "{} {}: {e}",
            say(lang, "không đọc được hồ sơ thể thức", "cannot read profile"),
            path.display()
        )
    })?;
    Profile::load(&text, &base).map_err(|e| format!("{}: {e}", path.display()))
}

/// Reads the `*.hbs` files of an override folder: name → text.
fn read_overrides(dir: Option<&Path>) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    let Some(dir) = dir else { return Ok(out) };
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "hbs")
            && let Some(stem) = path.file_stem()
        {
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            out.insert(stem.to_string_lossy().into_owned(), text);
        }
    }
    Ok(out)
}
