//! What the applicant records in the plan: a mark per piece of evidence and the planned changes.
//! Stored as JSON in [`crate::engine::Profile::plan`], so it travels with the draft, the saved
//! reports, the JSON file and the share link.

use crate::engine::plan::{Change, Plan, PlannedChange};
use crate::engine::{FactValue, Incident, Profile};
use crate::lean::IdMap;
use crate::schemes::Catalogue;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// At most this many evidence marks and planned changes are kept from a file or a link.
pub const MAX_MARKS: usize = 400;
pub const MAX_CHANGES: usize = 100;
/// Longest owner or note, in characters; longer text is cut (and the cut said where it is shown).
pub const MAX_TEXT: usize = 500;

/// How far one piece of evidence is gathered.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum MarkState {
    /// 已备
    Have,
    /// 准备中
    InProgress,
    /// 尚缺 (the state of an item nobody has marked)
    #[default]
    Missing,
}

/// The applicant's mark on one piece of evidence.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Mark {
    pub state: MarkState,
    /// Who gathers it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// By when.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "optional_date")]
    pub due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The working plan: evidence marks by evidence item id, and the planned changes.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Workplan {
    #[serde(default, skip_serializing_if = "IdMap::is_empty")]
    pub evidence: IdMap<Mark>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<PlannedChange>,
}

impl Workplan {
    /// The plan a profile carries ([`crate::engine::Profile::plan`], JSON text); an empty text is
    /// an empty plan. Whatever the catalogue cannot use is left out (see [`Workplan::sanitize`]);
    /// text that is not a plan gives `None`.
    pub fn read(text: &str, catalogue: &Catalogue) -> Option<Workplan> {
        if text.trim().is_empty() {
            return Some(Workplan::default());
        }
        let mut plan: Workplan = serde_json::from_str(text).ok()?;
        plan.sanitize(catalogue);
        Some(plan)
    }

    /// The JSON text a profile carries: empty for an empty plan.
    pub fn write(&self) -> String {
        if self.is_empty() {
            String::new()
        } else {
            serde_json::to_string(self).unwrap_or_default()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.evidence.is_empty() && self.changes.is_empty()
    }

    /// The planned changes as the engine judges them.
    pub fn engine_plan(&self) -> Plan {
        Plan { changes: self.changes.clone() }
    }

    /// Keeps what the catalogue can use: marks up to [`MAX_MARKS`] with texts cut to
    /// [`MAX_TEXT`] characters; changes up to [`MAX_CHANGES`] to facts the catalogue has, whose
    /// value is of the fact's kind (a number finite and not negative, a choice among its options).
    pub fn sanitize(&mut self, catalogue: &Catalogue) {
        let mut kept = 0;
        self.evidence.retain(|_, mark| {
            kept += 1;
            cut(&mut mark.owner);
            cut(&mut mark.note);
            kept <= MAX_MARKS
        });
        self.changes.retain(|c| fits(c, catalogue));
        self.changes.truncate(MAX_CHANGES);
    }
}

fn cut(text: &mut String) {
    if let Some((at, _)) = text.char_indices().nth(MAX_TEXT) {
        text.truncate(at);
    }
}

/// Whether a planned change names a fact of the catalogue with a value its question could have
/// produced: the value is put through the profile's own checks ([`Profile::sanitize`]).
fn fits(change: &PlannedChange, catalogue: &Catalogue) -> bool {
    let value = match &change.change {
        Change::Set { value } => value.clone(),
        Change::Incident { kind, severity } => {
            FactValue::Incidents(vec![Incident { date: change.on, kind: *kind, severity: *severity }])
        }
    };
    let mut probe = Profile::new(change.on).with(&change.fact, value);
    probe.sanitize(catalogue) == 0 && !probe.facts.is_empty()
}

mod optional_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, serializer: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => serializer.collect_str(d),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
        let text = Option::<String>::deserialize(deserializer)?;
        Ok(text.as_deref().and_then(crate::lean::date::parse_iso))
    }
}
