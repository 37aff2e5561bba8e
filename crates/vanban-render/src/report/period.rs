//! How a report names its period: "01 năm", "6 tháng đầu năm 2023",
//! "quý III năm 2023", unless the status file words it itself.

use vanban_core::VnDate;
use vanban_core::kinds::ReportKind;
use vanban_core::report::Report;

use crate::numbers::roman;

/// Whole months from `from` to `to`, a month counted once its day is
/// reached ("12/9/2022" to "30/9/2023" is 12).
fn months(from: VnDate, to: VnDate) -> i64 {
    let mut m =
        i64::from(to.year() - from.year()) * 12 + i64::from(to.month()) - i64::from(from.month());
    let last_day = VnDate::end_of_month(to.year(), to.month()) == Some(to);
    if to.day() < from.day() && !last_day {
        m -= 1;
    }
    m
}

/// A calendar period (month, quarter, half-year, nine months, year) in words.
fn calendar(from: VnDate, to: VnDate) -> Option<String> {
    let whole = from.day() == 1 && VnDate::end_of_month(to.year(), to.month()) == Some(to);
    if !whole || from.year() != to.year() {
        return None;
    }
    let y = to.year();
    let words = match (from.month(), to.month()) {
        (1, 12) => format!("năm {y}"),
        (1, 6) => format!("6 tháng đầu năm {y}"),
        (7, 12) => format!("6 tháng cuối năm {y}"),
        (1, 9) => format!("9 tháng đầu năm {y}"),
        (a, b) if a == b => format!("tháng {a} năm {y}"),
        (a, b) if b == a + 2 && a % 3 == 1 => format!("quý {} năm {y}", roman(a as usize / 3 + 1)),
        _ => return None,
    };
    Some(words)
}

/// The period in words for the summary line and the opening.
pub(super) fn words(report: &Report, program_date: VnDate) -> String {
    if let Some(label) = &report.period.label {
        return label.clone();
    }
    let (from, to) = (report.period.from, report.period.to);
    match report.kind {
        ReportKind::Interim => {
            let m = months(program_date, to).max(1);
            if m % 12 == 0 {
                format!("{:02} năm", m / 12)
            } else {
                format!("{m} tháng")
            }
        }
        _ => calendar(from, to)
            .unwrap_or_else(|| format!("từ ngày {} đến ngày {}", from.short(), to.short())),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn d(s: &str) -> VnDate {
        VnDate::parse(s).unwrap()
    }

    #[test]
    fn calendar_periods_and_reviews_are_named() {
        assert_eq!(months(d("12/9/2022"), d("30/9/2023")), 12);
        assert_eq!(months(d("12/9/2022"), d("11/9/2023")), 11);
        assert_eq!(months(d("31/8/2022"), d("30/9/2022")), 1);
        let c = |a, b| calendar(d(a), d(b));
        assert_eq!(c("1/1/2023", "30/6/2023").unwrap(), "6 tháng đầu năm 2023");
        assert_eq!(
            c("1/7/2023", "31/12/2023").unwrap(),
            "6 tháng cuối năm 2023"
        );
        assert_eq!(c("1/1/2023", "31/12/2023").unwrap(), "năm 2023");
        assert_eq!(c("1/7/2023", "30/9/2023").unwrap(), "quý III năm 2023");
        assert_eq!(c("1/3/2023", "31/3/2023").unwrap(), "tháng 3 năm 2023");
        assert_eq!(c("1/1/2023", "30/9/2023").unwrap(), "9 tháng đầu năm 2023");
        assert_eq!(c("2/1/2023", "30/6/2023"), None);
        assert_eq!(c("1/2/2023", "30/4/2023"), None);
    }
}
