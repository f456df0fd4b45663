//! Marriage registration (đăng ký kết hôn), judged by the law in force on
//! the registration date.
//!
//! What a marriage entry holds: Luật Hộ tịch 2014 Art. 17(2). The rules:
//! - `required`: each spouse's full name, date of birth and sex; the
//!   registration date.
//! - `marriage.age`, by the law in force on the registration date (the
//!   latest day a partial registration date can mean); the spouse's age is
//!   counted from the date of birth, a partial one read as TTLT
//!   01/2016/TTLT-TANDTC-VKSNDTC-BTP Art. 2 says (only the year known:
//!   1 January; the day unknown: the 1st):
//!
//!   | registered | law | rule |
//!   |---|---|---|
//!   | from 2015-01-01 | Luật HNGĐ 2014 Art. 8(1)(a): "từ đủ 20 / đủ 18 tuổi" | error under full 20 (man) / 18 (woman) |
//!   | 2001-01-01 – 2014-12-31 | Luật HNGĐ 2000 Art. 9: "từ hai mươi / mười tám tuổi trở lên" | the reading "entering the 20th/18th year" is contested: warning from full 19 / 17, error below |
//!   | 1987-01-03 – 2000-12-31 | Luật HNGĐ 1986 Art. 5 (same wording, UNCONFIRMED) | as for 2000 |
//!   | 1960-01-13 – 1987-01-02 | Luật HNGĐ 1959 (North from 1960-01-13, South from 1977-03-25; wording UNCONFIRMED) | warning only, under 20 / 18 |
//!   | before 1960-01-13 | no national law applied here | not checked |
//!
//! - `marriage.same_sex`: both spouses of one sex. An error from 2001
//!   (Luật HNGĐ 2000 Art. 10(5) prohibited it; Luật HNGĐ 2014 Art. 8(2): the
//!   State does not recognise it); a warning before, where the texts are
//!   UNCONFIRMED.
//! - `marriage.prohibited`: a spouse whose `maritalStatus` says currently
//!   married (Luật HNGĐ 2014 Art. 5(2)(c)).
//! - `date.order` (married before a spouse was born), `id.*` for both
//!   spouses, who must not share one ID.
//!
//! Prohibitions that need outside data — kinship within three generations,
//! direct-line, adoptive and in-law relations (Art. 5(2)(d)), sham or forced
//! marriages — are not guessed from names: the record does not hold that
//! data. They belong in this module as further rules once a caller can pass
//! the facts (for example a `kinship` field from the population database).

use crate::check::{person, person_fields, Check, Field, FieldType, Person, REGISTRATION_FIELDS};
use crate::date::Date;
use crate::report::Severity;
use crate::rules::Code;
use crate::{messages, Sex};

const HUSBAND: [Field; 10] = {
    let p = person_fields!("husband");
    [p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], ("husband.maritalStatus", FieldType::MaritalStatus)]
};
const WIFE: [Field; 10] = {
    let p = person_fields!("wife");
    [p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], ("wife.maritalStatus", FieldType::MaritalStatus)]
};

/// Every field of a marriage record.
pub const FIELDS: &[&[Field]] = &[&HUSBAND, &WIFE, &REGISTRATION_FIELDS];

const SPOUSES: [Person; 2] = [person!("husband", None), person!("wife", None)];

/// How a marriage-age law is applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    /// "từ đủ": full years; under them is an error.
    Full,
    /// "từ … tuổi trở lên", read by some as "entering that year": a year
    /// under is a warning, more an error.
    Contested,
    /// The wording is not confirmed: under is a warning only.
    Unconfirmed,
}

struct AgeLaw {
    /// First day in force.
    from: (i32, u32, u32),
    law: &'static str,
    man: i32,
    woman: i32,
    reading: Reading,
}

/// Newest first.
const AGE_LAWS: [AgeLaw; 4] = [
    AgeLaw {
        from: (2015, 1, 1),
        law: "Luật Hôn nhân và gia đình 2014 Điều 8 khoản 1 điểm a",
        man: 20,
        woman: 18,
        reading: Reading::Full,
    },
    AgeLaw {
        from: (2001, 1, 1),
        law: "Luật Hôn nhân và gia đình 2000 Điều 9",
        man: 20,
        woman: 18,
        reading: Reading::Contested,
    },
    AgeLaw {
        from: (1987, 1, 3),
        law: "Luật Hôn nhân và gia đình 1986 Điều 5",
        man: 20,
        woman: 18,
        reading: Reading::Contested,
    },
    AgeLaw {
        from: (1960, 1, 13),
        law: "Luật Hôn nhân và gia đình 1959",
        man: 20,
        woman: 18,
        reading: Reading::Unconfirmed,
    },
];

fn law_on(day: Date) -> Option<&'static AgeLaw> {
    AGE_LAWS.iter().find(|l| Date::new(l.from.0, l.from.1, l.from.2).is_some_and(|from| day >= from))
}

/// The cross-field rules of a marriage record.
pub fn rules(c: &mut Check<'_>) {
    c.require(&[
        "husband.fullName",
        "husband.birthDate",
        "husband.sex",
        "wife.fullName",
        "wife.birthDate",
        "wife.sex",
        "registration.date",
    ]);
    for p in SPOUSES {
        c.id_matches_person(p);
    }
    c.ids_distinct(&SPOUSES, |_, _, _| false);
    for spouse in SPOUSES {
        c.not_before("registration.date", spouse.birth_date);
        marriage_age(c, spouse);
        not_married(c, spouse.group);
    }
    same_sex(c);
    crate::registration::check_book_year(c);
}

/// `marriage.age` for one spouse.
fn marriage_age(c: &mut Check<'_>, spouse: Person) {
    let date_path = spouse.birth_date;
    let (Some(born), Some(registered), Some(sex)) = (c.date(date_path), c.date("registration.date"), c.sex(spouse.sex))
    else {
        return;
    };
    let on = registered.latest();
    let Some(law) = law_on(on) else { return };
    // Not yet born is date.order's to report.
    if born.earliest() > on {
        return;
    }
    let age = born.earliest().full_years_until(on);
    let minimum = match sex {
        Sex::Male => law.man,
        Sex::Female => law.woman,
    };
    let severity = match law.reading {
        _ if age >= minimum => return,
        Reading::Full => Severity::Error,
        Reading::Contested if age >= minimum.saturating_sub(1) => Severity::Warning,
        Reading::Contested => Severity::Error,
        Reading::Unconfirmed => Severity::Warning,
    };
    let msg = messages::marriage_age(spouse.group, age, minimum, sex, law.law, severity, c.options.locale);
    c.emit_with(Code::MarriageAge, severity, date_path, msg, &["registration.date", spouse.sex]);
}

/// `marriage.prohibited`: a spouse who is married already.
fn not_married(c: &mut Check<'_>, spouse: &str) {
    let path = format!("{spouse}.maritalStatus");
    if c.marital_status(&path).is_some_and(|s| s.is_married()) {
        let msg = messages::marriage_prohibited_married(spouse, c.options.locale);
        c.emit(Code::MarriageProhibited, &path, msg, &[]);
    }
}

/// `marriage.same_sex`.
fn same_sex(c: &mut Check<'_>) {
    let (Some(h), Some(w)) = (c.sex("husband.sex"), c.sex("wife.sex")) else { return };
    if h != w {
        return;
    }
    let before_2001 = match (c.date("registration.date"), Date::new(2001, 1, 1)) {
        (Some(d), Some(law_2000)) => d.latest() < law_2000,
        _ => false,
    };
    let severity = if before_2001 { Severity::Warning } else { Severity::Error };
    let msg = messages::marriage_same_sex(h, c.options.locale);
    c.emit_with(Code::MarriageSameSex, severity, "wife.sex", msg, &["husband.sex"]);
}
