//! A report judged by other rules (`report::diff`): a report file written by an app whose rules
//! differed (here: a copy of the catalogue in which the XPCC base needed 1000 m², had one more
//! criterion and lacked another), read back and compared with the rules now.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use platform_readiness::engine::assess;
use platform_readiness::report::diff::{against_current, diff, Recorded, StatusKind, VerdictKind};
use platform_readiness::report::{Report, Stamp};
use platform_readiness::schemes::{catalogue, Catalogue, Rule, RULES_HASH};
use support::*;

/// Rules as they might have been: 第七条（三） at 1000 m², a criterion since dropped, and no
/// 第七条（七） service list.
fn old_rules() -> Catalogue {
    let mut cat = catalogue().clone();
    let xpcc = cat.schemes.to_mut().iter_mut().find(|s| s.id == XPCC).unwrap();
    let criteria = xpcc.criteria.to_mut();
    let mut dropped = criteria.iter().find(|c| c.id == "art7-3-site").unwrap().clone();
    dropped.id = "old-rule-since-dropped".into();
    criteria.push(dropped);
    criteria.retain(|c| c.id != "art7-7-service-list");
    for c in criteria.iter_mut() {
        if c.id == "art7-3-area" {
            c.rule = Rule::AtLeast { fact: "pilot_site_area".into(), value: 1000.0 };
        }
    }
    cat
}

/// A report file as the app with the old rules wrote it.
fn old_file() -> String {
    let profile =
        ideal("2026-12-01", "bingtuan").with("pilot_site_area", num(1500.0)).with("service_list_published", yes(false));
    let schemes = vec![XPCC.to_string(), CENTRE.to_string()];
    let old = old_rules();
    let mut assessment = assess(&old, &profile, &schemes);
    // A scheme the old rules had and the rules now do not.
    let mut retired = assessment.schemes[0].clone();
    retired.scheme = "retired-scheme".into();
    assessment.schemes.push(retired);
    let report = Report {
        id: "r1".into(),
        name: "某公司".into(),
        stamp: Stamp {
            rules_hash: "00000000000000aa".into(),
            rules_version: "2026.01.1".into(),
            ..Stamp::current(profile.assessed_on)
        },
        assessment,
        schemes,
        profile,
    };
    report.to_json()
}

#[test]
fn the_verdict_then_and_now_and_each_criterion_that_moved() {
    let text = old_file();
    let report = Report::from_json(&text).expect("the file opens");
    let recorded = Recorded::from_json(&text).expect("the file recorded its outcomes");
    assert_eq!(recorded.schemes[0].verdict, VerdictKind::Ready, "under the old rules 1500 m² sufficed");
    let d = against_current(&report, &recorded).expect("judged by other rules");
    assert_eq!(
        (d.then_hash.as_str(), d.then_rules.as_str(), d.now_hash.as_str()),
        ("00000000000000aa", "2026.01.1", RULES_HASH)
    );
    assert_eq!(d.schemes.len(), 2);
    assert_eq!(d.gone, vec!["retired-scheme".to_string()]);
    let xpcc = &d.schemes[0];
    assert_eq!(xpcc.scheme, XPCC);
    assert_eq!((xpcc.then.clone(), xpcc.now.clone()), (Some(VerdictKind::Ready), VerdictKind::Gaps));
    assert!(xpcc.verdict_changed());
    type Moved<'a> = (&'a str, Option<StatusKind>, Option<StatusKind>, Option<&'a str>);
    let moved: Vec<Moved> = xpcc
        .criteria
        .iter()
        .map(|c| (c.criterion.as_str(), c.then, c.now, c.citation.as_ref().map(|t| t.zh())))
        .collect();
    assert_eq!(
        moved,
        vec![
            ("art7-3-area", Some(StatusKind::Met), Some(StatusKind::NotMet), Some("第七条（三）")),
            ("art7-7-service-list", None, Some(StatusKind::NotMet), Some("第七条（七）")),
            ("old-rule-since-dropped", Some(StatusKind::Met), None, None),
        ]
    );
    // The centre judged the same then and now: its verdict is listed, no criterion moved.
    let centre = &d.schemes[1];
    assert_eq!(centre.then, Some(centre.now.clone()));
    assert!(!centre.verdict_changed() && centre.criteria.is_empty(), "{centre:?}");
    // What the app concludes is the judgement now, whatever the file recorded.
    assert_eq!(report.assessment.scheme(XPCC).unwrap().verdict, platform_readiness::engine::Verdict::Gaps);
}

#[test]
fn nothing_when_the_rules_are_the_same() {
    let text = old_file();
    let report = Report::from_json(&text).unwrap();
    let recorded = Recorded::from_json(&text).unwrap();
    assert_eq!(diff(&report, &recorded, catalogue(), "00000000000000aa"), None);
    // A report made now carries the app's own hash.
    let fresh = Report::new("r2".into(), "x".into(), vec![XPCC.to_string()], report.profile.clone());
    assert_eq!(against_current(&fresh, &Recorded::of(&fresh.assessment)), None);
}

#[test]
fn a_file_without_a_record_shows_now_only() {
    let text = old_file();
    let report = Report::from_json(&text).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["data"].as_object_mut().unwrap().remove("assessment");
    let bare = value.to_string();
    assert!(Report::from_json(&bare).is_ok(), "other tools need not write the record");
    let recorded = Recorded::from_json(&bare).unwrap_or_default();
    let d = against_current(&report, &recorded).unwrap();
    assert!(d.schemes.iter().all(|s| s.then.is_none()));
    // Every criterion is listed as new to the record, with its citation.
    assert!(d.schemes[0].criteria.iter().all(|c| c.then.is_none() && c.citation.is_some()));
    assert_eq!(d.schemes[0].criteria.len(), catalogue().scheme(XPCC).unwrap().criteria.len());
    assert_eq!(Recorded::from_json("not json"), None);
}

#[test]
fn a_not_yet_verdict_keeps_its_day_and_changes_when_the_day_does() {
    // Registered 2025-06-01: then (by a record edited to say so) ready from 2027-03-01, now
    // from 2027-06-01 (满两年, 第七条（二）).
    let profile = ideal("2026-12-01", "bingtuan")
        .with("registration_date", date("2025-06-01"))
        .with("operating_normally_since", date("2025-06-01"));
    let report = Report {
        stamp: Stamp { rules_hash: "00000000000000bb".into(), ..Stamp::current(profile.assessed_on) },
        ..Report::new("r3".into(), "x".into(), vec![XPCC.to_string()], profile)
    };
    let text = report.to_json().replace("\"from\":\"2027-06-01\"", "\"from\":\"2027-03-01\"");
    let recorded = Recorded::from_json(&text).unwrap();
    let moved = against_current(&Report::from_json(&text).unwrap(), &recorded).unwrap();
    assert_eq!(moved.schemes[0].then, Some(VerdictKind::NotYet { from: d("2027-03-01") }));
    assert_eq!(moved.schemes[0].now, VerdictKind::NotYet { from: d("2027-06-01") });
    assert!(moved.schemes[0].verdict_changed());
    assert!(moved.schemes[0].criteria.is_empty(), "no status moved");
}
