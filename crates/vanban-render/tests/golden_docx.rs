//! The DOCX of each example: its XML parts against `tests/golden/`, the same
//! bytes on every render, and a package valid against the OOXML schemas (`docx-check`).
//! Re-accept intended changes with `VANBAN_BLESS=1 cargo test -p vanban-render --test golden_docx`.

#![allow(clippy::unwrap_used, clippy::panic, clippy::expect_used)] // a test: failing loudly is the point

use std::io::Read;
use vanban_render::to_docx;
const PARTS: [&str; 4] = [
    "word/document.xml",
    "word/styles.xml",
    "word/header1.xml",
    "docProps/core.xml",
];

mod common;
use common::{EXAMPLES, root};

fn render(example: &str) -> Vec<u8> {
    to_docx(
        &common::example(example),
        &common::profile(example),
        vanban_render::FontSet::builtin(),
    )
    .unwrap()
}

fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    // One element per line, so that a golden diff is readable.
    s.replace("><", ">\n<")
}

#[test]
fn docx_parts_match_golden_files() {
    for example in EXAMPLES {
        let docx = render(example);
        // The package itself, to open or convert when a golden changes.
        let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden-docx");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join(format!("{example}.docx")), &docx).unwrap();
        let dir = root().join("tests/golden").join(format!("{example}.docx"));
        for name in PARTS {
            common::golden(
                &dir.join(name.replace('/', "__")),
                &part(&docx, name),
                &format!("{example}: {name}"),
            );
        }
    }
}

#[test]
fn same_input_gives_the_same_bytes() {
    let first = render("son-tra-11-ctr-qu");
    let _other = render("phuong-an-hai-2025");
    assert!(
        first == render("son-tra-11-ctr-qu"),
        "a second render in the same process differs"
    );
    let in_thread = std::thread::spawn(|| render("son-tra-11-ctr-qu"))
        .join()
        .unwrap();
    assert!(first == in_thread, "a render on another thread differs");
    let report = render("son-tra-11-ctr-qu.status");
    assert!(
        report == render("son-tra-11-ctr-qu.status"),
        "a second render of the report differs"
    );
}

#[test]
fn the_report_carries_its_chart_as_a_sharp_png() {
    let docx = render("son-tra-11-ctr-qu.status");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&docx)).unwrap();
    let names: Vec<String> = zip.file_names().map(str::to_owned).collect();
    let media: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with("word/media/"))
        .collect();
    assert_eq!(media.len(), 1, "{names:?}");
    let mut png = Vec::new();
    zip.by_name(media[0])
        .unwrap()
        .read_to_end(&mut png)
        .unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    // The text width (165 mm) at the profile's 300 dpi.
    assert_eq!(width, (467.75_f32 * 300.0 / 72.0).ceil() as u32);
    let types = part(&docx, "[Content_Types].xml");
    assert!(types.contains("Extension=\"png\""), "{types}");
    let rels = part(&docx, "word/_rels/document.xml.rels");
    assert!(rels.contains("Id=\"rIdChart1\""), "{rels}");
    let doc = part(&docx, "word/document.xml");
    assert!(doc.contains("r:embed=\"rIdChart1\""));
}

/// Every example's package is valid against the OOXML schemas the
/// repository carries (`docx-check`, with xmllint). Nothing is skipped: a
/// missing xmllint fails the test.
#[test]
fn rendered_examples_are_schema_valid() {
    for example in EXAMPLES {
        let errors = docx_check::validate(&render(example))
            .unwrap_or_else(|e| panic!("cannot validate (install libxml2-utils): {e}"));
        assert!(errors.is_empty(), "{example}.docx:\n{}", errors.join("\n"));
    }
}
