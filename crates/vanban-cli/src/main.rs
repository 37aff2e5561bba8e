//! The `vanban` binary: glue between the command line and the libraries.
//! Only this crate touches the file system and the terminal.

mod build;
mod check;
mod cli;
mod docs_cmd;
mod emit;
mod init;
mod input;
mod output;
mod render;
mod report;
mod schema_cmd;
mod snippet;
mod status;
mod templates_cmd;
mod ui;

use clap::Parser;
use cli::{Cli, Command, LangArg, TemplatesCommand};
use std::process::ExitCode;
use vanban_core::Lang;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = match cli.lang {
        LangArg::Vi => Lang::Vi,
        LangArg::En => Lang::En,
    };
    let level = match (cli.quiet, cli.verbose) {
        (true, _) => ui::Level::Quiet,
        (false, true) => ui::Level::Verbose,
        (false, false) => ui::Level::Normal,
    };
    let ui = ui::Ui::new(lang, level);
    let exit = match &cli.command {
        Command::Check {
            files,
            profile,
            message_format,
        } => check::run(files, profile.as_deref(), *message_format, ui),
        Command::Build(args) => build::run(args, ui),
        Command::Init { dir, force } => init::run(dir, *force, ui),
        Command::Render(args) => render::run(args, ui),
        Command::Report(args) => report::run(args, ui),
        Command::Templates(TemplatesCommand::Export { dir, force }) => {
            templates_cmd::export(dir, *force, lang)
        }
        Command::Completions { shell } => docs_cmd::completions(*shell),
        Command::Man { out } => docs_cmd::man(out.as_deref(), lang),
        Command::Schema { kind, out } => schema_cmd::run(*kind, out.as_deref(), lang),
    };
    ExitCode::from(exit as u8)
}
