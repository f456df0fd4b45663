//! `validate_field`: after the flags byte, lines of UTF-8 (lossy): the path,
//! the value as JSON (or, if it is not JSON, as a string), and optionally the
//! rest of the record as JSON.
#![no_main]

use hotich::json::{self, Value};
use hotich_fuzz::{kind, options, split};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (flags, rest) = split(data);
    let text = String::from_utf8_lossy(rest);
    let mut lines = text.splitn(3, '\n');
    let path = lines.next().unwrap_or_default();
    let value = lines.next().unwrap_or_default();
    let value = json::parse(value).unwrap_or_else(|_| Value::String(value.to_owned()));
    let record = lines.next().map(|r| json::parse(r).unwrap_or(Value::Null));
    let options = options(flags);
    let issues = hotich::validate_field(kind(flags), path, &value, record.as_ref(), &options);
    // A place's codes are members of its field: their issues belong to it.
    let member = format!("{path}.");
    for issue in &issues {
        assert!(issue.path == path || issue.path.starts_with(&member), "an issue of {} for {path}", issue.path);
    }
    let mut out = String::new();
    hotich::report::write_issues(&issues, &mut out);
    hotich_fuzz::assert_json(&out, "write_issues");
});
