//! Legacy-encoding detection and repair on any text: a repair is NFC and
//! differs from the input; plausibility and name checks never panic.
#![no_main]

use hotich::text::{encoding, name, nfc};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(r) = encoding::repair(&text) {
        assert_eq!(nfc(&r.text), r.text.as_str(), "a repair ({}) not in NFC", r.encoding.name());
        assert_ne!(r.text, text, "a repair ({}) that changes nothing", r.encoding.name());
    }
    let _ = encoding::is_plausible_vietnamese(&text);
    let _ = name::check(&text);
});
