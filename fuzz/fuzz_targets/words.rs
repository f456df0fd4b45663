//! `parse_date_words` on any text: a date it reads is a date.
#![no_main]

use hotich::date::{MAX_YEAR, MIN_YEAR};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(w) = hotich::words::parse_date_words(&text) {
        assert!((MIN_YEAR..=MAX_YEAR).contains(&w.year), "{w:?}");
        assert!(w.day.is_none_or(|d| (1..=31).contains(&d)), "{w:?}");
        assert!(w.month.is_none_or(|m| (1..=12).contains(&m)), "{w:?}");
        let partial = w.to_partial();
        if w.month.is_some() || w.day.is_none() {
            let p = partial.unwrap_or_else(|| panic!("{w:?} read from words but not a date"));
            assert_eq!((p.year(), p.month(), p.day()), (w.year, w.month, w.day));
        }
    }
});
