//! Structure-aware fuzzing of the whole path: the fuzzer's bytes choose a
//! valid program and status file (`vanban-gen`), half of them with hostile
//! characters and numbers, which are loaded, rendered to .docx and PDF and
//! checked by the oracles. A finding is a panic or a broken oracle.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vanban_gen::{Mode, Shape, exercise};

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let mode = if first & 1 == 0 { Mode::Valid } else { Mode::Hostile };
    let shape = Shape {
        groups: 12,
        tasks: 60,
        words: 120,
        // One input in four also renders the report (its chart picture is
        // most of the time of a run).
        report: first & 6 == 0,
    };
    if let Err(finding) = exercise(rest, shape, mode) {
        panic!("{finding}");
    }
});
