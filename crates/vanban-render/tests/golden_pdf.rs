//! The PDF of each example: its layout (every span and stroke with its
//! position) against `tests/golden/*.layout.txt`, the same bytes whatever was
//! rendered before, and, with poppler and qpdf installed (always in CI), the
//! file itself: embedded subset fonts only, every sentence extractable,
//! a sound structure.
//! Re-accept intended changes with `VANBAN_BLESS=1 cargo test -p vanban-render --test golden_pdf`.

#![allow(clippy::unwrap_used, clippy::panic, clippy::expect_used)] // a test: failing loudly is the point

use std::path::Path;
use std::process::Command;
use vanban_render::ir::{Block, Document};
use vanban_render::layout::layout;
use vanban_render::{FontSet, Profile, to_pdf};

mod common;
use common::{EXAMPLES, root};

fn pdf(doc: &Document) -> Vec<u8> {
    to_pdf(doc, &Profile::party_hd36(), FontSet::builtin()).unwrap()
}

fn pdf_of(example: &str, doc: &Document) -> Vec<u8> {
    to_pdf(doc, &common::profile(example), FontSet::builtin()).unwrap()
}

#[test]
fn layouts_match_golden_files() {
    for example in EXAMPLES {
        let doc = common::example(example);
        let pages = layout(&doc, &common::profile(example), FontSet::builtin()).unwrap();
        let golden = root()
            .join("tests/golden")
            .join(format!("{example}.layout.txt"));
        common::golden(&golden, &pages.dump(), &format!("layout of {example}"));
    }
}

#[test]
fn same_input_gives_the_same_bytes_whatever_came_before() {
    let son_tra = common::example("son-tra-11-ctr-qu");
    let first = pdf(&son_tra);
    let ward = common::example("phuong-an-hai-2025");
    for _ in 0..5 {
        let _ = pdf(&ward);
    }
    assert!(
        first == pdf(&son_tra),
        "a later render in the process differs"
    );
    let in_thread = std::thread::spawn(move || pdf(&son_tra)).join().unwrap();
    assert!(first == in_thread, "a render on another thread differs");
    assert!(first.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&first);
    assert!(text.contains("D:20220912000000Z"));
}

/// The PDF tools the checks need; missing, the test fails (it never skips).
fn tool(name: &str) -> bool {
    let ok = Command::new(name).arg("-v").output().is_ok();
    assert!(
        ok,
        "{name} is missing: install poppler-utils and qpdf (README)"
    );
    ok
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{cmd} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Everything the body says: its headings, paragraphs and dash items.
fn sentences(doc: &Document) -> Vec<String> {
    let mut out = vec![doc.kind.clone(), doc.summary.clone()];
    for b in &doc.body {
        match b {
            Block::Heading { text, .. } | Block::Caption(text) => out.push(text.clone()),
            Block::Paragraph(runs) | Block::Dash(runs) => {
                out.push(runs.iter().map(|r| r.text.as_str()).collect())
            }
            // Cells are broken within their columns, so a table's text
            // comes out interleaved; the layout golden covers it.
            Block::Table(_) => {}
            Block::Chart(c) => out.extend(c.bars.iter().map(|b| b.label.clone())),
        }
    }
    out.extend(doc.signature.recipients.iter().cloned());
    out.push(doc.signature.name.clone());
    out
}

/// Without white space, and without hyphens: pdftotext joins a word broken
/// after a hyphen ("TC-" / "KH") and drops the hyphen.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

#[test]
fn the_files_pass_poppler_and_qpdf() {
    if !(tool("pdffonts") && tool("pdftotext") && tool("qpdf")) {
        return;
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden-pdf");
    std::fs::create_dir_all(&dir).unwrap();
    for example in EXAMPLES {
        let doc = common::example(example);
        let file = dir.join(format!("{example}.pdf"));
        std::fs::write(&file, pdf_of(example, &doc)).unwrap();

        let path = file.to_str().unwrap();
        let fonts = run("pdffonts", &[path]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{fonts}");
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let name = cols[0];
            let tag_ok = name.len() > 7
                && name.as_bytes()[6] == b'+'
                && name[..6].bytes().all(|b| b.is_ascii_uppercase());
            assert!(tag_ok, "{example}: not a subset font: {row}");
            assert!(name.contains("LiberationSerif"), "{row}");
            let n = cols.len();
            assert_eq!(
                &cols[n - 5..n - 2],
                &["yes", "yes", "yes"],
                "{example}: {row}"
            );
        }

        // The text without the page numbers, which stand on lines of their own.
        let text = run("pdftotext", &["-enc", "UTF-8", path, "-"]).replace('\u{c}', "\n");
        let body: String = text
            .lines()
            .filter(|l| !l.trim().chars().all(|c| c.is_ascii_digit()))
            .collect();
        let text = squeeze(&body);
        for s in sentences(&doc) {
            assert!(
                text.contains(&squeeze(&s)),
                "{example}: not extractable: {s}"
            );
        }
        let check = Command::new("qpdf")
            .arg("--check")
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            check.status.success(),
            "{}",
            String::from_utf8_lossy(&check.stdout)
        );
    }
}
