//! A small, fast, non-cryptographic hasher for the engine's internal maps (ids, credential
//! sets). std's SipHash resists hash flooding, which these maps do not need; hashing was a
//! fifth of route search time with it. The multiply-rotate scheme is rustc's FxHasher.

use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        // The multiply leaves the low bits depending only on the low bits of the input, and
        // hash tables index by the low bits: ids that differ only near the end of a word
        // would collide (it made validating 100k offers twice as slow). Fold the well-mixed
        // high bits down and multiply once more (a splitmix-style finaliser).
        let mut h = self.hash;
        h ^= h >> 32;
        h = h.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        h ^ (h >> 29)
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuild>;
pub type FxHashSet<T> = std::collections::HashSet<T, FxBuild>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn h(x: impl Hash) -> u64 {
        FxBuild::default().hash_one(x)
    }

    #[test]
    fn equal_keys_hash_equal_and_near_keys_differ() {
        assert_eq!(h("de-bsc-0613"), h(String::from("de-bsc-0613")));
        assert_ne!(h("de-bsc-0613"), h("de-bsc-0614"));
        assert_ne!(h(vec![1u32, 2]), h(vec![2u32, 1]));
        assert_ne!(h("abcdefgh"), h("abcdefgh\0"));
    }

    #[test]
    fn ids_differing_at_the_end_spread_over_the_low_bits() {
        // Eight-byte ids such as "r0001234" fill one word; without the final rotation
        // their low ten bits took at most 32 values.
        let low: std::collections::HashSet<u64> =
            (0..1000).map(|i| h(format!("r{i:07}")) & 0x3ff).collect();
        assert!(
            low.len() > 500,
            "only {} distinct low-bit patterns",
            low.len()
        );
    }
}
