//! Reference data: code lists the rules look values up in.
//!
//! These tables are small and compiled in. Large data (administrative units
//! over time) is kept out of the core module and loaded on demand.

use crate::text::name_key;

pub mod countries;
pub mod ethnicity;
pub mod provinces;

/// Names by comparison key ([`name_key`]), for lookups by binary search:
/// `(key, index of the entry the name belongs to)`, sorted by key.
pub(crate) struct NameIndex(Vec<(String, u16)>);

impl NameIndex {
    pub(crate) fn new<'a>(names: impl Iterator<Item = (&'a str, u16)>) -> NameIndex {
        let mut keys: Vec<(String, u16)> = names.map(|(name, i)| (name_key(name), i)).collect();
        keys.sort_unstable();
        NameIndex(keys)
    }

    /// The index of the entry `name` belongs to, compared by key.
    pub(crate) fn find(&self, name: &str) -> Option<usize> {
        let key = name_key(name);
        let i = self.0.binary_search_by(|(k, _)| k.as_str().cmp(&key)).ok()?;
        self.0.get(i).map(|&(_, entry)| usize::from(entry))
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }
}
