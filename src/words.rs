//! Dates written in Vietnamese words, as birth certificates write the date of birth.
//!
//! A Giấy khai sinh gives the date of birth in figures and again in words:
//! "Ngày mười lăm, tháng ba, năm hai nghìn không trăm mười sáu" (15/03/2016).
//! [`parse_date_words`] reads the words back so the two can be compared.
//!
//! Reading:
//! - The text is put in NFC ([`crate::text::nfc`]) and lower case; `,` `.`
//!   `;` `:` and hyphens ("hai-mươi") count as spaces. Longer than
//!   [`MAX_CHARS`] characters is an error before any other work.
//! - The shape is `[ngày <day>] [tháng <month>] năm <year>`, keyword-driven,
//!   in that order. A day or month phrase is an optional "mồng"/"mùng", one
//!   word, then every word up to the next "ngày", "tháng" or "năm". So "năm"
//!   right after "ngày", "tháng" or "mồng" is five, and any later "năm" ends
//!   the phrase: "tháng năm năm hai nghìn" is May 2000, "ngày mùng năm tháng
//!   năm năm hai nghìn linh một" is 05/05/2001. This is sound because no day
//!   or month is written with "năm" after its first word (after a tens word
//!   five is "lăm", see below). Everything after the year marker is the year.
//! - A phrase (after "mồng") is either one run of ASCII figures ("ngày 15
//!   tháng 3 năm 2016") or number words, never a mix of the two.
//!
//! Number words (a cardinal below 10 000):
//! - units: không 0, một 1, hai 2, ba 3, bốn 4, năm 5, sáu 6, bảy/bẩy 7,
//!   tám 8, chín 9;
//! - tens: "mười" 10, "<2–9> mươi"; the unit after either may be "lăm"/
//!   "nhăm" 5 (never "năm": "mười năm" is "ten years"), "tư" 4 as well as
//!   "bốn" ("mười tư", "hai mươi tư"), never "không"; 1 is "một", or "mốt"
//!   after "mươi" only ("hai mươi mốt"; "mười mốt" is rejected);
//! - "<1–9> trăm", and "<1–9> nghìn"/"ngàn". After "nghìn" the hundreds may
//!   be "không trăm"; after "trăm" or "nghìn" a lone unit needs "linh"/"lẻ"
//!   ("hai nghìn lẻ năm" 2005, "một trăm linh một" 101), and the tens may
//!   follow "nghìn" directly ("hai nghìn mười sáu" 2016, as spoken).
//! - A bare unit right after "trăm" or "nghìn" is rejected: in speech "hai
//!   nghìn mốt" is 2100 and "một trăm năm" 150 (the tens or hundreds left
//!   out), which no certificate writes for a year, and reading them as 2001
//!   or 105 would be wrong. So are "không trăm" with nothing after it, "một
//!   mươi", "mười mười", "trăm hai" and "mốt"/"lăm"/"tư" alone.
//!
//! Parts:
//! - day 1–31, with "mồng"/"mùng" allowed before 1–10 only;
//! - month 1–12 as a number ("tháng một", "tháng mười một"), or "giêng" 1,
//!   "tư" 4, "chạp" 12;
//! - year [`MIN_YEAR`]..=[`MAX_YEAR`];
//! - a day and a month must exist in that year (no 31 tháng tư). A day
//!   without a month is returned as written; [`WordsDate::to_partial`] has
//!   no form for it.

// Reviewed exception to the crate's arithmetic lint: number words build values checked against small ranges; input is at most MAX_CHARS characters.
#![allow(clippy::arithmetic_side_effects)]

use std::fmt;

use crate::date::{Date, PartialDate, MAX_YEAR, MIN_YEAR};

/// The longest text read, in characters.
pub const MAX_CHARS: usize = 200;

/// A date read from words: the parts the text gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordsDate {
    pub day: Option<u32>,
    pub month: Option<u32>,
    pub year: i32,
}

impl WordsDate {
    /// The date as a [`PartialDate`]; `None` for a day without a month, or
    /// parts that are not a calendar date.
    pub fn to_partial(self) -> Option<PartialDate> {
        let iso = match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            (None, None) => format!("{:04}", self.year),
            (None, Some(_)) => return None,
        };
        PartialDate::parse(&iso).ok()
    }
}

/// Why a text is not a date in words. Each variant names what the message
/// should say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WordsError {
    /// No words at all.
    Empty,
    /// Longer than [`MAX_CHARS`] characters.
    TooLong,
    /// The first word that is neither a keyword nor a number word.
    UnknownWord(String),
    /// Not `[ngày …] [tháng …] năm …`: the year is missing, a part is empty,
    /// or the parts are out of order.
    Structure,
    /// A phrase that is not a well-formed number (or day, with "mồng").
    Number(String),
    /// A day outside 1–31.
    Day(u32),
    /// A month outside 1–12.
    Month(u32),
    /// A year outside [`MIN_YEAR`]..=[`MAX_YEAR`].
    Year(u32),
    /// The month has no such day in that year (31 tháng tư, 29 tháng hai
    /// of a common year).
    NoSuchDay { year: i32, month: u32, day: u32 },
}

impl fmt::Display for WordsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WordsError::Empty => write!(f, "no date in words"),
            WordsError::TooLong => write!(f, "longer than {MAX_CHARS} characters"),
            WordsError::UnknownWord(w) => write!(f, "\"{w}\" is not part of a date in words"),
            WordsError::Structure => {
                write!(f, "expected \"ngày … tháng … năm …\" in that order")
            }
            WordsError::Number(p) => write!(f, "\"{p}\" is not a number in words"),
            WordsError::Day(d) => write!(f, "day {d} is not 1 to 31"),
            WordsError::Month(m) => write!(f, "month {m} is not 1 to 12"),
            WordsError::Year(y) => write!(f, "year {y} is not {MIN_YEAR} to {MAX_YEAR}"),
            WordsError::NoSuchDay { year, month, day } => {
                write!(f, "{day:02}/{month:02}/{year:04} is not a calendar date")
            }
        }
    }
}

impl std::error::Error for WordsError {}

/// What a word can be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word {
    /// "ngày".
    Ngay,
    /// "tháng".
    Thang,
    /// "năm": the year marker, or five.
    Nam,
    /// "mồng"/"mùng", before a day 1–10.
    Mong,
    /// A unit other than "năm": không … chín.
    Digit(u32),
    /// "tư": 4 after a tens word; the month April.
    Tu,
    /// "lăm"/"nhăm": 5 after a tens word.
    Lam,
    /// "mốt": 1 after "mươi".
    Mot,
    /// "mười".
    Ten,
    /// "mươi".
    Tens,
    /// "trăm".
    Hundred,
    /// "nghìn"/"ngàn".
    Thousand,
    /// "linh"/"lẻ": no tens.
    Linh,
    /// "giêng": the first month.
    Gieng,
    /// "chạp": the twelfth month.
    Chap,
    /// ASCII figures.
    Figures(u32),
}

/// A word with its text as written (after normalisation).
type Token<'a> = (Word, &'a str);

/// Reads a date written in words; see the module documentation.
pub fn parse_date_words(text: &str) -> Result<WordsDate, WordsError> {
    if text.chars().nth(MAX_CHARS).is_some() {
        return Err(WordsError::TooLong);
    }
    let lower: String = crate::text::nfc(text)
        .chars()
        .map(|c| match crate::text::lower_char(c) {
            ',' | '.' | ';' | ':' | '-' | '‐' => ' ',
            c => c,
        })
        .collect();
    let tokens = lower.split_whitespace().map(|w| Ok((classify(w)?, w))).collect::<Result<Vec<Token>, WordsError>>()?;
    if tokens.is_empty() {
        return Err(WordsError::Empty);
    }
    let mut rest = tokens.as_slice();
    let day = take_phrase(&mut rest, Word::Ngay)?;
    let month = take_phrase(&mut rest, Word::Thang)?;
    let year = match rest.split_first() {
        Some(((Word::Nam, _), year))
            if !year.is_empty() && !year.iter().any(|t| matches!(t.0, Word::Ngay | Word::Thang)) =>
        {
            year
        }
        _ => return Err(WordsError::Structure),
    };
    let day = day.map(parse_day).transpose()?;
    let month = month.map(parse_month).transpose()?;
    let n = number(year).ok_or_else(|| number_error(year))?;
    let year = i32::try_from(n).ok().filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y)).ok_or(WordsError::Year(n))?;
    if let (Some(day), Some(month)) = (day, month) {
        if Date::new(year, month, day).is_none() {
            return Err(WordsError::NoSuchDay { year, month, day });
        }
    }
    Ok(WordsDate { day, month, year })
}

fn classify(word: &str) -> Result<Word, WordsError> {
    Ok(match word {
        "ngày" => Word::Ngay,
        "tháng" => Word::Thang,
        "năm" => Word::Nam,
        "mồng" | "mùng" => Word::Mong,
        "không" => Word::Digit(0),
        "một" => Word::Digit(1),
        "hai" => Word::Digit(2),
        "ba" => Word::Digit(3),
        "bốn" => Word::Digit(4),
        "sáu" => Word::Digit(6),
        "bảy" | "bẩy" => Word::Digit(7),
        "tám" => Word::Digit(8),
        "chín" => Word::Digit(9),
        "tư" => Word::Tu,
        "lăm" | "nhăm" => Word::Lam,
        "mốt" => Word::Mot,
        "mười" => Word::Ten,
        "mươi" => Word::Tens,
        "trăm" => Word::Hundred,
        "nghìn" | "ngàn" => Word::Thousand,
        "linh" | "lẻ" => Word::Linh,
        "giêng" => Word::Gieng,
        "chạp" => Word::Chap,
        w if w.bytes().all(|b| b.is_ascii_digit()) => {
            Word::Figures(w.parse().map_err(|_| WordsError::Number(w.to_owned()))?)
        }
        w => return Err(WordsError::UnknownWord(w.to_owned())),
    })
}

/// If `rest` starts with `keyword`, takes it and its phrase: an optional
/// "mồng", one word other than "ngày"/"tháng" (so "năm" there is five), then
/// every word up to the next keyword.
fn take_phrase<'t>(rest: &mut &'t [Token<'t>], keyword: Word) -> Result<Option<&'t [Token<'t>]>, WordsError> {
    let Some(((first, _), after)) = rest.split_first() else {
        return Ok(None);
    };
    if *first != keyword {
        return Ok(None);
    }
    let skip = usize::from(after.first().is_some_and(|t| t.0 == Word::Mong));
    if after.get(skip).is_none_or(|t| matches!(t.0, Word::Ngay | Word::Thang)) {
        return Err(WordsError::Structure);
    }
    let more = after.iter().skip(skip + 1).take_while(|t| !matches!(t.0, Word::Ngay | Word::Thang | Word::Nam)).count();
    let (phrase, tail) = after.split_at_checked(skip + 1 + more).ok_or(WordsError::Structure)?;
    *rest = tail;
    Ok(Some(phrase))
}

fn parse_day(phrase: &[Token]) -> Result<u32, WordsError> {
    let (mong, digits) = match phrase.split_first() {
        Some(((Word::Mong, _), digits)) => (true, digits),
        _ => (false, phrase),
    };
    let day = number(digits).filter(|d| !mong || (1..=10).contains(d)).ok_or_else(|| number_error(phrase))?;
    if (1..=31).contains(&day) {
        Ok(day)
    } else {
        Err(WordsError::Day(day))
    }
}

fn parse_month(phrase: &[Token]) -> Result<u32, WordsError> {
    let month = match phrase {
        [(Word::Gieng, _)] => 1,
        [(Word::Tu, _)] => 4,
        [(Word::Chap, _)] => 12,
        _ => number(phrase).ok_or_else(|| number_error(phrase))?,
    };
    if (1..=12).contains(&month) {
        Ok(month)
    } else {
        Err(WordsError::Month(month))
    }
}

fn number_error(phrase: &[Token]) -> WordsError {
    WordsError::Number(phrase.iter().map(|t| t.1).collect::<Vec<_>>().join(" "))
}

/// A cardinal below 10 000 in words, or one run of figures.
fn number(phrase: &[Token]) -> Option<u32> {
    let words: Vec<Word> = phrase.iter().map(|t| t.0).collect();
    match words.as_slice() {
        [Word::Figures(n)] => Some(*n),
        [lead, Word::Thousand, rest @ ..] => {
            let thousands = unit(*lead).filter(|&d| d > 0)? * 1000;
            match rest {
                [] => Some(thousands),
                _ => Some(thousands + below_thousand(rest, true)?),
            }
        }
        words => below_thousand(words, false),
    }
}

/// Hundreds, tens and units; `after_thousand` allows "không trăm" and tens
/// or "linh" without hundreds.
fn below_thousand(words: &[Word], after_thousand: bool) -> Option<u32> {
    match words {
        [lead, Word::Hundred, rest @ ..] => {
            let hundreds = unit(*lead).filter(|&d| d > 0 || (after_thousand && !rest.is_empty()))?;
            match rest {
                [] => Some(hundreds * 100),
                _ => Some(hundreds * 100 + after_big(rest)?),
            }
        }
        _ if after_thousand => after_big(words),
        [w @ (Word::Digit(_) | Word::Nam)] => unit(*w),
        _ => tens(words),
    }
}

/// What follows "trăm" or "nghìn": "linh" and a unit, or tens.
fn after_big(words: &[Word]) -> Option<u32> {
    match words {
        [Word::Linh, u] => unit(*u).filter(|&d| d > 0),
        _ => tens(words),
    }
}

/// 10–99: "mười …" or "<2–9> mươi …".
fn tens(words: &[Word]) -> Option<u32> {
    let (ten, units, after_muoi) = match words {
        [Word::Ten, units @ ..] => (1, units, false),
        [lead, Word::Tens, units @ ..] => (unit(*lead).filter(|&d| d >= 2)?, units, true),
        _ => return None,
    };
    let units = match units {
        [] => 0,
        [Word::Lam] => 5,
        [Word::Tu] => 4,
        [Word::Mot] if after_muoi => 1,
        [Word::Digit(d)] if *d > 0 => *d,
        _ => return None,
    };
    Some(ten * 10 + units)
}

/// không … chín, with "năm" as five.
fn unit(word: Word) -> Option<u32> {
    match word {
        Word::Digit(d) => Some(d),
        Word::Nam => Some(5),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> (Option<u32>, Option<u32>, i32) {
        let d = parse_date_words(text).unwrap_or_else(|e| panic!("{text:?}: {e:?}"));
        (d.day, d.month, d.year)
    }

    #[test]
    fn certificate_examples() {
        for (text, want) in [
            ("Ngày mười lăm, tháng ba, năm hai nghìn không trăm mười sáu", (15, 3, 2016)),
            ("Ngày mồng một tháng giêng năm một nghìn chín trăm tám mươi lăm", (1, 1, 1985)),
            ("ngày hai mươi mốt tháng chạp năm hai ngàn lẻ năm", (21, 12, 2005)),
            ("Ngày ba mươi, tháng tư, năm một nghìn chín trăm bảy mươi tư", (30, 4, 1974)),
            ("Ngày mùng năm tháng năm năm hai nghìn linh một", (5, 5, 2001)),
            ("ngày 15 tháng 3 năm 2016", (15, 3, 2016)),
        ] {
            assert_eq!(ok(text), (Some(want.0), Some(want.1), want.2), "{text:?}");
        }
    }

    #[test]
    fn the_word_nam() {
        for (text, want) in [
            ("tháng năm năm hai nghìn", (None, Some(5), 2000)),
            ("ngày năm tháng năm năm hai nghìn không trăm linh năm", (Some(5), Some(5), 2005)),
            ("ngày mười lăm tháng mười năm hai nghìn", (Some(15), Some(10), 2000)),
            ("ngày năm năm hai nghìn", (Some(5), None, 2000)),
            ("ngày mười năm hai nghìn", (Some(10), None, 2000)),
            ("tháng năm năm một nghìn chín trăm năm mươi lăm", (None, Some(5), 1955)),
            ("năm một nghìn chín trăm năm mươi hai", (None, None, 1952)),
        ] {
            assert_eq!(ok(text), want, "{text:?}");
        }
    }

    #[test]
    fn regional_spellings_and_forms() {
        for (text, want) in [
            ("ngày mồng bẩy tháng bảy năm hai ngàn", (7, 7, 2000)),
            ("ngày hai mươi nhăm tháng hai năm hai nghìn lẻ một", (25, 2, 2001)),
            ("ngày hai mươi lăm tháng hai năm hai nghìn linh một", (25, 2, 2001)),
            ("ngày mười tư tháng bốn năm một nghìn chín trăm", (14, 4, 1900)),
            ("ngày hai mươi một tháng một năm hai nghìn mười sáu", (21, 1, 2016)),
            ("ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm mười", (31, 12, 2010)),
            ("ngày mồng mười tháng mười một năm hai nghìn không trăm hai mươi", (10, 11, 2020)),
            ("ngày mùng 5 tháng 11 năm 1999", (5, 11, 1999)),
            ("ngày 05 tháng 03 năm 2016", (5, 3, 2016)),
            ("NGÀY HAI-MƯƠI, THÁNG MƯỜI; NĂM: HAI NGHÌN.", (20, 10, 2000)),
            ("  ngày   chín  tháng   sáu  năm  một nghìn tám trăm  ", (9, 6, 1800)),
        ] {
            assert_eq!(ok(text), (Some(want.0), Some(want.1), want.2), "{text:?}");
        }
        // Decomposed input, as typed on a Mac.
        assert_eq!(
            ok("nga\u{300}y mu\u{31b}o\u{31b}\u{300}i tha\u{301}ng ba na\u{306}m hai nghi\u{300}n"),
            (Some(10), Some(3), 2000)
        );
    }

    #[test]
    fn month_and_year_only() {
        assert_eq!(ok("tháng ba năm hai nghìn"), (None, Some(3), 2000));
        assert_eq!(ok("tháng tư năm hai nghìn"), (None, Some(4), 2000));
        assert_eq!(ok("năm hai nghìn"), (None, None, 2000));
        assert_eq!(ok("năm một nghìn chín trăm"), (None, None, 1900));
        assert_eq!(ok("năm 2999"), (None, None, 2999));
    }

    #[test]
    fn rejected() {
        use WordsError::*;
        let long = "năm ".repeat(60);
        for (text, want) in [
            ("", Empty),
            (" , ; - ", Empty),
            (long.as_str(), TooLong),
            ("sinh ngày mười tháng ba năm hai nghìn", UnknownWord("sinh".into())),
            ("ngày 15/3/2016", UnknownWord("15/3/2016".into())),
            ("ngày mười mười tháng ba năm hai nghìn", Number("mười mười".into())),
            ("năm trăm hai", Number("trăm hai".into())),
            ("năm hai nghìn mốt", Number("hai nghìn mốt".into())),
            ("năm một nghìn chín trăm năm", Number("một nghìn chín trăm năm".into())),
            ("năm hai nghìn không trăm", Number("hai nghìn không trăm".into())),
            ("năm một nghìn chín trăm bảy mươi năm", Number("một nghìn chín trăm bảy mươi năm".into())),
            ("ngày mốt tháng ba năm 2000", Number("mốt".into())),
            ("ngày một mươi tháng ba năm 2000", Number("một mươi".into())),
            ("tháng mười mốt năm 2000", Number("mười mốt".into())),
            ("ngày mồng mười một tháng ba năm 2000", Number("mồng mười một".into())),
            ("ngày mười 5 tháng ba năm 2000", Number("mười 5".into())),
            ("năm 99999999999", Number("99999999999".into())),
            ("tháng ba ngày mười năm 2000", Structure),
            ("ngày mười lăm tháng ba", Structure),
            ("ngày tháng ba năm 2000", Structure),
            ("năm", Structure),
            ("hai nghìn", Structure),
            ("ngày hai mươi năm tháng ba năm 2000", Structure),
            ("ngày không tháng ba năm 2000", Day(0)),
            ("ngày ba mươi hai tháng ba năm 2000", Day(32)),
            ("tháng mười ba năm 2000", Month(13)),
            ("năm một nghìn bảy trăm chín mươi chín", Year(1799)),
            ("năm ba nghìn", Year(3000)),
            ("năm 20160", Year(20160)),
            ("ngày ba mươi mốt tháng tư năm 2000", NoSuchDay { year: 2000, month: 4, day: 31 }),
            ("ngày 29 tháng 2 năm 1900", NoSuchDay { year: 1900, month: 2, day: 29 }),
        ] {
            assert_eq!(parse_date_words(text), Err(want), "{text:?}");
        }
    }

    /// The standard written form of `n` < 10 000.
    fn spell(n: usize) -> String {
        const UNITS: [&str; 10] = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
        let (th, h, t, u) = (n / 1000, n / 100 % 10, n / 10 % 10, n % 10);
        let mut out = Vec::new();
        if th > 0 {
            out.extend([UNITS[th], "nghìn"]);
        }
        if h > 0 || (th > 0 && t + u > 0) {
            out.extend([UNITS[h], "trăm"]);
        }
        match (t, u) {
            (0, 0) if !out.is_empty() => {}
            (0, u) if !out.is_empty() => out.extend(["linh", UNITS[u]]),
            (0, u) => out.push(UNITS[u]),
            (1, _) => out.push("mười"),
            (t, _) => out.extend([UNITS[t], "mươi"]),
        }
        match (t, u) {
            (0, _) | (_, 0) => {}
            (2.., 1) => out.push("mốt"),
            (_, 5) => out.push("lăm"),
            (_, u) => out.push(UNITS[u]),
        }
        out.join(" ")
    }

    #[test]
    fn every_day_and_year_in_words() {
        for day in 1..=31 {
            let text = format!("ngày {} tháng một năm 2000", spell(day));
            assert_eq!(ok(&text).0, Some(day as u32), "{text:?}");
        }
        for year in 1800..=2999 {
            let text = format!("năm {}", spell(year));
            assert_eq!(ok(&text).2, year as i32, "{text:?}");
        }
        assert_eq!(spell(2016), "hai nghìn không trăm mười sáu");
        assert_eq!(spell(1905), "một nghìn chín trăm linh năm");
    }

    #[test]
    fn to_partial() {
        let iso = |t: &str| parse_date_words(t).ok().and_then(WordsDate::to_partial).map(|p| p.to_iso());
        assert_eq!(iso("ngày mồng một tháng giêng năm 1985").as_deref(), Some("1985-01-01"));
        assert_eq!(iso("tháng ba năm hai nghìn").as_deref(), Some("2000-03"));
        assert_eq!(iso("năm 1952").as_deref(), Some("1952"));
        assert_eq!(iso("ngày năm năm 2000"), None);
    }
}
