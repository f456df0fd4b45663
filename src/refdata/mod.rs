//! Reference data: code lists the rules look values up in.
//!
//! These tables are small and compiled in. Large data (administrative units
//! over time) is kept out of the core module and loaded on demand.

use crate::text::name_key;

pub mod countries;
pub mod ethnicity;
pub mod provinces;

/// Names by comparison key ([`name_key`]), for lookups by binary search:
/// `(key, index of the entry the name belongs to)`, sorted by key. The names
/// as written are kept too, sorted, so that a value spelled exactly as in
/// the table (most of them) is found without computing its key.
pub(crate) struct NameIndex {
    keys: Vec<(String, u16)>,
    /// Owned like `keys`, so that one sort serves both (and the wasm module
    /// carries one sort routine, not two).
    exact: Vec<(String, u16)>,
}

impl NameIndex {
    pub(crate) fn new(names: impl Iterator<Item = (&'static str, u16)>) -> NameIndex {
        let mut exact: Vec<(String, u16)> = names.map(|(name, i)| (name.to_owned(), i)).collect();
        let mut keys: Vec<(String, u16)> = exact.iter().map(|(name, i)| (name_key(name), *i)).collect();
        keys.sort_unstable();
        exact.sort_unstable();
        NameIndex { keys, exact }
    }

    /// The index of the entry `name` belongs to, compared by key.
    pub(crate) fn find(&self, name: &str) -> Option<usize> {
        if let Ok(i) = self.exact.binary_search_by(|(n, _)| n.as_str().cmp(name)) {
            return self.exact.get(i).map(|&(_, entry)| usize::from(entry));
        }
        let key = name_key(name);
        let i = self.keys.binary_search_by(|(k, _)| k.as_str().cmp(&key)).ok()?;
        self.keys.get(i).map(|&(_, entry)| usize::from(entry))
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }
}
