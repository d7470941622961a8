//! What the engine concludes: outcomes per criterion, validity and verdict per scheme.

use chrono::NaiveDate;
use serde::Serialize;

/// The status of one criterion.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    NotMet,
    /// Facts are missing; `Outcome::missing` names them.
    Unknown,
    /// The criterion does not apply to this applicant (e.g. no ethics-sensitive research).
    NotApplicable,
    /// The applicant asserts it; it needs evidence.
    Declared,
}

/// What is missing to meet a criterion, in the criterion's own unit.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Shortfall {
    pub fact: String,
    pub gap: Gap,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Gap {
    /// Have `have`, need at least `need`.
    More { have: f64, need: f64 },
    /// Have `have`, may have at most `limit`.
    Less { have: f64, limit: f64 },
    /// A share of `have_percent` %, the rule wants at least / at most `need_percent` %.
    /// `add` is how many more of the part (at least) or of the rest (at most) would close it.
    Share { have_percent: f64, need_percent: f64, at_least: bool, add: Option<f64> },
    /// A time rule that will be met on this day.
    Until { date: NaiveDate },
    /// An age limit passed on this day.
    AgedOut { since: NaiveDate },
    /// The answer must be yes (or no, when `yes` is false).
    Answer { yes: bool },
    /// The choice must be one of these.
    OneOf { options: Vec<String> },
}

/// The judgement of one criterion.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Outcome {
    pub criterion: String,
    pub status: Status,
    pub soft: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shortfalls: Vec<Shortfall>,
    /// Facts whose answers are missing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
    /// A time rule not yet met: the day it will be.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub met_from: Option<NaiveDate>,
    /// A time rule met now: the last day it still holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holds_until: Option<NaiveDate>,
}

/// Whether a scheme is in force on the assessment date, by its own text.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Validity {
    InForce { until: Option<NaiveDate> },
    Expired { ended: NaiveDate },
    NotYet { starts: NaiveDate },
    /// The text does not give the dates needed to tell.
    Unknown,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    /// Every hard criterion is met or declared.
    Ready,
    /// Hard criteria are not met, or answers are missing.
    Gaps,
    /// Every gap is a time rule: eligible from this day, if nothing else changes.
    NotYet { from: NaiveDate },
    /// The scheme is not in force on the assessment date.
    NotInForce,
}

/// The judgement of one scheme.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct SchemeAssessment {
    pub scheme: String,
    pub validity: Validity,
    pub verdict: Verdict,
    /// Met or declared hard criteria, as a whole percentage of the applicable hard criteria.
    pub readiness: u8,
    pub outcomes: Vec<Outcome>,
    /// Facts still unanswered that could change the verdict.
    pub unknown_facts: Vec<String>,
}

impl SchemeAssessment {
    pub fn count(&self, status: Status) -> usize {
        self.outcomes.iter().filter(|o| o.status == status).count()
    }

    pub fn hard_gaps(&self) -> impl Iterator<Item = &Outcome> {
        self.outcomes.iter().filter(|o| !o.soft && o.status == Status::NotMet)
    }

    /// The status of one criterion of this scheme.
    pub fn status_of(&self, criterion: &str) -> Option<Status> {
        self.outcomes.iter().find(|o| o.criterion == criterion).map(|o| o.status)
    }
}

/// All chosen schemes judged for one profile.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Assessment {
    pub assessed_on: NaiveDate,
    pub schemes: Vec<SchemeAssessment>,
}

impl Assessment {
    /// The judgement of one scheme, if it was chosen.
    pub fn scheme(&self, id: &str) -> Option<&SchemeAssessment> {
        self.schemes.iter().find(|s| s.scheme == id)
    }
}
