//! The units pack reader on any bytes (seeds: data/units.bin and a small
//! pack of five units); a pack it accepts answers lookups without panicking.
#![no_main]

use hotich::units::{successors_json, UnitPack};
use hotich::Date;
use libfuzzer_sys::fuzz_target;

const CODES: [&str; 9] = ["74", "79", "01", "723", "760", "25888", "00004", "7", "999999"];

fuzz_target!(|data: &[u8]| {
    let Ok(pack) = UnitPack::from_bytes(data) else { return };
    let _ = pack.description();
    let _ = pack.complete_from();
    let days = [Date::new(1800, 1, 1), Date::new(2025, 6, 30), Date::new(2025, 7, 1), Date::new(2999, 12, 31)];
    // The first units in full (the real pack has 14,000: building every one
    // under the fuzzer's instrumentation takes most of a second), then a few
    // codes of every level.
    let sample: Vec<String> = pack.units().take(64).map(|u| u.code).collect();
    for unit in pack.units().take(64) {
        hotich_fuzz::assert_json(&unit.to_json(), "Unit::to_json");
        if let Some(from) = unit.valid_from {
            assert!(pack.lookup(&unit.code, from).is_some(), "unit {} not found on its first day {from}", unit.code);
        }
    }
    for code in sample.iter().map(String::as_str).chain(CODES) {
        for on in days.into_iter().flatten() {
            if let Some(unit) = pack.lookup(code, on) {
                hotich_fuzz::assert_json(&unit.to_json(), "Unit::to_json");
            }
            let _ = pack.ever(code);
            hotich_fuzz::assert_json(&successors_json(&pack.successors(code, on)), "successors_json");
        }
    }
});
