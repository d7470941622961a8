//! JSON carried unread (the working plan in a profile): written into the surrounding JSON as the
//! value it is, read back as its text. An empty text is no value (the field is then skipped).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

pub fn serialize<S: Serializer>(text: &str, serializer: S) -> Result<S::Ok, S::Error> {
    match RawValue::from_string(text.to_string()) {
        Ok(raw) => raw.serialize(serializer),
        Err(_) => serializer.serialize_none(),
    }
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let raw = Box::<RawValue>::deserialize(deserializer)?;
    let text = raw.get();
    Ok(if text == "null" { String::new() } else { text.to_string() })
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Holder {
        #[serde(default, skip_serializing_if = "String::is_empty", with = "super")]
        plan: String,
    }

    #[test]
    fn carried_json_is_written_as_json_and_read_back_as_its_text() {
        let h = Holder { plan: r#"{"evidence":{"licence":{"state":"have"}}}"#.into() };
        let text = serde_json::to_string(&h).unwrap();
        assert_eq!(text, r#"{"plan":{"evidence":{"licence":{"state":"have"}}}}"#);
        assert_eq!(serde_json::from_str::<Holder>(&text).unwrap(), h);
        assert_eq!(serde_json::from_str::<Holder>("{}").unwrap().plan, "");
        assert_eq!(serde_json::from_str::<Holder>(r#"{"plan":null}"#).unwrap().plan, "");
        assert_eq!(serde_json::to_string(&Holder { plan: String::new() }).unwrap(), "{}");
    }
}
