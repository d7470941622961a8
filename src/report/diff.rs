//! A report judged by other rules: when a saved report or an imported file carries the stamp of
//! rules other than the app's, what moved — each scheme's verdict then and now, and each
//! criterion whose status changed, with the citation of the rules in force now.
//!
//! "Then" is what the file recorded when it was written (`data.assessment`), read only to be
//! compared: the report itself is always judged again ([`super::Report::from_json`]), so a file
//! edited to show other outcomes can change the "then" column, never what the app concludes now.

use super::Report;
use crate::engine::{assess, Assessment, Status, Verdict};
use crate::schemes::{Catalogue, Text};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A verdict by its kind, as a report file writes it (`"verdict": "not_yet"`, …): what two
/// judgements are compared by.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum VerdictKind {
    Ready,
    Gaps,
    NotYet {
        #[serde(with = "crate::lean::date::iso")]
        from: NaiveDate,
    },
    NoDay {},
    NotInForce,
}

impl From<&Verdict> for VerdictKind {
    fn from(v: &Verdict) -> Self {
        match v {
            Verdict::Ready => VerdictKind::Ready,
            Verdict::Gaps => VerdictKind::Gaps,
            Verdict::NotYet { from, .. } => VerdictKind::NotYet { from: *from },
            Verdict::NoDay { .. } => VerdictKind::NoDay {},
            Verdict::NotInForce => VerdictKind::NotInForce,
        }
    }
}

/// A status as a report file writes it.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum StatusKind {
    Met,
    NotMet,
    Unknown,
    NotApplicable,
    Declared,
}

impl From<Status> for StatusKind {
    fn from(s: Status) -> Self {
        match s {
            Status::Met => StatusKind::Met,
            Status::NotMet => StatusKind::NotMet,
            Status::Unknown => StatusKind::Unknown,
            Status::NotApplicable => StatusKind::NotApplicable,
            Status::Declared => StatusKind::Declared,
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct RecordedOutcome {
    pub criterion: String,
    pub status: StatusKind,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct RecordedScheme {
    pub scheme: String,
    pub verdict: VerdictKind,
    #[serde(default)]
    pub outcomes: Vec<RecordedOutcome>,
}

/// The verdicts and statuses a report recorded when it was written.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Recorded {
    #[serde(default)]
    pub schemes: Vec<RecordedScheme>,
}

#[derive(Deserialize)]
struct FileData {
    #[serde(default)]
    assessment: Option<Recorded>,
}

#[derive(Deserialize)]
struct File {
    data: FileData,
}

impl Recorded {
    /// What a report file recorded (`data.assessment`); none when the file holds no readable
    /// record (other tools need not write it).
    pub fn from_json(text: &str) -> Option<Recorded> {
        if text.len() > super::model::MAX_FILE_BYTES {
            return None;
        }
        serde_json::from_str::<File>(text).ok()?.data.assessment
    }

    /// The record of a judgement made in this app.
    pub fn of(assessment: &Assessment) -> Recorded {
        Recorded {
            schemes: assessment
                .schemes
                .iter()
                .map(|s| RecordedScheme {
                    scheme: s.scheme.clone(),
                    verdict: (&s.verdict).into(),
                    outcomes: s
                        .outcomes
                        .iter()
                        .map(|o| RecordedOutcome { criterion: o.criterion.clone(), status: o.status.into() })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// A criterion whose status moved.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct CriterionChange {
    pub criterion: String,
    /// None: the criterion was not in the rules then (or not in the record).
    pub then: Option<StatusKind>,
    /// None: the criterion is not in the rules now.
    pub now: Option<StatusKind>,
    /// Where the rules in force now set it (none for a criterion they no longer have).
    pub citation: Option<Text>,
}

/// One scheme then and now.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct SchemeChange {
    pub scheme: String,
    /// None: the record has no verdict for it.
    pub then: Option<VerdictKind>,
    pub now: VerdictKind,
    /// The criteria whose status moved, in the order of the rules now, then those gone.
    pub criteria: Vec<CriterionChange>,
}

impl SchemeChange {
    pub fn verdict_changed(&self) -> bool {
        self.then.as_ref() != Some(&self.now)
    }
}

/// What moved between the rules that judged a report and the rules now.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct RulesDiff {
    pub then_rules: String,
    pub then_hash: String,
    pub now_hash: String,
    /// Every scheme of the report, in its order.
    pub schemes: Vec<SchemeChange>,
    /// Schemes the record judged that the rules now no longer have.
    pub gone: Vec<String>,
}

/// The report's facts judged again by `catalogue` (whose fingerprint is `rules_hash`) against
/// what it recorded; none when the report was judged by the same rules.
pub fn diff(report: &Report, recorded: &Recorded, catalogue: &Catalogue, rules_hash: &str) -> Option<RulesDiff> {
    if report.stamp.rules_hash == rules_hash {
        return None;
    }
    let now = assess(catalogue, &report.profile, &report.schemes);
    let schemes = now
        .schemes
        .iter()
        .map(|s| {
            let was = recorded.schemes.iter().find(|r| r.scheme == s.scheme);
            let scheme = catalogue.scheme(&s.scheme);
            let then_of = |c: &str| was.and_then(|w| w.outcomes.iter().find(|o| o.criterion == c)).map(|o| o.status);
            let mut criteria: Vec<CriterionChange> = s
                .outcomes
                .iter()
                .filter(|o| then_of(&o.criterion) != Some(o.status.into()))
                .map(|o| CriterionChange {
                    criterion: o.criterion.clone(),
                    then: then_of(&o.criterion),
                    now: Some(o.status.into()),
                    citation: scheme
                        .and_then(|sc| sc.criteria.iter().find(|c| c.id == o.criterion.as_str()))
                        .map(|c| c.citation.clone()),
                })
                .collect();
            for gone in was.iter().flat_map(|w| &w.outcomes) {
                if !s.outcomes.iter().any(|o| o.criterion == gone.criterion) {
                    criteria.push(CriterionChange {
                        criterion: gone.criterion.clone(),
                        then: Some(gone.status),
                        now: None,
                        citation: None,
                    });
                }
            }
            SchemeChange {
                scheme: s.scheme.clone(),
                then: was.map(|w| w.verdict.clone()),
                now: (&s.verdict).into(),
                criteria,
            }
        })
        .collect();
    let gone =
        recorded.schemes.iter().filter(|r| catalogue.scheme(&r.scheme).is_none()).map(|r| r.scheme.clone()).collect();
    Some(RulesDiff {
        then_rules: report.stamp.rules_version.clone(),
        then_hash: report.stamp.rules_hash.clone(),
        now_hash: rules_hash.to_string(),
        schemes,
        gone,
    })
}

/// [`diff`] against the rules built into this app.
pub fn against_current(report: &Report, recorded: &Recorded) -> Option<RulesDiff> {
    diff(report, recorded, crate::schemes::catalogue(), crate::schemes::RULES_HASH)
}
