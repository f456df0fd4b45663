//! Calendar dates, full and partial, as civil-status records write them.
//!
//! Old register books often know only the year ("1952") or the month
//! ("03/1952") of an event, so a [`PartialDate`] keeps its precision instead of
//! inventing the missing parts. Comparisons go through the earliest and the
//! latest day a partial date can mean ([`PartialDate::earliest`],
//! [`PartialDate::latest`]), so a rule flags only what cannot be true.
//!
//! Accepted input (surrounding white space is ignored):
//! - ISO 8601: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`;
//! - the Vietnamese order typed in forms: `DD/MM/YYYY`, `D/M/YYYY`,
//!   `MM/YYYY`, `M/YYYY`, with `/`, `-` or `.` between the parts.
//!
//! All dates are Gregorian (Nghị định 123/2015/NĐ-CP Art. 4).

use std::cmp::Ordering;
use std::fmt;

/// The earliest year accepted: parents of people born in 1945 were born in
/// the late nineteenth century.
pub const MIN_YEAR: i32 = 1800;
/// The latest year accepted as a calendar date (later ones fail `date.future`
/// long before this).
pub const MAX_YEAR: i32 = 2999;

/// A full calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// A date, if it exists in the Gregorian calendar and its year is within
    /// [`MIN_YEAR`]..=[`MAX_YEAR`].
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        let month = month as u8;
        if day < 1 || day > u32::from(days_in_month(year, month)) {
            return None;
        }
        Some(Date { year, month, day: day as u8 })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// Days since 1970-01-01 (negative before it).
    // Howard Hinnant's algorithm on years within MIN_YEAR..=MAX_YEAR: every
    // intermediate value is far from the limits of i64.
    #[allow(clippy::arithmetic_side_effects)]
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

    /// The date `days` days after 1970-01-01, if within the accepted years.
    // `z` is checked; the rest divides it down (era = z / 146097), so no
    // intermediate value can overflow i64.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month as u32, day as u32)
    }

    /// Today's date in Vietnam (UTC+7, no daylight saving) at the given
    /// instant, in milliseconds since the Unix epoch.
    pub fn in_vietnam_at(unix_millis: f64) -> Option<Date> {
        if !unix_millis.is_finite() {
            return None;
        }
        let days = ((unix_millis + 7.0 * 3_600_000.0) / 86_400_000.0).floor();
        Date::from_days_since_epoch(days as i64)
    }

    /// Days from `self` to `later` (negative if `later` is earlier).
    // Both are within about 440,000 days of the epoch.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// Full years of age on `on` of someone born on `self` (negative if
    /// `on` is before `self`). A 29 February birthday is reached on 1 March
    /// in common years.
    // Years are within MIN_YEAR..=MAX_YEAR.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn full_years_until(self, on: Date) -> i32 {
        let years = on.year - self.year;
        if (on.month, on.day) < (self.month, self.day) {
            years - 1
        } else {
            years
        }
    }

    /// Parses `YYYY-MM-DD` only (used for `options.today`).
    pub fn parse_iso(s: &str) -> Option<Date> {
        match PartialDate::parse(s) {
            Ok(p) if p.precision() == Precision::Day && s.trim().as_bytes().get(4) == Some(&b'-') => Some(p.earliest()),
            _ => None,
        }
    }
}

impl fmt::Display for Date {
    /// ISO 8601, `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date of which the year, the year and month, or the whole is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

/// Why a text is not a date. Each variant names what the message should say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not in any of the accepted shapes.
    Format,
    /// The year is outside [`MIN_YEAR`]..=[`MAX_YEAR`].
    Year(i32),
    /// Month outside 1–12.
    Month(u32),
    /// The month has no such day (31/04, 29/02 in a common year, 0).
    Day { year: i32, month: u32, day: u32 },
}

impl PartialDate {
    /// Parses the forms listed in the module documentation.
    pub fn parse(text: &str) -> Result<PartialDate, DateError> {
        let s = text.trim();
        let parts = split_numeric(s).ok_or(DateError::Format)?;
        let (year, month, day) = match parts.as_slice() {
            // ISO order: the year comes first, separated by '-'.
            [(y, 4, _)] => (*y, None, None),
            [(y, 4, b'-'), (m, 2, _)] => (*y, Some(*m), None),
            [(y, 4, b'-'), (m, 2, b'-'), (d, 2, _)] => (*y, Some(*m), Some(*d)),
            // Vietnamese order: day and month first, the year last.
            [(m, 1..=2, _), (y, 4, _)] => (*y, Some(*m), None),
            [(d, 1..=2, s1), (m, 1..=2, s2), (y, 4, _)] if s1 == s2 => (*y, Some(*m), Some(*d)),
            _ => return Err(DateError::Format),
        };
        let year = year as i32;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DateError::Year(year));
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::Month(m));
            }
        }
        if let (Some(m), Some(d)) = (month, day) {
            if Date::new(year, m, d).is_none() {
                return Err(DateError::Day { year, month: m, day: d });
            }
        }
        Ok(PartialDate { year, month: month.map(|m| m as u8), day: day.map(|d| d as u8) })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> Option<u32> {
        self.month.map(u32::from)
    }

    pub fn day(self) -> Option<u32> {
        self.day.map(u32::from)
    }

    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first day the date can mean. This is also the convention of
    /// TTLT 01/2016/TTLT-TANDTC-VKSNDTC-BTP Art. 2 for counting ages: only
    /// the year known → 1 January; the day unknown → the 1st of the month.
    pub fn earliest(self) -> Date {
        let month = self.month.unwrap_or(1);
        let day = self.day.unwrap_or(1);
        Date { year: self.year, month, day }
    }

    /// The last day the date can mean.
    pub fn latest(self) -> Date {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        Date { year: self.year, month, day }
    }

    /// `Less` if `self` is certainly before `other`, `Greater` if certainly
    /// after, `None` if the two can mean the same day or overlap.
    pub fn certainly_cmp(self, other: PartialDate) -> Option<Ordering> {
        if self.latest() < other.earliest() {
            Some(Ordering::Less)
        } else if self.earliest() > other.latest() {
            Some(Ordering::Greater)
        } else {
            None
        }
    }

    /// ISO 8601 text of the known parts: `2016`, `2016-03` or `2016-03-15`.
    pub fn to_iso(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }

    /// Vietnamese form-style text of the known parts: `15/03/2016`,
    /// `03/2016` or `2016`.
    pub fn to_vietnamese(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d:02}/{m:02}/{:04}", self.year),
            (Some(m), None) => format!("{m:02}/{:04}", self.year),
            _ => format!("{:04}", self.year),
        }
    }
}

impl From<Date> for PartialDate {
    fn from(d: Date) -> PartialDate {
        PartialDate { year: d.year, month: Some(d.month), day: Some(d.day) }
    }
}

/// Splits `12/03/2016` into `[(12, 2, '/'), (3, 2, '/'), (2016, 4, end)]`:
/// each run of ASCII digits with its length and the separator after it.
/// At most three parts; separators are `/`, `-` or `.`.
// Positions are bounded by the input length; values are checked.
#[allow(clippy::arithmetic_side_effects)]
fn split_numeric(s: &str) -> Option<Vec<(u32, usize, u8)>> {
    let mut parts = Vec::with_capacity(3);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let mut n: u32 = 0;
        while let Some(b @ b'0'..=b'9') = bytes.get(i).copied() {
            n = n.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
            i += 1;
        }
        let len = i - start;
        if len == 0 || len > 4 || parts.len() == 3 {
            return None;
        }
        let sep = match bytes.get(i).copied() {
            None => 0,
            Some(b @ (b'/' | b'-' | b'.')) if i + 1 < bytes.len() => b,
            Some(_) => return None,
        };
        parts.push((n, len, sep));
        i += 1;
    }
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<PartialDate, DateError> {
        PartialDate::parse(s)
    }

    #[test]
    fn accepted_forms() {
        assert_eq!(p("2016-03-15").unwrap().to_iso(), "2016-03-15");
        assert_eq!(p("15/03/2016").unwrap().to_iso(), "2016-03-15");
        assert_eq!(p("5/3/2016").unwrap().to_iso(), "2016-03-05");
        assert_eq!(p(" 05-03-2016 ").unwrap().to_iso(), "2016-03-05");
        assert_eq!(p("05.03.2016").unwrap().to_iso(), "2016-03-05");
        assert_eq!(p("03/2016").unwrap().to_iso(), "2016-03");
        assert_eq!(p("3/2016").unwrap().to_iso(), "2016-03");
        assert_eq!(p("2016-03").unwrap().to_iso(), "2016-03");
        assert_eq!(p("1952").unwrap().to_iso(), "1952");
    }

    #[test]
    fn rejected_forms() {
        for bad in [
            "",
            "abc",
            "2016/03/15",
            "15/03-2016",
            "2016-3-15",
            "15/03/16",
            "2016-03-15T00:00",
            "1/2/3/2016",
            "2016-",
            "/2016",
            "１５/03/2016",
        ] {
            assert_eq!(p(bad), Err(DateError::Format), "{bad:?}");
        }
        assert_eq!(p("2016-13-01"), Err(DateError::Month(13)));
        assert_eq!(p("31/02/2016"), Err(DateError::Day { year: 2016, month: 2, day: 31 }));
        assert_eq!(p("29/02/1900"), Err(DateError::Day { year: 1900, month: 2, day: 29 }));
        assert_eq!(p("0201"), Err(DateError::Year(201)));
    }

    #[test]
    fn leap_years() {
        assert!(p("29/02/2000").is_ok());
        assert!(p("29/02/2016").is_ok());
        assert!(p("29/02/2015").is_err());
        assert!(p("2100-02-29").is_err());
    }

    #[test]
    fn partial_bounds() {
        let d = p("02/2016").unwrap();
        assert_eq!(d.earliest().to_string(), "2016-02-01");
        assert_eq!(d.latest().to_string(), "2016-02-29");
        let y = p("1985").unwrap();
        assert_eq!(y.latest().to_string(), "1985-12-31");
        assert_eq!(y.certainly_cmp(p("1985-03-02").unwrap()), None);
        assert_eq!(y.certainly_cmp(p("1986").unwrap()), Some(Ordering::Less));
    }

    #[test]
    fn epoch_days_round_trip() {
        let d = Date::new(2016, 3, 15).unwrap();
        assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), Some(d));
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(Date::new(2016, 1, 1).unwrap().days_until(Date::new(2016, 3, 1).unwrap()), 60);
    }

    #[test]
    fn vietnam_today() {
        // 2025-12-31T17:00:00Z is already 1 January 2026 in Hà Nội.
        assert_eq!(Date::in_vietnam_at(1_767_200_400_000.0).unwrap().to_string(), "2026-01-01");
        assert_eq!(Date::in_vietnam_at(1_767_200_399_999.0).unwrap().to_string(), "2025-12-31");
    }

    #[test]
    fn full_years() {
        let b = Date::new(2000, 2, 29).unwrap();
        assert_eq!(b.full_years_until(Date::new(2018, 2, 28).unwrap()), 17);
        assert_eq!(b.full_years_until(Date::new(2018, 3, 1).unwrap()), 18);
    }
}
