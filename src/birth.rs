//! Birth registration (đăng ký khai sinh).
//!
//! Fields: Luật Hộ tịch 2014 Art. 14(1); the record shape is the project's
//! contract. Rules here: personal IDs of everyone named (`id.*`), and the
//! order of the dates (`date.order`).

use crate::check::{person_fields, Check, Field, FieldType, Person, REGISTRATION_FIELDS};
use crate::messages;
use crate::rules::Code;
use crate::Sex;

const CHILD: [Field; 10] = {
    let p = person_fields!("child");
    [
        p[0],
        p[1],
        p[2],
        p[3],
        p[4],
        p[5],
        p[6],
        p[7],
        p[8],
        ("child.birthDateInWords", FieldType::Text),
    ]
};
const MOTHER: [Field; 9] = person_fields!("mother");
const FATHER: [Field; 9] = person_fields!("father");
const DECLARANT: [Field; 4] = [
    ("declarant.fullName", FieldType::Text),
    ("declarant.relationship", FieldType::Text),
    ("declarant.personalId", FieldType::PersonalId),
    ("declarant.residence", FieldType::Text),
];

/// Every field of a birth record.
pub const FIELDS: &[&[Field]] = &[&CHILD, &MOTHER, &FATHER, &DECLARANT, &REGISTRATION_FIELDS];

const PEOPLE: [Person; 4] = [
    Person {
        group: "child",
        implied_sex: None,
    },
    Person {
        group: "mother",
        implied_sex: Some(Sex::Female),
    },
    Person {
        group: "father",
        implied_sex: Some(Sex::Male),
    },
    Person {
        group: "declarant",
        implied_sex: None,
    },
];

/// The cross-field rules of a birth record.
pub fn rules(c: &mut Check<'_>) {
    for p in PEOPLE {
        c.id_matches_person(p);
    }
    c.ids_distinct(&PEOPLE, declarant_is);
    c.not_before("registration.date", "child.birthDate");
    for parent in ["mother", "father"] {
        parent_born_before_child(c, parent);
    }
}

/// `date.order`: a parent is born before the child.
fn parent_born_before_child(c: &mut Check<'_>, parent: &str) {
    let path = format!("{parent}.birthDate");
    let (Some(born), Some(child)) = (c.date(&path), c.date("child.birthDate")) else {
        return;
    };
    if born.certainly_cmp(child) == Some(std::cmp::Ordering::Greater) {
        let msg = messages::parent_born_after_child(&path, born, child, c.options.locale);
        c.emit(Code::DateOrder, &path, msg, &["child.birthDate"]);
    }
}

/// True when the declarant and `other` are one person: the declarant's
/// relationship names the other's role, or the two names are the same.
fn declarant_is(c: &Check<'_>, a: &str, b: &str) -> bool {
    let other = match (a, b) {
        ("declarant", o) | (o, "declarant") => o,
        _ => return false,
    };
    let relationship = c.text("declarant.relationship").map(|r| r.to_lowercase());
    let role_words: &[&str] = match other {
        "father" => &["cha", "bố", "ba", "tía", "father", "cha đẻ", "bố đẻ"],
        "mother" => &["mẹ", "má", "mạ", "u", "bầm", "mother", "mẹ đẻ"],
        _ => &[],
    };
    if relationship
        .as_deref()
        .is_some_and(|r| role_words.contains(&r))
    {
        return true;
    }
    let name = |g: &str| c.text(&format!("{g}.fullName")).map(str::to_lowercase);
    matches!((name("declarant"), name(other)), (Some(x), Some(y)) if x == y)
}
