//! The Sơn Trà program rendered to DOCX: IR and package (with the fix
//! pass), and the package alone from the IR (the target: 2 ms); the report
//! on a program of 3,000 tasks in 300 groups, IR to package.

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use vanban_core::Program;
use vanban_render::{FontSet, Profile, Templates, program_document, to_docx};

fn docx(c: &mut Criterion) {
    let yaml = include_str!("../../../examples/son-tra-11-ctr-qu.yaml");
    let program = Program::from_yaml(yaml, "son-tra").map(|l| l.value).ok();
    let Some(program) = program else { return };
    let profile = Profile::party_hd36();
    let templates = Templates::builtin();
    let size = program_document(&program, &profile, &templates)
        .ok()
        .and_then(|d| to_docx(&d, &profile, FontSet::builtin()).ok())
        .map_or(0, |b| b.len());
    println!("son-tra-11-ctr-qu.docx: {size} bytes");
    c.bench_function("son-tra program -> IR", |b| {
        b.iter(|| program_document(black_box(&program), &profile, &templates).map(|d| d.body.len()))
    });
    c.bench_function("son-tra program -> IR -> DOCX", |b| {
        b.iter(|| {
            program_document(black_box(&program), &profile, &templates)
                .ok()
                .and_then(|d| to_docx(&d, &profile, FontSet::builtin()).ok())
                .map(|b| b.len())
        })
    });
    let fonts = FontSet::builtin();
    if let Ok(doc) = program_document(&program, &profile, &templates) {
        c.bench_function("son-tra IR -> DOCX", |b| {
            b.iter(|| to_docx(black_box(&doc), &profile, fonts).map(|b| b.len()))
        });
    }
    let (tasks, _) = support::LARGE_REPORT;
    if let Some(doc) = support::large_report(&profile, &templates) {
        let size = to_docx(&doc, &profile, fonts).map_or(0, |b| b.len());
        println!("report on {tasks} tasks: {size} bytes");
        let mut group = c.benchmark_group("generated");
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(20));
        group.bench_function(format!("report on {tasks} tasks IR -> DOCX"), |b| {
            b.iter(|| to_docx(black_box(&doc), &profile, fonts).map(|b| b.len()))
        });
        group.finish();
    }
}

criterion_group!(benches, docx);
criterion_main!(benches);
