//! Places as administrative-unit codes, judged on the relevant date.
//!
//! A place may be written as text ("Phường Bến Thành, Quận 1") or given as
//! codes: `{provinceCode, districtCode, communeCode, name}` (QĐ 124/2004/QĐ-TTg
//! codes; QĐ 19/2025/QĐ-TTg from 1 July 2025). A code names a unit only
//! together with a date, so each place is judged on the date that matters
//! for it: the registering authority on the registration date, the place of
//! birth on the date of birth, the place of death on the date of death, a
//! residence or home town on the registration date.
//!
//! With the units pack loaded ([`crate::units`], passed in
//! [`crate::Options::units`]):
//! - `place.unknown`: a code that never named a unit in the pack. Before the
//!   pack is complete (it holds the units of 30 June 2025 and after) a code
//!   missing from it may be a unit closed by an earlier merger, so for such
//!   dates this is only a warning;
//! - `place.not_in_force`: a code that named a unit, but not on that date
//!   (province 74 Bình Dương for a 2026 registration; any district after
//!   1 July 2025);
//! - `place.hierarchy`: a commune or district that is not under the given
//!   district or province on that date.
//!
//! Without the pack, a record that gives codes gets one `place.unchecked`
//! warning, never an error.

use crate::check::Check;
use crate::date::{Date, PartialDate};
use crate::messages;
use crate::report::Severity;
use crate::rules::Code;
use crate::units::{Unit, UnitPack};

/// The codes of a place given as an object.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlaceCodes {
    pub province: Option<String>,
    pub district: Option<String>,
    pub commune: Option<String>,
}

impl PlaceCodes {
    pub fn is_empty(&self) -> bool {
        self.province.is_none() && self.district.is_none() && self.commune.is_none()
    }

    /// `(member, code)` for each code given, commune first.
    fn codes(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [("communeCode", &self.commune), ("districtCode", &self.district), ("provinceCode", &self.province)]
            .into_iter()
            .filter_map(|(member, code)| code.as_deref().map(|c| (member, c)))
    }
}

/// The date a place field is judged on.
fn date_path(place: &str) -> &'static str {
    match place {
        "child.birthPlace" => "child.birthDate",
        "mother.birthPlace" => "mother.birthDate",
        "father.birthPlace" => "father.birthDate",
        "husband.birthPlace" => "husband.birthDate",
        "wife.birthPlace" => "wife.birthDate",
        "deceased.birthPlace" => "deceased.birthDate",
        "death.place" => "death.date",
        _ => "registration.date",
    }
}

/// The place rules for every place given as codes.
pub fn rules(c: &mut Check<'_>) {
    let places = c.places();
    if places.is_empty() {
        return;
    }
    let Some(pack) = c.options.units.clone() else {
        if let Some((path, _)) = places.first() {
            let msg = messages::place_unchecked(c.options.locale);
            c.emit(Code::PlaceUnchecked, path, msg, &[]);
        }
        return;
    };
    for (path, codes) in places {
        let on_path = date_path(path);
        let Some(on) = c.date(on_path) else { continue };
        check_place(c, &pack, path, &codes, on, on_path);
    }
}

/// A unit of the place as it stood on some day the date can mean.
fn find<'p>(pack: &'p UnitPack, code: &str, on: PartialDate) -> Option<Unit<'p>> {
    pack.lookup(code, on.latest()).or_else(|| pack.lookup(code, on.earliest()))
}

fn check_place(
    c: &mut Check<'_>,
    pack: &UnitPack,
    path: &str,
    codes: &super::place::PlaceCodes,
    on: PartialDate,
    on_path: &str,
) {
    let locale = c.options.locale;
    let complete = pack.complete_from().is_some_and(|from| on.earliest() >= from);
    let mut found: Vec<(&str, Unit<'_>)> = Vec::new();
    for (member, code) in codes.codes() {
        let code_path = format!("{path}.{member}");
        match find(pack, code, on) {
            Some(unit) => found.push((member, unit)),
            None if pack.ever(code) => {
                let msg = messages::place_not_in_force(&code_path, code, on, successor_hint(pack, code), locale);
                c.emit(Code::PlaceNotInForce, &code_path, msg, &[on_path]);
            }
            None => {
                let severity = if complete { Severity::Error } else { Severity::Warning };
                let msg = messages::place_unknown(&code_path, code, complete, locale);
                c.emit_with(Code::PlaceUnknown, severity, &code_path, msg, &[]);
            }
        }
    }
    // Each unit found must sit under the higher units given.
    for (i, (member, unit)) in found.iter().enumerate() {
        for (upper_member, upper) in found.iter().skip(i.saturating_add(1)) {
            if !unit.parents.contains(&upper.code) {
                let code_path = format!("{path}.{member}");
                let upper_path = format!("{path}.{upper_member}");
                let msg = messages::place_hierarchy(&code_path, &unit.name, &upper.name, on, locale);
                c.emit(Code::PlaceHierarchy, &code_path, msg, &[&upper_path, on_path]);
            }
        }
    }
}

/// "now part of …" for a code that ended, from its last unit's successors.
fn successor_hint(pack: &UnitPack, code: &str) -> Option<String> {
    let last = Date::new(2025, 6, 30)?;
    let unit = pack.lookup(code, last)?;
    let names: Vec<String> = pack.successors(code, last).into_iter().map(|s| s.name).collect();
    (!names.is_empty()).then(|| format!("{} → {}", unit.name, names.join(", ")))
}
