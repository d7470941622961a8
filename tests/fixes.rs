//! Which fix unlocks the most (`engine::fixes`), against the real catalogue: the figure each fix
//! states, the schemes it makes ready as the engine judges them again, the ranking, the closest
//! schemes and those one change away; where two criteria ask one fact for different figures, the
//! larger serves both.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use platform_readiness::engine::fixes::{rank, Fix, Fixes, Step};
use platform_readiness::engine::{assess, FactValue};
use platform_readiness::schemes::{catalogue, Catalogue, Rule, Unit};
use support::*;

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn find(fixes: &Fixes, pred: impl Fn(&Step) -> bool) -> &Fix {
    fixes.fixes.iter().find(|f| pred(&f.step)).unwrap_or_else(|| panic!("a fix like that in {:#?}", fixes.fixes))
}

#[test]
fn five_hundred_square_metres_make_the_xpcc_base_ready() {
    let p = ideal("2026-12-01", "bingtuan").with("pilot_site_area", num(1500.0));
    let chosen = ids(&[XPCC, CENTRE]);
    let fixes = rank(catalogue(), &p, &chosen);
    let area = &fixes.fixes[0];
    assert_eq!(
        area.step,
        Step::Raise {
            fact: "pilot_site_area".into(),
            unit: Some(Unit::SquareMetre),
            amount: 500.0,
            to: 2000.0,
            also: vec![]
        }
    );
    assert_eq!(area.needs.len(), 1);
    assert_eq!((area.needs[0].scheme.as_str(), area.needs[0].criterion.as_str()), (XPCC, "art7-3-area"));
    assert_eq!(area.needs[0].figure, Some(2000.0));
    assert!(area.needs[0].served);
    let e = area.effect.as_ref().unwrap();
    assert_eq!(e.ready, vec![XPCC.to_string()]);
    assert!(e.breaks.is_empty() && e.further.is_empty());
    // The centre's one gap is where the applicant is registered (第九条（二）): choosing Yangquan
    // makes the centre ready and breaks the XPCC base's 第六条.
    let moved =
        find(&fixes, |s| matches!(s, Step::Choose { fact, option } if fact == "location" && option == "yangquan"));
    let e = moved.effect.as_ref().unwrap();
    assert_eq!(e.ready, vec![CENTRE.to_string()]);
    assert!(e.breaks.iter().any(|b| b.scheme == XPCC && b.criterion == "art6-local"), "{:?}", e.breaks);
    assert_eq!(e.further, vec![XPCC.to_string()]);
    // Both are one change away; the area ranks first: it leaves fewer gaps.
    assert_eq!(fixes.closest.len(), 2);
    assert!(fixes.closest.iter().all(|d| d.gaps == 1), "{:?}", fixes.closest);
    let away: Vec<&str> = fixes.one_change_away.iter().map(|o| o.scheme.as_str()).collect();
    assert_eq!(away, vec![XPCC, CENTRE]);
    assert!(area.effect.as_ref().unwrap().gaps_left < e.gaps_left);
    // The fix is judged on a copy: the profile still says 1500.
    assert_eq!(p.number("pilot_site_area"), Some(1500.0));
}

#[test]
fn a_share_can_be_reached_by_qualifying_staff_or_by_hiring() {
    // 第七条（四）: qualified staff at least 60 % of full-time staff. 15 of 30 is 50 %.
    let p = ideal("2026-12-01", "bingtuan").with("qualified_staff", num(15.0));
    let fixes = rank(catalogue(), &p, &ids(&[XPCC]));
    // Three of the 25 technical staff gain the qualification: 18 of 30 is 60 %.
    let qualify = find(&fixes, |s| matches!(s, Step::Qualify { .. }));
    assert_eq!(
        qualify.step,
        Step::Qualify {
            part: "qualified_staff".into(),
            whole: "fulltime_staff".into(),
            unit: Some(Unit::Person),
            amount: 3.0,
            also: vec![]
        }
    );
    // Or eight new qualified technical staff, who count in all three figures: 23 of 38.
    let hire = find(&fixes, |s| matches!(s, Step::Hire { .. }));
    assert_eq!(
        hire.step,
        Step::Hire {
            part: "qualified_staff".into(),
            whole: "fulltime_staff".into(),
            unit: Some(Unit::Person),
            amount: 8.0,
            also: vec!["technical_staff".into()]
        }
    );
    for f in [qualify, hire] {
        assert_eq!(f.effect.as_ref().unwrap().ready, vec![XPCC.to_string()], "{:?}", f.step);
    }
    // One fewer would not do: the figures are the least that close the gap.
    for (part, whole) in [(17.0, 30.0), (22.0, 37.0)] {
        let q = p.clone().with("qualified_staff", num(part)).with("fulltime_staff", num(whole));
        assert_ne!(
            assess(catalogue(), &q, &ids(&[XPCC])).schemes[0].verdict,
            platform_readiness::engine::Verdict::Ready
        );
    }
}

#[test]
fn qualifying_staff_raises_the_technical_count_when_it_must() {
    // 20 full-time, 10 technical, 8 qualified: 12 qualified are needed and only 10 are technical.
    let p = ideal("2026-12-01", "bingtuan")
        .with("fulltime_staff", num(20.0))
        .with("technical_staff", num(10.0))
        .with("qualified_staff", num(8.0));
    let fixes = rank(catalogue(), &p, &ids(&[XPCC]));
    let qualify = find(&fixes, |s| matches!(s, Step::Qualify { .. }));
    assert!(
        matches!(&qualify.step, Step::Qualify { amount, also, .. } if *amount == 4.0 && also == &vec!["technical_staff".to_string()])
    );
    assert_eq!(qualify.effect.as_ref().unwrap().ready, vec![XPCC.to_string()]);
}

#[test]
fn a_time_rule_is_closed_by_waiting_and_the_later_day_serves_both_rules() {
    // Registered 2025-06-01, normal operation since 2025-09-01: 满两年 on 2027-06-01 and
    // 2027-09-01 (第七条（二）).
    let p = ideal("2026-12-01", "bingtuan")
        .with("registration_date", date("2025-06-01"))
        .with("operating_normally_since", date("2025-09-01"));
    let fixes = rank(catalogue(), &p, &ids(&[XPCC]));
    let wait = |day: &str| find(&fixes, |s| *s == Step::Wait { until: d(day) });
    let late = wait("2027-09-01");
    assert!(late.needs.iter().all(|n| n.served) && late.needs.len() == 2, "{:?}", late.needs);
    assert_eq!(late.effect.as_ref().unwrap().ready, vec![XPCC.to_string()]);
    let early = wait("2027-06-01");
    assert_eq!(early.needs.iter().filter(|n| n.served).count(), 1, "{:?}", early.needs);
    assert!(early.effect.as_ref().unwrap().ready.is_empty());
    assert_eq!(fixes.fixes[0].step, Step::Wait { until: d("2027-09-01") }, "the fix that unlocks ranks first");
}

#[test]
fn an_unknown_answer_is_asked_for_and_ranked_after_the_fixes_with_figures() {
    let mut p = ideal("2026-12-01", "bingtuan").with("pilot_site_area", num(1500.0));
    p.facts.remove("site_independent");
    let fixes = rank(catalogue(), &p, &ids(&[XPCC]));
    let last = fixes.fixes.last().unwrap();
    assert_eq!(last.step, Step::Provide { fact: "site_independent".into() });
    assert!(last.effect.is_none(), "what an answer changes depends on the answer");
    assert_eq!(last.needs[0].criterion, "art7-3-site");
    // A yes/no question: what each answer would do, as the engine judges it. Yes leaves the
    // area; no leaves the area and the site.
    assert_eq!(last.answers.len(), 2);
    assert_eq!(last.answers[0].value, FactValue::YesNo(true));
    assert_eq!(last.answers[0].effect.closes.len(), 1);
    assert_eq!(last.answers[0].effect.gaps_left, 1);
    assert_eq!(last.answers[1].value, FactValue::YesNo(false));
    assert_eq!(last.answers[1].effect.gaps_left, 2);
    assert!(last.answers.iter().all(|a| a.effect.ready.is_empty()));
    // With an answer still missing, raising the area alone does not make the base ready.
    let area = find(&fixes, |s| matches!(s, Step::Raise { .. }));
    let e = area.effect.as_ref().unwrap();
    assert!(e.ready.is_empty() && e.closer == vec![XPCC.to_string()], "{e:?}");
    assert_eq!(e.gaps_left, 1);
    assert!(fixes.one_change_away.is_empty());
}

#[test]
fn a_no_answer_and_a_soft_rule() {
    // 第七条（三）: the site is used on its own. Answered no: the fix is to make it so.
    let p = ideal("2026-12-01", "bingtuan").with("site_independent", yes(false));
    let fixes = rank(catalogue(), &p, &ids(&[XPCC]));
    assert_eq!(fixes.fixes.len(), 1);
    assert_eq!(fixes.fixes[0].step, Step::Answer { fact: "site_independent".into(), yes: true });
    // A soft rule (Yangquan 2022 第十二条 一般) is no gap: nothing to fix.
    let mut p = ideal("2023-07-01", "yangquan").with("director_title", choice("intermediate"));
    p.facts.insert("director_title".into(), FactValue::Choice("intermediate".into()));
    let fixes = rank(catalogue(), &p, &ids(&[YANGQUAN_2022]));
    assert!(fixes.fixes.is_empty(), "{:?}", fixes.fixes);
    assert!(fixes.closest.is_empty());
}

/// A catalogue with a second copy of the XPCC scheme that asks 2500 m² instead of 2000 m²: the
/// five texts never ask one fact for two figures, so the case is built here, in the test only.
fn with_a_stricter_copy() -> Catalogue {
    let mut cat = catalogue().clone();
    let mut copy = cat.scheme(XPCC).unwrap().clone();
    copy.id = "xpcc-stricter-copy".into();
    for c in copy.criteria.to_mut() {
        if c.id == "art7-3-area" {
            c.rule = Rule::AtLeast { fact: "pilot_site_area".into(), value: 2500.0 };
        }
    }
    cat.schemes.to_mut().push(copy);
    cat
}

#[test]
fn where_two_schemes_ask_one_fact_for_different_figures_the_larger_serves_both() {
    let cat = with_a_stricter_copy();
    let p = ideal("2026-12-01", "bingtuan").with("pilot_site_area", num(1500.0));
    let fixes = rank(&cat, &p, &ids(&[XPCC, "xpcc-stricter-copy"]));
    let raise = |to: f64| find(&fixes, move |s| matches!(s, Step::Raise { to: t, .. } if *t == to));
    let large = raise(2500.0);
    assert!(matches!(large.step, Step::Raise { amount, .. } if amount == 1000.0));
    assert_eq!(large.needs.len(), 2);
    assert!(large.needs.iter().all(|n| n.served), "{:?}", large.needs);
    assert_eq!(large.effect.as_ref().unwrap().ready, vec![XPCC.to_string(), "xpcc-stricter-copy".to_string()]);
    let small = raise(2000.0);
    let served: Vec<&str> = small.needs.iter().filter(|n| n.served).map(|n| n.scheme.as_str()).collect();
    assert_eq!(served, vec![XPCC]);
    assert_eq!(small.effect.as_ref().unwrap().ready, vec![XPCC.to_string()]);
    assert_eq!(fixes.fixes[0].step, large.step, "the larger figure ranks first: it unlocks two");
    let away: Vec<(&str, usize)> = fixes.one_change_away.iter().map(|o| (o.scheme.as_str(), o.fixes.len())).collect();
    assert_eq!(away, vec![(XPCC, 2), ("xpcc-stricter-copy", 1)]);
}

// ── The property: a share's figures are the least that close it ─────────────────

use platform_readiness::engine::{judge_criterion, Profile, Status};
use proptest::prelude::*;

fn status(p: &Profile, scheme_id: &str, criterion: &str) -> Status {
    let c = catalogue().scheme(scheme_id).unwrap().criteria.iter().find(|c| c.id == criterion).unwrap();
    judge_criterion(c, p).status
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    /// 第七条（四） (XPCC, 60 %) and 第九条（三） (the centre, 50 %): whichever way a share is
    /// reached, the step's figure closes it and one less does not.
    #[test]
    fn a_shares_ways_close_it_with_the_least_figure(whole in 1u32..200, part_share in 0.0..1.0f64, technical_share in 0.0..1.0f64) {
        let whole = f64::from(whole);
        let technical = (whole * technical_share).round().max(0.0);
        let part = (technical * part_share).floor();
        for (scheme, location, criterion, facts) in [
            (XPCC, "bingtuan", "art7-4-qualified", ["qualified_staff", "technical_staff", "fulltime_staff"]),
            (CENTRE, "yangquan", "art9-3-lead-unit-share", ["lead_unit_st_staff", "lead_unit_st_staff", "fixed_staff"]),
        ] {
            let p = ideal("2026-12-01", location)
                .with(facts[2], num(whole))
                .with(facts[1], num(if facts[1] == facts[0] { part } else { technical }))
                .with(facts[0], num(part));
            if status(&p, scheme, criterion) != Status::NotMet {
                continue;
            }
            let fixes = rank(catalogue(), &p, &ids(&[scheme]));
            let ways: Vec<&Step> = fixes
                .fixes
                .iter()
                .map(|f| &f.step)
                .filter(|s| matches!(s, Step::Qualify { part, .. } | Step::Hire { part, .. } if part == facts[0]))
                .collect();
            prop_assert!(!ways.is_empty(), "a way to close {criterion} for {part}/{whole}");
            for step in ways {
                let closed = platform_readiness::engine::fixes::apply(step, &p).unwrap();
                prop_assert!(status(&closed, scheme, criterion) == Status::Met, "{step:?} closes {criterion}");
                let less = match step.clone() {
                    Step::Qualify { part, whole, unit, amount, also } => Step::Qualify { part, whole, unit, amount: amount - 1.0, also },
                    Step::Hire { part, whole, unit, amount, also } => Step::Hire { part, whole, unit, amount: amount - 1.0, also },
                    _ => unreachable!(),
                };
                let short = platform_readiness::engine::fixes::apply(&less, &p).unwrap();
                prop_assert!(status(&short, scheme, criterion) != Status::Met, "{less:?} falls short");
                // The counts keep their order: part ≤ between ≤ whole.
                let n = |f: &str| closed.number(f).unwrap();
                prop_assert!(n(facts[0]) <= n(facts[1]) && n(facts[1]) <= n(facts[2]), "{step:?}");
            }
        }
    }
}

/// The five texts make no upper limit hard (the centre's committee rules are duties, its count of
/// supporting units is soft), so a copy of the catalogue makes two of them hard, in the test only.
fn with_hard_upper_limits() -> Catalogue {
    use platform_readiness::schemes::Strength;
    let mut cat = catalogue().clone();
    let centre = cat.schemes.to_mut().iter_mut().find(|s| s.id == CENTRE).unwrap();
    for c in centre.criteria.to_mut() {
        if c.id == "art10-committee-internal" || c.id == "art9-2-unit-count" {
            c.strength = Strength::Hard;
        }
    }
    cat
}

#[test]
fn an_upper_limit_is_reached_by_lowering_replacing_or_widening() {
    let cat = with_hard_upper_limits();
    // 5 supporting units against at most 3; 5 of a committee of 7 from the supporting units
    // against at most half.
    let p =
        ideal("2026-12-01", "yangquan").with("supporting_units", num(5.0)).with("expert_committee_internal", num(5.0));
    let fixes = rank(&cat, &p, &ids(&[CENTRE]));
    let lower = find(&fixes, |s| matches!(s, Step::Lower { .. }));
    assert_eq!(
        lower.step,
        Step::Lower {
            fact: "supporting_units".into(),
            unit: Some(Unit::Organisation),
            amount: 2.0,
            to: 3.0,
            also: vec![]
        }
    );
    // Two fewer from the supporting units: 3 of 7. Or three more from outside: 5 of 10.
    let replace = find(&fixes, |s| matches!(s, Step::Replace { .. }));
    assert!(
        matches!(&replace.step, Step::Replace { amount, whole, .. } if *amount == 2.0 && whole == "expert_committee_size")
    );
    let widen = find(&fixes, |s| matches!(s, Step::Widen { .. }));
    assert!(matches!(&widen.step, Step::Widen { amount, .. } if *amount == 3.0), "{:?}", widen.step);
    for f in [lower, replace, widen] {
        let e = f.effect.as_ref().unwrap();
        assert_eq!(e.closes.len(), 1, "{:?}: {e:?}", f.step);
        assert_eq!(e.gaps_left, 1, "the other limit is still open");
        assert_eq!(e.closer, vec![CENTRE.to_string()]);
    }
}
