//! What every command that writes documents shares: the profile, the
//! templates and the fonts from the options; loading an input with its
//! diagnostics printed; and writing a document in each format, atomically.

use crate::cli::{FormatArg, OutputArgs};
use crate::input;
use crate::output::write_atomic;
use crate::snippet::{self, Style, say};
use crate::status::Exit;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use vanban_core::{Diagnostics, Lang, Loaded};
use vanban_render::pdf::PdfError;
use vanban_render::{Document, FontSet, Profile, Templates, to_docx, to_pdf};

/// A file a command writes.
enum Format {
    Docx,
    /// With the fonts to embed.
    Pdf(FontSet),
}

impl Format {
    fn extension(&self) -> &'static str {
        match self {
            Self::Docx => "docx",
            Self::Pdf(_) => "pdf",
        }
    }
}

/// The profile, templates and formats the options ask for, the output
/// folder created.
pub struct Setup<'a> {
    /// The format profile.
    pub profile: Profile,
    /// The wording templates.
    pub templates: Templates,
    formats: Vec<Format>,
    args: &'a OutputArgs,
}

impl<'a> Setup<'a> {
    /// Reads what `args` name; a failure is printed and gives exit 2.
    pub fn new(args: &'a OutputArgs, lang: Lang) -> Result<Self, Exit> {
        let fail = |e: String| {
            eprintln!("{e}");
            Exit::Io
        };
        let profile = load_profile(args.profile.as_deref(), lang).map_err(fail)?;
        // The PDF carries its fonts, read only when a PDF is wanted.
        let pdf = || load_fonts(args, &profile, lang).map(Format::Pdf);
        let formats = match args.format {
            FormatArg::Docx => Ok(vec![Format::Docx]),
            FormatArg::Pdf => pdf().map(|p| vec![p]),
            FormatArg::All => pdf().map(|p| vec![Format::Docx, p]),
        }
        .map_err(fail)?;
        let templates = read_overrides(args.templates.as_deref())
            .and_then(|o| Templates::new(&o).map_err(|e| e.to_string()))
            .map_err(fail)?;
        if args.to_stdout() {
            if formats.len() != 1 {
                return Err(fail(
                    say(
                        lang,
                        "-o - ghi văn bản ra stdout: chọn một định dạng (--format docx hoặc --format pdf)",
                        "-o - writes the document to stdout: choose one format (--format docx or --format pdf)",
                    )
                    .to_string(),
                ));
            }
        } else {
            std::fs::create_dir_all(&args.out).map_err(|e| {
                fail(format!(
                    "{} {}: {e}",
                    say(lang, "không tạo được thư mục", "cannot create folder"),
                    args.out.display()
                ))
            })?;
        }
        Ok(Self {
            profile,
            templates,
            formats,
            args,
        })
    }

    /// Writes `doc` as `<stem>.<ext>` in every format asked for, printing
    /// each path written; returns the worst exit status.
    pub fn write(&self, doc: &Document, stem: &str, name: &str, lang: Lang) -> Exit {
        let mut exit = Exit::Ok;
        for format in &self.formats {
            let bytes = match format {
                Format::Docx => to_docx(doc, &self.profile).map_err(|e| (e.to_string(), Exit::Io)),
                // A character the font lacks is a fault of the input.
                Format::Pdf(fonts) => to_pdf(doc, &self.profile, fonts).map_err(|e| {
                    let code = match e {
                        PdfError::Layout(_) => Exit::Invalid,
                        _ => Exit::Io,
                    };
                    (e.to_string(), code)
                }),
            };
            let bytes = match bytes {
                Ok(bytes) => bytes,
                Err((e, code)) => {
                    eprintln!("{name}: {e}");
                    exit = exit.worse(code);
                    continue;
                }
            };
            if self.args.to_stdout() {
                let mut out = std::io::stdout().lock();
                if let Err(e) = out.write_all(&bytes).and_then(|()| out.flush()) {
                    eprintln!("stdout: {e}");
                    exit = Exit::Io;
                }
                continue;
            }
            let target = self.args.out.join(format!("{stem}.{}", format.extension()));
            match write_atomic(&target, &bytes) {
                Ok(()) => println!("{}", target.display()),
                Err(e) => {
                    eprintln!(
                        "{} {}: {e}",
                        say(lang, "không ghi được", "cannot write"),
                        target.display()
                    );
                    exit = Exit::Io;
                }
            }
        }
        exit
    }
}

/// The stem of a path, for output names.
pub fn stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(|| "document".into(), |s| s.to_string_lossy().into_owned())
}

/// Reads and loads one input with `load`, printing its diagnostics
/// (warnings too); `Err` is the exit status when it cannot be used.
pub fn load<T>(
    path: &Path,
    lang: Lang,
    style: Style,
    load: impl FnOnce(&[u8], &str) -> Result<Loaded<T>, Diagnostics>,
) -> Result<T, Exit> {
    let name = input::display_name(path);
    let bytes = input::read(path).map_err(|d| {
        eprint!("{}", snippet::human(&d, None, lang, style));
        Exit::Io
    })?;
    let source = input::snippet_source(&bytes);
    let (value, diags) = match load(&bytes, &name) {
        Ok(loaded) => (Some(loaded.value), loaded.warnings),
        Err(diags) => (None, diags.0),
    };
    for d in &diags {
        eprintln!("{}", snippet::human(d, source.as_deref(), lang, style));
    }
    value.ok_or(Exit::Invalid)
}

/// The PDF's fonts: `--font-dir`, else the profile's `font_dir` (relative
/// to the profile file), else the bundled Liberation Serif.
fn load_fonts(args: &OutputArgs, profile: &Profile, lang: Lang) -> Result<FontSet, String> {
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
