//! Share links with no server: the chosen schemes and the profile travel in the URL fragment
//! (`#p=v4.<base64url>`), which browsers never send to any server.
//!
//! The payload is `v4.` followed by the unpadded base64url of a compact JSON object
//! (docs/report-format.md):
//!
//! ```json
//! {"s":["shaoxing-pilot-base"],"d":"2026-11-23","f":{"pilot_site_area":2000,"incidents":[["2025-03-01","safety","general"]]},"c":{"shaoxing-pilot-base/service-income":12},"p":"{\"evidence\":{\"site-title-or-lease\":{\"state\":\"have\"}}}"}
//! ```
//!
//! `p` is the profile's working plan as it carries it: JSON text in a string, not an object.
//!
//! Each fact is written as its bare value; its kind comes from the fact catalogue. A link is
//! input from anyone, so [`decode`] checks everything against the catalogue: whatever it cannot
//! use is dropped (an unknown fact, a value of the wrong kind or out of range), and whatever
//! makes the whole link meaningless is refused with a [`ShareError`].

use crate::engine::profile::{EARLIEST_YEAR, LATEST_YEAR, MAX_INCIDENTS};
use crate::engine::IdMap;
use crate::engine::{FactValue, Incident, Profile};
use crate::i18n::{Lang, Msg};
use crate::lean::Loose;
use crate::schemes::{catalogue, FactDef, FactKind, IncidentKind, Severity};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// The version prefix of the current payload format (the format version of
/// [`crate::engine::migrate::FORMAT_VERSION`]).
pub const PREFIX: &str = "v4.";
/// The prefixes of older payloads, still read: their answers are carried
/// over by [`crate::engine::migrate::upgrade_facts`], their ratings by
/// [`crate::engine::migrate::upgrade_score_keys`]; version 3 only lacks the plan.
pub const PREFIX_V3: &str = "v3.";
pub const PREFIX_V2: &str = "v2.";
pub const PREFIX_V1: &str = "v1.";
/// The key of the payload in the URL fragment: `#p=v4.…`.
pub const FRAGMENT_KEY: &str = "p";
/// The longest payload read (512 KiB, room for the largest plan); longer ones are refused before any decoding.
pub const MAX_PAYLOAD: usize = crate::engine::profile::MAX_LINK_BYTES;

/// Why a share link cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The payload does not start with a version this app reads (`v4.`, `v3.`, `v2.`, `v1.`).
    UnknownVersion,
    /// The payload is longer than [`MAX_PAYLOAD`].
    TooLong,
    /// The part after the version is not unpadded base64url.
    BadBase64,
    /// The decoded bytes are not UTF-8 JSON of the expected shape.
    BadJson,
    /// The assessment date is not a real date between 1900 and 2200.
    BadDate,
    /// None of the scheme ids is a scheme of this app.
    NoKnownScheme,
    /// An incident list has more than [`MAX_INCIDENTS`] entries.
    TooManyIncidents,
}

/// A clear sentence for each refusal, in the applicant's language.
pub fn message(e: &ShareError, lang: Lang) -> &'static str {
    match e {
        ShareError::UnknownVersion => Msg::ShareUnknownVersion.text(lang),
        ShareError::TooLong => Msg::ShareTooLong.text(lang),
        ShareError::BadBase64 => Msg::ShareBadBase64.text(lang),
        ShareError::BadJson => Msg::ShareBadJson.text(lang),
        ShareError::BadDate => Msg::ShareBadDate.text(lang),
        ShareError::NoKnownScheme => Msg::ShareNoKnownScheme.text(lang),
        ShareError::TooManyIncidents => Msg::ShareTooManyIncidents.text(lang),
    }
}

// ── encode ──────────────────────────────────────────────────────────────────

/// One value on the wire: a fact's bare value or a rating.
#[derive(Serialize)]
#[serde(untagged)]
enum WireValue {
    Whole(i64),
    Number(f64),
    YesNo(bool),
    Text(String),
    Incidents(Vec<[String; 3]>),
}

fn number(n: f64) -> WireValue {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        WireValue::Whole(n as i64)
    } else {
        WireValue::Number(n)
    }
}

fn kind_id(kind: IncidentKind) -> &'static str {
    match kind {
        IncidentKind::Safety => "safety",
        IncidentKind::Quality => "quality",
        IncidentKind::Environment => "environment",
    }
}

fn severity_id(severity: Severity) -> &'static str {
    match severity {
        Severity::General => "general",
        Severity::Larger => "larger",
        Severity::Major => "major",
        Severity::Extraordinary => "extraordinary",
        Severity::Serious => "serious",
    }
}

fn fact_value(value: &FactValue) -> WireValue {
    match value {
        FactValue::Number(n) => number(*n),
        FactValue::YesNo(b) => WireValue::YesNo(*b),
        FactValue::Date(d) => WireValue::Text(d.to_string()),
        FactValue::Choice(c) => WireValue::Text(c.clone()),
        FactValue::Incidents(list) => WireValue::Incidents(
            list.iter().map(|i| [i.date.to_string(), kind_id(i.kind).into(), severity_id(i.severity).into()]).collect(),
        ),
    }
}

/// The wire form, fields in this order: schemes, date, facts, scores, plan.
#[derive(Serialize)]
struct Wire<'a> {
    s: &'a [String],
    d: String,
    #[serde(skip_serializing_if = "IdMap::is_empty")]
    f: IdMap<WireValue>,
    #[serde(skip_serializing_if = "IdMap::is_empty")]
    c: IdMap<WireValue>,
    /// The working plan's JSON text (version 4).
    #[serde(skip_serializing_if = "str::is_empty")]
    p: &'a str,
}

/// The fragment payload (without `#p=`) for these schemes and this profile.
pub fn encode(schemes: &[String], profile: &Profile) -> String {
    let wire = Wire {
        s: schemes,
        d: profile.assessed_on.to_string(),
        f: profile.facts.iter().map(|(k, v)| (k.clone(), fact_value(v))).collect(),
        c: profile.scores.iter().map(|(k, v)| (k.clone(), number(*v))).collect(),
        p: &profile.plan,
    };
    let json = serde_json::to_string(&wire).unwrap_or_default();
    format!("{PREFIX}{}", crate::lean::base64url::encode(json.as_bytes()))
}

/// The whole fragment, `p=v4.…`, to put after the `#` of the app's address.
pub fn fragment(schemes: &[String], profile: &Profile) -> String {
    format!("{FRAGMENT_KEY}={}", encode(schemes, profile))
}

/// Finds the payload in a URL fragment such as `#p=v4.…` (with or without the `#`, among other
/// `&`-separated keys); `None` when the fragment holds no share payload.
pub fn payload_in(fragment: &str) -> Option<&str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split('&').find_map(|part| part.strip_prefix(FRAGMENT_KEY)?.strip_prefix('='))
}

// ── decode ──────────────────────────────────────────────────────────────────

fn date(text: &str) -> Option<NaiveDate> {
    let d = crate::lean::date::parse_iso(text)?;
    (EARLIEST_YEAR..=LATEST_YEAR).contains(&d.year()).then_some(d)
}

fn incident_kind(id: &str) -> Option<IncidentKind> {
    [IncidentKind::Safety, IncidentKind::Quality, IncidentKind::Environment].into_iter().find(|k| kind_id(*k) == id)
}

fn severity(id: &str) -> Option<Severity> {
    [Severity::General, Severity::Larger, Severity::Major, Severity::Extraordinary, Severity::Serious]
        .into_iter()
        .find(|s| severity_id(*s) == id)
}

fn incident(value: &Loose) -> Option<Incident> {
    match value.as_array()?.as_slice() {
        [d, k, s] => Some(Incident {
            date: date(d.as_str()?)?,
            kind: incident_kind(k.as_str()?)?,
            severity: severity(s.as_str()?)?,
        }),
        _ => None,
    }
}

/// Reads one fact's value in the shape its catalogue entry says; `Ok(None)` drops it. Ranges,
/// options and dates are checked afterwards by [`Profile::sanitize`], as for imported files.
fn read_fact(def: &FactDef, value: &Loose) -> Result<Option<FactValue>, ShareError> {
    Ok(match def.kind {
        FactKind::Number | FactKind::Count => value.as_f64().map(FactValue::Number),
        FactKind::YesNo => value.as_bool().map(FactValue::YesNo),
        FactKind::Date => value.as_str().and_then(date).map(FactValue::Date),
        FactKind::Choice => value.as_str().map(|c| FactValue::Choice(c.to_string())),
        FactKind::Incidents => match value.as_array() {
            Some(list) if list.len() > MAX_INCIDENTS => return Err(ShareError::TooManyIncidents),
            // One unreadable entry drops the whole list: keeping the rest could hide an incident.
            Some(list) => list.iter().map(incident).collect::<Option<Vec<_>>>().map(FactValue::Incidents),
            None => None,
        },
    })
}

/// Reads a payload made by [`encode`]. Unknown schemes, unknown facts and unusable values are
/// dropped; a payload that cannot be read at all, or that names no known scheme, is refused.
pub fn decode(payload: &str) -> Result<(Vec<String>, Profile), ShareError> {
    if payload.len() > MAX_PAYLOAD {
        return Err(ShareError::TooLong);
    }
    let (body, version) = if let Some(body) = payload.strip_prefix(PREFIX) {
        (body, crate::engine::migrate::FORMAT_VERSION)
    } else if let Some(body) = payload.strip_prefix(PREFIX_V3) {
        (body, 3)
    } else if let Some(body) = payload.strip_prefix(PREFIX_V2) {
        (body, 2)
    } else {
        (payload.strip_prefix(PREFIX_V1).ok_or(ShareError::UnknownVersion)?, 1)
    };
    let bytes = crate::lean::base64url::decode(body).ok_or(ShareError::BadBase64)?;
    let text = String::from_utf8(bytes).map_err(|_| ShareError::BadJson)?;
    let root: Loose = serde_json::from_str(&text).map_err(|_| ShareError::BadJson)?;
    let root = root.as_object().ok_or(ShareError::BadJson)?;

    let ids = root.get("s").and_then(Loose::as_array).ok_or(ShareError::BadJson)?;
    let mut schemes: Vec<String> = Vec::new();
    for id in ids {
        let id = id.as_str().ok_or(ShareError::BadJson)?;
        if catalogue().scheme(id).is_some() && !schemes.iter().any(|s| s == id) {
            schemes.push(id.to_string());
        }
    }
    if schemes.is_empty() {
        return Err(ShareError::NoKnownScheme);
    }

    let assessed_on = root.get("d").and_then(Loose::as_str).ok_or(ShareError::BadJson)?;
    let mut profile = Profile::new(date(assessed_on).ok_or(ShareError::BadDate)?);

    let empty = IdMap::new();
    let object = |key: &str| match root.get(key) {
        None => Ok(&empty),
        Some(v) => v.as_object().ok_or(ShareError::BadJson),
    };
    let mut facts = IdMap::new();
    for (id, value) in object("f")? {
        // A version 1 link may carry facts this version replaced: read them by their old kind.
        let old =
            (version == 1).then(|| crate::engine::migrate::V1_REMOVED.iter().find(|(old, _)| old == id)).flatten();
        let value = match (catalogue().fact(id), old) {
            (Some(def), _) => read_fact(def, value)?,
            (None, Some((_, crate::schemes::FactKind::YesNo))) => value.as_bool().map(FactValue::YesNo),
            _ => None,
        };
        if let Some(value) = value {
            facts.insert(id.clone(), value);
        }
    }
    crate::engine::migrate::upgrade_facts(&mut facts, version);
    profile.facts = facts;
    for (id, value) in object("c")? {
        if let Some(points) = value.as_f64() {
            profile.scores.insert(id.clone(), points);
        }
    }
    crate::engine::migrate::upgrade_score_keys(&mut profile.scores, version, catalogue(), "");
    if version >= 4 {
        profile.plan = root.get("p").and_then(Loose::as_str).unwrap_or_default().to_string();
    }
    profile.sanitize(catalogue());
    Ok((schemes, profile))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_payload_is_found_in_a_fragment() {
        assert_eq!(payload_in("#p=v1.abc"), Some("v1.abc"));
        assert_eq!(payload_in("lang=en&p=v1.abc"), Some("v1.abc"));
        assert_eq!(payload_in("#scheme-x"), None);
    }
}
