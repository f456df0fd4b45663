//! The JSON reader on any text (UTF-8, lossy): what it reads, the writer
//! writes back to text that reads as the same value. Every value read is also
//! tried as `validate`'s and `validateBatch`'s options, as the wasm boundary
//! reads them.
#![no_main]

use hotich::batch::BatchOptions;
use hotich::{json, Date, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(value) = json::parse(&text) {
        let written = value.to_json();
        let again = json::parse(&written).unwrap_or_else(|e| panic!("{written:.400} does not parse back: {e}"));
        assert_eq!(again, value);
        assert_eq!(again.to_json(), written);
        let today = Date::new(2026, 1, 1).expect("a calendar date");
        if let Err(e) = Options::from_value(&value, today) {
            let _ = e.to_string();
        }
        if let Err(e) = BatchOptions::from_value(&value, today) {
            let _ = e.to_string();
        }
    }
});
