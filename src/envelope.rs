//! The envelope around every stored value and downloaded file: a format name, a version and the
//! data. Storage (`store`) and report files (`report`) both read and write through it.

use crate::lean::Loose;
use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// The envelope around every stored value and downloaded file.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Envelope<T> {
    pub format: String,
    pub version: u32,
    pub data: T,
}

/// Why a stored value could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    /// Not JSON, or JSON of another shape.
    Unreadable,
    /// Another app's or another format's data.
    Foreign(String),
    /// Written by a newer version of the app; left untouched.
    Newer(u32),
    /// Larger than [`crate::engine::profile::MAX_FILE_BYTES`].
    TooLarge,
    /// An incident list longer than [`crate::engine::profile::MAX_INCIDENTS`].
    TooManyIncidents,
    /// A name longer than [`crate::engine::profile::MAX_NAME_CHARS`].
    NameTooLong,
}

/// Unwraps an envelope of the expected format and of `version` or an earlier one.
pub fn open<T: DeserializeOwned>(text: &str, format: &str, version: u32) -> Result<T, ReadError> {
    open_versioned(text, format, version).map(|(data, _)| data)
}

/// Unwraps an envelope as [`open`] does, with the version it was written in.
pub fn open_versioned<T: DeserializeOwned>(text: &str, format: &str, version: u32) -> Result<(T, u32), ReadError> {
    let value: Loose = serde_json::from_str(text).map_err(|_| ReadError::Unreadable)?;
    let found = value.get("format").and_then(Loose::as_str).unwrap_or_default();
    if found != format {
        return Err(ReadError::Foreign(found.to_string()));
    }
    let v = value
        .get("version")
        .and_then(Loose::as_f64)
        .filter(|v| v.fract() == 0.0 && *v >= 0.0)
        .ok_or(ReadError::Unreadable)?;
    if v > f64::from(version) {
        return Err(ReadError::Newer(v.min(f64::from(u32::MAX)) as u32));
    }
    if value.get("data").is_none() {
        return Err(ReadError::Unreadable);
    }
    // The data is read from the text itself, not from the parsed value: every stored type then
    // has one deserializer in the wasm (the text reader the catalogue uses too), not two.
    let envelope: Envelope<T> = serde_json::from_str(text).map_err(|_| ReadError::Unreadable)?;
    Ok((envelope.data, v as u32))
}

/// Wraps a value in its envelope as JSON.
pub fn seal<T: Serialize>(data: &T, format: &str, version: u32) -> String {
    serde_json::to_string(&Envelope { format: format.to_string(), version, data }).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A value of the settings' shape, under the settings' format name.
    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Settings {
        lang: String,
    }
    const SETTINGS_FORMAT: &str = "platform-readiness/settings";
    const SETTINGS_VERSION: u32 = 1;

    #[test]
    fn envelopes_round_trip() {
        let s = Settings { lang: "en".into() };
        let text = seal(&s, SETTINGS_FORMAT, SETTINGS_VERSION);
        assert_eq!(open::<Settings>(&text, SETTINGS_FORMAT, SETTINGS_VERSION), Ok(s));
    }

    #[test]
    fn foreign_newer_and_broken_values_are_refused_with_their_reason() {
        assert_eq!(open::<Settings>("not json", SETTINGS_FORMAT, 1), Err(ReadError::Unreadable));
        assert_eq!(
            open::<Settings>(r#"{"format":"other-app","version":1,"data":{}}"#, SETTINGS_FORMAT, 1),
            Err(ReadError::Foreign("other-app".into()))
        );
        assert_eq!(
            open::<Settings>(
                r#"{"format":"platform-readiness/settings","version":99,"data":{"lang":"en"}}"#,
                SETTINGS_FORMAT,
                1
            ),
            Err(ReadError::Newer(99))
        );
        assert_eq!(
            open::<Settings>(
                r#"{"format":"platform-readiness/settings","version":1,"data":{"lang":42}}"#,
                SETTINGS_FORMAT,
                1
            ),
            Err(ReadError::Unreadable)
        );
        assert_eq!(open::<Settings>(r#"[1,2,3]"#, SETTINGS_FORMAT, 1), Err(ReadError::Foreign(String::new())));
    }
}
