//! Versioned local storage. Every stored value is wrapped in an envelope with a format name and
//! a version. Storage that is blocked (private modes, third-party frames) never panics: the app
//! keeps working in memory and says so.

use crate::engine::Profile;
pub use crate::envelope::{open, open_versioned, seal, Envelope, ReadError};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

pub const PREFIX: &str = "platform-readiness/";
pub const DRAFT_KEY: &str = "platform-readiness/draft";
/// The draft of the tool embedded in another page (`embed=1`): kept apart from the full site's.
pub const EMBED_DRAFT_KEY: &str = "platform-readiness/embed/draft";
pub const SETTINGS_KEY: &str = "platform-readiness/settings";
/// Stored values that could not be read are moved here, never overwritten.
pub const ASIDE_PREFIX: &str = "platform-readiness/aside/";

/// The assessment being filled in.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Draft {
    /// Chosen scheme ids. A stored draft may be damaged or edited by hand: ids this app does not
    /// know are dropped when it is read (pages look every chosen id up in the catalogue).
    #[serde(deserialize_with = "known_schemes")]
    pub schemes: Vec<String>,
    pub profile: Profile,
    /// The wizard step the applicant was on.
    #[serde(default)]
    pub step: usize,
    /// Whether the applicant has started answering.
    #[serde(default)]
    pub started: bool,
    /// The applicant's name for this assessment (organisation), used in reports and file names.
    #[serde(default)]
    pub name: String,
    /// What was typed into number and date fields, kept even when it cannot be read yet.
    #[serde(default)]
    pub inputs: crate::engine::IdMap<String>,
    /// When each field was last changed, by field (`merge::field` names them): two tabs' edits
    /// are merged field by field, the later change winning (see [`merge`]).
    #[serde(default)]
    pub marks: crate::engine::IdMap<f64>,
}

/// Reads a list of scheme ids, keeping the known ones, each once, in their order.
fn known_schemes<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    let mut known: Vec<String> = Vec::new();
    for id in Vec::<String>::deserialize(deserializer)? {
        if crate::schemes::catalogue().scheme(&id).is_some() && !known.contains(&id) {
            known.push(id);
        }
    }
    Ok(known)
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Settings {
    pub lang: Lang,
}

pub const DRAFT_FORMAT: &str = "platform-readiness/draft";
pub const DRAFT_VERSION: u32 = crate::engine::migrate::FORMAT_VERSION;
pub const SETTINGS_FORMAT: &str = "platform-readiness/settings";
pub const SETTINGS_VERSION: u32 = 1;

/// Reads a stored draft: its envelope, then its answers brought to the current format.
pub fn read_draft(text: &str) -> Result<Draft, ReadError> {
    let (mut draft, found): (Draft, u32) = open_versioned(text, DRAFT_FORMAT, DRAFT_VERSION)?;
    if found < DRAFT_VERSION {
        crate::engine::migrate::upgrade_facts(&mut draft.profile.facts, found);
        let cat = crate::schemes::catalogue();
        crate::engine::migrate::upgrade_score_keys(&mut draft.profile.scores, found, cat, "");
        crate::engine::migrate::upgrade_score_keys(&mut draft.marks, found, cat, merge::SCORE);
    }
    // A forged draft cannot make merging slow: one mark per field at most.
    if draft.marks.len() > merge::MAX_MARKS {
        draft.marks.clear();
    }
    Ok(draft)
}

pub mod merge;
pub mod reports;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_bad_saved_report_never_hides_the_good_ones() {
        use crate::engine::Profile;
        use crate::report::Report;
        let good = Report::new(
            "1".into(),
            "ok".into(),
            vec!["bingtuan-pilot-base".into()],
            Profile::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()),
        );
        let entries = vec![
            ("platform-readiness/report/1".to_string(), good.to_json()),
            ("platform-readiness/report/2".to_string(), "{broken".to_string()),
            (
                "platform-readiness/report/3".to_string(),
                r#"{"format":"platform-readiness/report","version":7,"data":{}}"#.to_string(),
            ),
        ];
        let (reports, bad) = reports::sort_entries(entries);
        assert_eq!(reports, vec![good]);
        assert_eq!(bad.len(), 2);
        assert_eq!(bad[1].reason, ReadError::Newer(7));
        assert_eq!(bad[0].text, "{broken", "unreadable entries are kept as they are");
    }
}
