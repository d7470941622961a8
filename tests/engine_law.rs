//! The law of the five schemes, pinned through the real catalogue and the engine.
//!
//! Every number below is written from the official texts in `docs/sources/` (the article is
//! named next to it), never read from the data files, so a wrong number in a data file fails a
//! test here. Thresholds are judged just below, at and just above the law's value; time rules on
//! the day before and the day of the anniversary.
//!
//! Reading conventions (docs/sources and DESIGN.md "Reading the law"): 以上, 以下, 不低于, 不少于,
//! 不超过, 以内, 满 include the number; 满N年 is reached on the anniversary (02-29 → 02-28);
//! 不超过60周岁 holds until the day before the 61st birthday; 近N年内 is a window ending on the
//! assessment date.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use platform_readiness::engine::score::plan;
use platform_readiness::engine::{
    assess, assess_scheme, judge_criterion, period_end, validity, FactValue, Gap, Incident, Outcome, Profile, SchemeAssessment, Status,
    Validity, Verdict,
};
use platform_readiness::schemes::{catalogue, Criterion, FactKind, IncidentKind, Rule, Scheme, Severity, Strength};

const XPCC: &str = "bingtuan-pilot-base";
const SHAOXING: &str = "shaoxing-pilot-base";
const GUANGXI: &str = "guangxi-pilot-base-2021";
const YANGQUAN_2022: &str = "yangquan-pilot-base-2022";
const CENTRE: &str = "yangquan-innovation-centre-2025";
const ALL: [&str; 5] = [YANGQUAN_2022, GUANGXI, XPCC, SHAOXING, CENTRE];

/// The assessment date of most tests: a day on which the innovation centre and Guangxi are in
/// force and Yangquan 2022 has expired.
const TODAY: &str = "2026-11-23";
/// A day on which Yangquan 2022 is in force (trial 2022-07-01 for 2 years).
const IN_YANGQUAN_2022: &str = "2023-07-01";

// ── Helpers ─────────────────────────────────────────────────────────────────

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn num(v: f64) -> FactValue {
    FactValue::Number(v)
}

fn yes(b: bool) -> FactValue {
    FactValue::YesNo(b)
}

fn date(s: &str) -> FactValue {
    FactValue::Date(d(s))
}

fn choice(s: &str) -> FactValue {
    FactValue::Choice(s.to_string())
}

fn incidents(list: &[(&str, IncidentKind, Severity)]) -> FactValue {
    FactValue::Incidents(list.iter().map(|(day, kind, severity)| Incident { date: d(day), kind: *kind, severity: *severity }).collect())
}

fn scheme(id: &str) -> &'static Scheme {
    catalogue().scheme(id).unwrap_or_else(|| panic!("scheme '{id}' is in the catalogue"))
}

fn criterion(scheme_id: &str, id: &str) -> &'static Criterion {
    scheme(scheme_id).criteria.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("{scheme_id}: criterion '{id}' exists"))
}

/// An applicant that meets every criterion of every scheme, comfortably (never on an edge), with
/// every fact of the catalogue answered except follow-ups whose question is not asked.
fn ideal(on: &str) -> Profile {
    let facts: Vec<(&str, FactValue)> = vec![
        // Organisation
        ("org_kind", choice("university")),
        ("location", choice("yangquan")),
        ("independent_legal_person", yes(true)),
        ("registration_date", date("2015-03-01")),
        ("operating_normally", yes(true)),
        ("via_host_unit", yes(true)),
        ("independent_accounting", yes(true)),
        ("credit_clean", yes(true)),
        ("no_serious_violation", yes(true)),
        ("fits_regional_industry", yes(true)),
        ("industry_field", choice("new_materials")),
        // Site and equipment
        ("dedicated_site", yes(true)),
        ("pilot_site_area", num(3000.0)),
        ("rd_office_area", num(1500.0)),
        ("pilot_equipment_value", num(800.0)),
        ("research_instrument_value", num(1000.0)),
        ("has_pilot_line", yes(true)),
        ("external_pilot_projects", num(5.0)),
        ("has_testing_instruments", yes(true)),
        ("has_pilot_equipment", yes(true)),
        ("rd_spending_3y", num(900.0)),
        ("funding_secured", yes(true)),
        // People
        ("fulltime_staff", num(30.0)),
        ("technical_staff", num(25.0)),
        ("qualified_staff", num(20.0)),
        ("engineering_lead", yes(true)),
        ("fixed_rd_team", yes(true)),
        ("team_structure_sound", yes(true)),
        ("fixed_staff", num(30.0)),
        ("lead_unit_st_staff", num(20.0)),
        ("director_title", choice("senior")),
        ("director_birth_date", date("1975-05-10")),
        ("director_employed_by_host", yes(true)),
        ("director_heads_other_platform", yes(false)),
        // Partners
        ("supporting_units", num(2.0)),
        ("partnership_agreement", yes(true)),
        ("cobuilt_with_enterprise", yes(true)),
        ("undertook_gov_projects", yes(true)),
        ("owns_ip", yes(true)),
        ("outcomes_applied", yes(true)),
        ("research_strength", yes(true)),
        ("core_technology", yes(true)),
        ("expert_committee_size", num(7.0)),
        ("expert_committee_internal", num(3.0)),
        ("expert_committee_term", num(3.0)),
        ("expert_committee_meetings", num(2.0)),
        // Safety
        ("incidents", incidents(&[])),
        ("safety_env_facilities", yes(true)),
        ("standards_compliant", yes(true)),
        // Management
        ("management_system", yes(true)),
        ("service_procedures_fees", yes(true)),
        ("ip_protection", yes(true)),
        ("open_service", yes(true)),
        ("service_list_published", yes(true)),
        ("ethics_sensitive", yes(true)),
        ("ethics_committee", yes(true)),
        ("matching_funds", yes(true)),
        // History: never revoked, so the date of revocation is not asked.
        ("centre_revoked", yes(false)),
    ];
    facts.into_iter().fold(Profile::new(d(on)), |p, (id, v)| p.with(id, v))
}

/// The ideal profile with some facts changed.
fn ideal_with(on: &str, changes: &[(&str, FactValue)]) -> Profile {
    changes.iter().fold(ideal(on), |p, (id, v)| p.with(id, v.clone()))
}

/// One criterion judged for the ideal profile with some facts changed.
fn judged(scheme_id: &str, id: &str, on: &str, changes: &[(&str, FactValue)]) -> Outcome {
    judge_criterion(criterion(scheme_id, id), &ideal_with(on, changes))
}

fn status(scheme_id: &str, id: &str, on: &str, changes: &[(&str, FactValue)]) -> Status {
    judged(scheme_id, id, on, changes).status
}

/// One scheme assessed for the ideal profile with some facts changed.
fn assessed(scheme_id: &str, on: &str, changes: &[(&str, FactValue)]) -> SchemeAssessment {
    assess_scheme(scheme(scheme_id), &ideal_with(on, changes))
}

fn outcome<'a>(a: &'a SchemeAssessment, id: &str) -> &'a Outcome {
    a.outcomes.iter().find(|o| o.criterion == id).unwrap_or_else(|| panic!("{}: outcome of '{id}'", a.scheme))
}

/// fact ≥ law: not met just below, met at and just above; a hard criterion then turns the
/// verdict from gaps to ready. `extra` keeps the rest of the profile consistent.
fn at_least_edges(scheme_id: &str, id: &str, on: &str, fact: &str, law: f64, step: f64, extra: &[(&str, FactValue)]) {
    let with = |v: f64| {
        let mut changes = extra.to_vec();
        changes.push((fact, num(v)));
        changes
    };
    let why = format!("{scheme_id} {id}: {fact} against the law's {law}");
    let below = judged(scheme_id, id, on, &with(law - step));
    assert_eq!(below.status, Status::NotMet, "{why}: just below");
    let gap = below.shortfalls.iter().find(|s| s.fact == fact).map(|s| &s.gap);
    assert_eq!(gap, Some(&Gap::More { have: law - step, need: law }), "{why}: shortfall");
    assert_eq!(status(scheme_id, id, on, &with(law)), Status::Met, "{why}: at");
    assert_eq!(status(scheme_id, id, on, &with(law + step)), Status::Met, "{why}: just above");
    let hard = criterion(scheme_id, id).strength == Strength::Hard;
    assert_eq!(assessed(scheme_id, on, &with(law - step)).verdict, if hard { Verdict::Gaps } else { Verdict::Ready }, "{why}: verdict below");
    assert_eq!(assessed(scheme_id, on, &with(law)).verdict, Verdict::Ready, "{why}: verdict at");
}

/// fact ≤ law: met just below and at, not met just above.
fn at_most_edges(scheme_id: &str, id: &str, on: &str, fact: &str, law: f64, step: f64) {
    let why = format!("{scheme_id} {id}: {fact} against the law's {law}");
    assert_eq!(status(scheme_id, id, on, &[(fact, num(law - step))]), Status::Met, "{why}: just below");
    assert_eq!(status(scheme_id, id, on, &[(fact, num(law))]), Status::Met, "{why}: at");
    let above = judged(scheme_id, id, on, &[(fact, num(law + step))]);
    assert_eq!(above.status, Status::NotMet, "{why}: just above");
    let gap = above.shortfalls.iter().find(|s| s.fact == fact).map(|s| &s.gap);
    assert_eq!(gap, Some(&Gap::Less { have: law + step, limit: law }), "{why}: shortfall");
    assert_eq!(assessed(scheme_id, on, &[(fact, num(law))]).verdict, Verdict::Ready, "{why}: verdict at");
}

fn walk<'a>(rule: &'a Rule, out: &mut Vec<&'a Rule>) {
    match rule {
        Rule::AnyOf { rules } | Rule::AllOf { rules } => rules.iter().for_each(|r| walk(r, out)),
        Rule::When { rule, .. } => walk(rule, out),
        r => out.push(r),
    }
}

// ── The law's numbers, as a table ──────────────────────────────────────────

/// Every number of every scheme, from the texts. Kinds: `>=`, `<=`, `share>=`, `share<=` (%),
/// `years_since`, `age<=`, `no_incident_years`.
const LAW: &[(&str, &str, &str, &str, f64)] = &[
    // 兵团 第七条（二）须注册且正常经营满两年
    (XPCC, "art7-2-two-years", "years_since", "registration_date", 2.0),
    // 第七条（三）面积不低于2000平方米；设备原值在500万元以上；对外中试项目不少于2项
    (XPCC, "art7-3-area", ">=", "pilot_site_area", 2000.0),
    (XPCC, "art7-3-equipment", ">=", "pilot_equipment_value", 500.0),
    (XPCC, "art7-3-pilot-line", ">=", "external_pilot_projects", 2.0),
    // 第七条（四）专职人员6名（含）以上，专职技术人员4名（含）以上，…占总人数的60%（含）以上
    (XPCC, "art7-4-staff", ">=", "fulltime_staff", 6.0),
    (XPCC, "art7-4-technical", ">=", "technical_staff", 4.0),
    (XPCC, "art7-4-qualified", "share>=", "qualified_staff/fulltime_staff", 60.0),
    // 第七条（五）近两年内未发生较大以上…
    (XPCC, "art7-5-incidents", "no_incident_years", "incidents", 2.0),
    // 绍兴 三（一）须注册且正常经营满一年；三（六）近一年内未发生重大…
    (SHAOXING, "sec3-1-one-year", "years_since", "registration_date", 1.0),
    (SHAOXING, "sec3-6-incidents", "no_incident_years", "incidents", 1.0),
    // 阳泉 2022 第七条 多家单位联合组建（≥2 units: a condition, see below）；第十二条 年龄一般不超过 60 周岁
    (YANGQUAN_2022, "art12-director-age", "age<=", "director_birth_date", 60.0),
    // 技术创新中心 第九条（二）原则上不超过3家单位
    (CENTRE, "art9-2-unit-count", "<=", "supporting_units", 3.0),
    // 第九条（三）年龄不超过60周岁；固定人员不少于20人；第一依托单位科技人员…不低于50%
    (CENTRE, "art9-3-director-age", "age<=", "director_birth_date", 60.0),
    (CENTRE, "art9-3-fixed-staff", ">=", "fixed_staff", 20.0),
    (CENTRE, "art9-3-lead-unit-share", "share>=", "lead_unit_st_staff/fixed_staff", 50.0),
    // 第九条（四）不少于1000平方米；不少于700万元；近3年研发总投入不少于500万元
    (CENTRE, "art9-4-area", ">=", "rd_office_area", 1000.0),
    (CENTRE, "art9-4-instruments", ">=", "research_instrument_value", 700.0),
    (CENTRE, "art9-4-rd-spending", ">=", "rd_spending_3y", 500.0),
    // 第九条（五）近三年不存在重大安全、重大质量、严重环境问题
    (CENTRE, "art9-5-incidents", "no_incident_years", "incidents", 3.0),
    // 第十条 人数不低于5人，依托单位人员占比不超过二分之一，每届任期不超过5年，每年至少召开一次会议
    (CENTRE, "art10-committee-size", ">=", "expert_committee_size", 5.0),
    (CENTRE, "art10-committee-internal", "share<=", "expert_committee_internal/expert_committee_size", 50.0),
    (CENTRE, "art10-committee-term", "<=", "expert_committee_term", 5.0),
    (CENTRE, "art10-committee-meetings", ">=", "expert_committee_meetings", 1.0),
    // 第十六条 被取消资格的，3年内不得再次申报
    (CENTRE, "art16-reapply-ban", "years_since", "centre_revoked_on", 3.0),
];

/// The numeric leaves of the data, in the table's shape.
fn data_numbers() -> Vec<(String, String, String, String, f64)> {
    let mut found = Vec::new();
    for s in &catalogue().schemes {
        for c in &s.criteria {
            let mut leaves = Vec::new();
            walk(&c.rule, &mut leaves);
            for leaf in leaves {
                let (kind, fact, value) = match leaf {
                    Rule::AtLeast { fact, value } => (">=", fact.to_string(), *value),
                    Rule::AtMost { fact, value } => ("<=", fact.to_string(), *value),
                    Rule::ShareAtLeast { part, whole, percent } => ("share>=", format!("{part}/{whole}"), *percent),
                    Rule::ShareAtMost { part, whole, percent } => ("share<=", format!("{part}/{whole}"), *percent),
                    Rule::YearsSince { fact, years } => ("years_since", fact.to_string(), f64::from(*years)),
                    Rule::AgeAtMost { fact, years } => ("age<=", fact.to_string(), f64::from(*years)),
                    Rule::NoIncidentWithin { fact, years, .. } => ("no_incident_years", fact.to_string(), f64::from(*years)),
                    _ => continue,
                };
                found.push((s.id.to_string(), c.id.to_string(), kind.to_string(), fact, value));
            }
        }
    }
    found
}

#[test]
fn every_number_in_the_data_is_the_number_of_the_law() {
    let mut data = data_numbers();
    let mut law: Vec<(String, String, String, String, f64)> =
        LAW.iter().map(|(s, c, k, f, v)| (s.to_string(), c.to_string(), k.to_string(), f.to_string(), *v)).collect();
    let key = |t: &(String, String, String, String, f64)| (t.0.clone(), t.1.clone(), t.3.clone());
    data.sort_by_key(key);
    law.sort_by_key(key);
    for entry in &data {
        assert!(law.contains(entry), "the data has a number the law table does not: {entry:?}");
    }
    for entry in &law {
        assert!(data.contains(entry), "the law sets a number the data lacks or misstates: {entry:?}");
    }
}

#[test]
fn the_conditions_hold_the_laws_numbers_too() {
    // 阳泉 2022 第七条 and 技术创新中心 第九条（二）: an agreement is needed only when several
    // (≥ 2) units build the centre together.
    for (s, id) in [(YANGQUAN_2022, "art7-lead-agreement"), (CENTRE, "art9-2-agreement")] {
        match &criterion(s, id).rule {
            Rule::When { condition, .. } => {
                assert_eq!(condition.fact, "supporting_units", "{s} {id}");
                assert_eq!(condition.at_least, Some(2.0), "{s} {id}: 多家单位 = at least 2");
            }
            other => panic!("{s} {id}: expected a conditional rule, found {other:?}"),
        }
    }
}

// ── The ideal applicant ────────────────────────────────────────────────────

#[test]
fn the_ideal_profile_answers_every_fact_the_catalogue_asks() {
    let p = ideal(TODAY);
    for fact in &catalogue().facts {
        let asked = fact.ask_when.as_ref().map_or(Some(true), |c| p.holds(c));
        assert!(asked.is_some(), "the condition of '{}' can be told", fact.id);
        if asked == Some(true) {
            assert!(p.facts.contains_key(fact.id.as_str()), "the ideal profile answers '{}'", fact.id);
        }
    }
    for id in p.facts.keys() {
        assert!(catalogue().fact(id).is_some(), "the ideal profile answers only catalogue facts, not '{id}'");
    }
}

#[test]
fn the_ideal_applicant_is_ready_for_every_scheme_in_force() {
    let all = assess(catalogue(), &ideal(TODAY), &[]);
    assert_eq!(all.schemes.len(), 5, "five schemes");
    for a in &all.schemes {
        assert_eq!(a.readiness, 100, "{}: readiness", a.scheme);
        assert!(a.unknown_facts.is_empty(), "{}: nothing unknown, found {:?}", a.scheme, a.unknown_facts);
        for o in &a.outcomes {
            assert!(matches!(o.status, Status::Met | Status::Declared | Status::NotApplicable), "{} {}: {:?}", a.scheme, o.criterion, o.status);
        }
        let expected = if a.scheme == YANGQUAN_2022 { Verdict::NotInForce } else { Verdict::Ready };
        assert_eq!(a.verdict, expected, "{}: verdict on {TODAY}", a.scheme);
    }
    // Yangquan 2022, on a day it is in force.
    let yq = assessed(YANGQUAN_2022, IN_YANGQUAN_2022, &[]);
    assert_eq!(yq.verdict, Verdict::Ready);
    assert_eq!(yq.readiness, 100);
}

/// Removing any one answer: where a hard criterion can no longer be told, the verdict is "gaps"
/// and the fact is listed as unknown; where none is affected, the verdict stays "ready".
#[test]
fn removing_one_hard_fact_gives_gaps_and_names_the_fact() {
    let mut flips = Vec::new();
    for fact in ideal(TODAY).facts.keys() {
        for id in ALL {
            let on = if id == YANGQUAN_2022 { IN_YANGQUAN_2022 } else { TODAY };
            let mut p = ideal(on);
            p.facts.remove(fact);
            let a = assess_scheme(scheme(id), &p);
            let hard_unknown = a.outcomes.iter().any(|o| !o.soft && o.status == Status::Unknown);
            if hard_unknown {
                assert_eq!(a.verdict, Verdict::Gaps, "{id} without '{fact}'");
                assert!(a.unknown_facts.contains(fact), "{id} without '{fact}': listed as unknown, got {:?}", a.unknown_facts);
                assert!(a.readiness < 100, "{id} without '{fact}': readiness drops");
                flips.push((id, fact.clone()));
            } else {
                assert_eq!(a.verdict, Verdict::Ready, "{id} without '{fact}' needs no hard answer");
            }
        }
    }
    // The law makes these answers necessary (a sample, one or more per scheme).
    for (id, fact) in [
        (XPCC, "pilot_site_area"),
        (XPCC, "registration_date"),
        (XPCC, "incidents"),
        (XPCC, "via_host_unit"),
        (XPCC, "ethics_sensitive"),
        (SHAOXING, "registration_date"),
        (SHAOXING, "incidents"),
        (GUANGXI, "management_system"),
        (YANGQUAN_2022, "matching_funds"),
        (YANGQUAN_2022, "supporting_units"),
        (CENTRE, "director_birth_date"),
        (CENTRE, "expert_committee_term"),
        (CENTRE, "centre_revoked"),
        (CENTRE, "org_kind"),
        (CENTRE, "location"),
    ] {
        assert!(flips.contains(&(id, fact.to_string())), "{id} needs '{fact}'");
    }
    // Either alternative of 第七条（三） suffices, so removing one of them changes nothing.
    assert!(!flips.contains(&(XPCC, "has_pilot_line".to_string())));
    assert!(!flips.contains(&(XPCC, "external_pilot_projects".to_string())));
    // Soft rules never make an answer necessary.
    assert!(!flips.contains(&(GUANGXI, "industry_field".to_string())));
    assert!(!flips.contains(&(YANGQUAN_2022, "director_title".to_string())));
}

// ── 兵团 (XPCC) ─────────────────────────────────────────────────────────────

#[test]
fn xpcc_art7_3_site_area_at_least_2000_m2() {
    at_least_edges(XPCC, "art7-3-area", TODAY, "pilot_site_area", 2000.0, 0.01, &[]);
    at_least_edges(XPCC, "art7-3-area", TODAY, "pilot_site_area", 2000.0, 1.0, &[]);
}

#[test]
fn xpcc_art7_3_equipment_500_wan_yuan_or_more() {
    // 在500万元以上: 以上 includes 500.
    at_least_edges(XPCC, "art7-3-equipment", TODAY, "pilot_equipment_value", 500.0, 0.01, &[]);
}

#[test]
fn xpcc_art7_3_pilot_line_or_at_least_two_external_projects() {
    let id = "art7-3-pilot-line";
    // The pilot line alone, with no project at all.
    assert_eq!(status(XPCC, id, TODAY, &[("has_pilot_line", yes(true)), ("external_pilot_projects", num(0.0))]), Status::Met);
    // The projects alone: 不少于2项.
    let no_line = [("has_pilot_line", yes(false))];
    at_least_edges(XPCC, id, TODAY, "external_pilot_projects", 2.0, 1.0, &no_line);
    // Neither: both ways out are shown.
    let neither = judged(XPCC, id, TODAY, &[("has_pilot_line", yes(false)), ("external_pilot_projects", num(1.0))]);
    assert_eq!(neither.shortfalls.len(), 2);
    // No line, projects not known yet: the other alternative may still hold.
    let mut p = ideal_with(TODAY, &no_line);
    p.facts.remove("external_pilot_projects");
    assert_eq!(judge_criterion(criterion(XPCC, id), &p).status, Status::Unknown);
}

#[test]
fn xpcc_art7_4_six_staff_four_technical() {
    // 专职人员6名（含）以上: the rest kept consistent (4 technical, 4 qualified).
    let staff = |n: f64| [("fulltime_staff", num(n)), ("technical_staff", num(4.0)), ("qualified_staff", num(4.0))];
    let id = "art7-4-staff";
    assert_eq!(status(XPCC, id, TODAY, &staff(5.0)), Status::NotMet);
    assert_eq!(status(XPCC, id, TODAY, &staff(6.0)), Status::Met);
    assert_eq!(status(XPCC, id, TODAY, &staff(7.0)), Status::Met);
    assert_eq!(assessed(XPCC, TODAY, &staff(6.0)).verdict, Verdict::Ready, "6 staff, 4 technical, 4 qualified (67 %)");
    assert_eq!(assessed(XPCC, TODAY, &staff(5.0)).verdict, Verdict::Gaps);
    at_least_edges(XPCC, "art7-4-staff", TODAY, "fulltime_staff", 6.0, 1.0, &[]);
    // 其中专职技术人员4名（含）以上.
    at_least_edges(XPCC, "art7-4-technical", TODAY, "technical_staff", 4.0, 1.0, &[]);
}

#[test]
fn xpcc_art7_4_sixty_percent_qualified() {
    let id = "art7-4-qualified";
    let share = |qualified: f64, total: f64| status(XPCC, id, TODAY, &[("qualified_staff", num(qualified)), ("fulltime_staff", num(total))]);
    // 60%（含）以上, on a whole of 100: 59 no, 60 yes, 61 yes.
    assert_eq!(share(59.0, 100.0), Status::NotMet);
    assert_eq!(share(60.0, 100.0), Status::Met);
    assert_eq!(share(61.0, 100.0), Status::Met);
    // Whole people: 3 of 5 is exactly 60 %; 2 of 5 is not.
    assert_eq!(share(3.0, 5.0), Status::Met);
    assert_eq!(share(2.0, 5.0), Status::NotMet);
    // 6 staff need 3.6, so 4 qualified: 3 of 6 (50 %) is short.
    assert_eq!(share(4.0, 6.0), Status::Met);
    assert_eq!(share(3.0, 6.0), Status::NotMet);
    // The shortfall says how many qualified people to hire: 5 of 10 → 8 of 13.
    let j = judged(XPCC, id, TODAY, &[("qualified_staff", num(5.0)), ("fulltime_staff", num(10.0))]);
    assert_eq!(j.shortfalls[0].gap, Gap::Share { have_percent: 50.0, need_percent: 60.0, at_least: true, add: Some(3.0) });
    assert_eq!(assessed(XPCC, TODAY, &[("qualified_staff", num(18.0)), ("fulltime_staff", num(30.0))]).verdict, Verdict::Ready, "18 of 30 is 60 %");
    assert_eq!(assessed(XPCC, TODAY, &[("qualified_staff", num(17.0)), ("fulltime_staff", num(30.0))]).verdict, Verdict::Gaps);
}

#[test]
fn xpcc_art7_2_registered_two_full_years() {
    let id = "art7-2-two-years";
    let reg = [("registration_date", date("2024-11-23"))];
    let before = judged(XPCC, id, "2026-11-22", &reg);
    assert_eq!(before.status, Status::NotMet, "满两年: not on the day before the second anniversary");
    assert_eq!(before.met_from, Some(d("2026-11-23")));
    assert_eq!(status(XPCC, id, "2026-11-23", &reg), Status::Met, "满两年: on the second anniversary");
    // Registered on a leap day: two full years on 28 February.
    let leap = [("registration_date", date("2024-02-29"))];
    assert_eq!(status(XPCC, id, "2026-02-27", &leap), Status::NotMet);
    assert_eq!(judged(XPCC, id, "2026-02-27", &leap).met_from, Some(d("2026-02-28")));
    assert_eq!(status(XPCC, id, "2026-02-28", &leap), Status::Met);
    // Registered, but not operating normally.
    assert_eq!(status(XPCC, id, TODAY, &[("operating_normally", yes(false))]), Status::NotMet);
}

#[test]
fn xpcc_registered_one_year_ago_is_eligible_from_the_second_anniversary() {
    let a = assessed(XPCC, TODAY, &[("registration_date", date("2025-11-23"))]);
    assert_eq!(a.verdict, Verdict::NotYet { from: d("2027-11-23") });
    assert_eq!(a.hard_gaps().map(|o| o.criterion.as_str()).collect::<Vec<_>>(), vec!["art7-2-two-years"]);
    // The same registration is enough for Shaoxing's 满一年.
    assert_eq!(assessed(SHAOXING, TODAY, &[("registration_date", date("2025-11-23"))]).verdict, Verdict::Ready);
    // A time gap with answers still missing is not "eligible from": answers are needed first.
    let mut p = ideal_with(TODAY, &[("registration_date", date("2025-11-23"))]);
    p.facts.remove("pilot_site_area");
    assert_eq!(assess_scheme(scheme(XPCC), &p).verdict, Verdict::Gaps);
    let mut p = ideal_with(TODAY, &[("registration_date", date("2025-11-23"))]);
    p.facts.remove("operating_normally");
    assert_eq!(assess_scheme(scheme(XPCC), &p).verdict, Verdict::Gaps, "the same criterion still misses an answer");
}

#[test]
fn xpcc_art7_5_no_larger_incident_in_two_years() {
    let id = "art7-5-incidents";
    let larger = [("incidents", incidents(&[("2024-11-23", IncidentKind::Safety, Severity::Larger)]))];
    let before = judged(XPCC, id, "2026-11-22", &larger);
    assert_eq!(before.status, Status::NotMet, "近两年内: still inside the window the day before the anniversary");
    assert_eq!(before.met_from, Some(d("2026-11-23")));
    assert_eq!(assessed(XPCC, "2026-11-22", &larger).verdict, Verdict::NotYet { from: d("2026-11-23") });
    assert_eq!(status(XPCC, id, "2026-11-23", &larger), Status::Met, "out of the window on the anniversary");
    // 较大以上: larger, major and extraordinary count; general does not.
    for (severity, counts) in [(Severity::General, false), (Severity::Larger, true), (Severity::Major, true), (Severity::Extraordinary, true)] {
        for kind in [IncidentKind::Safety, IncidentKind::Quality] {
            let s = status(XPCC, id, TODAY, &[("incidents", incidents(&[("2026-06-01", kind, severity)]))]);
            assert_eq!(s, if counts { Status::NotMet } else { Status::Met }, "{kind:?} {severity:?}");
        }
    }
    // 严重环境违法行为.
    assert_eq!(status(XPCC, id, TODAY, &[("incidents", incidents(&[("2026-06-01", IncidentKind::Environment, Severity::Serious)]))]), Status::NotMet);
}

#[test]
fn xpcc_art7_2_accounting_only_through_a_host_unit() {
    let id = "art7-2-accounting";
    assert_eq!(status(XPCC, id, TODAY, &[("via_host_unit", yes(false)), ("independent_accounting", yes(false))]), Status::NotApplicable);
    assert_eq!(assessed(XPCC, TODAY, &[("via_host_unit", yes(false)), ("independent_accounting", yes(false))]).verdict, Verdict::Ready);
    assert_eq!(status(XPCC, id, TODAY, &[("via_host_unit", yes(true)), ("independent_accounting", yes(false))]), Status::NotMet);
    assert_eq!(assessed(XPCC, TODAY, &[("independent_accounting", yes(false))]).verdict, Verdict::Gaps);
    assert_eq!(status(XPCC, id, TODAY, &[("via_host_unit", yes(true)), ("independent_accounting", yes(true))]), Status::Met);
}

#[test]
fn xpcc_art7_8_ethics_committee_only_for_sensitive_research() {
    let id = "art7-8-ethics";
    assert_eq!(status(XPCC, id, TODAY, &[("ethics_sensitive", yes(false)), ("ethics_committee", yes(false))]), Status::NotApplicable);
    assert_eq!(assessed(XPCC, TODAY, &[("ethics_sensitive", yes(false)), ("ethics_committee", yes(false))]).verdict, Verdict::Ready);
    assert_eq!(status(XPCC, id, TODAY, &[("ethics_sensitive", yes(true)), ("ethics_committee", yes(false))]), Status::NotMet);
    assert_eq!(assessed(XPCC, TODAY, &[("ethics_committee", yes(false))]).verdict, Verdict::Gaps);
    assert_eq!(status(XPCC, id, TODAY, &[("ethics_sensitive", yes(true)), ("ethics_committee", yes(true))]), Status::Met);
}

#[test]
fn xpcc_art7_4_team_structure_is_a_condition() {
    // 第七条（四）人才队伍结构合理 — the same words that Shaoxing 三（三） makes a condition.
    let c = criterion(XPCC, "art7-4-structure");
    assert_eq!(c.rule, Rule::Declared { fact: "team_structure_sound".into() });
    assert_eq!(status(XPCC, "art7-4-structure", TODAY, &[("team_structure_sound", yes(false))]), Status::NotMet);
}

// ── 绍兴 (Shaoxing) ─────────────────────────────────────────────────────────

#[test]
fn shaoxing_registered_one_full_year() {
    let id = "sec3-1-one-year";
    let reg = [("registration_date", date("2025-11-23"))];
    let before = judged(SHAOXING, id, "2026-11-22", &reg);
    assert_eq!(before.status, Status::NotMet, "满一年: not the day before the first anniversary");
    assert_eq!(before.met_from, Some(d("2026-11-23")));
    assert_eq!(assessed(SHAOXING, "2026-11-22", &reg).verdict, Verdict::NotYet { from: d("2026-11-23") });
    assert_eq!(status(SHAOXING, id, "2026-11-23", &reg), Status::Met);
    assert_eq!(assessed(SHAOXING, "2026-11-23", &reg).verdict, Verdict::Ready);
    // Leap day: one full year on 28 February of the next year.
    let leap = [("registration_date", date("2024-02-29"))];
    assert_eq!(status(SHAOXING, id, "2025-02-27", &leap), Status::NotMet);
    assert_eq!(judged(SHAOXING, id, "2025-02-27", &leap).met_from, Some(d("2025-02-28")));
    assert_eq!(status(SHAOXING, id, "2025-02-28", &leap), Status::Met);
}

#[test]
fn shaoxing_no_major_incident_in_one_year() {
    let id = "sec3-6-incidents";
    let major = [("incidents", incidents(&[("2025-11-23", IncidentKind::Safety, Severity::Major)]))];
    let before = judged(SHAOXING, id, "2026-11-22", &major);
    assert_eq!(before.status, Status::NotMet, "近一年内: the day before the anniversary");
    assert_eq!(before.met_from, Some(d("2026-11-23")));
    assert_eq!(status(SHAOXING, id, "2026-11-23", &major), Status::Met, "the anniversary");
    // 重大 (and the graver 特别重大) count; 一般 and 较大 do not.
    for (severity, counts) in [(Severity::General, false), (Severity::Larger, false), (Severity::Major, true), (Severity::Extraordinary, true)] {
        for kind in [IncidentKind::Safety, IncidentKind::Quality] {
            let s = status(SHAOXING, id, TODAY, &[("incidents", incidents(&[("2026-06-01", kind, severity)]))]);
            assert_eq!(s, if counts { Status::NotMet } else { Status::Met }, "{kind:?} {severity:?}");
        }
    }
    assert_eq!(status(SHAOXING, id, TODAY, &[("incidents", incidents(&[("2026-06-01", IncidentKind::Environment, Severity::Serious)]))]), Status::NotMet);
    // A larger accident 18 months ago: outside Shaoxing's rule (one year, 重大 only), inside
    // XPCC's (two years, 较大以上).
    let larger = [("incidents", incidents(&[("2025-05-23", IncidentKind::Quality, Severity::Larger)]))];
    assert_eq!(status(SHAOXING, id, TODAY, &larger), Status::Met);
    assert_eq!(status(XPCC, "art7-5-incidents", TODAY, &larger), Status::NotMet);
}

#[test]
fn shaoxing_accounting_only_through_a_host_unit() {
    let id = "sec3-1-accounting";
    assert_eq!(status(SHAOXING, id, TODAY, &[("via_host_unit", yes(false)), ("independent_accounting", yes(false))]), Status::NotApplicable);
    assert_eq!(status(SHAOXING, id, TODAY, &[("via_host_unit", yes(true)), ("independent_accounting", yes(false))]), Status::NotMet);
}

#[test]
fn shaoxing_performance_table_weights_are_the_annex_table() {
    let table = scheme(SHAOXING).performance.as_ref().expect("Shaoxing has its 绩效评价指标体系");
    // 附表: 中试基础条件（30分）six × 5; 中试服务成效（70分）10, 20, 20, 20; 加分项（10分）10.
    let weights: Vec<(u32, bool)> = table.indicators.iter().map(|i| (i.weight, i.bonus)).collect();
    let law: Vec<(u32, bool)> = [5, 5, 5, 5, 5, 5, 10, 20, 20, 20].iter().map(|w| (*w, false)).chain([(10, true)]).collect();
    assert_eq!(weights, law);
    assert_eq!((table.total, table.bonus), (100, 10));
    // The other schemes have no score table.
    for id in [XPCC, GUANGXI, YANGQUAN_2022, CENTRE] {
        assert!(scheme(id).performance.is_none(), "{id}");
    }
}

#[test]
fn shaoxing_score_planner_totals_ranks_clamps_and_ignores_nan() {
    let table = scheme(SHAOXING).performance.as_ref().unwrap();
    let ids: Vec<&str> = table.indicators.iter().map(|i| i.id.as_str()).collect();

    // Nothing rated: 0 of 100 + 0 of 10, everything open, the 20-point indicators first.
    let empty = plan(table, &Profile::new(d(TODAY)));
    assert_eq!((empty.total, empty.max_total, empty.bonus, empty.max_bonus), (0.0, 100, 0.0, 10));
    assert_eq!(empty.unrated.len(), 11);
    let open: Vec<f64> = empty.open.iter().map(|o| o.points).collect();
    assert_eq!(open, vec![20.0, 20.0, 20.0, 10.0, 10.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0]);

    // Full marks: 100 + 10, nothing open.
    let mut full = Profile::new(d(TODAY));
    for i in &table.indicators {
        full.scores.insert(i.id.to_string(), f64::from(i.weight));
    }
    let p = plan(table, &full);
    assert_eq!((p.total, p.bonus), (100.0, 10.0));
    assert!(p.open.is_empty() && p.unrated.is_empty());

    // Open points ranked by size.
    let mut some = full.clone();
    some.scores.insert("service-income".into(), 5.0); // 15 open
    some.scores.insert("landed-benefit".into(), 19.0); // 1 open
    some.scores.insert("pilot-site-area".into(), 2.0); // 3 open
    some.scores.insert("social-economic-benefit".into(), 4.0); // 6 open (bonus)
    let p = plan(table, &some);
    assert_eq!(p.total, 100.0 - 15.0 - 1.0 - 3.0);
    assert_eq!(p.bonus, 4.0);
    let ranked: Vec<(&str, f64)> = p.open.iter().map(|o| (o.indicator.as_str(), o.points)).collect();
    assert_eq!(ranked, vec![("service-income", 15.0), ("social-economic-benefit", 6.0), ("pilot-site-area", 3.0), ("landed-benefit", 1.0)]);

    // Out-of-range ratings are clamped to 0..=weight; NaN and infinity count as not rated.
    let mut odd = full.clone();
    odd.scores.insert("service-income".into(), 25.0);
    odd.scores.insert("rd-costs".into(), -3.0);
    odd.scores.insert("qualifications".into(), f64::NAN);
    odd.scores.insert("social-economic-benefit".into(), f64::INFINITY);
    let p = plan(table, &odd);
    assert_eq!(p.total, 100.0 - 5.0 - 5.0, "service income clamps to 20, rd costs to 0, qualifications unrated");
    assert_eq!(p.bonus, 0.0);
    assert_eq!(p.unrated, vec!["qualifications".to_string(), "social-economic-benefit".to_string()]);
    assert!(!p.unrated.contains(&"rd-costs".to_string()), "a negative rating is a rating, clamped");
    assert!(ids.contains(&"service-income") && ids.contains(&"rd-costs"));
}

// ── 阳泉市技术创新中心 2025 ──────────────────────────────────────────────────

#[test]
fn centre_art9_4_area_instruments_and_spending() {
    // 研发及办公场地面积不少于1000平方米，科研仪器设备原值不少于700万元，近3年研发总投入不少于500万元.
    at_least_edges(CENTRE, "art9-4-area", TODAY, "rd_office_area", 1000.0, 0.01, &[]);
    at_least_edges(CENTRE, "art9-4-instruments", TODAY, "research_instrument_value", 700.0, 0.01, &[]);
    at_least_edges(CENTRE, "art9-4-rd-spending", TODAY, "rd_spending_3y", 500.0, 0.01, &[]);
}

#[test]
fn centre_art9_3_twenty_fixed_staff_half_from_the_first_unit() {
    // 中心固定人员不少于20人 (15 of them from the first unit, so the share holds throughout).
    at_least_edges(CENTRE, "art9-3-fixed-staff", TODAY, "fixed_staff", 20.0, 1.0, &[("lead_unit_st_staff", num(15.0))]);
    // 第一依托单位科技人员占固定人员的比例不低于50%.
    let id = "art9-3-lead-unit-share";
    let share = |part: f64, whole: f64| status(CENTRE, id, TODAY, &[("lead_unit_st_staff", num(part)), ("fixed_staff", num(whole))]);
    assert_eq!(share(49.0, 100.0), Status::NotMet);
    assert_eq!(share(50.0, 100.0), Status::Met);
    assert_eq!(share(51.0, 100.0), Status::Met);
    assert_eq!(share(9.0, 20.0), Status::NotMet);
    assert_eq!(share(10.0, 20.0), Status::Met, "exactly half");
    assert_eq!(share(10.0, 21.0), Status::NotMet);
    assert_eq!(share(11.0, 21.0), Status::Met);
    let j = judged(CENTRE, id, TODAY, &[("lead_unit_st_staff", num(9.0)), ("fixed_staff", num(20.0))]);
    assert_eq!(j.shortfalls[0].gap, Gap::Share { have_percent: 45.0, need_percent: 50.0, at_least: true, add: Some(2.0) }, "11 of 22");
    assert_eq!(assessed(CENTRE, TODAY, &[("lead_unit_st_staff", num(10.0)), ("fixed_staff", num(20.0))]).verdict, Verdict::Ready);
    assert_eq!(assessed(CENTRE, TODAY, &[("lead_unit_st_staff", num(9.0)), ("fixed_staff", num(20.0))]).verdict, Verdict::Gaps);
}

#[test]
fn centre_art9_2_three_units_as_a_rule_is_soft() {
    // 原则上不超过3家单位: 3 is fine; 4 is reported but does not bar.
    at_most_edges(CENTRE, "art9-2-unit-count", TODAY, "supporting_units", 3.0, 1.0);
    assert!(criterion(CENTRE, "art9-2-unit-count").strength == Strength::Soft);
    let four = assessed(CENTRE, TODAY, &[("supporting_units", num(4.0))]);
    let o = outcome(&four, "art9-2-unit-count");
    assert_eq!((o.status, o.soft), (Status::NotMet, true), "reported as not met, as a soft rule");
    assert_eq!(four.verdict, Verdict::Ready, "a soft rule does not block");
    assert_eq!(four.readiness, 100, "readiness counts hard criteria only");
}

#[test]
fn centre_art9_2_conditions() {
    // 第一依托单位为非企业的，须与企业共建.
    let id = "art9-2-cobuild";
    assert_eq!(status(CENTRE, id, TODAY, &[("org_kind", choice("enterprise")), ("cobuilt_with_enterprise", yes(false))]), Status::NotApplicable);
    assert_eq!(assessed(CENTRE, TODAY, &[("org_kind", choice("enterprise")), ("cobuilt_with_enterprise", yes(false))]).verdict, Verdict::Ready);
    for kind in ["university", "research_institute", "other"] {
        assert_eq!(status(CENTRE, id, TODAY, &[("org_kind", choice(kind)), ("cobuilt_with_enterprise", yes(false))]), Status::NotMet, "{kind}");
        assert_eq!(status(CENTRE, id, TODAY, &[("org_kind", choice(kind)), ("cobuilt_with_enterprise", yes(true))]), Status::Met, "{kind}");
    }
    assert_eq!(assessed(CENTRE, TODAY, &[("org_kind", choice("research_institute")), ("cobuilt_with_enterprise", yes(false))]).verdict, Verdict::Gaps);
    // 全部依托单位须签署共建协议: only with two or more units.
    let id = "art9-2-agreement";
    assert_eq!(status(CENTRE, id, TODAY, &[("supporting_units", num(1.0)), ("partnership_agreement", yes(false))]), Status::NotApplicable);
    assert_eq!(status(CENTRE, id, TODAY, &[("supporting_units", num(2.0)), ("partnership_agreement", yes(false))]), Status::NotMet);
    assert_eq!(status(CENTRE, id, TODAY, &[("supporting_units", num(3.0)), ("partnership_agreement", yes(true))]), Status::Met);
    assert_eq!(assessed(CENTRE, TODAY, &[("supporting_units", num(1.0)), ("partnership_agreement", yes(false))]).verdict, Verdict::Ready);
    // 第一依托单位须在阳泉注册.
    assert_eq!(status(CENTRE, "art9-2-registered", TODAY, &[("location", choice("shaoxing"))]), Status::NotMet);
    assert_eq!(assessed(CENTRE, TODAY, &[("location", choice("elsewhere"))]).verdict, Verdict::Gaps);
}

#[test]
fn centre_art9_3_director_senior_title_and_at_most_sixty() {
    // 中心主任应具有高级专业技术职称: hard here (unlike Yangquan 2022's 一般).
    assert_eq!(criterion(CENTRE, "art9-3-director-title").strength, Strength::Hard);
    assert_eq!(assessed(CENTRE, TODAY, &[("director_title", choice("intermediate"))]).verdict, Verdict::Gaps);
    // 年龄不超过60周岁: born 1965-11-23, 61 on 2026-11-23.
    let id = "art9-3-director-age";
    let born = [("director_birth_date", date("1965-11-23"))];
    let last = judged(CENTRE, id, "2026-11-22", &born);
    assert_eq!(last.status, Status::Met, "the day before the 61st birthday");
    assert_eq!(last.holds_until, Some(d("2026-11-22")));
    let birthday = judged(CENTRE, id, "2026-11-23", &born);
    assert_eq!(birthday.status, Status::NotMet, "the 61st birthday");
    assert_eq!(birthday.shortfalls[0].gap, Gap::AgedOut { since: d("2026-11-23") });
    assert_eq!(assessed(CENTRE, "2026-11-22", &born).verdict, Verdict::Ready);
    assert_eq!(assessed(CENTRE, "2026-11-23", &born).verdict, Verdict::Gaps, "age does not come back: no eligibility date");
    // Born on a leap day: the 61st birthday falls on 28 February (month-end clamping).
    let leap = [("director_birth_date", date("1964-02-29"))];
    assert_eq!(status(CENTRE, id, "2025-02-27", &leap), Status::Met);
    assert_eq!(status(CENTRE, id, "2025-02-28", &leap), Status::NotMet);
    // 人事关系须在依托单位; 不得在市内其他…平台担任负责人.
    assert_eq!(status(CENTRE, "art9-3-director-employed", TODAY, &[("director_employed_by_host", yes(false))]), Status::NotMet);
    assert_eq!(status(CENTRE, "art9-3-director-other-platform", TODAY, &[("director_heads_other_platform", yes(true))]), Status::NotMet);
}

#[test]
fn centre_art9_5_no_major_incident_in_three_years() {
    let id = "art9-5-incidents";
    let major = [("incidents", incidents(&[("2023-11-23", IncidentKind::Quality, Severity::Major)]))];
    let before = judged(CENTRE, id, "2026-11-22", &major);
    assert_eq!(before.status, Status::NotMet, "近三年: the day before the third anniversary");
    assert_eq!(before.met_from, Some(d("2026-11-23")));
    assert_eq!(status(CENTRE, id, "2026-11-23", &major), Status::Met);
    for (severity, counts) in [(Severity::General, false), (Severity::Larger, false), (Severity::Major, true), (Severity::Extraordinary, true)] {
        let s = status(CENTRE, id, TODAY, &[("incidents", incidents(&[("2024-06-01", IncidentKind::Safety, severity)]))]);
        assert_eq!(s, if counts { Status::NotMet } else { Status::Met }, "{severity:?}");
    }
    assert_eq!(status(CENTRE, id, TODAY, &[("incidents", incidents(&[("2024-06-01", IncidentKind::Environment, Severity::Serious)]))]), Status::NotMet);
}

#[test]
fn centre_art10_expert_committee() {
    // 人数不低于5人 (2 of them internal, so the half rule holds throughout).
    at_least_edges(CENTRE, "art10-committee-size", TODAY, "expert_committee_size", 5.0, 1.0, &[("expert_committee_internal", num(2.0))]);
    // 依托单位人员占比不超过二分之一.
    let id = "art10-committee-internal";
    let share = |part: f64, whole: f64| status(CENTRE, id, TODAY, &[("expert_committee_internal", num(part)), ("expert_committee_size", num(whole))]);
    assert_eq!(share(49.0, 100.0), Status::Met);
    assert_eq!(share(50.0, 100.0), Status::Met);
    assert_eq!(share(51.0, 100.0), Status::NotMet);
    assert_eq!(share(3.0, 6.0), Status::Met, "exactly half");
    assert_eq!(share(4.0, 6.0), Status::NotMet);
    assert_eq!(share(2.0, 5.0), Status::Met);
    assert_eq!(share(3.0, 5.0), Status::NotMet);
    let j = judged(CENTRE, id, TODAY, &[("expert_committee_internal", num(4.0)), ("expert_committee_size", num(6.0))]);
    assert_eq!(j.shortfalls[0].gap, Gap::Share { have_percent: 400.0 / 6.0, need_percent: 50.0, at_least: false, add: Some(2.0) });
    // 每届任期不超过5年.
    at_most_edges(CENTRE, "art10-committee-term", TODAY, "expert_committee_term", 5.0, 0.01);
    at_most_edges(CENTRE, "art10-committee-term", TODAY, "expert_committee_term", 5.0, 1.0);
    // 每年至少召开一次会议.
    at_least_edges(CENTRE, "art10-committee-meetings", TODAY, "expert_committee_meetings", 1.0, 1.0, &[]);
}

#[test]
fn centre_art16_three_year_ban_only_after_revocation() {
    let id = "art16-reapply-ban";
    let revoked = [("centre_revoked", yes(true)), ("centre_revoked_on", date("2023-11-23"))];
    let before = judged(CENTRE, id, "2026-11-22", &revoked);
    assert_eq!(before.status, Status::NotMet, "3年内不得再次申报: the day before the third anniversary");
    assert_eq!(before.met_from, Some(d("2026-11-23")));
    assert_eq!(assessed(CENTRE, "2026-11-22", &revoked).verdict, Verdict::NotYet { from: d("2026-11-23") });
    assert_eq!(status(CENTRE, id, "2026-11-23", &revoked), Status::Met);
    assert_eq!(assessed(CENTRE, "2026-11-23", &revoked).verdict, Verdict::Ready);
    // Never revoked: not applicable, whatever the date says.
    assert_eq!(status(CENTRE, id, TODAY, &[("centre_revoked", yes(false)), ("centre_revoked_on", date("2026-01-01"))]), Status::NotApplicable);
    // Revoked, date not known yet: unknown.
    let o = judged(CENTRE, id, TODAY, &[("centre_revoked", yes(true))]);
    assert_eq!((o.status, o.missing.clone()), (Status::Unknown, vec!["centre_revoked_on".to_string()]));
}

// ── 阳泉 2022 and 广西: soft rules ──────────────────────────────────────────

#[test]
fn yangquan_2022_director_title_and_age_are_soft() {
    // 第十二条 一般应具有高级职称 … 年龄一般不超过 60 周岁.
    for id in ["art12-director-title", "art12-director-age"] {
        assert_eq!(criterion(YANGQUAN_2022, id).strength, Strength::Soft, "{id}: 一般 = as a rule");
    }
    let title = assessed(YANGQUAN_2022, IN_YANGQUAN_2022, &[("director_title", choice("intermediate"))]);
    assert_eq!(outcome(&title, "art12-director-title").status, Status::NotMet);
    assert_eq!(title.verdict, Verdict::Ready);
    // Born 1963-06-30: 61 on 2024-06-30, the last day of the trial.
    let born = [("director_birth_date", date("1963-06-30"))];
    let before = assessed(YANGQUAN_2022, "2024-06-29", &born);
    assert_eq!(outcome(&before, "art12-director-age").status, Status::Met);
    assert_eq!(outcome(&before, "art12-director-age").holds_until, Some(d("2024-06-29")));
    let birthday = assessed(YANGQUAN_2022, "2024-06-30", &born);
    let o = outcome(&birthday, "art12-director-age");
    assert_eq!((o.status, o.soft), (Status::NotMet, true));
    assert_eq!(birthday.verdict, Verdict::Ready, "a soft rule does not block");
    assert_eq!(birthday.readiness, 100);
}

#[test]
fn yangquan_2022_agreement_only_with_several_units() {
    let id = "art7-lead-agreement";
    assert_eq!(status(YANGQUAN_2022, id, IN_YANGQUAN_2022, &[("supporting_units", num(1.0)), ("partnership_agreement", yes(false))]), Status::NotApplicable);
    assert_eq!(status(YANGQUAN_2022, id, IN_YANGQUAN_2022, &[("supporting_units", num(2.0)), ("partnership_agreement", yes(false))]), Status::NotMet);
    assert_eq!(assessed(YANGQUAN_2022, IN_YANGQUAN_2022, &[("supporting_units", num(2.0)), ("partnership_agreement", yes(false))]).verdict, Verdict::Gaps);
    assert_eq!(status(YANGQUAN_2022, id, IN_YANGQUAN_2022, &[("supporting_units", num(2.0)), ("partnership_agreement", yes(true))]), Status::Met);
}

#[test]
fn guangxi_listed_fields_are_soft() {
    let c = criterion(GUANGXI, "sec2-1-industry");
    assert_eq!(c.strength, Strength::Soft, "the list ends in 等");
    let other = assessed(GUANGXI, TODAY, &[("industry_field", choice("other_field"))]);
    assert_eq!(outcome(&other, "sec2-1-industry").status, Status::NotMet);
    assert_eq!(other.verdict, Verdict::Ready);
    // The thirteen fields the text lists.
    for field in [
        "new_materials", "new_energy", "machinery", "energy_saving", "electronics", "marine", "light_textile", "biomedicine", "green_home",
        "green_petrochemical", "high_end_equipment", "traditional", "agriculture",
    ] {
        assert_eq!(status(GUANGXI, "sec2-1-industry", TODAY, &[("industry_field", choice(field))]), Status::Met, "{field}");
    }
}

#[test]
fn soft_rules_are_only_where_the_text_says_as_a_rule() {
    let mut soft: Vec<(String, String)> = Vec::new();
    for s in &catalogue().schemes {
        for c in s.criteria.iter().filter(|c| c.strength == Strength::Soft) {
            soft.push((s.id.to_string(), c.id.to_string()));
        }
    }
    soft.sort();
    let mut law = vec![
        (CENTRE.to_string(), "art9-2-unit-count".to_string()),             // 原则上不超过3家
        (GUANGXI.to_string(), "sec2-1-industry".to_string()),              // …等产业领域
        (YANGQUAN_2022.to_string(), "art12-director-age".to_string()),     // 年龄一般不超过
        (YANGQUAN_2022.to_string(), "art12-director-title".to_string()),   // 一般应具有高级职称
    ];
    law.sort();
    assert_eq!(soft, law);
}

// ── Periods in force ────────────────────────────────────────────────────────

fn validity_on(id: &str, on: &str) -> Validity {
    validity(&scheme(id).period, d(on))
}

#[test]
fn yangquan_2022_trial_of_two_years_from_1_july_2022() {
    // 第十九条 本办法自 2022 年 7 月 1 日开始试行，试行期 2 年.
    let period = &scheme(YANGQUAN_2022).period;
    assert_eq!((period.start, period.years), (Some(d("2022-07-01")), Some(2)));
    assert_eq!(period_end(period), Some(d("2024-06-30")));
    assert_eq!(validity_on(YANGQUAN_2022, "2022-06-30"), Validity::NotYet { starts: d("2022-07-01") });
    assert_eq!(validity_on(YANGQUAN_2022, "2022-07-01"), Validity::InForce { until: Some(d("2024-06-30")) });
    assert_eq!(validity_on(YANGQUAN_2022, "2024-06-30"), Validity::InForce { until: Some(d("2024-06-30")) });
    assert_eq!(validity_on(YANGQUAN_2022, "2024-07-01"), Validity::Expired { ended: d("2024-06-30") });
    assert_eq!(assessed(YANGQUAN_2022, "2024-06-30", &[]).verdict, Verdict::Ready);
    assert_eq!(assessed(YANGQUAN_2022, "2024-07-01", &[]).verdict, Verdict::NotInForce);
    assert_eq!(assessed(YANGQUAN_2022, "2022-06-30", &[]).verdict, Verdict::NotInForce);
}

#[test]
fn innovation_centre_in_force_five_years_from_8_september_2025() {
    // 第十八条 本办法自2025年9月8日起施行，有效期5年.
    let period = &scheme(CENTRE).period;
    assert_eq!((period.start, period.years), (Some(d("2025-09-08")), Some(5)));
    assert_eq!(validity_on(CENTRE, "2025-09-07"), Validity::NotYet { starts: d("2025-09-08") });
    assert_eq!(assessed(CENTRE, "2025-09-07", &[]).verdict, Verdict::NotInForce);
    assert_eq!(validity_on(CENTRE, "2025-09-08"), Validity::InForce { until: Some(d("2030-09-07")) });
    assert_eq!(assessed(CENTRE, "2025-09-08", &[]).verdict, Verdict::Ready);
    assert_eq!(validity_on(CENTRE, "2030-09-07"), Validity::InForce { until: Some(d("2030-09-07")) });
    assert_eq!(validity_on(CENTRE, "2030-09-08"), Validity::Expired { ended: d("2030-09-07") });
    assert_eq!(assessed(CENTRE, "2030-09-08", &[]).verdict, Verdict::NotInForce);
    // 第十七条 过渡期 to 2027-12-31.
    assert!(period.milestones.iter().any(|m| m.date == d("2027-12-31")), "the transition period ends on 2027-12-31");
}

#[test]
fn guangxi_in_force_from_its_notice_with_no_end() {
    let period = &scheme(GUANGXI).period;
    assert_eq!(period.start, Some(d("2021-09-22")), "the notice is dated 2021年9月22日");
    assert_eq!((period.years, period.end, period_end(period)), (None, None, None), "the text sets no end");
    for on in ["2021-09-22", TODAY, "2099-12-31"] {
        assert_eq!(validity_on(GUANGXI, on), Validity::InForce { until: None }, "{on}");
    }
}

#[test]
fn xpcc_and_shaoxing_validity_cannot_be_told() {
    // 兵团 第十六条 自印发之日起执行，有效期3年 — the issue date is not in the text.
    let xpcc = &scheme(XPCC).period;
    assert_eq!((xpcc.start, xpcc.years, xpcc.end), (None, Some(3), None));
    // 绍兴 自公布之日起30日后施行 — the publication date is not in the text; no period is set.
    let sx = &scheme(SHAOXING).period;
    assert_eq!((sx.start, sx.years, sx.end), (None, None, None));
    for id in [XPCC, SHAOXING] {
        assert!(scheme(id).period.note.is_some(), "{id}: the app says what the text leaves open");
        for on in ["2000-01-01", TODAY, "2099-12-31"] {
            assert_eq!(validity_on(id, on), Validity::Unknown, "{id} on {on}");
        }
        // Unknown validity does not stop the judgement.
        assert_eq!(assessed(id, TODAY, &[]).verdict, Verdict::Ready);
    }
}

// ── Facts the law reads are of the right kind ──────────────────────────────

#[test]
fn threshold_facts_have_the_laws_units() {
    use platform_readiness::schemes::Unit;
    for (fact, kind, unit) in [
        ("pilot_site_area", FactKind::Number, Unit::SquareMetre),
        ("rd_office_area", FactKind::Number, Unit::SquareMetre),
        ("pilot_equipment_value", FactKind::Number, Unit::WanYuan),
        ("research_instrument_value", FactKind::Number, Unit::WanYuan),
        ("rd_spending_3y", FactKind::Number, Unit::WanYuan),
        ("external_pilot_projects", FactKind::Count, Unit::Item),
        ("fulltime_staff", FactKind::Count, Unit::Person),
        ("technical_staff", FactKind::Count, Unit::Person),
        ("qualified_staff", FactKind::Count, Unit::Person),
        ("fixed_staff", FactKind::Count, Unit::Person),
        ("lead_unit_st_staff", FactKind::Count, Unit::Person),
        ("supporting_units", FactKind::Count, Unit::Unit),
        ("expert_committee_size", FactKind::Count, Unit::Person),
        ("expert_committee_internal", FactKind::Count, Unit::Person),
        ("expert_committee_term", FactKind::Number, Unit::Year),
    ] {
        let def = catalogue().fact(fact).unwrap_or_else(|| panic!("fact '{fact}'"));
        assert_eq!((def.kind, def.unit), (kind, Some(unit)), "{fact}");
    }
}
