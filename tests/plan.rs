//! A dated plan judged forward (`engine::plan`), through the real catalogue: a change on its
//! day, the day before and the day after; a change that closes one gap while a time rule opens
//! later; a change that breaks a rule met today; two changes to one fact; a change after the
//! measure's period ends; and, as a property, that the plan's days are exactly the days on which
//! the engine's own verdict, judged on that day with the plan applied, is "ready".
#![cfg(not(target_arch = "wasm32"))]

mod support;

use chrono::NaiveDate;
use platform_readiness::engine::plan::{
    forward, judge_forward, profile_on, segment_starts, Blocked, Forward, Plan, PlannedChange,
};
use platform_readiness::engine::{assess_scheme, FactValue, Incident, Profile, Verdict};
use platform_readiness::schemes::{catalogue, IncidentKind, Scheme, Severity};
use proptest::prelude::*;
use support::*;

fn scheme(id: &str) -> &'static Scheme {
    catalogue().scheme(id).unwrap()
}

fn verdict_on(id: &str, profile: &Profile, plan: &Plan, day: &str) -> Verdict {
    assess_scheme(scheme(id), &profile_on(profile, plan, d(day))).verdict
}

fn from(day: &str, until: Option<&str>) -> Forward {
    Forward::From { from: d(day), until: until.map(d), boundary: false }
}

/// The XPCC applicant, 500 m² short of 第七条（三）'s 2000 m², judged on 2026-12-01.
fn xpcc_short_of_area() -> Profile {
    ideal("2026-12-01", "bingtuan").with("pilot_site_area", num(1500.0))
}

#[test]
fn a_change_counts_from_its_day_not_the_day_before() {
    let p = xpcc_short_of_area();
    let plan = Plan::new(vec![PlannedChange::set(d("2027-03-01"), "pilot_site_area", num(2600.0))]);
    assert_eq!(forward(scheme(XPCC), &p, &plan), from("2027-03-01", None));
    // The engine's own verdict on each day, the plan applied.
    assert_eq!(verdict_on(XPCC, &p, &plan, "2027-02-28"), Verdict::Gaps);
    assert_eq!(verdict_on(XPCC, &p, &plan, "2027-03-01"), Verdict::Ready);
    assert_eq!(verdict_on(XPCC, &p, &plan, "2027-03-02"), Verdict::Ready);
    assert_eq!(profile_on(&p, &plan, d("2027-02-28")).number("pilot_site_area"), Some(1500.0));
    assert_eq!(profile_on(&p, &plan, d("2027-03-01")).number("pilot_site_area"), Some(2600.0));
    // The facts themselves are untouched.
    assert_eq!(p.number("pilot_site_area"), Some(1500.0));
    assert_eq!(p.assessed_on, d("2026-12-01"));

    let both = judge_forward(catalogue(), &p, &plan, &[XPCC.to_string()]);
    assert_eq!(both.len(), 1);
    assert_eq!(both[0].as_is, Verdict::Gaps);
    assert_eq!(
        both[0].as_is_forward,
        Forward::Never(Blocked::Gaps { criteria: vec!["art7-3-area".into()] }),
        "as things are, waiting does not close the area"
    );
    assert_eq!(both[0].with_plan, from("2027-03-01", None));
    assert!(!both[0].days.contains(d("2027-02-28")) && both[0].days.contains(d("2027-03-01")));
}

#[test]
fn a_change_dated_on_or_before_the_assessment_date_counts_at_once() {
    let p = xpcc_short_of_area();
    for day in ["2026-12-01", "2026-01-01"] {
        let plan = Plan::new(vec![PlannedChange::set(d(day), "pilot_site_area", num(2000.0))]);
        assert_eq!(forward(scheme(XPCC), &p, &plan), from("2026-12-01", None), "change on {day}");
    }
    // The day after the assessment date: ready from that day, not before.
    let plan = Plan::new(vec![PlannedChange::set(d("2026-12-02"), "pilot_site_area", num(2000.0))]);
    assert_eq!(forward(scheme(XPCC), &p, &plan), from("2026-12-02", None));
}

#[test]
fn closing_one_gap_still_waits_for_a_time_rule_that_opens_later() {
    // Registered 2025-06-01: 满两年 on 2027-06-01 (第七条（二）).
    let p = xpcc_short_of_area()
        .with("registration_date", date("2025-06-01"))
        .with("operating_normally_since", date("2025-06-01"));
    let plan = Plan::new(vec![PlannedChange::set(d("2027-03-01"), "pilot_site_area", num(2600.0))]);
    // The anniversary is a day on which readings differ: the forward day says so.
    assert_eq!(forward(scheme(XPCC), &p, &plan), Forward::From { from: d("2027-06-01"), until: None, boundary: true });
    assert_ne!(verdict_on(XPCC, &p, &plan, "2027-05-31"), Verdict::Ready);
    assert_eq!(verdict_on(XPCC, &p, &plan, "2027-06-01"), Verdict::Ready);
    // The other way round: the time rule opens first, the change decides.
    let late = Plan::new(vec![PlannedChange::set(d("2027-09-15"), "pilot_site_area", num(2600.0))]);
    assert_eq!(forward(scheme(XPCC), &p, &late), from("2027-09-15", None));
    // Without the plan the area stays a gap.
    assert_eq!(
        forward(scheme(XPCC), &p, &Plan::default()),
        Forward::Never(Blocked::Gaps { criteria: vec!["art7-3-area".into()] })
    );
}

#[test]
fn a_change_that_breaks_a_rule_met_today_ends_the_ready_days() {
    let p = ideal("2026-12-01", "bingtuan");
    // Down to 5 full-time staff (第七条（四）: 6 or more) from 2027-01-10.
    let plan = Plan::new(vec![PlannedChange::set(d("2027-01-10"), "fulltime_staff", num(5.0))]);
    assert_eq!(forward(scheme(XPCC), &p, &plan), from("2026-12-01", Some("2027-01-09")));
    assert_eq!(verdict_on(XPCC, &p, &plan, "2027-01-09"), Verdict::Ready);
    assert_ne!(verdict_on(XPCC, &p, &plan, "2027-01-10"), Verdict::Ready);
    // Judged from the day of the change on, no day is left.
    let mut later = p.clone();
    later.assessed_on = d("2027-01-10");
    assert_eq!(
        forward(scheme(XPCC), &later, &plan),
        Forward::Never(Blocked::Gaps { criteria: vec!["art7-4-staff".into()] })
    );
    // Hiring again on 2027-05-01 opens a second run of days.
    let mut again = plan.clone();
    again.changes.push(PlannedChange::set(d("2027-05-01"), "fulltime_staff", num(8.0)));
    let f = judge_forward(catalogue(), &later, &again, &[XPCC.to_string()]);
    assert_eq!(f[0].with_plan, from("2027-05-01", None));
    let f = judge_forward(catalogue(), &p, &again, &[XPCC.to_string()]);
    assert_eq!(f[0].days.spans(), &[(d("2026-12-01"), d("2027-01-09")), (d("2027-05-01"), NaiveDate::MAX)]);
}

#[test]
fn two_changes_to_one_fact_the_later_wins() {
    let p = xpcc_short_of_area();
    // On different days: each from its own day.
    let plan = Plan::new(vec![
        PlannedChange::set(d("2027-05-01"), "pilot_site_area", num(1800.0)),
        PlannedChange::set(d("2027-03-01"), "pilot_site_area", num(2600.0)),
    ]);
    assert_eq!(forward(scheme(XPCC), &p, &plan), from("2027-03-01", Some("2027-04-30")));
    assert_eq!(profile_on(&p, &plan, d("2027-05-01")).number("pilot_site_area"), Some(1800.0));
    // On the same day: the one entered later.
    let same = |first: f64, second: f64| {
        Plan::new(vec![
            PlannedChange::set(d("2027-03-01"), "pilot_site_area", num(first)),
            PlannedChange::set(d("2027-03-01"), "pilot_site_area", num(second)),
        ])
    };
    assert_eq!(forward(scheme(XPCC), &p, &same(1800.0, 2600.0)), from("2027-03-01", None));
    assert_eq!(
        forward(scheme(XPCC), &p, &same(2600.0, 1800.0)),
        Forward::Never(Blocked::Gaps { criteria: vec!["art7-3-area".into()] })
    );
}

#[test]
fn a_change_after_the_measure_ends_is_too_late() {
    // The centre's measures: in force from 2025-09-08 for 5 years, so to 2030-09-07 (第十八条).
    let p = ideal("2026-12-01", "yangquan").with("rd_office_area", num(800.0));
    let late = Plan::new(vec![PlannedChange::set(d("2030-09-08"), "rd_office_area", num(1200.0))]);
    assert_eq!(
        forward(scheme(CENTRE), &p, &late),
        Forward::Never(Blocked::AfterPeriod { from: d("2030-09-08"), ended: d("2030-09-07") })
    );
    let last_day = Plan::new(vec![PlannedChange::set(d("2030-09-07"), "rd_office_area", num(1200.0))]);
    assert_eq!(forward(scheme(CENTRE), &p, &last_day), from("2030-09-07", Some("2030-09-07")));
    // Judged after the end, the measure is simply not in force.
    let mut after = p.clone();
    after.assessed_on = d("2030-09-08");
    assert_eq!(forward(scheme(CENTRE), &after, &late), Forward::Never(Blocked::NotInForce));
}

#[test]
fn a_planned_incident_counts_from_its_day_for_each_schemes_window() {
    let p = ideal("2026-12-01", "bingtuan");
    let plan =
        Plan::new(vec![PlannedChange::incident(d("2027-01-01"), "incidents", IncidentKind::Safety, Severity::Larger)]);
    // 第七条（五）: 近两年内 includes the day two years back, so the incident counts to
    // 2029-01-01; the first day free is 2029-01-02.
    let f = judge_forward(catalogue(), &p, &plan, &[XPCC.to_string()]);
    assert_eq!(f[0].with_plan, from("2026-12-01", Some("2026-12-31")));
    assert_eq!(f[0].days.spans(), &[(d("2026-12-01"), d("2026-12-31")), (d("2029-01-02"), NaiveDate::MAX)]);
    assert_eq!(verdict_on(XPCC, &p, &plan, "2029-01-01"), Verdict::NotYet { from: d("2029-01-02"), boundary: false });
    assert_eq!(verdict_on(XPCC, &p, &plan, "2029-01-02"), Verdict::Ready);
    // The incident is added to the list, the recorded ones kept.
    let before = Incident { date: d("2020-05-01"), kind: IncidentKind::Quality, severity: Severity::General };
    let p = p.with("incidents", FactValue::Incidents(vec![before.clone()]));
    match profile_on(&p, &plan, d("2027-01-01")).facts.get("incidents") {
        Some(FactValue::Incidents(list)) => assert_eq!(list.len(), 2, "{list:?}"),
        other => panic!("a list of incidents, found {other:?}"),
    }
    assert_eq!(p.incidents("incidents"), Some(&[before][..]));
}

#[test]
fn missing_answers_block_the_forward_day_until_the_plan_gives_them() {
    let mut p = xpcc_short_of_area();
    p.facts.remove("pilot_site_area");
    assert_eq!(
        forward(scheme(XPCC), &p, &Plan::default()),
        Forward::Never(Blocked::Missing { facts: vec!["pilot_site_area".into()] })
    );
    let plan = Plan::new(vec![PlannedChange::set(d("2027-02-01"), "pilot_site_area", num(2100.0))]);
    assert_eq!(forward(scheme(XPCC), &p, &plan), from("2027-02-01", None));
}

#[test]
fn segments_start_at_every_change_and_incident_ahead() {
    let p = ideal("2026-12-01", "bingtuan").with(
        "incidents",
        FactValue::Incidents(vec![
            Incident { date: d("2026-01-01"), kind: IncidentKind::Safety, severity: Severity::Major },
            Incident { date: d("2027-02-01"), kind: IncidentKind::Safety, severity: Severity::Major },
        ]),
    );
    let plan = Plan::new(vec![
        PlannedChange::set(d("2027-03-01"), "pilot_site_area", num(2600.0)),
        PlannedChange::set(d("2025-03-01"), "pilot_site_area", num(2600.0)),
        PlannedChange::set(d("2027-03-01"), "fulltime_staff", num(40.0)),
    ]);
    assert_eq!(segment_starts(&p, &plan, p.assessed_on), vec![d("2026-12-01"), d("2027-02-01"), d("2027-03-01")]);
}

// ── The property: the forward days are the days the engine finds ready ────────────

fn day_in(from: &str, to: &str) -> impl Strategy<Value = NaiveDate> {
    use chrono::Datelike;
    (d(from).num_days_from_ce()..=d(to).num_days_from_ce())
        .prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap())
}

fn any_change() -> impl Strategy<Value = PlannedChange> {
    let day = || day_in("2026-06-01", "2031-06-01");
    prop_oneof![
        (day(), 0.0..4000.0f64).prop_map(|(on, v)| PlannedChange::set(on, "pilot_site_area", num(v.round()))),
        (day(), 0.0..2000.0f64).prop_map(|(on, v)| PlannedChange::set(on, "rd_office_area", num(v.round()))),
        (day(), 0u32..40).prop_map(|(on, v)| PlannedChange::set(on, "fulltime_staff", num(f64::from(v)))),
        (day(), 0u32..40).prop_map(|(on, v)| PlannedChange::set(on, "fixed_staff", num(f64::from(v)))),
        (day(), day_in("2023-01-01", "2027-06-01")).prop_map(|(on, r)| PlannedChange::set(
            on,
            "registration_date",
            FactValue::Date(r)
        )),
        (day(), day_in("1962-01-01", "1970-12-31")).prop_map(|(on, b)| PlannedChange::set(
            on,
            "director_birth_date",
            FactValue::Date(b)
        )),
        (day(), any::<bool>()).prop_map(|(on, b)| PlannedChange::set(on, "site_independent", yes(b))),
        day().prop_map(|on| PlannedChange::incident(on, "incidents", IncidentKind::Safety, Severity::Major)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_forward_days_are_the_days_the_engine_finds_ready(
        on in day_in("2026-06-01", "2028-01-01"),
        location in proptest::sample::select(vec!["bingtuan", "yangquan", "shaoxing"]),
        area in 1000.0..3000.0f64,
        registered in day_in("2023-01-01", "2027-01-01"),
        changes in proptest::collection::vec(any_change(), 0..5),
        recorded in proptest::collection::vec(
            (day_in("2024-01-01", "2029-01-01"), proptest::sample::select(vec![Severity::Larger, Severity::Major])),
            0..3,
        ),
        probes in proptest::collection::vec(day_in("2026-06-01", "2032-01-01"), 6),
    ) {
        let p = ideal("2026-01-01", location)
            .with("pilot_site_area", num(area.round()))
            .with("registration_date", FactValue::Date(registered))
            .with("operating_normally_since", FactValue::Date(registered))
            // Incidents on record, some dated after the assessment date: each counts from its day.
            .with(
                "incidents",
                FactValue::Incidents(
                    recorded.iter().map(|(date, severity)| Incident { date: *date, kind: IncidentKind::Safety, severity: *severity }).collect(),
                ),
            );
        let mut p = p;
        p.assessed_on = on;
        let plan = Plan::new(changes);
        for f in judge_forward(catalogue(), &p, &plan, &[]) {
            let s = scheme(&f.scheme);
            let ready = |day: NaiveDate| assess_scheme(s, &profile_on(&p, &plan, day)).verdict == Verdict::Ready;
            match &f.with_plan {
                Forward::From { from, until, .. } => {
                    prop_assert!(*from >= on);
                    prop_assert!(ready(*from), "{}: ready on {from}", f.scheme);
                    if *from > on {
                        prop_assert!(!ready(from.pred_opt().unwrap()), "{}: not ready the day before {from}", f.scheme);
                    }
                    if let Some(until) = until {
                        prop_assert!(ready(*until) && !ready(until.succ_opt().unwrap()), "{}: last day {until}", f.scheme);
                    }
                }
                Forward::Never(_) => prop_assert!(f.days.is_empty()),
            }
            // Every segment's first day and every probe: in the days exactly when ready that day.
            for day in segment_starts(&p, &plan, on).into_iter().chain(probes.iter().copied().filter(|x| *x >= on)) {
                prop_assert_eq!(f.days.contains(day), ready(day), "{} on {}", f.scheme, day);
            }
        }
    }
}
