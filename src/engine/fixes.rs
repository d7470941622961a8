//! Which fix unlocks the most: for every hard criterion of the chosen schemes that is not met or
//! not known, what would close it, and what that would change across the schemes.
//!
//! A fix is read off the engine's own shortfalls (the figure in the criterion's unit, the answer
//! the rule wants, the day a time rule is met, the facts still unanswered). What it changes is
//! never worked out here: the fix is applied to a copy of the profile and every chosen scheme is
//! judged again by the engine.

use super::outcome::{Assessment, Gap, Status, Verdict};
use super::profile::{FactValue, Profile};
use super::{assess, SchemeAssessment};
use crate::schemes::{Catalogue, Rule, Unit};
use chrono::NaiveDate;
use serde::Serialize;

/// One thing the applicant can do.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// Raise a number by `amount` to `to`, in the fact's unit ("+500 m²"). `also`: the facts it is
    /// part of (technical staff are full-time staff), raised as far as they must be to hold it.
    Raise { fact: String, unit: Option<Unit>, amount: f64, to: f64, also: Vec<String> },
    /// Lower a number by `amount` to `to`. `also`: the facts that are part of it, lowered with
    /// it where they would exceed it.
    Lower { fact: String, unit: Option<Unit>, amount: f64, to: f64, also: Vec<String> },
    /// Reach a share with the people already counted in the whole: `amount` more of them in the
    /// part (existing staff who gain the qualification). `also`: the facts between part and
    /// whole, raised as far as they must be.
    Qualify { part: String, whole: String, unit: Option<Unit>, amount: f64, also: Vec<String> },
    /// Reach a share with new people who count in the part and so in the whole (and in every
    /// fact between them, `also`): `amount` of them.
    Hire { part: String, whole: String, unit: Option<Unit>, amount: f64, also: Vec<String> },
    /// Keep a share under its limit with the whole unchanged: `amount` fewer in the part.
    Replace { part: String, whole: String, unit: Option<Unit>, amount: f64 },
    /// Keep a share under its limit by adding `amount` to the whole who are not in the part.
    Widen { part: String, whole: String, unit: Option<Unit>, amount: f64 },
    /// Make a yes/no true (or false, when `yes` is false): put in place what the rule asks.
    Answer { fact: String, yes: bool },
    /// A choice the rule accepts.
    Choose { fact: String, option: String },
    /// A time rule: wait until this day.
    Wait { until: NaiveDate },
    /// Answer this question (it is not known yet).
    Provide { fact: String },
    /// A value the rule no longer accepts and time cannot mend (a director past the age limit):
    /// a new value is needed, which the engine cannot guess.
    Renew { fact: String },
}

/// A criterion, in a scheme.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Place {
    pub scheme: String,
    pub criterion: String,
}

/// What one criterion asks of the step's fact, and whether the step's figure gives it. Where
/// several criteria ask the same fact for different figures (or wait for different days), every
/// one is listed: the larger figure (the later day) serves them all.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Need {
    pub scheme: String,
    pub criterion: String,
    /// The criterion's figure (a number's threshold; none for answers and waits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<f64>,
    /// The criterion's day (a time rule's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<NaiveDate>,
    /// Whether this step meets it.
    pub served: bool,
}

/// What a fix changes, as the engine judges the profile with it.
#[derive(Serialize, Clone, Debug, PartialEq, Default)]
pub struct Effect {
    /// Hard criteria not met or not known now that the fix closes.
    pub closes: Vec<Place>,
    /// Hard criteria met now that the fix would break.
    pub breaks: Vec<Place>,
    /// Schemes that become ready.
    pub ready: Vec<String>,
    /// Schemes not ready with fewer hard gaps.
    pub closer: Vec<String>,
    /// Schemes with more hard gaps, or no longer ready.
    pub further: Vec<String>,
    /// Hard gaps left across the chosen schemes.
    pub gaps_left: usize,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Fix {
    pub step: Step,
    /// The criteria that ask for it.
    pub needs: Vec<Need>,
    /// None where the outcome cannot be known before the applicant answers (or renews).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<Effect>,
    /// For a question still to answer whose answers are few (yes or no, a list of options):
    /// what each answer would change.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<Answered>,
}

/// One possible answer to a question and what it would change.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Answered {
    pub value: FactValue,
    pub effect: Effect,
}

/// A scheme's distance from ready.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Distance {
    pub scheme: String,
    /// Hard criteria not met or not known.
    pub gaps: usize,
}

/// A scheme that one fix makes ready.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct OneAway {
    pub scheme: String,
    /// Indexes into [`Fixes::fixes`].
    pub fixes: Vec<usize>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Fixes {
    /// Ranked: most schemes made ready first, then fewest gaps left; fixes whose outcome depends
    /// on an answer last, those asked by most criteria first.
    pub fixes: Vec<Fix>,
    /// The chosen schemes in force that are not ready, closest first.
    pub closest: Vec<Distance>,
    /// The schemes one fix makes ready.
    pub one_change_away: Vec<OneAway>,
}

/// Hard criteria not met or not known, in a scheme that is in force.
fn gaps(s: &SchemeAssessment) -> usize {
    if s.verdict == Verdict::NotInForce {
        return 0;
    }
    s.outcomes.iter().filter(|o| o.is_hard() && matches!(o.status, Status::NotMet | Status::Unknown)).count()
}

fn is_gap(status: Status) -> bool {
    matches!(status, Status::NotMet | Status::Unknown)
}

/// The share rule of a criterion whose part is `part` and whose figure is `percent`: its whole.
fn share_whole<'a>(rule: &'a Rule, part: &str, percent: f64, at_least: bool) -> Option<&'a str> {
    match rule {
        Rule::ShareAtLeast { part: p, whole, percent: q } if at_least && p == part && *q == percent => Some(whole),
        Rule::ShareAtMost { part: p, whole, percent: q } if !at_least && p == part && *q == percent => Some(whole),
        Rule::AnyOf { rules } | Rule::AllOf { rules } => {
            rules.iter().find_map(|r| share_whole(r, part, percent, at_least))
        }
        Rule::When { rule, .. } => share_whole(rule, part, percent, at_least),
        _ => None,
    }
}

/// The facts `fact` is part of (its `not_above`, theirs, …), nearest first, up to and without
/// `stop`.
fn parents(catalogue: &Catalogue, fact: &str, stop: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = fact.to_string();
    while let Some(up) = catalogue.fact(&at).and_then(|f| f.not_above.as_ref()).map(|s| s.to_string()) {
        if Some(up.as_str()) == stop || out.contains(&up) {
            break;
        }
        out.push(up.clone());
        at = up;
    }
    out
}

/// The facts that are part of `fact`, at any depth.
fn parts_of(catalogue: &Catalogue, fact: &str) -> Vec<String> {
    catalogue
        .facts
        .iter()
        .filter(|f| f.id != fact && parents(catalogue, &f.id, None).iter().any(|p| p == fact))
        .map(|f| f.id.to_string())
        .collect()
}

fn unit(catalogue: &Catalogue, fact: &str) -> Option<Unit> {
    catalogue.fact(fact).and_then(|f| f.unit)
}

/// The steps that would close one shortfall of a criterion.
fn steps_for(catalogue: &Catalogue, rule: &Rule, profile: &Profile, fact: &str, gap: &Gap) -> Vec<Step> {
    let raised = |to: f64, facts: Vec<String>| -> Vec<String> {
        facts.into_iter().filter(|f| profile.number(f).is_some_and(|n| n < to)).collect()
    };
    match gap {
        Gap::More { have, need } => vec![Step::Raise {
            fact: fact.into(),
            unit: unit(catalogue, fact),
            amount: need - have,
            to: *need,
            also: raised(*need, parents(catalogue, fact, None)),
        }],
        Gap::Less { have, limit } => vec![Step::Lower {
            fact: fact.into(),
            unit: unit(catalogue, fact),
            amount: have - limit,
            to: *limit,
            also: parts_of(catalogue, fact)
                .into_iter()
                .filter(|f| profile.number(f).is_some_and(|n| n > *limit))
                .collect(),
        }],
        Gap::Share { need_percent, at_least, add, .. } => {
            let Some(whole) = share_whole(rule, fact, *need_percent, *at_least) else { return Vec::new() };
            let (Some(p), Some(w)) = (profile.number(fact), profile.number(whole)) else { return Vec::new() };
            let u = unit(catalogue, fact);
            let mut steps = Vec::new();
            if *at_least {
                // The part among the whole as it is: 100·(p + k) ≥ percent·w.
                let k = ((need_percent * w - 100.0 * p) / 100.0).ceil().max(1.0);
                if p + k <= w {
                    let also = raised(p + k, parents(catalogue, fact, Some(whole)));
                    steps.push(Step::Qualify { part: fact.into(), whole: whole.into(), unit: u, amount: k, also });
                }
                if let Some(add) = add {
                    let also = parents(catalogue, fact, Some(whole));
                    steps.push(Step::Hire { part: fact.into(), whole: whole.into(), unit: u, amount: *add, also });
                }
            } else {
                // 100·(p − k) ≤ percent·w.
                let k = ((100.0 * p - need_percent * w) / 100.0).ceil().max(1.0);
                if k <= p {
                    steps.push(Step::Replace { part: fact.into(), whole: whole.into(), unit: u, amount: k });
                }
                if let Some(add) = add {
                    steps.push(Step::Widen { part: fact.into(), whole: whole.into(), unit: u, amount: *add });
                }
            }
            steps
        }
        Gap::Until { date } => vec![Step::Wait { until: *date }],
        Gap::AgedOut { .. } => vec![Step::Renew { fact: fact.into() }],
        Gap::Answer { yes } => vec![Step::Answer { fact: fact.into(), yes: *yes }],
        Gap::OneOf { options } => {
            options.iter().map(|o| Step::Choose { fact: fact.into(), option: o.clone() }).collect()
        }
    }
}

/// The profile with the step carried out; none where the outcome depends on an answer not given.
pub fn apply(step: &Step, profile: &Profile) -> Option<Profile> {
    let mut p = profile.clone();
    let mut set = |fact: &str, n: f64| {
        p.facts.insert(fact.to_string(), FactValue::Number(n));
    };
    match step {
        Step::Raise { fact, to, also, .. } => {
            set(fact, *to);
            also.iter().for_each(|f| set(f, *to));
        }
        Step::Lower { fact, to, also, .. } => {
            set(fact, *to);
            also.iter().for_each(|f| set(f, *to));
        }
        Step::Qualify { part, amount, also, .. } => {
            let to = profile.number(part)? + amount;
            set(part, to);
            for f in also {
                let have = profile.number(f)?;
                set(f, have.max(to));
            }
        }
        Step::Hire { part, whole, amount, also, .. } => {
            for f in std::iter::once(part).chain(also).chain(std::iter::once(whole)) {
                let have = profile.number(f)?;
                set(f, have + amount);
            }
        }
        Step::Replace { part, amount, .. } => {
            let have = profile.number(part)?;
            set(part, have - amount);
        }
        Step::Widen { whole, amount, .. } => {
            let have = profile.number(whole)?;
            set(whole, have + amount);
        }
        Step::Answer { fact, yes } => {
            p.facts.insert(fact.clone(), FactValue::YesNo(*yes));
        }
        Step::Choose { fact, option } => {
            p.facts.insert(fact.clone(), FactValue::Choice(option.clone()));
        }
        Step::Wait { until } => p.assessed_on = *until,
        Step::Provide { .. } | Step::Renew { .. } => return None,
    }
    Some(p)
}

fn effect(before: &Assessment, after: &Assessment) -> Effect {
    let mut e = Effect { gaps_left: after.schemes.iter().map(gaps).sum(), ..Effect::default() };
    for (b, a) in before.schemes.iter().zip(&after.schemes) {
        for (ob, oa) in b.outcomes.iter().zip(&a.outcomes).filter(|(o, _)| o.is_hard()) {
            let place = || Place { scheme: b.scheme.clone(), criterion: ob.criterion.clone() };
            if is_gap(ob.status) && !is_gap(oa.status) {
                e.closes.push(place());
            } else if !is_gap(ob.status) && is_gap(oa.status) {
                e.breaks.push(place());
            }
        }
        let (was, now) = (b.verdict == Verdict::Ready, a.verdict == Verdict::Ready);
        if now && !was {
            e.ready.push(b.scheme.clone());
        } else if (was && !now)
            || gaps(a) > gaps(b)
            || (b.verdict != Verdict::NotInForce && a.verdict == Verdict::NotInForce)
        {
            e.further.push(b.scheme.clone());
        } else if !now && gaps(a) < gaps(b) {
            e.closer.push(b.scheme.clone());
        }
    }
    e
}

/// Every fix for the hard gaps of the chosen schemes (all when `ids` is empty), ranked, with the
/// closest schemes and those one change away.
pub fn rank(catalogue: &Catalogue, profile: &Profile, ids: &[String]) -> Fixes {
    let before = assess(catalogue, profile, ids);
    let mut fixes: Vec<Fix> = Vec::new();
    let mut add = |step: Step, need: Need| match fixes.iter_mut().find(|f| f.step == step) {
        Some(f) => {
            if !f.needs.contains(&need) {
                f.needs.push(need)
            }
        }
        None => fixes.push(Fix { step, needs: vec![need], effect: None, answers: Vec::new() }),
    };
    for s in before.schemes.iter().filter(|s| s.verdict != Verdict::NotInForce) {
        let Some(scheme) = catalogue.scheme(&s.scheme) else { continue };
        for (c, o) in scheme.criteria.iter().zip(&s.outcomes).filter(|(_, o)| o.is_hard() && is_gap(o.status)) {
            let need = |figure: Option<f64>, day: Option<NaiveDate>| Need {
                scheme: s.scheme.clone(),
                criterion: o.criterion.clone(),
                figure,
                day,
                served: false,
            };
            for short in &o.shortfalls {
                let (figure, day) = match short.gap {
                    Gap::More { need, .. } => (Some(need), None),
                    Gap::Less { limit, .. } => (Some(limit), None),
                    Gap::Share { need_percent, .. } => (Some(need_percent), None),
                    Gap::Until { date } => (None, Some(date)),
                    _ => (None, None),
                };
                for step in steps_for(catalogue, &c.rule, profile, &short.fact, &short.gap) {
                    add(step, need(figure, day));
                }
            }
            for fact in &o.missing {
                add(Step::Provide { fact: fact.clone() }, need(None, None));
            }
        }
    }
    // Where criteria ask one fact for different figures (or wait for different days), each
    // step of that kind lists them all and says which it serves.
    let all = fixes.clone();
    for fix in &mut fixes {
        for other in all.iter().filter(|o| o.step != fix.step && same_kind(&o.step, &fix.step)) {
            for n in &other.needs {
                if !fix.needs.contains(n) {
                    fix.needs.push(n.clone());
                }
            }
        }
        for n in &mut fix.needs {
            n.served = serves(&fix.step, n);
        }
        fix.effect = apply(&fix.step, profile).map(|p| effect(&before, &assess(catalogue, &p, ids)));
        if let Step::Provide { fact } = &fix.step {
            fix.answers = answers(catalogue, fact)
                .into_iter()
                .map(|value| {
                    let p = profile.clone().with(fact, value.clone());
                    Answered { value, effect: effect(&before, &assess(catalogue, &p, ids)) }
                })
                .collect();
        }
    }
    let key = |f: &Fix| match &f.effect {
        Some(e) => (0, usize::MAX - e.ready.len(), e.gaps_left),
        None => (1, usize::MAX - f.needs.len(), 0),
    };
    crate::lean::sort::sort_by(&mut fixes, |a, b| key(a).cmp(&key(b)));

    let mut closest: Vec<Distance> = before
        .schemes
        .iter()
        .filter(|s| !matches!(s.verdict, Verdict::NotInForce | Verdict::Ready))
        .map(|s| Distance { scheme: s.scheme.clone(), gaps: gaps(s) })
        .collect();
    crate::lean::sort::sort_by(&mut closest, |a, b| a.gaps.cmp(&b.gaps));
    let one_change_away = closest
        .iter()
        .filter_map(|d| {
            let by: Vec<usize> = (0..fixes.len())
                .filter(|i| fixes[*i].effect.as_ref().is_some_and(|e| e.ready.contains(&d.scheme)))
                .collect();
            (!by.is_empty()).then(|| OneAway { scheme: d.scheme.clone(), fixes: by })
        })
        .collect();
    Fixes { fixes, closest, one_change_away }
}

/// Every answer a question allows, where they are few: yes and no, or each option.
fn answers(catalogue: &Catalogue, fact: &str) -> Vec<FactValue> {
    use crate::schemes::FactKind;
    match catalogue.fact(fact) {
        Some(f) if f.kind == FactKind::YesNo => vec![FactValue::YesNo(true), FactValue::YesNo(false)],
        Some(f) if f.kind == FactKind::Choice => {
            f.options.iter().map(|o| FactValue::Choice(o.id.to_string())).collect()
        }
        _ => Vec::new(),
    }
}

/// Steps on the same fact in the same direction (or two waits): one figure may serve the other's
/// criteria.
fn same_kind(a: &Step, b: &Step) -> bool {
    match (a, b) {
        (Step::Raise { fact: x, .. }, Step::Raise { fact: y, .. })
        | (Step::Lower { fact: x, .. }, Step::Lower { fact: y, .. }) => x == y,
        (Step::Wait { .. }, Step::Wait { .. }) => true,
        _ => false,
    }
}

/// Whether the step's figure (or day) gives what the need asks; a need of another kind of step
/// on the same criterion is served when its figure is reached.
fn serves(step: &Step, need: &Need) -> bool {
    match step {
        Step::Raise { to, .. } => need.figure.is_some_and(|f| f <= *to),
        Step::Lower { to, .. } => need.figure.is_some_and(|f| f >= *to),
        Step::Wait { until } => need.day.is_some_and(|d| d <= *until),
        _ => true,
    }
}
