//! Names: `nfc`, `normalize_name` and `name_key` on any text, with the
//! normalisation laws.
#![no_main]

use hotich::text::{name_key, nfc, normalize_name, to_lower};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let once = nfc(&text).into_owned();
    assert_eq!(nfc(&once), once.as_str(), "nfc is not idempotent");
    let normalized = normalize_name(&text);
    assert_eq!(normalize_name(&normalized), normalized, "normalize_name is not idempotent");
    assert_eq!(name_key(&normalized), name_key(&text), "name_key changes under normalize_name");
    let _ = to_lower(&text);
});
