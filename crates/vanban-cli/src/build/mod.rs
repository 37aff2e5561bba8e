//! `vanban build [DIR]`: every document a project's `vanban.yaml` lists,
//! built into its output folder in parallel. Only documents whose inputs
//! changed are built again (content hashes kept in the output folder); a
//! failing document does not stop the others; a file edited by hand is
//! never overwritten in silence; every path stays inside the project folder.

mod cache;
mod confine;
mod digest;
mod job;
mod progress;

use crate::cli::BuildArgs;
use crate::emit::{self, Kit};
use crate::input;
use crate::output::{self, write_atomic};
use crate::snippet::{self, say};
use crate::status::Exit;
use crate::ui::Ui;
use cache::{Built, Record, RecordFile};
use digest::Digests;
pub use digest::resolve;
use job::{Outcome, Place};
use progress::{Progress, seconds};
use std::cell::Cell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Instant;
use vanban_core::messages::IoReason;
use vanban_core::project::{Entry, Project};
use vanban_core::{Diagnostic, Lang, Message};

/// The project file's name in a project folder.
pub const PROJECT_FILE: &str = "vanban.yaml";

/// The options that make a kit: profile, templates, fonts.
type KitKey = (Option<String>, Option<String>, Option<String>);

fn kit_key(e: &Entry) -> KitKey {
    let o = &e.options;
    (o.profile.clone(), o.templates.clone(), o.font_dir.clone())
}

/// Counts for the summary, and the worst exit status so far.
struct Tally {
    built: usize,
    unchanged: usize,
    edited: usize,
    failed: usize,
    pages: usize,
    exit: Exit,
}

/// A document to build: its entry, the key of its inputs (`None` when one
/// could not be read: the job reports it, and nothing is recorded), its kit
/// (or the exit status of the kit's failure, printed once before the jobs).
struct Job<'a> {
    entry: &'a Entry,
    key: Option<String>,
    kit: Result<&'a Kit, Exit>,
}

/// Runs the build; returns the exit status.
pub fn run(args: &BuildArgs, ui: Ui) -> Exit {
    let start = Instant::now();
    let (dir, manifest) = locate(&args.dir);
    if !manifest.exists() {
        eprintln!(
            "{}: {} ({} vanban init {})",
            manifest.display(),
            say(ui.lang, "không có tệp dự án", "no project file here"),
            say(ui.lang, "tạo dự án mới:", "start a project with:"),
            args.dir.display()
        );
        return Exit::Io;
    }
    let name = input::display_name(&manifest);
    // A FIFO or a device is never read (it could block forever).
    if !manifest.is_file() {
        let reason = if manifest.is_dir() {
            IoReason::IsDirectory
        } else {
            IoReason::Other
        };
        let m = Message::CannotRead { reason };
        let d = Diagnostic::error(&name, None, m);
        eprint!("{}", snippet::human(&d, None, ui.lang, ui.style));
        return Exit::Io;
    }
    let project = match emit::load(&manifest, ui, Project::from_yaml_bytes) {
        Ok(p) => p,
        Err(exit) => return exit,
    };
    let outside = confine::check(&dir, &name, &project);
    if !outside.is_empty() {
        let source = input::read(&manifest, input::InputKind::Project).ok();
        let source = source.as_deref().and_then(input::snippet_source);
        for d in &outside {
            eprintln!(
                "{}",
                snippet::human(d, source.as_deref(), ui.lang, ui.style)
            );
        }
        return Exit::Invalid;
    }
    let out = resolve(&dir, &project.output);
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!(
            "{} {}: {e}",
            say(ui.lang, "không tạo được thư mục", "cannot create folder"),
            out.display()
        );
        return Exit::Io;
    }
    output::clean_stale(&out);
    let old = match Record::read(&out) {
        RecordFile::Read(r) => r,
        RecordFile::Missing => Record::default(),
        RecordFile::Bad => {
            let file = out.join(cache::FILE).display().to_string();
            let d =
                Diagnostic::warning(&file, None, Message::BadBuildRecord { file: file.clone() });
            eprint!("{}", snippet::human(&d, None, ui.lang, ui.style));
            Record::default()
        }
    };
    // Stdout lines: a broken pipe stops them, never the build.
    let printing = Cell::new(true);
    let print = |text: &str| {
        if printing.get() && !output::line(text) {
            printing.set(false);
        }
    };

    // Which documents must be built.
    let tool = digest::tool();
    let mut digests = Digests::default();
    let mut record = Record::default();
    let mut stale: Vec<(&Entry, Option<String>)> = Vec::new();
    let mut tally = Tally {
        built: 0,
        unchanged: 0,
        edited: 0,
        failed: 0,
        pages: 0,
        exit: Exit::Ok,
    };
    for e in &project.documents {
        let key = digests.key(&tool, &dir, e);
        let fresh = key.as_deref().filter(|_| !args.force);
        match fresh.and_then(|k| old.fresh(&out, e, k)) {
            Some(b) => {
                tally.unchanged += 1;
                record.0.insert(e.name.clone(), b.clone());
                if ui.verbose() {
                    print(&format!(
                        "{}: {}",
                        e.name,
                        say(ui.lang, "không đổi", "unchanged")
                    ));
                }
            }
            None => stale.push((e, key)),
        }
    }

    // One kit per set of options, made before the jobs start and shared. A
    // kit that fails (a profile with errors, templates or fonts that cannot
    // be used) is reported here, once, however many documents use it.
    let mut kits: BTreeMap<KitKey, Result<Kit, Exit>> = BTreeMap::new();
    for (e, _) in &stale {
        kits.entry(kit_key(e))
            .or_insert_with_key(|(profile, templates, fonts)| {
                let path = |p: &Option<String>| p.as_deref().map(|p| resolve(&dir, p));
                Kit::load(
                    path(profile).as_deref(),
                    path(templates).as_deref(),
                    path(fonts).as_deref(),
                    ui,
                )
                .map_err(|e| {
                    eprint!("{}", e.log);
                    e.exit
                })
            });
    }
    let todo: Vec<Job<'_>> = stale
        .into_iter()
        .filter_map(|(entry, key)| {
            let kit = kits.get(&kit_key(entry))?.as_ref().map_err(|e| *e);
            Some(Job { entry, key, kit })
        })
        .collect();

    let jobs = args
        .jobs
        .map(usize::from)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, todo.len().max(1));
    if ui.verbose() {
        print(&match ui.lang {
            Lang::Vi => format!(
                "{}: {} văn bản, {} cần dựng, {jobs} luồng",
                manifest.display(),
                project.documents.len(),
                todo.len()
            ),
            Lang::En => format!(
                "{}: {} documents, {} to build, {jobs} jobs",
                manifest.display(),
                project.documents.len(),
                todo.len()
            ),
        });
    }

    let progress = Progress::new(ui, todo.len());
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| {
        let (tx, rx) = mpsc::channel::<(&Job<'_>, Outcome)>();
        for _ in 0..jobs {
            let tx = tx.clone();
            let (todo, next) = (&todo, &next);
            let at = Place {
                dir: &dir,
                out: &out,
                old: &old,
                force: args.force,
            };
            s.spawn(move || {
                while let Some(job) = todo.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let o = job::run(at, job.entry, job.kit, ui);
                    if tx.send((job, o)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        for (done, (job, o)) in rx.iter().enumerate() {
            let e = job.entry;
            progress.log(&o.log);
            progress.step(&e.name);
            let head = format!("[{}/{}] {}", done + 1, todo.len(), e.name);
            if printing.get() && !progress.line(&line(&head, &o, ui)) {
                printing.set(false);
            }
            tally.exit = tally.exit.worse(o.exit);
            if o.exit == Exit::Ok && o.edited == 0 {
                tally.built += 1;
                tally.pages += o.pages.unwrap_or(0);
                if let Some(key) = &job.key {
                    let b = Built {
                        key: key.clone(),
                        pages: o.pages,
                        outputs: o.outputs,
                    };
                    record.0.insert(e.name.clone(), b);
                }
                continue;
            }
            if o.exit == Exit::Ok {
                // Edited by hand: the office must notice (exit 1).
                tally.edited += 1;
                tally.exit = tally.exit.worse(Exit::Invalid);
            } else {
                tally.failed += 1;
            }
            // Not built to the end: never fresh, but what vanban wrote
            // (before, and now) stays on record, so that its files are
            // known as its own.
            let mut b = old.0.get(&e.name).cloned().unwrap_or(Built {
                key: String::new(),
                pages: None,
                outputs: BTreeMap::new(),
            });
            b.key.clear();
            b.outputs.extend(o.outputs);
            if !b.outputs.is_empty() {
                record.0.insert(e.name.clone(), b);
            }
        }
    });
    progress.finish();

    let mut exit = tally.exit;
    if record != old {
        let path = out.join(cache::FILE);
        if let Err(e) = write_atomic(&path, record.to_json().as_bytes()) {
            eprintln!(
                "{} {}: {e}",
                say(ui.lang, "không ghi được", "cannot write"),
                path.display()
            );
            exit = Exit::Io;
        }
    }
    if !ui.quiet() {
        print(&summary(&tally, start.elapsed(), ui.lang));
    }
    if !printing.get() {
        exit = exit.worse(emit::stdout_failed(ui));
    }
    exit
}

/// The project folder and its project file: `arg` is either.
pub fn locate(arg: &Path) -> (PathBuf, PathBuf) {
    if arg.is_file() {
        let dir = arg.parent().unwrap_or(Path::new(".")).to_path_buf();
        (dir, arg.to_path_buf())
    } else {
        (arg.to_path_buf(), resolve(arg, PROJECT_FILE))
    }
}

/// "[1/3] chuong-trinh: ket-qua/chuong-trinh.docx, ket-qua/chuong-trinh.pdf (15 trang)".
fn line(head: &str, o: &Outcome, ui: Ui) -> String {
    if o.exit != Exit::Ok {
        return format!("{head}: {}", say(ui.lang, "lỗi", "failed"));
    }
    let files: Vec<String> = o.written.iter().map(|p| p.display().to_string()).collect();
    let mut notes = Vec::new();
    if let Some(p) = o.pages {
        notes.push(match ui.lang {
            Lang::Vi => format!("{p} trang"),
            Lang::En if p == 1 => "1 page".to_string(),
            Lang::En => format!("{p} pages"),
        });
    }
    if ui.verbose() {
        notes.push(format!(
            "{} {}",
            seconds(o.elapsed, ui.lang),
            say(ui.lang, "giây", "s")
        ));
    }
    let notes = if notes.is_empty() {
        String::new()
    } else {
        format!(" ({})", notes.join("; "))
    };
    format!("{head}: {}{notes}", files.join(", "))
}

fn summary(t: &Tally, elapsed: std::time::Duration, lang: Lang) -> String {
    let secs = seconds(elapsed, lang);
    match lang {
        Lang::Vi => {
            let pages = if t.pages > 0 {
                format!(" ({} trang)", t.pages)
            } else {
                String::new()
            };
            let edited = if t.edited > 0 {
                format!(", {} sửa tay (bản mới ghi bên cạnh)", t.edited)
            } else {
                String::new()
            };
            format!(
                "Xong: {} văn bản đã dựng{pages}, {} không đổi{edited}, {} lỗi, trong {secs} giây.",
                t.built, t.unchanged, t.failed
            )
        }
        Lang::En => {
            let pages = if t.pages > 0 {
                format!(" ({} pages)", t.pages)
            } else {
                String::new()
            };
            let edited = if t.edited > 0 {
                format!(", {} edited by hand (new render beside it)", t.edited)
            } else {
                String::new()
            };
            format!(
                "Done: {} built{pages}, {} unchanged{edited}, {} failed, in {secs} s.",
                t.built, t.unchanged, t.failed
            )
        }
    }
}
