//! The applicant's answers: facts plus the assessment date.

use super::IdMap;
use crate::schemes::{Condition, IncidentKind, Scalar, Severity};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The answer to one fact. A fact that is absent from the profile is unknown ("I don't know yet").
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum FactValue {
    Number(f64),
    YesNo(bool),
    Date(#[serde(with = "crate::lean::date::iso")] NaiveDate),
    Choice(String),
    Incidents(Vec<Incident>),
}

/// One safety, quality or environmental incident.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Incident {
    #[serde(with = "crate::lean::date::iso")]
    pub date: NaiveDate,
    pub kind: IncidentKind,
    pub severity: Severity,
}

/// Everything the engine judges: the facts and the day they are judged on.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Profile {
    #[serde(with = "crate::lean::date::iso")]
    pub assessed_on: NaiveDate,
    #[serde(default)]
    pub facts: IdMap<FactValue>,
    /// Self-ratings of the performance tables' indicators, in points, keyed by scheme and
    /// indicator: `"shaoxing-pilot-base/service-income"` ([`score_key`]), so that two schemes'
    /// tables never share a rating (format version 3; older keys are upgraded by
    /// [`crate::engine::migrate::upgrade_scores`]).
    #[serde(default)]
    pub scores: IdMap<f64>,
    /// The applicant's working plan (evidence marks and planned changes, format version 4): the
    /// text of a JSON object, empty when there is none. The main app carries it as text, unread
    /// (its code then costs the first load next to nothing); the plan module
    /// ([`crate::plan::Workplan::read`]) reads it and applies planned changes only to copies.
    /// Stored, downloaded and shared with the answers.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub plan: String,
}

/// The key of a rating in [`Profile::scores`]: the scheme's id, `/`, the indicator's id.
pub fn score_key(scheme: &str, indicator: &str) -> String {
    format!("{scheme}/{indicator}")
}

impl Profile {
    pub fn new(assessed_on: NaiveDate) -> Self {
        Profile { assessed_on, facts: IdMap::new(), scores: IdMap::new(), plan: String::new() }
    }

    /// Sets a fact (builder style, for tests and fixtures).
    pub fn with(mut self, id: &str, value: FactValue) -> Self {
        self.facts.insert(id.to_string(), value);
        self
    }

    /// A number, if known and finite.
    pub fn number(&self, id: &str) -> Option<f64> {
        match self.facts.get(id) {
            Some(FactValue::Number(n)) if n.is_finite() => Some(*n),
            _ => None,
        }
    }

    pub fn yes_no(&self, id: &str) -> Option<bool> {
        match self.facts.get(id) {
            Some(FactValue::YesNo(b)) => Some(*b),
            _ => None,
        }
    }

    pub fn date(&self, id: &str) -> Option<NaiveDate> {
        match self.facts.get(id) {
            Some(FactValue::Date(d)) => Some(*d),
            _ => None,
        }
    }

    pub fn choice(&self, id: &str) -> Option<&str> {
        match self.facts.get(id) {
            Some(FactValue::Choice(c)) => Some(c),
            _ => None,
        }
    }

    pub fn incidents(&self, id: &str) -> Option<&[Incident]> {
        match self.facts.get(id) {
            Some(FactValue::Incidents(list)) => Some(list),
            _ => None,
        }
    }

    /// The rating of one indicator of a scheme's performance table, if rated.
    pub fn score(&self, scheme: &str, indicator: &str) -> Option<f64> {
        self.scores.get(&score_key(scheme, indicator)).copied()
    }

    /// Rates one indicator of a scheme's table (`None`: not rated).
    pub fn set_score(&mut self, scheme: &str, indicator: &str, points: Option<f64>) {
        let key = score_key(scheme, indicator);
        match points {
            Some(p) => {
                self.scores.insert(key, p);
            }
            None => {
                self.scores.remove(&key);
            }
        }
    }

    /// The ratings of one scheme's table, by indicator id.
    pub fn ratings(&self, scheme: &str) -> IdMap<f64> {
        let prefix = score_key(scheme, "");
        let mut out = IdMap::new();
        for (key, points) in &self.scores {
            if let Some(indicator) = key.strip_prefix(&prefix) {
                out.insert(indicator.to_string(), *points);
            }
        }
        out
    }

    /// Whether a condition holds: `None` while the fact it reads is unknown.
    /// The wizard asks follow-up questions by this, and conditional criteria apply by it.
    pub fn holds(&self, condition: &Condition) -> Option<bool> {
        if let Some(min) = condition.at_least {
            return self.number(&condition.fact).map(|n| n >= min);
        }
        let value = match self.facts.get(condition.fact.as_str())? {
            FactValue::YesNo(b) => Scalar::Bool(*b),
            FactValue::Choice(c) => Scalar::Text(c.clone().into()),
            _ => return None,
        };
        Some(condition.any_of.contains(&value))
    }
}

/// Dates outside these years are refused from files and links.
pub const EARLIEST_YEAR: i32 = 1900;
pub const LATEST_YEAR: i32 = 2200;
/// The limits on what the app takes in, defined once: the incident editor, the name fields, the
/// import, share links and every reader of stored data check these same values, each with its
/// own message.
/// The longest incident list a profile may carry.
pub const MAX_INCIDENTS: usize = 200;
/// The longest name of an assessment or a saved report, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The largest report file read (a report is a few tens of kilobytes).
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
/// The largest working plan carried (evidence marks and planned changes), in bytes of JSON: more
/// than the plan module can write (every document of every scheme marked with the longest owner
/// and note in Chinese, and the most changes; `tests/plan_module.rs` checks it), so a plan
/// written by the app is never dropped as too large.
pub const MAX_PLAN_BYTES: usize = 256 * 1024;
/// The longest payload of a share link, in bytes: the largest plan with the answers fits.
pub const MAX_LINK_BYTES: usize = 512 * 1024;

impl Profile {
    /// Drops what no question of the catalogue could have produced: unknown facts, values of
    /// the wrong kind, numbers that are not finite or out of the fact's range, dates outside
    /// 1900–2200, choices that are not options, over-long incident lists, ratings of unknown
    /// indicators (of a scheme's table) or outside 0..=weight. Returns how many values were dropped.
    pub fn sanitize(&mut self, catalogue: &crate::schemes::Catalogue) -> usize {
        use crate::schemes::FactKind;
        use chrono::Datelike;
        let date_ok = |d: &NaiveDate| (EARLIEST_YEAR..=LATEST_YEAR).contains(&d.year());
        let before = self.facts.len() + self.scores.len();
        self.facts.retain(|id, value| {
            let Some(def) = catalogue.fact(id) else { return false };
            match (def.kind, value) {
                (FactKind::Number | FactKind::Count, FactValue::Number(n)) => {
                    n.is_finite()
                        && *n >= def.min.unwrap_or(0.0)
                        && *n <= def.max.unwrap_or(f64::MAX)
                        && (def.kind == FactKind::Number || n.fract() == 0.0)
                }
                (FactKind::YesNo, FactValue::YesNo(_)) => true,
                (FactKind::Date, FactValue::Date(d)) => date_ok(d),
                (FactKind::Choice, FactValue::Choice(c)) => def.options.iter().any(|o| &o.id == c),
                (FactKind::Incidents, FactValue::Incidents(list)) => {
                    list.len() <= MAX_INCIDENTS && list.iter().all(|i| date_ok(&i.date))
                }
                _ => false,
            }
        });
        self.scores.retain(|key, v| {
            let weight = key.split_once('/').and_then(|(scheme, indicator)| {
                let table = catalogue.scheme(scheme)?.performance.as_ref()?;
                table.indicators.iter().find(|i| i.id == indicator).map(|i| f64::from(i.weight))
            });
            weight.is_some_and(|w| v.is_finite() && *v >= 0.0 && *v <= w)
        });
        // The plan is checked by the plan module; here only its size is bounded and its shape an object.
        let plan_dropped = !self.plan.is_empty() && (self.plan.len() > MAX_PLAN_BYTES || !self.plan.starts_with('{'));
        if plan_dropped {
            self.plan.clear();
        }
        if !date_ok(&self.assessed_on) {
            self.assessed_on = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
        }
        before - self.facts.len() - self.scores.len() + usize::from(plan_dropped)
    }
}
