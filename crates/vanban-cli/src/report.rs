//! `vanban report PROGRAM STATUS [--previous OLD_STATUS] -o DIR`: the
//! report (BÁO CÁO) on a program's status, named after the status file.

use crate::cli::ReportArgs;
use crate::emit::{self, Setup};
use crate::input;
use crate::status::Exit;
use crate::ui::Ui;
use vanban_render::report_document;

/// Runs the report; returns the exit status.
pub fn run(args: &ReportArgs, ui: Ui) -> Exit {
    // The kit first (the inputs are checked against its fonts); the output
    // folder only once the inputs are good.
    let setup = match Setup::load(&args.output, ui) {
        Ok(s) => s,
        Err(exit) => return exit,
    };
    let mut log = String::new();
    let inputs = emit::load_report(
        &args.program,
        &args.status,
        args.previous.as_deref(),
        &setup.kit.world.fonts,
        ui,
        &mut log,
    );
    eprint!("{log}");
    let emit::ReportInputs {
        program,
        status,
        previous,
    } = match inputs {
        Ok(inputs) => inputs,
        Err(exit) => return exit,
    };
    let setup = match setup.ready(ui) {
        Ok(s) => s,
        Err(exit) => return exit,
    };
    let name = input::display_name(&args.status);
    // A report is in its program's format.
    let profile = setup.kit.profile(program.format);
    let doc = match report_document(
        &program,
        &status,
        previous.as_ref(),
        &profile,
        &setup.kit.world.templates,
    ) {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("{name}: {e}");
            return Exit::Io;
        }
    };
    setup.write(&doc, &profile, &emit::stem(&args.status), &name, ui)
}
