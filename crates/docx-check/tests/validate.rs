//! The validator finds what a strict consumer refuses, and accepts what it
//! reads: minimal packages made here, each changed in one way.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test: failing loudly is the point

use std::io::Write;

const TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;
const OPEN: &str = r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"><w:body>"#;
const CLOSE: &str = "</w:body></w:document>";

fn package(body: &str) -> Vec<u8> {
    package_with(&format!("{OPEN}{body}{CLOSE}"))
}

fn package_with(document: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, text) in [
        ("[Content_Types].xml", TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", document),
    ] {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn errors(body: &str) -> Vec<String> {
    docx_check::validate(&package(body)).expect("xmllint and the schemas must be present")
}

#[test]
fn a_minimal_package_is_valid() {
    assert_eq!(
        errors("<w:p><w:r><w:t>Một</w:t></w:r></w:p>"),
        Vec::<String>::new()
    );
}

#[test]
fn ignorable_extensions_are_dropped_and_fallbacks_kept() {
    let body = r#"<w:p w14:paraId="00000001"><mc:AlternateContent><mc:Choice Requires="w14"><w14:unknown/></mc:Choice><mc:Fallback><w:r><w:t>x</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"#;
    assert_eq!(errors(body), Vec::<String>::new());
}

#[test]
fn elements_out_of_order_are_refused() {
    // w:pPr must come first in a paragraph.
    let found = errors("<w:p><w:r><w:t>x</w:t></w:r><w:pPr><w:jc w:val=\"center\"/></w:pPr></w:p>");
    assert!(
        found
            .iter()
            .any(|e| e.starts_with("word/document.xml:") && e.contains("pPr")),
        "{found:?}"
    );
}

#[test]
fn an_unknown_value_is_refused() {
    let found = errors("<w:p><w:pPr><w:jc w:val=\"middle\"/></w:pPr></w:p>");
    assert!(found.iter().any(|e| e.contains("middle")), "{found:?}");
}

#[test]
fn a_control_character_is_not_well_formed() {
    let found = errors("<w:p><w:r><w:t>a\u{1}b</w:t></w:r></w:p>");
    assert!(!found.is_empty());
    let found = errors("<w:p><w:r><w:t>a&#x1F;b</w:t></w:r></w:p>");
    assert!(
        !found.is_empty(),
        "a character reference to a control character"
    );
}

#[test]
fn an_extension_that_is_not_ignorable_is_refused() {
    let doc = OPEN.replace(" mc:Ignorable=\"w14\"", "") + "<w:p w14:paraId=\"00000001\"/>" + CLOSE;
    let found = docx_check::validate(&package_with(&doc)).unwrap();
    assert!(found.iter().any(|e| e.contains("paraId")), "{found:?}");
}

#[test]
fn a_missing_part_and_a_broken_zip_are_reported() {
    let found = docx_check::validate(b"PK not a zip").unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("not a readable zip package"),
        "{found:?}"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(
        "[Content_Types].xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    zip.write_all(TYPES.as_bytes()).unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let found = docx_check::validate(&bytes).unwrap();
    assert!(
        found.contains(&"missing part word/document.xml".to_string()),
        "{found:?}"
    );
}
