//! Legacy encodings of Vietnamese text: detection and repair.
//!
//! Old databases and spreadsheets hand over Vietnamese that was stored in a
//! legacy encoding and is now read as Windows-1252 (or Latin-1): "NguyÔn ThÞ
//! Hµ" is TCVN3, "Nguyeãn Thò Haø" is VNI-Windows, "Nguyá»…n" is UTF-8.
//! [`repair`] recognises six such corruptions (see [`Encoding`]) and proposes
//! the Unicode text, in NFC. It never changes text that is fine as it is.
//!
//! How a repair is accepted:
//! - **UTF-8 read as Windows-1252** is tried first, being the most specific:
//!   the text, turned back into Windows-1252 bytes (the five bytes that
//!   Windows-1252 leaves undefined, and any C1 control, as their Latin-1
//!   selves), must be valid UTF-8 with at least one multi-byte letter used
//!   in Vietnamese and no control character. Up to three layers are undone.
//! - **CP1258, TCVN3, VNI-Windows and VIQR** are decoded word by word (words
//!   are split at ASCII white space, which all four keep as it is). Every
//!   word that the decoding changes must come out well formed: Latin
//!   letters with Vietnamese marks only, in lower, Title or UPPER case, each
//!   run of vowels at most three letters long and with at most one tone mark.
//!   And at least one changed word must be *evidence*: implausible as
//!   Vietnamese before (see [`is_plausible_vietnamese`]) and plausible after.
//!   Correct Vietnamese is plausible as it is, so it is never evidence; for
//!   VIQR the evidence must also hold a sequence plain text does not have
//!   (a vowel followed by `^`, `(`, `+`, `` ` `` or `~`; by `'` at the end
//!   of a word or inside it, but not in "I'm"; by `?` inside a word; by `.`
//!   inside a word after a consonant; or a leading `dd`), so "O'Brien",
//!   "Mr. Smith" or "10 a.m." stay as they are. For CP1258, a word with Ð
//!   (CP1258's Đ) is evidence too, unless the text also holds tone-mark
//!   bytes: "Ðào Thanh Hòa" is more likely an eth than CP1258 for "Họa".
//!   When several of the four are accepted, the one whose result has the
//!   most plausible words wins, then the one that needs the fewest capitals
//!   restored (see below), then the one with the most evidence; two
//!   different results still tied give no repair ("Löu Trí" is VNI for
//!   "Lưu Trí" but TCVN3 for "Lửu Trớ").
//! - **Ð (U+00D0) for Đ** comes last: every word holding Ð or ð holds it
//!   only at the start, becomes well formed with Đ or đ, at least one of
//!   them becomes a plausible syllable, and the other words are well formed.
//!   A CP1258 repair that changes nothing but Ð is reported as this.
//!
//! Mojibake that is itself plausible Vietnamese is left alone, as it must be
//! for correct text never to change: CP1258 "Vãn" (for Văn) and "Tý" (for
//! Tư), VNI "Hoàng" (for Hồng), TCVN3 "Khóc" (for Khúc) are real syllables.
//! A line made only of such words, or of minority-language words that are
//! not Vietnamese syllables, gets no repair.
//!
//! TCVN3 is read with the VN1 table of TCVN 5712:1993 (glibc's TCVN5712-1),
//! which has a code for every toned capital. The ABC (VN3) fonts have none,
//! and data typed with them writes a toned capital either as the untoned
//! capital followed by the lower-case toned letter ("A¸" for "Á", as
//! converters such as vietnamese-conversion do), which is merged, or as the
//! lower-case letter alone, which is upper-cased when the rest of the text is
//! in capitals or the word starts a Title-case word in Title-case text.
//! VNI marks a capital with the capital form of the mark byte ("AÙ" for
//! "Á"); a mark of the other case is not taken as a mark.
//!
//! Tables, about 2.5 KB in all: TCVN3's upper half (256 bytes) and its
//! twelve C0 capitals, Windows-1252's 0x80–0x9F (128 bytes), VNI's 31 one-
//! and mark-byte entries, CP1258's 14 differing bytes (a `match`), and the
//! syllable grammar (27 initials, 56 rhymes).

// Reviewed exception to the crate's arithmetic lint: counters and positions are bounded by the input, at most MAX_INPUT bytes.
#![allow(clippy::arithmetic_side_effects)]

use std::cmp::Reverse;

use super::{decompose_once, is_tone, lower_char, nfc, upper_char};

/// A legacy encoding (or corruption) that [`repair`] recognises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// TCVN 5712:1993 (ABC fonts), single-byte precomposed.
    Tcvn3,
    /// VNI-Windows: base letter followed by a mark byte.
    Vni,
    /// VIQR (RFC 1456): ASCII marks after the vowel.
    Viqr,
    /// Windows-1258: precomposed vowels with combining tone marks.
    Cp1258,
    /// UTF-8 bytes decoded as Windows-1252 or Latin-1.
    Utf8AsWindows1252,
    /// The Icelandic eth Ð/ð (U+00D0, U+00F0) typed for Đ/đ.
    IcelandicEth,
}

impl Encoding {
    /// The name shown to people.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Tcvn3 => "TCVN3 (ABC)",
            Encoding::Vni => "VNI-Windows",
            Encoding::Viqr => "VIQR",
            Encoding::Cp1258 => "CP1258",
            Encoding::Utf8AsWindows1252 => "UTF-8 read as Windows-1252",
            Encoding::IcelandicEth => "Ð (U+00D0) for Đ",
        }
    }
}

/// A proposed repair: the encoding recognised and the text it gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repair {
    pub encoding: Encoding,
    /// The repaired text, in NFC.
    pub text: String,
}

/// Longer input is left alone: names and addresses are far shorter.
const MAX_INPUT: usize = 4096;

/// The repaired text if `s` is recognisably legacy-encoded Vietnamese; `None`
/// for text that is fine as it is (including all correct Vietnamese and
/// plain ASCII). See the module documentation for the criteria.
pub fn repair(s: &str) -> Option<Repair> {
    if s.len() > MAX_INPUT || cannot_be_legacy(s) {
        return None;
    }
    if let Some(text) = repair_utf8(s) {
        return Some(Repair { encoding: Encoding::Utf8AsWindows1252, text });
    }
    // VIQR reads ASCII only.
    if !s.is_ascii() && !has_eth(s) && s.split(|c: char| c.is_ascii_whitespace()).all(cannot_be_evidence) {
        return None;
    }
    repair_legacy(s)
}

/// The CP1258, TCVN3, VNI, VIQR and Ð readings of `s`: the last steps of
/// [`repair`], without its quick tests.
fn repair_legacy(s: &str) -> Option<Repair> {
    let mut best: Option<(Score, Repair)> = None;
    let mut tied = false;
    for encoding in [Encoding::Cp1258, Encoding::Tcvn3, Encoding::Vni, Encoding::Viqr] {
        let Some((score, text)) = repair_words(s, encoding) else { continue };
        match &best {
            Some((b, _)) if score < *b => {}
            Some((b, found)) if score == *b => tied |= text != found.text,
            _ => {
                tied = false;
                best = Some((score, Repair { encoding, text }));
            }
        }
    }
    if tied {
        // Two readings as good as each other ("Löu Trí": VNI "Lưu Trí",
        // TCVN3 "Lửu Trớ"): no guess.
        return None;
    }
    if let Some((_, mut found)) = best {
        if found.encoding == Encoding::Cp1258 && found.text == nfc(&eth_to_d(s)) {
            // Only Ð changed: the simpler explanation.
            found.encoding = Encoding::IcelandicEth;
        }
        return Some(found);
    }
    repair_eth(s).map(|text| Repair { encoding: Encoding::IcelandicEth, text })
}

/// A quick, sound test that no repair can apply, so that correct text
/// costs one pass:
/// - ASCII without VIQR marks, "dd" or control characters (TCVN3's toned
///   capitals) can only be plain text;
/// - text holding a character that Windows-1252 cannot show (ă, ơ, ư, đ,
///   every letter of Latin Extended Additional such as ệ) is not mojibake
///   read as Windows-1252, so the UTF-8, CP1258, TCVN3 and VNI readings all
///   fail on it and VIQR needs ASCII; only the Ð repair is left, and it
///   needs an Ð or ð.
///
/// (Testing the words for plausible syllables first was measured to cost
/// more than the decoders it skips.)
fn cannot_be_legacy(s: &str) -> bool {
    if s.is_ascii() {
        // TCVN3 puts toned capitals at C0 control codes ("Mai \x16 Linh").
        let marked = |b: u8| {
            matches!(b, b'^' | b'(' | b'+' | b'\'' | b'`' | b'?' | b'~' | b'.' | b'\\')
                || (b.is_ascii_control() && !b.is_ascii_whitespace())
        };
        return !s.bytes().any(marked) && !s.as_bytes().windows(2).any(|w| w.eq_ignore_ascii_case(b"dd"));
    }
    !has_eth(s) && s.chars().any(|c| byte_of(c).is_none())
}

/// Whether `s` holds Ð or ð.
fn has_eth(s: &str) -> bool {
    has_latin1(s, &[0x90, 0xB0])
}

/// Whether `s` holds one of the Latin-1 letters U+00C0–U+00FF whose UTF-8
/// is C3 followed by one of `seconds`. (Bytes, not a `char` pattern, whose
/// search code would cost the wasm module more than this.)
fn has_latin1(s: &str, seconds: &[u8]) -> bool {
    s.as_bytes().windows(2).any(|w| matches!(w, [0xC3, b] if seconds.contains(b)))
}

/// A sound test that a word of text that is not ASCII and has no Ð or ð
/// cannot be evidence for the word-by-word decoders (see [`repair_words`];
/// VIQR reads only ASCII text): printable ASCII, which
/// CP1258, TCVN3 and VNI leave as it is, or a plausible syllable already.
/// Text made of such words ("Lê Anh Phát", whose letters Windows-1252 can
/// all show) is settled without running the decoders.
fn cannot_be_evidence(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_graphic()) || is_plausible_vietnamese(word)
}

// ---------------------------------------------------------------- letters

const GRAVE: char = '\u{300}';
const ACUTE: char = '\u{301}';
const CIRCUMFLEX: char = '\u{302}';
const TILDE: char = '\u{303}';
const BREVE: char = '\u{306}';
const HOOK: char = '\u{309}';
const HORN: char = '\u{31B}';
const DOT: char = '\u{323}';

/// A letter of the Vietnamese alphabet (or any ASCII letter), analysed.
#[derive(Clone, Copy)]
struct Letter {
    /// Lower case, without tone: `a`–`z`, `ă â ê ô ơ ư đ`.
    plain: char,
    /// The tone mark, if any (combining form).
    tone: Option<char>,
    upper: bool,
}

/// A letter of the Latin script as far as this module needs (std's
/// `is_alphabetic` would pull Unicode tables into the wasm module):
/// ASCII, Latin-1 Supplement (with ª µ º, which mojibake produces), Latin
/// Extended-A/B and Latin Extended Additional.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, 'ª' | 'µ' | 'º')
        || (('\u{C0}'..='\u{24F}').contains(&c) && c != '×' && c != '÷')
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

fn is_upper(c: char) -> bool {
    lower_char(c) != c
}

fn is_lower(c: char) -> bool {
    upper_char(c) != c
}

fn is_vowel(plain: char) -> bool {
    matches!(plain, 'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y')
}

/// `c` analysed, if it is an ASCII letter or a Vietnamese letter.
fn letter(c: char) -> Option<Letter> {
    let l = lower_char(c);
    let upper = l != c;
    if l == 'đ' {
        return Some(Letter { plain: 'đ', tone: None, upper });
    }
    let (mut cur, mut modifier, mut tone) = (l, None, None);
    while let Some((base, mark)) = decompose_once(cur) {
        let slot = if is_tone(mark) {
            &mut tone
        } else if matches!(mark, CIRCUMFLEX | BREVE | HORN) {
            &mut modifier
        } else {
            return None;
        };
        if slot.replace(mark).is_some() {
            return None;
        }
        cur = base;
    }
    if !cur.is_ascii_lowercase() {
        return None;
    }
    let plain = match (cur, modifier) {
        (base, None) => base,
        ('a', Some(BREVE)) => 'ă',
        ('a', Some(CIRCUMFLEX)) => 'â',
        ('e', Some(CIRCUMFLEX)) => 'ê',
        ('o', Some(CIRCUMFLEX)) => 'ô',
        ('o', Some(HORN)) => 'ơ',
        ('u', Some(HORN)) => 'ư',
        _ => return None,
    };
    if tone.is_some() && !is_vowel(plain) {
        return None;
    }
    Some(Letter { plain, tone, upper })
}

/// Tracks whether letters are all lower case, Title case or all upper case.
#[derive(Default)]
struct Case {
    letters: usize,
    first_upper: bool,
    rest_upper: bool,
    rest_lower: bool,
}

impl Case {
    fn push(&mut self, upper: bool) {
        if self.letters == 0 {
            self.first_upper = upper;
        } else if upper {
            self.rest_upper = true;
        } else {
            self.rest_lower = true;
        }
        self.letters += 1;
    }

    fn consistent(&self) -> bool {
        !self.rest_upper || (self.first_upper && !self.rest_lower)
    }
}

// ------------------------------------------------------- syllable grammar

/// Initial consonants, longest first where one is a prefix of another.
const INITIALS: [&str; 27] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m",
    "n", "p", "r", "s", "t", "v", "x",
];

const OPEN: u16 = 1;
const C: u16 = 1 << 1;
const CH: u16 = 1 << 2;
const M: u16 = 1 << 3;
const N: u16 = 1 << 4;
const NG: u16 = 1 << 5;
const NH: u16 = 1 << 6;
const P: u16 = 1 << 7;
const T: u16 = 1 << 8;
/// Finals that allow only the sắc and nặng tones.
const STOPS: u16 = C | CH | P | T;

const FINALS: [(&str, u16); 9] =
    [("", OPEN), ("c", C), ("ch", CH), ("m", M), ("n", N), ("ng", NG), ("nh", NH), ("p", P), ("t", T)];

/// Vowel clusters (with their glides), the finals each takes, and the
/// letters of the cluster the tone may sit on (bit 0 the first). oa, oe and
/// uy without a final take it on either letter ("hòa", "hoà"). After "qu"
/// the cluster is looked up with the "u" ("quốc" as "uô" + "c"), or as "o"
/// before a, ă, e ("quang" as "oa" + "ng"); after "gi", with the "i" when
/// nothing or ê follows ("gì", "giếng" as "iê" + "ng").
const RHYMES: [(&str, u16, u8); 56] = [
    ("a", OPEN | C | CH | M | N | NG | NH | P | T, 0b1),
    ("ă", C | M | N | NG | P | T, 0b1),
    ("â", C | M | N | NG | P | T, 0b1),
    ("e", OPEN | C | M | N | NG | P | T, 0b1),
    ("ê", OPEN | CH | M | N | NH | P | T, 0b1),
    ("i", OPEN | CH | M | N | NH | P | T, 0b1),
    ("o", OPEN | C | M | N | NG | P | T, 0b1),
    ("ô", OPEN | C | M | N | NG | P | T, 0b1),
    ("ơ", OPEN | M | N | P | T, 0b1),
    ("u", OPEN | C | M | N | NG | P | T, 0b1),
    ("ư", OPEN | C | N | NG | T, 0b1),
    ("y", OPEN, 0b1),
    ("ai", OPEN, 0b01),
    ("ao", OPEN, 0b01),
    ("au", OPEN, 0b01),
    ("ay", OPEN, 0b01),
    ("âu", OPEN, 0b01),
    ("ây", OPEN, 0b01),
    ("eo", OPEN, 0b01),
    ("êu", OPEN, 0b01),
    ("ia", OPEN, 0b01),
    ("iu", OPEN, 0b01),
    ("oi", OPEN, 0b01),
    ("ôi", OPEN, 0b01),
    ("ơi", OPEN, 0b01),
    ("ui", OPEN, 0b01),
    ("ưi", OPEN, 0b01),
    ("ưu", OPEN, 0b01),
    ("ưa", OPEN, 0b01),
    ("ua", OPEN, 0b01),
    ("uơ", OPEN, 0b10),
    ("iê", C | M | N | NG | P | T, 0b10),
    ("iêu", OPEN, 0b010),
    ("yê", C | M | N | NG | P | T, 0b10),
    ("yêu", OPEN, 0b010),
    ("oa", OPEN, 0b11),
    ("oa", C | CH | M | N | NG | NH | P | T, 0b10),
    ("oă", C | M | N | NG | T, 0b10),
    ("oai", OPEN, 0b010),
    ("oay", OPEN, 0b010),
    ("oe", OPEN, 0b11),
    ("oe", N | T, 0b10),
    ("oeo", OPEN, 0b010),
    ("uâ", N | NG | T, 0b10),
    ("uây", OPEN, 0b010),
    ("uê", OPEN | CH | N | NH, 0b10),
    ("uô", C | M | N | NG | T, 0b10),
    ("uôi", OPEN, 0b010),
    ("uy", OPEN, 0b11),
    ("uy", CH | NH | T, 0b10),
    ("uya", OPEN, 0b100),
    ("uyê", N | T, 0b100),
    ("uyu", OPEN, 0b010),
    ("ươ", C | M | N | NG | P | T, 0b10),
    ("ươi", OPEN, 0b010),
    ("ươu", OPEN, 0b010),
];

/// Whether `initial` + `rest` (plain letters, lower case) is a syllable.
/// `tone` is the tone mark and the index of its letter in `rest` (-1 when
/// it is on the initial, as on the i of "gì").
fn rhyme_fits(initial: &str, rest: &str, tone: Option<(char, isize)>) -> bool {
    let split = rest.find(|c: char| !is_vowel(c)).unwrap_or(rest.len());
    let Some((vowels, coda)) = rest.split_at_checked(split) else { return false };
    let Some(final_bit) = FINALS.iter().find(|(f, _)| *f == coda).map(|(_, bit)| *bit) else {
        return false;
    };
    if final_bit & STOPS != 0 && !matches!(tone, Some((ACUTE | DOT, _))) {
        return false;
    }
    let mut key = String::with_capacity(vowels.len() + 2);
    match initial {
        "gi" if vowels.is_empty() || vowels.starts_with('ê') => key.push('i'),
        "gi" if vowels.starts_with('i') => return false,
        "qu" => match vowels.chars().next() {
            None | Some('u' | 'ư' | 'o') => return false,
            Some('a' | 'ă' | 'e') => key.push('o'),
            Some(_) => key.push('u'),
        },
        _ if vowels.is_empty() => return false,
        _ => {}
    }
    // Where the tone is, counted in `key`.
    let shift = isize::from(!key.is_empty());
    key.push_str(vowels);
    let tone_bit = match tone {
        None => None,
        Some((_, at)) => match u32::try_from(at + shift) {
            // Never on the u of "qu".
            Ok(0) if initial == "qu" => return false,
            Ok(i) if i < 8 => Some(1u8 << i),
            _ => return false,
        },
    };
    let first = key.chars().next();
    let front = matches!(first, Some('i' | 'e' | 'ê'));
    let spelled = match initial {
        "k" => front || first == Some('y'),
        "gh" | "ngh" => front,
        "c" => !front && first != Some('y'),
        "g" | "ng" => !front,
        // "yê" begins a syllable only without an initial ("yên", "quyên").
        "" | "qu" => true,
        // "uơ" is only in thuở, huơ, khuơ (and quơ).
        "h" | "th" | "kh" => !key.starts_with('y') || key == "y",
        _ => !(key.starts_with('y') && key != "y") && key != "uơ",
    };
    spelled
        && RHYMES.iter().any(|(r, finals, tones)| {
            *r == key && finals & final_bit != 0 && tone_bit.is_none_or(|bit| tones & bit != 0)
        })
}

/// One syllable of standard Vietnamese: an initial from [`INITIALS`] (or
/// none), a vowel cluster and a final from [`RHYMES`], at most one tone, on
/// a letter that takes it (sắc or nặng after -c, -ch, -p, -t), the spelling
/// rules for c/k, g/gh, ng/ngh, and lower, Title or UPPER case.
fn plausible_syllable(s: &str) -> bool {
    let mut plain = String::with_capacity(s.len());
    // The tone and the index of its letter.
    let mut tone = None;
    let mut case = Case::default();
    for (i, c) in s.chars().enumerate() {
        let Some(l) = letter(c) else { return false };
        if let Some(t) = l.tone {
            let at = isize::try_from(i).unwrap_or(isize::MAX);
            if tone.replace((t, at)).is_some() {
                return false;
            }
        }
        case.push(l.upper);
        plain.push(l.plain);
    }
    if !case.consistent() {
        return false;
    }
    std::iter::once("").chain(INITIALS).filter_map(|initial| Some((initial, plain.strip_prefix(initial)?))).any(
        |(initial, rest)| {
            let skipped = isize::try_from(initial.chars().count()).unwrap_or(0);
            rhyme_fits(initial, rest, tone.map(|(t, at)| (t, at - skipped)))
        },
    )
}

/// Strips the punctuation that may stand before or after a word.
fn trim_punctuation(word: &str) -> &str {
    word.trim_matches(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '"'))
}

/// Whether every word of `s` is a syllable of standard Vietnamese: an
/// optional initial consonant (b c ch d đ g gh gi h k kh l m n ng ngh nh p ph
/// qu r s t th tr v x), a vowel cluster with at most one tone mark, and a
/// final (c ch m n ng nh p t, or none) that the cluster takes, in lower,
/// Title or UPPER case. Words are split at white space and hyphens;
/// surrounding punctuation and numbers are ignored; `s` needs at least one
/// syllable.
///
/// Minority-language names ("H'Hen Niê", "Êban", "Ksor") have other shapes
/// and are not plausible: this check is for accepting a repair, never for
/// rejecting input.
pub fn is_plausible_vietnamese(s: &str) -> bool {
    let s = nfc(s);
    let mut syllables = 0usize;
    for word in s.split_whitespace().map(trim_punctuation) {
        if word.chars().all(|c| c.is_ascii_digit() || c.is_ascii_punctuation()) {
            continue;
        }
        for part in word.split('-') {
            if !plausible_syllable(part) {
                return false;
            }
            syllables += 1;
        }
    }
    syllables > 0
}

/// Consonants that may end a word of Vietnamese or of the minority
/// languages written with its alphabet ("Đắk", "Blih", "Ksor", "Mil").
const LOOSE_FINALS: [&str; 13] = ["", "c", "ch", "h", "k", "l", "m", "n", "ng", "nh", "p", "r", "t"];

/// Whether a decoded word looks like a word of a language written with the
/// Vietnamese alphabet: see the module documentation.
fn well_formed(word: &str) -> bool {
    let word = trim_punctuation(word);
    !word.is_empty() && word.split(['-', '\'', '’']).all(well_formed_part)
}

fn well_formed_part(part: &str) -> bool {
    let mut case = Case::default();
    let (mut runs, mut run_len, mut run_tones) = (0usize, 0usize, 0usize);
    let mut coda = String::new();
    let mut after_d = false;
    for c in part.chars() {
        let Some(l) = letter(c) else { return false };
        case.push(l.upper);
        let vowel = is_vowel(l.plain);
        if after_d && !vowel {
            return false;
        }
        after_d = l.plain == 'đ';
        if vowel {
            if run_len == 0 {
                runs += 1;
                coda.clear();
            }
            run_len += 1;
            run_tones += usize::from(l.tone.is_some());
            if run_len > 3 || run_tones > 1 {
                return false;
            }
        } else {
            (run_len, run_tones) = (0, 0);
            coda.push(l.plain);
        }
    }
    let shape = match runs {
        // A lone consonant, as in "H'Hen" or "K'Rê".
        0 => case.letters == 1,
        1..=3 => LOOSE_FINALS.contains(&coda.as_str()),
        _ => false,
    };
    shape && !after_d && case.consistent()
}

// ------------------------------------------------------------ byte views

/// Windows-1252 0x80–0x9F. The five bytes it leaves undefined keep their
/// Latin-1 meaning (C1 controls), as in browsers.
const CP1252_C1: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘', '’',
    '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The byte that Windows-1252 (or Latin-1, for U+0080–U+009F) shows as `c`.
fn byte_of(c: char) -> Option<u8> {
    if let Ok(b) = u8::try_from(c) {
        return Some(b);
    }
    let i = CP1252_C1.iter().position(|&x| x == c)?;
    u8::try_from(0x80 + i).ok()
}

/// Splits at ASCII white space, which every encoding here keeps as it is:
/// the words, and the separators between them.
fn split_words(s: &str) -> (Vec<&str>, Vec<&str>) {
    let sep = |c: char| c.is_ascii_whitespace();
    (s.split(sep).collect(), s.matches(sep).collect())
}

fn join_words(words: &[String], separators: &[&str]) -> String {
    let mut out = String::new();
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            out.push_str(separators.get(i - 1).copied().unwrap_or(" "));
        }
        out.push_str(word);
    }
    out
}

fn eth_to_d(s: &str) -> String {
    s.replace('Ð', "Đ").replace('ð', "đ")
}

// ----------------------------------------------------------------- UTF-8

/// Undoes one layer of UTF-8 read as Windows-1252.
fn utf8_layer(s: &str) -> Option<String> {
    if s.is_ascii() {
        return None;
    }
    let bytes = s.chars().map(byte_of).collect::<Option<Vec<u8>>>()?;
    String::from_utf8(bytes).ok()
}

fn repair_utf8(s: &str) -> Option<String> {
    let mut text = utf8_layer(s)?;
    for _ in 0..2 {
        match utf8_layer(&text) {
            Some(next) => text = next,
            None => break,
        }
    }
    let control = text.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'));
    let vietnamese = text.chars().any(|c| !c.is_ascii() && letter(c).is_some());
    (vietnamese && !control).then(|| nfc(&text).into_owned())
}

// ---------------------------------------------------------- word by word

/// How good an accepted decoding is, best first: more plausible words in
/// the result; fewer capitals restored by the ABC habit; more evidence
/// words. Higher is better.
type Score = (usize, Reverse<usize>, usize);

fn repair_words(s: &str, encoding: Encoding) -> Option<(Score, String)> {
    if encoding == Encoding::Viqr && !s.is_ascii() {
        return None;
    }
    let (words, separators) = split_words(s);
    let mut decoded = Vec::with_capacity(words.len());
    let mut strong = Vec::with_capacity(words.len());
    for word in &words {
        let (text, marked) = match encoding {
            Encoding::Cp1258 => (cp1258_word(word)?, true),
            Encoding::Tcvn3 => (tcvn3_word(word)?, true),
            Encoding::Vni => (vni_word(word)?, true),
            _ => viqr_word(word),
        };
        decoded.push(text);
        strong.push(marked);
    }
    let harmonised = if encoding == Encoding::Tcvn3 { harmonise_case(&mut decoded) } else { 0 };
    // Ð is CP1258's Đ, and the commonest source of Ð in Vietnamese text:
    // it is evidence unless the text has tone-mark bytes too ("Ðào Thanh
    // Hòa" is Đào Thanh Hòa with an eth, not CP1258 for "Đào Thanh Họa").
    let eth_is_evidence = encoding == Encoding::Cp1258 && !has_latin1(s, &[0x8C, 0xAC, 0x92, 0xB2, 0x9E]); // Ì ì Ò ò Þ
    let (mut plausible, mut evidence) = (0, 0);
    for ((word, text), marked) in words.iter().zip(&decoded).zip(strong) {
        let fits = is_plausible_vietnamese(text);
        plausible += usize::from(fits);
        if text == word {
            continue;
        }
        if !well_formed(text) {
            return None;
        }
        let eth = eth_is_evidence && has_eth(word);
        if marked && fits && (eth || !is_plausible_vietnamese(&eth_to_d(word))) {
            evidence += 1;
        }
    }
    let score = (plausible, Reverse(harmonised), evidence);
    (evidence > 0).then(|| (score, join_words(&decoded, &separators)))
}

/// CP1258 as Windows-1252 shows it: the bytes where the two differ.
fn cp1258_word(word: &str) -> Option<String> {
    let mut raw = String::with_capacity(word.len() + 4);
    for c in word.chars() {
        byte_of(c)?;
        raw.push(match c {
            'Ã' => 'Ă',
            'ã' => 'ă',
            'Õ' => 'Ơ',
            'õ' => 'ơ',
            'Ý' => 'Ư',
            'ý' => 'ư',
            'Ð' => 'Đ',
            'ð' => 'đ',
            'Ì' => GRAVE,
            'ì' => ACUTE,
            'Ò' => HOOK,
            'ò' => DOT,
            'Þ' => TILDE,
            'þ' => '₫',
            other => other,
        });
    }
    Some(nfc(&raw).into_owned())
}

/// TCVN 5712:1993 VN1 (glibc TCVN5712-1), bytes 0x80–0xFF. 0xB0–0xB4 are
/// the combining tone marks.
const TCVN3_HIGH: [u16; 128] = [
    0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8, // 80
    0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128, // 88
    0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8, // 90
    0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168, // 98
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, // A0
    0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0, // A8
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3, // B0
    0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4, // B8
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, // C0
    0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD, // C8
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, // D0
    0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2, // D8
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, // E0
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9, // E8
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, // F0
    0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0, // F8
];

/// The toned capitals VN1 puts at C0 control codes.
const TCVN3_C0: [(u8, char); 12] = [
    (0x01, 'Ú'),
    (0x02, 'Ụ'),
    (0x04, 'Ừ'),
    (0x05, 'Ử'),
    (0x06, 'Ữ'),
    (0x11, 'Ứ'),
    (0x12, 'Ự'),
    (0x13, 'Ỳ'),
    (0x14, 'Ỷ'),
    (0x15, 'Ỹ'),
    (0x16, 'Ý'),
    (0x17, 'Ỵ'),
];

fn tcvn3_char(b: u8) -> char {
    match b.checked_sub(0x80) {
        Some(i) => TCVN3_HIGH.get(usize::from(i)).and_then(|&u| char::from_u32(u32::from(u))).unwrap_or(char::from(b)),
        None => TCVN3_C0.iter().find(|(x, _)| *x == b).map_or(char::from(b), |(_, c)| *c),
    }
}

fn tcvn3_word(word: &str) -> Option<String> {
    let mut raw = String::with_capacity(word.len() * 2);
    for c in word.chars() {
        raw.push(tcvn3_char(byte_of(c)?));
    }
    let composed = nfc(&raw);
    // The ABC habit: untoned capital + lower-case toned letter of the same
    // vowel ("A¸", "¢Ê") is one toned capital.
    let mut out = String::with_capacity(composed.len());
    let mut chars = composed.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        if let (Some(cap), Some(low)) = (letter(c), next.and_then(letter)) {
            let same_vowel = is_vowel(cap.plain) && low.plain == cap.plain;
            if same_vowel && cap.upper && cap.tone.is_none() && !low.upper && low.tone.is_some() {
                out.extend(next.map(upper_char));
                chars.next();
                continue;
            }
        }
        out.push(c);
    }
    Some(out)
}

/// The ABC habit of toned capitals typed as lower-case letters (VN3 has no
/// toned capitals): upper-cases them in text otherwise in capitals, and at
/// the start of a word in text whose other words start with a capital.
/// Returns how many letters it upper-cased.
fn harmonise_case(words: &mut [String]) -> usize {
    let flexible = |c: char| letter(c).is_some_and(|l| !l.upper && l.tone.is_some());
    let (mut fixed_lower, mut capitals_word, mut title, mut titled) = (false, false, true, false);
    for word in words.iter() {
        let mut fixed_upper = 0;
        for (i, c) in word.chars().filter(|&c| is_letter(c)).enumerate() {
            if flexible(c) {
                continue;
            }
            fixed_upper += usize::from(is_upper(c));
            fixed_lower |= is_lower(c);
            if i == 0 {
                titled |= is_upper(c);
                title &= is_upper(c);
            }
        }
        capitals_word |= fixed_upper >= 2;
    }
    let capitals = capitals_word && !fixed_lower;
    if !(capitals || (title && titled)) {
        return 0;
    }
    let mut count = 0;
    for word in words.iter_mut().filter(|w| w.chars().any(flexible)) {
        let mut out = String::with_capacity(word.len());
        let mut first = true;
        for c in word.chars() {
            if flexible(c) && (capitals || first) {
                out.push(upper_char(c));
                count += 1;
            } else {
                out.push(c);
            }
            first &= !is_letter(c);
        }
        *word = out;
    }
    count
}

/// VNI-Windows letters that are one byte: ơ ư đ and the toned i and ỵ
/// (í and ì are the same bytes as in Windows-1252).
const VNI_LETTERS: [(char, &str); 14] = [
    ('ô', "o\u{31B}"),
    ('Ô', "O\u{31B}"),
    ('ö', "u\u{31B}"),
    ('Ö', "U\u{31B}"),
    ('ñ', "đ"),
    ('Ñ', "Đ"),
    ('æ', "ỉ"),
    ('Æ', "Ỉ"),
    ('ó', "ĩ"),
    ('Ó', "Ĩ"),
    ('ò', "ị"),
    ('Ò', "Ị"),
    ('î', "ỵ"),
    ('Î', "Ỵ"),
];

/// VNI-Windows mark bytes (lower-case form; the capital form is the
/// upper-case letter): modifier and tone they add to the vowel before.
const VNI_MARKS: [(char, Option<char>, Option<char>); 17] = [
    ('ù', None, Some(ACUTE)),
    ('ø', None, Some(GRAVE)),
    ('û', None, Some(HOOK)),
    ('õ', None, Some(TILDE)),
    ('ï', None, Some(DOT)),
    ('â', Some(CIRCUMFLEX), None),
    ('á', Some(CIRCUMFLEX), Some(ACUTE)),
    ('à', Some(CIRCUMFLEX), Some(GRAVE)),
    ('å', Some(CIRCUMFLEX), Some(HOOK)),
    ('ã', Some(CIRCUMFLEX), Some(TILDE)),
    ('ä', Some(CIRCUMFLEX), Some(DOT)),
    ('ê', Some(BREVE), None),
    ('é', Some(BREVE), Some(ACUTE)),
    ('è', Some(BREVE), Some(GRAVE)),
    ('ú', Some(BREVE), Some(HOOK)),
    ('ü', Some(BREVE), Some(TILDE)),
    ('ë', Some(BREVE), Some(DOT)),
];

fn vni_word(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len() * 2);
    // The vowel a mark byte may go on: lower-case base, already modified,
    // upper case (capitals take the capital form of the mark).
    let mut open: Option<(char, bool, bool)> = None;
    for c in word.chars() {
        byte_of(c)?;
        let lower = lower_char(c);
        let mark = VNI_MARKS.iter().find(|(m, ..)| *m == lower);
        if let (Some(&(_, modifier, tone)), Some((base, modified, upper))) = (mark, open) {
            let fits = upper == is_upper(c)
                && match modifier {
                    None => true,
                    Some(CIRCUMFLEX) => !modified && matches!(base, 'a' | 'e' | 'o'),
                    Some(_) => !modified && base == 'a',
                };
            if fits {
                out.extend(modifier.into_iter().chain(tone));
                open = None;
                continue;
            }
        }
        if let Some((_, text)) = VNI_LETTERS.iter().find(|(l, _)| *l == c) {
            out.push_str(text);
            open = matches!(lower, 'ô' | 'ö').then_some((lower, true, is_upper(c)));
            continue;
        }
        out.push(c);
        open = matches!(lower, 'a' | 'e' | 'o' | 'u' | 'y').then_some((lower, false, is_upper(c)));
    }
    Some(nfc(&out).into_owned())
}

/// The VIQR mark characters (RFC 1456).
const VIQR_MARKS: [char; 8] = ['^', '(', '+', '\'', '`', '?', '~', '.'];

/// A word decoded from VIQR, and whether it holds a sequence that plain
/// text does not (see the module documentation).
fn viqr_word(word: &str) -> (String, bool) {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut strong = false;
    // The vowel just written: lower-case base, modified, toned, letters before it.
    let mut open: Option<(char, bool, bool, usize)> = None;
    let mut letters = 0usize;
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied();
        i += 1;
        if c == '\\' {
            if let Some(n) = next.filter(|n| VIQR_MARKS.contains(n) || *n == '\\') {
                out.push(n);
                open = None;
                i += 1;
                continue;
            }
        }
        let starts = out.chars().next_back().is_none_or(|p| !is_letter(p));
        let dd = match (c, next) {
            ('d', Some('d')) => Some('đ'),
            ('D', Some('D' | 'd')) => Some('Đ'),
            _ => None,
        };
        if let Some(d) = dd.filter(|_| starts) {
            out.push(d);
            strong |= chars.get(i + 1).is_some_and(|v| "aeiouyAEIOUY".contains(*v));
            letters += 1;
            open = None;
            i += 1;
            continue;
        }
        if let Some((base, modified, toned, before)) = open {
            let applied = match c {
                '^' if !modified && !toned && matches!(base, 'a' | 'e' | 'o') => Some(CIRCUMFLEX),
                '(' if !modified && !toned && base == 'a' => Some(BREVE),
                '+' if !modified && !toned && matches!(base, 'o' | 'u') => Some(HORN),
                '\'' if !toned => Some(ACUTE),
                '`' if !toned => Some(GRAVE),
                '?' if !toned => Some(HOOK),
                '~' if !toned => Some(TILDE),
                '.' if !toned => Some(DOT),
                _ => None,
            };
            if let Some(mark) = applied {
                out.push(mark);
                let modifier = matches!(mark, CIRCUMFLEX | BREVE | HORN);
                let inside = next.is_some_and(is_letter);
                strong |= match c {
                    '`' | '~' | '^' | '(' | '+' => true,
                    // Not "I'm"; "Ly'" and "A'nh" are strong.
                    '\'' => next.is_none() || (inside && !(before == 0 && base == 'i')),
                    '?' => inside,
                    // Not "a.m.".
                    _ => inside && before > 0,
                };
                open = Some((base, modified || modifier, toned || !modifier, before));
                continue;
            }
        }
        out.push(c);
        open = "aeiouyAEIOUY".contains(c).then(|| (c.to_ascii_lowercase(), false, false, letters));
        letters += usize::from(is_letter(c));
    }
    (nfc(&out).into_owned(), strong)
}

// ------------------------------------------------------------------- eth

fn repair_eth(s: &str) -> Option<String> {
    let s = nfc(s);
    if !has_eth(&s) {
        return None;
    }
    let (words, separators) = split_words(&s);
    let mut fixed = Vec::with_capacity(words.len());
    let mut evidence = false;
    for word in words {
        let text = eth_to_d(word);
        if text != word {
            let initial_only =
                trim_punctuation(word).split('-').all(|part| part.chars().skip(1).all(|c| !matches!(c, 'Ð' | 'ð')));
            if !initial_only || !well_formed(&text) {
                return None;
            }
            evidence |= is_plausible_vietnamese(&text);
        } else if !well_formed(word) && word.chars().any(is_letter) {
            return None;
        }
        fixed.push(text);
    }
    evidence.then(|| join_words(&fixed, &separators))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`repair`] with none of its quick tests.
    fn repair_slowly(s: &str) -> Option<Repair> {
        match repair_utf8(s) {
            Some(text) => Some(Repair { encoding: Encoding::Utf8AsWindows1252, text }),
            None => repair_legacy(s),
        }
    }

    #[test]
    fn quick_tests_change_no_answer() {
        let corpus = [
            include_str!("../../tests/text/clean.txt"),
            include_str!("../../tests/text/names.txt"),
            include_str!("../../tests/text/cp1258.txt"),
            include_str!("../../tests/text/tcvn3.txt"),
            include_str!("../../tests/text/tcvn3-abc.txt"),
            include_str!("../../tests/text/vni.txt"),
            include_str!("../../tests/text/viqr.txt"),
            include_str!("../../tests/text/utf8-1252.txt"),
        ];
        let mut lines = 0;
        for line in corpus.iter().flat_map(|f| f.lines()).flat_map(|l| l.split('\t')) {
            assert_eq!(repair(line), repair_slowly(line), "{line:?}");
            lines += 1;
        }
        assert!(lines > 10_000, "{lines}");
    }

    fn fixed(s: &str) -> Option<(Encoding, String)> {
        repair(s).map(|r| (r.encoding, r.text))
    }

    fn is(encoding: Encoding, text: &str) -> Option<(Encoding, String)> {
        Some((encoding, text.to_owned()))
    }

    #[test]
    fn names_are_as_documented() {
        assert_eq!(Encoding::Tcvn3.name(), "TCVN3 (ABC)");
        assert_eq!(Encoding::Vni.name(), "VNI-Windows");
        assert_eq!(Encoding::Viqr.name(), "VIQR");
        assert_eq!(Encoding::Cp1258.name(), "CP1258");
        assert_eq!(Encoding::Utf8AsWindows1252.name(), "UTF-8 read as Windows-1252");
        assert_eq!(Encoding::IcelandicEth.name(), "Ð (U+00D0) for Đ");
    }

    #[test]
    fn repairs_tcvn3() {
        use Encoding::Tcvn3;
        assert_eq!(fixed("NguyÔn ThÞ Hµ"), is(Tcvn3, "Nguyễn Thị Hà"));
        assert_eq!(fixed("TrÇn V¨n §øc"), is(Tcvn3, "Trần Văn Đức"));
        assert_eq!(fixed("Ph\u{AD}êng BÕn Thµnh"), is(Tcvn3, "Phường Bến Thành"));
        // VN1 capitals, including one at a C0 code (Ứ = 0x11).
        assert_eq!(fixed("\u{11}NG ÄN"), is(Tcvn3, "ỨNG ẤN"));
        // Combining tone marks (0xB0–0xB4) after the letter.
        assert_eq!(fixed("Nguyª²n Thi´ Ha°"), is(Tcvn3, "Nguyễn Thị Hà"));
    }

    #[test]
    fn repairs_the_abc_habits_for_toned_capitals() {
        use Encoding::Tcvn3;
        // Untoned capital + lower-case toned letter.
        assert_eq!(fixed("Lª ThÞ A¸nh"), is(Tcvn3, "Lê Thị Ánh"));
        assert_eq!(fixed("¢Ên §øc"), is(Tcvn3, "Ấn Đức"));
        assert_eq!(fixed("¦íc LÔ"), is(Tcvn3, "Ước Lễ"));
        // The lower-case letter alone, in Title case and in capitals.
        assert_eq!(fixed("Lª ThÞ ¸nh"), is(Tcvn3, "Lê Thị Ánh"));
        assert_eq!(fixed("TRÇN V¡N ¸NH"), is(Tcvn3, "TRẦN VĂN ÁNH"));
        // Lower-case words stay lower case.
        assert_eq!(fixed("ThÞ trÊn §¾k Mil"), is(Tcvn3, "Thị trấn Đắk Mil"));
    }

    #[test]
    fn repairs_vni() {
        use Encoding::Vni;
        assert_eq!(fixed("Nguyeãn Thò Haø"), is(Vni, "Nguyễn Thị Hà"));
        assert_eq!(fixed("Ñoã Vaên Ñöùc"), is(Vni, "Đỗ Văn Đức"));
        assert_eq!(fixed("Phöôøng Beán Thaønh"), is(Vni, "Phường Bến Thành"));
        assert_eq!(fixed("Thuyû Kyø Mî"), is(Vni, "Thuỷ Kỳ Mỵ"));
        assert_eq!(fixed("NGUYEÃN THÒ HAØ"), is(Vni, "NGUYỄN THỊ HÀ"));
    }

    #[test]
    fn repairs_viqr() {
        use Encoding::Viqr;
        assert_eq!(fixed("Nguye^~n Thi. Ha`"), is(Viqr, "Nguyễn Thị Hà"));
        assert_eq!(fixed("DDu+'c"), is(Viqr, "Đức"));
        assert_eq!(fixed("Tra^`n Va(n DDu+'c"), is(Viqr, "Trần Văn Đức"));
        assert_eq!(fixed("Phu+o+`ng Be^'n Tha`nh"), is(Viqr, "Phường Bến Thành"));
        // A backslash keeps a mark character as it is.
        assert_eq!(fixed("Tra^`n Thi. Ha\\."), is(Viqr, "Trần Thị Ha."));
    }

    #[test]
    fn repairs_cp1258() {
        use Encoding::Cp1258;
        assert_eq!(fixed("TrâÌn Thiò Mai"), is(Cp1258, "Trần Thị Mai"));
        assert_eq!(fixed("NguyêÞn Thiò Hoà"), is(Cp1258, "Nguyễn Thị Hoà"));
        assert_eq!(fixed("Ðinh Thiò Mai"), is(Cp1258, "Đinh Thị Mai"));
        assert_eq!(fixed("PhýõÌng Bêìn Thành"), is(Cp1258, "Phường Bến Thành"));
    }

    #[test]
    fn repairs_utf8_read_as_windows_1252() {
        use Encoding::Utf8AsWindows1252 as U;
        assert_eq!(fixed("Nguyá»…n"), is(U, "Nguyễn"));
        assert_eq!(fixed("Ä‘"), is(U, "đ"));
        assert_eq!(fixed("HÃ\u{A0}"), is(U, "Hà"));
        // Read as Latin-1: C1 controls instead of Windows-1252 punctuation.
        assert_eq!(fixed("Nguy\u{E1}\u{BB}\u{85}n"), is(U, "Nguyễn"));
        // Two layers.
        assert_eq!(fixed("NguyÃ¡Â»â€¦n"), is(U, "Nguyễn"));
    }

    #[test]
    fn repairs_the_icelandic_eth() {
        use Encoding::IcelandicEth as E;
        assert_eq!(fixed("Ðức"), is(E, "Đức"));
        assert_eq!(fixed("Ðinh"), is(E, "Đinh"));
        assert_eq!(fixed("Ðào Thanh Hòa"), is(E, "Đào Thanh Hòa"));
        assert_eq!(fixed("Nguyễn Văn Ðức"), is(E, "Nguyễn Văn Đức"));
        assert_eq!(fixed("Ðórður Guðmundsson"), None);
    }

    #[test]
    fn leaves_correct_and_foreign_text_alone() {
        for s in [
            "",
            "Nguyễn Thị Hà",
            "Nguye\u{302}\u{303}n Thi\u{323} Ha\u{300}",
            "NGUYỄN THỊ HÀ",
            "Lê Thành Hà",
            "LÊ THÀNH HÀ",
            "Hòa Hoà Thuỷ Thủy",
            "Nguyen Van A",
            "O'Brien",
            "Mr. Smith",
            "I'm fine, thanks.",
            "Is it Ha?",
            "Nguyen Van Ha.",
            "H'Hen Niê",
            "Y Moan Êban",
            "Ksor H'Lan",
            "Rơ Mah Blih",
            "Kpă Y Lan",
            "José Müller",
            "François Noël",
            "Nº 5",
            "e^x a^2",
            "Apple© Microsoft®",
            "50°C",
            "Björk Guðmundsdóttir",
        ] {
            assert_eq!(fixed(s), None, "{s:?}");
        }
    }

    #[test]
    fn judges_syllables() {
        for s in [
            "Nguyễn",
            "Thị",
            "Hà",
            "Hoà",
            "Hòa",
            "Thuỷ",
            "Thủy",
            "Khuê",
            "Quyên",
            "Nguyệt",
            "Hưởng",
            "Ước",
            "Ưng",
            "Ỷ",
            "Ấn",
            "Đức",
            "Quốc",
            "quang",
            "giếng",
            "gì",
            "gìn",
            "già",
            "nghiêng",
            "kỳ",
            "Quỳnh",
            "khoẻ",
            "khuya",
            "ĐẶNG",
            "Bà Rịa-Vũng Tàu",
        ] {
            assert!(is_plausible_vietnamese(s), "{s}");
        }
        for s in [
            "", "NguyÔn", "Hµ", "Niê", "Êban", "H'Hen", "Ksor", "Blih", "Kpă", "ce", "ci", "ghà", "ngi", "cy", "tac",
            "ă", "ầt", "hàt", "quu", "tyên", "Nguyeãn", "Đắk", "xoong", "Taò", "qùa", "hòang",
        ] {
            assert!(!is_plausible_vietnamese(s), "{s}");
        }
    }

    #[test]
    fn tcvn3_table_agrees_with_glibc() {
        let fixture = include_str!("../../tests/text/tcvn3-table.txt");
        let mut checked = 0;
        for line in fixture.lines().filter(|l| !l.starts_with('#')) {
            let (byte, points) = line.split_once('\t').expect("byte<TAB>code points");
            let byte = u8::from_str_radix(byte, 16).expect("hex byte");
            let expected: String = points
                .split(' ')
                .map(|p| char::from_u32(u32::from_str_radix(p, 16).expect("hex")).expect("char"))
                .collect();
            assert_eq!(tcvn3_char(byte).to_string(), expected, "byte {byte:02X}");
            checked += 1;
        }
        assert_eq!(checked, 256);
    }

    #[test]
    fn never_panics_and_returns_nfc() {
        // A deterministic walk through characters that the decoders treat
        // specially, in random order and length.
        let alphabet: Vec<char> = ('\u{0}'..='\u{FF}')
            .chain(CP1252_C1)
            .chain("ăâêôơưđĐẮẶỄệ\u{300}\u{301}\u{302}\u{303}\u{309}\u{31B}\u{323}\\^(+'`?~.-".chars())
            .collect();
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            let mut s = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 12) as usize;
            for _ in 0..len {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let i = (state % alphabet.len() as u64) as usize;
                s.push(alphabet[i]);
                if state % 5 == 0 {
                    s.push(' ');
                }
            }
            if let Some(r) = repair(&s) {
                assert_eq!(nfc(&r.text), r.text.as_str(), "{s:?}");
                assert_ne!(r.text, s, "{s:?}");
            }
        }
    }
}
