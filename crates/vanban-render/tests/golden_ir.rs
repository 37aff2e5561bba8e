//! Golden tests: the IR of each example, as text, against `tests/golden/`.
//! Re-accept intended changes with `VANBAN_BLESS=1 cargo test -p vanban-render --test golden_ir`.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: failing loudly is the point

mod common;

fn check(example: &str) {
    let doc = common::example(example);
    let golden = common::root()
        .join("tests/golden")
        .join(format!("{example}.ir.txt"));
    common::golden(&golden, &doc.dump(), &format!("IR of {example}"));
}

#[test]
fn son_tra_program_ir() {
    check("son-tra-11-ctr-qu");
}

#[test]
fn ward_plan_ir() {
    check("phuong-an-hai-2025");
}

#[test]
fn son_tra_report_ir() {
    check("son-tra-11-ctr-qu.status");
}

#[test]
fn report_with_the_previous_period_ir() {
    let golden = common::root().join("tests/golden/son-tra-11-ctr-qu.status-with-previous.ir.txt");
    common::golden(
        &golden,
        &common::report_with_previous().dump(),
        "IR of the report with --previous",
    );
}

/// The project `vanban init` writes: its program, and its report, whose
/// groups include one with nothing done and one with nothing open.
#[test]
fn init_project_ir() {
    let (program, report) = common::init_project();
    let dir = common::root().join("tests/golden");
    common::golden(
        &dir.join("init.chuong-trinh.ir.txt"),
        &program.dump(),
        "IR of the init program",
    );
    let report = report.dump();
    common::golden(
        &dir.join("init.bao-cao.ir.txt"),
        &report,
        "IR of the init report",
    );
    // Zero counts are left out of the group sentences, never "00 nhiệm vụ".
    assert!(!report.contains(" 00 nhiệm vụ"), "{report}");
    assert!(report.contains("chưa có nhiệm vụ hoàn thành"));
}
