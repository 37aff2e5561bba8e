//! Shared by the golden tests: the workspace root, and comparing output with
//! a golden file (or rewriting it under `VANBAN_BLESS=1`).

#![allow(clippy::unwrap_used, clippy::panic, dead_code)] // a test helper

use std::path::{Path, PathBuf};
use vanban_core::{Program, StatusFile};
use vanban_render::{Document, Profile, Templates, program_document, report_document};

/// The bundled examples: the Party programs and the People's Committee's
/// plan (state format), and the reports on their status files
/// (`<program>.status`).
pub const EXAMPLES: [&str; 5] = [
    "son-tra-11-ctr-qu",
    "phuong-an-hai-2025",
    "son-tra-11-ctr-qu.status",
    "ubnd-phuong-an-hai-2026",
    "ubnd-phuong-an-hai-2026.status",
];

/// The program an example is, or reports on.
fn program_of(name: &str) -> &str {
    name.split_once(".status").map_or(name, |(p, _)| p)
}

/// The built-in profile of an example's format (its program's).
pub fn profile(name: &str) -> Profile {
    Profile::for_format(program(program_of(name)).format)
}

fn read(name: &str) -> String {
    std::fs::read_to_string(root().join("examples").join(format!("{name}.yaml"))).unwrap()
}

fn program(name: &str) -> Program {
    Program::from_yaml(&read(name), name).unwrap().value
}

/// A status file of the examples, loaded against its program.
pub fn status(program: &Program, name: &str) -> StatusFile {
    StatusFile::from_yaml(&read(name), name, program)
        .unwrap()
        .value
}

/// The IR of a bundled example, with the profile of its format: a program,
/// or the report of `<program>.status…` on its program.
pub fn example(name: &str) -> Document {
    example_with(name, &profile(name))
}

/// The IR of a bundled example built with `profile` (which also words a
/// few things: the recipients' punctuation, the archive line).
pub fn example_with(name: &str, profile: &Profile) -> Document {
    let templates = Templates::builtin();
    match name.split_once(".status") {
        Some((prog, _)) => {
            let p = program(prog);
            let s = status(&p, name);
            report_document(&p, &s, None, profile, &templates).unwrap()
        }
        None => program_document(&program(name), profile, &templates).unwrap(),
    }
}

/// The report of the example status file compared with the earlier one.
pub fn report_with_previous() -> Document {
    let p = program("son-tra-11-ctr-qu");
    let now = status(&p, "son-tra-11-ctr-qu.status");
    let before = status(&p, "son-tra-11-ctr-qu.status-6-thang-2023");
    report_document(
        &p,
        &now,
        Some(&before),
        &Profile::party_hd36(),
        &Templates::builtin(),
    )
    .unwrap()
}

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Whether golden files are being re-accepted.
pub fn blessing() -> bool {
    std::env::var_os("VANBAN_BLESS").is_some_and(|v| v == "1")
}

/// Compares `actual` with the golden file, or rewrites it when blessing.
pub fn golden(path: &Path, actual: &str, what: &str) {
    if blessing() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path)
        .unwrap_or_else(|_| panic!("no golden file {}; run with VANBAN_BLESS=1", path.display()));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .map(|i| i + 1);
        panic!(
            "{what} differs from {} at line {line:?}; VANBAN_BLESS=1 accepts",
            path.display()
        );
    }
}

/// The IR of the program and of the report of the project `vanban init`
/// writes (`crates/vanban-cli/assets/init/`).
pub fn init_project() -> (Document, Document) {
    let dir = root().join("crates/vanban-cli/assets/init");
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
    let p = Program::from_yaml(&read("chuong-trinh.yaml"), "chuong-trinh.yaml")
        .unwrap()
        .value;
    let s = StatusFile::from_yaml(&read("bao-cao.yaml"), "bao-cao.yaml", &p)
        .unwrap()
        .value;
    let (profile, templates) = (Profile::party_hd36(), Templates::builtin());
    (
        program_document(&p, &profile, &templates).unwrap(),
        report_document(&p, &s, None, &profile, &templates).unwrap(),
    )
}
