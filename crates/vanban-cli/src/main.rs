//! The `vanban` binary: glue between the command line and the libraries.
//! Only this crate touches the file system and the terminal.

mod check;
mod cli;
mod docs_cmd;
mod emit;
mod input;
mod output;
mod render;
mod report;
mod snippet;
mod status;
mod templates_cmd;

use clap::Parser;
use cli::{Cli, Command, LangArg, TemplatesCommand};
use std::io::IsTerminal;
use std::process::ExitCode;
use vanban_core::Lang;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = match cli.lang {
        LangArg::Vi => Lang::Vi,
        LangArg::En => Lang::En,
    };
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::io::stderr().is_terminal();
    let style = snippet::Style { color };
    let exit = match &cli.command {
        Command::Check {
            files,
            message_format,
        } => check::run(files, *message_format, lang, style),
        Command::Render(args) => render::run(args, lang, style),
        Command::Report(args) => report::run(args, lang, style),
        Command::Templates(TemplatesCommand::Export { dir, force }) => {
            templates_cmd::export(dir, *force, lang)
        }
        Command::Completions { shell } => docs_cmd::completions(*shell),
        Command::Man { out } => docs_cmd::man(out.as_deref(), lang),
    };
    ExitCode::from(exit as u8)
}
