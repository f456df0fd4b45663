//! Vietnamese text: Unicode normal form, white space, and comparison keys.
//!
//! - [`nfc`] composes decomposed input ("Nguye\u{302}\u{303}n" typed on a Mac)
//!   into the precomposed form (NFC) for the Latin letters and combining
//!   marks that Vietnamese and the minority languages of Vietnam use. Other
//!   characters pass through unchanged; the name rules reject them anyway.
//! - [`normalize_name`]: NFC, trimmed, single spaces. Tone placement is kept
//!   as written ("Hoà" and "Hòa" both stay): the register book is the legal
//!   source, and both placements are in real use.
//! - [`name_key`]: the comparison key, insensitive to case, white space,
//!   hyphens and apostrophes, and tone placement, so "HOÀ", "hòa" and
//!   "Ho\u{300}a" compare equal while "Hoà" and "Hoa" do not.

pub mod encoding;
pub mod name;
mod tables;

use std::borrow::Cow;

use tables::{BY_COMPOSED, COMPOSE, LOWER, MARK_CLASS};

/// The canonical combining class of a handled mark; `None` for any other
/// character (treated as a starter).
fn mark_class(c: char) -> Option<u8> {
    if !('\u{300}'..='\u{36f}').contains(&c) {
        return None;
    }
    MARK_CLASS.iter().find(|(m, _)| *m == c).map(|(_, class)| *class)
}

fn compose(base: char, mark: char) -> Option<char> {
    COMPOSE
        .binary_search_by(|(b, m, _)| (*b, *m).cmp(&(base, mark)))
        .ok()
        .and_then(|i| COMPOSE.get(i))
        .map(|(_, _, c)| *c)
}

/// One step of canonical decomposition: `ậ` → `(ạ, U+0302)`.
fn decompose_once(c: char) -> Option<(char, char)> {
    // Nothing below À decomposes.
    if c < '\u{c0}' {
        return None;
    }
    let i = BY_COMPOSED.binary_search_by(|&i| COMPOSE.get(usize::from(i)).map_or('\0', |e| e.2).cmp(&c)).ok()?;
    let (base, mark, _) = COMPOSE.get(usize::from(*BY_COMPOSED.get(i)?))?;
    Some((*base, *mark))
}

/// Appends the full canonical decomposition of `c` (base first).
fn decompose_into(c: char, out: &mut Vec<char>) {
    match decompose_once(c) {
        Some((base, mark)) => {
            decompose_into(base, out);
            out.push(mark);
        }
        None => out.push(c),
    }
}

/// Whether `s` may hold a combining mark (U+0300–U+036F): their UTF-8
/// starts with CC or CD, as only U+0370–U+037F's does besides.
fn may_have_marks(s: &str) -> bool {
    s.bytes().any(|b| matches!(b, 0xCC | 0xCD))
}

/// The text in Unicode normal form C, for Latin letters with the marks
/// listed in `tables`. Borrows when nothing changes, which is the common case.
pub fn nfc(s: &str) -> Cow<'_, str> {
    if !may_have_marks(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut cluster: Vec<char> = Vec::new();
    for c in s.chars() {
        if mark_class(c).is_none() && !cluster.is_empty() {
            compose_cluster(&mut cluster, &mut out);
        }
        if cluster.is_empty() || mark_class(c).is_some() {
            decompose_into(c, &mut cluster);
        } else {
            cluster.push(c);
        }
    }
    compose_cluster(&mut cluster, &mut out);
    Cow::Owned(out)
}

/// Composes one decomposed starter + marks and appends it, emptying `cluster`.
fn compose_cluster(cluster: &mut Vec<char>, out: &mut String) {
    let Some((&first, marks)) = cluster.split_first() else { return };
    let mut starter = first;
    let mut left: Vec<char> = Vec::new();
    for &m in canonical_order(marks).iter() {
        // A mark is blocked from the starter by an earlier uncomposed mark
        // of the same class.
        let blocked = left.last().is_some_and(|&l| mark_class(l) == mark_class(m));
        match compose(starter, m) {
            Some(c) if !blocked => starter = c,
            _ => left.push(m),
        }
    }
    out.push(starter);
    out.extend(left);
    cluster.clear();
}

/// The lower case of a letter of ASCII or the Latin ranges Vietnamese uses;
/// any other character is returned as it is. A small table instead of
/// `char::to_lowercase`, whose full Unicode tables would cost the wasm
/// module several kilobytes for letters no valid name holds.
pub fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let Ok(code) = u16::try_from(u32::from(c)) else { return c };
    match LOWER.binary_search_by_key(&code, |&(upper, _)| upper) {
        Ok(i) => LOWER.get(i).and_then(|&(_, lower)| char::from_u32(u32::from(lower))).unwrap_or(c),
        Err(_) => c,
    }
}

/// The upper case of a letter, by the same table as [`lower_char`].
pub fn upper_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    let Ok(code) = u16::try_from(u32::from(c)) else { return c };
    LOWER
        .iter()
        .find(|&&(_, lower)| lower == code)
        .and_then(|&(upper, _)| char::from_u32(u32::from(upper)))
        .unwrap_or(c)
}

/// [`lower_char`] over a string.
pub fn to_lower(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

/// Marks in canonical order: a stable sort by combining class. One pass per
/// class present (the table has four) instead of a general sort, whose code
/// the wasm module would carry, or an insertion sort, which is quadratic: a
/// hostile string can hang a million marks on one letter. Borrows when the
/// marks are in order already, as they nearly always are.
fn canonical_order(marks: &[char]) -> Cow<'_, [char]> {
    let class = |m: char| mark_class(m).unwrap_or(0);
    if marks.windows(2).all(|w| matches!(w, [a, b] if class(*a) <= class(*b))) {
        return Cow::Borrowed(marks);
    }
    let mut sorted = Vec::with_capacity(marks.len());
    let mut done: Option<u8> = None;
    while let Some(next) = marks.iter().map(|&m| class(m)).filter(|&c| Some(c) > done).min() {
        sorted.extend(marks.iter().copied().filter(|&m| class(m) == next));
        done = Some(next);
    }
    Cow::Owned(sorted)
}

/// Trims and turns every run of white space into one space.
pub fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// How [`is_normal`] treats each byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// Cannot start white space or a combining mark.
    Plain,
    Space,
    /// Other ASCII white space and control characters (0x1C–0x1F, which
    /// are not white space, go the slow way too); C2, E2 and E3, which start
    /// U+0085, U+00A0, U+2000–U+205F and U+3000; CC and CD, which start the
    /// combining marks U+0300–U+036F.
    Slow,
    /// E1: U+1680 when 9A follows (and the Vietnamese letters otherwise).
    E1,
}

// Evaluated at compile time: an index out of bounds would fail the build.
#[allow(clippy::indexing_slicing)]
const BYTE_CLASS: [ByteClass; 256] = {
    let mut table = [ByteClass::Plain; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = ByteClass::Slow;
        b += 1;
    }
    table[0x20] = ByteClass::Space;
    table[0xC2] = ByteClass::Slow;
    table[0xCC] = ByteClass::Slow;
    table[0xCD] = ByteClass::Slow;
    table[0xE2] = ByteClass::Slow;
    table[0xE3] = ByteClass::Slow;
    table[0xE1] = ByteClass::E1;
    table
};

/// A quick, sound test that [`normalize_name`] leaves `s` as it is: no
/// combining mark (so NFC already), single ASCII spaces between words and
/// no other white space. One pass over the bytes, by a table; anything that
/// might be a mark or white space sends the text the slow way.
fn is_normal(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut after_space = true;
    for (i, &b) in bytes.iter().enumerate() {
        match BYTE_CLASS.get(usize::from(b)).copied().unwrap_or(ByteClass::Slow) {
            ByteClass::Plain => after_space = false,
            ByteClass::Space if after_space => return false,
            ByteClass::Space => after_space = true,
            ByteClass::Slow => return false,
            ByteClass::E1 if bytes.get(i.wrapping_add(1)) == Some(&0x9A) => return false,
            ByteClass::E1 => after_space = false,
        }
    }
    !after_space || bytes.is_empty()
}

/// A name as it should be stored: NFC, trimmed, single spaces; tone
/// placement as written.
pub fn normalize_name(s: &str) -> String {
    if is_normal(s) {
        return s.to_owned();
    }
    collapse_spaces(&nfc(s))
}

/// The five tone marks of Vietnamese (huyền, sắc, ngã, hỏi, nặng).
fn is_tone(c: char) -> bool {
    matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}')
}

/// The comparison key of a name or word: lower case, without white space,
/// hyphens or apostrophes, each word's tone mark moved to the end of the
/// word, and the Icelandic eth (Ð/ð, a common corruption) read as đ.
///
/// `name_key("Nguyễn Thị Hoà") == name_key("nguyễn  thị HÒA")`.
pub fn name_key(s: &str) -> String {
    // Without combining marks (NFC text, nearly all text), each character
    // is a whole letter: its decomposition is in canonical order already.
    if may_have_marks(s) {
        return name_key_marked(s);
    }
    let mut out = String::with_capacity(s.len().saturating_add(8));
    let mut tones = Vec::new();
    for c in s.chars() {
        match key_char(c) {
            Some(c) => push_key_letter(c, &mut out, &mut tones),
            None => out.extend(tones.drain(..)),
        }
    }
    out.extend(tones.drain(..));
    out
}

/// A character as a key holds it: lower case, the Icelandic eth (Ð/ð, a
/// common corruption) as đ; `None` for a separator (white space, hyphens,
/// apostrophes), which ends a word.
fn key_char(c: char) -> Option<char> {
    match c {
        c if c.is_whitespace() => None,
        '-' | '‐' | '\'' | '’' | 'ʼ' => None,
        'Ð' | 'ð' => Some('đ'),
        c => Some(lower_char(c)),
    }
}

/// Appends a letter decomposed, its tone mark going to `tones`.
fn push_key_letter(c: char, out: &mut String, tones: &mut Vec<char>) {
    match decompose_once(c) {
        Some((base, mark)) => {
            push_key_letter(base, out, tones);
            if is_tone(mark) {
                tones.push(mark);
            } else {
                out.push(mark);
            }
        }
        None => out.push(c),
    }
}

/// [`name_key`] of text with combining marks, in any order.
fn name_key_marked(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // The current letter, decomposed, with the marks typed after it: they
    // are put in canonical order, so that every spelling of the same text
    // (NFC, NFD, marks in any order) gets the same key.
    let mut cluster = Vec::with_capacity(8);
    let mut tones = Vec::new();
    for c in s.chars() {
        if mark_class(c).is_none() {
            key_cluster(&mut cluster, &mut tones, &mut out);
        }
        match key_char(c) {
            Some(c) => decompose_into(c, &mut cluster),
            None => out.extend(tones.drain(..)),
        }
    }
    key_cluster(&mut cluster, &mut tones, &mut out);
    out.extend(tones.drain(..));
    out
}

/// Appends a decomposed letter and its marks in canonical order to `out`,
/// except the tone marks, which go to `tones`; empties `cluster`.
fn key_cluster(cluster: &mut Vec<char>, tones: &mut Vec<char>, out: &mut String) {
    if let [letter] = cluster.as_slice() {
        out.push(*letter);
        return cluster.clear();
    }
    let starters = cluster.iter().take_while(|&&c| mark_class(c).is_none()).count();
    let (letter, marks) = cluster.split_at(starters);
    out.extend(letter);
    for &m in canonical_order(marks).iter() {
        if is_tone(m) {
            tones.push(m);
        } else {
            out.push(m);
        }
    }
    cluster.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composes_decomposed_vietnamese() {
        assert_eq!(nfc("Nguye\u{302}\u{303}n"), "Nguyễn");
        // Marks in non-canonical order: dot below (220) sorts before circumflex (230).
        assert_eq!(nfc("a\u{302}\u{323}"), "ậ");
        assert_eq!(nfc("ạ\u{302}"), "ậ");
        assert_eq!(nfc("u\u{31b}\u{303}"), "ữ");
        assert_eq!(nfc("Đa\u{306}k La\u{306}\u{301}k"), "Đăk Lắk");
        assert_eq!(nfc("c\u{30c}"), "č");
        assert!(matches!(nfc("Nguyễn"), Cow::Borrowed(_)));
    }

    #[test]
    fn leaves_what_it_cannot_compose() {
        assert_eq!(nfc("x\u{301}"), "x\u{301}");
        assert_eq!(nfc("\u{301}a"), "\u{301}a");
        // Two tone marks: the second stays.
        assert_eq!(nfc("a\u{300}\u{301}"), "à\u{301}");
    }

    #[test]
    fn agrees_with_decomposition() {
        for &(base, mark, composed) in COMPOSE.iter() {
            assert_eq!(decompose_once(composed), Some((base, mark)));
            let mut s = String::new();
            s.push(base);
            s.push(mark);
            assert_eq!(nfc(&s), composed.to_string());
        }
    }

    #[test]
    fn case_table_agrees_with_std() {
        for c in ('\u{0}'..='\u{24F}').chain('\u{1E00}'..='\u{1EFF}') {
            let std_lower: Vec<char> = c.to_lowercase().collect();
            if std_lower.len() == 1 {
                assert_eq!(lower_char(c), std_lower[0], "{c}");
            }
        }
        assert_eq!(to_lower("NGUYỄN THỊ HÀ ĐỨC ƯỚC"), "nguyễn thị hà đức ước");
        assert_eq!(upper_char('ữ'), 'Ữ');
        assert_eq!(upper_char('đ'), 'Đ');
    }

    #[test]
    fn normalizes_names() {
        assert_eq!(normalize_name("  Nguye\u{302}\u{303}n   Thị\tHoà "), "Nguyễn Thị Hoà");
        assert_eq!(normalize_name("Hòa"), "Hòa");
    }

    #[test]
    fn the_quick_test_is_sound() {
        // Every character std calls white space, in every position, and
        // the Vietnamese letters whose UTF-8 shares a lead byte with some.
        let spaces = ('\0'..='\u{3000}').filter(|c| c.is_whitespace());
        let others = ["a", "Ợ", "ỹ", "ᚠ", "–", "’", "\u{a0}", "§", "\u{301}", "e\u{302}\u{303}", "\u{36f}"];
        for w in spaces.map(String::from).chain(others.iter().map(|s| (*s).to_owned())) {
            for s in [format!("{w}x"), format!("x{w}"), format!("x{w}y"), format!("x {w}y"), w.clone()] {
                if is_normal(&s) {
                    assert_eq!(collapse_spaces(&nfc(&s)), s, "{s:?}");
                }
            }
        }
        assert!(is_normal("Nguyễn Thị Hà") && is_normal(""));
        assert!(!is_normal(" Hà") && !is_normal("Hà ") && !is_normal("Thị  Hà") && !is_normal("Ha\u{300}"));
    }

    #[test]
    fn keys_ignore_placement_case_and_spacing() {
        let k = name_key("Nguyễn Thị Hoà");
        assert_eq!(k, name_key("NGUYỄN  THỊ HÒA"));
        assert_eq!(k, name_key("Nguye\u{302}\u{303}n Thi\u{323} Ho\u{300}a"));
        assert_ne!(k, name_key("Nguyễn Thị Hoa"));
        assert_eq!(name_key("Thuỷ"), name_key("Thủy"));
        assert_eq!(name_key("H'Mông"), name_key("HMông"));
        assert_eq!(name_key("Ê-đê"), name_key("Ê Đê"));
        assert_eq!(name_key("Ðức"), name_key("Đức"));
        assert_ne!(name_key("Mường"), name_key("Mương"));
    }

    #[test]
    fn keys_of_nfc_text_take_the_short_way_to_the_same_key() {
        let corpus = [include_str!("../../tests/text/names.txt"), include_str!("../../tests/text/clean.txt")];
        let mut lines = 0;
        for line in corpus.iter().flat_map(|f| f.lines()) {
            for s in [line.to_owned(), to_lower(line), line.replace(' ', "-")] {
                assert_eq!(name_key(&s), name_key_marked(&s), "{s:?}");
            }
            lines += 1;
        }
        assert!(lines > 5_000, "{lines}");
        assert_eq!(name_key("ĐẶNG  Ðức"), name_key_marked("ĐẶNG  Ðức"));
    }

    #[test]
    fn keys_ignore_the_order_of_marks() {
        // Found by fuzzing (fuzz/fuzz_targets/names.rs): two marks of
        // different classes typed in non-canonical order gave another key
        // than the same text in NFC.
        for s in ["Si\u{303}\u{323}", "o\u{302}\u{31b}", "\u{301}\u{323}a", "A\u{30b}\u{323} b"] {
            assert_eq!(name_key(s), name_key(&normalize_name(s)), "{s:?}");
        }
        assert_eq!(name_key("Thi\u{303}\u{323}"), name_key("Thi\u{323}\u{303}"));
    }

    #[test]
    fn many_marks_on_one_letter_take_linear_time() {
        // An insertion sort of the marks took 7 s for 100,000 marks
        // (quadratic); normalizeName and compareRecords take any length.
        let s = format!("a{}", "\u{301}\u{323}".repeat(100_000));
        let start = std::time::Instant::now();
        assert_eq!(nfc(&s).chars().count(), 200_000);
        assert_eq!(name_key(&s).chars().count(), 200_001);
        assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
    }
}
