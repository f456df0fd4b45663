//! The 54 ethnic groups of Vietnam and their codes in the two official lists.
//!
//! - QĐ 1019/QĐ-TCTK of 12 Nov 2008 ("01 Kinh … 54 Ơ Đu"), the list that
//!   QCVN 109:2017, Phụ lục E (the population-database exchange standard)
//!   references. It is the default: [`CodeList::Qd1019Of2008`].
//! - QĐ 121-TCTK/PPCĐ of 2 Mar 1979, which orders the groups differently
//!   ("… 53 Ơ Đu, 54 Rơ Măm"). Many codes between 04 and 54 name different
//!   groups in the two lists (04 is Mường in 2008 and Hoa in 1979), so a code
//!   means nothing without its list; old data may use the 1979 codes.
//!
//! Both lists add 55, "Người nước ngoài" (foreigner), in common use.
//!
//! Names are the 2008 list's spellings, with the other names and spellings
//! people write (Việt, Mèo, Khmer, Jarai, Cao Lan …). Names compare by
//! [`name_key`], so variants that differ only by case, spaces, hyphens,
//! apostrophes or tone placement ("Ê-đê", "Êđê", "HMông") need no entry.
//!
//! Both decisions are administrative documents of the State, which are
//! outside copyright protection (Law on Intellectual Property 2005,
//! Art. 15).

use std::sync::OnceLock;

use super::NameIndex;

/// Which official list a numeric ethnicity code comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CodeList {
    /// QĐ 1019/QĐ-TCTK (2008), referenced by QCVN 109:2017.
    #[default]
    Qd1019Of2008,
    /// QĐ 121-TCTK/PPCĐ (1979).
    Qd121Of1979,
}

/// One ethnic group (or the foreigner entry, code 55 in both lists).
///
/// Each group is in [`GROUPS`] once, so equality is "the same group".
#[derive(Debug, PartialEq, Eq)]
pub struct Ethnicity {
    code_2008: u8,
    code_1979: u8,
    name: &'static str,
    aliases: &'static [&'static str],
}

impl Ethnicity {
    /// The code in QĐ 1019/QĐ-TCTK (2008).
    pub fn code_2008(&self) -> u8 {
        self.code_2008
    }

    /// The code in QĐ 121-TCTK/PPCĐ (1979).
    pub fn code_1979(&self) -> u8 {
        self.code_1979
    }

    /// The code in `list`.
    pub fn code(&self, list: CodeList) -> u8 {
        match list {
            CodeList::Qd1019Of2008 => self.code_2008,
            CodeList::Qd121Of1979 => self.code_1979,
        }
    }

    /// The name as the 2008 list spells it, e.g. "H'Mông", "Khơ Me".
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Whether this is 55, "Người nước ngoài".
    pub fn is_foreigner(&self) -> bool {
        self.code_2008 == FOREIGNER
    }
}

/// The code of "Người nước ngoài" in both lists.
const FOREIGNER: u8 = 55;

const fn group(code_2008: u8, code_1979: u8, name: &'static str, aliases: &'static [&'static str]) -> Ethnicity {
    Ethnicity { code_2008, code_1979, name, aliases }
}

/// Every group, sorted by its 2008 code (01 … 55).
pub static GROUPS: [Ethnicity; 55] = [
    group(1, 1, "Kinh", &["Việt"]),
    group(2, 2, "Tày", &[]),
    group(3, 3, "Thái", &[]),
    group(4, 6, "Mường", &[]),
    group(5, 5, "Khơ Me", &["Khmer", "Khơ Me Krôm"]),
    group(6, 4, "Hoa", &["Hán", "Người Hoa"]),
    group(7, 7, "Nùng", &[]),
    group(8, 8, "H'Mông", &["Mông", "Mèo", "Mẹo"]),
    group(9, 9, "Dao", &[]),
    group(10, 10, "Gia Rai", &["Jarai"]),
    group(11, 12, "Ê Đê", &["Ra Đê"]),
    group(12, 13, "Ba Na", &[]),
    group(13, 15, "Sán Chay", &["Cao Lan", "Sán Chỉ", "Cao Lan-Sán Chỉ", "Sán Chay (Cao Lan-Sán Chỉ)"]),
    group(14, 17, "Chăm", &["Chàm"]),
    group(15, 16, "Cơ Ho", &["Koho"]),
    group(16, 14, "Xơ Đăng", &["Sedang"]),
    group(17, 18, "Sán Dìu", &[]),
    group(18, 19, "Hrê", &["H're"]),
    group(19, 21, "Ra Glai", &[]),
    group(20, 20, "Mnông", &[]),
    group(21, 24, "Thổ", &[]),
    group(22, 22, "Xtiêng", &["Stiêng"]),
    group(23, 29, "Khơ Mú", &["Khmu", "Xá Cẩu"]),
    group(24, 23, "Bru-Vân Kiều", &["Vân Kiều", "Bru"]),
    group(25, 26, "Cơ Tu", &["Katu"]),
    group(26, 25, "Giáy", &["Nhắng"]),
    group(27, 31, "Tà Ôi", &["Pa Kô"]),
    group(28, 28, "Mạ", &[]),
    group(29, 27, "Giẻ Triêng", &["Gié Triêng"]),
    group(30, 30, "Co", &["Cor"]),
    group(31, 32, "Chơ Ro", &[]),
    group(32, 34, "Xinh Mun", &[]),
    group(33, 35, "Hà Nhì", &[]),
    group(34, 36, "Chu Ru", &[]),
    group(35, 37, "Lào", &[]),
    group(36, 38, "La Chí", &[]),
    group(37, 33, "Kháng", &[]),
    group(38, 40, "Phù Lá", &[]),
    group(39, 41, "La Hủ", &[]),
    group(40, 39, "La Ha", &[]),
    group(41, 46, "Pà Thẻn", &[]),
    group(42, 42, "Lự", &[]),
    group(43, 11, "Ngái", &[]),
    group(44, 44, "Chứt", &[]),
    group(45, 43, "Lô Lô", &[]),
    group(46, 45, "Mảng", &[]),
    group(47, 47, "Cơ Lao", &[]),
    group(48, 49, "Bố Y", &[]),
    group(49, 48, "Cống", &[]),
    group(50, 50, "Si La", &[]),
    group(51, 51, "Pu Péo", &[]),
    group(52, 54, "Rơ Măm", &[]),
    group(53, 52, "Brâu", &[]),
    group(54, 53, "Ơ Đu", &[]),
    group(FOREIGNER, FOREIGNER, "Người nước ngoài", &["nước ngoài", "foreigner"]),
];

/// `(name_key, index in GROUPS)` of every name and alias, sorted by key;
/// built on first use.
fn keys() -> &'static NameIndex {
    static KEYS: OnceLock<NameIndex> = OnceLock::new();
    KEYS.get_or_init(|| {
        NameIndex::new(
            (0u16..)
                .zip(GROUPS.iter())
                .flat_map(|(i, g)| std::iter::once(g.name).chain(g.aliases.iter().copied()).map(move |n| (n, i))),
        )
    })
}

/// A code of one or two ASCII digits, "1" … "55" or "01" … "09".
fn parse_code(text: &str) -> Option<u8> {
    if !(1..=2).contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().filter(|c| (1..=FOREIGNER).contains(c))
}

/// The group `text` names: a name or alias in any case and spacing, or a
/// code ("01" … "55", or "1" … "9") read in `list`.
pub fn lookup(text: &str, list: CodeList) -> Option<&'static Ethnicity> {
    let text = text.trim();
    if let Some(code) = parse_code(text) {
        return match list {
            CodeList::Qd1019Of2008 => usize::from(code).checked_sub(1).and_then(|i| GROUPS.get(i)),
            CodeList::Qd121Of1979 => GROUPS.iter().find(|g| g.code_1979 == code),
        };
    }
    GROUPS.get(keys().find(text)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::name_key;

    fn by_name(text: &str) -> Option<&'static str> {
        lookup(text, CodeList::default()).map(Ethnicity::name)
    }

    fn by_code(text: &str, list: CodeList) -> Option<&'static str> {
        lookup(text, list).map(Ethnicity::name)
    }

    #[test]
    fn default_list_is_2008() {
        assert_eq!(CodeList::default(), CodeList::Qd1019Of2008);
    }

    #[test]
    fn both_code_columns_are_permutations() {
        for (i, g) in (1u8..).zip(GROUPS.iter()) {
            assert_eq!(g.code_2008(), i);
            assert_eq!(g.code(CodeList::Qd1019Of2008), i);
            assert_eq!(g.code(CodeList::Qd121Of1979), g.code_1979());
        }
        let mut codes: Vec<u8> = GROUPS.iter().map(Ethnicity::code_1979).collect();
        codes.sort_unstable();
        assert!(codes.iter().copied().eq(1..=55));
    }

    #[test]
    fn every_code_round_trips_in_both_lists() {
        for g in &GROUPS {
            for list in [CodeList::Qd1019Of2008, CodeList::Qd121Of1979] {
                let code = g.code(list);
                assert_eq!(lookup(&format!("{code:02}"), list), Some(g));
                assert_eq!(lookup(&code.to_string(), list), Some(g));
            }
            assert_eq!(lookup(g.name(), CodeList::Qd121Of1979), Some(g));
        }
    }

    #[test]
    fn the_lists_differ_where_the_decisions_differ() {
        use CodeList::{Qd1019Of2008 as Y2008, Qd121Of1979 as Y1979};
        let cases = [
            ("01", "Kinh", "Kinh"),
            ("04", "Mường", "Hoa"),
            ("06", "Hoa", "Mường"),
            ("08", "H'Mông", "H'Mông"),
            ("11", "Ê Đê", "Ngái"),
            ("12", "Ba Na", "Ê Đê"),
            ("13", "Sán Chay", "Ba Na"),
            ("23", "Khơ Mú", "Bru-Vân Kiều"),
            ("24", "Bru-Vân Kiều", "Thổ"),
            ("29", "Giẻ Triêng", "Khơ Mú"),
            ("43", "Ngái", "Lô Lô"),
            ("52", "Rơ Măm", "Brâu"),
            ("53", "Brâu", "Ơ Đu"),
            ("54", "Ơ Đu", "Rơ Măm"),
            ("55", "Người nước ngoài", "Người nước ngoài"),
        ];
        for (code, in_2008, in_1979) in cases {
            assert_eq!(by_code(code, Y2008), Some(in_2008), "{code} in 2008");
            assert_eq!(by_code(code, Y1979), Some(in_1979), "{code} in 1979");
        }
        assert_eq!(by_code("4", Y2008), Some("Mường"));
        assert_eq!(by_code("4", Y1979), Some("Hoa"));
        assert_eq!(by_code(" 06 ", Y2008), Some("Hoa"));
    }

    #[test]
    fn names_and_aliases_resolve() {
        let cases: &[(&str, &[&str])] = &[
            ("Kinh", &["Kinh", "Việt", "KINH", "kinh"]),
            ("Tày", &["Tày"]),
            ("Mường", &["Mường"]),
            ("H'Mông", &["H'Mông", "Mông", "HMông", "Hmông", "Mèo", "Mẹo", "H’Mông"]),
            ("Khơ Me", &["Khơ Me", "Khmer", "Khơ-me", "Khơme", "Khơ Me Krôm"]),
            ("Ê Đê", &["Ê Đê", "Ê-đê", "Êđê", "Rađê", "Ra Đê"]),
            ("Ba Na", &["Ba-na", "Bana"]),
            ("Gia Rai", &["Gia-rai", "Jarai", "Giarai"]),
            ("Hoa", &["Hoa", "Hán", "Người Hoa"]),
            ("Sán Chay", &["Sán Chay", "Cao Lan", "Sán Chỉ", "Cao Lan-Sán Chỉ", "Sán Chay (Cao Lan - Sán Chỉ)"]),
            ("Chăm", &["Chăm", "Chàm"]),
            ("Cơ Ho", &["Cơ-ho", "Koho"]),
            ("Xơ Đăng", &["Xơ-đăng", "Sedang"]),
            ("Sán Dìu", &["Sán Dìu"]),
            ("Hrê", &["Hrê", "H're"]),
            ("Ra Glai", &["Ra-glai", "Raglai"]),
            ("Mnông", &["M'nông", "Mnông"]),
            ("Thổ", &["Thổ"]),
            ("Xtiêng", &["Xtiêng", "X'tiêng", "Stiêng"]),
            ("Khơ Mú", &["Khơ-mú", "Khơ Mú", "Khmu", "Xá Cẩu"]),
            ("Bru-Vân Kiều", &["Bru-Vân Kiều", "Vân Kiều", "Bru"]),
            ("Cơ Tu", &["Cơ-tu", "Katu"]),
            ("Giáy", &["Giáy", "Nhắng"]),
            ("Tà Ôi", &["Tà-ôi", "Tà Ôi", "Pa Kô"]),
            ("Mạ", &["Mạ"]),
            ("Giẻ Triêng", &["Giẻ-Triêng", "Gié Triêng"]),
            ("Co", &["Co", "Cor"]),
            ("Chơ Ro", &["Chơ-ro"]),
            ("Xinh Mun", &["Xinh-mun"]),
            ("Hà Nhì", &["Hà Nhì"]),
            ("Chu Ru", &["Chu-ru", "Chu Ru"]),
            ("Lào", &["Lào"]),
            ("La Chí", &["La Chí"]),
            ("Kháng", &["Kháng"]),
            ("Phù Lá", &["Phù Lá"]),
            ("La Hủ", &["La Hủ"]),
            ("La Ha", &["La Ha"]),
            ("Pà Thẻn", &["Pà Thẻn"]),
            ("Lự", &["Lự"]),
            ("Ngái", &["Ngái"]),
            ("Chứt", &["Chứt"]),
            ("Lô Lô", &["Lô Lô"]),
            ("Mảng", &["Mảng"]),
            ("Cơ Lao", &["Cơ Lao"]),
            ("Bố Y", &["Bố Y"]),
            ("Cống", &["Cống"]),
            ("Si La", &["Si La"]),
            ("Pu Péo", &["Pu Péo"]),
            ("Rơ Măm", &["Rơ Măm", "Rơ-măm"]),
            ("Brâu", &["Brâu"]),
            ("Ơ Đu", &["Ơ Đu"]),
            ("Người nước ngoài", &["Người nước ngoài", "người nước ngoài", "nước ngoài", "Foreigner"]),
        ];
        for (name, texts) in cases {
            for text in *texts {
                assert_eq!(by_name(text), Some(*name), "{text}");
            }
        }
        // Decomposed input and tone placement.
        assert_eq!(by_name("Mu\u{31b}\u{300}o\u{31b}ng"), Some("Mường"));
        assert_eq!(by_name("Pà Thẻn"), by_name("PÀ THẺN"));
    }

    #[test]
    fn unknown_names_and_codes() {
        for text in ["Kinhh", "Tây", "", "  ", "56", "00", "0", "001", "+1", "-1", "1.0", "Kinh Tày"] {
            assert_eq!(lookup(text, CodeList::Qd1019Of2008), None, "{text:?}");
            assert_eq!(lookup(text, CodeList::Qd121Of1979), None, "{text:?}");
        }
    }

    #[test]
    fn foreigner() {
        let f = lookup("nước ngoài", CodeList::default());
        assert!(f.is_some_and(Ethnicity::is_foreigner));
        assert_eq!(f.map(Ethnicity::code_1979), Some(55));
        assert_eq!(lookup("55", CodeList::Qd121Of1979), f);
        assert_eq!(GROUPS.iter().filter(|g| g.is_foreigner()).count(), 1);
    }

    #[test]
    fn no_name_is_listed_twice() {
        // A name key must name one group, and no alias may repeat a key
        // already listed (that would be dead data).
        let all: Vec<String> =
            GROUPS.iter().flat_map(|g| std::iter::once(&g.name).chain(g.aliases)).map(|n| name_key(n)).collect();
        let mut sorted = all.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), all.len());
        assert_eq!(keys().len(), all.len());
    }
}
