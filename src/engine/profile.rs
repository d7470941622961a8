//! The applicant's answers: facts plus the assessment date.

use crate::schemes::{Condition, IncidentKind, Scalar, Severity};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The answer to one fact. A fact that is absent from the profile is unknown ("I don't know yet").
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum FactValue {
    Number(f64),
    YesNo(bool),
    Date(NaiveDate),
    Choice(String),
    Incidents(Vec<Incident>),
}

/// One safety, quality or environmental incident.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Incident {
    pub date: NaiveDate,
    pub kind: IncidentKind,
    pub severity: Severity,
}

/// Everything the engine judges: the facts and the day they are judged on.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Profile {
    pub assessed_on: NaiveDate,
    #[serde(default)]
    pub facts: BTreeMap<String, FactValue>,
    /// Self-ratings of a performance table's indicators, in points.
    #[serde(default)]
    pub scores: BTreeMap<String, f64>,
}

impl Profile {
    pub fn new(assessed_on: NaiveDate) -> Self {
        Profile { assessed_on, facts: BTreeMap::new(), scores: BTreeMap::new() }
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

    /// Whether a condition holds: `None` while the fact it reads is unknown.
    /// The wizard asks follow-up questions by this, and conditional criteria apply by it.
    pub fn holds(&self, condition: &Condition) -> Option<bool> {
        if let Some(min) = condition.at_least {
            return self.number(&condition.fact).map(|n| n >= min);
        }
        let value = match self.facts.get(&condition.fact)? {
            FactValue::YesNo(b) => Scalar::Bool(*b),
            FactValue::Choice(c) => Scalar::Text(c.clone()),
            _ => return None,
        };
        Some(condition.any_of.contains(&value))
    }
}
