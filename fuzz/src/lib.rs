//! What the fuzz targets share: how an input's first byte chooses the
//! options, and the units pack.
//!
//! Targets that validate records (`validate`, `validate_field`, `compare`,
//! `batch`) read their first byte as flags, the rest as the data:
//!
//! | bits | meaning |
//! | --- | --- |
//! | 0 | locale `en` (else `vi`) |
//! | 1 | without the units pack (else `data/units.bin` is loaded) |
//! | 2 | `ethnicityCodes` 1979 (else 2008) |
//! | 3 | today is 2000-06-15 (older law in force; else 2026-01-01) |
//! | 4–5 | kind: 0 birth, 1 marriage, 2 death, 3 birth (targets of one kind) |
//! | 6–7 | the target's own (batch: 0 detect, 1 CSV, 2 NDJSON, 3 detect) |
//!
//! `scripts/fuzz-seeds.mjs` writes the seed corpora in these shapes.

use std::sync::{Arc, OnceLock};

use hotich::units::UnitPack;
use hotich::{CodeList, Date, Kind, Locale, Options};

/// The administrative-units pack of the repository, read once.
pub fn units() -> Arc<UnitPack> {
    static PACK: OnceLock<Arc<UnitPack>> = OnceLock::new();
    PACK.get_or_init(|| {
        Arc::new(UnitPack::from_bytes(include_bytes!("../../data/units.bin")).expect("data/units.bin reads"))
    })
    .clone()
}

/// The options that `flags` choose.
pub fn options(flags: u8) -> Options {
    let today = if flags & 8 != 0 { Date::new(2000, 6, 15) } else { Date::new(2026, 1, 1) };
    let mut options = Options::new(today.expect("a calendar date"));
    if flags & 1 != 0 {
        options.locale = Locale::En;
    }
    if flags & 4 != 0 {
        options.ethnicity_codes = CodeList::Qd121Of1979;
    }
    if flags & 2 == 0 {
        options.units = Some(units());
    }
    options
}

/// The kind that `flags` choose.
pub fn kind(flags: u8) -> Kind {
    match (flags >> 4) & 3 {
        1 => Kind::Marriage,
        2 => Kind::Death,
        _ => Kind::Birth,
    }
}

/// Splits the first byte (the flags) from the data.
pub fn split(data: &[u8]) -> (u8, &[u8]) {
    match data.split_first() {
        Some((&flags, rest)) => (flags, rest),
        None => (0, &[]),
    }
}

/// Checks that `text` is JSON our reader takes (every writer's output must be).
pub fn assert_json(text: &str, what: &str) {
    if let Err(e) = hotich::json::parse(text) {
        panic!("{what} wrote JSON that does not parse back ({e}): {text:.400}");
    }
}
