//! Reading a record against the fields of its kind.
//!
//! Each kind lists its fields ([`Field`]) with a type. [`run`] walks the
//! record once: it reports values of the wrong JSON type and unknown fields,
//! parses every present field by its type (single-field rules such as
//! `date.invalid` and `id.format` fire here), keeps the parsed values, and
//! builds the normalized record. The kind's module then runs its cross-field
//! rules on the parsed values; a field that failed to parse takes part in no
//! cross-field rule, so one mistake yields one issue.

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

/// The state of one validation: the parsed fields and the issues so far.
pub struct Check<'a> {
    pub kind: Kind,
    pub options: &'a Options,
    fields: &'static [&'static [Field]],
    slots: Vec<(&'static str, Slot)>,
    issues: Vec<Issue>,
    normalized: Value,
}

impl<'a> Check<'a> {
    fn new(kind: Kind, options: &'a Options) -> Check<'a> {
        let fields = fields_of(kind);
        Check { kind, options, fields, slots: Vec::new(), issues: Vec::new(), normalized: Value::Object(Vec::new()) }
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
        self.slots.iter().find(|(p, _)| *p == path).map(|(_, s)| s)
    }

    /// True when the field holds something, readable or not.
    pub fn present(&self, path: &str) -> bool {
        self.slot(path).is_some()
    }

    /// True when any field of the group (e.g. `father`) holds something.
    pub fn group_present(&self, group: &str) -> bool {
        self.slots.iter().any(|(p, _)| p.split_once('.').is_some_and(|(g, _)| g == group))
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
        self.fields.iter().flat_map(|g| g.iter()).find(|(p, _)| *p == path).map(|(_, t)| *t)
    }

    /// True when `prefix` is a group or sub-group of this kind's fields
    /// (`child`, `registration.place`).
    fn is_group(&self, prefix: &str) -> bool {
        self.fields
            .iter()
            .flat_map(|g| g.iter())
            .any(|(p, _)| p.strip_prefix(prefix).is_some_and(|rest| rest.starts_with('.')))
    }

    /// Walks an object at `prefix` (empty for the record) and reports members
    /// that are neither fields nor groups, and groups that are not objects.
    fn walk(&mut self, prefix: &str, members: &[(String, Value)]) {
        for (key, value) in members {
            let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
            if self.field_type(&path).is_some() || matches!(value, Value::Null) {
                continue;
            }
            if self.is_group(&path) {
                match value {
                    Value::Object(inner) if marker(value).is_none() => self.walk(&path, inner),
                    other => {
                        let msg = messages::field_type(&path, &describe(other), true, self.options.locale);
                        self.emit(Code::FieldType, &path, msg, &[]);
                    }
                }
            } else {
                let msg = messages::field_unknown(&path, self.kind, self.options.locale);
                self.emit(Code::FieldUnknown, &path, msg, &[]);
            }
        }
    }

    /// Reads and parses every field of the kind present in `record`.
    fn read_fields(&mut self, record: &Value) {
        for &(path, ty) in self.fields.iter().flat_map(|g| g.iter()) {
            let slot = match record.pointer(path) {
                None | Some(Value::Null) => continue,
                Some(Value::String(s)) => {
                    if s.chars().count() > MAX_TEXT_CHARS {
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
            let normal = match &slot {
                Slot::Invalid => None,
                Slot::Text(t) => Some(t.clone()),
                Slot::Date(d) => Some(d.to_iso()),
                Slot::Id(id) => Some(id.as_str().to_owned()),
                Slot::Sex(s) => Some(s.as_str().to_owned()),
                Slot::RegistrationType(t) => Some(t.as_str().to_owned()),
                Slot::Words(_, t) => Some(t.clone()),
                Slot::Ethnicity(e) => {
                    let code_path = format!("{path}Code");
                    self.normalized.set_pointer(&code_path, Value::String(format!("{:02}", e.code_2008())));
                    Some(e.name().to_owned())
                }
                Slot::Country(country) => Some(country.alpha2().to_owned()),
                Slot::Time(h, m) => Some(format!("{h:02}:{m:02}")),
                Slot::MaritalStatus(s) => Some(s.as_str().to_owned()),
                Slot::Place(codes, name) => {
                    let members = [("provinceCode", &codes.province), ("districtCode", &codes.district)]
                        .into_iter()
                        .chain([("communeCode", &codes.commune), ("name", name)])
                        .filter_map(|(k, v)| v.as_ref().map(|v| (k.to_owned(), Value::String(v.clone()))))
                        .collect();
                    self.normalized.set_pointer(path, Value::Object(members));
                    None
                }
            };
            if let Some(text) = normal {
                self.normalized.set_pointer(path, Value::String(text));
            }
            self.slots.push((path, slot));
        }
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
                Value::String(s) if s.chars().count() > MAX_TEXT_CHARS => {
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
        self.slots
            .iter()
            .filter_map(|(p, s)| match s {
                Slot::Place(codes, _) if !codes.is_empty() => Some((*p, codes.clone())),
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
        Report::new(self.issues, Some(self.normalized))
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
    let members = match record {
        Value::Object(members) if marker(record).is_none() => members,
        other => return not_an_object(kind, &describe(other), options),
    };
    let mut c = Check::new(kind, options);
    c.walk("", members);
    c.read_fields(record);
    match kind {
        Kind::Birth => birth::rules(&mut c),
        Kind::Marriage => marriage::rules(&mut c),
        Kind::Death => death::rules(&mut c),
    }
    place::rules(&mut c);
    c.finish()
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

/// A person of a record, for the rules that look at several of their fields.
#[derive(Clone, Copy)]
pub struct Person {
    /// The group name, e.g. `mother`.
    pub group: &'static str,
    /// The sex the role implies (a mother is female), if the role implies one.
    pub implied_sex: Option<Sex>,
}

fn path_of(group: &str, field: &str) -> String {
    format!("{group}.{field}")
}

impl Check<'_> {
    /// `id.sex` and `id.birth_year`: the ID against the person's sex (given
    /// or implied by the role) and date of birth.
    pub fn id_matches_person(&mut self, p: Person) {
        let id_path = path_of(p.group, "personalId");
        let Some(id) = self.id(&id_path).cloned() else {
            return;
        };
        let locale = self.options.locale;
        let sex_path = path_of(p.group, "sex");
        if let Some(declared) = self.sex(&sex_path) {
            if id.sex() != declared {
                let msg = messages::id_sex(&id_path, id.sex_digit(), id.sex(), &sex_path, declared, locale);
                self.emit(Code::IdSex, &id_path, msg, &[&sex_path]);
            }
        } else if let Some(implied) = p.implied_sex {
            if id.sex() != implied && !self.present(&sex_path) {
                let msg = messages::id_sex_role(&id_path, id.sex_digit(), id.sex(), p.group, implied, locale);
                self.emit(Code::IdSex, &id_path, msg, &[]);
            }
        }
        let date_path = path_of(p.group, "birthDate");
        if let Some(born) = self.date(&date_path) {
            if id.birth_year() != born.year() {
                let msg = messages::id_birth_year(&id_path, id.birth_year(), &date_path, born.year(), locale);
                self.emit(Code::IdBirthYear, &id_path, msg, &[&date_path]);
            }
        }
    }

    /// `id.duplicate`: one ID on two different people. `same_person(a, b)`
    /// tells when two groups are the same human (a declarant who is the
    /// father), whose equal IDs are right.
    pub fn ids_distinct(&mut self, people: &[Person], same_person: impl Fn(&Check<'_>, &str, &str) -> bool) {
        let locale = self.options.locale;
        let mut found = Vec::new();
        for (i, a) in people.iter().enumerate() {
            let a_path = path_of(a.group, "personalId");
            let Some(a_id) = self.id(&a_path) else {
                continue;
            };
            for b in people.iter().skip(i.saturating_add(1)) {
                let b_path = path_of(b.group, "personalId");
                if self.id(&b_path).is_some_and(|b_id| b_id == a_id) && !same_person(self, a.group, b.group) {
                    found.push((b_path, a_path.clone(), a_id.as_str().to_owned()));
                }
            }
        }
        for (path, other, id) in found {
            let msg = messages::id_duplicate(&path, &other, &id, locale);
            self.emit(Code::IdDuplicate, &path, msg, &[&other]);
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
