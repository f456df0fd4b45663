//! Countries: ISO 3166-1 codes with Vietnamese (and English) names.
//!
//! Nationality fields carry ISO 3166-1 alpha-2 codes: QCVN 109:2017
//! (the population-database exchange standard), Phụ lục H, uses them.
//! People type names, though, so [`lookup`] reads a code ("VN", "vnm") or a
//! name ("Việt Nam", "Hoa Kỳ", "Mỹ", "Germany").
//!
//! Source: the 250 codes and the Vietnamese and English names of the npm
//! package i18n-iso-countries (MIT), turned into `countries_data.rs` by
//! `scripts/gen-countries.mjs`; version and licence in
//! THIRD_PARTY_NOTICES.md. [`EXTRA_NAMES`] adds by hand the short and
//! transcribed Vietnamese forms the package lacks.
//!
//! Names compare by [`name_key`]: case, spaces, hyphens, apostrophes and
//! tone placement do not matter; diacritics do ("Viet Nam" only matches
//! because the English "Vietnam" is listed).

use std::sync::OnceLock;

use super::NameIndex;

#[path = "countries_data.rs"]
mod data;

use data::COUNTRIES;

/// A country or territory of ISO 3166-1.
#[derive(Debug, PartialEq, Eq)]
pub struct Country(&'static str, &'static str, &'static str, &'static str);

impl Country {
    /// The ISO 3166-1 alpha-2 code, e.g. "VN".
    pub fn alpha2(&self) -> &'static str {
        self.0
    }

    /// The ISO 3166-1 alpha-3 code, e.g. "VNM".
    pub fn alpha3(&self) -> &'static str {
        self.1
    }

    /// The Vietnamese name, e.g. "Việt Nam", "Hợp chủng quốc Hoa Kỳ".
    pub fn name_vi(&self) -> &'static str {
        self.2
    }

    /// Every name the country is known by here: the Vietnamese name, the
    /// package's other Vietnamese and English names, then [`EXTRA_NAMES`].
    fn names(&'static self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.2)
            .chain(self.3.split('|').filter(|n| !n.is_empty()))
            .chain(EXTRA_NAMES.iter().filter(move |(code, _)| *code == self.0).map(|&(_, name)| name))
    }
}

/// `(alpha-2, name)`: Vietnamese short, common and transcribed forms that
/// people write and the package does not list. Names the package already
/// has, up to [`name_key`] ("Việt Nam", "Viet Nam" as "Vietnam", "Mỹ",
/// "Nga", "Úc", "Cam-pu-chia" as "Campuchia", "Cu Ba" as "Cuba" …), are not
/// repeated; a test checks it. Pejorative names (such as "Tàu" for China)
/// are left out.
pub static EXTRA_NAMES: [(&str, &str); 22] = [
    ("AU", "Ô-xtrây-li-a"),
    ("BR", "Bra-xin"),
    ("CA", "Ca-na-đa"),
    ("CN", "Trung Hoa"),
    ("CZ", "Séc"),
    ("GB", "Anh"),
    ("ID", "In-đô-nê-xi-a"),
    ("IT", "I-ta-li-a"),
    ("JP", "Nhật"),
    ("KH", "Cao Miên"),
    ("KP", "Bắc Triều Tiên"),
    ("KP", "Bắc Hàn"),
    ("KR", "Nam Hàn"),
    ("LA", "Lào"),
    ("MM", "Mi-an-ma"),
    ("MY", "Ma-lai-xi-a"),
    ("MY", "Mã Lai"),
    ("NZ", "Niu Di-lân"),
    ("PH", "Phi-líp-pin"),
    ("SG", "Xin-ga-po"),
    ("US", "Hoa Kỳ"),
    ("VN", "Cộng hòa Xã hội Chủ nghĩa Việt Nam"),
];

/// Every name of every country; built on first use.
fn keys() -> &'static NameIndex {
    static KEYS: OnceLock<NameIndex> = OnceLock::new();
    KEYS.get_or_init(|| {
        NameIndex::new((0u16..).zip(COUNTRIES.iter()).flat_map(|(i, c)| c.names().map(move |n| (n, i))))
    })
}

/// The country of an alpha-2 or alpha-3 code, in any case.
fn by_code(code: &str) -> Option<&'static Country> {
    match code.len() {
        2 => COUNTRIES
            .binary_search_by(|c| c.0.bytes().cmp(code.bytes().map(|b| b.to_ascii_uppercase())))
            .ok()
            .and_then(|i| COUNTRIES.get(i)),
        3 => COUNTRIES.iter().find(|c| c.1.eq_ignore_ascii_case(code)),
        _ => None,
    }
}

fn by_name(name: &str) -> Option<&'static Country> {
    COUNTRIES.get(keys().find(name)?)
}

/// The country `text` names: an ISO 3166-1 alpha-2 or alpha-3 code in any
/// case ("VN", "vnm"), or a Vietnamese or English name in any case and
/// spacing ("Việt Nam", "hoa kỳ", "Mỹ", "Germany").
///
/// A code in capitals is read as a code first, anything else as a name
/// first: "NGA" is Nigeria, while "Nga" and "nga" are Russia.
pub fn lookup(text: &str) -> Option<&'static Country> {
    let text = text.trim();
    if !text.bytes().all(|b| b.is_ascii_alphabetic()) {
        return by_name(text);
    }
    if text.bytes().all(|b| b.is_ascii_uppercase()) {
        by_code(text).or_else(|| by_name(text))
    } else {
        by_name(text).or_else(|| by_code(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::name_key;

    fn code(text: &str) -> Option<&'static str> {
        lookup(text).map(Country::alpha2)
    }

    #[test]
    fn table_is_sorted_and_well_formed() {
        assert!(COUNTRIES.windows(2).all(|w| w[0].0 < w[1].0));
        for c in &COUNTRIES {
            assert!(c.0.len() == 2 && c.0.bytes().all(|b| b.is_ascii_uppercase()), "{c:?}");
            assert!(c.1.len() == 3 && c.1.bytes().all(|b| b.is_ascii_uppercase()), "{c:?}");
            assert!(!c.2.is_empty() && c.names().all(|n| n == n.trim() && !n.is_empty()), "{c:?}");
            assert_eq!(by_code(c.0), Some(c));
            assert_eq!(by_code(c.1), Some(c));
            assert_eq!(lookup(c.0), Some(c));
            assert_eq!(lookup(c.1), Some(c));
            assert_eq!(lookup(c.2), Some(c), "{}", c.2);
        }
        let mut alpha3: Vec<&str> = COUNTRIES.iter().map(Country::alpha3).collect();
        alpha3.sort_unstable();
        alpha3.dedup();
        assert_eq!(alpha3.len(), COUNTRIES.len());
    }

    #[test]
    fn every_name_names_one_country_once() {
        let mut all: Vec<(String, &str, &str)> =
            COUNTRIES.iter().flat_map(|c| c.names().map(move |n| (name_key(n), c.0, n))).collect();
        all.sort();
        let repeated: Vec<_> = all.windows(2).filter(|w| w[0].0 == w[1].0).map(|w| (w[0].2, w[1].1, w[1].2)).collect();
        assert_eq!(repeated, [], "names listed twice or for two countries");
        assert_eq!(keys().len(), all.len());
        for (alpha2, name) in EXTRA_NAMES {
            assert!(by_code(alpha2).is_some(), "{alpha2}");
            assert_eq!(code(name), Some(alpha2), "{name}");
        }
    }

    #[test]
    fn lower_case_names_that_are_codes() {
        // Only "Nga" (Russia) is also another country's code (NGA, Nigeria).
        let clashes: Vec<&str> = COUNTRIES
            .iter()
            .flat_map(|c| c.names().map(move |n| (c, n)))
            .filter(|(c, n)| by_code(n).is_some_and(|other| other != *c))
            .map(|(_, n)| n)
            .collect();
        assert_eq!(clashes, ["Nga"]);
        assert_eq!(code("NGA"), Some("NG"));
        assert_eq!(code("Nga"), Some("RU"));
        assert_eq!(code("nga"), Some("RU"));
        assert_eq!(code("UK"), Some("GB"));
        assert_eq!(code("uk"), Some("GB"));
    }

    #[test]
    fn codes_and_names_resolve() {
        let cases = [
            ("VN", "VN"),
            ("vn", "VN"),
            ("vnm", "VN"),
            ("VNM", "VN"),
            (" VN ", "VN"),
            ("Việt Nam", "VN"),
            ("VIỆT NAM", "VN"),
            ("viet nam", "VN"),
            ("Viet Nam", "VN"),
            ("Vietnam", "VN"),
            ("Cộng hòa Xã hội Chủ nghĩa Việt Nam", "VN"),
            ("Hoa Kỳ", "US"),
            ("Mỹ", "US"),
            ("USA", "US"),
            ("usa", "US"),
            ("United States", "US"),
            ("Hàn Quốc", "KR"),
            ("Nam Hàn", "KR"),
            ("South Korea", "KR"),
            ("Triều Tiên", "KP"),
            ("Bắc Triều Tiên", "KP"),
            ("Trung Quốc", "CN"),
            ("Trung Hoa", "CN"),
            ("China", "CN"),
            ("Lào", "LA"),
            ("Campuchia", "KH"),
            ("Cam-pu-chia", "KH"),
            ("Cao Miên", "KH"),
            ("Nhật Bản", "JP"),
            ("Nhật", "JP"),
            ("Đài Loan", "TW"),
            ("Thái Lan", "TH"),
            ("Pháp", "FR"),
            ("Đức", "DE"),
            ("Anh", "GB"),
            ("Vương quốc Anh", "GB"),
            ("Nga", "RU"),
            ("Úc", "AU"),
            ("Ô-xtrây-li-a", "AU"),
            ("Australia", "AU"),
            ("Ca-na-đa", "CA"),
            ("Canada", "CA"),
            ("Xin-ga-po", "SG"),
            ("Singapore", "SG"),
            ("Ma-lai-xi-a", "MY"),
            ("Malaysia", "MY"),
            ("In-đô-nê-xi-a", "ID"),
            ("Indonesia", "ID"),
            ("Phi-líp-pin", "PH"),
            ("Philippines", "PH"),
            ("Ấn Độ", "IN"),
            ("Séc", "CZ"),
            ("Ba Lan", "PL"),
            ("Ý", "IT"),
            ("I-ta-li-a", "IT"),
            ("Tây Ban Nha", "ES"),
            ("Hà Lan", "NL"),
            ("Thụy Điển", "SE"),
            ("Thuỵ Sĩ", "CH"),
            ("Bỉ", "BE"),
            ("Mi-an-ma", "MM"),
            ("Myanmar", "MM"),
            ("Ai Cập", "EG"),
            ("Cu Ba", "CU"),
            ("Bra-xin", "BR"),
            ("Brazil", "BR"),
            ("Niu Di-lân", "NZ"),
            ("New Zealand", "NZ"),
            ("Germany", "DE"),
            ("Côte d'Ivoire", "CI"),
        ];
        for (text, alpha2) in cases {
            assert_eq!(code(text), Some(alpha2), "{text}");
        }
        let vn = lookup("vn");
        assert_eq!(vn.map(Country::alpha3), Some("VNM"));
        assert_eq!(vn.map(Country::name_vi), Some("Việt Nam"));
    }

    #[test]
    fn unknown() {
        for text in ["Atlantis", "", "  ", "XX", "XXX", "xx", "V", "VNMM", "Congo", "Việt", "Viet", "1", "704"] {
            assert_eq!(lookup(text), None, "{text:?}");
        }
    }
}
