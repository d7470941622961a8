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
    /// A duty of a recognised platform: shown for information, never part of the verdict.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub duty: bool,
    /// The status turns on the assessment date being a boundary day (an anniversary, a window's
    /// last day, the last day at an age limit), where readings of the day differ.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub boundary: bool,
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
    /// The days on which it holds with today's answers.
    #[serde(skip)]
    pub days: super::days::Days,
    /// Days on which readings of the law differ for this criterion.
    #[serde(skip)]
    pub contested: Vec<NaiveDate>,
}

impl Outcome {
    /// Whether the criterion bars the verdict when it fails (not soft, not a duty).
    pub fn is_hard(&self) -> bool {
        !self.soft && !self.duty
    }
}

/// Whether a scheme is in force on the assessment date, by its own text.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Validity {
    InForce {
        until: Option<NaiveDate>,
    },
    Expired {
        ended: NaiveDate,
    },
    NotYet {
        starts: NaiveDate,
    },
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
    /// Every gap is a time rule: from this day every hard criterion holds at the same time and
    /// the measure is in force (as far as its text tells), if nothing else changes.
    NotYet {
        from: NaiveDate,
        /// Readings of the law differ on that very day (it is an anniversary of 满N年).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        boundary: bool,
    },
    /// Every gap is a time rule, but no day has them all at once: one opens only after another
    /// (or the measure) has closed.
    NoDay { opens: Limit, closes: Limit },
    /// The scheme is not in force on the assessment date.
    NotInForce,
}

/// One end of a conflict between dates: a criterion (or, without one, the measure's own period)
/// and its day — the first day it holds, or the last.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Limit {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criterion: Option<String>,
    pub day: NaiveDate,
}

/// The judgement of one scheme.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct SchemeAssessment {
    pub scheme: String,
    pub validity: Validity,
    pub verdict: Verdict,
    pub outcomes: Vec<Outcome>,
    /// Facts still unanswered that could change the verdict.
    pub unknown_facts: Vec<String>,
    /// The ids of the scheme's notices that concern this applicant.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<String>,
}

/// How a scheme's criteria stand, counted as the report states them (instead of a percentage,
/// which let a scheme with a hard bar look nearly ready).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Hard criteria not met that waiting does not close: each one bars the application.
    pub unmet: usize,
    /// Hard criteria not met today that hold from a known later day (a time rule).
    pub waiting: usize,
    /// Hard criteria that cannot be judged: answers are missing.
    pub unknown: usize,
    /// Hard criteria the applicant declares: met once the evidence is given.
    pub declared: usize,
    /// Hard criteria met.
    pub met: usize,
}

impl Counts {
    /// The counts of these outcomes' hard criteria (criteria that do not apply are not counted).
    pub fn of(outcomes: &[Outcome]) -> Counts {
        let mut c = Counts::default();
        for o in outcomes.iter().filter(|o| o.is_hard()) {
            match o.status {
                Status::NotMet if o.met_from.is_some() => c.waiting += 1,
                Status::NotMet => c.unmet += 1,
                Status::Unknown => c.unknown += 1,
                Status::Declared => c.declared += 1,
                Status::Met => c.met += 1,
                Status::NotApplicable => {}
            }
        }
        c
    }
}

impl SchemeAssessment {
    /// Its hard criteria counted by how they stand.
    pub fn counts(&self) -> Counts {
        Counts::of(&self.outcomes)
    }

    pub fn count(&self, status: Status) -> usize {
        self.outcomes.iter().filter(|o| o.status == status).count()
    }

    pub fn hard_gaps(&self) -> impl Iterator<Item = &Outcome> {
        self.outcomes.iter().filter(|o| o.is_hard() && o.status == Status::NotMet)
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
