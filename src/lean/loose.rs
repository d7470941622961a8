//! JSON read loosely: any value, kept only as far as the app can check it (no maps of
//! arbitrary values, no numbers beyond f64), for data from outside — files and links.

use crate::lean::IdMap;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// Any JSON value, read as it comes and checked after (share links, the envelope of a file).
pub enum Loose {
    Other,
    YesNo(bool),
    Number(f64),
    Text(String),
    List(Vec<Loose>),
    Object(IdMap<Loose>),
}

impl Loose {
    pub fn as_f64(&self) -> Option<f64> {
        if let Loose::Number(n) = self {
            Some(*n)
        } else {
            None
        }
    }
    pub fn as_bool(&self) -> Option<bool> {
        if let Loose::YesNo(b) = self {
            Some(*b)
        } else {
            None
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        if let Loose::Text(t) = self {
            Some(t)
        } else {
            None
        }
    }
    pub fn as_array(&self) -> Option<&Vec<Loose>> {
        if let Loose::List(l) = self {
            Some(l)
        } else {
            None
        }
    }
    pub fn as_object(&self) -> Option<&IdMap<Loose>> {
        if let Loose::Object(o) = self {
            Some(o)
        } else {
            None
        }
    }
    /// A member of an object.
    pub fn get(&self, key: &str) -> Option<&Loose> {
        self.as_object()?.get(key)
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Any;
        impl<'de> Visitor<'de> for Any {
            type Value = Loose;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_unit<E>(self) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_bool<E>(self, b: bool) -> Result<Loose, E> {
                Ok(Loose::YesNo(b))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Loose, E> {
                Ok(Loose::Number(n as f64))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Loose, E> {
                Ok(Loose::Number(n as f64))
            }
            fn visit_f64<E>(self, n: f64) -> Result<Loose, E> {
                Ok(Loose::Number(n))
            }
            fn visit_str<E>(self, t: &str) -> Result<Loose, E> {
                Ok(Loose::Text(t.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Loose, A::Error> {
                let mut list = Vec::new();
                while let Some(item) = items.next_element()? {
                    list.push(item);
                }
                Ok(Loose::List(list))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Loose, A::Error> {
                // Collected first, then sorted once: inserting one by one is quadratic in the
                // number of keys of a hostile file.
                let mut object = Vec::new();
                while let Some(entry) = entries.next_entry::<String, Loose>()? {
                    object.push(entry);
                }
                Ok(Loose::Object(IdMap::from_entries(object)))
            }
        }
        deserializer.deserialize_any(Any)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// Whether `ours` holds what serde_json's own value holds.
    fn same(ours: &Loose, theirs: &Value) -> bool {
        match (ours, theirs) {
            (Loose::Other, Value::Null) => true,
            (Loose::YesNo(a), Value::Bool(b)) => a == b,
            (Loose::Number(a), Value::Number(b)) => Some(*a) == b.as_f64(),
            (Loose::Text(a), Value::String(b)) => a == b,
            (Loose::List(a), Value::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y)),
            (Loose::Object(a), Value::Object(b)) => {
                a.len() == b.len() && b.iter().all(|(k, v)| a.get(k).is_some_and(|x| same(x, v)))
            }
            _ => false,
        }
    }

    #[test]
    fn reads_what_serde_jsons_value_reads() {
        for text in [
            "null",
            "true",
            "0",
            "-12",
            "18446744073709551615",
            "2.5e3",
            "-0.125",
            r#""阳泉 \"中试\" \u00e9""#,
            "[]",
            "{}",
            r#"[1, "a", [false, null], {"z": 1, "a": [2]}]"#,
            r#"{"s":["shaoxing-pilot-base"],"d":"2026-11-23","f":{"b":2000,"a":[["2025-03-01","safety","general"]]},"c":{"x":12}}"#,
        ] {
            let ours: Loose = serde_json::from_str(text).unwrap();
            let theirs: Value = serde_json::from_str(text).unwrap();
            assert!(same(&ours, &theirs), "{text}");
        }
        for bad in ["", "[1,]", "{\"a\" 1}", "nul", "\"open"] {
            assert!(serde_json::from_str::<Loose>(bad).is_err(), "{bad:?} refused");
            assert!(serde_json::from_str::<Value>(bad).is_err(), "{bad:?} refused by serde_json too");
        }
    }
}
