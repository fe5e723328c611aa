/// A list of values per item, all in one array ("compressed rows"): row `i` is
/// `list[start[i]..start[i + 1]]`. Flat arrays keep the per-module facts of a 20,000-module
/// curriculum close together: on large plans memory, not arithmetic, sets the pace.
#[derive(Clone, Debug, PartialEq)]
pub struct Rows<T> {
    start: Vec<u32>,
    list: Vec<T>,
}

impl<T: Copy> Rows<T> {
    pub fn with_capacity(rows: usize, values: usize) -> Self {
        let mut start = Vec::with_capacity(rows + 1);
        start.push(0);
        Self {
            start,
            list: Vec::with_capacity(values),
        }
    }

    /// Adds a value to the row being built.
    pub fn push(&mut self, value: T) {
        self.list.push(value);
    }

    /// The values pushed since the last finished row.
    pub fn open_row(&self) -> &[T] {
        let from = self.start.last().copied().unwrap_or(0) as usize;
        &self.list[from..]
    }

    /// Replaces the value at `index` counted over all rows.
    pub fn set(&mut self, index: usize, value: T) {
        self.list[index] = value;
    }

    /// Ends the row being built; the next value starts a new one.
    pub fn finish_row(&mut self) {
        // Row ends fit in u32: plans are far below four billion requisites or skill levels.
        self.start.push(self.list.len() as u32);
    }

    pub fn len(&self) -> usize {
        self.start.len() - 1
    }

    /// The number of values in all rows.
    pub fn value_count(&self) -> usize {
        self.list.len()
    }

    pub fn row(&self, index: usize) -> &[T] {
        &self.list[self.start[index] as usize..self.start[index + 1] as usize]
    }

    pub fn rows(&self) -> impl Iterator<Item = &[T]> {
        self.start
            .windows(2)
            .map(|ends| &self.list[ends[0] as usize..ends[1] as usize])
    }
}

impl Rows<u32> {
    /// The same relation read the other way: row `v` lists the rows that contain `v`, in
    /// order. `columns` is one more than the largest value.
    pub fn transpose(&self, columns: usize) -> Self {
        let mut start = vec![0u32; columns + 1];
        for &value in &self.list {
            start[value as usize + 1] += 1;
        }
        for column in 0..columns {
            start[column + 1] += start[column];
        }
        let mut next = start.clone();
        let mut list = vec![0u32; self.list.len()];
        for (row, values) in self.rows().enumerate() {
            for &value in values {
                let slot = &mut next[value as usize];
                list[*slot as usize] = row as u32;
                *slot += 1;
            }
        }
        Self { start, list }
    }
}

#[cfg(test)]
mod tests {
    use super::Rows;

    #[test]
    fn rows_keep_their_values_and_transpose_reverses_them() {
        let mut rows = Rows::with_capacity(3, 4);
        for values in [&[1u32, 2][..], &[], &[0, 2]] {
            for &value in values {
                rows.push(value);
            }
            assert_eq!(rows.open_row(), values);
            rows.finish_row();
        }
        assert_eq!(rows.len(), 3);
        assert_eq!(rows.row(0), &[1, 2]);
        assert_eq!(rows.row(1), &[] as &[u32]);
        assert_eq!(rows.row(2), &[0, 2]);
        let columns = rows.transpose(3);
        assert_eq!(columns.len(), 3);
        assert_eq!(columns.row(0), &[2]);
        assert_eq!(columns.row(1), &[0]);
        assert_eq!(columns.row(2), &[0, 2]);
        assert_eq!(columns.transpose(3), rows);
    }
}
