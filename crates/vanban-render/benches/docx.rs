//! The Sơn Trà program rendered to DOCX: IR and package (with the fix pass).

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
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
}

criterion_group!(benches, docx);
criterion_main!(benches);
