//! Comparing a register entry with the population record (đối chiếu).
//!
//! An officer checks each digitised register entry against the record of the
//! national population database — often from a cached copy while the link is
//! down. [`compare_records`] does that field by field. Each field present in
//! either record gets one result:
//!
//! | result | when |
//! |---|---|
//! | `same` | equal once normalised (NFC, single spaces; dates in ISO form; IDs without spaces) |
//! | `equivalent` | differs only by tone placement, case, spacing, hyphens or apostrophes ("Hoà"/"HÒA"), a legacy encoding that repairs to the other, the way a date or a code is written ("15/03/2016"/"2016-03-15", "Mông"/"H'Mông", "VN"/"Việt Nam") |
//! | `compatible` | may be the same fact told with less detail: a name missing middle words, same surname and given name ("Nguyễn Thị Thu Hương"/"Nguyễn Thu Hương"); a partial date containing the other ("1985"/"1985-03-02") |
//! | `different` | anything else |
//! | `missing` | given on one side only |
//!
//! The verdict: `mismatch` when an identity field (names, dates of birth and
//! death, sex, personal ID, ethnicity, nationality) is `different`;
//! otherwise `review` when any field is `different`, or when an identity
//! field is `compatible` or `missing`; otherwise `match`. Addresses and
//! other free text change over a life, so they never make a mismatch alone.

use crate::date::PartialDate;
use crate::id::PersonalId;
use crate::json::{write_string, Value};
use crate::messages::{label_cap, tr};
use crate::refdata::{countries, ethnicity};
use crate::text::{self, encoding, name_key};
use crate::{check, Kind, Locale, Options, Sex};

/// The result for one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FieldResult {
    Same,
    Equivalent,
    Compatible,
    Different,
    Missing,
}

impl FieldResult {
    pub fn as_str(self) -> &'static str {
        match self {
            FieldResult::Same => "same",
            FieldResult::Equivalent => "equivalent",
            FieldResult::Compatible => "compatible",
            FieldResult::Different => "different",
            FieldResult::Missing => "missing",
        }
    }
}

/// The overall verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Match,
    Review,
    Mismatch,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Match => "match",
            Verdict::Review => "review",
            Verdict::Mismatch => "mismatch",
        }
    }
}

/// One compared field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldComparison {
    pub path: &'static str,
    pub result: FieldResult,
    /// One line, in the options' locale.
    pub reason: String,
}

/// The comparison of two records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub verdict: Verdict,
    pub fields: Vec<FieldComparison>,
}

impl Comparison {
    /// `{"verdict", "fields": [{"path", "result", "reason"}]}` as JSON text.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\"verdict\":");
        write_string(self.verdict.as_str(), &mut out);
        out.push_str(",\"fields\":[");
        for (i, f) in self.fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"path\":");
            write_string(f.path, &mut out);
            out.push_str(",\"result\":");
            write_string(f.result.as_str(), &mut out);
            out.push_str(",\"reason\":");
            write_string(&f.reason, &mut out);
            out.push('}');
        }
        out.push_str("]}");
        out
    }
}

/// How a field's two values are compared.
#[derive(Clone, Copy, PartialEq, Eq)]
enum How {
    Name,
    Date,
    Id,
    Sex,
    Ethnicity,
    Nationality,
    Text,
}

fn how(ty: check::FieldType, path: &str) -> How {
    use check::FieldType as T;
    match ty {
        T::Name => How::Name,
        T::Date => How::Date,
        T::PersonalId => How::Id,
        T::Sex => How::Sex,
        T::Ethnicity => How::Ethnicity,
        T::Nationality => How::Nationality,
        _ if path.ends_with("fullName") => How::Name,
        _ => How::Text,
    }
}

/// Compares a register entry with a population record of the same kind.
/// Values that are not text count as missing; neither record is validated
/// here (use `validate` for that).
pub fn compare_records(kind: Kind, register: &Value, population: &Value, options: &Options) -> Comparison {
    let locale = options.locale;
    let mut fields = Vec::new();
    for &(path, ty) in check::fields_of(kind).iter().flat_map(|g| g.iter()) {
        let a = text_at(register, path);
        let b = text_at(population, path);
        let how = how(ty, path);
        let (result, reason) = match (a, b) {
            (None, None) => continue,
            (Some(_), None) | (None, Some(_)) => (FieldResult::Missing, missing_reason(path, a.is_some(), locale)),
            (Some(a), Some(b)) => compare_values(how, a, b, options),
        };
        let identity = how != How::Text;
        fields.push((FieldComparison { path, result, reason }, identity));
    }
    let verdict = if fields.iter().any(|(f, identity)| *identity && f.result == FieldResult::Different) {
        Verdict::Mismatch
    } else if fields.iter().any(|(f, identity)| {
        f.result == FieldResult::Different
            || (*identity && matches!(f.result, FieldResult::Compatible | FieldResult::Missing))
    }) {
        Verdict::Review
    } else {
        Verdict::Match
    };
    Comparison { verdict, fields: fields.into_iter().map(|(f, _)| f).collect() }
}

/// The non-blank text at `path`, trimmed.
fn text_at<'a>(record: &'a Value, path: &str) -> Option<&'a str> {
    record.pointer(path).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty())
}

/// Longer values are compared as they are, not normalised or repaired:
/// no field of a record is that long (validate reports it), and the work
/// stays linear and small.
const MAX_COMPARED_CHARS: usize = crate::check::MAX_TEXT_CHARS;

fn compare_values(how: How, a: &str, b: &str, options: &Options) -> (FieldResult, String) {
    let locale = options.locale;
    if a.chars().nth(MAX_COMPARED_CHARS).is_some() || b.chars().nth(MAX_COMPARED_CHARS).is_some() {
        return if a == b {
            (FieldResult::Same, tr!(locale, "Giống nhau.".to_owned(), "The same.".to_owned()))
        } else {
            different(locale)
        };
    }
    let (na, nb) = (text::normalize_name(a), text::normalize_name(b));
    if na == nb {
        return (FieldResult::Same, tr!(locale, "Giống nhau.".to_owned(), "The same.".to_owned()));
    }
    match how {
        How::Name | How::Text => compare_names(&na, &nb, how == How::Name, locale),
        How::Date => compare_dates(&na, &nb, locale),
        How::Id => match (PersonalId::parse(&na), PersonalId::parse(&nb)) {
            (Ok(x), Ok(y)) if x == y => equivalent_form(locale),
            _ => different(locale),
        },
        How::Sex => match (Sex::parse(&na), Sex::parse(&nb)) {
            (Some(x), Some(y)) if x == y => equivalent_form(locale),
            _ => different(locale),
        },
        How::Ethnicity => {
            let list = options.ethnicity_codes;
            match (ethnicity::lookup(&na, list), ethnicity::lookup(&nb, list)) {
                (Some(x), Some(y)) if x == y => equivalent_form(locale),
                _ => different(locale),
            }
        }
        How::Nationality => match (countries::lookup(&na), countries::lookup(&nb)) {
            (Some(x), Some(y)) if x == y => equivalent_form(locale),
            _ => different(locale),
        },
    }
}

fn different(locale: Locale) -> (FieldResult, String) {
    (FieldResult::Different, tr!(locale, "Khác nhau.".to_owned(), "Different.".to_owned()))
}

fn equivalent_form(locale: Locale) -> (FieldResult, String) {
    (
        FieldResult::Equivalent,
        tr!(
            locale,
            "Cùng một giá trị, chỉ khác cách viết.".to_owned(),
            "The same value written differently.".to_owned()
        ),
    )
}

fn compare_names(a: &str, b: &str, is_name: bool, locale: Locale) -> (FieldResult, String) {
    if name_key(a) == name_key(b) {
        return (
            FieldResult::Equivalent,
            tr!(
                locale,
                "Chỉ khác vị trí dấu thanh, chữ hoa/thường hoặc dấu cách.".to_owned(),
                "Differs only by tone-mark placement, case or spacing.".to_owned()
            ),
        );
    }
    for (repaired, other) in [(a, b), (b, a)] {
        if let Some(fix) = encoding::repair(repaired) {
            if name_key(&fix.text) == name_key(other) {
                return (
                    FieldResult::Equivalent,
                    tr!(
                        locale,
                        format!("Cùng tên, một bên bị lỗi mã hóa {}.", fix.encoding.name()),
                        format!("The same name; one side is in the legacy encoding {}.", fix.encoding.name())
                    ),
                );
            }
        }
    }
    if is_name {
        let wa: Vec<String> = a.split_whitespace().map(name_key).collect();
        let wb: Vec<String> = b.split_whitespace().map(name_key).collect();
        let (short, long) = if wa.len() <= wb.len() { (&wa, &wb) } else { (&wb, &wa) };
        if short.len() >= 2 && short.len() < long.len() && short.first() == long.first() && short.last() == long.last()
        {
            let mut rest = long.iter();
            if short.iter().all(|w| rest.any(|x| x == w)) {
                return (
                    FieldResult::Compatible,
                    tr!(
                        locale,
                        "Cùng họ và tên, một bên thiếu chữ đệm.".to_owned(),
                        "Same surname and given name; one side lacks a middle name.".to_owned()
                    ),
                );
            }
        }
    }
    different(locale)
}

fn compare_dates(a: &str, b: &str, locale: Locale) -> (FieldResult, String) {
    let (Ok(x), Ok(y)) = (PartialDate::parse(a), PartialDate::parse(b)) else {
        return different(locale);
    };
    if x == y {
        return (
            FieldResult::Equivalent,
            tr!(
                locale,
                "Cùng một ngày, chỉ khác cách viết.".to_owned(),
                "The same date written differently.".to_owned()
            ),
        );
    }
    let contains = |outer: PartialDate, inner: PartialDate| {
        outer.precision() < inner.precision()
            && outer.earliest() <= inner.earliest()
            && inner.latest() <= outer.latest()
    };
    if contains(x, y) || contains(y, x) {
        return (
            FieldResult::Compatible,
            tr!(
                locale,
                "Một bên chỉ ghi năm hoặc tháng, phù hợp với ngày đầy đủ bên kia.".to_owned(),
                "One side gives only the year or month, which fits the full date on the other.".to_owned()
            ),
        );
    }
    different(locale)
}

fn missing_reason(path: &str, in_register: bool, locale: Locale) -> String {
    let field = label_cap(path, locale);
    match (in_register, locale) {
        (true, Locale::Vi) => format!("{field} chỉ có trong sổ hộ tịch."),
        (false, Locale::Vi) => format!("{field} chỉ có trong dữ liệu dân cư."),
        (true, Locale::En) => format!("{field} is only in the register entry."),
        (false, Locale::En) => format!("{field} is only in the population record."),
    }
}
