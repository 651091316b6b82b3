//! Language-tagged text, stored as a short sorted list.
//!
//! Titles, descriptions and notes carry one to three languages. As a `BTreeMap` each one
//! cost a 544-byte tree node however few entries it held: a third of a 100k-offer
//! dataset's memory went to those nodes. A sorted vector behaves the same for readers
//! (entries in key order, one value per key) at a fifth of the size. A language given twice
//! is refused, as a struct's repeated field is.

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::fmt;

/// Language-tagged text (`{"en": "...", "de": "..."}`), keys are ISO 639-1 codes, in key
/// order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct LangMap(Vec<(String, String)>);

impl LangMap {
    pub const fn new() -> Self {
        LangMap(Vec::new())
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&String> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut String> {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets the text for `key`; returns the text it replaces.
    pub fn insert(&mut self, key: String, value: String) -> Option<String> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    /// The text for `key`, added empty when there is none (a map's `entry().or_default()`).
    pub fn text_mut(&mut self, key: String) -> &mut String {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (key, String::new()));
                i
            }
        };
        &mut self.0[i].1
    }

    pub fn remove(&mut self, key: &str) -> Option<String> {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&String, &String)> + ExactSizeIterator {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&String, &mut String)> {
        self.0.iter_mut().map(|(k, v)| (&*k, v))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn into_values(self) -> impl Iterator<Item = String> {
        self.0.into_iter().map(|(_, v)| v)
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut String> {
        self.0.iter_mut().map(|(_, v)| v)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&String, &mut String) -> bool) {
        self.0.retain_mut(|(k, v)| keep(k, v));
    }
}

impl std::ops::Index<&str> for LangMap {
    type Output = String;

    /// Like a map's index: panics when `key` is absent, so only for keys known to exist.
    fn index(&self, key: &str) -> &String {
        match self.get(key) {
            Some(v) => v,
            None => panic!("no text in language `{key}`"),
        }
    }
}

impl FromIterator<(String, String)> for LangMap {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(iter: I) -> Self {
        let mut m = LangMap::new();
        m.extend(iter);
        m
    }
}

impl Extend<(String, String)> for LangMap {
    fn extend<I: IntoIterator<Item = (String, String)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<const N: usize> From<[(String, String); N]> for LangMap {
    fn from(pairs: [(String, String); N]) -> Self {
        pairs.into_iter().collect()
    }
}

impl<'a> IntoIterator for &'a LangMap {
    type Item = (&'a String, &'a String);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, String)>,
        fn(&'a (String, String)) -> (&'a String, &'a String),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl IntoIterator for LangMap {
    type Item = (String, String);
    type IntoIter = std::vec::IntoIter<(String, String)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl Serialize for LangMap {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for LangMap {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Texts;
        impl<'de> Visitor<'de> for Texts {
            type Value = LangMap;

            // The wording of a `BTreeMap`'s, so a diagnostic reads as it always did.
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<LangMap, A::Error> {
                let mut m = LangMap(Vec::with_capacity(a.size_hint().unwrap_or(0).min(8)));
                while let Some(k) = a.next_key::<String>()? {
                    // Refused as a struct's repeated field is: one of the two texts would
                    // be lost without a word.
                    if m.contains_key(&k) {
                        return Err(serde::de::Error::custom(format_args!(
                            "duplicate field `{k}`"
                        )));
                    }
                    let v = a.next_value::<String>()?;
                    m.insert(k, v);
                }
                m.0.shrink_to_fit();
                Ok(m)
            }
        }
        d.deserialize_map(Texts)
    }
}

#[cfg(test)]
mod tests {
    use super::LangMap;

    #[test]
    fn reads_like_a_sorted_map_and_refuses_a_language_twice() {
        let m: LangMap = match serde_json::from_str(r#"{"fr": "Licence", "de": "Bachelor"}"#) {
            Ok(m) => m,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(
            m.keys().map(String::as_str).collect::<Vec<_>>(),
            ["de", "fr"]
        );
        assert_eq!(m.get("fr").map(String::as_str), Some("Licence"));
        assert_eq!(m.get("en"), None);
        assert_eq!(
            serde_json::to_string(&m).unwrap_or_default(),
            r#"{"de":"Bachelor","fr":"Licence"}"#
        );
        let twice = serde_json::from_str::<LangMap>(r#"{"fr": "Licence", "fr": "Licence pro"}"#);
        assert_eq!(
            twice.err().map(|e| e.to_string()).as_deref(),
            Some("duplicate field `fr` at line 1 column 22")
        );
    }

    #[test]
    fn a_wrong_shape_is_refused_in_a_maps_words() {
        let e = serde_json::from_str::<LangMap>(r#""Bachelor""#)
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("invalid type: string \"Bachelor\", expected a map at line 1 column 10")
        );
    }
}
