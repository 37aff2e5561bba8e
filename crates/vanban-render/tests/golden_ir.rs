//! Golden tests: the IR of each example, as text, against `tests/golden/`.
//! Re-accept intended changes with `VANBAN_BLESS=1 cargo test -p vanban-render --test golden_ir`.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: failing loudly is the point

use std::path::PathBuf;
use vanban_core::Program;
use vanban_render::{Profile, Templates, program_document};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn check(example: &str) {
    let root = root();
    let yaml =
        std::fs::read_to_string(root.join("examples").join(format!("{example}.yaml"))).unwrap();
    let program = Program::from_yaml(&yaml, example).unwrap().value;
    let doc = program_document(&program, &Profile::party_hd36(), &Templates::builtin()).unwrap();
    let actual = doc.dump();
    let golden = root.join("tests/golden").join(format!("{example}.ir.txt"));
    if std::env::var_os("VANBAN_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&golden, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&golden).unwrap_or_else(|_| {
        panic!(
            "no golden file {}; run with VANBAN_BLESS=1",
            golden.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b);
        panic!(
            "IR of {example} differs from {} (first differing line {:?}); run with VANBAN_BLESS=1 to accept",
            golden.display(),
            first.map(|i| i + 1)
        );
    }
}

#[test]
fn son_tra_program_ir() {
    check("son-tra-11-ctr-qu");
}

#[test]
fn ward_plan_ir() {
    check("phuong-an-hai-2025");
}
