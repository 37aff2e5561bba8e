//! `vanban report PROGRAM STATUS [--previous OLD_STATUS] -o DIR`: the
//! report (BÁO CÁO) on a program's status, named after the status file.

use crate::cli::ReportArgs;
use crate::emit::{self, Setup};
use crate::input;
use crate::status::Exit;
use crate::ui::Ui;
use vanban_core::Program;
use vanban_core::report::StatusFile;
use vanban_render::report_document;

/// Runs the report; returns the exit status.
pub fn run(args: &ReportArgs, ui: Ui) -> Exit {
    // The status files are checked against the program, so it comes first.
    let program = match emit::load(&args.program, ui, Program::from_yaml_bytes) {
        Ok(p) => p,
        Err(exit) => return exit,
    };
    let status = emit::load(&args.status, ui, |b, n| {
        StatusFile::from_yaml_bytes(b, n, &program)
    });
    let previous = args
        .previous
        .as_ref()
        .map(|path| emit::load(path, ui, |b, n| StatusFile::from_yaml_bytes(b, n, &program)));
    let (status, previous) = match (status, previous.transpose()) {
        (Ok(s), Ok(p)) => (s, p),
        (Err(a), Err(b)) => return a.worse(b),
        (Err(e), _) | (_, Err(e)) => return e,
    };
    let setup = match Setup::new(&args.output, ui.lang) {
        Ok(s) => s,
        Err(exit) => return exit,
    };
    let name = input::display_name(&args.status);
    let doc = match report_document(
        &program,
        &status,
        previous.as_ref(),
        &setup.kit.profile,
        &setup.kit.templates,
    ) {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("{name}: {e}");
            return Exit::Io;
        }
    };
    setup.write(&doc, &emit::stem(&args.status), &name, ui)
}
