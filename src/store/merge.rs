//! Two tabs editing one draft: every write re-reads the stored draft and merges this tab's
//! changes into it field by field. A field is one answer (a fact, a self-rating, a typed text)
//! or one of the draft's own values (name, chosen schemes, step, started). Each change is marked
//! with a time (`Draft::marks`); for every field the later mark wins, so a write from a tab whose
//! read was stale cannot undo another tab's newer answer: that tab merges the write back.

use super::Draft;
use crate::engine::IdMap;

/// More marks than any catalogue has fields: a stored draft carrying more is forged.
pub const MAX_MARKS: usize = 4096;

const NAME: &str = "name";
const SCHEMES: &str = "schemes";
const STEP: &str = "step";
const STARTED: &str = "started";
/// The working plan is one field: the main app carries it unread (`Profile::plan`).
const PLAN: &str = "plan";
const FACT: &str = "f:";
/// Marks of self-ratings: `s:` and the rating's key.
pub const SCORE: &str = "s:";
const INPUT: &str = "i:";

fn mark(marks: &IdMap<f64>, key: &str) -> f64 {
    marks.get(key).copied().unwrap_or(0.0)
}

/// Marks every field of `current` that differs from `base` as changed at `now`.
pub fn stamp_changes(base: &Draft, current: &mut Draft, now: f64) {
    let mut changed: Vec<String> = Vec::new();
    if base.name != current.name {
        changed.push(NAME.into());
    }
    if base.schemes != current.schemes {
        changed.push(SCHEMES.into());
    }
    if base.step != current.step {
        changed.push(STEP.into());
    }
    if base.started != current.started {
        changed.push(STARTED.into());
    }
    if base.profile.plan != current.profile.plan {
        changed.push(PLAN.into());
    }
    changed_ids(FACT, &base.profile.facts, &current.profile.facts, &mut changed);
    changed_ids(SCORE, &base.profile.scores, &current.profile.scores, &mut changed);
    changed_ids(INPUT, &base.inputs, &current.inputs, &mut changed);
    for key in changed {
        current.marks.insert(key, now);
    }
}

fn changed_ids<V: PartialEq>(prefix: &str, base: &IdMap<V>, current: &IdMap<V>, out: &mut Vec<String>) {
    for (id, v) in current {
        if base.get(id) != Some(v) {
            out.push(format!("{prefix}{id}"));
        }
    }
    for id in base.keys().filter(|id| !current.contains_key(id)) {
        out.push(format!("{prefix}{id}"));
    }
}

/// The stored draft with every field this tab changed later than the stored one was: the value
/// (or its absence) of the later change, field by field. The assessment date is this tab's.
pub fn merge(stored: &Draft, mine: &Draft) -> Draft {
    let mut out = stored.clone();
    out.profile.assessed_on = mine.profile.assessed_on;
    for (key, &m) in &mine.marks {
        if m <= mark(&stored.marks, key) {
            continue;
        }
        out.marks.insert(key.clone(), m);
        match key.as_str() {
            NAME => out.name = mine.name.clone(),
            SCHEMES => out.schemes = mine.schemes.clone(),
            STEP => out.step = mine.step,
            STARTED => out.started = mine.started,
            PLAN => out.profile.plan = mine.profile.plan.clone(),
            _ => {
                if let Some(id) = key.strip_prefix(FACT) {
                    take(id, &mut out.profile.facts, &mine.profile.facts);
                } else if let Some(id) = key.strip_prefix(SCORE) {
                    take(id, &mut out.profile.scores, &mine.profile.scores);
                } else if let Some(id) = key.strip_prefix(INPUT) {
                    take(id, &mut out.inputs, &mine.inputs);
                }
            }
        }
    }
    out
}

fn take<V: Clone>(id: &str, into: &mut IdMap<V>, from: &IdMap<V>) {
    match from.get(id) {
        Some(v) => {
            into.insert(id.to_string(), v.clone());
        }
        None => {
            into.remove(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{FactValue, Profile};

    fn draft() -> Draft {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        Draft {
            schemes: vec!["bingtuan-pilot-base".into()],
            profile: Profile::new(day),
            step: 0,
            started: true,
            name: String::new(),
            inputs: IdMap::new(),
            marks: IdMap::new(),
        }
    }

    fn with(d: &Draft, id: &str, n: f64) -> Draft {
        let mut d = d.clone();
        d.profile.facts.insert(id.into(), FactValue::Number(n));
        d.inputs.insert(id.into(), n.to_string());
        d
    }

    #[test]
    fn two_tabs_changing_different_answers_keep_both() {
        let base = draft();
        let mut a = with(&base, "pilot_site_area", 2000.0);
        stamp_changes(&base, &mut a, 10.0);
        let mut b = with(&base, "fulltime_staff", 12.0);
        stamp_changes(&base, &mut b, 11.0);
        // A writes first; B merges into what A stored, and A merges B's write back.
        let stored = merge(&base, &a);
        let stored = merge(&stored, &b);
        assert_eq!(stored.profile.number("pilot_site_area"), Some(2000.0));
        assert_eq!(stored.profile.number("fulltime_staff"), Some(12.0));
        assert_eq!(merge(&stored, &a), stored, "nothing of A is newer than what is stored");
    }

    #[test]
    fn a_plan_changed_in_one_tab_survives_an_answer_changed_in_another() {
        let base = draft();
        let mut a = base.clone();
        a.profile.plan = r#"{"evidence":{"business-licence":{"state":"have"}}}"#.into();
        stamp_changes(&base, &mut a, 10.0);
        let mut b = with(&base, "fulltime_staff", 12.0);
        stamp_changes(&base, &mut b, 11.0);
        let stored = merge(&merge(&base, &a), &b);
        assert_eq!(stored.profile.plan, a.profile.plan, "B's write keeps A's plan");
        assert_eq!(stored.profile.number("fulltime_staff"), Some(12.0));
        // The later plan wins as a whole.
        let mut c = stored.clone();
        c.profile.plan = r#"{"evidence":{"business-licence":{"state":"missing"}}}"#.into();
        stamp_changes(&stored, &mut c, 12.0);
        assert_eq!(merge(&stored, &c).profile.plan, c.profile.plan);
        assert_eq!(merge(&merge(&stored, &c), &a).profile.plan, c.profile.plan, "the older plan does not come back");
    }

    #[test]
    fn a_write_from_a_stale_read_is_repaired_by_the_tab_it_overwrote() {
        let base = draft();
        let mut b = with(&base, "fulltime_staff", 12.0);
        stamp_changes(&base, &mut b, 20.0);
        let stored_by_b = merge(&base, &b);
        // A had not seen B's write: it writes its own change over the base it read.
        let mut a = with(&base, "pilot_site_area", 2000.0);
        stamp_changes(&base, &mut a, 21.0);
        let stored_by_a = merge(&base, &a);
        assert_eq!(stored_by_a.profile.number("fulltime_staff"), None, "B's answer is missing from A's write");
        // B hears of A's write: its own answer is newer than what A stored, so it is written back.
        let repaired = merge(&stored_by_a, &b);
        assert_ne!(repaired, stored_by_a, "B must write again");
        assert_eq!(repaired.profile.number("fulltime_staff"), Some(12.0));
        assert_eq!(repaired.profile.number("pilot_site_area"), Some(2000.0));
        // And A, hearing of that write, has nothing newer: no further write.
        assert_eq!(merge(&repaired, &merge(&stored_by_b, &a)), repaired);
    }

    #[test]
    fn the_later_change_of_one_answer_wins_also_when_it_removes_it() {
        let base = with(&draft(), "pilot_site_area", 100.0);
        let mut a = with(&base, "pilot_site_area", 300.0);
        stamp_changes(&base, &mut a, 5.0);
        let mut b = base.clone();
        b.profile.facts.remove("pilot_site_area");
        b.inputs.remove("pilot_site_area");
        stamp_changes(&base, &mut b, 6.0);
        let stored = merge(&merge(&base, &a), &b);
        assert_eq!(stored.profile.facts.get("pilot_site_area"), None, "B's later \"don't know\" wins");
        assert_eq!(merge(&stored, &a), stored, "A's older 300 does not come back");
    }

    #[test]
    fn unchanged_fields_are_not_marked_and_old_drafts_merge_as_stored() {
        let base = with(&draft(), "pilot_site_area", 100.0);
        let mut same = base.clone();
        stamp_changes(&base, &mut same, 9.0);
        assert!(same.marks.is_empty());
        // A tab with no change of its own takes the stored draft as it is.
        let other = with(&draft(), "fulltime_staff", 3.0);
        assert_eq!(merge(&other, &same), other);
    }
}
