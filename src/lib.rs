//! hotich checks Vietnamese civil-status records (hộ tịch): birth, marriage
//! and death registrations, by the law in force on the event's date.
//!
//! The rules are plain Rust and run natively; the `hotich-wasm` crate in
//! `wasm/` exposes them to browsers and Node with a thin boundary. Records are
//! JSON objects in the shapes of the project's contract (see README.md):
//!
//! ```
//! use hotich::{validate_json, Date, Kind, Options};
//!
//! let options = Options::new(Date::new(2026, 1, 1).unwrap());
//! let report = validate_json(Kind::Birth, r#"{"child":{"personalId":"07431600012"}}"#, &options);
//! assert!(!report.valid);
//! assert_eq!(report.issues[0].code.as_str(), "id.format");
//! ```
//!
//! Bad input is data: a record that is not an object, values of the wrong
//! type, unknown fields and huge strings all come back as issues, never as a
//! panic. Only an unknown kind or malformed options are errors of the call
//! ([`UnknownKind`], [`OptionsError`]).
//!
//! Modules, one concern each:
//! - [`batch`]: whole files of records (CSV, NDJSON), streamed, with cross-record rules;
//! - [`compare`]: comparing a register entry with the population record;
//! - [`date`]: full and partial calendar dates;
//! - [`id`]: personal identification numbers;
//! - [`json`]: the JSON reader and writer records travel in;
//! - [`refdata`]: code lists (provinces, ethnic groups, countries);
//! - [`rules`]: the catalogue of issue codes with their legal basis;
//! - [`text`]: Unicode normal form, names and comparison keys;
//! - [`words`]: dates written in Vietnamese words;
//! - `check`: reading a record against its kind's fields;
//! - `registration`: deadlines and register books, common to every kind;
//! - [`units`]: administrative units over time, from a data pack loaded at run time;
//! - `place`: the place rules, on the date that matters for each place;
//! - `birth`, `marriage`, `death`: the rules of each kind of registration;
//! - `messages`: Vietnamese and English text.

// A panic in wasm poisons the module for the rest of the page's life, so
// non-test code may not unwrap, index unchecked or overflow. The few
// arithmetic exceptions carry #[allow] with the bound that makes them safe.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

pub mod batch;
pub mod compare;
pub mod date;
pub mod id;
pub mod json;
pub mod refdata;
pub mod report;
pub mod rules;
pub mod text;
pub mod units;
pub mod words;

mod birth;
mod check;
mod death;
mod marriage;
mod messages;
mod place;
mod registration;

use std::fmt;

pub use date::{Date, PartialDate};
pub use json::Value;
pub use refdata::ethnicity::CodeList;
pub use report::{Issue, Report, Severity};
pub use rules::{Code, Rule};

/// The kind of civil-status record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Khai sinh.
    Birth,
    /// Kết hôn.
    Marriage,
    /// Khai tử.
    Death,
}

impl Kind {
    /// Parses `"birth"`, `"marriage"` or `"death"`.
    pub fn parse(name: &str) -> Result<Kind, UnknownKind> {
        match name {
            "birth" => Ok(Kind::Birth),
            "marriage" => Ok(Kind::Marriage),
            "death" => Ok(Kind::Death),
            other => Err(UnknownKind(other.chars().take(40).collect())),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Birth => "birth",
            Kind::Marriage => "marriage",
            Kind::Death => "death",
        }
    }
}

/// A kind name that is not one of `birth`, `marriage`, `death`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownKind(pub String);

impl fmt::Display for UnknownKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown record kind \"{}\": expected \"birth\", \"marriage\" or \"death\"", self.0)
    }
}

impl std::error::Error for UnknownKind {}

/// The language of messages and descriptions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    /// Vietnamese, the default.
    #[default]
    Vi,
    En,
}

impl Locale {
    pub fn parse(name: &str) -> Option<Locale> {
        match name {
            "vi" => Some(Locale::Vi),
            "en" => Some(Locale::En),
            _ => None,
        }
    }
}

/// Sex as recorded (giới tính).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    /// Accepts `male`/`female` and the Vietnamese `nam`/`nữ`, in any case
    /// and in either Unicode form.
    pub fn parse(text: &str) -> Option<Sex> {
        let lower = text::to_lower(&text::nfc(text.trim()));
        match lower.as_str() {
            "male" | "nam" => Some(Sex::Male),
            "female" | "nữ" => Some(Sex::Female),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Sex::Male => "male",
            Sex::Female => "female",
        }
    }
}

/// How to validate.
#[derive(Clone, Debug)]
pub struct Options {
    /// The date every "in the future", age and deadline rule is judged on.
    pub today: Date,
    pub locale: Locale,
    /// Which official list two-digit ethnicity codes are read in (option
    /// `ethnicityCodes`: `"2008"`, the default, or `"1979"` for old data).
    pub ethnicity_codes: CodeList,
    /// The administrative units the place rules look codes up in; without
    /// them those rules are skipped with one warning.
    pub units: Option<std::sync::Arc<units::UnitPack>>,
}

/// Options that cannot be used: the call is wrong, not the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptionsError {
    /// `options` is not an object.
    NotObject(&'static str),
    /// `today` is not a `YYYY-MM-DD` calendar date.
    Today(String),
    /// `locale` is not `vi` or `en`.
    Locale(String),
    /// `ethnicityCodes` is not `"2008"` or `"1979"`.
    EthnicityCodes(String),
    /// A key that no option has.
    UnknownKey(String),
}

impl fmt::Display for OptionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OptionsError::NotObject(t) => write!(f, "options must be an object, not {t}"),
            OptionsError::Today(v) => {
                write!(f, "options.today must be a date as \"YYYY-MM-DD\", not {v}")
            }
            OptionsError::Locale(v) => {
                write!(f, "options.locale must be \"vi\" or \"en\", not {v}")
            }
            OptionsError::EthnicityCodes(v) => {
                write!(
                    f,
                    "options.ethnicityCodes must be \"2008\" (QĐ 1019/QĐ-TCTK) or \"1979\" (QĐ 121-TCTK/PPCĐ), not {v}"
                )
            }
            OptionsError::UnknownKey(k) => {
                write!(f, "unknown option \"{k}\": the options are \"today\", \"locale\" and \"ethnicityCodes\"")
            }
        }
    }
}

impl std::error::Error for OptionsError {}

impl Options {
    /// Vietnamese messages, judged on `today`.
    pub fn new(today: Date) -> Options {
        Options { today, locale: Locale::Vi, ethnicity_codes: CodeList::Qd1019Of2008, units: None }
    }

    /// Reads options from a JSON value (`null` means all defaults), with
    /// `default_today` used when `today` is absent.
    pub fn from_value(value: &Value, default_today: Date) -> Result<Options, OptionsError> {
        let mut options = Options::new(default_today);
        let members = match value {
            Value::Null => return Ok(options),
            Value::Object(members) => members,
            other => return Err(OptionsError::NotObject(other.type_name())),
        };
        for (key, v) in members {
            match (key.as_str(), v) {
                (_, Value::Null) => {}
                ("today", Value::String(s)) => {
                    options.today = Date::parse_iso(s).ok_or_else(|| OptionsError::Today(format!("\"{s}\"")))?;
                }
                ("today", other) => return Err(OptionsError::Today(other.type_name().to_owned())),
                ("locale", Value::String(s)) => {
                    options.locale = Locale::parse(s).ok_or_else(|| OptionsError::Locale(format!("\"{s}\"")))?;
                }
                ("locale", other) => return Err(OptionsError::Locale(other.type_name().to_owned())),
                ("ethnicityCodes", Value::String(s)) if s == "2008" => options.ethnicity_codes = CodeList::Qd1019Of2008,
                ("ethnicityCodes", Value::String(s)) if s == "1979" => options.ethnicity_codes = CodeList::Qd121Of1979,
                ("ethnicityCodes", other) => {
                    return Err(OptionsError::EthnicityCodes(
                        other.as_str().map_or(other.type_name().to_owned(), |s| format!("\"{s}\"")),
                    ))
                }
                (other, _) => return Err(OptionsError::UnknownKey(other.chars().take(40).collect())),
            }
        }
        Ok(options)
    }
}

/// Validates a record given as a JSON value.
pub fn validate(kind: Kind, record: &Value, options: &Options) -> Report {
    check::run(kind, record, options)
}

/// Validates a record given as JSON text; text that is not JSON is reported
/// as a `record.type` issue.
pub fn validate_json(kind: Kind, record: &str, options: &Options) -> Report {
    match json::parse(record) {
        Ok(value) => validate(kind, &value, options),
        Err(err) => check::unreadable(kind, &err.to_string(), options),
    }
}

/// The issues of one field, as a form shows them while the person types:
/// `value` is put at `path` in `record` (or in an empty record) and the
/// issues whose path is `path` are returned, cross-field ones included.
pub fn validate_field(kind: Kind, path: &str, value: &Value, record: Option<&Value>, options: &Options) -> Vec<Issue> {
    check::field(kind, path, value, record, options)
}

/// What a personal ID number says, if it is well formed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonalIdInfo {
    /// The first three digits, e.g. `"074"`.
    pub place_code: String,
    /// The province of the place code, if it is one of the 63.
    pub province: Option<&'static str>,
    pub sex: Sex,
    pub birth_year: i32,
}

impl PersonalIdInfo {
    /// `{"placeCode", "province", "sex", "birthYear"}` as JSON text.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\"placeCode\":");
        json::write_string(&self.place_code, &mut out);
        out.push_str(",\"province\":");
        match self.province {
            Some(p) => json::write_string(p, &mut out),
            None => out.push_str("null"),
        }
        out.push_str(",\"sex\":");
        json::write_string(self.sex.as_str(), &mut out);
        out.push_str(",\"birthYear\":");
        out.push_str(&self.birth_year.to_string());
        out.push('}');
        out
    }
}

/// Decodes a personal ID number; `None` if it is not 12 digits.
pub fn parse_personal_id(text: &str) -> Option<PersonalIdInfo> {
    let id = id::PersonalId::parse(text).ok()?;
    Some(PersonalIdInfo {
        place_code: id.place_code_str().to_owned(),
        province: id.province(),
        sex: id.sex(),
        birth_year: id.birth_year(),
    })
}

pub use rules::rules;
