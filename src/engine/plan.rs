//! A dated plan, judged forward: the changes an applicant intends to make ("2027-03-01: pilot
//! site 2 600 m²"), and the first day on which every hard criterion of a scheme holds with them.
//!
//! The plan is kept apart from the facts: [`profile_on`] returns a new profile with the changes
//! dated on or before a day applied, and never touches the profile it is given.
//!
//! The forward day is computed exactly from the engine's sets of days, not by stepping day by
//! day. Between two change dates the profile is constant, and the days on which a rule holds do
//! not depend on the day it is judged on, with one exception: an incident counts against a
//! window only once it has happened. So the days ahead are cut into segments at every change
//! date and every incident date; each segment's profile is judged once, and its hard criteria's
//! days, the measure's period and the segment itself are intersected.

use super::days::Days;
use super::outcome::{Status, Verdict};
use super::profile::{FactValue, Incident, Profile};
use super::{assess_scheme, judge_criterion, period_days, validity, Validity};
use crate::schemes::{Catalogue, IncidentKind, Scheme, Severity};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a planned change does to its fact.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    /// The fact takes this value from the change's day on.
    Set { value: FactValue },
    /// An incident on the change's day is added to the fact's list (a "what if").
    Incident { kind: IncidentKind, severity: Severity },
}

/// One change the applicant plans, from a day on.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct PlannedChange {
    #[serde(with = "crate::lean::date::iso")]
    pub on: NaiveDate,
    pub fact: String,
    #[serde(flatten)]
    pub change: Change,
}

impl PlannedChange {
    /// From `on`, `fact` has `value`.
    pub fn set(on: NaiveDate, fact: &str, value: FactValue) -> Self {
        PlannedChange { on, fact: fact.to_string(), change: Change::Set { value } }
    }

    /// An incident of this kind and severity on `on`, added to the list `fact`.
    pub fn incident(on: NaiveDate, fact: &str, kind: IncidentKind, severity: Severity) -> Self {
        PlannedChange { on, fact: fact.to_string(), change: Change::Incident { kind, severity } }
    }

    fn apply(&self, profile: &mut Profile) {
        match &self.change {
            Change::Set { value } => {
                profile.facts.insert(self.fact.clone(), value.clone());
            }
            Change::Incident { kind, severity } => {
                let incident = Incident { date: self.on, kind: *kind, severity: *severity };
                match profile.facts.get_mut(self.fact.as_str()) {
                    Some(FactValue::Incidents(list)) => list.push(incident),
                    // An unanswered (or wrongly typed) list becomes a list of the planned incident:
                    // the plan is the only answer there is.
                    _ => {
                        profile.facts.insert(self.fact.clone(), FactValue::Incidents(vec![incident]));
                    }
                }
            }
        }
    }
}

/// The applicant's planned changes, in the order they were entered. Changes apply in the order
/// of their days; two on the same day apply in the order entered, so the later one wins.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Plan {
    pub changes: Vec<PlannedChange>,
}

impl Plan {
    pub fn new(changes: Vec<PlannedChange>) -> Self {
        Plan { changes }
    }

    /// The changes in the order they apply: by day, then as entered.
    fn in_order(&self) -> Vec<&PlannedChange> {
        let mut list: Vec<&PlannedChange> = self.changes.iter().collect();
        crate::lean::sort::sort_by(&mut list, |a, b| a.on.cmp(&b.on));
        list
    }
}

/// The profile as it will be on `day` if the plan is carried out: every change dated on or before
/// `day` applied, judged on `day`. The given profile is not changed.
pub fn profile_on(profile: &Profile, plan: &Plan, day: NaiveDate) -> Profile {
    let mut p = profile.clone();
    p.assessed_on = day;
    for change in plan.in_order().into_iter().filter(|c| c.on <= day) {
        change.apply(&mut p);
    }
    p
}

/// Why no day ahead has every hard criterion holding with the plan.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Blocked {
    /// The scheme is not in force on the assessment date.
    NotInForce,
    /// Answers still missing once every change is made: the facts.
    Missing { facts: Vec<String> },
    /// Hard criteria that hold on no day ahead once every change is made.
    Gaps { criteria: Vec<String> },
    /// Every hard criterion holds together from `from`, but the measure's period ends on `ended`.
    AfterPeriod { from: NaiveDate, ended: NaiveDate },
    /// Each hard criterion holds on some day ahead, never all on the same day.
    NoCommonDay,
}

/// The verdict with the plan applied.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(tag = "forward", rename_all = "snake_case")]
pub enum Forward {
    /// Every hard criterion holds on `from` (the first such day on or after the assessment date)
    /// and the measure is in force, as far as its text tells, up to and including `until` (none:
    /// for as long as the text and the plan tell). `boundary`: readings of the law differ on that
    /// very day.
    From {
        from: NaiveDate,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        until: Option<NaiveDate>,
        boundary: bool,
    },
    /// No such day.
    Never(Blocked),
}

/// One scheme as things are and with the plan.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct SchemeForward {
    pub scheme: String,
    /// The verdict on the assessment date without the plan.
    pub as_is: Verdict,
    /// The verdict without the plan, judged forward: the first day every hard criterion holds
    /// if nothing changes.
    pub as_is_forward: Forward,
    pub with_plan: Forward,
    /// The days from the assessment date on which every hard criterion holds with the plan and
    /// the measure is in force.
    #[serde(skip)]
    pub days: Days,
}

/// The first days of the segments over which the planned profile is constant, from `from` on:
/// `from`, then every later change date and incident date, sorted, each once.
pub fn segment_starts(profile: &Profile, plan: &Plan, from: NaiveDate) -> Vec<NaiveDate> {
    let mut starts = vec![from];
    let recorded = profile.facts.iter().map(|(_, v)| v);
    let planned = plan.changes.iter().filter_map(|c| match &c.change {
        Change::Set { value } => Some(value),
        Change::Incident { .. } => None,
    });
    for value in recorded.chain(planned) {
        if let FactValue::Incidents(list) = value {
            starts.extend(list.iter().map(|i| i.date));
        }
    }
    starts.extend(plan.changes.iter().map(|c| c.on));
    starts.retain(|d| *d >= from);
    crate::lean::sort::sort_by(&mut starts, |a, b| a.cmp(b));
    starts.dedup();
    starts
}

/// The days on or after the assessment date on which every hard criterion of `scheme` holds with
/// the plan applied; `with_period` adds the measure's period as a limit.
fn plan_days(scheme: &Scheme, profile: &Profile, plan: &Plan, with_period: bool) -> Days {
    let on = profile.assessed_on;
    let starts = segment_starts(profile, plan, on);
    let period = if with_period { period_days(&scheme.period) } else { Days::all() };
    let mut all = Days::none();
    for (i, start) in starts.iter().enumerate() {
        let last = starts.get(i + 1).and_then(|next| next.pred_opt()).unwrap_or(NaiveDate::MAX);
        let p = profile_on(profile, plan, *start);
        let segment = scheme
            .criteria
            .iter()
            .map(|c| judge_criterion(c, &p))
            .filter(|o| o.is_hard())
            .fold(Days::span(*start, last).and(&period), |acc, o| acc.and(&o.days));
        all = all.or(&segment);
    }
    all
}

/// Judges one scheme forward with the plan.
pub fn forward(scheme: &Scheme, profile: &Profile, plan: &Plan) -> Forward {
    forward_and_days(scheme, profile, plan).0
}

/// The forward verdict and the days on which every hard criterion holds with the plan.
fn forward_and_days(scheme: &Scheme, profile: &Profile, plan: &Plan) -> (Forward, Days) {
    let on = profile.assessed_on;
    if matches!(validity(&scheme.period, on), Validity::Expired { .. }) {
        return (Forward::Never(Blocked::NotInForce), Days::none());
    }
    let days = plan_days(scheme, profile, plan, true);
    let Some(from) = days.first_on_or_after(on) else {
        return (Forward::Never(blocked(scheme, profile, plan)), days);
    };
    let then = profile_on(profile, plan, from);
    let boundary = scheme.criteria.iter().map(|c| judge_criterion(c, &then)).any(|o| o.is_hard() && o.boundary);
    let until =
        days.spans().iter().find(|(a, b)| *a <= from && from <= *b).map(|s| s.1).filter(|d| *d != NaiveDate::MAX);
    (Forward::From { from, until, boundary }, days)
}

/// Why no day holds: judged on the profile once every change is made.
fn blocked(scheme: &Scheme, profile: &Profile, plan: &Plan) -> Blocked {
    let on = profile.assessed_on;
    let last_start = segment_starts(profile, plan, on).last().copied().unwrap_or(on);
    let end = profile_on(profile, plan, last_start);
    let hard: Vec<_> = scheme.criteria.iter().map(|c| judge_criterion(c, &end)).filter(|o| o.is_hard()).collect();
    let mut facts: Vec<String> = Vec::new();
    for f in hard.iter().filter(|o| o.status == Status::Unknown || !o.missing.is_empty()).flat_map(|o| &o.missing) {
        if !facts.contains(f) {
            facts.push(f.clone());
        }
    }
    if !facts.is_empty() {
        return Blocked::Missing { facts };
    }
    let ahead = Days::from(last_start);
    let criteria: Vec<String> =
        hard.iter().filter(|o| o.days.and(&ahead).is_empty()).map(|o| o.criterion.clone()).collect();
    if !criteria.is_empty() {
        return Blocked::Gaps { criteria };
    }
    match (plan_days(scheme, profile, plan, false).first_on_or_after(on), super::period_end(&scheme.period)) {
        (Some(from), Some(ended)) if from > ended => Blocked::AfterPeriod { from, ended },
        _ => Blocked::NoCommonDay,
    }
}

/// Every chosen scheme (all when `ids` is empty) as things are and with the plan, in catalogue
/// order.
pub fn judge_forward(catalogue: &Catalogue, profile: &Profile, plan: &Plan, ids: &[String]) -> Vec<SchemeForward> {
    catalogue
        .schemes
        .iter()
        .filter(|s| ids.is_empty() || ids.iter().any(|id| id == &s.id))
        .map(|s| {
            let (with_plan, days) = forward_and_days(s, profile, plan);
            SchemeForward {
                scheme: s.id.to_string(),
                as_is: assess_scheme(s, profile).verdict,
                as_is_forward: forward(s, profile, &Plan::default()),
                with_plan,
                days,
            }
        })
        .collect()
}
