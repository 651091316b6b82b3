//! Stable sorting through one shared copy of the standard library's sort.
//!
//! Why: every `sort_by` with its own closure (or `sort` on its own element type)
//! compiles a complete driftsort, about 4.7 KB of wasm each; the browser bundle carried
//! eighteen of them. Here the sort runs once, over indices, with a `dyn` comparator, and
//! the permutation is applied by swaps: one copy of the sort for the whole program. The
//! cost is an index vector and an indirect call per comparison, which only matters on
//! very hot paths; the route search's beam keeps the standard sort for that reason.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp` (same result as `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let perm = permutation(v.len(), &|a, b| cmp(&v[a], &v[b]));
    apply(v, perm);
}

/// Sorts `v` stably by the key `f` gives (same result as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], f: impl Fn(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

/// Sorts `v` stably in its natural order (same result as `slice::sort`).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Sorts label indices for a search beam (stably). The comparators break ties by index,
/// so any sort gives the one order; this is the same copy of the standard sort that
/// [`sort_by`] runs, shared by the route search, explore and every other sort, at an
/// indirect call per comparison, which the label comparison dwarfs. (A separate unstable
/// sort here was one more copy of the standard library's sort in the browser bundle.)
pub fn sort_indices(v: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    v.sort_by(|&a, &b| cmp(a, b));
}

/// The indices `0..n` in the order `cmp` gives; ties keep their index order.
fn permutation(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    sort_indices(&mut idx, cmp);
    idx
}

/// Puts `v[perm[i]]` at position `i`, following each cycle of the permutation once.
fn apply<T>(v: &mut [T], mut perm: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..perm.len() {
        let mut cur = start;
        while perm[cur] != DONE {
            let next = perm[cur];
            perm[cur] = DONE;
            if next == start {
                break;
            }
            v.swap(cur, next);
            cur = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        // A small deterministic generator: many ties (stability shows) and every length
        // up to 40 (every cycle shape of small permutations).
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for len in 0..=40 {
            for _ in 0..20 {
                let v: Vec<(u8, usize)> = (0..len)
                    .map(|i| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        ((seed % 5) as u8, i)
                    })
                    .collect();
                let mut ours = v.clone();
                sort_by_key(&mut ours, |x| x.0);
                let mut std = v.clone();
                std.sort_by_key(|x| x.0);
                assert_eq!(ours, std, "len {len}");
            }
        }
    }

    #[test]
    fn natural_order_and_reversed_comparators() {
        let mut words = vec!["pflege", "bts", "hnd", "abitur", "bts"];
        sort(&mut words);
        assert_eq!(words, ["abitur", "bts", "bts", "hnd", "pflege"]);
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["pflege", "hnd", "bts", "bts", "abitur"]);
    }
}
