//! `vanban build` on a generated project of 200 documents: 50 copies of the
//! Sơn Trà program, 50 of the An Hải plan, and 100 reports on the Sơn Trà
//! copies (the six-month report, and the one-year review compared with it).
//! Times the real binary: a full build on one job and on every core, and a
//! second build with nothing changed. Prints the medians of five runs.
//!
//! Run with `cargo bench -p vanban-cli --bench build`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a benchmark

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const RUNS: usize = 5;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn example(name: &str) -> String {
    std::fs::read_to_string(root().join("examples").join(name)).unwrap()
}

/// Writes the project and returns its folder.
fn generate() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-build");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("chuong-trinh")).unwrap();
    std::fs::create_dir_all(dir.join("bao-cao")).unwrap();
    let son_tra = example("son-tra-11-ctr-qu.yaml");
    let an_hai = example("phuong-an-hai-2025.yaml");
    let six = example("son-tra-11-ctr-qu.status-6-thang-2023.yaml");
    let year = example("son-tra-11-ctr-qu.status.yaml");
    let mut yaml = String::from("output: ket-qua\nprograms:\n");
    let mut reports = String::from("reports:\n");
    for i in 1..=50 {
        let st = format!("chuong-trinh/st-{i:02}.yaml");
        let text = son_tra.replace("symbol: 11-CTr/QU", &format!("symbol: {}-CTr/QU", i + 10));
        std::fs::write(dir.join(&st), text).unwrap();
        let ah = format!("chuong-trinh/ah-{i:02}.yaml");
        let text = an_hai.replace("symbol: 05-KH/ĐU", &format!("symbol: {i}-KH/ĐU"));
        std::fs::write(dir.join(&ah), text).unwrap();
        yaml += &format!("  - file: {st}\n  - file: {ah}\n");
        let b6 = format!("bao-cao/st-{i:02}-6-thang.yaml");
        let text = six.replace("symbol: 98-BC/QU", &format!("symbol: {}-BC/QU", i + 100));
        std::fs::write(dir.join(&b6), text).unwrap();
        let by = format!("bao-cao/st-{i:02}-1-nam.yaml");
        let text = year.replace("symbol: 125-BC/QU", &format!("symbol: {}-BC/QU", i + 200));
        std::fs::write(dir.join(&by), text).unwrap();
        reports += &format!("  - program: {st}\n    status: {b6}\n");
        reports += &format!("  - program: {st}\n    status: {by}\n    previous: {b6}\n");
    }
    std::fs::write(dir.join("vanban.yaml"), yaml + &reports).unwrap();
    dir
}

/// Runs `vanban build` with `args`; returns the wall time and stdout.
fn build(dir: &Path, args: &[&str]) -> (Duration, String) {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .arg("build")
        .arg(dir)
        .args(args)
        .env("CI", "true")
        .output()
        .unwrap();
    let elapsed = start.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (elapsed, String::from_utf8_lossy(&out.stdout).into_owned())
}

fn median(dir: &Path, args: &[&str]) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS).map(|_| build(dir, args).0).collect();
    times.sort();
    times[RUNS / 2]
}

fn main() {
    let dir = generate();
    let (_, stdout) = build(&dir, &["--force"]);
    let summary = stdout.lines().last().unwrap_or_default().to_string();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let one = median(&dir, &["--force", "-q", "-j", "1"]);
    let all = median(&dir, &["--force", "-q"]);
    let none = median(&dir, &["-q"]);
    println!("vanban build, 200 documents (docx + pdf each): {summary}");
    println!("  full build, 1 job:   {:>7.3} s", one.as_secs_f64());
    println!(
        "  full build, {cores} jobs:  {:>7.3} s  (speed-up {:.2}x)",
        all.as_secs_f64(),
        one.as_secs_f64() / all.as_secs_f64()
    );
    println!("  nothing changed:     {:>7.3} s", none.as_secs_f64());
}
