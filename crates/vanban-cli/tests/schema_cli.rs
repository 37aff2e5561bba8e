//! `vanban schema`: the JSON Schemas of the input files. The copies committed
//! in `schemas/` (which the examples name on their first line) must be what
//! the binary writes now.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: failing loudly is the point

mod common;
use common::{root, scratch, vanban};

const FILES: [&str; 4] = [
    "program.schema.json",
    "status.schema.json",
    "project.schema.json",
    "profile.schema.json",
];

#[test]
fn the_committed_schemas_are_up_to_date() {
    let dir = scratch("schema-all");
    let out = vanban(&["schema", "-o", "out"], &dir);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let listed: String = FILES.iter().map(|f| format!("out/{f}\n")).collect();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), listed);
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
    for f in FILES {
        let written = std::fs::read_to_string(dir.join("out").join(f)).unwrap();
        let committed = std::fs::read_to_string(root().join("schemas").join(f))
            .unwrap_or_else(|e| panic!("schemas/{f}: {e}"));
        assert!(
            written == committed,
            "schemas/{f} is out of date; regenerate it with `cargo run -p vanban-cli -- schema -o schemas`"
        );
        assert!(written.ends_with("}\n"), "{f}");
        let value: serde_json::Value = serde_json::from_str(&written).unwrap();
        assert_eq!(
            value["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{f}"
        );
    }
}

#[test]
fn one_schema_goes_to_stdout() {
    let dir = scratch("schema-one");
    let out = vanban(&["schema", "status"], &dir);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let committed = std::fs::read_to_string(root().join("schemas/status.schema.json")).unwrap();
    assert!(
        String::from_utf8(out.stdout).unwrap() == committed,
        "`vanban schema status` differs from schemas/status.schema.json; regenerate it with `cargo run -p vanban-cli -- schema -o schemas`"
    );
    assert!(
        std::fs::read_dir(&dir).unwrap().next().is_none(),
        "wrote a file"
    );
}

#[test]
fn a_kind_with_a_folder_writes_only_that_schema() {
    let dir = scratch("schema-one-file");
    let out = vanban(&["schema", "profile", "-o", "s"], &dir);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "s/profile.schema.json\n"
    );
    let names: Vec<_> = std::fs::read_dir(dir.join("s"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["profile.schema.json"]);
}

#[test]
fn neither_a_kind_nor_a_folder_is_a_usage_error() {
    let dir = scratch("schema-usage");
    let out = vanban(&["schema"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "");
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "vanban schema: cần ghi tên lược đồ (program, status, project, profile), hoặc -o THƯ_MỤC để ghi cả bốn\n"
    );
    let out = vanban(&["--lang", "en", "schema"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "vanban schema: name a schema (program, status, project, profile), or give -o DIR to write all four\n"
    );
}

#[test]
fn the_example_profile_is_valid() {
    let out = vanban(
        &["check", "--profile", "examples/profiles/the-thuc.yaml"],
        &root(),
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "examples/profiles/the-thuc.yaml: hợp lệ (hồ sơ thể thức: gốc theo thể thức của từng văn bản, 4 thay đổi; 0 cảnh báo)\n"
    );
}
