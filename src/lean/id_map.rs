//! Values by id (facts, self-ratings, typed text, field errors): a list kept sorted by id.
//!
//! It reads and writes like the standard `BTreeMap<String, V>` (a JSON object with its keys in
//! order, so files and share links are unchanged) but holds a few dozen entries at most, and
//! costs the wasm file a fraction of the B-tree's code for each kind of value.

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::fmt;
use std::marker::PhantomData;

#[derive(Clone, PartialEq)]
pub struct IdMap<V> {
    entries: Vec<(String, V)>,
}

impl<V> Default for IdMap<V> {
    fn default() -> Self {
        IdMap { entries: Vec::new() }
    }
}

impl<V> IdMap<V> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(id))
    }

    pub fn get(&self, id: &str) -> Option<&V> {
        self.find(id).ok().map(|i| &self.entries[i].1)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut V> {
        self.find(id).ok().map(|i| &mut self.entries[i].1)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.find(id).is_ok()
    }

    /// Sets the value of `id`, returning the one it replaces.
    pub fn insert(&mut self, id: String, value: V) -> Option<V> {
        match self.find(&id) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (id, value));
                None
            }
        }
    }

    pub fn remove(&mut self, id: &str) -> Option<V> {
        self.find(id).ok().map(|i| self.entries.remove(i).1)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&String, &mut V) -> bool) {
        self.entries.retain_mut(|(k, v)| keep(k, v));
    }

    /// The entries in id order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.into_iter()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<V> IdMap<V> {
    /// The map of `entries` in any order, a repeated id keeping its last value, as inserting
    /// them one by one would give, in O(n log n) (what a file or a link holds: a hostile one may
    /// list 100 000 ids in reverse order). Entries in id order are appended; any other list is
    /// put in order once at the end.
    pub fn from_entries(items: Vec<(String, V)>) -> Self {
        let keep = {
            let keys: Vec<&str> = items.iter().map(|(k, _)| k.as_str()).collect();
            kept_in_order(&keys)
        };
        let Some(keep) = keep else { return IdMap { entries: items } };
        let mut slots: Vec<Option<(String, V)>> = items.into_iter().map(Some).collect();
        IdMap { entries: keep.iter().filter_map(|&i| slots[i].take()).collect() }
    }
}

/// Which of `keys` a map keeps, in id order: of equal ids the last. `None` when they are in
/// order already, each once. Written once for every kind of value (a bottom-up merge sort).
fn kept_in_order(keys: &[&str]) -> Option<Vec<usize>> {
    if keys.windows(2).all(|w| w[0] < w[1]) {
        return None;
    }
    let mut order: Vec<usize> = (0..keys.len()).collect();
    let mut buffer = order.clone();
    let mut width = 1;
    while width < order.len() {
        for start in (0..order.len()).step_by(2 * width) {
            let mid = (start + width).min(order.len());
            let end = (start + 2 * width).min(order.len());
            let (mut i, mut j) = (start, mid);
            for slot in &mut buffer[start..end] {
                let take_right = j < end && (i >= mid || keys[order[j]] < keys[order[i]]);
                if take_right {
                    *slot = order[j];
                    j += 1;
                } else {
                    *slot = order[i];
                    i += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut buffer);
        width *= 2;
    }
    // Equal ids are next to each other in their order of arrival: the last one stays.
    let mut keep: Vec<usize> = Vec::with_capacity(order.len());
    for i in order {
        match keep.last_mut() {
            Some(last) if keys[*last] == keys[i] => *last = i,
            _ => keep.push(i),
        }
    }
    Some(keep)
}

impl<V> Extend<(String, V)> for IdMap<V> {
    fn extend<I: IntoIterator<Item = (String, V)>>(&mut self, items: I) {
        for (k, v) in items {
            self.insert(k, v);
        }
    }
}

impl<V> FromIterator<(String, V)> for IdMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(items: I) -> Self {
        let mut map = IdMap::new();
        map.extend(items);
        map
    }
}

impl<V> IntoIterator for IdMap<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a, V> IntoIterator for &'a IdMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (String, V)>, fn(&'a (String, V)) -> (&'a String, &'a V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<V: fmt::Debug> fmt::Debug for IdMap<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<V: Serialize> Serialize for IdMap<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (k, v) in self.iter() {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for IdMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for Entries<V> {
            type Value = IdMap<V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of values by id")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<IdMap<V>, A::Error> {
                let mut entries = Vec::new();
                // A repeated id keeps its last value, as a JSON object read into a map does.
                while let Some(entry) = access.next_entry::<String, V>()? {
                    entries.push(entry);
                }
                Ok(IdMap::from_entries(entries))
            }
        }
        deserializer.deserialize_map(Entries(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn behaves_like_a_btree_map() {
        let mut ours = IdMap::new();
        let mut std = BTreeMap::new();
        for (i, id) in ["m", "c", "x", "c", "a", "m", "zz", "b"].iter().enumerate() {
            assert_eq!(ours.insert(id.to_string(), i), std.insert(id.to_string(), i), "insert {id}");
        }
        assert_eq!(ours.remove("x"), std.remove("x"));
        assert_eq!(ours.remove("nope"), std.remove("nope"));
        ours.retain(|k, v| k != "b" && *v != 4);
        std.retain(|k, v| k != "b" && *v != 4);
        assert_eq!(ours.iter().collect::<Vec<_>>(), std.iter().collect::<Vec<_>>());
        assert_eq!(ours.get("m"), std.get("m"));
        assert!(ours.contains_key("zz") && !ours.contains_key("x"));
        assert_eq!(serde_json::to_string(&ours).unwrap(), serde_json::to_string(&std).unwrap(), "the same JSON");
    }

    #[test]
    fn reads_json_objects_keeping_the_last_of_a_repeated_id() {
        let map: IdMap<u32> = serde_json::from_str(r#"{"b":1,"a":2,"b":3}"#).unwrap();
        assert_eq!(map.iter().map(|(k, v)| (k.as_str(), *v)).collect::<Vec<_>>(), vec![("a", 2), ("b", 3)]);
        assert!(serde_json::from_str::<IdMap<u32>>("[1,2]").is_err());
    }

    #[test]
    fn reads_like_a_btree_map_in_any_order_with_repeats() {
        let mut seed = 11u32;
        for len in [0usize, 1, 2, 3, 7, 64, 500] {
            let items: Vec<(String, u32)> = (0..len as u32)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    (format!("k{}", (seed >> 16) % (len as u32 / 2 + 1)), i)
                })
                .collect();
            let ours = IdMap::from_entries(items.clone());
            let std: BTreeMap<String, u32> = items.iter().cloned().collect();
            assert_eq!(ours.iter().collect::<Vec<_>>(), std.iter().collect::<Vec<_>>(), "length {len}");
            let inserted: IdMap<u32> = items.iter().cloned().collect();
            assert_eq!(inserted, ours, "the same map as inserting one by one, length {len}");
            let text = serde_json::to_string(&std).unwrap();
            assert_eq!(serde_json::to_string(&ours).unwrap(), text, "the same JSON, length {len}");
            let read: IdMap<u32> = serde_json::from_str(&text).unwrap();
            assert_eq!(read, ours);
        }
    }

    #[test]
    fn reads_125_000_ids_in_descending_order_in_well_under_a_second() {
        // Inserting each at the front of a sorted list moved every entry each time: ~8e9 moves.
        let text =
            format!("{{{}}}", (0..125_000).rev().map(|i| format!("\"k{i:06}\":{i}")).collect::<Vec<_>>().join(","));
        let started = std::time::Instant::now();
        let map: IdMap<u32> = serde_json::from_str(&text).unwrap();
        let took = started.elapsed();
        assert_eq!(map.len(), 125_000);
        assert_eq!(map.iter().next(), Some((&"k000000".to_string(), &0)));
        assert!(took.as_secs_f64() < 1.0, "read in {took:?}");
    }
}
