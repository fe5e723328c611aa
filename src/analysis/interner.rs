use std::hash::BuildHasher;

use hashbrown::HashTable;

/// Numbers the distinct strings it is given, in order of first appearance, so that an
/// analysis can count per skill or industry in arrays.
pub struct Interner<'a> {
    names: Vec<&'a str>,
    /// Numbers, found by the hash of their name. Even for a dozen names this beats a scan:
    /// ids like `industry1`…`industry11` share lengths and prefixes, so a scan compares
    /// most of their bytes most of the time.
    table: HashTable<u32>,
    hasher: foldhash::fast::RandomState,
}

impl<'a> Interner<'a> {
    pub fn new() -> Self {
        Self {
            names: Vec::new(),
            table: HashTable::new(),
            hasher: foldhash::fast::RandomState::default(),
        }
    }

    /// The number of `name`, given it if new.
    pub fn number(&mut self, name: &'a str) -> u32 {
        let hash = self.hasher.hash_one(name);
        let names = &self.names;
        if let Some(&found) = self
            .table
            .find(hash, |&known| names[known as usize] == name)
        {
            return found;
        }
        let number = names.len() as u32;
        let hasher = &self.hasher;
        self.table.insert_unique(hash, number, |&known| {
            hasher.hash_one(names[known as usize])
        });
        self.names.push(name);
        number
    }

    /// The names in number order.
    pub fn names(&self) -> &[&'a str] {
        &self.names
    }
}

#[cfg(test)]
mod tests {
    use super::Interner;

    #[test]
    fn equal_names_get_equal_numbers_in_order_of_first_appearance() {
        let names: Vec<String> = (0..40).map(|index| format!("skill{index}")).collect();
        let mut interner = Interner::new();
        for round in 0..2 {
            for (index, name) in names.iter().enumerate() {
                assert_eq!(interner.number(name) as usize, index, "round {round}");
            }
        }
        assert_eq!(interner.names().len(), 40);
        assert_eq!(interner.names()[17], "skill17");
    }
}
