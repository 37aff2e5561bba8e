use super::*;
use vanban_core::Lang;

/// The diagnostics of a profile file, one line each: "line:col code: message".
fn problems(text: &str) -> Vec<String> {
    match Adjustment::from_yaml(text, "p.yaml") {
        Ok(_) => Vec::new(),
        Err(d) => {
            d.0.iter()
                .map(|d| {
                    let pos = d
                        .pos
                        .map_or("-".into(), |p| format!("{}:{}", p.line, p.column));
                    format!("{pos} {}: {}", d.message.code(), d.message.text(Lang::Vi))
                })
                .collect()
        }
    }
}

fn adjust(text: &str) -> Adjustment {
    match Adjustment::from_yaml(text, "p.yaml") {
        Ok(a) => a.value,
        Err(d) => panic!("{text}: {d}"),
    }
}

#[test]
fn party_defaults_follow_the_reference() {
    let p = Profile::party_hd36();
    assert_eq!(p.margins_mm, [20.0, 20.0, 30.0, 15.0]);
    assert_eq!(p.text_width_mm(), 165.0);
    assert!(p.motto.bold && p.motto.size == 15.0);
    assert_eq!(p.summary_separator, "-----");
    assert!(p.recipients_label.underline);
}

#[test]
fn both_bases_keep_every_rule() {
    let none = ProfilePatch::default();
    for format in [FormatKind::Party, FormatKind::State] {
        let p = Profile::for_format(format);
        assert_eq!(rules::check(&p, &none, format), Vec::new(), "{}", p.name);
    }
}

#[test]
fn a_file_changes_only_what_it_names_at_any_depth() {
    let a = adjust("line_height_pt: 19\nheading1:\n  size: 15\nmargins_mm: [20, 20, 35, 15]\n");
    assert_eq!(a.changes(), 3);
    for format in [FormatKind::Party, FormatKind::State] {
        let base = Profile::for_format(format);
        let p = a.profile(format);
        assert_eq!(p.line_height_pt, 19.0);
        assert_eq!(p.heading1.size, 15.0);
        assert_eq!(
            (p.heading1.bold, p.heading1.caps, p.heading1.italic),
            (base.heading1.bold, base.heading1.caps, base.heading1.italic)
        );
        assert_eq!(p.margins_mm, [20.0, 20.0, 35.0, 15.0]);
        // Everything else is the base's.
        let mut expected = base.clone();
        expected.line_height_pt = 19.0;
        expected.heading1.size = 15.0;
        expected.margins_mm[2] = 35.0;
        assert_eq!(p, expected);
    }
    // A file that changes nothing (only comments) is the base itself.
    let none = adjust("# yaml-language-server: $schema=schemas/profile.schema.json\n");
    assert_eq!(none.changes(), 0);
    assert_eq!(none.base(), None);
    assert_eq!(none.profile(FormatKind::State), Profile::state_nd30());
    assert_eq!(
        Adjustment::default().profile(FormatKind::Party),
        Profile::party_hd36()
    );
}

#[test]
fn the_base_a_file_names_wins_over_the_document_format() {
    let a = adjust("base: party-hd36\nline_height_pt: 19\n");
    assert_eq!(a.base(), Some(FormatKind::Party));
    for format in [FormatKind::Party, FormatKind::State] {
        let p = a.profile(format);
        assert_eq!(p.name, "party-hd36");
        assert_eq!(p.motto_lines, ["ĐẢNG CỘNG SẢN VIỆT NAM"]);
        assert_eq!(p.line_height_pt, 19.0);
    }
    let s = adjust("base: state-nd30\n");
    assert_eq!(s.profile(FormatKind::Party), Profile::state_nd30());
    assert_eq!(
        problems("base: state-nd-30\n"),
        ["1:7 unknown-value: giá trị 'state-nd-30' không hợp lệ cho trường 'base'"]
    );
    let d = Adjustment::from_yaml("base: state-nd-30\n", "p.yaml").unwrap_err();
    assert_eq!(
        d.0[0].message.hint(Lang::En).unwrap(),
        "did you mean 'state-nd30'? Valid values: party-hd36, state-nd30"
    );
}

#[test]
fn a_mistyped_key_is_named_at_any_depth_with_did_you_mean() {
    let d =
        Adjustment::from_yaml("line_height_pt: 19\nheading1:\n  sise: 15\n", "p.yaml").unwrap_err();
    assert_eq!(d.0.len(), 1);
    let e = &d.0[0];
    assert_eq!(
        e.headline(Lang::Vi),
        "p.yaml:3:3: lỗi[unknown-key]: trường không hợp lệ 'sise'"
    );
    assert_eq!(
        e.message.hint(Lang::Vi).unwrap(),
        "có phải ý bạn là 'size'? Các trường hợp lệ: 'size', 'bold', 'italic', 'underline', 'caps'"
    );
    let d = Adjustment::from_yaml("line_heigth_pt: 19\n", "p.yaml").unwrap_err();
    assert!(
        d.0[0]
            .message
            .hint(Lang::En)
            .unwrap()
            .starts_with("did you mean 'line_height_pt'? Valid fields: 'base', 'name', 'page_mm'")
    );
}

#[test]
fn type_errors_are_named_in_vietnamese() {
    assert_eq!(
        problems("line_height_pt: mười tám\n"),
        ["1:17 wrong-type: sai kiểu giá trị: cần một số, nhưng gặp một chuỗi văn bản"]
    );
    assert_eq!(
        problems("margins_mm: [20, 20, 30]\n"),
        ["1:13 wrong-length: sai số phần tử: cần danh sách 4 phần tử, nhưng gặp 3 phần tử"]
    );
    assert_eq!(
        problems("heading1: 15\n"),
        ["1:11 wrong-type: sai kiểu giá trị: ở đây cần một nhóm trường (tên: giá trị)"]
    );
    // Nothing after the colon is an empty value, not a text.
    assert_eq!(
        problems("line_height_pt:   # trống\n"),
        ["1:15 null-value: giá trị để trống"]
    );
    // A number of the wrong kind is not called a text.
    assert_eq!(
        problems("sign_space_lines: -1\n"),
        ["1:19 wrong-type: sai kiểu giá trị: ở đây cần một số nguyên không âm (0, 1, 2 …)"]
    );
    assert_eq!(
        problems("appendix_numbering: romen\n"),
        ["1:21 unknown-value: giá trị 'romen' không hợp lệ"]
    );
}

#[test]
fn a_profile_that_is_not_a_mapping_is_refused() {
    assert_eq!(
        problems("- line_height_pt: 19\n- margins_mm: [20, 20, 30, 15]\n"),
        [
            "1:1 profile-not-mapping: hồ sơ thể thức phải là một nhóm khóa (tên: giá trị), nhưng tệp này là một danh sách (các dòng bắt đầu bằng '- ')"
        ]
    );
    assert_eq!(
        problems("19\n")[0].split(':').nth(1),
        Some("1 profile-not-mapping")
    );
}

#[test]
fn margins_must_leave_a_text_area() {
    assert_eq!(
        problems("margins_mm: [20, 20, 200, 15]\n"),
        [
            "1:22 profile-text-area: lề trái 200 mm và lề phải 15 mm chỉ để lại vùng chữ rộng -5 mm trên khổ giấy rộng 210 mm; vùng chữ cần rộng ít nhất 60 mm"
        ]
    );
    assert_eq!(
        problems("margins_mm: [100, 100.5, 30, 15]\n"),
        [
            "1:19 profile-text-area: lề trên 100 mm và lề dưới 100,5 mm chỉ để lại vùng chữ cao 96,5 mm trên khổ giấy cao 297 mm; vùng chữ cần cao ít nhất 100 mm"
        ]
    );
    assert_eq!(
        problems("margins_mm: [20, -1, 30, 15]\n"),
        [
            "1:18 profile-out-of-range: 'margins_mm[1]' là -1 mm, ngoài giới hạn cho phép: từ 0 mm trở lên"
        ]
    );
    assert_eq!(
        problems("page_mm: [2100, 297]\n"),
        [
            "1:11 profile-out-of-range: 'page_mm[0]' là 2100 mm, ngoài giới hạn cho phép: từ 100 đến 600 mm"
        ]
    );
}

#[test]
fn every_text_size_and_number_is_bounded() {
    assert_eq!(
        problems("body:\n  size: 140\n"),
        [
            "2:9 profile-out-of-range: 'body.size' là 140 pt, ngoài giới hạn cho phép: từ 6 đến 72 pt"
        ]
    );
    assert_eq!(
        problems("recipients_share: 1\nchart_dpi: .nan\nsign_space_lines: 30\n"),
        [
            "1:19 profile-out-of-range: 'recipients_share' là 1, ngoài giới hạn cho phép: lớn hơn 0 và nhỏ hơn 1",
            "2:12 profile-out-of-range: 'chart_dpi' là .nan dpi, ngoài giới hạn cho phép: từ 72 đến 1200 dpi",
            "3:19 profile-out-of-range: 'sign_space_lines' là 30 dòng, ngoài giới hạn cho phép: từ 0 đến 20 dòng",
        ]
    );
    assert_eq!(
        problems("header_distance_mm: 25\n"),
        [
            "1:21 profile-out-of-range: 'header_distance_mm' là 25 mm, ngoài giới hạn cho phép: từ 0 đến 20 mm"
        ]
    );
    assert_eq!(
        problems("font: \"  \"\n"),
        ["1:7 empty-text: trường 'font' để trống"]
    );
    // A whole number keeps its digits; a negative margin is one problem,
    // not also the page number's distance beyond it.
    assert_eq!(
        problems("sign_space_lines: 4294967295\n"),
        [
            "1:19 profile-out-of-range: 'sign_space_lines' là 4294967295 dòng, ngoài giới hạn cho phép: từ 0 đến 20 dòng"
        ]
    );
    assert_eq!(
        problems("margins_mm: [-10, 20, 30, 15]\n"),
        [
            "1:14 profile-out-of-range: 'margins_mm[0]' là -10 mm, ngoài giới hạn cho phép: từ 0 mm trở lên"
        ]
    );
}

#[test]
fn the_right_header_column_must_hold_the_motto() {
    // 165 − 100 = 65 mm: enough for "ĐẢNG CỘNG SẢN VIỆT NAM" (72.9 mm)? No.
    let party = problems("base: party-hd36\nheader_left_mm: 100\n");
    assert_eq!(party.len(), 1, "{party:?}");
    assert!(
        party[0].starts_with("2:17 profile-header-left: cột trái của phần tiêu đề rộng 100 mm chỉ để lại 65 mm cho cột phải, hẹp hơn dòng 'ĐẢNG CỘNG SẢN VIỆT NAM' của hồ sơ gốc party-hd36 ("),
        "{party:?}"
    );
    // Without a base, the file is checked over both: the state motto is wider.
    let both = problems("header_left_mm: 85\n");
    assert_eq!(both.len(), 1, "{both:?}");
    assert!(both[0].contains("hồ sơ gốc state-nd30"), "{both:?}");
    assert_eq!(
        problems("base: party-hd36\nheader_left_mm: 85\n"),
        Vec::<String>::new()
    );
}

/// Every number a file may set has a range rule: the largest value of its
/// type is refused, at its place. A key added to the profile without a rule
/// fails here.
#[test]
fn every_number_has_a_rule() {
    let schema = profile_schema();
    let props = schema["properties"].as_object().unwrap();
    let mut numbers = 0;
    for (key, prop) in props {
        let huge = "1000000000";
        let ty = prop["type"].as_str().unwrap_or_default();
        let text = match ty {
            "number" | "integer" => format!("{key}: {huge}\n"),
            "array"
                if prop["items"]["type"] == "number"
                    || prop["prefixItems"][0]["type"] == "number" =>
            {
                let n = prop["minItems"].as_u64().unwrap();
                let mut all = Vec::new();
                for i in 0..n {
                    let items: Vec<&str> =
                        (0..n).map(|j| if i == j { huge } else { "20" }).collect();
                    all.push(format!("{key}: [{}]\n", items.join(", ")));
                }
                for t in &all {
                    let found = problems(t);
                    assert!(!found.is_empty(), "{t}: no rule refuses it");
                    numbers += 1;
                }
                continue;
            }
            _ if prop["$ref"] == "#/$defs/TextStyle" => format!("{key}:\n  size: {huge}\n"),
            _ => continue,
        };
        let found = problems(&text);
        assert!(!found.is_empty(), "{text}: no rule refuses it");
        assert!(
            found[0].starts_with(&format!("{}:", text.lines().count())),
            "{text}: {found:?}"
        );
        numbers += 1;
    }
    assert!(numbers > 40, "{numbers}");
}

#[test]
fn texts_are_read_as_nfc() {
    let a = adjust("archive_prefix: \"Lu\u{031b}u\"\n");
    assert_eq!(a.profile(FormatKind::Party).archive_prefix, "Lưu");
}

#[test]
fn the_schema_names_every_key() {
    let schema = profile_schema();
    let props = schema["properties"].as_object().unwrap();
    let keys: Vec<&str> = props.keys().map(String::as_str).collect();
    let mut expected: Vec<&str> = ProfilePatch::KEYS.to_vec();
    expected.sort_unstable();
    let mut keys = keys;
    keys.sort_unstable();
    assert_eq!(keys, expected);
    for (key, prop) in props {
        let d = prop["description"].as_str().unwrap_or_default();
        assert!(!d.is_empty(), "{key} has no description");
    }
    assert_eq!(
        props["heading1"]["description"],
        "Kiểu chữ của đề mục cấp 1 (\"I. MỤC ĐÍCH, YÊU CẦU\"). Gốc party-hd36: 14 pt, đậm, in hoa; gốc state-nd30: 14 pt, đậm, in hoa."
    );
}

/// Every prefix of the example profile, and the example with odd text
/// put in at every line, loads or fails with diagnostics: never a panic,
/// and every error in the file has a place.
#[test]
fn the_loader_never_panics_and_always_names_a_place() {
    let example = include_str!("../../../../examples/profiles/the-thuc.yaml");
    let mut inputs: Vec<String> = (0..=example.len())
        .filter(|&i| example.is_char_boundary(i))
        .map(|i| example[..i].to_string())
        .collect();
    let odd = [
        "-", ":", "{", "[1, 2", "*a", "&a 1", "? x", ".nan", "-.inf", "1e40", "~", "\"", "size: 1",
        "  - x", "\t",
    ];
    for (n, _) in example.match_indices('\n') {
        for o in odd {
            inputs.push(format!("{}{o}{}", &example[..n + 1], &example[n + 1..]));
        }
    }
    for text in &inputs {
        if let Err(d) = Adjustment::from_yaml(text, "p.yaml") {
            assert!(d.errors().next().is_some(), "{text:?}: {d}");
            for e in d.errors() {
                let blank = text
                    .lines()
                    .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
                assert!(e.pos.is_some() || blank, "{text:?}: {e}");
            }
        }
    }
}
