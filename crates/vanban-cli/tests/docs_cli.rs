//! `vanban completions` and `vanban man`: generated from the same clap
//! definition as `--help`, so every subcommand is in them.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: failing loudly is the point

mod common;
use common::{scratch, vanban};

const SUBCOMMANDS: [&str; 6] = [
    "check",
    "render",
    "report",
    "templates",
    "completions",
    "man",
];

#[test]
fn completions_know_every_subcommand_in_every_shell() {
    let dir = scratch("completions");
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = vanban(&["completions", shell], &dir);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let text = String::from_utf8(out.stdout).unwrap();
        for sub in SUBCOMMANDS {
            assert!(text.contains(sub), "{shell}: {sub} missing");
        }
        assert!(
            text.contains("previous"),
            "{shell}: report's options missing"
        );
    }
    let out = vanban(&["completions", "tcsh"], &dir);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn man_prints_the_main_page_or_writes_one_per_subcommand() {
    let dir = scratch("man");
    let out = vanban(&["man"], &dir);
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(".TH vanban 1"), "{page}");
    for sub in SUBCOMMANDS {
        assert!(page.contains(sub), "{sub} missing from the main page");
    }
    let out = vanban(&["man", "-o", "man1"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "man1/vanban.1\nman1/vanban-check.1\nman1/vanban-render.1\nman1/vanban-report.1\n\
         man1/vanban-build.1\nman1/vanban-init.1\n\
         man1/vanban-templates.1\nman1/vanban-templates-export.1\nman1/vanban-completions.1\n\
         man1/vanban-man.1\nman1/vanban-schema.1\n"
    );
    let report = std::fs::read_to_string(dir.join("man1/vanban-report.1")).unwrap();
    assert!(report.contains("vanban\\-report"));
    assert!(report.contains("OLD_STATUS"));
    // The same pages on a second run: no date, no clock.
    let again = vanban(&["man"], &dir);
    assert_eq!(again.stdout, page.into_bytes());
}
