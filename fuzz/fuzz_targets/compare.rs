//! `compare_records`: after the flags byte, two JSON texts (UTF-8, lossy),
//! the register entry and the population record, split at the first line
//! feed.
#![no_main]

use hotich::json::{self, Value};
use hotich_fuzz::{kind, options, split};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (flags, rest) = split(data);
    let text = String::from_utf8_lossy(rest);
    let (a, b) = text.split_once('\n').unwrap_or((&text, ""));
    let a = json::parse(a).unwrap_or(Value::Null);
    let b = json::parse(b).unwrap_or(Value::Null);
    let c = hotich::compare::compare_records(kind(flags), &a, &b, &options(flags));
    hotich_fuzz::assert_json(&c.to_json(), "Comparison::to_json");
});
