//! `parse_personal_id` on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(info) = hotich::parse_personal_id(&text) {
        assert_eq!(info.place_code.len(), 3);
        assert!(info.place_code.bytes().all(|b| b.is_ascii_digit()));
        assert!((1900..=2399).contains(&info.birth_year), "birth year {}", info.birth_year);
        hotich_fuzz::assert_json(&info.to_json(), "PersonalIdInfo::to_json");
        // The digits alone say the same.
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(hotich::parse_personal_id(&digits), Some(info));
    }
});
