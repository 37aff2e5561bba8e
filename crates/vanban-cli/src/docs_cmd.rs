//! `vanban completions SHELL` and `vanban man [-o DIR]`: shell completions
//! and man pages, generated from the clap definition itself so that they
//! never drift from `--help`.

use crate::cli::Cli;
use crate::output::{self, write_atomic};
use crate::snippet::say;
use crate::status::Exit;
use clap::CommandFactory;
use std::path::Path;
use vanban_core::Lang;

/// Prints the completion script for `shell` on stdout.
pub fn completions(shell: clap_complete::Shell) -> Exit {
    let mut cmd = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "vanban", &mut script);
    output::stdout_or_say(&script, Lang::Vi)
}

/// The man page of `cmd`, as roff.
fn page(cmd: clap::Command) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut out)?;
    Ok(out)
}

/// Every page: `vanban.1`, then `vanban-<sub>.1` for each subcommand, at
/// any depth.
fn pages() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    fn walk(cmd: &clap::Command, out: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
        let name = cmd.get_display_name().unwrap_or(cmd.get_name()).to_string();
        out.push((format!("{name}.1"), page(cmd.clone())?));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, out)?;
        }
        Ok(())
    }
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &mut out)?;
    Ok(out)
}

/// Prints the main page, or writes every page into `out`.
pub fn man(out: Option<&Path>, lang: Lang) -> Exit {
    let fail = |what: &str, e: std::io::Error| {
        eprintln!("{what}: {e}");
        Exit::Io
    };
    let pages = match pages() {
        Ok(p) => p,
        Err(e) => return fail("man", e),
    };
    let Some(dir) = out else {
        let main = pages.first().map(|(_, p)| p.as_slice()).unwrap_or_default();
        return output::stdout_or_say(main, lang);
    };
    if let Err(e) = std::fs::create_dir_all(dir) {
        return fail(
            &format!(
                "{} {}",
                say(lang, "không tạo được thư mục", "cannot create folder"),
                dir.display()
            ),
            e,
        );
    }
    for (name, bytes) in &pages {
        let target = dir.join(name);
        if let Err(e) = write_atomic(&target, bytes) {
            return fail(
                &format!(
                    "{} {}",
                    say(lang, "không ghi được", "cannot write"),
                    target.display()
                ),
                e,
            );
        }
        if !output::line(&target.display().to_string()) {
            return output::broken_pipe(lang);
        }
    }
    Exit::Ok
}
