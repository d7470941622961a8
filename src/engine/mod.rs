//! The engine: judges a profile against every chosen scheme. Pure Rust, no UI.

pub mod dates;
pub mod days;
pub mod fixes;

pub mod judge;
pub mod margins;
pub mod migrate;
pub mod outcome;
pub mod plan;
pub mod profile;
pub mod score;

pub use crate::lean::IdMap;
pub use outcome::*;
pub use profile::{score_key, FactValue, Incident, Profile};

use crate::schemes::{Catalogue, Criterion, Period, Scheme};
use chrono::NaiveDate;

/// Judges the profile against the schemes with the given ids (all schemes when `ids` is empty),
/// in catalogue order.
pub fn assess(catalogue: &Catalogue, profile: &Profile, ids: &[String]) -> Assessment {
    let schemes = catalogue
        .schemes
        .iter()
        .filter(|s| ids.is_empty() || ids.iter().any(|id| id == &s.id))
        .map(|s| assess_scheme(s, profile))
        .collect();
    Assessment { assessed_on: profile.assessed_on, schemes }
}

/// Judges one scheme.
pub fn assess_scheme(scheme: &Scheme, profile: &Profile) -> SchemeAssessment {
    let outcomes: Vec<Outcome> = scheme.criteria.iter().map(|c| judge_criterion(c, profile)).collect();
    let validity = validity(&scheme.period, profile.assessed_on);
    let verdict = verdict(&scheme.period, &validity, &outcomes, profile.assessed_on);
    let mut unknown_facts: Vec<String> = Vec::new();
    for fact in outcomes.iter().filter(|o| !o.duty).flat_map(|o| &o.missing) {
        if !unknown_facts.contains(fact) {
            unknown_facts.push(fact.clone());
        }
    }
    let notices =
        scheme.notices.iter().filter(|n| profile.holds(&n.when) == Some(true)).map(|n| n.id.to_string()).collect();
    SchemeAssessment { scheme: scheme.id.to_string(), validity, verdict, outcomes, unknown_facts, notices }
}

pub fn judge_criterion(criterion: &Criterion, profile: &Profile) -> Outcome {
    use crate::schemes::Strength;
    let j = judge::judge(&criterion.rule, profile);
    // A boundary day counts only where the status turns on it: read the day the other way (as
    // the day before or after) and the criterion would hold otherwise.
    let on = profile.assessed_on;
    let turns = |other: Option<NaiveDate>| other.is_some_and(|d| j.days.contains(d) != j.days.contains(on));
    let boundary = j.status != Status::NotApplicable
        && j.contested.contains(&on)
        && (turns(on.pred_opt()) || turns(on.succ_opt()));
    Outcome {
        criterion: criterion.id.to_string(),
        status: j.status,
        soft: criterion.strength == Strength::Soft,
        duty: criterion.strength == Strength::Duty,
        boundary,
        shortfalls: j.shortfalls,
        missing: j.missing,
        met_from: j.met_from,
        holds_until: j.holds_until,
        days: j.days,
        contested: j.contested,
    }
}

/// Whether a criterion's note speaks to these answers: its data's `note_when` holds on them, and
/// its `note_unless` does not (a note whose condition reads an unanswered fact is shown under
/// `note_unless`, not under `note_when`).
pub fn note_applies(criterion: &Criterion, profile: &Profile) -> bool {
    criterion.note_when.as_ref().is_none_or(|c| profile.holds(c) == Some(true))
        && criterion.note_unless.as_ref().is_none_or(|c| profile.holds(c) != Some(true))
}

/// The last day in force: the stated end, or the day before the anniversary of the start.
pub fn period_end(period: &Period) -> Option<NaiveDate> {
    period.end.or_else(|| dates::add_years(period.start?, period.years?)?.pred_opt())
}

/// Whether the scheme is in force on `on`, as far as its text tells.
pub fn validity(period: &Period, on: NaiveDate) -> Validity {
    let end = period_end(period);
    match (period.start, end) {
        (_, Some(end)) if on > end => Validity::Expired { ended: end },
        (Some(start), _) if on < start => Validity::NotYet { starts: start },
        // A start with a length in years but no date, or no start at all: the text cannot tell.
        (None, _) => Validity::Unknown,
        (Some(_), until) => Validity::InForce { until },
    }
}

/// The days on which the measure is in force, as far as its text tells (every day when it
/// does not tell: the validity says so).
pub fn period_days(period: &Period) -> days::Days {
    let first = period.start.unwrap_or(NaiveDate::MIN);
    days::Days::span(first, period_end(period).unwrap_or(NaiveDate::MAX))
}

/// The verdict: ready when every hard criterion holds today; otherwise the first day on which
/// every hard criterion holds at the same time and the measure is in force — or, when waiting
/// cannot close a gap, gaps; or, when the time rules never hold together, the conflict.
fn verdict(period: &Period, validity: &Validity, outcomes: &[Outcome], on: NaiveDate) -> Verdict {
    if matches!(validity, Validity::Expired { .. }) {
        return Verdict::NotInForce;
    }
    let hard: Vec<&Outcome> = outcomes.iter().filter(|o| o.is_hard()).collect();
    // Answers still missing are gaps, whatever the dates.
    if hard.iter().any(|o| o.status == Status::Unknown || !o.missing.is_empty()) {
        return Verdict::Gaps;
    }
    let ahead = days::Days::from(on);
    // Each constraint on the days ahead: a hard criterion (by id) or the measure's period (None),
    // which is not expired, so it has days ahead.
    let mut limits: Vec<(Option<&str>, days::Days)> = vec![(None, period_days(period).and(&ahead))];
    for o in &hard {
        limits.push((Some(o.criterion.as_str()), o.days.and(&ahead)));
    }
    // A criterion that holds on no day ahead (a gap that waiting does not close): gaps.
    if limits.iter().any(|(c, d)| c.is_some() && d.is_empty()) {
        return Verdict::Gaps;
    }
    let together = limits.iter().fold(days::Days::all(), |acc, (_, d)| acc.and(d));
    match together.first_on_or_after(on) {
        // Every limit holds today, the period included: in force, or its text does not tell.
        Some(day) if day == on => Verdict::Ready,
        Some(from) => {
            let boundary = hard.iter().any(|o| o.met_from == Some(from) && o.contested.contains(&from));
            Verdict::NotYet { from, boundary }
        }
        None => {
            // The latest first day against the earliest last day: the pair that never meets.
            let first = |d: &days::Days| d.spans().first().map(|s| s.0).unwrap_or(NaiveDate::MAX);
            let last = |d: &days::Days| d.spans().last().map(|s| s.1).unwrap_or(NaiveDate::MIN);
            let opens = limits
                .iter()
                .max_by_key(|(_, d)| first(d))
                .map(|(c, d)| Limit { criterion: c.map(str::to_string), day: first(d) });
            let closes = limits
                .iter()
                .min_by_key(|(_, d)| last(d))
                .map(|(c, d)| Limit { criterion: c.map(str::to_string), day: last(d) });
            match (opens, closes) {
                (Some(opens), Some(closes)) => Verdict::NoDay { opens, closes },
                _ => Verdict::Gaps,
            }
        }
    }
}

/// The facts a rule reads, conditions included, in order of appearance.
pub fn rule_facts<'a>(rule: &'a crate::schemes::Rule, out: &mut Vec<&'a str>) {
    use crate::schemes::Rule::*;
    let mut push = |f: &'a str| {
        if !out.contains(&f) {
            out.push(f)
        }
    };
    match rule {
        AtLeast { fact, .. }
        | AtMost { fact, .. }
        | YearsSince { fact, .. }
        | BanYears { fact, .. }
        | AgeAtMost { fact, .. }
        | NoIncidentWithin { fact, .. }
        | IsTrue { fact }
        | IsFalse { fact }
        | Declared { fact }
        | OneOf { fact, .. } => push(fact),
        ShareAtLeast { part, whole, .. } | ShareAtMost { part, whole, .. } => {
            push(whole);
            push(part);
        }
        AnyOf { rules } | AllOf { rules } => rules.iter().for_each(|r| rule_facts(r, out)),
        When { condition, rule } => {
            push(&condition.fact);
            rule_facts(rule, out);
        }
    }
}

/// The facts the chosen schemes read (all schemes when `ids` is empty), in the catalogue's
/// order, with the questions a follow-up depends on.
pub fn facts_needed<'a>(catalogue: &'a Catalogue, ids: &[String]) -> Vec<&'a crate::schemes::FactDef> {
    let mut read: Vec<&str> = Vec::new();
    for scheme in catalogue.schemes.iter().filter(|s| ids.is_empty() || ids.iter().any(|id| *id == s.id)) {
        for c in &scheme.criteria {
            rule_facts(&c.rule, &mut read);
        }
        // A notice is shown by its condition: its fact is asked too.
        for n in &scheme.notices {
            if !read.contains(&n.when.fact.as_str()) {
                read.push(&n.when.fact);
            }
        }
    }
    for fact in &catalogue.facts {
        if read.contains(&fact.id.as_str()) {
            if let Some(cond) = &fact.ask_when {
                if !read.contains(&cond.fact.as_str()) {
                    read.push(&cond.fact);
                }
            }
        }
    }
    catalogue.facts.iter().filter(|f| read.contains(&f.id.as_str())).collect()
}

/// The criteria (scheme, criterion) of the chosen schemes that read a fact.
pub fn criteria_reading<'a>(catalogue: &'a Catalogue, ids: &[String], fact: &str) -> Vec<(&'a Scheme, &'a Criterion)> {
    let mut found = Vec::new();
    for scheme in catalogue.schemes.iter().filter(|s| ids.is_empty() || ids.iter().any(|id| *id == s.id)) {
        for c in &scheme.criteria {
            let mut read = Vec::new();
            rule_facts(&c.rule, &mut read);
            if read.contains(&fact) {
                found.push((scheme, c));
            }
        }
    }
    found
}
