//! Rules of the `registration` group common to every kind: the deadline of
//! the law in force on the registration date (`registration.late`) and the
//! year of the register book (`registration.book_year`).

use crate::check::{Check, RegistrationType};
use crate::date::Date;
use crate::messages;
use crate::rules::Code;

/// A registration deadline and the text that sets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadline {
    /// Days after the event; the day of the event is day 0, so a
    /// registration exactly `days` days later is on time.
    pub days: i64,
    /// The law and article, for messages.
    pub law: &'static str,
}

fn date(y: i32, m: u32, d: u32) -> Option<Date> {
    Date::new(y, m, d)
}

/// The birth-registration deadline in force on `on`, if one is known:
/// - from 2016-01-01, Luật Hộ tịch 2014 Art. 15(1): 60 days;
/// - 2006-04-01 to 2015-12-31, Nghị định 158/2005/NĐ-CP Art. 14: 60 days;
/// - 1998-10-25 to 2006-03-31, Nghị định 83/1998/NĐ-CP: 60 days assumed
///   (the text was not available to confirm it; the rule only warns);
/// - earlier: no deadline is applied.
pub fn birth_deadline(on: Date) -> Option<Deadline> {
    if Some(on) >= date(2016, 1, 1) {
        Some(Deadline { days: 60, law: "Luật Hộ tịch 2014 Điều 15" })
    } else if Some(on) >= date(2006, 4, 1) {
        Some(Deadline { days: 60, law: "Nghị định 158/2005/NĐ-CP Điều 14" })
    } else if Some(on) >= date(1998, 10, 25) {
        Some(Deadline { days: 60, law: "Nghị định 83/1998/NĐ-CP" })
    } else {
        None
    }
}

/// `registration.late`: registered past the deadline in force on the
/// registration date, after the event at `event`, while the type does not
/// say late or re-registration. Partial dates count only when certain: the
/// gap is measured from the latest day the event can mean to the earliest
/// day of the registration.
pub fn check_late(c: &mut Check<'_>, event: &str, deadline: fn(Date) -> Option<Deadline>) {
    if matches!(c.registration_type(), Some(RegistrationType::Late | RegistrationType::ReRegistration))
        || (c.present("registration.type") && c.registration_type().is_none())
    {
        return;
    }
    let (Some(registered), Some(happened)) = (c.date("registration.date"), c.date(event)) else { return };
    let Some(deadline) = deadline(registered.earliest()) else { return };
    let days = happened.latest().days_until(registered.earliest());
    if days > deadline.days {
        let msg = messages::registration_late(days, deadline.days, event, deadline.law, c.options.locale);
        c.emit(Code::RegistrationLate, "registration.date", msg, &[event, "registration.type"]);
    }
}

/// `registration.book_year`: a four-digit year in the book number must be the
/// registration year.
pub fn check_book_year(c: &mut Check<'_>) {
    let (Some(book), Some(registered)) = (c.text("registration.book"), c.date("registration.date")) else { return };
    let years: Vec<i32> = book
        .split(|ch: char| !ch.is_ascii_digit())
        .filter(|run| run.len() == 4)
        .filter_map(|run| run.parse::<i32>().ok())
        .filter(|y| (1900..=2100).contains(y))
        .collect();
    if let Some(&first) = years.first() {
        if !years.contains(&registered.year()) {
            let msg = messages::registration_book_year(book, first, registered.year(), c.options.locale);
            c.emit(Code::RegistrationBookYear, "registration.book", msg, &["registration.date"]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_by_era() {
        let d = |y, m, day| Date::new(y, m, day).unwrap();
        assert_eq!(birth_deadline(d(2016, 1, 1)).unwrap().law, "Luật Hộ tịch 2014 Điều 15");
        assert_eq!(birth_deadline(d(2015, 12, 31)).unwrap().law, "Nghị định 158/2005/NĐ-CP Điều 14");
        assert_eq!(birth_deadline(d(2006, 4, 1)).unwrap().law, "Nghị định 158/2005/NĐ-CP Điều 14");
        assert_eq!(birth_deadline(d(2006, 3, 31)).unwrap().law, "Nghị định 83/1998/NĐ-CP");
        assert_eq!(birth_deadline(d(1998, 10, 24)), None);
    }
}
