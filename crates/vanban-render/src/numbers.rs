//! Numbers as Vietnamese documents write them: Roman numerals for sections,
//! ordinal words ("Một là"), and decimal commas.

/// Roman numeral of `n` (1 → "I", 4 → "IV", 14 → "XIV").
pub fn roman(mut n: usize) -> String {
    const TABLE: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// "Một", "Hai" … "Mười" for 1–10; the numeral beyond.
pub fn ordinal_word(n: usize) -> String {
    const WORDS: [&str; 10] = [
        "Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười",
    ];
    WORDS
        .get(n.wrapping_sub(1))
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// A figure with a decimal comma and no trailing zeros: 8.5 → "8,5", 10 → "10".
pub fn vi_number(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    // Thousands grouped with dots, as Vietnamese writes them: 5.000, 12.500.
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_vietnamese_writes_them() {
        assert_eq!(
            [0.0, 80.0, 66.666, 5000.0, 12500.5, 1234567.0, -1500.0].map(vi_number),
            [
                "0",
                "80",
                "66,67",
                "5.000",
                "12.500,5",
                "1.234.567",
                "-1.500"
            ]
        );
    }

    #[test]
    fn numerals() {
        assert_eq!(
            [1, 2, 3, 4, 5, 9, 14].map(roman),
            ["I", "II", "III", "IV", "V", "IX", "XIV"]
        );
        assert_eq!(ordinal_word(5), "Năm");
        assert_eq!(ordinal_word(11), "11");
        assert_eq!(vi_number(8.5), "8,5");
        assert_eq!(vi_number(10.0), "10");
        assert_eq!(vi_number(52.63), "52,63");
    }
}
