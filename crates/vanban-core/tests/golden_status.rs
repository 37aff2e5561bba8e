//! The status engine on the example status file: every task's category,
//! the totals, the overdue and due-soon lists, as text against
//! `tests/golden/`. Re-accept intended changes with
//! `VANBAN_BLESS=1 cargo test -p vanban-core --test golden_status`.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: failing loudly is the point

use std::path::PathBuf;
use vanban_core::{Program, StatusFile};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(name: &str) -> String {
    std::fs::read_to_string(root().join("examples").join(name)).unwrap()
}

fn check(status: &str, golden: &str) {
    let program = Program::from_yaml(&read("son-tra-11-ctr-qu.yaml"), "p")
        .unwrap()
        .value;
    let status = StatusFile::from_yaml(&read(status), "s", &program)
        .unwrap()
        .value;
    let actual = status.overview(&program).dump();
    let path = root().join("tests/golden").join(golden);
    if std::env::var_os("VANBAN_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no golden file {}; run with VANBAN_BLESS=1", path.display()));
    assert!(
        expected == actual,
        "the engine's output differs from {}; VANBAN_BLESS=1 accepts",
        path.display()
    );
}

#[test]
fn the_one_year_review() {
    check(
        "son-tra-11-ctr-qu.status.yaml",
        "son-tra-11-ctr-qu.status.overview.txt",
    );
}

#[test]
fn the_six_month_report() {
    check(
        "son-tra-11-ctr-qu.status-6-thang-2023.yaml",
        "son-tra-11-ctr-qu.status-6-thang-2023.overview.txt",
    );
}
