//! What every command that writes documents shares: the profile file's
//! adjustment, the templates and the fonts from the options; loading an
//! input with its diagnostics printed; and writing a document in each
//! format, atomically. A document's profile is made per document, from the
//! base of its format and the adjustment ([`Kit::profile`]).

use crate::cli::{FormatArg, OutputArgs};
use crate::input::{self, InputKind};
use crate::output::{self, write_atomic};
use crate::snippet::{self, say};
use crate::status::Exit;
use crate::ui::Ui;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use vanban_core::kinds::FormatKind;
use vanban_core::messages::IoReason;
use vanban_core::project::OutputFormat;
use vanban_core::{
    Diagnostic, Diagnostics, Lang, Loaded, Message, Pos, Program, Severity, StatusFile,
};
use vanban_render::layout::LayoutError;
use vanban_render::pdf::PdfError;
use vanban_render::profile::Adjustment;
use vanban_render::templates::TemplateError;
use vanban_render::{Document, FontSet, Profile, Templates, World};

/// What a document is written with: the profile file's adjustment (kept as
/// such: each document's profile is made over its own base), the wording
/// templates, and the fonts both formats are measured with (the .docx names
/// their family, the PDF embeds them).
pub struct Kit {
    /// The profile file, loaded and checked; the default changes nothing.
    pub adjustment: Adjustment,
    /// The fonts (the .docx names their family, the PDF embeds them) and
    /// the wording templates: all the library is given from outside.
    pub world: World,
    /// The language of messages about a render.
    lang: Lang,
}

/// Why a kit could not be made: what to print (the profile's diagnostics,
/// or the template or font error), and the exit status (1 for a profile
/// with errors, 2 for a file or folder that cannot be read or used).
#[derive(Debug)]
pub struct KitError {
    /// The text to print, ending with a line feed.
    pub log: String,
    /// The exit status.
    pub exit: Exit,
}

/// A document written in one format, or why it could not be.
pub type Rendered = Result<Output, (String, Exit)>;

/// The bytes of one format and, for a PDF, its page count.
pub struct Output {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Pages, known for a PDF.
    pub pages: Option<usize>,
    /// The layout's warnings (a row broken across pages, a chart in parts).
    pub warnings: Vec<Message>,
}

impl Kit {
    /// Reads the profile file (its diagnostics as for any input), the
    /// template overrides and the fonts (both formats are measured with
    /// them). `font_dir` wins over the profile's own `font_dir`, which is
    /// relative to the profile file.
    pub fn load(
        profile: Option<&Path>,
        templates: Option<&Path>,
        font_dir: Option<&Path>,
        ui: Ui,
    ) -> Result<Self, KitError> {
        let adjustment = match profile {
            None => Adjustment::default(),
            Some(path) => {
                let mut log = String::new();
                let loaded = load_logged_as(
                    path,
                    InputKind::Profile,
                    ui,
                    Adjustment::from_yaml_bytes,
                    &mut log,
                );
                let adjustment = loaded.map_err(|exit| KitError {
                    log: std::mem::take(&mut log),
                    exit,
                })?;
                // Warnings, should a rule ever give one: kits are made on the
                // main thread, before any job starts.
                eprint!("{log}");
                adjustment
            }
        };
        let io = |d: Diagnostic| KitError {
            log: format!("{}\n", snippet::human(&d, None, ui.lang, ui.style)),
            exit: Exit::Io,
        };
        let fonts = load_fonts(font_dir, profile, &adjustment).map_err(io)?;
        let templates = read_overrides(templates)
            .and_then(|o| Templates::new(&o).map_err(|e| template_error(e, templates)))
            .map_err(io)?;
        Ok(Self {
            adjustment,
            world: World { fonts, templates },
            lang: ui.lang,
        })
    }

    /// The profile of a document in `format`: the base the profile file
    /// names, else the format's own (party-hd36, state-nd30), adjusted by
    /// the file.
    pub fn profile(&self, format: FormatKind) -> Profile {
        self.adjustment.profile(format)
    }

    /// `doc` in `format`, with its `profile`. A character the font lacks is
    /// a fault of the input (exit 1); anything else is exit 2.
    pub fn render(&self, doc: &Document, profile: &Profile, format: OutputFormat) -> Rendered {
        match format {
            OutputFormat::Docx => self
                .world
                .docx(doc, profile)
                .map(|bytes| Output {
                    bytes,
                    pages: None,
                    warnings: Vec::new(),
                })
                .map_err(|e| (e.to_string(), Exit::Io)),
            OutputFormat::Pdf => self
                .world
                .pdf(doc, profile)
                .map(|p| Output {
                    bytes: p.bytes,
                    pages: Some(p.pages),
                    warnings: p.warnings,
                })
                .map_err(|e| match e {
                    // A character of the wording (the templates') the font
                    // lacks: the input's own are found when it is loaded.
                    PdfError::Layout(LayoutError::MissingGlyph { ch, face, context }) => {
                        let m = Message::MissingGlyph {
                            ch,
                            face,
                            at: Some(context),
                        };
                        let text = format!(
                            "{}: {}",
                            Severity::Error.label(self.lang),
                            m.text(self.lang)
                        );
                        (text, Exit::Invalid)
                    }
                    PdfError::Layout(_) => (e.to_string(), Exit::Invalid),
                    _ => (e.to_string(), Exit::Io),
                }),
        }
    }
}

/// The kit and formats the options ask for, the output folder created.
pub struct Setup<'a> {
    /// The profile, templates and fonts.
    pub kit: Kit,
    formats: Vec<OutputFormat>,
    args: &'a OutputArgs,
}

impl<'a> Setup<'a> {
    /// Reads what `args` name and creates the output folder; a failure is
    /// printed and gives its exit status (1 for a profile with errors, else 2).
    pub fn new(args: &'a OutputArgs, ui: Ui) -> Result<Self, Exit> {
        Self::load(args, ui)?.ready(ui)
    }

    /// Reads what `args` name, creating nothing (see [`Setup::ready`]).
    pub fn load(args: &'a OutputArgs, ui: Ui) -> Result<Self, Exit> {
        let lang = ui.lang;
        let fail = |e: String| {
            eprintln!("{e}");
            Exit::Io
        };
        let formats = match args.format {
            FormatArg::Docx => vec![OutputFormat::Docx],
            FormatArg::Pdf => vec![OutputFormat::Pdf],
            FormatArg::All => OutputFormat::ALL.to_vec(),
        };
        let kit = Kit::load(
            args.profile.as_deref(),
            args.templates.as_deref(),
            args.font_dir.as_deref(),
            ui,
        )
        .map_err(|e| {
            eprint!("{}", e.log);
            e.exit
        })?;
        if args.to_stdout() && formats.len() != 1 {
            return Err(fail(
                say(
                    lang,
                    "-o - ghi văn bản ra stdout: chọn một định dạng (--format docx hoặc --format pdf)",
                    "-o - writes the document to stdout: choose one format (--format docx or --format pdf)",
                )
                .to_string(),
            ));
        }
        Ok(Self { kit, formats, args })
    }

    /// Creates the output folder (unless the document goes to stdout) and
    /// removes the temporary files killed runs left in it.
    pub fn ready(self, ui: Ui) -> Result<Self, Exit> {
        if !self.args.to_stdout() {
            std::fs::create_dir_all(&self.args.out).map_err(|e| {
                eprintln!(
                    "{} {}: {e}",
                    say(ui.lang, "không tạo được thư mục", "cannot create folder"),
                    self.args.out.display()
                );
                Exit::Io
            })?;
            output::clean_stale(&self.args.out);
        }
        Ok(self)
    }

    /// The files `stem` is written to, one per format asked for.
    pub fn targets(&self, stem: &str) -> Vec<PathBuf> {
        let formats = self.formats.iter();
        formats
            .map(|f| self.args.out.join(format!("{stem}.{}", f.name())))
            .collect()
    }

    /// Writes `doc` (made with `profile`) as `<stem>.<ext>` in every format
    /// asked for, printing each path written (unless quiet); returns the
    /// worst exit status. Every format is rendered and checked
    /// ([`output::check`]) before any file is replaced.
    pub fn write(&self, doc: &Document, profile: &Profile, stem: &str, name: &str, ui: Ui) -> Exit {
        let mut exit = Exit::Ok;
        let mut ready = Vec::new();
        for (&format, target) in self.formats.iter().zip(self.targets(stem)) {
            let shown_target = input::display_name(&target);
            let bytes = match self.kit.render(doc, profile, format) {
                Ok(out) => {
                    for m in out.warnings {
                        let d = Diagnostic::warning(&shown_target, None, m);
                        eprint!("{}", snippet::human(&d, None, ui.lang, ui.style));
                    }
                    out.bytes
                }
                Err((e, code)) => {
                    eprintln!("{name}: {e}");
                    exit = exit.worse(code);
                    continue;
                }
            };
            let shown = if self.args.to_stdout() {
                "stdout".to_string()
            } else {
                input::display_name(&target)
            };
            if let Err(m) = output::check(format, &bytes) {
                eprint!(
                    "{}",
                    snippet::human(&Diagnostic::error(&shown, None, m), None, ui.lang, ui.style)
                );
                exit = Exit::Io;
                continue;
            }
            ready.push((target, bytes));
        }
        if exit != Exit::Ok {
            return exit;
        }
        for (target, bytes) in ready {
            if self.args.to_stdout() {
                if let Err(m) = output::to_stdout(&bytes) {
                    exit = output::stdout_failed(m, ui.lang, ui.style);
                }
                continue;
            }
            match write_atomic(&target, &bytes) {
                Ok(()) if ui.quiet() => {}
                Ok(()) => {
                    // Said once; the files are written all the same.
                    if !output::line(&target.display().to_string()) && exit == Exit::Ok {
                        exit = stdout_failed(ui);
                    }
                }
                Err(e) => {
                    eprintln!(
                        "{} {}: {e}",
                        say(ui.lang, "không ghi được", "cannot write"),
                        target.display()
                    );
                    exit = Exit::Io;
                }
            }
        }
        exit
    }
}

/// Reports that stdout could not be written (a broken pipe); exit 2.
pub fn stdout_failed(ui: Ui) -> Exit {
    output::stdout_failed(Message::StdoutFailed { closed: false }, ui.lang, ui.style)
}

/// The stem of a path, for output names.
pub fn stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(|| "document".into(), |s| s.to_string_lossy().into_owned())
}

/// Reads and loads one input with `load`, printing its diagnostics
/// (warnings only unless quiet); `Err` is the exit status when it cannot be
/// used.
pub fn load<T>(
    path: &Path,
    ui: Ui,
    load: impl FnOnce(&[u8], &str) -> Result<Loaded<T>, Diagnostics>,
) -> Result<T, Exit> {
    let mut log = String::new();
    let result = load_logged(path, ui, load, &mut log);
    eprint!("{log}");
    result
}

/// Like [`load`], the diagnostics appended to `log` instead of printed.
/// The file is read within a program's limit (the largest of the YAML
/// kinds); [`load_logged_as`] names the kind.
pub fn load_logged<T>(
    path: &Path,
    ui: Ui,
    load: impl FnOnce(&[u8], &str) -> Result<Loaded<T>, Diagnostics>,
    log: &mut String,
) -> Result<T, Exit> {
    load_logged_as(path, InputKind::Program, ui, load, log)
}

/// Like [`load_logged`], for an input of `kind` (its size limit).
pub fn load_logged_as<T>(
    path: &Path,
    kind: InputKind,
    ui: Ui,
    load: impl FnOnce(&[u8], &str) -> Result<Loaded<T>, Diagnostics>,
    log: &mut String,
) -> Result<T, Exit> {
    let name = input::display_name(path);
    let bytes = input::read(path, kind).map_err(|d| {
        log.push_str(&snippet::human(&d, None, ui.lang, ui.style));
        Exit::Io
    })?;
    let source = input::snippet_source(&bytes);
    let (value, diags) = match load(&bytes, &name) {
        Ok(loaded) => (Some(loaded.value), loaded.warnings),
        Err(diags) => (None, diags.0),
    };
    for d in diags.iter().filter(|d| d.is_error() || !ui.quiet()) {
        log.push_str(&snippet::human(d, source.as_deref(), ui.lang, ui.style));
        log.push('\n');
    }
    value.ok_or(Exit::Invalid)
}

/// The inputs of a report, loaded.
pub struct ReportInputs {
    /// The program reported on.
    pub program: Program,
    /// The report's status file.
    pub status: StatusFile,
    /// The previous report's status file, for the comparison.
    pub previous: Option<StatusFile>,
}

/// Loads a report's inputs with [`load_logged`]: the program first, since
/// the status files are checked against it; then both status files, so
/// that the problems of both are reported at once.
pub fn load_report(
    program: &Path,
    status: &Path,
    previous: Option<&Path>,
    fonts: &FontSet,
    ui: Ui,
    log: &mut String,
) -> Result<ReportInputs, Exit> {
    let program = load_logged(
        program,
        ui,
        with_glyphs(fonts, Program::from_yaml_bytes),
        log,
    )?;
    let mut status_file = |path: &Path| {
        load_logged_as(
            path,
            InputKind::Status,
            ui,
            with_glyphs(fonts, |b, n| StatusFile::from_yaml_bytes(b, n, &program)),
            log,
        )
    };
    let status = status_file(status);
    let previous = previous.map(status_file).transpose();
    let (status, previous) = match (status, previous) {
        (Ok(s), Ok(p)) => (s, p),
        (Err(a), Err(b)) => return Err(a.worse(b)),
        (Err(e), _) | (_, Err(e)) => return Err(e),
    };
    Ok(ReportInputs {
        program,
        status,
        previous,
    })
}

/// The font folder a document's PDF uses: `font_dir`, else the profile
/// file's `font_dir` (relative to the profile file); `None` for the bundled
/// Liberation Serif. No base profile names a font folder, so it is the same
/// for every document the profile file is used with.
pub fn font_dir(
    font_dir: Option<&Path>,
    profile_path: Option<&Path>,
    adjustment: &Adjustment,
) -> Option<PathBuf> {
    match (font_dir, adjustment.font_dir()) {
        (Some(dir), _) => Some(dir.to_path_buf()),
        (None, Some(dir)) => {
            let base = profile_path
                .and_then(Path::parent)
                .unwrap_or(Path::new("."));
            Some(base.join(dir))
        }
        (None, None) => None,
    }
}

/// The PDF's fonts, from the folder [`font_dir`] names.
fn load_fonts(
    font_dir: Option<&Path>,
    profile_path: Option<&Path>,
    adjustment: &Adjustment,
) -> Result<FontSet, Diagnostic> {
    let Some(dir) = self::font_dir(font_dir, profile_path, adjustment) else {
        return Ok(FontSet::builtin().clone());
    };
    FontSet::from_dir(&dir)
}

/// The profile file at `path`, loaded without printing anything; `None`
/// when it cannot be read or has errors (the build then reports them).
pub fn read_adjustment(path: &Path) -> Option<Adjustment> {
    let bytes = input::read(path, InputKind::Profile).ok()?;
    Adjustment::from_yaml_bytes(&bytes, &input::display_name(path))
        .ok()
        .map(|l| l.value)
}

/// Reads the `*.hbs` files of an override folder: name → text, each with
/// the bounded reader (a template's limit, a regular file, UTF-8).
fn read_overrides(dir: Option<&Path>) -> Result<BTreeMap<String, String>, Diagnostic> {
    let mut out = BTreeMap::new();
    let Some(dir) = dir else { return Ok(out) };
    let shown = input::display_name(dir);
    let folder = |e: std::io::Error| {
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => IoReason::NotFound,
            std::io::ErrorKind::PermissionDenied => IoReason::PermissionDenied,
            _ => IoReason::Other,
        };
        Diagnostic::error(&shown, None, Message::TemplateFolder { reason })
    };
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(folder)? {
        paths.push(entry.map_err(folder)?.path());
    }
    paths.sort();
    for path in paths {
        if path.extension().is_some_and(|e| e == "hbs")
            && let Some(stem) = path.file_stem()
        {
            let bytes = input::read(&path, InputKind::Template)?;
            let name = input::display_name(&path);
            let text = String::from_utf8(bytes).map_err(|e| {
                let offset = e.utf8_error().valid_up_to();
                Diagnostic::error(&name, None, Message::NotUtf8 { offset })
            })?;
            out.insert(stem.to_string_lossy().into_owned(), text);
        }
    }
    Ok(out)
}

/// A template error as a catalogue diagnostic, on the override's file when
/// it names one of the folder `dir`.
fn template_error(e: TemplateError, dir: Option<&Path>) -> Diagnostic {
    let (name, message) = match e {
        TemplateError::Unknown(name) => (name.clone(), Message::TemplateUnknown { name }),
        TemplateError::Syntax { name, detail } => {
            (name.clone(), Message::TemplateSyntax { name, detail })
        }
        TemplateError::Render { name, detail } => {
            (name.clone(), Message::TemplateRender { name, detail })
        }
        // A bound's message names the templates itself; the place is the
        // folder of overrides, or the built-in wording.
        TemplateError::Bound(message) => {
            let place = dir.map_or_else(|| "templates".to_string(), input::display_name);
            return Diagnostic::error(&place, None, message);
        }
    };
    let file = dir.map_or_else(
        || format!("{name}.hbs"),
        |d| input::display_name(&d.join(format!("{name}.hbs"))),
    );
    Diagnostic::error(&file, None, message)
}

/// `load`, then every character of the file that the fonts lack, each an
/// error at its first place: found before anything is rendered, with the
/// file, line and column of the value that holds it.
pub fn with_glyphs<'a, T>(
    fonts: &'a FontSet,
    load: impl FnOnce(&[u8], &str) -> Result<Loaded<T>, Diagnostics> + 'a,
) -> impl FnOnce(&[u8], &str) -> Result<Loaded<T>, Diagnostics> + 'a {
    move |bytes, name| {
        let result = load(bytes, name);
        let text = String::from_utf8_lossy(bytes);
        let missing: Vec<Diagnostic> = fonts
            .missing_in_yaml(text.trim_start_matches('\u{feff}'))
            .into_iter()
            .map(|(line, column, ch, face)| {
                Diagnostic::error(
                    name,
                    Some(Pos::at(line, column)),
                    Message::MissingGlyph {
                        ch,
                        face: face.to_owned(),
                        at: None,
                    },
                )
            })
            .collect();
        if missing.is_empty() {
            return result;
        }
        let mut all = match result {
            Ok(loaded) => loaded.warnings,
            Err(d) => d.0,
        };
        all.extend(missing);
        all.sort_by_key(|d| d.pos.map(|p| (p.line, p.column)));
        Err(Diagnostics(all))
    }
}
