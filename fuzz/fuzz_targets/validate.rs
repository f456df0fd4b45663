//! `validate` for each kind on arbitrary JSON text (the bytes after the flags
//! byte, read as UTF-8 with U+FFFD for invalid sequences).
#![no_main]

use hotich::report::Severity;
use hotich::Kind;
use hotich_fuzz::{assert_json, options, split};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (flags, rest) = split(data);
    let text = String::from_utf8_lossy(rest);
    let options = options(flags);
    for kind in [Kind::Birth, Kind::Marriage, Kind::Death] {
        let report = hotich::validate_json(kind, &text, &options);
        assert_eq!(report.valid, !report.issues.iter().any(|i| i.severity == Severity::Error));
        assert_json(&report.to_json(), "Report::to_json");
        // The normalized record is a record too.
        if let Some(normalized) = &report.normalized {
            let again = hotich::validate(kind, normalized, &options);
            assert_json(&again.to_json(), "Report::to_json");
        }
    }
});
