//! The library reads no environment variable and no clock: everything from
//! outside comes through `World` and the profile (tests may read variables).

#![allow(clippy::unwrap_used, clippy::panic)] // a test: failing loudly is the point

use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(path);
        }
    }
}

#[test]
fn no_source_of_the_library_reads_the_environment_or_the_clock() {
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 20);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for banned in ["env::var", "env::vars", "SystemTime", "Instant::now"] {
            assert!(!text.contains(banned), "{} uses {banned}", f.display());
        }
    }
}
