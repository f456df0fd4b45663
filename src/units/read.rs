//! Decoding and checking a unit pack (the format is in the documentation of
//! the parent module). Every read is bounds-checked and every count is
//! weighed against the bytes left before memory is reserved for it, so no
//! input panics or asks for more memory than its own size suggests.

use super::{Era, Level, Link, LinkProblem, PackError, Record, UnitPack, UnitProblem, KINDS};
use crate::date::Date;

const MAGIC: &[u8; 4] = b"HTUP";
const VERSION: u16 = 1;
/// An era's first day that means "unknown" (or "always").
const NO_FROM: i32 = i32::MIN;
/// An era's last day that means "still in force".
const NO_TO: i32 = i32::MAX;
/// The fewest bytes a unit takes: three delta numbers and three bytes.
const MIN_UNIT_BYTES: usize = 6;
/// The fewest bytes a link takes: two delta numbers and a byte.
const MIN_LINK_BYTES: usize = 3;

pub(super) fn pack(bytes: &[u8]) -> Result<UnitPack, PackError> {
    if !bytes.starts_with(MAGIC) {
        return Err(if MAGIC.starts_with(bytes) { PackError::Truncated } else { PackError::BadMagic });
    }
    let mut r = Reader { bytes, pos: MAGIC.len() };
    let version = r.u16()?;
    if version != VERSION {
        return Err(PackError::Version(version));
    }
    let flags = r.u16()?;
    if flags != 0 {
        return Err(PackError::Flags(flags));
    }
    let complete_from = match r.i32()? {
        NO_FROM => None,
        d => Some(day(d).ok_or(PackError::CompleteFrom(d))?),
    };
    let description = r.u32()?;
    let era_count = r.count()?;
    let string_count = r.count()?;
    let string_bytes = r.count()?;
    let unit_count = r.count()?;
    let link_count = r.count()?;

    let eras = eras(&mut r, era_count)?;
    let (text, ends) = strings(&mut r, string_count, string_bytes)?;
    if usize::try_from(description).map_or(true, |d| d >= ends.len()) {
        return Err(PackError::Description(description));
    }
    let units = units(&mut r, unit_count, &eras, &ends)?;
    let links = links(&mut r, link_count, &units)?;
    if r.remaining() > 0 {
        return Err(PackError::TrailingBytes(r.remaining()));
    }
    Ok(UnitPack { description, complete_from, text, ends, units, links })
}

/// The date `d` days after 1970-01-01, if in the accepted years.
fn day(d: i32) -> Option<Date> {
    Date::from_days_since_epoch(i64::from(d))
}

fn eras(r: &mut Reader<'_>, count: usize) -> Result<Vec<Era>, PackError> {
    if count > r.remaining() / 8 {
        return Err(PackError::Truncated);
    }
    let mut eras = Vec::with_capacity(count);
    for index in (0u32..).take(count) {
        let bad = PackError::Era(index);
        let (from, to) = (r.i32()?, r.i32()?);
        let from = if from == NO_FROM { None } else { Some(day(from).ok_or(bad.clone())?) };
        let to = if to == NO_TO { None } else { Some(day(to).ok_or(bad.clone())?) };
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                return Err(bad);
            }
        }
        eras.push(Era { from, to });
    }
    Ok(eras)
}

/// The string bytes as one `String` and the end offset of each string.
fn strings(r: &mut Reader<'_>, count: usize, byte_count: usize) -> Result<(String, Vec<u32>), PackError> {
    let lengths = r.take(count)?;
    let blob = r.take(byte_count)?;
    let text = std::str::from_utf8(blob).map_err(|_| PackError::Utf8)?;
    let mut ends = Vec::with_capacity(count);
    let mut end: usize = 0;
    for &len in lengths {
        end = end.checked_add(usize::from(len)).ok_or(PackError::StringLengths)?;
        if end > text.len() {
            return Err(PackError::StringLengths);
        }
        if !text.is_char_boundary(end) {
            return Err(PackError::Utf8);
        }
        ends.push(u32::try_from(end).map_err(|_| PackError::StringLengths)?);
    }
    if end != text.len() {
        return Err(PackError::StringLengths);
    }
    Ok((text.to_owned(), ends))
}

fn units(r: &mut Reader<'_>, count: usize, eras: &[Era], ends: &[u32]) -> Result<Vec<Record>, PackError> {
    if count > r.remaining() / MIN_UNIT_BYTES {
        return Err(PackError::Truncated);
    }
    let codes = r.delta_column(count)?;
    let names = r.delta_column(count)?;
    let parents = r.delta_column(count)?;
    let levels = r.take(count)?;
    let kinds = r.take(count)?;
    let era_ids = r.take(count)?;

    let mut units: Vec<Record> = Vec::with_capacity(count);
    let columns = codes.iter().zip(&names).zip(&parents).zip(levels).zip(kinds).zip(era_ids);
    for ((((((&code, &name), &parent), &level), &kind), &era), index) in columns.zip(0u32..) {
        let bad = |problem| PackError::Unit { index, problem };
        let level = Level::from_byte(level).ok_or(bad(UnitProblem::Level(level)))?;
        if code >= level.code_limit() {
            return Err(bad(UnitProblem::Code(code)));
        }
        let fits = KINDS.get(usize::from(kind)).and_then(|(_, levels)| levels.get(level.index()));
        if fits != Some(&true) {
            return Err(bad(UnitProblem::Kind(kind)));
        }
        let era = *eras.get(usize::from(era)).ok_or(bad(UnitProblem::Era(era)))?;
        if !non_empty_string(ends, name) {
            return Err(bad(UnitProblem::Name(name)));
        }
        let record = Record { level, code, name, parent: parent.checked_sub(1), kind, era };
        if let Some(prev) = units.last() {
            if !follows(prev, &record) {
                return Err(bad(UnitProblem::Order));
            }
        }
        units.push(record);
    }
    // Parents may only be checked once every unit is read.
    for (record, index) in units.iter().zip(0u32..) {
        let parent = record.parent.map(|p| usize::try_from(p).ok().and_then(|p| units.get(p)));
        let ok = match (record.level, parent) {
            (Level::Province, None) => true,
            (_, Some(Some(p))) => p.level < record.level && covers(p.era, record.era),
            _ => false,
        };
        if !ok {
            let stored = record.parent.map_or(0, |p| p.saturating_add(1));
            return Err(PackError::Unit { index, problem: UnitProblem::Parent(stored) });
        }
    }
    Ok(units)
}

fn links(r: &mut Reader<'_>, count: usize, units: &[Record]) -> Result<Vec<Link>, PackError> {
    if count > r.remaining() / MIN_LINK_BYTES {
        return Err(PackError::Truncated);
    }
    let from = r.delta_column(count)?;
    let to = r.delta_column(count)?;
    let flags = r.take(count)?;

    let mut links: Vec<Link> = Vec::with_capacity(count);
    for (((&from, &to), &flags), index) in from.iter().zip(&to).zip(flags).zip(0u32..) {
        let bad = |problem| PackError::Link { index, problem };
        let old = usize::try_from(from).ok().and_then(|i| units.get(i)).ok_or(bad(LinkProblem::Unit(from)))?;
        let new = usize::try_from(to).ok().and_then(|i| units.get(i)).ok_or(bad(LinkProblem::Unit(to)))?;
        if flags > 1 {
            return Err(bad(LinkProblem::Flags(flags)));
        }
        match (old.era.to, new.era.from) {
            (Some(end), Some(start)) if end.days_until(start) == 1 => {}
            _ => return Err(bad(LinkProblem::NotNext)),
        }
        if links.last().is_some_and(|prev| (prev.from, prev.to) >= (from, to)) {
            return Err(bad(LinkProblem::Order));
        }
        links.push(Link { from, to, whole: flags == 1 });
    }
    Ok(links)
}

fn non_empty_string(ends: &[u32], index: u32) -> bool {
    let Some(i) = usize::try_from(index).ok() else { return false };
    let Some(&end) = ends.get(i) else { return false };
    let start = i.checked_sub(1).and_then(|p| ends.get(p)).copied().unwrap_or(0);
    end > start
}

/// Whether `next` may come after `prev`: a higher level or code, or the
/// same code in force only after `prev` ended.
fn follows(prev: &Record, next: &Record) -> bool {
    match (prev.level, prev.code).cmp(&(next.level, next.code)) {
        std::cmp::Ordering::Less => true,
        std::cmp::Ordering::Greater => false,
        std::cmp::Ordering::Equal => matches!((prev.era.to, next.era.from), (Some(t), Some(f)) if t < f),
    }
}

/// Whether `outer` is in force on every day `inner` is.
fn covers(outer: Era, inner: Era) -> bool {
    let starts = match (outer.from, inner.from) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(o), Some(i)) => o <= i,
    };
    let ends = match (outer.to, inner.to) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(o), Some(i)) => o >= i,
    };
    starts && ends
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn remaining(&self) -> usize {
        self.bytes.len().saturating_sub(self.pos)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], PackError> {
        let end = self.pos.checked_add(n).ok_or(PackError::Truncated)?;
        let slice = self.bytes.get(self.pos..end).ok_or(PackError::Truncated)?;
        self.pos = end;
        Ok(slice)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], PackError> {
        self.take(N)?.try_into().map_err(|_| PackError::Truncated)
    }

    fn u16(&mut self) -> Result<u16, PackError> {
        Ok(u16::from_le_bytes(self.array()?))
    }

    fn u32(&mut self) -> Result<u32, PackError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn i32(&mut self) -> Result<i32, PackError> {
        Ok(i32::from_le_bytes(self.array()?))
    }

    /// A `u32` count of the header.
    fn count(&mut self) -> Result<usize, PackError> {
        usize::try_from(self.u32()?).map_err(|_| PackError::Truncated)
    }

    /// An unsigned LEB128 number of at most 32 bits.
    fn varint(&mut self) -> Result<u32, PackError> {
        let at = self.pos;
        let mut value: u32 = 0;
        for shift in [0u32, 7, 14, 21, 28] {
            let [byte] = self.array::<1>()?;
            let bits = u32::from(byte & 0x7F);
            if shift == 28 && bits > 0x0F {
                return Err(PackError::Number(at));
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(PackError::Number(at))
    }

    /// `n` values of a delta column.
    fn delta_column(&mut self, n: usize) -> Result<Vec<u32>, PackError> {
        if n > self.remaining() {
            return Err(PackError::Truncated);
        }
        let mut values = Vec::with_capacity(n);
        let mut prev: i64 = 0;
        for _ in 0..n {
            let at = self.pos;
            let zigzag = self.varint()?;
            let diff = i64::from(zigzag >> 1) ^ i64::from(zigzag & 1).wrapping_neg();
            let value = prev.checked_add(diff).and_then(|v| u32::try_from(v).ok()).ok_or(PackError::Number(at))?;
            values.push(value);
            prev = i64::from(value);
        }
        Ok(values)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reader(bytes: &[u8]) -> Reader<'_> {
        Reader { bytes, pos: 0 }
    }

    #[test]
    fn varints() {
        assert_eq!(reader(&[0x00]).varint(), Ok(0));
        assert_eq!(reader(&[0xE5, 0x8E, 0x26]).varint(), Ok(624_485));
        assert_eq!(reader(&[0xFF, 0xFF, 0xFF, 0xFF, 0x0F]).varint(), Ok(u32::MAX));
        assert_eq!(reader(&[0xFF, 0xFF, 0xFF, 0xFF, 0x1F]).varint(), Err(PackError::Number(0)));
        assert_eq!(reader(&[0x80, 0x80, 0x80, 0x80, 0x80, 0x00]).varint(), Err(PackError::Number(0)));
        assert_eq!(reader(&[0x80]).varint(), Err(PackError::Truncated));
    }

    #[test]
    fn delta_columns() {
        // 5, 3 (−2), 3 (0), 4 (+1)
        assert_eq!(reader(&[10, 3, 0, 2]).delta_column(4), Ok(vec![5, 3, 3, 4]));
        // Below zero.
        assert_eq!(reader(&[1]).delta_column(1), Err(PackError::Number(0)));
        assert_eq!(reader(&[0, 0]).delta_column(3), Err(PackError::Truncated));
    }

    #[test]
    fn header_errors() {
        assert_eq!(pack(b"").err(), Some(PackError::Truncated));
        assert_eq!(pack(b"HT").err(), Some(PackError::Truncated));
        assert_eq!(pack(b"PK\x03\x04").err(), Some(PackError::BadMagic));
        assert_eq!(pack(b"HTUP\x02\x00").err(), Some(PackError::Version(2)));
        assert_eq!(pack(b"HTUP\x01\x00\x01\x00").err(), Some(PackError::Flags(1)));
    }

    #[test]
    fn empty_pack() {
        let mut bytes = b"HTUP\x01\x00\x00\x00".to_vec();
        bytes.extend_from_slice(&i32::MIN.to_le_bytes());
        // description 0; 0 eras, 1 string of 1 byte, 0 units, 0 links
        for n in [0u32, 0, 1, 1, 0, 0] {
            bytes.extend_from_slice(&n.to_le_bytes());
        }
        bytes.extend_from_slice(b"\x01x");
        let pack = pack(&bytes).unwrap();
        assert_eq!(pack.description(), "x");
        assert_eq!(pack.complete_from(), None);
        assert_eq!(pack.units().count(), 0);
        bytes.push(0);
        assert_eq!(super::pack(&bytes).unwrap_err(), PackError::TrailingBytes(1));
    }
}
