//! Judges one rule of the scheme data against a profile.

use super::dates::{add_years, last_day_aged_at_most};
use super::days::Days;
use super::outcome::{Gap, Shortfall, Status};
use super::profile::Profile;
use crate::schemes::{IncidentClause, Rule};
use chrono::NaiveDate;

/// The judgement of a rule, before it becomes an [`super::Outcome`].
#[derive(Clone, Debug, PartialEq)]
pub struct Judgement {
    pub status: Status,
    pub shortfalls: Vec<Shortfall>,
    pub missing: Vec<String>,
    pub met_from: Option<NaiveDate>,
    pub holds_until: Option<NaiveDate>,
    /// The days on which the rule holds with today's answers (none while an answer is missing).
    pub days: Days,
    /// Days on which readings of the law differ: an anniversary, a window's last day, the last
    /// day at an age limit.
    pub contested: Vec<NaiveDate>,
}

impl Judgement {
    fn of(status: Status) -> Self {
        let days = if matches!(status, Status::NotMet | Status::Unknown) { Days::none() } else { Days::all() };
        Judgement {
            status,
            shortfalls: Vec::new(),
            missing: Vec::new(),
            met_from: None,
            holds_until: None,
            days,
            contested: Vec::new(),
        }
    }

    /// A time rule: holds on `days`, judged on `on`, readings differ on `contested`.
    fn in_time(fact: &str, days: Days, on: NaiveDate, contested: NaiveDate, gap: impl FnOnce() -> Gap) -> Self {
        let mut j = if days.contains(on) {
            let holds_until = days
                .spans()
                .iter()
                .find(|(a, b)| *a <= on && on <= *b)
                .map(|s| s.1)
                .filter(|last| *last != NaiveDate::MAX);
            Judgement { holds_until, ..Self::met() }
        } else {
            Self::gap(fact, gap())
        };
        j.days = days;
        j.contested = vec![contested];
        j
    }

    fn met() -> Self {
        Self::of(Status::Met)
    }

    fn unknown(fact: &str) -> Self {
        Judgement { missing: vec![fact.to_string()], ..Self::of(Status::Unknown) }
    }

    fn unknown_all(facts: &[&str], profile: &Profile) -> Self {
        let missing = facts.iter().filter(|f| !profile.facts.contains_key(f)).map(|f| f.to_string()).collect();
        Judgement { missing, ..Self::of(Status::Unknown) }
    }

    fn gap(fact: &str, gap: Gap) -> Self {
        let met_from = match gap {
            Gap::Until { date } => Some(date),
            _ => None,
        };
        Judgement { shortfalls: vec![Shortfall { fact: fact.to_string(), gap }], met_from, ..Self::of(Status::NotMet) }
    }
}

/// Judges `rule` for `profile`.
pub fn judge(rule: &Rule, profile: &Profile) -> Judgement {
    let on = profile.assessed_on;
    match rule {
        Rule::AtLeast { fact, value } => match profile.number(fact) {
            None => Judgement::unknown(fact),
            Some(have) if have >= *value => Judgement::met(),
            Some(have) => Judgement::gap(fact, Gap::More { have, need: *value }),
        },
        Rule::AtMost { fact, value } => match profile.number(fact) {
            None => Judgement::unknown(fact),
            Some(have) if have <= *value => Judgement::met(),
            Some(have) => Judgement::gap(fact, Gap::Less { have, limit: *value }),
        },
        Rule::ShareAtLeast { part, whole, percent } => share(profile, part, whole, *percent, true),
        Rule::ShareAtMost { part, whole, percent } => share(profile, part, whole, *percent, false),
        Rule::YearsSince { fact, years } => match profile.date(fact).and_then(|since| add_years(since, *years)) {
            // 满N年: reached on the anniversary.
            Some(day) => Judgement::in_time(fact, Days::from(day), on, day, || Gap::Until { date: day }),
            None => Judgement::unknown(fact),
        },
        Rule::BanYears { fact, years } => match profile.date(fact).and_then(|since| add_years(since, *years)) {
            // N年内不得: the ban includes its anniversary; the day after is the first day free.
            Some(last) => match last.succ_opt() {
                Some(free) => Judgement::in_time(fact, Days::from(free), on, last, || Gap::Until { date: free }),
                None => Judgement::unknown(fact),
            },
            None => Judgement::unknown(fact),
        },
        Rule::AgeAtMost { fact, years } => match profile.date(fact) {
            None => Judgement::unknown(fact),
            Some(birth) => match last_day_aged_at_most(birth, *years) {
                Some(last) => Judgement::in_time(fact, Days::until(last), on, last, || Gap::AgedOut {
                    since: last.succ_opt().unwrap_or(last),
                }),
                None => Judgement::met(),
            },
        },
        Rule::NoIncidentWithin { fact, years, clauses } => match profile.incidents(fact) {
            None => Judgement::unknown(fact),
            Some(list) => {
                // 近N年内: a window that ends on the assessment date and includes its first day, so
                // an incident counts up to and including its Nth anniversary.
                let counted: Vec<NaiveDate> = list
                    .iter()
                    .filter(|i| i.date <= on && counts(clauses, i.kind, i.severity))
                    .filter_map(|i| add_years(i.date, *years))
                    .collect();
                match counted.iter().copied().max().map(|last| (last, last.succ_opt())) {
                    None => Judgement::met(),
                    Some((last, Some(free))) => {
                        let mut j = Judgement::in_time(fact, Days::from(free), on, last, || Gap::Until { date: free });
                        // Every incident's last day in the window is a day of differing readings.
                        j.contested = counted;
                        j
                    }
                    // The window of an incident at the calendar's end never closes.
                    Some((_, None)) => Judgement::unknown(fact),
                }
            }
        },
        Rule::IsTrue { fact } => yes_no(profile, fact, true, Status::Met),
        Rule::IsFalse { fact } => yes_no(profile, fact, false, Status::Met),
        Rule::Declared { fact } => yes_no(profile, fact, true, Status::Declared),
        Rule::OneOf { fact, options } => match profile.choice(fact) {
            None => Judgement::unknown(fact),
            Some(c) if options.iter().any(|o| o == c) => Judgement::met(),
            Some(_) => Judgement::gap(fact, Gap::OneOf { options: options.iter().map(|o| o.to_string()).collect() }),
        },
        Rule::AllOf { rules } => all_of(rules.iter().map(|r| judge(r, profile)).collect()),
        Rule::AnyOf { rules } => any_of(rules.iter().map(|r| judge(r, profile)).collect()),
        Rule::When { condition, rule } => match profile.holds(condition) {
            None => Judgement::unknown(&condition.fact),
            Some(false) => Judgement::of(Status::NotApplicable),
            Some(true) => judge(rule, profile),
        },
    }
}

fn counts(clauses: &[IncidentClause], kind: crate::schemes::IncidentKind, severity: crate::schemes::Severity) -> bool {
    clauses.iter().any(|c| c.kinds.contains(&kind) && c.severities.contains(&severity))
}

fn yes_no(profile: &Profile, fact: &str, wanted: bool, when_right: Status) -> Judgement {
    match profile.yes_no(fact) {
        None => Judgement::unknown(fact),
        Some(answer) if answer == wanted => Judgement::of(when_right),
        Some(_) => Judgement::gap(fact, Gap::Answer { yes: wanted }),
    }
}

fn share(profile: &Profile, part: &str, whole: &str, percent: f64, at_least: bool) -> Judgement {
    let (Some(p), Some(w)) = (profile.number(part), profile.number(whole)) else {
        return Judgement::unknown_all(&[part, whole], profile);
    };
    // Compare 100·part with percent·whole: exact for whole numbers of people.
    let ok = if at_least { 100.0 * p >= percent * w } else { 100.0 * p <= percent * w };
    if ok && w > 0.0 {
        return Judgement::met();
    }
    let have_percent = if w > 0.0 { 100.0 * p / w } else { 0.0 };
    // How many to add so that the share reaches the limit: of the part (at least) — each also
    // counts in the whole — or of the rest (at most).
    let add = if at_least {
        (percent < 100.0).then(|| ((percent * w - 100.0 * p) / (100.0 - percent)).ceil().max(1.0))
    } else {
        Some(((100.0 * p - percent * w) / percent).ceil().max(1.0))
    };
    Judgement::gap(part, Gap::Share { have_percent, need_percent: percent, at_least, add })
}

/// Every part must hold.
fn all_of(parts: Vec<Judgement>) -> Judgement {
    let applicable: Vec<Judgement> = parts.into_iter().filter(|j| j.status != Status::NotApplicable).collect();
    if applicable.is_empty() {
        return Judgement::of(Status::NotApplicable);
    }
    let missing: Vec<String> = applicable.iter().flat_map(|j| j.missing.clone()).collect();
    let failed: Vec<&Judgement> = applicable.iter().filter(|j| j.status == Status::NotMet).collect();
    let holds_until = applicable.iter().filter_map(|j| j.holds_until).min();
    let days = applicable.iter().fold(Days::all(), |d, j| d.and(&j.days));
    let contested = applicable.iter().flat_map(|j| j.contested.iter().copied()).collect();
    if !failed.is_empty() {
        // Eligible from a date only if every failing part is a time rule.
        let met_from = failed.iter().map(|j| j.met_from).collect::<Option<Vec<_>>>().and_then(|d| d.into_iter().max());
        let shortfalls = failed.iter().flat_map(|j| j.shortfalls.clone()).collect();
        return Judgement { status: Status::NotMet, shortfalls, missing, met_from, holds_until, days, contested };
    }
    let status = if applicable.iter().any(|j| j.status == Status::Unknown) {
        Status::Unknown
    } else if applicable.iter().any(|j| j.status == Status::Declared) {
        Status::Declared
    } else {
        Status::Met
    };
    let days = if status == Status::Unknown { Days::none() } else { days };
    Judgement { status, shortfalls: Vec::new(), missing, met_from: None, holds_until, days, contested }
}

/// One alternative suffices.
fn any_of(parts: Vec<Judgement>) -> Judgement {
    let days = parts.iter().fold(Days::none(), |d, j| d.or(&j.days));
    let contested: Vec<NaiveDate> = parts.iter().flat_map(|j| j.contested.iter().copied()).collect();
    for status in [Status::Met, Status::Declared] {
        let holding: Vec<&Judgement> = parts.iter().filter(|j| j.status == status).collect();
        if !holding.is_empty() {
            let holds_until =
                holding.iter().map(|j| j.holds_until).collect::<Option<Vec<_>>>().and_then(|d| d.into_iter().max());
            return Judgement { holds_until, days, contested, ..Judgement::of(status) };
        }
    }
    if parts.iter().all(|j| j.status == Status::NotApplicable) {
        return Judgement::of(Status::NotApplicable);
    }
    let missing: Vec<String> = parts.iter().flat_map(|j| j.missing.clone()).collect();
    if parts.iter().any(|j| j.status == Status::Unknown) {
        return Judgement { missing, ..Judgement::of(Status::Unknown) };
    }
    let shortfalls = parts.iter().flat_map(|j| j.shortfalls.clone()).collect();
    let met_from = parts.iter().filter_map(|j| j.met_from).min();
    Judgement { status: Status::NotMet, shortfalls, missing, met_from, holds_until: None, days, contested }
}
