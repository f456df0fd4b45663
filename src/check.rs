//! Reading a record against the fields of its kind.
//!
//! Each kind lists its fields ([`Field`]) with a type. [`run`] walks the
//! record once: it reports values of the wrong JSON type and unknown fields,
//! parses every present field by its type (single-field rules such as
//! `date.invalid` and `id.format` fire here) and keeps the parsed values.
//! The kind's module then runs its cross-field rules on the parsed values; a
//! field that failed to parse takes part in no cross-field rule, so one
//! mistake yields one issue. The normalized record is built from the parsed
//! values at the end, and only for `validate`: a batch row feeds its parsed
//! values to the cross-record indexes directly ([`check_row`]).

use std::sync::OnceLock;

use crate::date::PartialDate;
use crate::id::PersonalId;
use crate::json::Value;
use crate::messages;
use crate::place::PlaceCodes;
use crate::refdata::countries::{self, Country};
use crate::refdata::ethnicity::{self, Ethnicity};
use crate::report::{Issue, Report, Severity};
use crate::rules::Code;
use crate::text::{self, encoding, name};
use crate::words::{parse_date_words, WordsDate};
use crate::{birth, death, marriage, place, Kind, Options, Sex};

/// Longest accepted text value, in characters. No civil-status field comes
/// near it; past it a value is not read further.
pub const MAX_TEXT_CHARS: usize = 1000;

/// More than [`MAX_TEXT_CHARS`] characters (counted only when the bytes
/// are more: a character is at least one byte).
fn too_long(s: &str) -> bool {
    s.len() > MAX_TEXT_CHARS && s.chars().count() > MAX_TEXT_CHARS
}

/// How a field's text is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldType {
    /// Free text: kept with white space collapsed.
    Text,
    /// A person's full name (`name.*` rules).
    Name,
    /// The type of registration: on time, late, or re-registration.
    RegistrationType,
    /// A date written in Vietnamese words.
    DateWords,
    /// One of the 54 ethnic groups, or foreigner.
    Ethnicity,
    /// A country.
    Nationality,
    /// A time of day, `HH:MM` (24-hour).
    Time,
    /// Single, married, divorced or widowed.
    MaritalStatus,
    /// A place: text, or an object of administrative-unit codes.
    Place,
    /// A full or partial date.
    Date,
    /// A personal ID number.
    PersonalId,
    /// Male or female.
    Sex,
}

/// A field of a kind of record: its dotted path and type.
pub type Field = (&'static str, FieldType);

/// The fields of a person, under the group name `$g`.
macro_rules! person_fields {
    ($g:literal) => {
        [
            (concat!($g, ".fullName"), FieldType::Name),
            (concat!($g, ".sex"), FieldType::Sex),
            (concat!($g, ".birthDate"), FieldType::Date),
            (concat!($g, ".ethnicity"), FieldType::Ethnicity),
            (concat!($g, ".nationality"), FieldType::Nationality),
            (concat!($g, ".personalId"), FieldType::PersonalId),
            (concat!($g, ".residence"), FieldType::Place),
            (concat!($g, ".hometown"), FieldType::Place),
            (concat!($g, ".birthPlace"), FieldType::Place),
        ]
    };
}
pub(crate) use person_fields;

/// The fields of the `registration` group, common to every kind.
pub const REGISTRATION_FIELDS: [Field; 5] = [
    ("registration.number", FieldType::Text),
    ("registration.book", FieldType::Text),
    ("registration.date", FieldType::Date),
    ("registration.type", FieldType::RegistrationType),
    ("registration.place", FieldType::Place),
];

/// A parsed field value.
#[derive(Clone, Debug)]
enum Slot {
    /// Present but not readable (wrong type, too long, failed to parse).
    Invalid,
    Text(String),
    Date(PartialDate),
    Id(PersonalId),
    Sex(Sex),
    RegistrationType(RegistrationType),
    /// The date read from words, and the words as written.
    Words(WordsDate, String),
    Ethnicity(&'static Ethnicity),
    Country(&'static Country),
    /// Hours and minutes.
    Time(u8, u8),
    MaritalStatus(MaritalStatus),
    /// A place given as codes, with its name if any.
    Place(PlaceCodes, Option<String>),
}

/// A person's marital status (tình trạng hôn nhân).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaritalStatus {
    Single,
    Married,
    Divorced,
    Widowed,
}

impl MaritalStatus {
    /// Accepts `single`/`married`/`divorced`/`widowed` and the Vietnamese
    /// terms of the marital-status certificate.
    fn parse(text: &str) -> Option<MaritalStatus> {
        Some(match text::to_lower(text).as_str() {
            "single" | "chưa kết hôn" | "độc thân" => MaritalStatus::Single,
            "married" | "đang có vợ" | "đang có chồng" | "có vợ" | "có chồng" | "đã kết hôn" => {
                MaritalStatus::Married
            }
            "divorced" | "đã ly hôn" | "ly hôn" => MaritalStatus::Divorced,
            "widowed" | "góa" | "goá" | "góa vợ" | "góa chồng" | "goá vợ" | "goá chồng" => {
                MaritalStatus::Widowed
            }
            _ => return None,
        })
    }

    fn as_str(self) -> &'static str {
        match self {
            MaritalStatus::Single => "single",
            MaritalStatus::Married => "married",
            MaritalStatus::Divorced => "divorced",
            MaritalStatus::Widowed => "widowed",
        }
    }

    /// Currently married.
    pub fn is_married(self) -> bool {
        self == MaritalStatus::Married
    }
}

/// Reads `HH:MM` (or `H:MM`, `HHhMM`), 24-hour.
fn parse_time(text: &str) -> Option<(u8, u8)> {
    let (h, m) = text.split_once([':', 'h', 'H'])?;
    let digits = |s: &str, max: u8| -> Option<u8> {
        if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse::<u8>().ok().filter(|v| *v <= max)
    };
    if m.len() != 2 {
        return None;
    }
    Some((digits(h, 23)?, digits(m, 59)?))
}

/// The type of a registration (`registration.type`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegistrationType {
    /// Within the deadline (đúng hạn).
    OnTime,
    /// After the deadline, declared as such (quá hạn).
    Late,
    /// Registered again after the book and certificate were lost (đăng ký
    /// lại, Nghị định 123/2015/NĐ-CP Art. 24–26).
    ReRegistration,
}

impl RegistrationType {
    /// Accepts the contract's English tokens and the Vietnamese terms.
    fn parse(text: &str) -> Option<RegistrationType> {
        match text::to_lower(text).as_str() {
            "on-time" | "đúng hạn" => Some(RegistrationType::OnTime),
            "late" | "quá hạn" => Some(RegistrationType::Late),
            "re-registration" | "đăng ký lại" => Some(RegistrationType::ReRegistration),
            _ => None,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            RegistrationType::OnTime => "on-time",
            RegistrationType::Late => "late",
            RegistrationType::ReRegistration => "re-registration",
        }
    }
}

/// The fields of a kind in order, and a hash table of their paths: the
/// rules ask for fields by path about a hundred times a record.
struct Layout {
    fields: Vec<Field>,
    /// Each group (`child`, `registration`) and the range of its fields.
    groups: Vec<(&'static str, std::ops::Range<usize>)>,
    /// Open addressing by [`path_hash`]: index in `fields` + 1, 0 for empty.
    table: [u8; PATH_TABLE],
}

/// The size of [`Layout::table`], a power of two over twice the most fields
/// a kind has.
const PATH_TABLE: usize = 128;

/// A hash of a path from its length and four of its bytes: cheap, and
/// enough to tell the fields of a kind apart (`fields_are_grouped_members`
/// bounds the probes).
fn path_hash(path: &str) -> usize {
    let bytes = path.as_bytes();
    let len = bytes.len();
    let at = |i: usize| usize::from(bytes.get(i).copied().unwrap_or_default());
    let mixed = len.wrapping_mul(0x9E37)
        ^ at(0).wrapping_mul(0x3B)
        ^ at(len / 2).wrapping_mul(0x1F3)
        ^ at(len.wrapping_sub(2)).wrapping_mul(0x2B9)
        ^ at(len.wrapping_sub(1)).wrapping_mul(0x61);
    mixed ^ (mixed >> 7)
}

impl Layout {
    fn of(kind: Kind) -> &'static Layout {
        static BIRTH: OnceLock<Layout> = OnceLock::new();
        static MARRIAGE: OnceLock<Layout> = OnceLock::new();
        static DEATH: OnceLock<Layout> = OnceLock::new();
        let cell = match kind {
            Kind::Birth => &BIRTH,
            Kind::Marriage => &MARRIAGE,
            Kind::Death => &DEATH,
        };
        cell.get_or_init(|| {
            let fields: Vec<Field> = fields_of(kind).iter().flat_map(|g| g.iter().copied()).collect();
            let mut table = [0u8; PATH_TABLE];
            for (i, (path, _)) in fields.iter().enumerate() {
                let hash = path_hash(path);
                let free = (0..PATH_TABLE)
                    .map(|step| hash.wrapping_add(step) % PATH_TABLE)
                    .find(|&at| table.get(at) == Some(&0));
                if let Some(entry) = free.and_then(|at| table.get_mut(at)) {
                    *entry = u8::try_from(i.saturating_add(1)).unwrap_or_default();
                }
            }
            let mut groups: Vec<(&'static str, std::ops::Range<usize>)> = Vec::new();
            for (i, (path, _)) in fields.iter().enumerate() {
                let group = path.split_once('.').map_or(*path, |(g, _)| g);
                match groups.last_mut() {
                    Some((g, range)) if *g == group => range.end = i.saturating_add(1),
                    _ => groups.push((group, i..i.saturating_add(1))),
                }
            }
            Layout { fields, groups, table }
        })
    }

    /// The range of the fields of `group` (`child`) in [`Layout::fields`].
    fn group(&self, group: &str) -> Option<std::ops::Range<usize>> {
        self.groups.iter().find(|(g, _)| *g == group).map(|(_, range)| range.clone())
    }

    /// The index of the field at `path`.
    fn index(&self, path: &str) -> Option<usize> {
        let hash = path_hash(path);
        for step in 0..PATH_TABLE {
            let entry = *self.table.get(hash.wrapping_add(step) % PATH_TABLE)?;
            let i = usize::from(entry.checked_sub(1)?);
            if self.fields.get(i).is_some_and(|(p, _)| *p == path) {
                return Some(i);
            }
        }
        None
    }
}

/// The state of one validation: the parsed fields and the issues so far.
pub struct Check<'a> {
    pub kind: Kind,
    pub options: &'a Options,
    layout: &'static Layout,
    /// The parsed value of each field of [`Layout::fields`], if present.
    slots: Vec<Option<Slot>>,
    issues: Vec<Issue>,
}

impl<'a> Check<'a> {
    fn new(kind: Kind, options: &'a Options) -> Check<'a> {
        let layout = Layout::of(kind);
        Check { kind, options, layout, slots: vec![None; layout.fields.len()], issues: Vec::new() }
    }

    /// The present fields in order, with their paths.
    fn present_slots(&self) -> impl Iterator<Item = (&'static str, &Slot)> {
        self.layout.fields.iter().zip(&self.slots).filter_map(|((p, _), s)| s.as_ref().map(|s| (*p, s)))
    }

    /// Raises an issue with the code's default severity.
    pub fn emit(&mut self, code: Code, path: &str, message: String, related: &[&str]) {
        self.emit_with(code, code.default_severity(), path, message, related);
    }

    pub fn emit_with(&mut self, code: Code, severity: Severity, path: &str, message: String, related: &[&str]) {
        self.issues.push(Issue {
            path: path.to_owned(),
            code,
            severity,
            message,
            related: related.iter().map(|r| (*r).to_owned()).collect(),
            suggestion: None,
        });
    }

    /// Raises an issue that comes with a proposed corrected value.
    pub fn emit_suggestion(&mut self, code: Code, path: &str, message: String, suggestion: String) {
        self.emit(code, path, message, &[]);
        if let Some(issue) = self.issues.last_mut() {
            issue.suggestion = Some(suggestion);
        }
    }

    fn slot(&self, path: &str) -> Option<&Slot> {
        self.layout.index(path).and_then(|i| self.slots.get(i)).and_then(Option::as_ref)
    }

    /// True when the field holds something, readable or not.
    pub fn present(&self, path: &str) -> bool {
        self.slot(path).is_some()
    }

    /// True when any field of the group (e.g. `father`) holds something.
    pub fn group_present(&self, group: &str) -> bool {
        let fields = self.layout.group(group).and_then(|range| self.slots.get(range));
        fields.is_some_and(|slots| slots.iter().any(Option::is_some))
    }

    /// `required`: each of `paths` must hold something.
    pub fn require(&mut self, paths: &[&str]) {
        for &path in paths {
            if !self.present(path) {
                let msg = messages::required(path, self.options.locale);
                self.emit(Code::Required, path, msg, &[]);
            }
        }
    }

    pub fn words(&self, path: &str) -> Option<WordsDate> {
        match self.slot(path) {
            Some(Slot::Words(w, _)) => Some(*w),
            _ => None,
        }
    }

    pub fn ethnicity(&self, path: &str) -> Option<&'static Ethnicity> {
        match self.slot(path) {
            Some(Slot::Ethnicity(e)) => Some(e),
            _ => None,
        }
    }

    pub fn marital_status(&self, path: &str) -> Option<MaritalStatus> {
        match self.slot(path) {
            Some(Slot::MaritalStatus(s)) => Some(*s),
            _ => None,
        }
    }

    pub fn registration_type(&self) -> Option<RegistrationType> {
        match self.slot("registration.type") {
            Some(Slot::RegistrationType(t)) => Some(*t),
            _ => None,
        }
    }

    pub fn date(&self, path: &str) -> Option<PartialDate> {
        match self.slot(path) {
            Some(Slot::Date(d)) => Some(*d),
            _ => None,
        }
    }

    pub fn id(&self, path: &str) -> Option<&PersonalId> {
        match self.slot(path) {
            Some(Slot::Id(id)) => Some(id),
            _ => None,
        }
    }

    pub fn sex(&self, path: &str) -> Option<Sex> {
        match self.slot(path) {
            Some(Slot::Sex(s)) => Some(*s),
            _ => None,
        }
    }

    pub fn text(&self, path: &str) -> Option<&str> {
        match self.slot(path) {
            Some(Slot::Text(t)) => Some(t),
            _ => None,
        }
    }

    fn field_type(&self, path: &str) -> Option<FieldType> {
        self.layout.index(path).and_then(|i| self.layout.fields.get(i)).map(|(_, t)| *t)
    }

    /// Walks an object at `path` (empty for the record; `path` holds the
    /// same on return): reports members that are neither fields nor groups,
    /// and groups that are not objects, and puts each field's value in
    /// `values`, by field index. As with [`Value::pointer`], of a key given
    /// twice the last counts.
    fn walk<'v>(&mut self, path: &mut String, members: &'v [(String, Value)], values: &mut [Option<&'v Value>]) {
        let prefix_len = path.len();
        for (key, value) in members {
            if prefix_len > 0 {
                path.push('.');
            }
            path.push_str(key);
            if let Some(i) = self.layout.index(path) {
                if let Some(v) = values.get_mut(i) {
                    *v = Some(value);
                }
            } else if let Some(range) = self.layout.group(path) {
                // This group replaces any earlier one of the same name.
                values.get_mut(range).unwrap_or_default().fill(None);
                match value {
                    Value::Null => {}
                    Value::Object(inner) if marker(value).is_none() => self.walk(path, inner, values),
                    other => {
                        let msg = messages::field_type(path, &describe(other), true, self.options.locale);
                        self.emit(Code::FieldType, path, msg, &[]);
                    }
                }
            } else if !matches!(value, Value::Null) {
                let msg = messages::field_unknown(path, self.kind, self.options.locale);
                self.emit(Code::FieldUnknown, path, msg, &[]);
            }
            path.truncate(prefix_len);
        }
    }

    /// Reads and parses every field given a value (by field index).
    fn read_fields(&mut self, values: &[Option<&Value>]) {
        for (i, (&(path, ty), value)) in self.layout.fields.iter().zip(values).enumerate() {
            let slot = match value {
                None | Some(Value::Null) => continue,
                Some(Value::String(s)) => {
                    if too_long(s) {
                        let msg =
                            messages::field_too_long(path, s.chars().count(), MAX_TEXT_CHARS, self.options.locale);
                        self.emit(Code::FieldTooLong, path, msg, &[]);
                        Slot::Invalid
                    } else if s.trim().is_empty() {
                        continue;
                    } else {
                        self.parse(path, ty, s)
                    }
                }
                Some(place @ Value::Object(_)) if ty == FieldType::Place && marker(place).is_none() => {
                    match self.read_place(path, place) {
                        Some(slot) => slot,
                        None => continue,
                    }
                }
                Some(other) => {
                    let msg = messages::field_type(path, &describe(other), false, self.options.locale);
                    self.emit(Code::FieldType, path, msg, &[]);
                    Slot::Invalid
                }
            };
            if let Some(s) = self.slots.get_mut(i) {
                *s = Some(slot);
            }
        }
    }

    /// The record as it should be stored: every field that passed its own
    /// rules, in its normal form (see the contract's `normalized`), in the
    /// kind's field order. Built member by member: every field path is
    /// `group.member` and the fields of a group are listed together.
    fn normalized(&self) -> Value {
        let mut groups: Vec<(String, Value)> = Vec::new();
        for (path, slot) in self.present_slots() {
            let Some((group, member)) = path.split_once('.') else { continue };
            let mut members = Vec::with_capacity(2);
            let value = match slot {
                Slot::Invalid => continue,
                Slot::Text(t) | Slot::Words(_, t) => Value::String(t.clone()),
                Slot::Date(d) => Value::String(d.to_iso()),
                Slot::Id(id) => Value::String(id.as_str().to_owned()),
                Slot::Sex(s) => Value::String(s.as_str().to_owned()),
                Slot::RegistrationType(t) => Value::String(t.as_str().to_owned()),
                Slot::Ethnicity(e) => {
                    members.push((format!("{member}Code"), Value::String(format!("{:02}", e.code_2008()))));
                    Value::String(e.name().to_owned())
                }
                Slot::Country(country) => Value::String(country.alpha2().to_owned()),
                Slot::Time(h, m) => Value::String(format!("{h:02}:{m:02}")),
                Slot::MaritalStatus(s) => Value::String(s.as_str().to_owned()),
                Slot::Place(codes, name) => Value::Object(
                    [("provinceCode", &codes.province), ("districtCode", &codes.district)]
                        .into_iter()
                        .chain([("communeCode", &codes.commune), ("name", name)])
                        .filter_map(|(k, v)| v.as_ref().map(|v| (k.to_owned(), Value::String(v.clone()))))
                        .collect(),
                ),
            };
            members.push((member.to_owned(), value));
            match groups.last_mut() {
                Some((g, Value::Object(existing))) if g == group => existing.append(&mut members),
                _ => groups.push((group.to_owned(), Value::Object(members))),
            }
        }
        Value::Object(groups)
    }

    /// A place given as an object; `None` when it holds nothing.
    fn read_place(&mut self, path: &'static str, place: &Value) -> Option<Slot> {
        let Value::Object(members) = place else { return None };
        let mut codes = PlaceCodes::default();
        let mut name = None;
        let mut bad = false;
        for (key, value) in members {
            let member_path = format!("{path}.{key}");
            let (slot, digits) = match key.as_str() {
                "provinceCode" => (&mut codes.province, 2),
                "districtCode" => (&mut codes.district, 3),
                "communeCode" => (&mut codes.commune, 5),
                "name" => (&mut name, 0),
                _ => {
                    let msg = messages::field_unknown(&member_path, self.kind, self.options.locale);
                    self.emit(Code::FieldUnknown, &member_path, msg, &[]);
                    continue;
                }
            };
            match value {
                Value::Null => {}
                Value::String(s) if s.trim().is_empty() => {}
                Value::String(s) if too_long(s) => {
                    let msg =
                        messages::field_too_long(&member_path, s.chars().count(), MAX_TEXT_CHARS, self.options.locale);
                    self.emit(Code::FieldTooLong, &member_path, msg, &[]);
                    bad = true;
                }
                Value::String(s) => {
                    let text = text::normalize_name(s);
                    if digits > 0 && (text.len() != digits || !text.bytes().all(|b| b.is_ascii_digit())) {
                        let msg = messages::place_code_format(&member_path, &text, digits, self.options.locale);
                        self.emit(Code::PlaceUnknown, &member_path, msg, &[]);
                        bad = true;
                    } else {
                        *slot = Some(text);
                    }
                }
                other => {
                    let msg = messages::field_type(&member_path, &describe(other), false, self.options.locale);
                    self.emit(Code::FieldType, &member_path, msg, &[]);
                    bad = true;
                }
            }
        }
        if bad {
            Some(Slot::Invalid)
        } else if codes.is_empty() && name.is_none() {
            None
        } else {
            Some(Slot::Place(codes, name))
        }
    }

    /// The places given as codes, with their paths.
    pub fn places(&self) -> Vec<(&'static str, PlaceCodes)> {
        self.present_slots()
            .filter_map(|(p, s)| match s {
                Slot::Place(codes, _) if !codes.is_empty() => Some((p, codes.clone())),
                _ => None,
            })
            .collect()
    }

    /// The codes of a place field, if it was given as codes.
    pub fn place_codes(&self, path: &str) -> Option<&PlaceCodes> {
        match self.slot(path) {
            Some(Slot::Place(codes, _)) => Some(codes),
            _ => None,
        }
    }

    /// The single-field rules of a field's type.
    fn parse(&mut self, path: &'static str, ty: FieldType, raw: &str) -> Slot {
        let locale = self.options.locale;
        let text = text::normalize_name(raw);
        match ty {
            FieldType::Text | FieldType::Name | FieldType::Place if self.legacy_encoding(path, raw) => Slot::Invalid,
            FieldType::Text | FieldType::Place => Slot::Text(text),
            FieldType::Name => self.name(path, raw, text),
            FieldType::DateWords => match parse_date_words(&text) {
                Ok(w) => Slot::Words(w, text),
                Err(e) => {
                    let msg = messages::words_invalid(path, &text, &e, locale);
                    self.emit(Code::DateInvalid, path, msg, &[]);
                    Slot::Invalid
                }
            },
            FieldType::Ethnicity => match ethnicity::lookup(&text, self.options.ethnicity_codes) {
                Some(e) => Slot::Ethnicity(e),
                None => {
                    let msg = messages::ethnicity_unknown(path, &text, locale);
                    self.emit(Code::EthnicityUnknown, path, msg, &[]);
                    Slot::Invalid
                }
            },
            FieldType::Nationality => match countries::lookup(&text) {
                Some(country) => Slot::Country(country),
                None => {
                    let msg = messages::nationality_unknown(path, &text, locale);
                    self.emit(Code::NationalityUnknown, path, msg, &[]);
                    Slot::Invalid
                }
            },
            FieldType::Time => match parse_time(&text) {
                Some((h, m)) => Slot::Time(h, m),
                None => {
                    let msg = messages::time_invalid(path, &text, locale);
                    self.emit(Code::DeathTime, path, msg, &[]);
                    Slot::Invalid
                }
            },
            FieldType::MaritalStatus => match MaritalStatus::parse(&text) {
                Some(s) => Slot::MaritalStatus(s),
                None => {
                    let msg = messages::marital_status_invalid(path, &text, locale);
                    self.emit(Code::MaritalStatusInvalid, path, msg, &[]);
                    Slot::Invalid
                }
            },
            FieldType::RegistrationType => match RegistrationType::parse(&text) {
                Some(t) => Slot::RegistrationType(t),
                None => {
                    let msg = messages::registration_type(&text, locale);
                    self.emit(Code::RegistrationType, path, msg, &[]);
                    Slot::Invalid
                }
            },
            FieldType::Date => match PartialDate::parse(&text) {
                Ok(d) => {
                    if d.earliest() > self.options.today {
                        let msg = messages::date_future(path, d, self.options.today, locale);
                        self.emit(Code::DateFuture, path, msg, &[]);
                    }
                    Slot::Date(d)
                }
                Err(e) => {
                    let msg = messages::date_invalid(path, &text, e, locale);
                    self.emit(Code::DateInvalid, path, msg, &[]);
                    Slot::Invalid
                }
            },
            FieldType::PersonalId => match PersonalId::parse(&text) {
                Ok(id) => {
                    if id.province().is_none() {
                        let msg = messages::id_place_code(path, id.place_code_str(), locale);
                        self.emit(Code::IdPlaceCode, path, msg, &[]);
                    }
                    Slot::Id(id)
                }
                Err(e) => {
                    let msg = messages::id_format(path, &text, &e, locale);
                    self.emit(Code::IdFormat, path, msg, &[]);
                    Slot::Invalid
                }
            },
            FieldType::Sex => match Sex::parse(&text) {
                Some(s) => Slot::Sex(s),
                None => {
                    let msg = messages::sex_invalid(path, &text, locale);
                    self.emit(Code::SexInvalid, path, msg, &[]);
                    Slot::Invalid
                }
            },
        }
    }

    /// `name.encoding`: true when the text is legacy-encoded Vietnamese, which
    /// is then reported with the repaired text as the suggestion.
    fn legacy_encoding(&mut self, path: &str, raw: &str) -> bool {
        let Some(repair) = encoding::repair(raw) else { return false };
        let msg = messages::name_encoding(path, raw, &repair.text, repair.encoding.name(), self.options.locale);
        self.emit_suggestion(Code::NameEncoding, path, msg, repair.text);
        true
    }

    /// `name.mixed_script` and `name.chars`.
    fn name(&mut self, path: &'static str, raw: &str, normalized: String) -> Slot {
        let locale = self.options.locale;
        let findings = name::check(raw);
        let mixed = match findings.mixed {
            Some(name::Problem::LookAlike { ch, position, latin, name }) => {
                Some(messages::name_look_alike(path, ch, position, latin, name, locale))
            }
            Some(name::Problem::Invisible { ch, position, name }) => {
                Some(messages::name_invisible(path, ch, position, name, locale))
            }
            Some(name::Problem::NotLetter { .. }) | None => None,
        };
        if let Some(msg) = mixed {
            match &findings.fixed {
                Some(fix) => self.emit_suggestion(Code::NameMixedScript, path, msg, fix.clone()),
                None => self.emit(Code::NameMixedScript, path, msg, &[]),
            }
        }
        if let Some(name::Problem::NotLetter { ch, position }) = findings.not_letter {
            let msg = messages::name_chars(path, ch, position, locale);
            self.emit(Code::NameChars, path, msg, &[]);
        }
        if findings == name::Findings::default() {
            Slot::Text(normalized)
        } else {
            Slot::Invalid
        }
    }

    fn finish(self) -> Report {
        let normalized = self.normalized();
        Report::new(self.issues, Some(normalized))
    }

    /// The issues found, without the normalized record.
    pub fn into_issues(self) -> Vec<Issue> {
        self.issues
    }
}

/// The members of a place given as an object (a [`FieldType::Place`] field),
/// e.g. the CSV column `registration.place.provinceCode`.
pub const PLACE_MEMBERS: [&str; 4] = ["provinceCode", "districtCode", "communeCode", "name"];

/// The fields of a kind of record, by group.
pub fn fields_of(kind: Kind) -> &'static [&'static [Field]] {
    match kind {
        Kind::Birth => birth::FIELDS,
        Kind::Marriage => marriage::FIELDS,
        Kind::Death => death::FIELDS,
    }
}

/// Validates a record of `kind`.
pub fn run(kind: Kind, record: &Value, options: &Options) -> Report {
    match check_row(kind, record, options) {
        Ok(c) => c.finish(),
        Err(report) => report,
    }
}

/// Runs every rule of `kind` on `record` and keeps the parsed fields for
/// the caller (the batch indexes read them); `Err` is the report of a
/// record that is not an object.
pub fn check_row<'a>(kind: Kind, record: &Value, options: &'a Options) -> Result<Check<'a>, Report> {
    let members = match record {
        Value::Object(members) if marker(record).is_none() => members,
        other => return Err(not_an_object(kind, &describe(other), options)),
    };
    let mut c = Check::new(kind, options);
    let mut values = vec![None; c.layout.fields.len()];
    c.walk(&mut String::new(), members, &mut values);
    c.read_fields(&values);
    match kind {
        Kind::Birth => birth::rules(&mut c),
        Kind::Marriage => marriage::rules(&mut c),
        Kind::Death => death::rules(&mut c),
    }
    place::rules(&mut c);
    Ok(c)
}

/// The report for record text that is not JSON.
pub fn unreadable(kind: Kind, reason: &str, options: &Options) -> Report {
    not_an_object(kind, &format!("JSON: {reason}"), options)
}

fn not_an_object(kind: Kind, received: &str, options: &Options) -> Report {
    let mut c = Check::new(kind, options);
    let msg = messages::record_type(kind, received, options.locale);
    c.emit(Code::RecordType, "", msg, &[]);
    Report::new(c.issues, None)
}

/// The issues at `path` once `value` is put there.
pub fn field(kind: Kind, path: &str, value: &Value, record: Option<&Value>, options: &Options) -> Vec<Issue> {
    let probe = Check::new(kind, options);
    if probe.field_type(path).is_none() {
        let msg = messages::field_unknown(path, kind, options.locale);
        let mut c = probe;
        c.emit(Code::FieldUnknown, path, msg, &[]);
        return c.issues;
    }
    let mut whole = match record {
        Some(r @ Value::Object(_)) => r.clone(),
        _ => Value::Object(Vec::new()),
    };
    whole.set_pointer(path, value.clone());
    // A place's codes are members of the field: their issues belong to it.
    let member = format!("{path}.");
    run(kind, &whole, options).issues.into_iter().filter(|i| i.path == path || i.path.starts_with(&member)).collect()
}

/// Describes a value of the wrong type for a message: `number 74316000123`,
/// `array`. The wasm boundary marks JavaScript values that JSON cannot hold
/// (BigInt, functions, Date objects…) as `{"$type": "…"}`.
fn describe(value: &Value) -> String {
    match value {
        Value::Number(n) => format!("number {n}"),
        Value::Bool(b) => format!("boolean {b}"),
        Value::Object(_) => marker(value).map_or_else(|| "object".to_owned(), |t| t.chars().take(40).collect()),
        other => other.type_name().to_owned(),
    }
}

/// The type named by a `{"$type": "…"}` marker of the wasm boundary.
fn marker(value: &Value) -> Option<&str> {
    match value {
        Value::Object(members) => match members.as_slice() {
            [(k, Value::String(t))] if k == "$type" => Some(t),
            _ => None,
        },
        _ => None,
    }
}

// ---- cross-field rules shared by every kind ------------------------------------

/// A person of a record, for the rules that look at several of their
/// fields: the group and the paths of those fields (made by [`person!`]).
#[derive(Clone, Copy)]
pub struct Person {
    /// The group name, e.g. `mother`.
    pub group: &'static str,
    /// The sex the role implies (a mother is female), if the role implies one.
    pub implied_sex: Option<Sex>,
    pub full_name: &'static str,
    pub sex: &'static str,
    pub birth_date: &'static str,
    pub personal_id: &'static str,
}

/// The [`Person`] of group `$g`, whose role implies the sex `$sex`.
macro_rules! person {
    ($g:literal, $sex:expr) => {
        $crate::check::Person {
            group: $g,
            implied_sex: $sex,
            full_name: concat!($g, ".fullName"),
            sex: concat!($g, ".sex"),
            birth_date: concat!($g, ".birthDate"),
            personal_id: concat!($g, ".personalId"),
        }
    };
}
pub(crate) use person;

impl Check<'_> {
    /// `id.sex` and `id.birth_year`: the ID against the person's sex (given
    /// or implied by the role) and date of birth.
    pub fn id_matches_person(&mut self, p: Person) {
        let (id_path, sex_path, date_path) = (p.personal_id, p.sex, p.birth_date);
        let Some(id) = self.id(id_path).cloned() else {
            return;
        };
        let locale = self.options.locale;
        if let Some(declared) = self.sex(sex_path) {
            if id.sex() != declared {
                let msg = messages::id_sex(id_path, id.sex_digit(), id.sex(), sex_path, declared, locale);
                self.emit(Code::IdSex, id_path, msg, &[sex_path]);
            }
        } else if let Some(implied) = p.implied_sex {
            if id.sex() != implied && !self.present(sex_path) {
                let msg = messages::id_sex_role(id_path, id.sex_digit(), id.sex(), p.group, implied, locale);
                self.emit(Code::IdSex, id_path, msg, &[]);
            }
        }
        if let Some(born) = self.date(date_path) {
            if id.birth_year() != born.year() {
                let msg = messages::id_birth_year(id_path, id.birth_year(), date_path, born.year(), locale);
                self.emit(Code::IdBirthYear, id_path, msg, &[date_path]);
            }
        }
    }

    /// `id.duplicate`: one ID on two different people. `same_person(a, b)`
    /// tells when two groups are the same human (a declarant who is the
    /// father), whose equal IDs are right.
    pub fn ids_distinct(&mut self, people: &[Person], same_person: impl Fn(&Check<'_>, &Person, &Person) -> bool) {
        let locale = self.options.locale;
        let mut found = Vec::new();
        for (i, a) in people.iter().enumerate() {
            let Some(a_id) = self.id(a.personal_id) else {
                continue;
            };
            for b in people.iter().skip(i.saturating_add(1)) {
                if self.id(b.personal_id).is_some_and(|b_id| b_id == a_id) && !same_person(self, a, b) {
                    found.push((b.personal_id, a.personal_id, a_id.as_str().to_owned()));
                }
            }
        }
        for (path, other, id) in found {
            let msg = messages::id_duplicate(path, other, &id, locale);
            self.emit(Code::IdDuplicate, path, msg, &[other]);
        }
    }

    /// `date.order`: the event at `later` cannot be before the one at
    /// `earlier`. Partial dates are compared by the days they can mean, so
    /// only certain contradictions are flagged.
    pub fn not_before(&mut self, later: &str, earlier: &str) {
        let (Some(l), Some(e)) = (self.date(later), self.date(earlier)) else {
            return;
        };
        if l.certainly_cmp(e) == Some(std::cmp::Ordering::Less) {
            let msg = messages::date_before(later, l, earlier, e, self.options.locale);
            self.emit(Code::DateOrder, later, msg, &[earlier]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`Check::normalized`] builds the record group by group: every path
    /// must be `group.member`, with the fields of a group listed together.
    #[test]
    fn fields_are_grouped_members() {
        for kind in [Kind::Birth, Kind::Marriage, Kind::Death] {
            let layout = Layout::of(kind);
            let mut seen: Vec<&str> = Vec::new();
            for (path, _) in &layout.fields {
                let (group, member) = path.split_once('.').unwrap();
                assert!(!member.contains('.'), "{path}");
                if seen.last() != Some(&group) {
                    assert!(!seen.contains(&group), "{path}: group {group} split");
                    seen.push(group);
                }
                assert_eq!(layout.fields[layout.index(path).unwrap()].0, *path);
            }
            assert!(layout.fields.len() * 2 < PATH_TABLE);
            // Every field is found within a few probes.
            let probes = |path: &str| {
                (0..PATH_TABLE).position(|step| {
                    let entry = layout.table[path_hash(path).wrapping_add(step) % PATH_TABLE];
                    entry == 0 || layout.fields[usize::from(entry) - 1].0 == path
                })
            };
            let worst = layout.fields.iter().map(|(p, _)| probes(p).unwrap()).max().unwrap();
            assert!(worst <= 3, "{kind:?}: {worst} probes");
            assert_eq!(layout.index("child.nothing"), None);
        }
    }

    /// Of a key given twice the last counts, as `Value::pointer` reads it:
    /// a later group replaces an earlier one whole.
    #[test]
    fn the_last_of_a_repeated_key_counts() {
        let options = Options::new(crate::Date::new(2026, 1, 1).unwrap());
        let codes = |text: &str| -> Vec<(String, &'static str)> {
            let record = crate::json::parse(text).unwrap();
            run(Kind::Birth, &record, &options).issues.into_iter().map(|i| (i.path, i.code.as_str())).collect()
        };
        let required = |path: &str| (path.to_owned(), "required");
        let child =
            r#""sex":"nam","birthDate":"2016-01-01","birthPlace":"Hà Nội","ethnicity":"Kinh","nationality":"VN""#;
        let base = format!(r#""registration":{{"date":"2016-01-05"}},"child":{{"fullName":"Lê Văn An",{child}}}"#);
        assert_eq!(codes(&format!("{{{base}}}")), []);
        assert_eq!(codes(&format!(r#"{{{base},"child":{{{child}}}}}"#)), [required("child.fullName")]);
        assert_eq!(codes(&format!(r#"{{{base},"child":null}}"#)).len(), 6);
        let twice = format!(
            r#"{{"registration":{{"date":"2016-01-05"}},"child":{{"fullName":"X1",{child},"fullName":"Lê An"}}}}"#
        );
        assert_eq!(codes(&twice), []);
    }
}
