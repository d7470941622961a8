//! The engine's rule kinds on their edges, and every threshold of the scheme data just below,
//! at and just above its value.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use platform_readiness::engine::judge::judge;
use platform_readiness::engine::{assess, FactValue, Gap, Incident, Profile, Status, Verdict};
use platform_readiness::schemes::{catalogue, Condition, IncidentClause, IncidentKind, Rule, Scalar, Severity};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn on(date: &str) -> Profile {
    Profile::new(d(date))
}

fn num(v: f64) -> FactValue {
    FactValue::Number(v)
}

fn status(rule: &Rule, p: &Profile) -> Status {
    judge(rule, p).status
}

fn at_least(fact: &str, value: f64) -> Rule {
    Rule::AtLeast { fact: fact.into(), value }
}

#[test]
fn at_least_includes_the_number_and_gives_the_shortfall() {
    let rule = at_least("pilot_site_area", 2000.0);
    let p = on("2026-11-23");
    assert_eq!(status(&rule, &p), Status::Unknown);
    assert_eq!(judge(&rule, &p).missing, vec!["pilot_site_area"]);
    let below = judge(&rule, &p.clone().with("pilot_site_area", num(1500.0)));
    assert_eq!(below.status, Status::NotMet);
    assert_eq!(below.shortfalls[0].gap, Gap::More { have: 1500.0, need: 2000.0 });
    assert_eq!(status(&rule, &p.clone().with("pilot_site_area", num(1999.99))), Status::NotMet);
    assert_eq!(status(&rule, &p.clone().with("pilot_site_area", num(2000.0))), Status::Met);
    assert_eq!(status(&rule, &p.with("pilot_site_area", num(2000.01))), Status::Met);
}

#[test]
fn at_most_includes_the_number() {
    let rule = Rule::AtMost { fact: "supporting_units".into(), value: 3.0 };
    let p = on("2026-11-23");
    assert_eq!(status(&rule, &p.clone().with("supporting_units", num(3.0))), Status::Met);
    let over = judge(&rule, &p.with("supporting_units", num(4.0)));
    assert_eq!(over.status, Status::NotMet);
    assert_eq!(over.shortfalls[0].gap, Gap::Less { have: 4.0, limit: 3.0 });
}

#[test]
fn share_at_least_counts_whole_people_and_says_how_many_more() {
    let rule = Rule::ShareAtLeast { part: "qualified_staff".into(), whole: "fulltime_staff".into(), percent: 60.0 };
    let p = on("2026-11-23").with("fulltime_staff", num(10.0));
    assert_eq!(status(&rule, &p.clone().with("qualified_staff", num(6.0))), Status::Met);
    assert_eq!(status(&rule, &p.clone().with("qualified_staff", num(7.0))), Status::Met);
    let five = judge(&rule, &p.clone().with("qualified_staff", num(5.0)));
    assert_eq!(five.status, Status::NotMet);
    // 5 of 10 is 50 %; hiring 3 qualified people gives 8 of 13 = 61.5 %, 2 would give 7 of 12 = 58 %.
    assert_eq!(
        five.shortfalls[0].gap,
        Gap::Share { have_percent: 50.0, need_percent: 60.0, at_least: true, add: Some(3.0) }
    );
    // Only one fact known: unknown, naming the other.
    let half = judge(&rule, &on("2026-11-23").with("qualified_staff", num(5.0)));
    assert_eq!(half.status, Status::Unknown);
    assert_eq!(half.missing, vec!["fulltime_staff"]);
    // Nobody at all: not met rather than a division by zero.
    let none = p.clone().with("fulltime_staff", num(0.0)).with("qualified_staff", num(0.0));
    assert_eq!(status(&rule, &none), Status::NotMet);
}

#[test]
fn share_at_most_includes_the_half() {
    let rule = Rule::ShareAtMost {
        part: "expert_committee_internal".into(),
        whole: "expert_committee_size".into(),
        percent: 50.0,
    };
    let p = on("2026-11-23").with("expert_committee_size", num(6.0));
    assert_eq!(status(&rule, &p.clone().with("expert_committee_internal", num(3.0))), Status::Met);
    let four = judge(&rule, &p.with("expert_committee_internal", num(4.0)));
    assert_eq!(four.status, Status::NotMet);
    // 4 of 6; adding 2 outside experts gives 4 of 8 = 50 %.
    assert_eq!(
        four.shortfalls[0].gap,
        Gap::Share { have_percent: 400.0 / 6.0, need_percent: 50.0, at_least: false, add: Some(2.0) }
    );
}

#[test]
fn full_years_are_met_on_the_anniversary_with_the_date_projected() {
    let rule = Rule::YearsSince { fact: "registration_date".into(), years: 2 };
    let reg = FactValue::Date(d("2024-11-23"));
    let before = judge(&rule, &on("2026-11-22").with("registration_date", reg.clone()));
    assert_eq!(before.status, Status::NotMet);
    assert_eq!(before.met_from, Some(d("2026-11-23")));
    assert_eq!(status(&rule, &on("2026-11-23").with("registration_date", reg)), Status::Met);
    // Registered on a leap day: two full years on 28 February.
    let leap = FactValue::Date(d("2024-02-29"));
    assert_eq!(status(&rule, &on("2026-02-27").with("registration_date", leap.clone())), Status::NotMet);
    assert_eq!(judge(&rule, &on("2026-02-27").with("registration_date", leap.clone())).met_from, Some(d("2026-02-28")));
    assert_eq!(status(&rule, &on("2026-02-28").with("registration_date", leap)), Status::Met);
}

#[test]
fn a_ban_of_three_years_includes_its_anniversary() {
    // 3年内不得再次申报 (民法典 第二百零一条、第二百零二条): the period starts the day after the
    // revocation and ends on the third anniversary, which is still inside it.
    let rule = Rule::BanYears { fact: "centre_revoked_on".into(), years: 3 };
    let revoked = FactValue::Date(d("2023-11-23"));
    let before = judge(&rule, &on("2026-11-22").with("centre_revoked_on", revoked.clone()));
    assert_eq!((before.status, before.met_from), (Status::NotMet, Some(d("2026-11-24"))));
    assert!(!before.contested.contains(&d("2026-11-22")));
    let anniversary = judge(&rule, &on("2026-11-23").with("centre_revoked_on", revoked.clone()));
    assert_eq!(
        (anniversary.status, anniversary.met_from),
        (Status::NotMet, Some(d("2026-11-24"))),
        "banned on the anniversary"
    );
    assert!(anniversary.contested.contains(&d("2026-11-23")), "readings differ on the anniversary");
    assert_eq!(status(&rule, &on("2026-11-24").with("centre_revoked_on", revoked)), Status::Met, "free the day after");
    // A 02-29 revocation: the anniversary in a common year is 02-28, free from 03-01.
    let leap = judge(&rule, &on("2027-02-28").with("centre_revoked_on", FactValue::Date(d("2024-02-29"))));
    assert_eq!((leap.status, leap.met_from), (Status::NotMet, Some(d("2027-03-01"))));
    assert_eq!(status(&rule, &on("2026-11-23")), Status::Unknown);
}

#[test]
fn the_days_a_rule_holds_are_known_ahead() {
    let years = Rule::YearsSince { fact: "registration_date".into(), years: 2 };
    let j = judge(&years, &on("2026-01-01").with("registration_date", FactValue::Date(d("2025-03-01"))));
    assert!(!j.days.contains(d("2027-02-28")) && j.days.contains(d("2027-03-01")));
    let age = Rule::AgeAtMost { fact: "director_birth_date".into(), years: 60 };
    let j = judge(&age, &on("2026-01-01").with("director_birth_date", FactValue::Date(d("1966-06-02"))));
    assert!(j.days.contains(d("2027-06-01")) && !j.days.contains(d("2027-06-02")));
    // Both at once: the days in common.
    let both = Rule::AllOf { rules: vec![years.clone(), age.clone()].into() };
    let p = on("2026-01-01")
        .with("registration_date", FactValue::Date(d("2025-03-01")))
        .with("director_birth_date", FactValue::Date(d("1966-06-02")));
    let j = judge(&both, &p);
    assert_eq!(j.days.spans(), &[(d("2027-03-01"), d("2027-06-01"))]);
    // Either: every day of both.
    let either = Rule::AnyOf { rules: vec![years, age].into() };
    assert!(judge(&either, &p).days.contains(d("2030-01-01")) && judge(&either, &p).days.contains(d("2026-01-01")));
    // A gap that waiting cannot close holds on no day.
    let area = judge(&at_least("pilot_site_area", 2000.0), &on("2026-01-01").with("pilot_site_area", num(1500.0)));
    assert!(area.days.is_empty());
}

#[test]
fn age_at_most_sixty_holds_until_the_day_before_the_61st_birthday() {
    let rule = Rule::AgeAtMost { fact: "director_birth_date".into(), years: 60 };
    let birth = FactValue::Date(d("1965-11-23"));
    let day_before = judge(&rule, &on("2026-11-22").with("director_birth_date", birth.clone()));
    assert_eq!(day_before.status, Status::Met);
    assert_eq!(day_before.holds_until, Some(d("2026-11-22")));
    let birthday = judge(&rule, &on("2026-11-23").with("director_birth_date", birth));
    assert_eq!(birthday.status, Status::NotMet);
    assert_eq!(birthday.shortfalls[0].gap, Gap::AgedOut { since: d("2026-11-23") });
    assert_eq!(birthday.met_from, None, "age does not come back: no eligibility date");
}

fn incidents(list: &[(&str, IncidentKind, Severity)]) -> FactValue {
    FactValue::Incidents(
        list.iter()
            .map(|(date, kind, severity)| Incident { date: d(date), kind: *kind, severity: *severity })
            .collect(),
    )
}

fn bingtuan_window() -> Rule {
    Rule::NoIncidentWithin {
        fact: "incidents".into(),
        years: 2,
        clauses: vec![
            IncidentClause {
                kinds: vec![IncidentKind::Safety, IncidentKind::Quality].into(),
                severities: vec![Severity::Larger, Severity::Major, Severity::Extraordinary].into(),
            },
            IncidentClause {
                kinds: vec![IncidentKind::Environment].into(),
                severities: vec![Severity::Serious].into(),
            },
        ]
        .into(),
    }
}

#[test]
fn incident_window_includes_the_anniversary_and_reads_only_listed_grades() {
    let rule = bingtuan_window();
    let larger = incidents(&[("2025-03-10", IncidentKind::Safety, Severity::Larger)]);
    let within = judge(&rule, &on("2027-03-09").with("incidents", larger.clone()));
    assert_eq!(within.status, Status::NotMet);
    assert_eq!(within.met_from, Some(d("2027-03-11")));
    // 近两年内 includes its first day: on the second anniversary the incident still counts.
    let anniversary = judge(&rule, &on("2027-03-10").with("incidents", larger.clone()));
    assert_eq!(anniversary.status, Status::NotMet);
    assert_eq!(anniversary.contested, vec![d("2027-03-10")], "readings differ on that day");
    assert_eq!(status(&rule, &on("2027-03-11").with("incidents", larger)), Status::Met);
    // A 一般 (general) accident is below 较大以上.
    let general = incidents(&[("2026-01-01", IncidentKind::Safety, Severity::General)]);
    assert_eq!(status(&rule, &on("2026-11-23").with("incidents", general)), Status::Met);
    // An environmental violation counts only when serious.
    let env = incidents(&[("2026-01-01", IncidentKind::Environment, Severity::Serious)]);
    assert_eq!(status(&rule, &on("2026-11-23").with("incidents", env)), Status::NotMet);
    // No incidents: met; not answered: unknown.
    assert_eq!(status(&rule, &on("2026-11-23").with("incidents", incidents(&[]))), Status::Met);
    assert_eq!(status(&rule, &on("2026-11-23")), Status::Unknown);
}

#[test]
fn the_latest_incident_sets_the_date() {
    let rule = bingtuan_window();
    let two = incidents(&[
        ("2025-06-01", IncidentKind::Quality, Severity::Major),
        ("2025-01-01", IncidentKind::Safety, Severity::Larger),
    ]);
    assert_eq!(judge(&rule, &on("2026-11-23").with("incidents", two)).met_from, Some(d("2027-06-02")));
}

#[test]
fn alternatives_hold_either_way() {
    let rule = Rule::AnyOf {
        rules: vec![Rule::IsTrue { fact: "has_pilot_line".into() }, at_least("external_pilot_projects", 2.0)].into(),
    };
    let p = on("2026-11-23");
    let line = p.clone().with("has_pilot_line", FactValue::YesNo(true));
    assert_eq!(status(&rule, &line), Status::Met, "a pilot line alone");
    let projects = p.clone().with("has_pilot_line", FactValue::YesNo(false)).with("external_pilot_projects", num(2.0));
    assert_eq!(status(&rule, &projects), Status::Met, "two projects alone");
    let neither = p.clone().with("has_pilot_line", FactValue::YesNo(false)).with("external_pilot_projects", num(1.0));
    let j = judge(&rule, &neither);
    assert_eq!(j.status, Status::NotMet);
    assert_eq!(j.shortfalls.len(), 2, "both alternatives are shown");
    let open = p.with("has_pilot_line", FactValue::YesNo(false));
    assert_eq!(status(&rule, &open), Status::Unknown, "the other alternative may still hold");
}

#[test]
fn conditional_rules_apply_only_when_their_condition_holds() {
    let rule = Rule::When {
        condition: Condition {
            fact: "ethics_sensitive".into(),
            any_of: vec![Scalar::Bool(true)].into(),
            at_least: None,
        },
        rule: Box::leak(Box::new(Rule::IsTrue { fact: "ethics_committee".into() })),
    };
    let p = on("2026-11-23");
    assert_eq!(status(&rule, &p.clone().with("ethics_sensitive", FactValue::YesNo(false))), Status::NotApplicable);
    let sensitive = p.clone().with("ethics_sensitive", FactValue::YesNo(true));
    assert_eq!(status(&rule, &sensitive), Status::Unknown);
    assert_eq!(status(&rule, &sensitive.clone().with("ethics_committee", FactValue::YesNo(false))), Status::NotMet);
    assert_eq!(status(&rule, &sensitive.with("ethics_committee", FactValue::YesNo(true))), Status::Met);
    assert_eq!(status(&rule, &p), Status::Unknown);
}

#[test]
fn declarations_need_evidence_and_a_no_is_a_gap() {
    let rule = Rule::Declared { fact: "management_system".into() };
    let p = on("2026-11-23");
    assert_eq!(status(&rule, &p.clone().with("management_system", FactValue::YesNo(true))), Status::Declared);
    assert_eq!(status(&rule, &p.clone().with("management_system", FactValue::YesNo(false))), Status::NotMet);
    assert_eq!(status(&rule, &p), Status::Unknown);
}

/// Every numeric threshold in every scheme file, judged just below, at and just above its value.
#[test]
fn every_threshold_in_the_data_holds_on_its_edges() {
    fn walk<'a>(rule: &'a Rule, out: &mut Vec<&'a Rule>) {
        match rule {
            Rule::AnyOf { rules } | Rule::AllOf { rules } => rules.iter().for_each(|r| walk(r, out)),
            Rule::When { rule, .. } => walk(rule, out),
            r => out.push(r),
        }
    }
    let mut checked = 0;
    for scheme in &catalogue().schemes {
        for criterion in &scheme.criteria {
            let mut leaves = Vec::new();
            walk(&criterion.rule, &mut leaves);
            for rule in leaves {
                let p = on("2026-11-23");
                let (fact, value, ge) = match rule {
                    Rule::AtLeast { fact, value } => (fact, *value, true),
                    Rule::AtMost { fact, value } => (fact, *value, false),
                    _ => continue,
                };
                let step = if catalogue().fact(fact).unwrap().kind == platform_readiness::schemes::FactKind::Count {
                    1.0
                } else {
                    0.01
                };
                let at = |v: f64| status(rule, &p.clone().with(fact, num(v)));
                let why = format!("{} {}", scheme.id, criterion.id);
                assert_eq!(at(value), Status::Met, "{why}: at {value}");
                assert_eq!(at(value - step), if ge { Status::NotMet } else { Status::Met }, "{why}: below");
                assert_eq!(at(value + step), if ge { Status::Met } else { Status::NotMet }, "{why}: above");
                checked += 1;
            }
        }
    }
    assert!(checked >= 3, "the data has thresholds to check, found {checked}");
}

#[test]
fn assess_judges_only_the_chosen_schemes_in_catalogue_order() {
    let all = assess(catalogue(), &on("2026-11-23"), &[]);
    assert_eq!(all.schemes.len(), catalogue().schemes.len());
    let one = assess(catalogue(), &on("2026-11-23"), &["bingtuan-pilot-base".to_string()]);
    assert_eq!(one.schemes.len(), 1);
    assert_eq!(one.schemes[0].scheme, "bingtuan-pilot-base");
    // Nothing answered: every hard criterion is unknown, so there are gaps, never "ready".
    assert_eq!(one.schemes[0].verdict, Verdict::Gaps);
    assert!(one.schemes[0].unknown_facts.contains(&"pilot_site_area".to_string()));
}

#[test]
fn the_facts_of_notices_and_duties_are_asked_too() {
    let cat = platform_readiness::schemes::catalogue();
    let ids: Vec<&str> =
        platform_readiness::engine::facts_needed(cat, &["yangquan-innovation-centre-2025".to_string()])
            .iter()
            .map(|f| f.id.as_str())
            .collect();
    for id in ["old_centre", "has_expert_committee", "expert_committee_size", "centre_revoked", "centre_revoked_on"] {
        assert!(ids.contains(&id), "{id} is asked for the innovation centre: {ids:?}");
    }
    let pilot: Vec<&str> = platform_readiness::engine::facts_needed(cat, &["yangquan-pilot-base-2022".to_string()])
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    assert!(pilot.contains(&"old_pilot_base") && !pilot.contains(&"old_centre"), "{pilot:?}");
}
