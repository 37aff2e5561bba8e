//! `vanban render FILE… [--format docx|pdf|all] [-o DIR] [--font-dir DIR]`:
//! load, check, build the IR, write each format atomically.

use crate::cli::RenderArgs;
use crate::emit::{self, Setup};
use crate::input;
use crate::snippet;
use crate::status::Exit;
use crate::ui::Ui;
use std::collections::BTreeMap;
use std::path::PathBuf;
use vanban_core::Program;
use vanban_core::project::output_key;
use vanban_core::{Diagnostic, Message};
use vanban_render::program_document;

/// Runs the render; returns the exit status.
pub fn run(args: &RenderArgs, ui: Ui) -> Exit {
    if args.output.to_stdout() && args.files.len() != 1 {
        eprintln!(
            "{}",
            crate::snippet::say(
                ui.lang,
                "-o - ghi một văn bản ra stdout: chỉ cho một tệp đầu vào",
                "-o - writes one document to stdout: give one input file",
            )
        );
        return Exit::Io;
    }
    if let Err(exit) = distinct_outputs(&args.files, ui) {
        return exit;
    }
    let setup = match Setup::new(&args.output, ui) {
        Ok(s) => s,
        Err(exit) => return exit,
    };
    let mut exit = Exit::Ok;
    for path in &args.files {
        let load = emit::with_glyphs(&setup.kit.world.fonts, Program::from_yaml_bytes);
        let program = match emit::load(path, ui, load) {
            Ok(p) => p,
            Err(e) => {
                exit = exit.worse(e);
                continue;
            }
        };
        let name = input::display_name(path);
        // The profile of this program's format, adjusted by the profile file.
        let profile = setup.kit.profile(program.format);
        let doc = match program_document(&program, &profile, &setup.kit.world.templates) {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("{name}: {e}");
                exit = Exit::Io;
                continue;
            }
        };
        exit = exit.worse(setup.write(&doc, &profile, &emit::stem(path), &name, ui));
    }
    exit
}

/// Two inputs whose outputs would have one name (equal up to Unicode form
/// and case, as file systems compare them) are refused before anything is
/// read or written: the second would silently replace the first.
fn distinct_outputs(files: &[PathBuf], ui: Ui) -> Result<(), Exit> {
    let mut seen: BTreeMap<String, &PathBuf> = BTreeMap::new();
    let mut exit = Ok(());
    for path in files {
        let stem = emit::stem(path);
        match seen.get(&output_key(&stem)) {
            Some(first) => {
                let m = Message::OutputClash {
                    output: stem,
                    first: input::display_name(first),
                    second: input::display_name(path),
                };
                let d = Diagnostic::error(&input::display_name(path), None, m);
                eprint!("{}", snippet::human(&d, None, ui.lang, ui.style));
                exit = Err(Exit::Io);
            }
            None => {
                seen.insert(output_key(&stem), path);
            }
        }
    }
    exit
}
