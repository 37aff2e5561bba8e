//! What decoding shows and the raw text does not: escaped refused
//! characters, invisible characters in keys and ids, targets and years out
//! of their domain, and indentation with a tab or a no-break space, each
//! reported at its line and column.

#![allow(clippy::unwrap_used, clippy::panic)]

use crate::diagnostic::test_line;
use crate::{Lang, Program};

const PARTY: &str = include_str!("../../../../examples/son-tra-11-ctr-qu.yaml");

/// The first error of the example with `from` replaced by `to`, as
/// `line:col error code: text`.
fn first_error(from: &str, to: &str) -> String {
    assert!(PARTY.contains(from), "{from}");
    let text = PARTY.replacen(from, to, 1);
    let diags = Program::from_yaml(&text, "t.yaml").unwrap_err();
    test_line(diags.errors().next().unwrap())
}

#[test]
fn escaped_refused_characters_are_caught_after_decoding() {
    for (escape, name) in [
        ("\\u0000", "U+0000 NUL"),
        ("\\e", "U+001B ESC"),
        ("\\x1f", "U+001F US"),
        ("\\uFFFE", "U+FFFE NONCHARACTER"),
        (
            "\\uFEFF",
            "U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)",
        ),
        ("\\u202E", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("\\U0001FFFF", "U+1FFFF NONCHARACTER"),
    ] {
        let line = first_error("  place: Sơn Trà", &format!("  place: \"Sơn{escape}Trà\""));
        assert_eq!(
            line,
            format!("23:10 error forbidden-char: ký tự {name} không được phép trong văn bản"),
            "{escape}"
        );
    }
}

#[test]
fn a_legitimate_escape_passes() {
    let text = PARTY.replacen("  place: Sơn Trà", "  place: \"Sơn\\u00A0Trà\\t\"", 1);
    assert!(Program::from_yaml(&text, "t.yaml").is_ok());
}

#[test]
fn invisible_characters_in_keys_and_ids_are_named() {
    assert_eq!(
        first_error("  place: Sơn Trà", "  \"place\\u00A0\": Sơn Trà"),
        "23:3 error invisible-char: ký tự ẩn U+00A0 NO-BREAK SPACE trong tên trường 'place<U+00A0>'"
    );
    let text = PARTY.replacen("lead: btg-qu", "lead: \"btg-qu\\u200B\"", 1);
    let diags = Program::from_yaml(&text, "t.yaml").unwrap_err();
    let d = diags.errors().next().unwrap();
    assert_eq!(
        d.message.text(Lang::En),
        "invisible character U+200B ZERO WIDTH SPACE in the id 'btg-qu<U+200B>'"
    );
}

#[test]
fn targets_and_years_have_domains() {
    let value = "      value: 10\n";
    for (to, code) in [
        (".nan", "target-not-finite"),
        (".inf", "target-not-finite"),
        ("-.inf", "target-not-finite"),
        ("123456789012345678901234567890", "target-digits"),
        ("12.345", "target-digits"),
        ("1e3", "target-digits"),
        ("-5", "target-negative"),
    ] {
        let line = first_error(value, &format!("      value: {to}\n"));
        assert!(line.contains(code), "{to}: {line}");
        assert!(line.contains(&format!("'{to}'")), "{to}: {line}");
    }
    for year in ["-1", "0", "99999"] {
        let line = first_error("      year: 2025\n", &format!("      year: {year}\n"));
        assert!(line.contains("target-year-out-of-range"), "{year}: {line}");
    }
    let ok = PARTY.replacen(value, "      value: 99.5\n", 1);
    assert!(Program::from_yaml(&ok, "t.yaml").is_ok());
}

#[test]
fn a_tab_or_no_break_space_in_the_indentation_is_reported_on_its_line() {
    assert_eq!(
        first_error("  place: Sơn Trà", "\tplace: Sơn Trà"),
        "23:1 error indent-char: dòng được thụt lề bằng ký tự U+0009 TAB; YAML chỉ thụt lề bằng dấu cách"
    );
    assert_eq!(
        first_error("  place: Sơn Trà", "\u{A0}\u{A0}place: Sơn Trà"),
        "23:1 error indent-char: dòng được thụt lề bằng ký tự U+00A0 NO-BREAK SPACE; YAML chỉ thụt lề bằng dấu cách"
    );
}
