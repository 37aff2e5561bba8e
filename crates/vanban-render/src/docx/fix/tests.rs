//! Tests of the fix pass.
use super::*;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml""#;

fn fix(xml: &str, style: Option<&str>) -> Result<String, FixError> {
    let mut ids = 0;
    let out = fix_wml_part(
        "word/document.xml",
        xml.as_bytes(),
        style.map(str::as_bytes),
        &mut ids,
    )?;
    Ok(String::from_utf8(out).expect("utf-8"))
}

fn doc(body: &str) -> String {
    format!(r#"<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>"#)
}

fn props() -> FixOptions {
    FixOptions {
        core: CoreProps {
            title: "Chương trình <hành động>".into(),
            subject: "Kết luận 209".into(),
            creator: "Quận ủy Sơn Trà".into(),
            created: "2022-09-12T00:00:00Z".into(),
            modified: None,
            language: Some("vi-VN".into()),
        },
        header_row_style: Some("TableHeader".into()),
    }
}

fn package(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, body) in entries {
        z.start_file(*name, SimpleFileOptions::default())
            .expect("start");
        z.write_all(body.as_bytes()).expect("write");
    }
    z.finish().expect("finish").into_inner()
}

fn read(pkg: &[u8]) -> Vec<(String, String)> {
    let mut a = zip::ZipArchive::new(Cursor::new(pkg)).expect("zip");
    (0..a.len())
        .map(|i| {
            let mut f = a.by_index(i).expect("entry");
            let mut s = String::new();
            f.read_to_string(&mut s).expect("read");
            (f.name().to_owned(), s)
        })
        .collect()
}

#[test]
fn reorders_paragraph_and_run_properties() {
    let got = fix(&doc(concat!(
        r#"<w:p><w:pPr><w:rPr><w:sz w:val="2" /><w:b /></w:rPr><w:pStyle w:val="Body" />"#,
        r#"<w:ind w:left="311" /><w:spacing w:line="20" /><w:pBdr><w:left w:val="nil" /><w:bottom w:val="single" /><w:top w:val="nil" /></w:pBdr>"#,
        r#"<w:keepNext /></w:pPr><w:r><w:rPr><w:sz w:val="30" /><w:b /></w:rPr><w:t xml:space="preserve"> a </w:t></w:r></w:p>"#,
    )), None)
    .expect("fix");
    assert!(got.contains(concat!(
        r#"<w:pPr><w:pStyle w:val="Body" /><w:keepNext /><w:pBdr><w:top w:val="nil" /><w:left w:val="nil" /><w:bottom w:val="single" /></w:pBdr>"#,
        r#"<w:spacing w:line="20" /><w:ind w:left="311" /><w:rPr><w:b /><w:sz w:val="2" /></w:rPr></w:pPr>"#,
        r#"<w:r><w:rPr><w:b /><w:sz w:val="30" /></w:rPr><w:t xml:space="preserve"> a </w:t></w:r>"#,
    )), "{got}");
}

#[test]
fn reorders_section_table_and_style_properties() {
    let got = fix(&doc(concat!(
        r#"<w:tbl><w:tblPr><w:tblW w:w="9355" w:type="dxa" /><w:tblLayout w:type="fixed" /><w:tblCellMar><w:top w:w="0" w:type="dxa" /></w:tblCellMar></w:tblPr>"#,
        r#"<w:tblGrid><w:gridCol w:w="9355" w:type="dxa" /></w:tblGrid><w:tr><w:trPr /><w:tc><w:tcPr><w:vAlign w:val="center" /><w:tcW w:w="9355" w:type="dxa" /><w:gridSpan w:val="1" /></w:tcPr><w:p /></w:tc></w:tr></w:tbl>"#,
        r#"<w:sectPr><w:pgSz w:w="11906" /><w:headerReference w:type="default" /><w:titlePg /></w:sectPr>"#,
    )), None)
    .expect("fix");
    assert!(
        got.contains(
            r#"<w:tblW w:w="9355" w:type="dxa" /><w:tblLayout w:type="fixed" /><w:tblCellMar>"#
        ),
        "{got}"
    );
    assert!(
        got.contains(r#"<w:gridCol w:w="9355" />"#),
        "gridCol w:type dropped: {got}"
    );
    assert!(got.contains(r#"<w:tcPr><w:tcW w:w="9355" w:type="dxa" /><w:gridSpan w:val="1" /><w:vAlign w:val="center" /></w:tcPr>"#), "{got}");
    assert!(got.contains(r#"<w:sectPr><w:headerReference w:type="default" /><w:pgSz w:w="11906" /><w:titlePg /></w:sectPr>"#), "{got}");
    let styles = format!(
        r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1" /><w:rPr><w:b /></w:rPr><w:pPr><w:rPr /><w:outlineLvl w:val="0" /><w:keepNext /></w:pPr><w:next w:val="Body" /><w:qFormat /><w:basedOn w:val="Normal" /></w:style></w:styles>"#
    );
    let got = fix(&styles, None).expect("fix");
    assert!(got.contains(concat!(
        r#"<w:name w:val="heading 1" /><w:basedOn w:val="Normal" /><w:next w:val="Body" /><w:qFormat />"#,
        r#"<w:pPr><w:keepNext /><w:outlineLvl w:val="0" /></w:pPr><w:rPr><w:b /></w:rPr></w:style>"#,
    )), "empty rPr dropped from style pPr: {got}");
}

#[test]
fn marks_leading_header_rows_only() {
    let row = |style: &str, split: &str| {
        format!(
            r#"<w:tr>{split}<w:tc><w:p><w:pPr><w:rPr /><w:pStyle w:val="{style}" /></w:pPr></w:p></w:tc></w:tr>"#
        )
    };
    let body = format!(
        "<w:tbl><w:tblPr /><w:tblGrid /><w:tr><w:tc><w:p><w:pPr><w:pStyle w:val=\"TableHeader\" /></w:pPr></w:p></w:tc></w:tr>{}{}{}</w:tbl>",
        row(
            "TableHeader",
            "<w:trPr><w:trHeight w:val=\"400\" /><w:cantSplit /></w:trPr>"
        ),
        row("TableText", "<w:trPr />"),
        row("TableHeader", "<w:trPr />"),
    );
    let got = fix(&doc(&body), Some("TableHeader")).expect("fix");
    assert_eq!(got.matches("<w:tblHeader/>").count(), 2, "{got}");
    assert!(
        got.contains(r#"<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>"#),
        "{got}"
    );
    assert!(
        got.contains(r#"<w:trPr><w:cantSplit /><w:trHeight w:val="400" /><w:tblHeader/></w:trPr>"#),
        "{got}"
    );
    assert!(got.ends_with(r#"<w:trPr /><w:tc><w:p><w:pPr><w:pStyle w:val="TableHeader" /><w:rPr /></w:pPr></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#), "{got}");
    assert_eq!(
        fix(&doc(&body), None)
            .expect("fix")
            .matches("tblHeader")
            .count(),
        0
    );
}

#[test]
fn renumbers_para_ids_and_keeps_other_bytes() {
    let body = r#"<w:p w14:paraId="000000ff"><w:r><w:t>a &amp; b</w:t></w:r></w:p>  <!-- c --><w:p w14:paraId="00000007" />"#;
    let got = fix(&doc(body), None).expect("fix");
    assert_eq!(
        got,
        doc(
            r#"<w:p w14:paraId="00000001"><w:r><w:t>a &amp; b</w:t></w:r></w:p>  <!-- c --><w:p w14:paraId="00000002" />"#
        )
    );
}

#[test]
fn rejects_unknown_children_and_foreign_prefixes() {
    let err = fix(&doc(r#"<w:p><w:pPr><w:bogus /></w:pPr></w:p>"#), None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "word/document.xml: <w:bogus> inside <w:pPr> has no known schema position"
    );
    let err = fix(r#"<x:document xmlns:x="urn:other" />"#, None).unwrap_err();
    assert!(matches!(err, FixError::Unsupported { .. }), "{err}");
    assert!(matches!(
        fix("<w:document>", None),
        Err(FixError::Xml { .. })
    ));
}

#[test]
fn writes_core_properties_and_rejects_bad_dates() {
    let core = core_xml(&props().core).expect("core");
    assert!(core.contains("<dc:title>Chương trình &lt;hành động&gt;</dc:title><dc:subject>Kết luận 209</dc:subject><dc:creator>Quận ủy Sơn Trà</dc:creator>"), "{core}");
    assert!(core.contains(r#"<dcterms:created xsi:type="dcterms:W3CDTF">2022-09-12T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2022-09-12T00:00:00Z</dcterms:modified>"#));
    assert!(core.contains("<dc:language>vi-VN</dc:language>"));
    for bad in [
        "2022-09-12",
        "2022-13-01T00:00:00Z",
        "2022-09-12T00:00:00+07:00",
    ] {
        let mut p = props();
        p.core.created = bad.into();
        assert_eq!(
            fix_package(&package(&[]), &p),
            Err(FixError::InvalidDate(bad.into()))
        );
    }
}

#[test]
fn package_is_deterministic_ordered_and_idempotent() {
    let document =
        doc(r#"<w:p w14:paraId="00000042"><w:pPr><w:rPr /><w:jc w:val="center" /></w:pPr></w:p>"#);
    let entries = [
        ("word/", ""),
        ("word/document.xml", document.as_str()),
        ("docProps/core.xml", "<old/>"),
        ("_rels/.rels", "<Relationships/>"),
        ("[Content_Types].xml", "<Types/>"),
    ];
    let once = fix_package(&package(&entries), &props()).expect("fix");
    let mut reversed = entries;
    reversed.reverse();
    assert_eq!(
        once,
        fix_package(&package(&reversed), &props()).expect("fix"),
        "input entry order must not matter"
    );
    assert_eq!(
        once,
        fix_package(&once, &props()).expect("fix"),
        "idempotent"
    );
    let parts = read(&once);
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/core.xml",
            "word/document.xml"
        ]
    );
    assert!(parts[3].1.contains(
        r#"<w:p w14:paraId="00000001"><w:pPr><w:jc w:val="center" /><w:rPr /></w:pPr></w:p>"#
    ));
    let mut a = zip::ZipArchive::new(Cursor::new(&once)).expect("zip");
    for i in 0..a.len() {
        let f = a.by_index(i).expect("entry");
        assert_eq!(f.last_modified(), Some(zip::DateTime::DEFAULT));
        assert_eq!(f.compression(), zip::CompressionMethod::Deflated);
    }
    assert_eq!(
        fix_package(&package(&entries[..2]), &props()),
        Err(FixError::MissingPart("docProps/core.xml".into()))
    );
}

#[test]
fn a_switched_off_bold_or_italic_switches_its_complex_script_twin_off_too() {
    let out = fix(
        &doc(r#"<w:p><w:r><w:rPr><w:b w:val="false" /><w:bCs /><w:i /><w:iCs /></w:rPr><w:t>x</w:t></w:r></w:p>"#),
        None,
    )
    .expect("fixes");
    assert!(
        out.contains(r#"<w:b w:val="false" /><w:bCs w:val="false" /><w:i /><w:iCs />"#),
        "{out}"
    );
}
