//! Vietnamese text helpers: NFC normalisation, correct uppercase, and the
//! characters that cannot appear in a Word document.

use unicode_normalization::{UnicodeNormalization, is_nfc};

/// Returns `s` in Unicode NFC, borrowing when it already is.
pub fn nfc(s: &str) -> std::borrow::Cow<'_, str> {
    if is_nfc(s) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.nfc().collect())
    }
}

/// Uppercases Vietnamese text correctly for every letter ("Quận ủy Sơn Trà" →
/// "QUẬN ỦY SƠN TRÀ"), keeping the result in NFC whatever the input form.
pub fn upper_vi(s: &str) -> String {
    let upper: String = nfc(s).to_uppercase();
    nfc(&upper).into_owned()
}

/// Lowercases Vietnamese text, keeping the result in NFC.
pub fn lower_vi(s: &str) -> String {
    let lower: String = nfc(s).to_lowercase();
    nfc(&lower).into_owned()
}

/// Whether `c` may not appear in a Word document: C0 controls other than tab,
/// line feed and carriage return, DEL, C1 controls, and the non-characters
/// U+FFFE and U+FFFF (XML 1.0 forbids them).
pub fn is_forbidden_char(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{7F}'..='\u{9F}')
        || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Name of a forbidden character for diagnostics, e.g. "U+0000 (NUL)".
pub fn char_name(c: char) -> String {
    const C0: [&str; 32] = [
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF",
        "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM",
        "SUB", "ESC", "FS", "GS", "RS", "US",
    ];
    let code = c as u32;
    match code {
        0..=31 => format!("U+{code:04X} ({})", C0[code as usize]),
        0x7F => "U+007F (DEL)".to_string(),
        _ => format!("U+{code:04X}"),
    }
}

/// Collapses runs of white space (including line breaks from YAML plain
/// scalars) into single spaces and trims both ends.
pub fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `s` with its first letter in upper case (`upper`) or lower case, the
/// rest as written: a summary set into a sentence, or starting a line.
pub fn first_letter_case(s: &str, upper: bool) -> String {
    let Some((i, c)) = s.char_indices().find(|(_, c)| c.is_alphabetic()) else {
        return s.to_owned();
    };
    let changed = if upper {
        upper_vi(&c.to_string())
    } else {
        lower_vi(&c.to_string())
    };
    format!("{}{changed}{}", &s[..i], &s[i + c.len_utf8()..])
}

/// Whether the first letter of `s` is upper case.
pub fn starts_upper(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_letter_changes_case_alone() {
        assert_eq!(
            first_letter_case("Triển khai Kế hoạch", false),
            "triển khai Kế hoạch"
        );
        assert_eq!(first_letter_case("“ưu tiên” X", true), "“Ưu tiên” X");
        assert_eq!(first_letter_case("2026", true), "2026");
    }

    const LOWER: &str =
        "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
    const UPPER: &str =
        "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ";

    #[test]
    fn uppercase_covers_every_vietnamese_letter() {
        assert_eq!(LOWER.chars().count(), 89);
        assert_eq!(upper_vi(LOWER), UPPER);
        assert_eq!(lower_vi(UPPER), LOWER);
    }

    #[test]
    fn uppercase_of_decomposed_input_is_nfc() {
        let nfd: String = "Quận ủy Sơn Trà".nfd().collect();
        assert_ne!(nfd, "Quận ủy Sơn Trà");
        assert_eq!(upper_vi(&nfd), "QUẬN ỦY SƠN TRÀ");
    }

    #[test]
    fn forbidden_characters() {
        assert!(is_forbidden_char('\0'));
        assert!(is_forbidden_char('\u{1B}'));
        assert!(is_forbidden_char('\u{85}'));
        assert!(!is_forbidden_char('\t'));
        assert!(!is_forbidden_char('\n'));
        assert!(!is_forbidden_char('ệ'));
        assert_eq!(char_name('\0'), "U+0000 (NUL)");
        assert_eq!(char_name('\u{85}'), "U+0085");
    }

    #[test]
    fn collapsing() {
        assert_eq!(collapse_spaces("  a \n b\tc "), "a b c");
        assert!(starts_upper("Về việc"));
        assert!(!starts_upper("về việc"));
    }
}
