//! Shared by the golden tests: the workspace root, and comparing output with
//! a golden file (or rewriting it under `VANBAN_BLESS=1`).

#![allow(clippy::unwrap_used, clippy::panic, dead_code)] // a test helper

use std::path::{Path, PathBuf};
use vanban_core::Program;
use vanban_render::{Document, Profile, Templates, program_document};

/// The bundled examples.
pub const EXAMPLES: [&str; 2] = ["son-tra-11-ctr-qu", "phuong-an-hai-2025"];

/// The IR of a bundled example, with the Party profile.
pub fn example(name: &str) -> Document {
    let yaml =
        std::fs::read_to_string(root().join("examples").join(format!("{name}.yaml"))).unwrap();
    let program = Program::from_yaml(&yaml, name).unwrap().value;
    program_document(&program, &Profile::party_hd36(), &Templates::builtin()).unwrap()
}

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Whether golden files are being re-accepted.
pub fn blessing() -> bool {
    std::env::var_os("VANBAN_BLESS").is_some_and(|v| v == "1")
}

/// Compares `actual` with the golden file, or rewrites it when blessing.
pub fn golden(path: &Path, actual: &str, what: &str) {
    if blessing() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path)
        .unwrap_or_else(|_| panic!("no golden file {}; run with VANBAN_BLESS=1", path.display()));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .map(|i| i + 1);
        panic!(
            "{what} differs from {} at line {line:?}; VANBAN_BLESS=1 accepts",
            path.display()
        );
    }
}
