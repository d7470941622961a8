//! Narrow margins (`engine::margins`) on both sides of each setting, against the real catalogue.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use platform_readiness::engine::margins::{narrow, Margin, Margins, Narrow};
use platform_readiness::engine::{FactValue, Incident, Profile};
use platform_readiness::schemes::{catalogue, IncidentKind, Severity};
use support::*;

fn of(p: &Profile, scheme: &str, m: &Margins) -> Vec<Narrow> {
    narrow(catalogue(), p, &[scheme.to_string()], m)
}

fn xpcc() -> Profile {
    ideal("2026-12-01", "bingtuan")
}

#[test]
fn the_ideal_applicant_has_no_narrow_margin() {
    for (id, on, location) in [
        (XPCC, "2026-12-01", "bingtuan"),
        (CENTRE, "2026-12-01", "yangquan"),
        (SHAOXING, "2026-12-01", "shaoxing"),
        (GUANGXI, "2026-12-01", "guangxi"),
        (YANGQUAN_2022, "2023-07-01", "yangquan"),
    ] {
        assert_eq!(of(&ideal(on, location), id, &Margins::default()), vec![], "{id}");
    }
}

#[test]
fn a_number_within_five_per_cent_of_its_threshold() {
    // 第七条（三）: 2000 m² or more. 5 % of 2000 is 100.
    let m = Margins::default();
    assert_eq!(m.number_percent, 5.0);
    let at = of(&xpcc().with("pilot_site_area", num(2100.0)), XPCC, &m);
    assert_eq!(at.len(), 1);
    assert_eq!((at[0].criterion.as_str(), at[0].fact.as_str()), ("art7-3-area", "pilot_site_area"));
    assert_eq!(
        at[0].margin,
        Margin::Number { have: 2100.0, threshold: 2000.0, at_least: true, margin: 100.0, percent: 5.0 }
    );
    assert!(of(&xpcc().with("pilot_site_area", num(2101.0)), XPCC, &m).is_empty());
    // On the threshold: a margin of nothing.
    let on = of(&xpcc().with("pilot_site_area", num(2000.0)), XPCC, &m);
    assert!(matches!(on[0].margin, Margin::Number { margin, .. } if margin == 0.0));
    // Below it the criterion is not met: a gap, not a margin.
    assert!(of(&xpcc().with("pilot_site_area", num(1999.0)), XPCC, &m).is_empty());
    // The setting decides: at 10 %, 2150 is narrow, 2201 is not.
    let wide = Margins { number_percent: 10.0, ..Margins::default() };
    assert_eq!(of(&xpcc().with("pilot_site_area", num(2150.0)), XPCC, &wide).len(), 1);
    assert!(of(&xpcc().with("pilot_site_area", num(2201.0)), XPCC, &wide).is_empty());
}

#[test]
fn an_alternative_is_narrow_only_when_it_alone_holds() {
    // 第七条（三）: a pilot line, or at least 2 external pilot projects.
    let m = Margins::default();
    let both = xpcc().with("external_pilot_projects", num(2.0));
    assert!(of(&both, XPCC, &m).is_empty(), "the pilot line holds as well");
    let alone = both.with("has_pilot_line", yes(false));
    let n = of(&alone, XPCC, &m);
    assert_eq!(n.len(), 1);
    assert_eq!((n[0].criterion.as_str(), n[0].fact.as_str()), ("art7-3-pilot-line", "external_pilot_projects"));
}

#[test]
fn a_share_within_one_person_of_its_limit() {
    // 第七条（四）: qualified staff at least 60 % of full-time staff; 18 of 30 is exactly 60 %.
    let m = Margins::default();
    let n = of(&xpcc().with("qualified_staff", num(18.0)), XPCC, &m);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].criterion, "art7-4-qualified");
    assert_eq!(
        n[0].margin,
        Margin::Share { part: 18.0, whole: 30.0, have_percent: 60.0, need_percent: 60.0, at_least: true, spare: 0.0 }
    );
    // 19 of 30: one could leave and 18 of 30 would still do.
    assert!(of(&xpcc().with("qualified_staff", num(19.0)), XPCC, &m).is_empty());
    // With a setting of two people, 19 is narrow and 20 is not.
    let two = Margins { share_people: 2.0, ..Margins::default() };
    assert_eq!(of(&xpcc().with("qualified_staff", num(19.0)), XPCC, &two).len(), 1);
    assert!(of(&xpcc().with("qualified_staff", num(20.0)), XPCC, &two).is_empty());
}

#[test]
fn a_rule_that_lapses_within_ninety_days() {
    // 第九条（三）: the centre's director no older than 60. Born 1966-03-01: the last day at 60 is
    // 2027-02-28, so the rule no longer holds from 2027-03-01.
    let p = |on: &str| ideal(on, "yangquan").with("director_birth_date", date("1966-03-01"));
    let m = Margins::default();
    // Judged on 2026-12-01, the first day it fails (2027-03-01) is 90 days ahead.
    let n = of(&p("2026-12-01"), CENTRE, &m);
    assert_eq!(n.len(), 1, "{n:?}");
    assert_eq!(n[0].criterion, "art9-3-director-age");
    assert_eq!(n[0].margin, Margin::Lapses { last_day: d("2027-02-28"), days: 90 });
    assert!(of(&p("2026-11-30"), CENTRE, &m).is_empty(), "91 days ahead");
    // On the last day itself: one day left.
    assert_eq!(of(&p("2027-02-28"), CENTRE, &m)[0].margin, Margin::Lapses { last_day: d("2027-02-28"), days: 1 });
    let short = Margins { lapse_days: 30, ..Margins::default() };
    assert!(of(&p("2027-01-29"), CENTRE, &short).is_empty(), "31 days ahead");
    assert_eq!(of(&p("2027-01-30"), CENTRE, &short).len(), 1);
}

#[test]
fn an_incident_window_that_closes_within_thirty_days() {
    // 第七条（五）: no larger accident within the last two years. One on 2025-01-10 counts up to
    // and including 2027-01-10; the first day free is 2027-01-11.
    let incident = Incident { date: d("2025-01-10"), kind: IncidentKind::Safety, severity: Severity::Larger };
    let p = |on: &str| {
        let mut p = xpcc().with("incidents", FactValue::Incidents(vec![incident.clone()]));
        p.assessed_on = d(on);
        p
    };
    let m = Margins::default();
    let n = of(&p("2026-12-12"), XPCC, &m);
    assert_eq!(n.len(), 1, "{n:?}");
    assert_eq!((n[0].criterion.as_str(), n[0].fact.as_str()), ("art7-5-incidents", "incidents"));
    assert_eq!(n[0].margin, Margin::Window { free_from: d("2027-01-11"), days: 30 });
    assert!(of(&p("2026-12-11"), XPCC, &m).is_empty(), "31 days ahead");
    assert!(of(&p("2027-01-11"), XPCC, &m).is_empty(), "the window has closed: met");
    let week = Margins { window_days: 7, ..Margins::default() };
    assert!(of(&p("2027-01-03"), XPCC, &week).is_empty());
    assert_eq!(of(&p("2027-01-04"), XPCC, &week).len(), 1);
}
