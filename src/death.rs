//! Death registration (đăng ký khai tử).
//!
//! What a death entry holds: Nghị định 123/2015/NĐ-CP Art. 4(2) as amended.
//! The rules:
//! - `required`: the deceased's full name, date and place of death; the
//!   registration date.
//! - `date.order`: died before born; registered before the death; a death
//!   notice dated before the death. A child who died within 24 hours of birth
//!   has the same date of birth and death (Bộ luật Dân sự 2015 Art. 30): that
//!   is not out of order.
//! - `death.time`: `HH:MM`, 24-hour.
//! - `registration.late`: past the deadline of the law in force on the
//!   registration date, unless the type says late or re-registration:
//!   15 days from 2016-01-01 (Luật Hộ tịch 2014 Art. 33); 15 days under
//!   Nghị định 158/2005/NĐ-CP (2006-04-01 – 2015-12-31); under Nghị định
//!   83/1998/NĐ-CP Art. 28 (1998-10-25 – 2006-03-31) 48 hours in towns and
//!   15 days elsewhere — the record does not say which, so only past 15
//!   days is flagged; earlier registrations are not checked.
//! - `id.*` for the deceased and the declarant, who are different people.

use crate::check::{person, person_fields, Check, Field, FieldType, Person, REGISTRATION_FIELDS};
use crate::date::Date;
use crate::registration::{self, Deadline};

const DECEASED: [Field; 9] = person_fields!("deceased");
const DEATH: [Field; 4] = [
    ("death.date", FieldType::Date),
    ("death.time", FieldType::Time),
    ("death.place", FieldType::Place),
    ("death.cause", FieldType::Text),
];
const NOTICE: [Field; 4] = [
    ("deathNotice.kind", FieldType::Text),
    ("deathNotice.number", FieldType::Text),
    ("deathNotice.date", FieldType::Date),
    ("deathNotice.issuer", FieldType::Text),
];
const DECLARANT: [Field; 4] = [
    ("declarant.fullName", FieldType::Name),
    ("declarant.relationship", FieldType::Text),
    ("declarant.personalId", FieldType::PersonalId),
    ("declarant.residence", FieldType::Place),
];

/// Every field of a death record.
pub const FIELDS: &[&[Field]] = &[&DECEASED, &DEATH, &NOTICE, &DECLARANT, &REGISTRATION_FIELDS];

const PEOPLE: [Person; 2] = [person!("deceased", None), person!("declarant", None)];

/// The death-registration deadline in force on `on`; see the module docs.
pub fn deadline(on: Date) -> Option<Deadline> {
    if Some(on) >= Date::new(2016, 1, 1) {
        Some(Deadline { days: 15, law: "Luật Hộ tịch 2014 Điều 33" })
    } else if Some(on) >= Date::new(2006, 4, 1) {
        Some(Deadline { days: 15, law: "Nghị định 158/2005/NĐ-CP" })
    } else if Some(on) >= Date::new(1998, 10, 25) {
        Some(Deadline { days: 15, law: "Nghị định 83/1998/NĐ-CP Điều 28" })
    } else {
        None
    }
}

/// The cross-field rules of a death record.
pub fn rules(c: &mut Check<'_>) {
    c.require(&["deceased.fullName", "death.date", "death.place", "registration.date"]);
    for p in PEOPLE {
        c.id_matches_person(p);
    }
    c.ids_distinct(&PEOPLE, |_, _, _| false);
    c.not_before("death.date", "deceased.birthDate");
    c.not_before("registration.date", "death.date");
    c.not_before("deathNotice.date", "death.date");
    registration::check_late(c, "death.date", deadline);
    registration::check_book_year(c);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_by_era() {
        let d = |y, m, day| Date::new(y, m, day).unwrap();
        assert_eq!(deadline(d(2016, 1, 1)).unwrap().law, "Luật Hộ tịch 2014 Điều 33");
        assert_eq!(deadline(d(2015, 12, 31)).unwrap().law, "Nghị định 158/2005/NĐ-CP");
        assert_eq!(deadline(d(2000, 1, 1)).unwrap().days, 15);
        assert_eq!(deadline(d(1998, 10, 24)), None);
    }
}
