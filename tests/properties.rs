//! Properties of the engine over the real catalogue, with generated profiles:
//! (a) no profile makes it panic, however odd its values;
//! (b) raising a "≥" fact never turns met into not met (lowering a "≤" fact likewise);
//! (c) a scheme is never "ready" while a hard criterion is not met or unknown.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use platform_readiness::engine::judge::judge;
use platform_readiness::engine::score::plan;
use platform_readiness::engine::{
    assess, judge_criterion, period_days, rule_facts, validity, FactValue, Incident, Profile, Status, Validity, Verdict,
};
use platform_readiness::schemes::{catalogue, FactDef, FactKind, IncidentKind, Rule, Severity};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, TestRunner};

const CASES: u32 = 256;

fn config() -> ProptestConfig {
    // No regression files: a failure prints its minimal case.
    ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() }
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

// ── Generators ─────────────────────────────────────────────────────────────

/// Any date from year −100000 to 100000.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    // Days from 0001-01-01 (day 1) to the years ±100000.
    (-36_524_250i32..36_524_250).prop_filter_map("a calendar day", NaiveDate::from_num_days_from_ce_opt)
}

fn date_between(from: &str, to: &str) -> impl Strategy<Value = NaiveDate> {
    use chrono::Datelike;
    (d(from).num_days_from_ce()..=d(to).num_days_from_ce())
        .prop_filter_map("a calendar day", NaiveDate::from_num_days_from_ce_opt)
}

fn kind() -> impl Strategy<Value = IncidentKind> {
    select(vec![IncidentKind::Safety, IncidentKind::Quality, IncidentKind::Environment])
}

fn severity() -> impl Strategy<Value = Severity> {
    select(vec![Severity::General, Severity::Larger, Severity::Major, Severity::Extraordinary, Severity::Serious])
}

fn incidents(dates: BoxedStrategy<NaiveDate>) -> impl Strategy<Value = Vec<Incident>> {
    proptest::collection::vec(
        (dates, kind(), severity()).prop_map(|(date, kind, severity)| Incident { date, kind, severity }),
        0..4,
    )
}

/// Every option id of every choice fact, and some that are none.
fn any_choice() -> impl Strategy<Value = String> {
    let ids: Vec<String> = catalogue().facts.iter().flat_map(|f| f.options.iter().map(|o| o.id.to_string())).collect();
    prop_oneof![select(ids), "[a-z_]{0,12}", ".{0,4}"]
}

/// A value of any kind, whatever the fact: numbers include NaN, ±∞, negatives and huge ones.
fn any_value() -> impl Strategy<Value = FactValue> {
    prop_oneof![
        proptest::num::f64::ANY.prop_map(FactValue::Number),
        any::<bool>().prop_map(FactValue::YesNo),
        any_date().prop_map(FactValue::Date),
        any_choice().prop_map(FactValue::Choice),
        incidents(any_date().boxed()).prop_map(FactValue::Incidents),
    ]
}

/// An arbitrary subset of the catalogue's facts (plus a stray one) with arbitrary values,
/// arbitrary self-ratings and an arbitrary assessment date.
fn wild_profile() -> impl Strategy<Value = Profile> {
    let ids: Vec<String> = catalogue().facts.iter().map(|f| f.id.to_string()).collect();
    let indicators: Vec<String> = catalogue()
        .schemes
        .iter()
        .filter_map(|s| Some((s, s.performance.as_ref()?)))
        .flat_map(|(s, t)| t.indicators.iter().map(|i| platform_readiness::engine::score_key(&s.id, &i.id)))
        .collect();
    let n = ids.len();
    (
        any_date(),
        proptest::collection::vec(proptest::option::of(any_value()), n),
        proptest::option::of(("[a-z_]{1,10}", any_value())),
        proptest::collection::btree_map(
            prop_oneof![select(indicators), "[a-z-]{1,8}", "[a-z-]{1,8}/[a-z-]{1,8}"],
            proptest::num::f64::ANY,
            0..12,
        ),
    )
        .prop_map(move |(assessed_on, values, stray, scores)| {
            let mut p = Profile::new(assessed_on);
            for (id, value) in ids.iter().zip(values) {
                if let Some(v) = value {
                    p.facts.insert(id.clone(), v);
                }
            }
            if let Some((id, v)) = stray {
                p.facts.insert(id, v);
            }
            p.scores = scores.into_iter().collect();
            p
        })
}

/// An answer that meets every criterion (the same applicant as in tests/engine_law.rs).
fn ideal_value(id: &str) -> Option<FactValue> {
    use FactValue::*;
    let choice = |s: &str| Some(Choice(s.to_string()));
    match id {
        "org_kind" => choice("university"),
        "location" => choice("yangquan"),
        "industry_field" => choice("new_materials"),
        "director_title" => choice("senior"),
        "registration_date" => Some(Date(d("2015-03-01"))),
        "director_birth_date" => Some(Date(d("1975-05-10"))),
        "pilot_site_area" => Some(Number(3000.0)),
        "rd_office_area" => Some(Number(1500.0)),
        "pilot_equipment_value" => Some(Number(800.0)),
        "research_instrument_value" => Some(Number(1000.0)),
        "external_pilot_projects" => Some(Number(5.0)),
        "rd_spending_3y" => Some(Number(900.0)),
        "fulltime_staff" | "fixed_staff" => Some(Number(30.0)),
        "technical_staff" => Some(Number(25.0)),
        "qualified_staff" | "lead_unit_st_staff" => Some(Number(20.0)),
        "supporting_units" => Some(Number(2.0)),
        "expert_committee_size" => Some(Number(7.0)),
        "expert_committee_internal" | "expert_committee_term" => Some(Number(3.0)),
        "expert_committee_meetings" => Some(Number(2.0)),
        "incidents" => Some(Incidents(Vec::new())),
        "director_heads_other_platform" | "centre_revoked" => Some(YesNo(false)),
        "centre_revoked_on" => None,
        _ => Some(YesNo(true)),
    }
}

/// A value of the fact's own kind, around the thresholds the texts set.
fn kind_value(def: &FactDef) -> BoxedStrategy<FactValue> {
    match def.kind {
        FactKind::Number | FactKind::Count => prop_oneof![
            (0u32..40).prop_map(|n| FactValue::Number(f64::from(n))),
            (0.0f64..5000.0).prop_map(FactValue::Number),
            select(vec![0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 20.0, 500.0, 700.0, 1000.0, 2000.0])
                .prop_map(FactValue::Number),
        ]
        .boxed(),
        FactKind::Date => date_between("1950-01-01", "2027-12-31").prop_map(FactValue::Date).boxed(),
        FactKind::YesNo => any::<bool>().prop_map(FactValue::YesNo).boxed(),
        FactKind::Choice => {
            select(def.options.iter().map(|o| o.id.to_string()).collect::<Vec<_>>()).prop_map(FactValue::Choice).boxed()
        }
        FactKind::Incidents => {
            incidents(date_between("2020-01-01", "2027-12-31").boxed()).prop_map(FactValue::Incidents).boxed()
        }
    }
}

/// A plausible applicant: mostly ideal answers, some missing, some other values of the right
/// kind, assessed on a day between 2015 and 2035 — so every verdict turns up.
fn plausible_profile() -> impl Strategy<Value = Profile> {
    let per_fact: Vec<BoxedStrategy<(String, Option<FactValue>)>> = catalogue()
        .facts
        .iter()
        .map(|def| {
            let id = def.id.to_string();
            let ideal = ideal_value(&id);
            prop_oneof![
                6 => Just(ideal),
                1 => Just(None),
                2 => kind_value(def).prop_map(Some),
            ]
            .prop_map(move |v| (id.clone(), v))
            .boxed()
        })
        .collect();
    (prop_oneof![Just(d("2026-11-23")), date_between("2015-01-01", "2035-12-31")], per_fact).prop_map(|(on, facts)| {
        let mut p = Profile::new(on);
        p.facts.extend(facts.into_iter().filter_map(|(id, v)| v.map(|v| (id, v))));
        p
    })
}

/// The ideal applicant with the time facts drawn at random — registration, incidents, a past
/// revocation, the director's birth — judged around the schemes' dates: time rules in every state.
fn time_profile() -> impl Strategy<Value = Profile> {
    (
        date_between("2022-01-01", "2031-12-31"),
        date_between("2020-01-01", "2031-12-31"),
        incidents(date_between("2020-01-01", "2031-12-31").boxed()),
        proptest::option::of(date_between("2020-01-01", "2031-12-31")),
        date_between("1960-01-01", "1980-12-31"),
    )
        .prop_map(|(on, registered, list, revoked, born)| {
            let mut p = Profile::new(on);
            for fact in &catalogue().facts {
                if let Some(v) = ideal_value(&fact.id) {
                    p.facts.insert(fact.id.to_string(), v);
                }
            }
            p.facts.insert("registration_date".into(), FactValue::Date(registered));
            p.facts.insert("incidents".into(), FactValue::Incidents(list));
            p.facts.insert("director_birth_date".into(), FactValue::Date(born));
            if let Some(day) = revoked {
                p.facts.insert("centre_revoked".into(), FactValue::YesNo(true));
                p.facts.insert("centre_revoked_on".into(), FactValue::Date(day));
            }
            p
        })
}

// ── The rules of the data ──────────────────────────────────────────────────

fn leaves<'a>(rule: &'a Rule, out: &mut Vec<&'a Rule>) {
    match rule {
        Rule::AnyOf { rules } | Rule::AllOf { rules } => rules.iter().for_each(|r| leaves(r, out)),
        Rule::When { rule, .. } => leaves(rule, out),
        r => out.push(r),
    }
}

fn all_leaves() -> Vec<&'static Rule> {
    let mut out = Vec::new();
    for s in &catalogue().schemes {
        for c in &s.criteria {
            leaves(&c.rule, &mut out);
        }
    }
    out
}

/// (scheme index, criterion index, fact) for every fact a criterion reads only through
/// `at_least` (`up` = true) or only through `at_most` (`up` = false), never in a condition.
fn one_way_facts(up: bool) -> Vec<(usize, usize, String)> {
    let mut found = Vec::new();
    for (si, s) in catalogue().schemes.iter().enumerate() {
        for (ci, c) in s.criteria.iter().enumerate() {
            let mut read = Vec::new();
            rule_facts(&c.rule, &mut read);
            let mut ls = Vec::new();
            leaves(&c.rule, &mut ls);
            for fact in read {
                let uses: Vec<&Rule> = ls
                    .iter()
                    .copied()
                    .filter(|r| {
                        let mut f = Vec::new();
                        rule_facts(r, &mut f);
                        f.contains(&fact)
                    })
                    .collect();
                let only = !uses.is_empty()
                    && uses.iter().all(|r| {
                        if up {
                            matches!(r, Rule::AtLeast { .. })
                        } else {
                            matches!(r, Rule::AtMost { .. })
                        }
                    });
                let mut conditions = Vec::new();
                collect_conditions(&c.rule, &mut conditions);
                if only && !conditions.contains(&fact) {
                    found.push((si, ci, fact.to_string()));
                }
            }
        }
    }
    found
}

fn collect_conditions<'a>(rule: &'a Rule, out: &mut Vec<&'a str>) {
    match rule {
        Rule::AnyOf { rules } | Rule::AllOf { rules } => rules.iter().for_each(|r| collect_conditions(r, out)),
        Rule::When { condition, rule } => {
            out.push(&condition.fact);
            collect_conditions(rule, out);
        }
        _ => {}
    }
}

// ── (a) No panic ───────────────────────────────────────────────────────────

proptest! {
    #![proptest_config(config())]

    #[test]
    fn no_profile_makes_the_engine_panic(p in wild_profile()) {
        let a = assess(catalogue(), &p, &[]);
        prop_assert_eq!(a.schemes.len(), catalogue().schemes.len());
        for s in &a.schemes {
            let c = s.counts();
            let hard = s.outcomes.iter().filter(|o| o.is_hard() && o.status != Status::NotApplicable).count();
            prop_assert_eq!(c.unmet + c.waiting + c.unknown + c.declared + c.met, hard, "{}: every hard criterion counted once", &s.scheme);
        }
        for (s, table) in catalogue().schemes.iter().filter_map(|s| Some((s, s.performance.as_ref()?))) {
            let plan = plan(&s.id, table, &p);
            prop_assert!(plan.total.is_finite() && plan.total >= 0.0 && plan.total <= f64::from(plan.max_total));
            prop_assert!(plan.bonus.is_finite() && plan.bonus >= 0.0 && plan.bonus <= f64::from(plan.max_bonus));
            prop_assert!(plan.open.windows(2).all(|w| w[0].points >= w[1].points), "open points ranked by size");
        }
    }

    #[test]
    fn no_plausible_profile_makes_the_engine_panic(p in plausible_profile()) {
        let _ = assess(catalogue(), &p, &[]);
    }

    #[test]
    fn every_selection_of_schemes_is_judged_in_catalogue_order(p in plausible_profile(), pick in proptest::collection::vec(any::<bool>(), catalogue().schemes.len())) {
        let ids: Vec<String> = catalogue().schemes.iter().zip(&pick).filter(|(_, k)| **k).map(|(s, _)| s.id.to_string()).collect();
        let a = assess(catalogue(), &p, &ids);
        let expected = if ids.is_empty() { catalogue().schemes.len() } else { ids.len() };
        prop_assert_eq!(a.schemes.len(), expected);
        if !ids.is_empty() {
            prop_assert_eq!(a.schemes.iter().map(|s| s.scheme.clone()).collect::<Vec<_>>(), ids);
        }
    }
}

// ── (b) Monotonicity ───────────────────────────────────────────────────────

proptest! {
    #![proptest_config(config())]

    /// Every `at_least` leaf of the data: raising the value never turns met into not met.
    #[test]
    fn raising_an_at_least_fact_keeps_it_met(
        leaf in select(all_leaves().into_iter().filter(|r| matches!(r, Rule::AtLeast { .. })).collect::<Vec<_>>()),
        base in plausible_profile(),
        v in -1e9f64..1e9,
        up in 0f64..1e9,
    ) {
        let Rule::AtLeast { fact, .. } = leaf else { unreachable!() };
        let low = judge(leaf, &base.clone().with(fact, FactValue::Number(v))).status;
        let high = judge(leaf, &base.with(fact, FactValue::Number(v + up))).status;
        if low == Status::Met {
            prop_assert_eq!(high, Status::Met, "{} from {} to {}", fact, v, v + up);
        }
    }

    /// Every `at_most` leaf of the data: lowering the value never turns met into not met.
    #[test]
    fn lowering_an_at_most_fact_keeps_it_met(
        leaf in select(all_leaves().into_iter().filter(|r| matches!(r, Rule::AtMost { .. })).collect::<Vec<_>>()),
        base in plausible_profile(),
        v in -1e9f64..1e9,
        down in 0f64..1e9,
    ) {
        let Rule::AtMost { fact, .. } = leaf else { unreachable!() };
        let high = judge(leaf, &base.clone().with(fact, FactValue::Number(v))).status;
        let low = judge(leaf, &base.with(fact, FactValue::Number(v - down))).status;
        if high == Status::Met {
            prop_assert_eq!(low, Status::Met, "{} from {} to {}", fact, v, v - down);
        }
    }

    /// Whole criteria (alternatives and all-of included): raising a fact read only by `at_least`
    /// never turns the criterion from met into not met, whatever the other answers.
    #[test]
    fn raising_a_fact_never_breaks_a_met_criterion(
        (si, ci, fact) in select(one_way_facts(true)),
        base in plausible_profile(),
        v in 0f64..1e6,
        up in 0f64..1e6,
    ) {
        let c = &catalogue().schemes[si].criteria[ci];
        let low = judge_criterion(c, &base.clone().with(&fact, FactValue::Number(v))).status;
        let high = judge_criterion(c, &base.with(&fact, FactValue::Number(v + up))).status;
        if low == Status::Met {
            prop_assert_ne!(high, Status::NotMet, "{} {}: {} from {} to {}", catalogue().schemes[si].id, c.id, fact, v, v + up);
        }
    }

    #[test]
    fn lowering_a_fact_never_breaks_a_met_criterion(
        (si, ci, fact) in select(one_way_facts(false)),
        base in plausible_profile(),
        v in 0f64..1e6,
        down in 0f64..1e6,
    ) {
        let c = &catalogue().schemes[si].criteria[ci];
        let high = judge_criterion(c, &base.clone().with(&fact, FactValue::Number(v))).status;
        let low = judge_criterion(c, &base.with(&fact, FactValue::Number((v - down).max(0.0)))).status;
        if high == Status::Met {
            prop_assert_ne!(low, Status::NotMet, "{} {}: {} from {} down by {}", catalogue().schemes[si].id, c.id, fact, v, down);
        }
    }

    /// Shares: more of the part never breaks an "at least" share; less never breaks an "at most".
    #[test]
    fn shares_are_monotone_in_their_part(
        leaf in select(all_leaves().into_iter().filter(|r| matches!(r, Rule::ShareAtLeast { .. } | Rule::ShareAtMost { .. })).collect::<Vec<_>>()),
        whole in 0u32..200,
        part in 0u32..200,
        step in 0u32..50,
    ) {
        let (part_id, whole_id, at_least) = match leaf {
            Rule::ShareAtLeast { part, whole, .. } => (part, whole, true),
            Rule::ShareAtMost { part, whole, .. } => (part, whole, false),
            _ => unreachable!(),
        };
        let at = |n: u32| {
            let p = Profile::new(d("2026-11-23")).with(whole_id, FactValue::Number(f64::from(whole))).with(part_id, FactValue::Number(f64::from(n)));
            judge(leaf, &p).status
        };
        let moved = if at_least { part + step } else { part.saturating_sub(step) };
        if at(part) == Status::Met {
            prop_assert_eq!(at(moved), Status::Met, "{} of {} to {}", part, whole, moved);
        }
    }

    /// Time rules: a later assessment date never undoes 满N年 nor reopens an incident window.
    #[test]
    fn time_only_helps_years_since_and_incident_windows(
        leaf in select(all_leaves().into_iter().filter(|r| matches!(r, Rule::YearsSince { .. } | Rule::NoIncidentWithin { .. })).collect::<Vec<_>>()),
        base in plausible_profile(),
        later in 0i64..5000,
    ) {
        let Some(moved) = base.assessed_on.checked_add_signed(chrono::Duration::days(later)) else { return Ok(()) };
        // Incidents after the first date would be new events, not the passing of time.
        let mut base = base;
        if let Some(FactValue::Incidents(list)) = base.facts.get_mut("incidents") {
            list.retain(|i| i.date <= base.assessed_on);
        }
        let before = judge(leaf, &base).status;
        let mut after = base.clone();
        after.assessed_on = moved;
        if before == Status::Met {
            prop_assert_eq!(judge(leaf, &after).status, Status::Met);
        }
    }
}

// ── (c) Never ready with a hard gap ────────────────────────────────────────

fn check_verdicts(p: &Profile, seen: &mut [usize; 4]) -> Result<(), TestCaseError> {
    for s in assess(catalogue(), p, &[]).schemes {
        let hard: Vec<_> = s.outcomes.iter().filter(|o| o.is_hard()).collect();
        let scheme = catalogue().scheme(&s.scheme).expect("judged schemes are in the catalogue");
        match &s.verdict {
            Verdict::Ready => {
                seen[0] += 1;
                for o in &hard {
                    prop_assert!(
                        matches!(o.status, Status::Met | Status::Declared | Status::NotApplicable),
                        "{} is ready, but {} is {:?}",
                        s.scheme,
                        o.criterion,
                        o.status
                    );
                }
                let c = s.counts();
                prop_assert_eq!(
                    (c.unmet, c.waiting, c.unknown),
                    (0, 0, 0),
                    "{}: ready, nothing counted against it",
                    &s.scheme
                );
            }
            Verdict::NotYet { from, .. } => {
                seen[1] += 1;
                prop_assert!(*from > p.assessed_on, "{}: eligible from a day to come", s.scheme);
                // On that day every hard criterion holds and the measure is in force.
                prop_assert!(
                    !matches!(validity(&scheme.period, *from), Validity::Expired { .. } | Validity::NotYet { .. }),
                    "{}: not in force on {}",
                    s.scheme,
                    from
                );
                for o in &hard {
                    prop_assert!(
                        o.status != Status::Unknown && o.missing.is_empty(),
                        "{}: not yet, but {} is open",
                        s.scheme,
                        o.criterion
                    );
                    prop_assert!(o.days.contains(*from), "{}: {} does not hold on {}", s.scheme, o.criterion, from);
                }
                // And on no earlier day do they all hold: it is the first.
                let day_before = from.pred_opt().expect("a day after the assessment date has one before it");
                prop_assert!(
                    hard.iter().any(|o| !o.days.contains(day_before))
                        || matches!(validity(&scheme.period, day_before), Validity::NotYet { .. }),
                    "{}: {} is not the first day",
                    s.scheme,
                    from
                );
            }
            Verdict::NoDay { .. } => {
                seen[2] += 1;
                let together = hard.iter().fold(period_days(&scheme.period), |acc, o| acc.and(&o.days));
                prop_assert!(
                    together.first_on_or_after(p.assessed_on).is_none(),
                    "{}: no day, but the rules hold together",
                    s.scheme
                );
            }
            Verdict::Gaps => {
                seen[2] += 1;
                prop_assert!(
                    hard.iter().any(|o| matches!(o.status, Status::NotMet | Status::Unknown)),
                    "{}: gaps without a gap",
                    s.scheme
                );
            }
            Verdict::NotInForce => {
                seen[3] += 1;
                prop_assert!(matches!(s.validity, Validity::Expired { .. }), "{}", s.scheme);
            }
        }
        if matches!(s.validity, Validity::Expired { .. }) {
            prop_assert_eq!(&s.verdict, &Verdict::NotInForce);
        }
    }
    Ok(())
}

#[test]
fn never_ready_while_a_hard_criterion_is_not_met_or_unknown() {
    let mut seen = [0usize; 4];
    let mut runner = TestRunner::new(Config { cases: CASES * 2, failure_persistence: None, ..Config::default() });
    let cell = std::cell::RefCell::new(&mut seen);
    runner.run(&plausible_profile(), |p| check_verdicts(&p, &mut cell.borrow_mut())).unwrap();
    let mut runner = TestRunner::new(Config { cases: CASES, failure_persistence: None, ..Config::default() });
    runner.run(&time_profile(), |p| check_verdicts(&p, &mut cell.borrow_mut())).unwrap();
    let mut runner = TestRunner::new(Config { cases: CASES, failure_persistence: None, ..Config::default() });
    runner.run(&wild_profile(), |p| check_verdicts(&p, &mut cell.borrow_mut())).unwrap();
    // The generators reach every verdict, so the property was not checked in vain.
    let [ready, not_yet, gaps, not_in_force] = seen;
    assert!(
        ready > 0 && not_yet > 0 && gaps > 0 && not_in_force > 0,
        "ready {ready}, not yet {not_yet}, gaps {gaps}, not in force {not_in_force}"
    );
}
