//! The generator drives the whole path from fixed seeds: every valid
//! document loads and renders with the oracles holding, and no hostile one
//! makes anything panic. (The fuzz target `fuzz/fuzz_targets/render.rs`
//! runs the same function on a fuzzer's bytes.)

#![allow(clippy::unwrap_used, clippy::panic)] // a test: failing loudly is the point

use vanban_gen::{Mode, Shape, exercise, seed_bytes};

fn run(mode: Mode, seeds: std::ops::Range<u64>, shape: Shape) -> (usize, usize) {
    let (mut loaded, mut rendered) = (0, 0);
    for seed in seeds {
        let data = seed_bytes(seed, 64 * 1024);
        match exercise(&data, shape, mode) {
            Ok(o) => {
                loaded += usize::from(o.loaded);
                rendered += o.rendered;
            }
            Err(finding) => panic!("seed {seed} ({mode:?}): {finding}"),
        }
    }
    (loaded, rendered)
}

#[test]
fn valid_documents_load_render_and_keep_their_text() {
    let shape = Shape {
        groups: 12,
        tasks: 40,
        words: 80,
        report: true,
    };
    let (loaded, rendered) = run(Mode::Valid, 0..24, shape);
    assert_eq!(loaded, 24);
    assert_eq!(rendered, 48, "every program and every report rendered");
}

#[test]
fn hostile_documents_never_panic() {
    let shape = Shape {
        groups: 6,
        tasks: 20,
        words: 40,
        report: true,
    };
    let (loaded, rendered) = run(Mode::Hostile, 1000..1032, shape);
    // Nothing panicked and no broken file came out of what was accepted;
    // some documents are refused, and some get through to the renderer.
    assert!(loaded < 32, "no hostile document was refused: {loaded}");
    assert!(rendered > 0, "no hostile document reached the renderer");
}

/// The fuzzer's first finding: with no bytes left, no task had a status
/// record and the status file said `tasks:` with nothing (a null, refused).
#[test]
fn empty_bytes_give_a_valid_pair() {
    let shape = Shape::default();
    let outcome = exercise(&[], shape, Mode::Valid).unwrap();
    assert!(outcome.loaded);
    assert_eq!(outcome.rendered, 2);
}
