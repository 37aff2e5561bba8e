//! Loading and validating the bundled Sơn Trà example.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use vanban_core::Program;

fn load(c: &mut Criterion) {
    let yaml = include_str!("../../../examples/son-tra-11-ctr-qu.yaml");
    c.bench_function("load+validate son-tra-11-ctr-qu", |b| {
        b.iter(|| {
            Program::from_yaml(black_box(yaml), "son-tra-11-ctr-qu.yaml")
                .map(|l| l.value.groups.len())
        })
    });
}

criterion_group!(benches, load);
criterion_main!(benches);
