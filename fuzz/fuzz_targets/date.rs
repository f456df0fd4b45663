//! Date parsing: `PartialDate::parse` and `Date::parse_iso` on any text, and
//! `Date::from_days_since_epoch` on any day number; each result must agree
//! with its own bounds and printed forms.
#![no_main]

use hotich::date::{Date, PartialDate, Precision};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(p) = PartialDate::parse(&text) {
        assert!(p.earliest() <= p.latest(), "{p:?}");
        assert_eq!(PartialDate::parse(&p.to_iso()), Ok(p));
        assert_eq!(PartialDate::parse(&p.to_vietnamese()), Ok(p));
        assert_eq!(p.certainly_cmp(p), None);
        if p.precision() == Precision::Day {
            assert_eq!(p.earliest(), p.latest());
        }
    }
    if let Some(d) = Date::parse_iso(&text) {
        assert_eq!(Date::parse_iso(&d.to_string()), Some(d));
        assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), Some(d));
    }
    if let Some(bytes) = data.get(..8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
        let days = i64::from_le_bytes(bytes);
        if let Some(d) = Date::from_days_since_epoch(days) {
            assert_eq!(d.days_since_epoch(), days);
        }
        let _ = Date::in_vietnam_at(f64::from_le_bytes(bytes));
    }
});
