//! Which characters a personal name may hold.
//!
//! Bộ luật Dân sự 2015 Art. 26(3): a name is "bằng tiếng Việt hoặc tiếng dân
//! tộc khác của Việt Nam; không đặt tên bằng số, bằng một ký tự mà không phải
//! là chữ". Names of the minority languages use more Latin letters than the
//! Vietnamese alphabet (Ê Đê and Jarai write ĕ ŏ ŭ ĭ č ñ; "H'Hen Niê",
//! "Y Moan Êban", "Ksor H'Lan"), and the names of foreign parents are written
//! as in their passports ("Müller", "Søren"), so every Latin letter is
//! accepted, with space, apostrophe and hyphen between them.
//!
//! Problems are of two kinds, reported under different codes:
//! - [`Problem::NotLetter`] (`name.chars`): digits, symbols, letters of
//!   another script written as such;
//! - the rest (`name.mixed_script`): characters that look like Latin letters
//!   or like nothing at all — Cyrillic and Greek look-alikes, zero-width and
//!   bidirectional controls, odd spaces — which come from copy and paste and
//!   make two equal-looking names differ. These have an unambiguous fix.

/// Cyrillic and Greek letters that look like a Latin letter, with their
/// Unicode names.
const LOOK_ALIKES: [(char, char, &str); 40] = [
    ('а', 'a', "CYRILLIC SMALL LETTER A"),
    ('е', 'e', "CYRILLIC SMALL LETTER IE"),
    ('і', 'i', "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I"),
    ('ј', 'j', "CYRILLIC SMALL LETTER JE"),
    ('к', 'k', "CYRILLIC SMALL LETTER KA"),
    ('о', 'o', "CYRILLIC SMALL LETTER O"),
    ('р', 'p', "CYRILLIC SMALL LETTER ER"),
    ('с', 'c', "CYRILLIC SMALL LETTER ES"),
    ('у', 'y', "CYRILLIC SMALL LETTER U"),
    ('х', 'x', "CYRILLIC SMALL LETTER HA"),
    ('ѕ', 's', "CYRILLIC SMALL LETTER DZE"),
    ('ԁ', 'd', "CYRILLIC SMALL LETTER KOMI DE"),
    ('ӏ', 'l', "CYRILLIC SMALL LETTER PALOCHKA"),
    ('А', 'A', "CYRILLIC CAPITAL LETTER A"),
    ('В', 'B', "CYRILLIC CAPITAL LETTER VE"),
    ('Е', 'E', "CYRILLIC CAPITAL LETTER IE"),
    ('І', 'I', "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I"),
    ('Ј', 'J', "CYRILLIC CAPITAL LETTER JE"),
    ('К', 'K', "CYRILLIC CAPITAL LETTER KA"),
    ('М', 'M', "CYRILLIC CAPITAL LETTER EM"),
    ('Н', 'H', "CYRILLIC CAPITAL LETTER EN"),
    ('О', 'O', "CYRILLIC CAPITAL LETTER O"),
    ('Р', 'P', "CYRILLIC CAPITAL LETTER ER"),
    ('С', 'C', "CYRILLIC CAPITAL LETTER ES"),
    ('Т', 'T', "CYRILLIC CAPITAL LETTER TE"),
    ('Х', 'X', "CYRILLIC CAPITAL LETTER HA"),
    ('Ѕ', 'S', "CYRILLIC CAPITAL LETTER DZE"),
    ('ο', 'o', "GREEK SMALL LETTER OMICRON"),
    ('α', 'a', "GREEK SMALL LETTER ALPHA"),
    ('ι', 'i', "GREEK SMALL LETTER IOTA"),
    ('ν', 'v', "GREEK SMALL LETTER NU"),
    ('Α', 'A', "GREEK CAPITAL LETTER ALPHA"),
    ('Β', 'B', "GREEK CAPITAL LETTER BETA"),
    ('Ε', 'E', "GREEK CAPITAL LETTER EPSILON"),
    ('Η', 'H', "GREEK CAPITAL LETTER ETA"),
    ('Ι', 'I', "GREEK CAPITAL LETTER IOTA"),
    ('Κ', 'K', "GREEK CAPITAL LETTER KAPPA"),
    ('Μ', 'M', "GREEK CAPITAL LETTER MU"),
    ('Ν', 'N', "GREEK CAPITAL LETTER NU"),
    ('Ο', 'O', "GREEK CAPITAL LETTER OMICRON"),
];

/// Characters that show as nothing (removed by the fix) or as a space
/// (replaced by a plain space), with their Unicode names.
const INVISIBLES: [(char, Option<char>, &str); 20] = [
    ('\u{00A0}', Some(' '), "NO-BREAK SPACE"),
    ('\u{00AD}', None, "SOFT HYPHEN"),
    ('\u{2002}', Some(' '), "EN SPACE"),
    ('\u{2003}', Some(' '), "EM SPACE"),
    ('\u{2007}', Some(' '), "FIGURE SPACE"),
    ('\u{2009}', Some(' '), "THIN SPACE"),
    ('\u{200A}', Some(' '), "HAIR SPACE"),
    ('\u{200B}', None, "ZERO WIDTH SPACE"),
    ('\u{200C}', None, "ZERO WIDTH NON-JOINER"),
    ('\u{200D}', None, "ZERO WIDTH JOINER"),
    ('\u{200E}', None, "LEFT-TO-RIGHT MARK"),
    ('\u{200F}', None, "RIGHT-TO-LEFT MARK"),
    ('\u{202A}', None, "LEFT-TO-RIGHT EMBEDDING"),
    ('\u{202B}', None, "RIGHT-TO-LEFT EMBEDDING"),
    ('\u{202C}', None, "POP DIRECTIONAL FORMATTING"),
    ('\u{202D}', None, "LEFT-TO-RIGHT OVERRIDE"),
    ('\u{202E}', None, "RIGHT-TO-LEFT OVERRIDE"),
    ('\u{202F}', Some(' '), "NARROW NO-BREAK SPACE"),
    ('\u{2060}', None, "WORD JOINER"),
    ('\u{FEFF}', None, "ZERO WIDTH NO-BREAK SPACE"),
];

/// The first problem of a name, with its 1-based character position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A character that is not a letter of a Latin-script name.
    NotLetter { ch: char, position: usize },
    /// A Cyrillic or Greek letter that looks like the Latin `latin`.
    LookAlike { ch: char, position: usize, latin: char, name: &'static str },
    /// An invisible character or an unusual space.
    Invisible { ch: char, position: usize, name: &'static str },
}

/// What is wrong with a name, if anything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Findings {
    /// The first character that is not allowed at all (`name.chars`).
    pub not_letter: Option<Problem>,
    /// The first look-alike or invisible character (`name.mixed_script`).
    pub mixed: Option<Problem>,
    /// The name with every look-alike and invisible character fixed, when
    /// that leaves a valid name.
    pub fixed: Option<String>,
}

/// True for a letter of a Latin-script name: ASCII letters, Latin-1
/// letters, Latin Extended-A/B and Latin Extended Additional (all of
/// Vietnamese), and the combining marks of decomposed input.
pub fn is_name_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (('\u{C0}'..='\u{24F}').contains(&c) && c != '×' && c != '÷')
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
        || ('\u{300}'..='\u{36F}').contains(&c)
}

fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '\'' | '’' | 'ʼ' | '-' | '‐')
}

/// Checks the characters of a name as typed (before normalisation).
pub fn check(name: &str) -> Findings {
    let mut findings = Findings::default();
    let mut fixed = String::with_capacity(name.len());
    for (i, c) in name.trim().chars().enumerate() {
        let position = i.saturating_add(1);
        if is_name_letter(c) || is_separator(c) || c.is_ascii_whitespace() {
            fixed.push(c);
        } else if let Some(&(_, latin, cname)) = LOOK_ALIKES.iter().find(|(l, _, _)| *l == c) {
            findings.mixed.get_or_insert(Problem::LookAlike { ch: c, position, latin, name: cname });
            fixed.push(latin);
        } else if let Some(&(_, replacement, cname)) = INVISIBLES.iter().find(|(l, _, _)| *l == c) {
            findings.mixed.get_or_insert(Problem::Invisible { ch: c, position, name: cname });
            fixed.extend(replacement);
        } else {
            findings.not_letter.get_or_insert(Problem::NotLetter { ch: c, position });
        }
    }
    if findings.mixed.is_some() && findings.not_letter.is_none() {
        findings.fixed = Some(super::normalize_name(&fixed));
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_names_of_vietnam_and_passports() {
        for name in [
            "Nguyễn Thị Hà",
            "H'Hen Niê",
            "Lò Văn Pao",
            "Y Moan Êban",
            "Ksor H'Lan",
            "Rơ Mah Blih",
            "Kpă Y Lan",
            "NGUYỄN VĂN A",
            "Nguye\u{302}\u{303}n",
            "Müller-Lüdenscheidt",
            "Søren O’Connor",
            "Đinh Thị Thuỷ",
        ] {
            assert_eq!(check(name), Findings::default(), "{name}");
        }
    }

    #[test]
    fn digits_and_symbols_are_not_letters() {
        let f = check("Nguyễn Văn 3");
        assert_eq!(f.not_letter, Some(Problem::NotLetter { ch: '3', position: 12 }));
        assert_eq!(check("Lê @nh").not_letter, Some(Problem::NotLetter { ch: '@', position: 4 }));
        assert_eq!(check("王小明").not_letter, Some(Problem::NotLetter { ch: '王', position: 1 }));
    }

    #[test]
    fn look_alikes_and_invisibles_have_a_fix() {
        let f = check("Nguyễn Vаn Minh"); // Cyrillic а
        assert!(matches!(f.mixed, Some(Problem::LookAlike { ch: 'а', position: 9, latin: 'a', .. })));
        assert_eq!(f.fixed.as_deref(), Some("Nguyễn Van Minh"));
        let f = check("Trần\u{200B} Thị\u{00A0}Mai");
        assert!(matches!(f.mixed, Some(Problem::Invisible { ch: '\u{200B}', position: 5, .. })));
        assert_eq!(f.fixed.as_deref(), Some("Trần Thị Mai"));
        // With a digit too there is no sure fix.
        assert_eq!(check("Trần\u{200B} 2").fixed, None);
    }
}
