//! Generated inputs for benchmarks: the Sơn Trà example with its tasks
//! repeated to any count (JSON, which is YAML), and a large report on such
//! a program.

// Each benchmark uses a part of this module.
#![allow(dead_code)]

use vanban_core::Program;
use vanban_core::report::StatusFile;
use vanban_render::{Document, Profile, Templates, report_document};

const PROGRAM: &str = include_str!("../../../../examples/son-tra-11-ctr-qu.yaml");
const STATUS: &str = include_str!("../../../../examples/son-tra-11-ctr-qu.status.yaml");

/// The Sơn Trà program.
pub fn son_tra() -> Option<Program> {
    Program::from_yaml(PROGRAM, "son-tra").map(|l| l.value).ok()
}

/// The Sơn Trà program's source with `tasks` tasks, spread over its five
/// groups, as JSON text.
pub fn source_with(tasks: usize) -> Option<String> {
    source_grouped(tasks, 5)
}

/// The Sơn Trà program's source with `tasks` tasks spread over `groups`
/// groups (the example's five, repeated and renumbered `nhom-1`,
/// `nhom-2` …), as JSON text. Task `k` of group `g` is `g{g}-t{k}`, a copy
/// of one of the example's tasks ([`original`] tells which).
pub fn source_grouped(tasks: usize, groups: usize) -> Option<String> {
    let mut v: serde_json::Value = serde_saphyr::from_str(PROGRAM).ok()?;
    let list = v.get_mut("groups")?.as_array_mut()?;
    let all: Vec<serde_json::Value> = list
        .iter()
        .flat_map(|g| g["tasks"].as_array().cloned().unwrap_or_default())
        .collect();
    let models = list.clone();
    let made: Vec<serde_json::Value> = (0..groups)
        .map(|g| {
            let mut group = models[g % models.len()].clone();
            group["id"] = serde_json::Value::String(format!("nhom-{}", g + 1));
            if g >= models.len() {
                let title = group["title"].as_str().unwrap_or_default();
                group["title"] = serde_json::Value::String(format!("{title} ({})", g + 1));
            }
            let share = tasks / groups + usize::from(g < tasks % groups);
            let tasks: Vec<serde_json::Value> = (0..share)
                .map(|k| {
                    let mut t = all[original(g, k, all.len())].clone();
                    t["id"] = serde_json::Value::String(format!("g{g}-t{k}"));
                    t
                })
                .collect();
            group["tasks"] = serde_json::Value::Array(tasks);
            group
        })
        .collect();
    *list = made;
    serde_json::to_string_pretty(&v).ok()
}

/// Which of the example's `count` tasks task `k` of group `g` copies.
fn original(g: usize, k: usize, count: usize) -> usize {
    (g * 7 + k) % count
}

/// The Sơn Trà program with `tasks` tasks.
pub fn program_with(tasks: usize) -> Option<Program> {
    let text = source_with(tasks)?;
    Program::from_yaml(&text, "generated").map(|l| l.value).ok()
}

/// The program of [`source_grouped`], loaded.
pub fn program_grouped(tasks: usize, groups: usize) -> Option<Program> {
    let text = source_grouped(tasks, groups)?;
    Program::from_yaml(&text, "generated").map(|l| l.value).ok()
}

/// The status file of the one-year report for the program of
/// [`source_grouped`]: each task copies the status of the example task it
/// copies (completed, late, revised, in progress …), so every category
/// occurs in the example's proportions.
pub fn status_source(tasks: usize, groups: usize) -> Option<String> {
    let program: serde_json::Value = serde_saphyr::from_str(PROGRAM).ok()?;
    let ids: Vec<String> = program["groups"]
        .as_array()?
        .iter()
        .flat_map(|g| g["tasks"].as_array().cloned().unwrap_or_default())
        .filter_map(|t| t["id"].as_str().map(str::to_owned))
        .collect();
    let mut v: serde_json::Value = serde_saphyr::from_str(STATUS).ok()?;
    let entries = v.get_mut("tasks")?.as_array()?.clone();
    let mut list = Vec::new();
    for g in 0..groups {
        let share = tasks / groups + usize::from(g < tasks % groups);
        for k in 0..share {
            let id = &ids[original(g, k, ids.len())];
            if let Some(e) = entries.iter().find(|e| e["id"].as_str() == Some(id)) {
                let mut e = e.clone();
                e["id"] = serde_json::Value::String(format!("g{g}-t{k}"));
                list.push(e);
            }
        }
    }
    v["tasks"] = serde_json::Value::Array(list);
    serde_json::to_string_pretty(&v).ok()
}

/// The status file of [`status_source`], loaded against `program`.
pub fn status_grouped(program: &Program, tasks: usize, groups: usize) -> Option<StatusFile> {
    let text = status_source(tasks, groups)?;
    StatusFile::from_yaml(&text, "generated.status", program)
        .map(|l| l.value)
        .ok()
}

/// The large report: tasks and groups.
pub const LARGE_REPORT: (usize, usize) = (3000, 300);

/// The IR of the report on the large program; with
/// `VANBAN_BENCH_WRITE=DIR`, both sources are written there too
/// (`report-3000.yaml`, `report-3000.status.yaml`).
pub fn large_report(profile: &Profile, templates: &Templates) -> Option<Document> {
    let (tasks, groups) = LARGE_REPORT;
    if let (Ok(dir), Some(p), Some(s)) = (
        std::env::var("VANBAN_BENCH_WRITE"),
        source_grouped(tasks, groups),
        status_source(tasks, groups),
    ) {
        let _ = std::fs::write(format!("{dir}/report-{tasks}.yaml"), p);
        let _ = std::fs::write(format!("{dir}/report-{tasks}.status.yaml"), s);
    }
    let program = program_grouped(tasks, groups)?;
    let status = status_grouped(&program, tasks, groups)?;
    report_document(&program, &status, None, profile, templates).ok()
}
