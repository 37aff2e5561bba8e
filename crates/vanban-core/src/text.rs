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

/// Every lower-case letter of Vietnamese, precomposed (NFC), in
/// alphabetical order: the 89 letters a font must have.
pub const VI_LOWER: &str =
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";

/// The capitals of [`VI_LOWER`], in the same order.
pub const VI_UPPER: &str =
    "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ";

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

/// Why `ch` may never reach a document, or `None` when it may: the one
/// definition of the characters vanban refuses in every input and in every
/// text it writes. The answer is the character's name as printed in
/// diagnostics ("NUL", "RIGHT-TO-LEFT OVERRIDE", "NONCHARACTER").
///
/// Refused: C0 controls other than tab, line feed and carriage return, DEL
/// and the C1 controls (XML 1.0 forbids or Word refuses them), U+FEFF (a
/// byte-order mark belongs only at the start of a file, where the loader
/// strips it), the noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every
/// plane, and the bidirectional embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069), which make text read differently from
/// how it is stored.
pub fn xml_forbidden(ch: char) -> Option<&'static str> {
    const C0: [&str; 32] = [
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF",
        "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM",
        "SUB", "ESC", "FS", "GS", "RS", "US",
    ];
    let code = ch as u32;
    match ch {
        '\t' | '\n' | '\r' => None,
        '\u{0}'..='\u{1F}' => Some(C0[code as usize]),
        '\u{7F}' => Some("DELETE"),
        '\u{80}'..='\u{9F}' => Some("C1 CONTROL"),
        '\u{FEFF}' => Some("ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)"),
        '\u{202A}' => Some("LEFT-TO-RIGHT EMBEDDING"),
        '\u{202B}' => Some("RIGHT-TO-LEFT EMBEDDING"),
        '\u{202C}' => Some("POP DIRECTIONAL FORMATTING"),
        '\u{202D}' => Some("LEFT-TO-RIGHT OVERRIDE"),
        '\u{202E}' => Some("RIGHT-TO-LEFT OVERRIDE"),
        '\u{2066}' => Some("LEFT-TO-RIGHT ISOLATE"),
        '\u{2067}' => Some("RIGHT-TO-LEFT ISOLATE"),
        '\u{2068}' => Some("FIRST STRONG ISOLATE"),
        '\u{2069}' => Some("POP DIRECTIONAL ISOLATE"),
        '\u{FDD0}'..='\u{FDEF}' => Some("NONCHARACTER"),
        _ if code & 0xFFFE == 0xFFFE => Some("NONCHARACTER"),
        _ => None,
    }
}

/// Why `ch` may not appear in an identifier, a key or an agency reference,
/// where nobody can see it, though text may hold it (a no-break space, a
/// zero-width joiner): `None` when it may.
pub fn invisible(ch: char) -> Option<&'static str> {
    match ch {
        '\u{A0}' => Some("NO-BREAK SPACE"),
        '\u{200B}' => Some("ZERO WIDTH SPACE"),
        '\u{200C}' => Some("ZERO WIDTH NON-JOINER"),
        '\u{200D}' => Some("ZERO WIDTH JOINER"),
        '\u{2060}' => Some("WORD JOINER"),
        _ => None,
    }
}

/// Whether `c` may not appear in a Word document (see [`xml_forbidden`]).
pub fn is_forbidden_char(c: char) -> bool {
    xml_forbidden(c).is_some()
}

/// Name of a character for diagnostics, by code point and, for a refused or
/// invisible one, its name: "U+0000 NUL", "U+202E RIGHT-TO-LEFT OVERRIDE",
/// "U+00E9" otherwise.
pub fn char_name(c: char) -> String {
    let code = c as u32;
    match xml_forbidden(c).or_else(|| invisible(c)) {
        Some(name) => format!("U+{code:04X} {name}"),
        None => format!("U+{code:04X}"),
    }
}

/// `s` with every invisible or refused character shown by its code point in
/// angle brackets ("btg<U+200B>qu"), so two strings that look identical on a
/// screen can be told apart in a message; `s` itself when it holds none.
pub fn show_invisible(s: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| xml_forbidden(c).is_some() || invisible(c).is_some();
    if !s.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if hidden(c) {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
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

    const LOWER: &str = VI_LOWER;
    const UPPER: &str = VI_UPPER;

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
        assert_eq!(char_name('\0'), "U+0000 NUL");
        assert_eq!(char_name('\u{85}'), "U+0085 C1 CONTROL");
        assert_eq!(char_name('é'), "U+00E9");
    }

    #[test]
    fn refused_characters_by_class() {
        for c in [
            '\u{FFFE}',
            '\u{FFFF}',
            '\u{1FFFE}',
            '\u{10FFFF}',
            '\u{FDD0}',
            '\u{FDEF}',
        ] {
            assert_eq!(xml_forbidden(c), Some("NONCHARACTER"), "{c:?}");
        }
        assert_eq!(xml_forbidden('\u{1B}'), Some("ESC"));
        assert_eq!(xml_forbidden('\u{1F}'), Some("US"));
        assert!(xml_forbidden('\u{FEFF}').is_some());
        assert_eq!(char_name('\u{202E}'), "U+202E RIGHT-TO-LEFT OVERRIDE");
        assert_eq!(xml_forbidden('\u{2069}'), Some("POP DIRECTIONAL ISOLATE"));
        assert_eq!(xml_forbidden('\u{FDCF}'), None);
        assert_eq!(xml_forbidden('\u{FFFD}'), None);
        assert_eq!(xml_forbidden('\u{200B}'), None);
        assert_eq!(invisible('\u{200B}'), Some("ZERO WIDTH SPACE"));
        assert_eq!(char_name('\u{A0}'), "U+00A0 NO-BREAK SPACE");
        assert_eq!(show_invisible("btg\u{200B}qu"), "btg<U+200B>qu");
        assert_eq!(show_invisible("btg-qu"), "btg-qu");
    }

    #[test]
    fn collapsing() {
        assert_eq!(collapse_spaces("  a \n b\tc "), "a b c");
        assert!(starts_upper("Về việc"));
        assert!(!starts_upper("về việc"));
    }
}
