//! Personal identification numbers (số định danh cá nhân, also printed on the
//! citizen identity card, CCCD).
//!
//! The number has 12 digits, `PPP G YY RRRRRR`: the province (or country)
//! code where the birth was registered, a digit combining century and sex,
//! the last two digits of the birth year, and six random digits (Nghị định
//! 137/2015/NĐ-CP Art. 13; Thông tư 07/2016/TT-BCA Phụ lục I). There is no
//! check digit, so only the structure can be checked.
//!
//! | century | male | female |
//! |---|---|---|
//! | 1900–1999 | 0 | 1 |
//! | 2000–2099 | 2 | 3 |
//! | 2100–2199 | 4 | 5 |
//! | 2200–2299 | 6 | 7 |
//! | 2300–2399 | 8 | 9 |

use crate::refdata::provinces;
use crate::Sex;

/// The parts of a well-formed personal ID number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonalId {
    digits: String,
}

/// Why a text is not a personal ID number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdError {
    /// Characters other than digits and spaces; holds the first one.
    NotDigit(char),
    /// Digits only, but not twelve of them; holds how many.
    Length(usize),
}

impl PersonalId {
    /// Parses a number typed with or without spaces between digit groups
    /// ("074 316 000 123" is the same number as "074316000123").
    pub fn parse(text: &str) -> Result<PersonalId, IdError> {
        let mut digits = String::with_capacity(12);
        let mut count = 0usize;
        for c in text.chars() {
            if c.is_ascii_digit() {
                count = count.saturating_add(1);
                if count <= 12 {
                    digits.push(c);
                }
            } else if c != ' ' {
                return Err(IdError::NotDigit(c));
            }
        }
        if count != 12 {
            return Err(IdError::Length(count));
        }
        Ok(PersonalId { digits })
    }

    /// The twelve digits, without spaces.
    pub fn as_str(&self) -> &str {
        &self.digits
    }

    fn digit(&self, i: usize) -> u16 {
        self.digits.as_bytes().get(i).map_or(0, |b| u16::from(b.wrapping_sub(b'0')))
    }

    /// The first three digits as a number, e.g. 74 for "074…".
    // Digits are 0–9, so the result is at most 999.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn place_code(&self) -> u16 {
        self.digit(0) * 100 + self.digit(1) * 10 + self.digit(2)
    }

    /// The first three digits as written, e.g. "074".
    pub fn place_code_str(&self) -> &str {
        self.digits.get(..3).unwrap_or("")
    }

    /// The province the place code stands for, if it is one of the 63.
    pub fn province(&self) -> Option<&'static str> {
        provinces::id_province(self.place_code())
    }

    /// The century/sex digit (the 4th).
    pub fn sex_digit(&self) -> u16 {
        self.digit(3)
    }

    /// The sex the 4th digit stands for.
    pub fn sex(&self) -> Sex {
        if self.sex_digit() % 2 == 0 {
            Sex::Male
        } else {
            Sex::Female
        }
    }

    /// The birth year given by the century digit and the next two digits.
    // Digits are 0–9, so the result is within 1900–2499.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn birth_year(&self) -> i32 {
        1900 + i32::from(self.sex_digit() / 2) * 100 + i32::from(self.digit(4) * 10 + self.digit(5))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_parts() {
        let id = PersonalId::parse("074316000123").unwrap();
        assert_eq!(id.place_code_str(), "074");
        assert_eq!(id.province(), Some("Bình Dương"));
        assert_eq!(id.sex(), Sex::Female);
        assert_eq!(id.birth_year(), 2016);
        let id = PersonalId::parse("001 085 012 345").unwrap();
        assert_eq!((id.sex(), id.birth_year()), (Sex::Male, 1985));
        let id = PersonalId::parse("001890000001").unwrap();
        assert_eq!((id.sex(), id.birth_year()), (Sex::Male, 2390));
    }

    #[test]
    fn rejects_malformed() {
        assert_eq!(PersonalId::parse("07431600012"), Err(IdError::Length(11)));
        assert_eq!(PersonalId::parse("0743160001234"), Err(IdError::Length(13)));
        assert_eq!(PersonalId::parse("07431600012A"), Err(IdError::NotDigit('A')));
        assert_eq!(PersonalId::parse(""), Err(IdError::Length(0)));
        assert_eq!(PersonalId::parse("０７４３１６０００１２３"), Err(IdError::NotDigit('０')));
    }
}
