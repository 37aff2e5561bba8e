//! The status engine on a generated program of 2,000 tasks: the Sơn Trà
//! example's tasks repeated, a third of them completed on varied days.

use criterion::{Criterion, criterion_group, criterion_main};
use std::collections::BTreeMap;
use std::hint::black_box;
use vanban_core::Program;
use vanban_core::date::VnDate;
use vanban_core::status::{Facts, overview};

fn status(c: &mut Criterion) {
    let yaml = include_str!("../../../examples/son-tra-11-ctr-qu.yaml");
    let Ok(loaded) = Program::from_yaml(yaml, "son-tra") else {
        return;
    };
    let mut program = loaded.value;
    let all: Vec<_> = program.tasks().map(|(_, t)| t.clone()).collect();
    let count = program.groups.len();
    let mut facts = BTreeMap::new();
    for (g, group) in program.groups.iter_mut().enumerate() {
        group.tasks = (0..2000 / count)
            .map(|k| {
                let mut t = all[(g * 7 + k) % all.len()].clone();
                t.id = format!("g{g}-t{k}");
                if k % 3 == 0 {
                    let day = VnDate::new(2023, 1 + (k % 12) as u32, 1 + (k % 28) as u32).ok();
                    facts.insert(
                        t.id.clone(),
                        Facts {
                            completed: day,
                            ..Facts::default()
                        },
                    );
                }
                t
            })
            .collect();
    }
    let Ok(as_of) = VnDate::new(2023, 9, 30) else {
        return;
    };
    c.bench_function("status overview, 2000 tasks", |b| {
        b.iter(|| {
            overview(black_box(&program), &facts, as_of, 30)
                .total
                .total()
        })
    });
}

criterion_group!(benches, status);
criterion_main!(benches);
