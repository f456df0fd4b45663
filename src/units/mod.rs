//! Administrative units over time: which province, district or commune a
//! code named on a given day.
//!
//! Registrations name places by the codes of QĐ 124/2004/QĐ-TTg: 2 digits
//! for a province, 3 for a district, 5 for a commune. On 1 July 2025 the
//! three-level hierarchy (63 provinces, 696 districts, 10,035 communes) gave
//! way to two levels (34 provinces, 3,321 communes, no districts), and the
//! new list (QĐ 19/2025/QĐ-TTg) reused the old codes: most new commune codes
//! are old commune codes, many now naming another unit, and province codes
//! such as 15, 24, 44, 52, 80, 82 and 91 now name another province. A code
//! identifies a unit only together with a date, so every lookup takes one.
//!
//! The data is not compiled in: the caller hands [`UnitPack::from_bytes`] the
//! bytes of `data/units.bin` (made by `scripts/gen-units.py`; provenance and
//! coverage in `data/README.md`), which checks all of it once. Lookups are
//! binary searches and allocate only their result.
//!
//! ```
//! use hotich::units::UnitPack;
//! use hotich::Date;
//!
//! let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/units.bin")).unwrap();
//! let pack = UnitPack::from_bytes(&bytes).unwrap();
//! let before = pack.lookup("25888", Date::new(2025, 6, 30).unwrap()).unwrap();
//! assert_eq!(before.name, "Phường Uyên Hưng");
//! assert_eq!(before.parents, ["723", "74"]);
//! let after = pack.lookup("25888", Date::new(2025, 7, 1).unwrap()).unwrap();
//! assert_eq!(after.name, "Phường Tân Uyên");
//! assert_eq!(after.parents, ["79"]);
//! assert!(pack.lookup("74", Date::new(2026, 1, 1).unwrap()).is_none());
//! assert!(pack.ever("74"));
//! ```
//!
//! # Pack format, version 1
//!
//! All integers are little-endian. A *delta column* of `n` entries holds
//! `n` unsigned 32-bit values, each written as the difference from the value
//! before it (0 before the first) in zigzag LEB128: the difference `d` is
//! coded as `2d` if `d ≥ 0` and `-2d - 1` if not, in groups of 7 bits, low
//! group first, the high bit of each byte set when another byte follows (at
//! most 5 bytes). Every running value must stay within `0..=u32::MAX`.
//!
//! | Part | Content |
//! |---|---|
//! | header, 36 bytes | magic `HTUP`; `u16` version (1); `u16` flags (0); `i32` *complete-from* day; `u32` description (a string index); `u32` counts: eras *E*, strings *S*, string bytes *B*, units *U*, links *L* |
//! | eras, *E* × 8 bytes | `i32` first day, `i32` last day, as days since 1970-01-01; `i32::MIN` as first day means unknown (or always), `i32::MAX` as last day means still in force |
//! | string lengths, *S* bytes | the byte length of each string |
//! | string bytes, *B* bytes | the strings back to back, UTF-8 (NFC); the lengths add up to *B* |
//! | unit codes | delta column of *U*: the code as a number (`"00004"` is 4) |
//! | unit names | delta column of *U*: the string index of the short name (the name without its type word: `"Uyên Hưng"`) |
//! | unit parents | delta column of *U*: the unit index of the parent plus one; 0 for none |
//! | unit levels, *U* bytes | 0 province, 1 district, 2 commune |
//! | unit kinds, *U* bytes | index into the type words: 0 Tỉnh, 1 Thành phố, 2 Huyện, 3 Quận, 4 Thị xã, 5 Phường, 6 Xã, 7 Thị trấn, 8 Đặc khu |
//! | unit eras, *U* bytes | the era index: the days the unit was in force |
//! | link sources | delta column of *L*: the unit index of the old unit |
//! | link targets | delta column of *L*: the unit index of a unit that took it over |
//! | link flags, *L* bytes | bit 0: the old unit went into this one whole (not split); other bits 0 |
//!
//! Nothing may follow the last part. The *complete-from* day (`i32::MIN`:
//! none) is the first day from which every unit in force is in the pack.
//!
//! [`UnitPack::from_bytes`] rejects a pack unless: units are sorted by level,
//! then code, then first day, and two units with the same level and code are
//! never in force on the same day; a code has the digits of its level; the
//! type word fits the level (a commune is a Phường, Xã, Thị trấn or Đặc
//! khu; a district a Thành phố, Quận, Huyện or Thị xã; a province a Tỉnh or
//! Thành phố); a province has no parent and any other unit has one of a
//! higher level that is in force on every day the unit is; links are sorted
//! by source then target without repeats, and link a unit that ended to a
//! unit that began the next day; names are non-empty strings; eras are
//! dates in [`crate::date::MIN_YEAR`]..=[`crate::date::MAX_YEAR`] with the
//! first day not after the last.

mod read;

use std::fmt;

use crate::date::Date;
use crate::json::write_string;

/// The type words, indexed by the kind byte of the pack, with the levels
/// each may stand at.
const KINDS: [(&str, [bool; 3]); 9] = [
    ("Tỉnh", [true, false, false]),
    ("Thành phố", [true, true, false]),
    ("Huyện", [false, true, false]),
    ("Quận", [false, true, false]),
    ("Thị xã", [false, true, false]),
    ("Phường", [false, false, true]),
    ("Xã", [false, false, true]),
    ("Thị trấn", [false, false, true]),
    ("Đặc khu", [false, false, true]),
];

/// The level of an administrative unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Tỉnh or thành phố trực thuộc trung ương: 2-digit codes.
    Province,
    /// Huyện, quận, thị xã or thành phố thuộc tỉnh: 3-digit codes (none
    /// from 1 July 2025).
    District,
    /// Xã, phường, thị trấn or đặc khu: 5-digit codes.
    Commune,
}

impl Level {
    /// `"province"`, `"district"` or `"commune"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::District => "district",
            Level::Commune => "commune",
        }
    }

    /// How many digits the codes of this level have.
    pub fn digits(self) -> usize {
        match self {
            Level::Province => 2,
            Level::District => 3,
            Level::Commune => 5,
        }
    }

    fn from_byte(byte: u8) -> Option<Level> {
        match byte {
            0 => Some(Level::Province),
            1 => Some(Level::District),
            2 => Some(Level::Commune),
            _ => None,
        }
    }

    fn index(self) -> usize {
        match self {
            Level::Province => 0,
            Level::District => 1,
            Level::Commune => 2,
        }
    }

    /// The number of codes of this level: 10 to the power of its digits.
    fn code_limit(self) -> u32 {
        match self {
            Level::Province => 100,
            Level::District => 1_000,
            Level::Commune => 100_000,
        }
    }
}

/// The level and number of a code written as 2, 3 or 5 ASCII digits.
fn parse_code(code: &str) -> Option<(Level, u32)> {
    let level = match code.len() {
        2 => Level::Province,
        3 => Level::District,
        5 => Level::Commune,
        _ => return None,
    };
    let mut n: u32 = 0;
    for b in code.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add(u32::from(b.wrapping_sub(b'0')))?;
    }
    Some((level, n))
}

/// The code of a level and number, zero-padded: `(Commune, 4)` → `"00004"`.
fn format_code(level: Level, code: u32) -> String {
    format!("{code:0width$}", width = level.digits())
}

/// The days a unit was in force; `None` is an open (or unknown) end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Era {
    from: Option<Date>,
    to: Option<Date>,
}

impl Era {
    fn contains(self, day: Date) -> bool {
        self.from.is_none_or(|f| f <= day) && self.to.is_none_or(|t| day <= t)
    }
}

/// One unit as decoded and checked.
#[derive(Clone, Copy, Debug)]
struct Record {
    level: Level,
    code: u32,
    /// String index of the short name.
    name: u32,
    /// Unit index of the parent.
    parent: Option<u32>,
    /// Index into [`KINDS`].
    kind: u8,
    era: Era,
}

/// One old → new link as decoded and checked.
#[derive(Clone, Copy, Debug)]
struct Link {
    from: u32,
    to: u32,
    whole: bool,
}

/// The administrative units of a pack, checked and ready for lookups.
#[derive(Clone, Debug)]
pub struct UnitPack {
    description: u32,
    complete_from: Option<Date>,
    /// All strings back to back; string `i` ends at `ends[i]`.
    text: String,
    ends: Vec<u32>,
    /// Sorted by level, code and first day.
    units: Vec<Record>,
    /// Sorted by source and target.
    links: Vec<Link>,
}

/// A unit as a code named it on some day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit<'a> {
    /// The code, zero-padded: `"00004"`, `"723"`, `"74"`.
    pub code: String,
    /// The full name with its type word: `"Phường Uyên Hưng"`.
    pub name: String,
    /// The name without its type word: `"Uyên Hưng"`.
    pub short_name: &'a str,
    pub level: Level,
    /// The type word: `"Phường"`, `"Xã"`, `"Thị trấn"`, `"Đặc khu"`,
    /// `"Huyện"`, `"Quận"`, `"Thị xã"`, `"Thành phố"` or `"Tỉnh"`.
    pub kind: &'static str,
    /// The codes of the units above, nearest first: district then province
    /// before the reform, the province alone after it; empty for a province.
    pub parents: Vec<String>,
    /// The first day in force, if known (`None` for the pre-reform units:
    /// the source does not say since when they existed).
    pub valid_from: Option<Date>,
    /// The last day in force; `None` while still in force.
    pub valid_to: Option<Date>,
}

/// A unit that took over (part of) an old one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Successor<'a> {
    /// The code, zero-padded.
    pub code: String,
    /// The full name with its type word.
    pub name: String,
    /// The name without its type word.
    pub short_name: &'a str,
    pub level: Level,
    /// The whole old unit went into this one; `false` when the old unit was
    /// split between several.
    pub whole: bool,
}

impl UnitPack {
    /// Decodes and checks a pack (format in the module documentation). Any
    /// input gives a value or an error, never a panic; memory is reserved
    /// only as far as the input's length allows.
    pub fn from_bytes(bytes: &[u8]) -> Result<UnitPack, PackError> {
        read::pack(bytes)
    }

    /// What made the pack: source, version and generator.
    pub fn description(&self) -> &str {
        self.string(self.description).unwrap_or_default()
    }

    /// The first day from which every unit in force is in the pack: on or
    /// after it, a code that [`UnitPack::lookup`] does not find named
    /// nothing. Before it the pack may lack units closed earlier, and a
    /// unit's name may have changed since (`None`: no such day).
    pub fn complete_from(&self) -> Option<Date> {
        self.complete_from
    }

    /// The unit `code` named on `on`. `code` is 2 (province), 3 (district)
    /// or 5 (commune) ASCII digits; anything else names nothing.
    pub fn lookup(&self, code: &str, on: Date) -> Option<Unit<'_>> {
        self.find(code, on).and_then(|i| self.unit(i))
    }

    /// Whether `code` named a unit on any day the pack covers (to tell a
    /// code that never existed from one not in force on the day asked).
    pub fn ever(&self, code: &str) -> bool {
        parse_code(code).is_some_and(|key| self.records_of(key).next().is_some())
    }

    /// The units that took over the unit `code` named on `on`: for a unit of
    /// the three-level hierarchy, the units in force from 1 July 2025 that
    /// its territory went to (a province's new province; a commune's new
    /// commune, or the several it was split between; a district's new
    /// communes). Empty if `code` named nothing on `on` or the unit it named
    /// did not end. Sorted by level and code.
    pub fn successors(&self, code: &str, on: Date) -> Vec<Successor<'_>> {
        let Some(from) = self.find(code, on) else { return Vec::new() };
        let Ok(from) = u32::try_from(from) else { return Vec::new() };
        let start = self.links.partition_point(|l| l.from < from);
        let links = self.links.get(start..).unwrap_or_default();
        links
            .iter()
            .take_while(|l| l.from == from)
            .filter_map(|l| {
                let r = self.record(l.to)?;
                let short_name = self.string(r.name)?;
                let kind = kind_word(r.kind);
                Some(Successor {
                    code: format_code(r.level, r.code),
                    name: full_name(kind, short_name),
                    short_name,
                    level: r.level,
                    whole: l.whole,
                })
            })
            .collect()
    }

    /// Every unit of the pack, sorted by level, code and first day.
    pub fn units(&self) -> impl Iterator<Item = Unit<'_>> + '_ {
        (0..self.units.len()).filter_map(|i| self.unit(i))
    }

    /// The records with the given level and code, earliest first.
    fn records_of(&self, key: (Level, u32)) -> impl Iterator<Item = (usize, &Record)> + '_ {
        let start = self.units.partition_point(|r| (r.level, r.code) < key);
        self.units.iter().enumerate().skip(start).take_while(move |(_, r)| (r.level, r.code) == key)
    }

    /// The index of the unit `code` named on `on`.
    fn find(&self, code: &str, on: Date) -> Option<usize> {
        let key = parse_code(code)?;
        self.records_of(key).find(|(_, r)| r.era.contains(on)).map(|(i, _)| i)
    }

    fn record(&self, index: u32) -> Option<&Record> {
        self.units.get(usize::try_from(index).ok()?)
    }

    fn string(&self, index: u32) -> Option<&str> {
        let i = usize::try_from(index).ok()?;
        let end = usize::try_from(*self.ends.get(i)?).ok()?;
        let start = match i.checked_sub(1) {
            Some(prev) => usize::try_from(*self.ends.get(prev)?).ok()?,
            None => 0,
        };
        self.text.get(start..end)
    }

    fn unit(&self, index: usize) -> Option<Unit<'_>> {
        let r = self.units.get(index)?;
        let short_name = self.string(r.name)?;
        let kind = kind_word(r.kind);
        let mut parents = Vec::with_capacity(r.level.index());
        let mut up = r.parent;
        // Parents are of a strictly higher level (checked on reading): two
        // steps at most.
        for _ in 0..2 {
            let Some(p) = up else { break };
            let pr = self.record(p)?;
            parents.push(format_code(pr.level, pr.code));
            up = pr.parent;
        }
        Some(Unit {
            code: format_code(r.level, r.code),
            name: full_name(kind, short_name),
            short_name,
            level: r.level,
            kind,
            parents,
            valid_from: r.era.from,
            valid_to: r.era.to,
        })
    }
}

fn kind_word(kind: u8) -> &'static str {
    KINDS.get(usize::from(kind)).map_or("", |(word, _)| word)
}

fn full_name(kind: &str, short_name: &str) -> String {
    let mut name = String::with_capacity(kind.len().saturating_add(short_name.len()).saturating_add(1));
    name.push_str(kind);
    name.push(' ');
    name.push_str(short_name);
    name
}

/// Why bytes are not a unit pack. Offsets and indexes point at the fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    /// The bytes end before the part the header announces.
    Truncated,
    /// The first four bytes are not `HTUP`.
    BadMagic,
    /// A format version this code does not read.
    Version(u16),
    /// Header flags this version does not define.
    Flags(u16),
    /// Bytes left after the last part.
    TrailingBytes(usize),
    /// The complete-from day is not a date in the accepted years.
    CompleteFrom(i32),
    /// Era `n` has a day outside the accepted years or ends before it
    /// begins.
    Era(u32),
    /// The string bytes are not UTF-8, or a length cuts a character.
    Utf8,
    /// The string lengths do not add up to the string bytes.
    StringLengths,
    /// The description is not one of the strings.
    Description(u32),
    /// A number of a delta column, at this byte offset, is longer than five
    /// bytes or leaves `0..=u32::MAX`.
    Number(usize),
    /// Unit `index` (in pack order) is wrong.
    Unit { index: u32, problem: UnitProblem },
    /// Link `index` (in pack order) is wrong.
    Link { index: u32, problem: LinkProblem },
}

/// What is wrong with a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitProblem {
    /// Not a level byte.
    Level(u8),
    /// The code has more digits than its level.
    Code(u32),
    /// Not a kind byte, or a type word that does not fit the level.
    Kind(u8),
    /// No such era.
    Era(u8),
    /// No such string, or an empty one.
    Name(u32),
    /// A province with a parent; another unit without one; or a parent that
    /// is no unit, is not of a higher level, or is not in force on every day
    /// the unit is (the value is the stored parent index plus one).
    Parent(u32),
    /// Not after the unit before it in level, code and days, or in force on
    /// a day that unit is too.
    Order,
}

/// What is wrong with a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// No such unit.
    Unit(u32),
    /// Flags other than bit 0.
    Flags(u8),
    /// The old unit has no last day, or the new one does not begin the day
    /// after it.
    NotNext,
    /// Not after the link before it in source and target.
    Order,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::Truncated => write!(f, "unit pack: the data ends too early"),
            PackError::BadMagic => write!(f, "not a unit pack: it does not begin with HTUP"),
            PackError::Version(v) => write!(f, "unit pack format {v}: this code reads format 1"),
            PackError::Flags(v) => write!(f, "unit pack: unknown header flags {v:#06x}"),
            PackError::TrailingBytes(n) => write!(f, "unit pack: {n} bytes after the end"),
            PackError::CompleteFrom(d) => write!(f, "unit pack: complete-from day {d} is not a date"),
            PackError::Era(i) => write!(f, "unit pack: era {i} is not a span of dates"),
            PackError::Utf8 => write!(f, "unit pack: the strings are not UTF-8"),
            PackError::StringLengths => write!(f, "unit pack: the string lengths do not add up"),
            PackError::Description(i) => write!(f, "unit pack: description string {i} does not exist"),
            PackError::Number(at) => write!(f, "unit pack: bad number at byte {at}"),
            PackError::Unit { index, problem } => write!(f, "unit pack: unit {index}: {problem}"),
            PackError::Link { index, problem } => write!(f, "unit pack: link {index}: {problem}"),
        }
    }
}

impl fmt::Display for UnitProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnitProblem::Level(b) => write!(f, "level byte {b} is not 0, 1 or 2"),
            UnitProblem::Code(c) => write!(f, "code {c} has too many digits for its level"),
            UnitProblem::Kind(b) => write!(f, "kind byte {b} does not fit the level"),
            UnitProblem::Era(b) => write!(f, "era {b} does not exist"),
            UnitProblem::Name(i) => write!(f, "name string {i} does not exist or is empty"),
            UnitProblem::Parent(p) => write!(f, "parent {p} is missing or wrong"),
            UnitProblem::Order => write!(f, "out of order or overlapping the unit before it"),
        }
    }
}

impl fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkProblem::Unit(u) => write!(f, "unit {u} does not exist"),
            LinkProblem::Flags(b) => write!(f, "unknown flags {b:#04x}"),
            LinkProblem::NotNext => write!(f, "the new unit does not begin the day after the old one ends"),
            LinkProblem::Order => write!(f, "out of order or repeated"),
        }
    }
}

impl std::error::Error for PackError {}

impl Unit<'_> {
    /// `{"code", "name", "type", "level", "parents", "validFrom", "validTo"}`
    /// as JSON text; absent dates are `null`.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\"code\":");
        write_string(&self.code, &mut out);
        out.push_str(",\"name\":");
        write_string(&self.name, &mut out);
        out.push_str(",\"type\":");
        write_string(self.kind, &mut out);
        out.push_str(",\"level\":");
        write_string(self.level.as_str(), &mut out);
        out.push_str(",\"parents\":[");
        for (i, p) in self.parents.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_string(p, &mut out);
        }
        out.push_str("],\"validFrom\":");
        write_date(self.valid_from, &mut out);
        out.push_str(",\"validTo\":");
        write_date(self.valid_to, &mut out);
        out.push('}');
        out
    }
}

/// `[{"code", "name", "level", "whole"}]` as JSON text.
pub fn successors_json(successors: &[Successor<'_>]) -> String {
    let mut out = String::from("[");
    for (i, s) in successors.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"code\":");
        write_string(&s.code, &mut out);
        out.push_str(",\"name\":");
        write_string(&s.name, &mut out);
        out.push_str(",\"level\":");
        write_string(s.level.as_str(), &mut out);
        out.push_str(if s.whole { ",\"whole\":true}" } else { ",\"whole\":false}" });
    }
    out.push(']');
    out
}

fn write_date(date: Option<Date>, out: &mut String) {
    match date {
        Some(d) => write_string(&d.to_string(), out),
        None => out.push_str("null"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert_eq!(parse_code("00004"), Some((Level::Commune, 4)));
        assert_eq!(parse_code("723"), Some((Level::District, 723)));
        assert_eq!(parse_code("74"), Some((Level::Province, 74)));
        for bad in ["", "7", "0004", "000004", "7a", " 74", "７４", "+74"] {
            assert_eq!(parse_code(bad), None, "{bad:?}");
        }
        assert_eq!(format_code(Level::Commune, 4), "00004");
        assert_eq!(format_code(Level::Province, 1), "01");
    }

    #[test]
    fn kinds_fit_levels() {
        assert_eq!(kind_word(5), "Phường");
        assert_eq!(kind_word(200), "");
        assert!(KINDS.iter().all(|(_, levels)| levels.iter().any(|&l| l)));
        assert_eq!(Level::from_byte(2).map(Level::index), Some(2));
        assert_eq!(Level::from_byte(3), None);
    }
}
