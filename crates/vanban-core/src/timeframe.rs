//! Time frames of tasks, read from and written as the text of the task table.

use crate::date::VnDate;
use crate::text::{collapse_spaces, lower_vi};
use std::fmt;

/// When a task is carried out or due.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Timeframe {
    /// Due on a day: "05/12/2022".
    Date(VnDate),
    /// Due within a month: "Tháng 10/2023".
    Month {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u32,
    },
    /// Due within a quarter: "Quý IV/2022".
    Quarter {
        /// Year.
        year: i32,
        /// Quarter, 1–4.
        quarter: u32,
    },
    /// Due within a half-year: "6 tháng đầu năm 2023" / "6 tháng cuối năm 2023".
    Half {
        /// Year.
        year: i32,
        /// `true` for the second half.
        second: bool,
    },
    /// Due within a year: "Năm 2023".
    Year(i32),
    /// Carried out over several years: "2022 – 2025".
    Range {
        /// First year.
        from: i32,
        /// Last year.
        to: i32,
    },
    /// Done again every year: "Hằng năm".
    Yearly,
    /// Ongoing by nature: "Thường xuyên".
    Ongoing,
    /// A milestone: "Đến năm 2030".
    Milestone(i32),
}

/// The forms a time frame may be written in, for hints.
pub const TIMEFRAME_FORMS: &str = "05/12/2022, Tháng 10/2023, Quý IV/2022, 6 tháng đầu năm 2023, \
Năm 2023, 2022 – 2025, Hằng năm, Thường xuyên, Đến năm 2030";

const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];

fn year(s: &str) -> Option<i32> {
    let s = s.trim();
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = s.parse().ok()?;
        (1930..=2100).contains(&y).then_some(y)
    } else {
        None
    }
}

fn small_number(s: &str) -> Option<u32> {
    let s = s.trim();
    if (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

/// Splits "x/2022" or "x năm 2022" into ("x", 2022).
fn split_year(s: &str) -> Option<(&str, i32)> {
    if let Some((a, b)) = s.rsplit_once('/') {
        return Some((a.trim(), year(b)?));
    }
    let (a, b) = s.rsplit_once(" năm ")?;
    Some((a.trim(), year(b)?))
}

impl Timeframe {
    /// Reads a time frame written as in the task table. Case, spacing, the
    /// dash of a range and the spelling "hàng năm" are forgiven; anything
    /// else returns `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let t = lower_vi(&collapse_spaces(text));
        let t = t.as_str();
        match t {
            "thường xuyên" => return Some(Self::Ongoing),
            "hằng năm" | "hàng năm" => return Some(Self::Yearly),
            _ => {}
        }
        if let Some(rest) = t.strip_prefix("đến năm ") {
            return year(rest).map(Self::Milestone);
        }
        if let Some(rest) = t.strip_prefix("năm ") {
            return year(rest).map(Self::Year);
        }
        if let Some(y) = year(t) {
            return Some(Self::Year(y));
        }
        if let Some(rest) = t.strip_prefix("6 tháng đầu năm ") {
            return year(rest).map(|year| Self::Half {
                year,
                second: false,
            });
        }
        if let Some(rest) = t.strip_prefix("6 tháng cuối năm ") {
            return year(rest).map(|year| Self::Half { year, second: true });
        }
        if let Some(rest) = t.strip_prefix("quý ") {
            let (q, year) = split_year(rest)?;
            let upper = q.to_uppercase();
            let quarter = ROMAN
                .iter()
                .position(|r| *r == upper)
                .map(|i| i as u32 + 1)
                .or_else(|| small_number(q).filter(|n| (1..=4).contains(n)))?;
            return Some(Self::Quarter { year, quarter });
        }
        if let Some(rest) = t.strip_prefix("tháng ") {
            let (m, year) = split_year(rest)?;
            let month = small_number(m).filter(|n| (1..=12).contains(n))?;
            return Some(Self::Month { year, month });
        }
        let range = t.strip_prefix("giai đoạn ").unwrap_or(t);
        for dash in ['–', '-', '—'] {
            if let Some((a, b)) = range.split_once(dash)
                && let (Some(from), Some(to)) = (year(a), year(b))
            {
                return (from < to).then_some(Self::Range { from, to });
            }
        }
        if t.matches('/').count() == 2 || t.matches('-').count() == 2 {
            return VnDate::parse(t).ok().map(Self::Date);
        }
        if let Some((m, y)) = t.split_once('/') {
            let month = small_number(m).filter(|n| (1..=12).contains(n))?;
            return Some(Self::Month {
                year: year(y)?,
                month,
            });
        }
        None
    }

    /// The last day by which the task is due, when it has one: the end of the
    /// month, quarter, half, year or range. `None` for recurring and ongoing tasks.
    pub fn deadline(&self) -> Option<VnDate> {
        match *self {
            Self::Date(d) => Some(d),
            Self::Month { year, month } => VnDate::end_of_month(year, month),
            Self::Quarter { year, quarter } => VnDate::end_of_month(year, quarter * 3),
            Self::Half { year, second } => VnDate::end_of_month(year, if second { 12 } else { 6 }),
            Self::Year(y) | Self::Range { to: y, .. } | Self::Milestone(y) => {
                VnDate::end_of_month(y, 12)
            }
            Self::Yearly | Self::Ongoing => None,
        }
    }

    /// The first day of the period, when it has one.
    pub fn start(&self) -> Option<VnDate> {
        let first = |y, m| VnDate::new(y, m, 1).ok();
        match *self {
            Self::Date(d) => Some(d),
            Self::Month { year, month } => first(year, month),
            Self::Quarter { year, quarter } => first(year, quarter * 3 - 2),
            Self::Half { year, second } => first(year, if second { 7 } else { 1 }),
            Self::Year(y) | Self::Range { from: y, .. } => first(y, 1),
            Self::Milestone(_) | Self::Yearly | Self::Ongoing => None,
        }
    }
}

impl fmt::Display for Timeframe {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Date(d) => f.write_str(&d.short()),
            Self::Month { year, month } if *month <= 2 => write!(f, "Tháng {month:02}/{year}"),
            Self::Month { year, month } => write!(f, "Tháng {month}/{year}"),
            Self::Quarter { year, quarter } => {
                write!(
                    f,
                    "Quý {}/{year}",
                    ROMAN[(*quarter as usize).clamp(1, 4) - 1]
                )
            }
            Self::Half {
                year,
                second: false,
            } => write!(f, "6 tháng đầu năm {year}"),
            Self::Half { year, second: true } => write!(f, "6 tháng cuối năm {year}"),
            Self::Year(y) => write!(f, "Năm {y}"),
            Self::Range { from, to } => write!(f, "{from} – {to}"),
            Self::Yearly => f.write_str("Hằng năm"),
            Self::Ongoing => f.write_str("Thường xuyên"),
            Self::Milestone(y) => write!(f, "Đến năm {y}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(s: &str) -> String {
        Timeframe::parse(s)
            .map(|t| t.to_string())
            .unwrap_or_else(|| format!("<{s}>"))
    }

    #[test]
    fn canonical_forms_round_trip() {
        for s in [
            "Quý IV/2022",
            "Tháng 10/2023",
            "Năm 2023",
            "2022 – 2025",
            "Hằng năm",
            "Thường xuyên",
            "Đến năm 2030",
            "05/12/2022",
            "6 tháng đầu năm 2023",
            "6 tháng cuối năm 2023",
        ] {
            assert_eq!(round(s), s);
        }
    }

    #[test]
    fn forgiving_variants() {
        assert_eq!(round("quý 4/2022"), "Quý IV/2022");
        assert_eq!(round("Quý II năm 2023"), "Quý II/2023");
        assert_eq!(round("tháng 3 năm 2023"), "Tháng 3/2023");
        assert_eq!(round("10/2023"), "Tháng 10/2023");
        assert_eq!(round("Tháng 2/2024"), "Tháng 02/2024");
        assert_eq!(round("2023"), "Năm 2023");
        assert_eq!(round("2022-2025"), "2022 – 2025");
        assert_eq!(round("Giai đoạn 2022 - 2025"), "2022 – 2025");
        assert_eq!(round("hàng năm"), "Hằng năm");
        assert_eq!(round("  THƯỜNG   XUYÊN "), "Thường xuyên");
        assert_eq!(round("5/12/2022"), "05/12/2022");
    }

    #[test]
    fn rejected() {
        for s in [
            "Quý V/2022",
            "Tháng 13/2023",
            "2025 – 2022",
            "sớm",
            "31/02/2022",
            "Năm 20233",
            "",
        ] {
            assert_eq!(Timeframe::parse(s), None, "{s}");
        }
    }

    #[test]
    fn deadlines_and_starts() {
        let dl = |s: &str| {
            Timeframe::parse(s)
                .and_then(|t| t.deadline())
                .map(VnDate::short)
        };
        assert_eq!(dl("Quý IV/2022").as_deref(), Some("31/12/2022"));
        assert_eq!(dl("Quý I/2023").as_deref(), Some("31/3/2023"));
        assert_eq!(dl("Tháng 02/2024").as_deref(), Some("29/02/2024"));
        assert_eq!(dl("6 tháng đầu năm 2023").as_deref(), Some("30/6/2023"));
        assert_eq!(dl("2022 – 2025").as_deref(), Some("31/12/2025"));
        assert_eq!(dl("Đến năm 2030").as_deref(), Some("31/12/2030"));
        assert_eq!(dl("Thường xuyên"), None);
        assert_eq!(dl("Hằng năm"), None);
        let st = |s: &str| {
            Timeframe::parse(s)
                .and_then(|t| t.start())
                .map(VnDate::short)
        };
        assert_eq!(st("Quý IV/2022").as_deref(), Some("01/10/2022"));
        assert_eq!(st("6 tháng cuối năm 2023").as_deref(), Some("01/7/2023"));
    }
}
