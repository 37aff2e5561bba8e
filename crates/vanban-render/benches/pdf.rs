//! PDF: the Sơn Trà program (layout alone, and layout with the file),
//! generated programs of 200 and 2,000 tasks, whose ratio shows how time
//! grows, and the report on a program of 3,000 tasks in 300 groups.
//! `VANBAN_BENCH_WRITE=DIR` also writes the generated sources there
//! (`generated-N.yaml`, `report-3000.yaml` with `report-3000.status.yaml`),
//! for measuring the command's peak memory.

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use vanban_render::layout::layout;
use vanban_render::{FontSet, Profile, Templates, program_document, to_pdf};

fn pdf(c: &mut Criterion) {
    let profile = Profile::party_hd36();
    let templates = Templates::builtin();
    let fonts = FontSet::builtin();
    let Some(program) = support::son_tra() else {
        return;
    };
    let Ok(doc) = program_document(&program, &profile, &templates) else {
        return;
    };
    let size = to_pdf(&doc, &profile, fonts).map_or(0, |b| b.len());
    println!("son-tra-11-ctr-qu.pdf: {size} bytes");
    c.bench_function("son-tra IR -> layout", |b| {
        b.iter(|| layout(black_box(&doc), &profile, fonts).map(|p| p.pages.len()))
    });
    c.bench_function("son-tra IR -> PDF", |b| {
        b.iter(|| to_pdf(black_box(&doc), &profile, fonts).map(|b| b.len()))
    });
    let mut group = c.benchmark_group("generated");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    for tasks in [200, 2000] {
        if let (Ok(dir), Some(text)) = (
            std::env::var("VANBAN_BENCH_WRITE"),
            support::source_with(tasks),
        ) {
            let _ = std::fs::write(format!("{dir}/generated-{tasks}.yaml"), text);
        }
        let Some(program) = support::program_with(tasks) else {
            println!("generated program of {tasks} tasks does not load");
            continue;
        };
        let Ok(doc) = program_document(&program, &profile, &templates) else {
            continue;
        };
        if let Ok(bytes) = to_pdf(&doc, &profile, fonts) {
            let pages = layout(&doc, &profile, fonts).map_or(0, |p| p.pages.len());
            println!("{tasks} tasks: {pages} pages, {} bytes", bytes.len());
        }
        group.bench_function(format!("{tasks} tasks IR -> PDF"), |b| {
            b.iter(|| to_pdf(black_box(&doc), &profile, fonts).map(|b| b.len()))
        });
    }
    let (tasks, groups) = support::LARGE_REPORT;
    if let Some(doc) = support::large_report(&profile, &templates) {
        if let Ok(bytes) = to_pdf(&doc, &profile, fonts) {
            let pages = layout(&doc, &profile, fonts).map_or(0, |p| p.pages.len());
            println!(
                "report on {tasks} tasks in {groups} groups: {pages} pages, {} bytes",
                bytes.len()
            );
        }
        group.bench_function(format!("report on {tasks} tasks IR -> PDF"), |b| {
            b.iter(|| to_pdf(black_box(&doc), &profile, fonts).map(|b| b.len()))
        });
    } else {
        println!("the generated report does not load");
    }
    group.finish();
}

criterion_group!(benches, pdf);
criterion_main!(benches);
