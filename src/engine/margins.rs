//! Narrow margins: hard criteria that hold today by little — a number just over its threshold, a
//! share one person from its limit, a rule that lapses soon — and incident windows that close
//! soon. Each comes with its figures (the margin and the threshold, or the day and the days
//! left). What counts as narrow is a setting, in [`Margins`], in one place.
//!
//! Whether a rule holds is the engine's judgement ([`super::judge::judge`], leaf by leaf); this
//! module only measures the distance to the figure the rule names.

use super::judge::judge;
use super::outcome::Status;
use super::profile::Profile;
use super::{validity, Validity};
use crate::schemes::{Catalogue, Rule, Strength};
use chrono::NaiveDate;
use serde::Serialize;

/// What counts as a narrow margin.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Margins {
    /// A number that holds by at most this share of its threshold, in per cent.
    pub number_percent: f64,
    /// A share that fails with fewer than this many people spare (people who could leave the
    /// part, or join it under an upper limit, before the share fails).
    pub share_people: f64,
    /// A rule met today that no longer holds within this many days.
    pub lapse_days: i64,
    /// An incident window that closes within this many days.
    pub window_days: i64,
}

impl Default for Margins {
    fn default() -> Self {
        Margins { number_percent: 5.0, share_people: 1.0, lapse_days: 90, window_days: 30 }
    }
}

/// How narrow, in figures.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Margin {
    /// A number over (or, under an upper limit, under) its threshold by `margin`, which is
    /// `percent` % of the threshold.
    Number { have: f64, threshold: f64, at_least: bool, margin: f64, percent: f64 },
    /// A share of `have_percent` % against a limit of `need_percent` %, with `spare` people to
    /// spare; `part` and `whole` are the counts.
    Share { part: f64, whole: f64, have_percent: f64, need_percent: f64, at_least: bool, spare: f64 },
    /// Holds up to and including `last_day`, `days` days from the assessment date until it no
    /// longer holds.
    Lapses { last_day: NaiveDate, days: i64 },
    /// An incident still counts; from `free_from`, `days` days away, the window has closed.
    Window { free_from: NaiveDate, days: i64 },
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Narrow {
    pub scheme: String,
    pub criterion: String,
    pub fact: String,
    pub margin: Margin,
}

/// The leaves of a rule that decide it for this profile: every part of "all of"; of "any of",
/// the one alternative that holds (none when several do: each saves the other), or every one
/// when none does; the rule of a "when" whose condition holds.
fn deciding<'a>(rule: &'a Rule, profile: &Profile, out: &mut Vec<&'a Rule>) {
    let holds = |r: &Rule| matches!(judge(r, profile).status, Status::Met | Status::Declared);
    match rule {
        Rule::AllOf { rules } => rules.iter().for_each(|r| deciding(r, profile, out)),
        Rule::AnyOf { rules } => {
            let holding: Vec<&Rule> = rules.iter().filter(|r| holds(r)).collect();
            match holding.len() {
                0 => rules.iter().for_each(|r| deciding(r, profile, out)),
                1 => deciding(holding[0], profile, out),
                _ => {}
            }
        }
        Rule::When { condition, rule } => {
            if profile.holds(condition) == Some(true) {
                deciding(rule, profile, out)
            }
        }
        leaf => out.push(leaf),
    }
}

fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

/// The margin of one leaf, if narrow.
fn leaf_margin(leaf: &Rule, profile: &Profile, m: &Margins) -> Option<(String, Margin)> {
    let on = profile.assessed_on;
    let j = judge(leaf, profile);
    let met = j.status == Status::Met;
    match leaf {
        Rule::AtLeast { fact, value } | Rule::AtMost { fact, value } if met && *value > 0.0 => {
            let have = profile.number(fact)?;
            let at_least = matches!(leaf, Rule::AtLeast { .. });
            let margin = if at_least { have - value } else { value - have };
            let percent = 100.0 * margin / value;
            (percent <= m.number_percent)
                .then(|| (fact.to_string(), Margin::Number { have, threshold: *value, at_least, margin, percent }))
        }
        Rule::ShareAtLeast { part, whole, percent } | Rule::ShareAtMost { part, whole, percent } if met => {
            let (p, w) = (profile.number(part)?, profile.number(whole)?);
            let at_least = matches!(leaf, Rule::ShareAtLeast { .. });
            // People who could leave the part (or join it, under an upper limit) with the share
            // still holding: 100·(p ∓ k) against percent·w.
            let spare = if at_least { (100.0 * p - percent * w) / 100.0 } else { (percent * w - 100.0 * p) / 100.0 };
            let spare = spare.floor().max(0.0);
            (spare < m.share_people).then(|| {
                let have_percent = if w > 0.0 { 100.0 * p / w } else { 0.0 };
                (
                    part.to_string(),
                    Margin::Share { part: p, whole: w, have_percent, need_percent: *percent, at_least, spare },
                )
            })
        }
        Rule::YearsSince { fact, .. } | Rule::BanYears { fact, .. } | Rule::AgeAtMost { fact, .. } if met => {
            let last_day = j.holds_until?;
            let days = days_between(on, last_day) + 1;
            (days <= m.lapse_days).then(|| (fact.to_string(), Margin::Lapses { last_day, days }))
        }
        Rule::NoIncidentWithin { fact, .. } if j.status == Status::NotMet => {
            let free_from = j.met_from?;
            let days = days_between(on, free_from);
            (days <= m.window_days).then(|| (fact.to_string(), Margin::Window { free_from, days }))
        }
        _ => None,
    }
}

/// The narrow margins of the hard criteria of the chosen schemes (all when `ids` is empty) that
/// are in force on the assessment date, in catalogue order.
pub fn narrow(catalogue: &Catalogue, profile: &Profile, ids: &[String], m: &Margins) -> Vec<Narrow> {
    let mut out = Vec::new();
    for scheme in catalogue.schemes.iter().filter(|s| ids.is_empty() || ids.iter().any(|id| id == &s.id)) {
        if matches!(validity(&scheme.period, profile.assessed_on), Validity::Expired { .. }) {
            continue;
        }
        for c in scheme.criteria.iter().filter(|c| c.strength == Strength::Hard) {
            let mut leaves = Vec::new();
            deciding(&c.rule, profile, &mut leaves);
            for leaf in leaves {
                if let Some((fact, margin)) = leaf_margin(leaf, profile, m) {
                    out.push(Narrow { scheme: scheme.id.to_string(), criterion: c.id.to_string(), fact, margin });
                }
            }
        }
    }
    out
}
