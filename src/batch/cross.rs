//! Rules across the rows of a batch: register-book numbers and personal IDs.
//!
//! Each validated row adds its register entry and its people to compact
//! indexes; [`Index::finish`] sorts them once and raises:
//! - `batch.duplicate_number`: a book + number pair already used by an
//!   earlier row;
//! - `batch.sequence`: within a book, a number registered on a date before
//!   the date of the next lower number (partial dates count only when the
//!   order is certain);
//! - `batch.gap`: numbers missing between a book's lowest and highest
//!   (entries not digitised yet);
//! - `batch.duplicate_id`: one personal ID on people whose names differ
//!   (by [`name_key`]) in different rows. The same ID and name in two rows is
//!   one person — the mother of two children — and fine; an ID in a row
//!   without the person's name is compared with nothing.
//!
//! Attachment: an issue between two rows is raised on the later one — the
//! later row in the file for duplicates, the row holding the higher number for
//! `batch.sequence` — and its `related` names the other as `"row N"`. A gap
//! belongs to no row: one issue per book on row 0.
//!
//! Only values that passed their own field rules take part: the index reads
//! the row's parsed fields (what `validate` would put in the normalized
//! record), so a malformed ID yields `id.format` and nothing more.
//!
//! Memory: an [`Entry`] (24 bytes) per row with a book and a number, and an
//! [`IdEntry`] (16 bytes) per distinct personal ID of a row; texts are held
//! once per distinct book (and per number that is not all digits).

use std::collections::HashMap;
use std::num::NonZeroU32;

use super::{issue, BatchIssue};
use crate::check::{fields_of, Check};
use crate::date::PartialDate;
use crate::messages;
use crate::rules::Code;
use crate::text::{self, name_key};
use crate::{Kind, Locale};

/// How many missing ranges a `batch.gap` message lists before "and N more".
const LISTED_RANGES: usize = 20;

/// A registration number: its value when it is all digits (and below
/// 2^31), else its text, interned. Values sort before texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Number {
    Value(u32),
    Text(u32),
}

/// One register entry: a row's book, number and registration date.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    book: u32,
    number: Number,
    row: u32,
    date: Option<PartialDate>,
}

/// One personal ID of a row: the ID's 12 digits and the person's index in
/// [`People`] packed in `key`, and a hash of the person's name key.
#[derive(Clone, Copy, Debug)]
pub struct IdEntry {
    key: u64,
    row: u32,
    name: Option<NonZeroU32>,
}

impl IdEntry {
    fn id(self) -> u64 {
        self.key >> 8
    }

    fn person(self) -> usize {
        usize::from((self.key & 0xff) as u8)
    }
}

/// Texts held once each, by a comparison key.
#[derive(Debug, Default)]
struct Interner {
    ids: HashMap<String, u32>,
    /// Each text as first written.
    texts: Vec<String>,
    /// The text last interned as written, and its id: rows of one book come
    /// together, so most rows need no key.
    last: Option<(String, u32)>,
}

impl Interner {
    /// The id of `text`, compared by `key(text)`.
    fn intern(&mut self, text: &str, key: impl Fn(&str) -> String) -> u32 {
        if let Some((last, id)) = &self.last {
            if last == text {
                return *id;
            }
        }
        let key = key(text);
        let id = match self.ids.get(&key) {
            Some(&id) => id,
            None => {
                let id = u32::try_from(self.texts.len()).unwrap_or(u32::MAX);
                self.texts.push(text.to_owned());
                self.ids.insert(key, id);
                id
            }
        };
        self.last = Some((text.to_owned(), id));
        id
    }

    fn text(&self, id: u32) -> &str {
        usize::try_from(id).ok().and_then(|i| self.texts.get(i)).map_or("", String::as_str)
    }

    fn bytes(&self) -> usize {
        let last = self.last.as_ref().map_or(0, |(t, _)| t.capacity());
        let texts: usize =
            self.texts.iter().map(|t| t.capacity().saturating_mul(2)).sum::<usize>().saturating_add(last);
        texts.saturating_add(self.ids.capacity().saturating_mul(std::mem::size_of::<(String, u32)>().saturating_add(1)))
    }
}

/// The people of a kind of record: each group's ID path and name path.
#[derive(Debug)]
struct People(Vec<(&'static str, Option<&'static str>)>);

impl People {
    fn of(kind: Kind) -> People {
        let paths: Vec<&'static str> = fields_of(kind).iter().flat_map(|g| g.iter()).map(|(p, _)| *p).collect();
        let people = paths
            .iter()
            .filter_map(|p| p.strip_suffix(".personalId").map(|group| (*p, group)))
            .map(|(id_path, group)| {
                let name = paths.iter().copied().find(|p| p.strip_suffix(".fullName") == Some(group));
                (id_path, name)
            })
            .collect();
        People(people)
    }

    fn id_path(&self, person: usize) -> &'static str {
        self.0.get(person).map_or("", |(p, _)| p)
    }
}

/// The cross-record indexes of a batch.
#[derive(Debug)]
pub struct Index {
    people: People,
    books: Interner,
    numbers: Interner,
    entries: Vec<Entry>,
    ids: Vec<IdEntry>,
}

/// FNV-1a: a small, stable hash of a name key (never 0).
fn name_hash(key: &str) -> Option<NonZeroU32> {
    let h = key.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    NonZeroU32::new(h | 1)
}

fn related(row: u32) -> Vec<String> {
    vec![format!("row {row}")]
}

impl Index {
    pub fn new(kind: Kind) -> Index {
        Index {
            people: People::of(kind),
            books: Interner::default(),
            numbers: Interner::default(),
            entries: Vec::new(),
            ids: Vec::new(),
        }
    }

    /// Adds a row from its checked fields.
    pub fn add(&mut self, row: u32, record: &Check<'_>) {
        if let (Some(book), Some(number)) = (record.text("registration.book"), record.text("registration.number")) {
            let book = self.books.intern(book, text::to_lower);
            let number = match number.parse::<u32>() {
                Ok(n) if n < 1 << 31 && number.bytes().all(|b| b.is_ascii_digit()) => Number::Value(n),
                _ => Number::Text(self.numbers.intern(number, text::to_lower)),
            };
            let date = record.date("registration.date");
            self.entries.push(Entry { book, number, row, date });
        }
        let first = self.ids.len();
        for (person, (id_path, name_path)) in self.people.0.iter().enumerate() {
            let Some(id) = record.id(id_path).and_then(|id| id.as_str().parse::<u64>().ok()) else { continue };
            let Ok(person) = u8::try_from(person) else { continue };
            // A second group of the row with the same ID is the record's own
            // business (`id.duplicate`); the first one stands for the row.
            if self.ids.get(first..).is_some_and(|row_ids| row_ids.iter().any(|e| e.id() == id)) {
                continue;
            }
            let name = name_path.and_then(|p| record.text(p)).and_then(|n| name_hash(&name_key(n)));
            self.ids.push(IdEntry { key: id << 8 | u64::from(person), row, name });
        }
    }

    /// Bytes held by the indexes (capacity, not just length).
    pub fn bytes(&self) -> usize {
        let entries = self.entries.capacity().saturating_mul(std::mem::size_of::<Entry>());
        let ids = self.ids.capacity().saturating_mul(std::mem::size_of::<IdEntry>());
        entries.saturating_add(ids).saturating_add(self.books.bytes()).saturating_add(self.numbers.bytes())
    }

    /// Sorts the indexes and raises the cross-record issues.
    pub fn finish(mut self, locale: Locale) -> Vec<BatchIssue> {
        let mut out = Vec::new();
        self.entries.sort_unstable_by_key(|e| (e.book, e.number, e.row));
        for book in self.entries.chunk_by(|a, b| a.book == b.book) {
            self.book_rules(book, locale, &mut out);
        }
        self.ids.sort_unstable_by_key(|e| (e.id(), e.row, e.person()));
        for same_id in self.ids.chunk_by(|a, b| a.id() == b.id()) {
            self.id_rule(same_id, locale, &mut out);
        }
        out
    }

    fn number_text(&self, number: Number) -> String {
        match number {
            Number::Value(n) => n.to_string(),
            Number::Text(id) => self.numbers.text(id).to_owned(),
        }
    }

    /// `batch.duplicate_number`, `batch.sequence` and `batch.gap` for the
    /// entries of one book, sorted by number and row.
    fn book_rules(&self, entries: &[Entry], locale: Locale, out: &mut Vec<BatchIssue>) {
        let Some(first) = entries.first() else { return };
        let book = self.books.text(first.book);
        // The last numbered entry with a date: (number, date, row).
        let mut previous: Option<(u32, PartialDate, u32)> = None;
        let mut gaps: Vec<(u32, u32)> = Vec::new();
        let mut last_value: Option<u32> = None;
        for same in entries.chunk_by(|a, b| a.number == b.number) {
            let Some(original) = same.first() else { continue };
            let number = self.number_text(original.number);
            for dup in same.iter().skip(1) {
                let msg = messages::batch_duplicate_number(book, &number, original.row, locale);
                let issue = issue(Code::BatchDuplicateNumber, "registration.number", msg, related(original.row));
                out.push(BatchIssue { row: dup.row, issue });
            }
            let Number::Value(value) = original.number else { continue };
            if let Some(last) = last_value.filter(|&l| value > l.saturating_add(1)) {
                gaps.push((last.saturating_add(1), value.saturating_sub(1)));
            }
            last_value = Some(value);
            let Some(date) = original.date else { continue };
            if let Some((prev_value, prev_date, prev_row)) = previous {
                if date.certainly_cmp(prev_date) == Some(std::cmp::Ordering::Less) {
                    let msg = messages::batch_sequence(book, value, date, prev_value, prev_date, prev_row, locale);
                    let issue = issue(Code::BatchSequence, "registration.number", msg, related(prev_row));
                    out.push(BatchIssue { row: original.row, issue });
                }
            }
            previous = Some((value, date, original.row));
        }
        if !gaps.is_empty() {
            let missing = gaps.iter().fold(0u64, |n, (a, b)| n.saturating_add(u64::from(b.saturating_sub(*a)) + 1));
            let listed = gaps.get(..LISTED_RANGES).unwrap_or(&gaps);
            let more = gaps.len().saturating_sub(listed.len());
            let msg = messages::batch_gap(book, listed, more, missing, locale);
            out.push(BatchIssue { row: 0, issue: issue(Code::BatchGap, "registration.number", msg, Vec::new()) });
        }
    }

    /// `batch.duplicate_id` for the entries of one ID, sorted by row.
    fn id_rule(&self, entries: &[IdEntry], locale: Locale, out: &mut Vec<BatchIssue>) {
        let Some(reference) = entries.iter().find(|e| e.name.is_some()) else { return };
        for e in entries.iter().filter(|e| e.row > reference.row && e.name.is_some() && e.name != reference.name) {
            let path = self.people.id_path(e.person());
            let other = self.people.id_path(reference.person());
            let msg = messages::batch_duplicate_id(path, &format!("{:012}", e.id()), reference.row, other, locale);
            out.push(BatchIssue {
                row: e.row,
                issue: issue(Code::BatchDuplicateId, path, msg, related(reference.row)),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_entries_are_compact() {
        assert_eq!(std::mem::size_of::<Entry>(), 24);
        assert_eq!(std::mem::size_of::<IdEntry>(), 16);
    }

    #[test]
    fn people_of_each_kind() {
        let groups = |k| People::of(k).0;
        assert_eq!(
            groups(Kind::Birth),
            [
                ("child.personalId", Some("child.fullName")),
                ("mother.personalId", Some("mother.fullName")),
                ("father.personalId", Some("father.fullName")),
                ("declarant.personalId", Some("declarant.fullName")),
            ]
        );
        assert_eq!(groups(Kind::Marriage).len(), 2);
    }
}
