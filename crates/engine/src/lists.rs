//! Many short lists of indices in two allocations (compressed sparse rows).
//!
//! A 100k-offer dataset has half a million rules, each with its list of source credentials,
//! and a list of rules per offer: as `Vec<Vec<_>>` that is over 600 000 heap blocks, whose
//! allocation and freeing took a sizeable part of building the dataset.

/// List `i` is `items[start[i]..start[i + 1]]`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lists {
    start: Vec<u32>,
    items: Vec<u32>,
}

impl Lists {
    /// The lists in order.
    #[cfg(test)]
    pub(crate) fn from_iter<L: IntoIterator<Item = u32>>(
        lists: impl IntoIterator<Item = L>,
    ) -> Self {
        let mut out = Lists {
            start: vec![0],
            items: Vec::new(),
        };
        for l in lists {
            out.push(l);
        }
        out
    }

    /// Adds a list after the last one.
    pub(crate) fn push(&mut self, list: impl IntoIterator<Item = u32>) {
        if self.start.is_empty() {
            self.start.push(0);
        }
        self.items.extend(list);
        self.start.push(self.items.len() as u32);
    }

    /// `n` lists from (list, item) pairs in any order; within a list, items keep the
    /// pairs' order (a counting sort: two passes, no per-list allocation).
    pub(crate) fn group(n: usize, pairs: &[(u32, u32)]) -> Self {
        let mut start = vec![0u32; n + 1];
        for &(l, _) in pairs {
            start[l as usize + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut next = start.clone();
        let mut items = vec![0u32; pairs.len()];
        for &(l, item) in pairs {
            items[next[l as usize] as usize] = item;
            next[l as usize] += 1;
        }
        Lists { start, items }
    }

    /// List `i`; empty when out of range.
    pub(crate) fn get(&self, i: usize) -> &[u32] {
        match (self.start.get(i), self.start.get(i + 1)) {
            (Some(&a), Some(&b)) => self.items.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    pub(crate) fn get_mut(&mut self, i: usize) -> &mut [u32] {
        match (self.start.get(i), self.start.get(i + 1)) {
            (Some(&a), Some(&b)) => self
                .items
                .get_mut(a as usize..b as usize)
                .unwrap_or(&mut []),
            _ => &mut [],
        }
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.start.len().saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::Lists;

    #[test]
    fn grouped_lists_keep_pair_order_and_empty_lists() {
        let l = Lists::group(4, &[(2, 7), (0, 1), (2, 5), (0, 3)]);
        assert_eq!(l.len(), 4);
        assert_eq!(l.get(0), &[1, 3]);
        assert_eq!(l.get(1), &[] as &[u32]);
        assert_eq!(l.get(2), &[7, 5]);
        assert_eq!(l.get(3), &[] as &[u32]);
        assert_eq!(l.get(4), &[] as &[u32]);
    }

    #[test]
    fn lists_in_order_round_trip() {
        let l = Lists::from_iter([vec![4u32, 2], vec![], vec![9]]);
        assert_eq!(l.len(), 3);
        assert_eq!(l.get(0), &[4, 2]);
        assert_eq!(l.get(1), &[] as &[u32]);
        assert_eq!(l.get(2), &[9]);
    }
}
