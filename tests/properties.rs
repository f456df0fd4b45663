//! Property tests (proptest, 256 cases each): date arithmetic, partial
//! dates, personal IDs, name normalisation and the JSON writer. Each
//! property is checked against a plain oracle written here, not against the
//! code under test. A failure prints the smallest input proptest found; keep
//! it as an example test (or a vector) once fixed.

use std::cmp::Ordering;

use hotich::date::{days_in_month, is_leap_year, Date, PartialDate, Precision, MAX_YEAR, MIN_YEAR};
use hotich::json::{self, Value};
use hotich::text::{name_key, nfc, normalize_name};
use hotich::Sex;
use proptest::prelude::*;

// ---- strategies ------------------------------------------------------------

/// Any calendar date in the accepted years, built from its parts (not from
/// the day numbers under test).
fn date() -> impl Strategy<Value = Date> {
    (MIN_YEAR..=MAX_YEAR, 1u32..=12, 1u32..=31).prop_filter_map("a calendar date", |(y, m, d)| Date::new(y, m, d))
}

/// Dates near one another, so that birthdays and month ends are hit often.
fn nearby(base: Date) -> impl Strategy<Value = Date> {
    (-800i64..=800).prop_filter_map("in range", move |n| Date::from_days_since_epoch(base.days_since_epoch() + n))
}

fn first_day() -> i64 {
    Date::new(MIN_YEAR, 1, 1).unwrap().days_since_epoch()
}

fn last_day() -> i64 {
    Date::new(MAX_YEAR, 12, 31).unwrap().days_since_epoch()
}

/// Days since 1970-01-01 counted the slow way, year by year and month by month.
fn oracle_days(d: Date) -> i64 {
    let year_days = |y: i32| if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 { 366 } else { 365 };
    let mut days: i64 = 0;
    if d.year() >= 1970 {
        days += (1970..d.year()).map(year_days).sum::<i64>();
    } else {
        days -= (d.year()..1970).map(year_days).sum::<i64>();
    }
    let month_days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for m in 1..d.month() {
        days += month_days[m as usize - 1] + i64::from(m == 2 && year_days(d.year()) == 366);
    }
    days + i64::from(d.day()) - 1
}

/// The `k`-th anniversary of `birth` as (year, month, day), which need not
/// be a date in range: 29 February falls on 1 March in common years.
fn anniversary(birth: Date, k: i32) -> (i32, u32, u32) {
    let y = birth.year() + k;
    if (birth.month(), birth.day()) == (2, 29) && !is_leap_year(y) {
        (y, 3, 1)
    } else {
        (y, birth.month(), birth.day())
    }
}

/// Full years on `on` of someone born on `birth`: the greatest `k` whose
/// anniversary is not after `on` (negative before the birth).
fn oracle_full_years(birth: Date, on: Date) -> i32 {
    let on = (on.year(), on.month(), on.day());
    let mut k = on.0 - birth.year() + 1;
    while anniversary(birth, k) > on {
        k -= 1;
    }
    k
}

/// A partial date in one of the accepted written forms, with the parts it
/// was written from.
fn written_date() -> impl Strategy<Value = (String, i32, Option<u32>, Option<u32>)> {
    (date(), 0usize..9, prop::sample::select(vec!['/', '-', '.'])).prop_map(|(d, form, sep)| {
        let (y, m, day) = (d.year(), d.month(), d.day());
        match form {
            0 => (format!("{y:04}"), y, None, None),
            1 => (format!("{y:04}-{m:02}"), y, Some(m), None),
            2 => (format!("{y:04}-{m:02}-{day:02}"), y, Some(m), Some(day)),
            3 => (format!("{day:02}{sep}{m:02}{sep}{y:04}"), y, Some(m), Some(day)),
            4 => (format!("{day}{sep}{m}{sep}{y:04}"), y, Some(m), Some(day)),
            5 => (format!("{m:02}{sep}{y:04}"), y, Some(m), None),
            6 => (format!("{m}{sep}{y:04}"), y, Some(m), None),
            7 => (format!("  {day:02}/{m:02}/{y:04}\t"), y, Some(m), Some(day)),
            _ => (format!(" {y:04} "), y, None, None),
        }
    })
}

fn partial() -> impl Strategy<Value = PartialDate> {
    written_date().prop_map(|(s, ..)| PartialDate::parse(&s).unwrap())
}

/// Whether the full date `d` is one the partial date can mean.
fn means(p: PartialDate, d: Date) -> bool {
    d.year() == p.year() && p.month().is_none_or(|m| m == d.month()) && p.day().is_none_or(|x| x == d.day())
}

/// Text that stresses normalisation: Vietnamese letters precomposed and
/// bare, the combining marks the tables handle (in any order, several on a
/// letter, or with no letter), white space of several kinds, separators,
/// and any other character.
fn name_text() -> impl Strategy<Value = String> {
    let letters: Vec<char> = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠỀẾỂỄỆỲÝỶỸỴĐÐðŒœçčñ"
        .chars()
        .collect();
    let marks: Vec<char> = "\u{300}\u{301}\u{302}\u{303}\u{304}\u{306}\u{308}\u{309}\u{30A}\u{30B}\u{30C}\u{31B}\u{323}\u{324}\u{327}\u{328}"
        .chars()
        .collect();
    let spaces: Vec<char> = " \t\n\u{A0}\u{2003}\u{3000}-'’ʼ".chars().collect();
    let piece = prop_oneof![
        4 => prop::sample::select(letters),
        3 => prop::sample::select(marks),
        2 => prop::sample::select(spaces),
        1 => any::<char>(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(String::from_iter)
}

/// A JSON number as text, in the shapes JSON allows.
fn json_number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        (any::<i32>(), 0u32..1_000_000).prop_map(|(i, f)| format!("{i}.{f}")),
        (any::<i16>(), prop::sample::select(vec!["e", "E", "e+", "e-", "E-"]), 0u16..300)
            .prop_map(|(i, e, x)| format!("{i}{e}{x}")),
        Just("-0".to_owned()),
        Just("0.0e0".to_owned()),
    ]
}

/// Any string, with quotes, backslashes, control characters and characters
/// outside the Basic Multilingual Plane more often than chance gives them.
fn json_string() -> impl Strategy<Value = String> {
    let special: Vec<char> = "\"\\/\u{0}\u{1}\u{8}\u{c}\n\r\t\u{1f}\u{7f}\u{2028}\u{fffd}😀𝄞".chars().collect();
    prop::collection::vec(prop_oneof![2 => any::<char>(), 1 => prop::sample::select(special)], 0..12)
        .prop_map(String::from_iter)
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        json_number().prop_map(Value::Number),
        json_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            // Repeated keys are allowed (and kept): a small key alphabet makes them common.
            prop::collection::vec((prop_oneof![json_string(), "[ab]{0,2}"], inner), 0..6).prop_map(Value::Object),
        ]
    })
}

// ---- properties ------------------------------------------------------------

proptest! {
    #[test]
    fn days_since_epoch_agrees_with_counting(d in date()) {
        prop_assert_eq!(d.days_since_epoch(), oracle_days(d));
    }

    #[test]
    fn day_numbers_round_trip_over_the_whole_range(n in first_day()..=last_day()) {
        let d = Date::from_days_since_epoch(n).unwrap();
        prop_assert_eq!(d.days_since_epoch(), n);
        prop_assert_eq!(Date::new(d.year(), d.month(), d.day()), Some(d));
        // The next day is the next date.
        if let Some(next) = Date::from_days_since_epoch(n + 1) {
            prop_assert!(d < next);
            let (y, m, day) = (d.year(), d.month(), d.day());
            let expected = if day < u32::from(days_in_month(y, m as u8)) {
                (y, m, day + 1)
            } else if m < 12 {
                (y, m + 1, 1)
            } else {
                (y + 1, 1, 1)
            };
            prop_assert_eq!((next.year(), next.month(), next.day()), expected);
        }
    }

    #[test]
    fn dates_round_trip_through_day_numbers(d in date()) {
        prop_assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), Some(d));
        prop_assert_eq!(Date::parse_iso(&d.to_string()), Some(d));
    }

    #[test]
    fn days_until_is_antisymmetric_and_additive(a in date(), b in date(), c in date()) {
        prop_assert_eq!(a.days_until(a), 0);
        prop_assert_eq!(a.days_until(b), -b.days_until(a));
        prop_assert_eq!(a.days_until(b) + b.days_until(c), a.days_until(c));
        prop_assert_eq!(a.days_until(b).cmp(&0), a.cmp(&b).reverse());
    }

    #[test]
    fn full_years_agree_with_anniversaries(birth in date(), on in date()) {
        prop_assert_eq!(birth.full_years_until(on), oracle_full_years(birth, on));
    }

    #[test]
    fn full_years_around_birthdays((birth, on) in date().prop_flat_map(|b| (Just(b), nearby(b)))) {
        prop_assert_eq!(birth.full_years_until(on), oracle_full_years(birth, on));
        if let Some(before) = Date::from_days_since_epoch(on.days_since_epoch() - 1) {
            // Monotone: a day later is never younger, and at most a year older.
            let (x, y) = (birth.full_years_until(before), birth.full_years_until(on));
            prop_assert!(x == y || x + 1 == y, "{} then {} on {} and {}", x, y, before, on);
        }
    }

    #[test]
    fn full_years_on_29_february_birthdays(
        y in (MIN_YEAR / 4..=(MAX_YEAR - 120) / 4).prop_map(|q| q * 4).prop_filter("leap", |y| is_leap_year(*y)),
        k in 1i32..=120,
    ) {
        let birth = Date::new(y, 2, 29).unwrap();
        let year = y + k;
        let feb28 = Date::new(year, 2, 28).unwrap();
        let mar1 = Date::new(year, 3, 1).unwrap();
        prop_assert_eq!(birth.full_years_until(feb28), k - 1);
        prop_assert_eq!(birth.full_years_until(mar1), k);
        if let Some(feb29) = Date::new(year, 2, 29) {
            prop_assert_eq!(birth.full_years_until(feb29), k);
        }
    }

    #[test]
    fn partial_dates_parse_as_written((text, y, m, d) in written_date()) {
        let p = PartialDate::parse(&text).unwrap();
        prop_assert_eq!((p.year(), p.month(), p.day()), (y, m, d));
        let precision = match (m, d) { (Some(_), Some(_)) => Precision::Day, (Some(_), None) => Precision::Month, _ => Precision::Year };
        prop_assert_eq!(p.precision(), precision);
        prop_assert_eq!(PartialDate::parse(&p.to_iso()), Ok(p));
        prop_assert_eq!(PartialDate::parse(&p.to_vietnamese()), Ok(p));
    }

    #[test]
    fn partial_dates_span_exactly_what_they_mean(p in partial(), probe in date()) {
        let (lo, hi) = (p.earliest(), p.latest());
        prop_assert!(lo <= hi);
        prop_assert!(means(p, lo) && means(p, hi));
        // The days just outside the span are not meant.
        for outside in [Date::from_days_since_epoch(lo.days_since_epoch() - 1), Date::from_days_since_epoch(hi.days_since_epoch() + 1)].into_iter().flatten() {
            prop_assert!(!means(p, outside), "{:?} means {}", p, outside);
        }
        prop_assert_eq!(means(p, probe), lo <= probe && probe <= hi);
        prop_assert_eq!(PartialDate::from(lo).certainly_cmp(p), None);
    }

    #[test]
    fn certainly_cmp_agrees_with_the_spans(a in partial(), b in partial(), x in date(), y in date()) {
        let expected = if a.latest() < b.earliest() {
            Some(Ordering::Less)
        } else if a.earliest() > b.latest() {
            Some(Ordering::Greater)
        } else {
            None
        };
        prop_assert_eq!(a.certainly_cmp(b), expected);
        prop_assert_eq!(b.certainly_cmp(a), expected.map(Ordering::reverse));
        prop_assert_eq!(a.certainly_cmp(a), None);
        // "Certainly" holds for every pair of days the two can mean.
        if means(a, x) && means(b, y) {
            if let Some(order) = expected {
                prop_assert_eq!(x.cmp(&y), order);
            }
        }
    }

    #[test]
    fn personal_ids_decode_what_was_encoded(
        place in 0u16..1000,
        female in any::<bool>(),
        year in 1900i32..=2399,
        tail in 0u32..1_000_000,
        spaced in any::<bool>(),
    ) {
        let century_digit = (year - 1900) / 100 * 2 + i32::from(female);
        let digits = format!("{place:03}{century_digit}{:02}{tail:06}", year % 100);
        let text = if spaced { format!("{} {} {} {}", &digits[..3], &digits[3..6], &digits[6..9], &digits[9..]) } else { digits.clone() };
        let info = hotich::parse_personal_id(&text).unwrap();
        prop_assert_eq!(info.place_code, format!("{place:03}"));
        prop_assert_eq!(info.sex, if female { Sex::Female } else { Sex::Male });
        prop_assert_eq!(info.birth_year, year);
        // One digit more or less is not an ID.
        prop_assert_eq!(hotich::parse_personal_id(&digits[1..]), None);
        prop_assert_eq!(hotich::parse_personal_id(&format!("{digits}0")), None);
    }

    #[test]
    fn normalisation_is_idempotent(s in name_text()) {
        let once = nfc(&s).into_owned();
        let twice = nfc(&once).into_owned();
        prop_assert_eq!(twice, once.clone());
        let normalized = normalize_name(&s);
        prop_assert_eq!(normalize_name(&normalized), normalized.clone());
        prop_assert_eq!(name_key(&normalized), name_key(&s));
        // The key never holds white space.
        prop_assert!(!name_key(&s).chars().any(char::is_whitespace));
    }

    #[test]
    fn keys_ignore_case_and_spacing(s in name_text()) {
        let upper: String = s.chars().map(hotich::text::upper_char).collect();
        let spaced: String = s.split_whitespace().collect::<Vec<_>>().join("  ");
        prop_assert_eq!(name_key(&spaced), name_key(&s));
        // Upper case keys as lower case, except where a letter has no case
        // pair in the table (then it is kept as it is either way).
        prop_assert_eq!(name_key(&hotich::text::to_lower(&upper)), name_key(&hotich::text::to_lower(&s)));
    }

    #[test]
    fn json_written_parses_back_equal(v in json_value()) {
        let text = v.to_json();
        prop_assert_eq!(json::parse(&text), Ok(v.clone()));
        // And it is JSON to another reader too.
        let other: serde_json::Value = serde_json::from_str(&text).map_err(|e| TestCaseError::fail(format!("serde_json: {e}: {text}")))?;
        if let Value::String(s) = &v {
            prop_assert_eq!(other.as_str(), Some(s.as_str()));
        }
    }

    #[test]
    fn json_strings_read_as_serde_writes_them(s in json_string()) {
        let text = serde_json::to_string(&s).unwrap();
        prop_assert_eq!(json::parse(&text), Ok(Value::String(s)));
    }
}

#[test]
fn day_numbers_outside_the_range_are_none() {
    assert_eq!(Date::from_days_since_epoch(first_day() - 1), None);
    assert_eq!(Date::from_days_since_epoch(last_day() + 1), None);
    assert_eq!(Date::from_days_since_epoch(i64::MAX), None);
    assert_eq!(Date::from_days_since_epoch(i64::MIN), None);
    assert_eq!(Date::from_days_since_epoch(first_day()).map(|d| d.to_string()).as_deref(), Some("1800-01-01"));
    assert_eq!(Date::from_days_since_epoch(last_day()).map(|d| d.to_string()).as_deref(), Some("2999-12-31"));
}
