//! Calendar dates written the Vietnamese way.

use std::fmt;

/// The earliest year vanban accepts in a date or a target.
pub const MIN_YEAR: i32 = 1930;

/// The latest year vanban accepts: a later one is almost certainly a typo.
pub const MAX_YEAR: i32 = 2100;

/// A calendar date. `Display` gives the long form of the header line
/// ("ngày 05 tháng 02 năm 2022"); [`VnDate::short`] gives "05/02/2022".
///
/// Leading zeros follow Nghị định 30/2020 and Party practice: the day is
/// padded when under 10, the month only when it is 1 or 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VnDate {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a date could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// The text is not written as d/m/yyyy or yyyy-mm-dd.
    Format,
    /// The parts are numbers, but no such day exists (31/02/2022).
    Impossible {
        /// Day as written.
        day: u32,
        /// Month as written.
        month: u32,
        /// Year as written.
        year: i32,
    },
    /// The year is outside MIN_YEAR–MAX_YEAR: almost certainly a typo.
    YearOutOfRange(i32),
}

impl VnDate {
    /// Builds a date, checking that it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Result<Self, DateError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DateError::YearOutOfRange(year));
        }
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month as u8) as u32 {
            return Err(DateError::Impossible { day, month, year });
        }
        Ok(Self {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Reads "12/9/2022", "05/02/2022" or "2022-09-12".
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let t = text.trim();
        let parts: Vec<&str>;
        let (d, m, y) = if t.contains('/') {
            parts = t.split('/').collect();
            if parts.len() != 3 {
                return Err(DateError::Format);
            }
            (parts[0], parts[1], parts[2])
        } else if t.contains('-') {
            parts = t.split('-').collect();
            if parts.len() != 3 || parts[0].len() != 4 {
                return Err(DateError::Format);
            }
            (parts[2], parts[1], parts[0])
        } else {
            return Err(DateError::Format);
        };
        let num = |s: &str, max_len: usize| -> Result<u32, DateError> {
            if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DateError::Format);
            }
            s.parse().map_err(|_| DateError::Format)
        };
        let (day, month) = (num(d, 2)?, num(m, 2)?);
        if y.len() != 4 {
            return Err(DateError::Format);
        }
        let year = num(y, 4)? as i32;
        Self::new(year, month, day)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }
    /// The month, 1–12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }
    /// The day of the month.
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// Day with its leading zero under 10.
    pub fn day_text(self) -> String {
        format!("{:02}", self.day)
    }

    /// Month with a leading zero for January and February only.
    pub fn month_text(self) -> String {
        if self.month <= 2 {
            format!("{:02}", self.month)
        } else {
            self.month.to_string()
        }
    }

    /// "05/02/2022", "22/6/2022": the form used in citations and tables.
    pub fn short(self) -> String {
        format!("{}/{}/{}", self.day_text(), self.month_text(), self.year)
    }

    /// "ngày 05 tháng 02 năm 2022".
    pub fn long(self) -> String {
        format!(
            "ngày {} tháng {} năm {}",
            self.day_text(),
            self.month_text(),
            self.year
        )
    }

    /// ISO 8601, "2022-09-12", for metadata.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The last day of a month.
    pub fn end_of_month(year: i32, month: u32) -> Option<Self> {
        if !(1..=12).contains(&month) {
            return None;
        }
        Self::new(year, month, u32::from(days_in_month(year, month as u8))).ok()
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

/// The civil (proleptic Gregorian) date of a day counted from 1970-01-01:
/// year, month, day, for any year (Howard Hinnant's civil_from_days).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month as u32, day as u32)
}

impl VnDate {
    /// The date `n` days later (earlier when negative); `None` outside
    /// the years accepted.
    pub fn plus_days(self, n: i64) -> Option<Self> {
        let (year, month, day) = civil_from_days(self.days_since_epoch() + n);
        Self::new(i32::try_from(year).ok()?, month, day).ok()
    }
}

impl fmt::Display for VnDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.long())
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> VnDate {
        VnDate::parse(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
    }

    #[test]
    fn long_and_short_forms_pad_days_and_early_months() {
        assert_eq!(d("5/2/2022").long(), "ngày 05 tháng 02 năm 2022");
        assert_eq!(d("5/2/2022").short(), "05/02/2022");
        assert_eq!(d("12/9/2022").long(), "ngày 12 tháng 9 năm 2022");
        assert_eq!(d("22/06/2022").short(), "22/6/2022");
        assert_eq!(d("19/1/2017").short(), "19/01/2017");
        assert_eq!(d("2022-09-12").short(), "12/9/2022");
        assert_eq!(d("28/12/2022").to_string(), "ngày 28 tháng 12 năm 2022");
    }

    #[test]
    fn impossible_and_malformed_dates() {
        assert_eq!(
            VnDate::parse("31/02/2022"),
            Err(DateError::Impossible {
                day: 31,
                month: 2,
                year: 2022
            })
        );
        assert!(VnDate::parse("29/2/2024").is_ok());
        assert!(VnDate::parse("29/2/2023").is_err());
        assert_eq!(VnDate::parse("12.9.2022"), Err(DateError::Format));
        assert_eq!(VnDate::parse("12/9/22"), Err(DateError::Format));
        assert_eq!(
            VnDate::parse("1/13/2022").map(|_| ()),
            Err(DateError::Impossible {
                day: 1,
                month: 13,
                year: 2022
            })
        );
        assert_eq!(
            VnDate::parse("1/1/2202"),
            Err(DateError::YearOutOfRange(2202))
        );
        assert_eq!(VnDate::parse(""), Err(DateError::Format));
    }

    #[test]
    fn epoch_days_and_month_ends() {
        assert_eq!(d("1/1/1970").days_since_epoch(), 0);
        assert_eq!(
            d("12/9/2022").days_since_epoch() - d("22/6/2022").days_since_epoch(),
            82
        );
        assert_eq!(
            VnDate::end_of_month(2024, 2).map(VnDate::short),
            Some("29/02/2024".into())
        );
        assert_eq!(
            VnDate::end_of_month(2022, 12).map(VnDate::short),
            Some("31/12/2022".into())
        );
    }

    #[test]
    fn plus_days_crosses_months_years_and_leap_days() {
        let d = |t: &str| VnDate::parse(t).ok();
        let base = VnDate::parse("30/9/2023").ok();
        assert_eq!(base.and_then(|b| b.plus_days(92)), d("31/12/2023"));
        assert_eq!(base.and_then(|b| b.plus_days(0)), base);
        assert_eq!(
            d("28/02/2024").and_then(|b| b.plus_days(1)),
            d("29/02/2024")
        );
        assert_eq!(
            d("01/3/2023").and_then(|b| b.plus_days(-1)),
            d("28/02/2023")
        );
        assert_eq!(d("31/12/2100").and_then(|b| b.plus_days(1)), None);
    }
}
