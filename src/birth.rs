//! Birth registration (đăng ký khai sinh).
//!
//! What a birth entry holds: Luật Hộ tịch 2014 Art. 14(1). The rules here:
//! - `required`: the child's full name, sex, date and place of birth,
//!   ethnicity and nationality; for each parent who is known (any field of
//!   the group given), full name and year of birth; the registration date.
//!   The father may be unknown (no `father` group), and so may the mother of
//!   a foundling (Nghị định 123/2015/NĐ-CP Art. 14).
//! - personal IDs of everyone named (`id.*`); the child's ID against the
//!   province of registration (`id.place_mismatch`);
//! - the order of the dates (`date.order`) and the parents' ages
//!   (`parent.age`);
//! - the registration deadline and book (`registration.*`).

use std::cmp::Ordering;
use std::sync::OnceLock;

use crate::check::{person, person_fields, Check, Field, FieldType, Person, REGISTRATION_FIELDS};
use crate::date::Date;
use crate::refdata::provinces;
use crate::rules::Code;
use crate::{messages, registration, text, Sex};

const CHILD_FIELDS: [Field; 10] = {
    let p = person_fields!("child");
    [p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], ("child.birthDateInWords", FieldType::DateWords)]
};
const MOTHER_FIELDS: [Field; 9] = person_fields!("mother");
const FATHER_FIELDS: [Field; 9] = person_fields!("father");
const DECLARANT_FIELDS: [Field; 4] = [
    ("declarant.fullName", FieldType::Name),
    ("declarant.relationship", FieldType::Text),
    ("declarant.personalId", FieldType::PersonalId),
    ("declarant.residence", FieldType::Place),
];

/// Every field of a birth record.
pub const FIELDS: &[&[Field]] =
    &[&CHILD_FIELDS, &MOTHER_FIELDS, &FATHER_FIELDS, &DECLARANT_FIELDS, &REGISTRATION_FIELDS];

const MOTHER: Person = person!("mother", Some(Sex::Female));
const FATHER: Person = person!("father", Some(Sex::Male));
const PEOPLE: [Person; 4] = [person!("child", None), MOTHER, FATHER, person!("declarant", None)];

/// Ages at the child's birth outside these bounds get a `parent.age`
/// warning: (parent, youngest, oldest).
const PARENT_AGES: [(Person, i32, i32); 2] = [(MOTHER, 12, 60), (FATHER, 12, 90)];

/// The cross-field rules of a birth record.
pub fn rules(c: &mut Check<'_>) {
    c.require(&[
        "child.fullName",
        "child.sex",
        "child.birthDate",
        "child.birthPlace",
        "child.ethnicity",
        "child.nationality",
        "registration.date",
    ]);
    for parent in [MOTHER, FATHER] {
        if c.group_present(parent.group) {
            c.require(&[parent.full_name, parent.birth_date]);
        }
    }
    for p in PEOPLE {
        c.id_matches_person(p);
    }
    c.ids_distinct(&PEOPLE, declarant_is);
    child_id_matches_registration_province(c);
    c.not_before("registration.date", "child.birthDate");
    words_match_date(c);
    ethnicity_follows_parents(c);
    for (parent, youngest, oldest) in PARENT_AGES {
        parent_age(c, parent, youngest, oldest);
    }
    registration::check_late(c, "child.birthDate", registration::birth_deadline);
    registration::check_book_year(c);
}

/// `ethnicity.parents`: the child's group is the father's or the mother's
/// (Bộ luật Dân sự 2015 Art. 29), among the parents whose group is known.
fn ethnicity_follows_parents(c: &mut Check<'_>) {
    const CHILD: &str = "child.ethnicity";
    let Some(child) = c.ethnicity(CHILD) else { return };
    let parents: Vec<_> =
        ["mother.ethnicity", "father.ethnicity"].into_iter().filter_map(|p| c.ethnicity(p).map(|e| (p, e))).collect();
    if parents.is_empty() || parents.iter().any(|(_, e)| *e == child) {
        return;
    }
    let names: Vec<&str> = parents.iter().map(|(_, e)| e.name()).collect();
    let related: Vec<&str> = parents.iter().map(|(p, _)| *p).collect();
    let msg = messages::ethnicity_parents(child.name(), &names, c.options.locale);
    c.emit(Code::EthnicityParents, CHILD, msg, &related);
}

/// `date.words_mismatch`: the date of birth in words says the same date as
/// the figures, part by part (a part only one of them gives is not compared).
fn words_match_date(c: &mut Check<'_>) {
    const WORDS: &str = "child.birthDateInWords";
    let (Some(words), Some(date)) = (c.words(WORDS), c.date("child.birthDate")) else { return };
    let differs = |a: Option<u32>, b: Option<u32>| matches!((a, b), (Some(x), Some(y)) if x != y);
    if words.year != date.year() || differs(words.month, date.month()) || differs(words.day, date.day()) {
        let msg = messages::words_mismatch(WORDS, words, "child.birthDate", date, c.options.locale);
        c.emit(Code::DateWordsMismatch, WORDS, msg, &["child.birthDate"]);
    }
}

/// `date.order` when a parent is certainly born after the child, otherwise
/// `parent.age` when their age at the birth is certainly outside
/// `youngest..=oldest`.
fn parent_age(c: &mut Check<'_>, parent: Person, youngest: i32, oldest: i32) {
    let path = parent.birth_date;
    let (Some(born), Some(child)) = (c.date(path), c.date("child.birthDate")) else { return };
    let locale = c.options.locale;
    if born.certainly_cmp(child) == Some(Ordering::Greater) {
        let msg = messages::parent_born_after_child(path, born, child, locale);
        c.emit(Code::DateOrder, path, msg, &["child.birthDate"]);
        return;
    }
    let max_age = born.earliest().full_years_until(child.latest());
    let min_age = born.latest().full_years_until(child.earliest());
    if max_age < youngest {
        let msg = messages::parent_age(parent.group, max_age, true, youngest, locale);
        c.emit(Code::ParentAge, path, msg, &["child.birthDate"]);
    } else if min_age > oldest {
        let msg = messages::parent_age(parent.group, min_age, false, oldest, locale);
        c.emit(Code::ParentAge, path, msg, &["child.birthDate"]);
    }
}

/// `id.place_mismatch`: the child's ID opens with the code of the province
/// where the birth was registered, as the codes stood on the registration
/// date. Personal IDs are given at birth registration only since
/// 2016-01-01 (Luật Hộ tịch 2014 Art. 14(1)(c)); older registrations got
/// theirs later, so they are not checked. A partial registration date that
/// spans 1 July 2025 accepts the codes of both periods.
fn child_id_matches_registration_province(c: &mut Check<'_>) {
    const PATH: &str = "child.personalId";
    let (Some(id), Some(registered), Some(province)) = (
        c.id(PATH),
        c.date("registration.date"),
        c.place_codes("registration.place").and_then(|p| p.province.as_deref()),
    ) else {
        return;
    };
    let (Some(since_ids), Some(reform)) = (
        Date::new(2016, 1, 1),
        Date::new(provinces::REFORM_2025.0, provinces::REFORM_2025.1, provinces::REFORM_2025.2),
    ) else {
        return;
    };
    if registered.latest() < since_ids {
        return;
    }
    let Ok(code) = province.parse::<u16>() else { return };
    let mut expected: Vec<u16> = Vec::new();
    if registered.earliest() < reform {
        expected.extend(provinces::id_codes_for_registration(code, false).unwrap_or(&[]));
    }
    if registered.latest() >= reform {
        expected.extend(provinces::id_codes_for_registration(code, true).unwrap_or(&[]));
    }
    // An unknown province code is for the place rules to report.
    if expected.is_empty() || expected.contains(&id.place_code()) {
        return;
    }
    let id_code = id.place_code_str().to_owned();
    let province = province.to_owned();
    let listed: Vec<String> = expected.iter().map(|c| format!("{c:03}")).collect();
    let msg = messages::id_place_mismatch(PATH, &id_code, &province, &listed, c.options.locale);
    c.emit(Code::IdPlaceMismatch, PATH, msg, &["registration.place.provinceCode", "registration.date"]);
}

/// True when the declarant and `other` are one person: the declarant's
/// relationship names the other's role, or the two names are the same.
fn declarant_is(c: &Check<'_>, a: &Person, b: &Person) -> bool {
    let (declarant, other) = match (a.group, b.group) {
        ("declarant", _) => (a, b),
        (_, "declarant") => (b, a),
        _ => return false,
    };
    static FATHER_WORDS: OnceLock<Vec<String>> = OnceLock::new();
    static MOTHER_WORDS: OnceLock<Vec<String>> = OnceLock::new();
    let keys = |words: &[&str]| words.iter().map(|w| text::name_key(w)).collect::<Vec<_>>();
    let role_keys: &[String] = match other.group {
        "father" => FATHER_WORDS.get_or_init(|| keys(&["cha", "bố", "ba", "tía", "father", "cha đẻ", "bố đẻ"])),
        "mother" => MOTHER_WORDS.get_or_init(|| keys(&["mẹ", "má", "mạ", "u", "bầm", "mother", "mẹ đẻ"])),
        _ => &[],
    };
    if let Some(relationship) = c.text("declarant.relationship") {
        if role_keys.contains(&text::name_key(relationship)) {
            return true;
        }
    }
    let name = |p: &Person| c.text(p.full_name).map(text::name_key);
    matches!((name(declarant), name(other)), (Some(x), Some(y)) if x == y)
}
