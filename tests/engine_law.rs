//! The law of the five schemes, pinned through the real catalogue and the engine: what cuts
//! across criteria and schemes.
//!
//! The law's cases for each criterion — a threshold just below, at and just above its figure, a
//! time rule on the day before, the day and the day after — are data in `tests/law/`, run by
//! `tests/law.rs` (`tests/law/README.md` says how to add one). What stays here: the table of the
//! law's numbers (written from the texts in `docs/sources/`, never read from the data files, so a
//! wrong number in a data file fails), the ideal applicant of every scheme, the answers a verdict
//! cannot do without, where the texts make a rule soft or a duty, and each measure's period.
//!
//! Reading conventions (README and DESIGN.md "Reading the law"): 以上, 以下, 不低于, 不少于, 不超过,
//! 以内, 满, （含） include the number; 满N年 is reached on the anniversary (02-29 → 02-28);
//! 不超过60周岁 holds until the day before the 61st birthday; 近N年内 includes the day N years
//! back; N年内不得 includes its anniversary, the first free day is the day after.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use platform_readiness::engine::score::plan;
use platform_readiness::engine::{
    assess_scheme, period_end, validity, FactValue, Profile, SchemeAssessment, Status, Validity, Verdict,
};
use platform_readiness::schemes::{catalogue, Criterion, FactKind, Rule, Scheme, Strength};

const XPCC: &str = "bingtuan-pilot-base";
const SHAOXING: &str = "shaoxing-pilot-base";
const GUANGXI: &str = "guangxi-pilot-base-2021";
const YANGQUAN_2022: &str = "yangquan-pilot-base-2022";
const CENTRE: &str = "yangquan-innovation-centre-2025";
const ALL: [&str; 5] = [YANGQUAN_2022, GUANGXI, XPCC, SHAOXING, CENTRE];

/// The assessment date of most tests: a day on which the innovation centre is in force and
/// Yangquan 2022 has expired.
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

fn scheme(id: &str) -> &'static Scheme {
    catalogue().scheme(id).unwrap_or_else(|| panic!("scheme '{id}' is in the catalogue"))
}

fn criterion(scheme_id: &str, id: &str) -> &'static Criterion {
    scheme(scheme_id)
        .criteria
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("{scheme_id}: criterion '{id}' exists"))
}

/// Where each scheme takes its applicants from (its location criterion).
fn home(scheme_id: &str) -> &'static str {
    match scheme_id {
        XPCC => "bingtuan",
        SHAOXING => "shaoxing",
        GUANGXI => "guangxi",
        _ => "yangquan",
    }
}

/// A day on which the scheme can be judged as in force (or, where its text cannot tell, today).
fn day_for(scheme_id: &str) -> &'static str {
    if scheme_id == YANGQUAN_2022 {
        IN_YANGQUAN_2022
    } else {
        TODAY
    }
}

/// An applicant that meets every criterion of every scheme, comfortably (never on an edge), with
/// every fact of the catalogue answered except follow-ups whose question is not asked. Registered
/// in Yangquan: [`ideal_for`] moves it to a scheme's own region.
fn ideal(on: &str) -> Profile {
    let facts: Vec<(&str, FactValue)> = vec![
        // Organisation
        ("org_kind", choice("university")),
        ("location", choice("yangquan")),
        ("independent_legal_person", yes(true)),
        ("registration_date", date("2015-03-01")),
        ("operating_normally_since", date("2015-03-01")),
        ("via_host_unit", yes(true)),
        ("independent_accounting", yes(true)),
        ("credit_clean", yes(true)),
        ("no_serious_misconduct", yes(true)),
        ("no_misconduct_3y", yes(true)),
        ("research_integrity", yes(true)),
        ("fits_regional_industry", yes(true)),
        ("industry_field", choice("new_materials")),
        // Site and equipment
        ("site_fixed", yes(true)),
        ("site_independent", yes(true)),
        ("site_concentrated", yes(true)),
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
        ("team_size_adequate", yes(true)),
        ("team_age_structure_sound", yes(true)),
        ("management_team_capable", yes(true)),
        ("rd_team", yes(true)),
        ("pilot_research_team", yes(true)),
        ("fixed_staff", num(30.0)),
        ("lead_unit_st_staff", num(20.0)),
        ("director_title", choice("senior")),
        ("director_birth_date", date("1975-05-10")),
        ("director_employed_by_host", yes(true)),
        ("pilot_director_qualities", yes(true)),
        ("centre_director_qualities", yes(true)),
        ("director_heads_other_platform", yes(false)),
        // Partners
        ("supporting_units", num(2.0)),
        ("lead_unit_agreement", yes(true)),
        ("cobuild_agreement", yes(true)),
        ("substantive_cooperation", yes(true)),
        ("field_leadership", yes(true)),
        ("cobuilt_with_enterprise", yes(true)),
        ("undertook_gov_projects", yes(true)),
        ("owns_ip", yes(true)),
        ("outcomes_applied", yes(true)),
        ("research_strength", yes(true)),
        ("goals_and_capacity", yes(true)),
        ("builds_on_platforms", yes(true)),
        ("own_pilot_capability", yes(true)),
        ("has_expert_committee", yes(true)),
        ("core_technology", yes(true)),
        ("expert_committee_size", num(7.0)),
        ("expert_committee_internal", num(3.0)),
        ("expert_committee_term", num(3.0)),
        ("expert_committee_meetings", num(2.0)),
        ("committee_members_qualified", yes(true)),
        // Safety
        ("incidents", FactValue::Incidents(Vec::new())),
        ("no_major_problem_3y", yes(true)),
        ("safety_env_facilities", yes(true)),
        ("standards_compliant", yes(true)),
        // Management
        ("management_system", yes(true)),
        ("service_procedures_fees", yes(true)),
        ("ip_protection", yes(true)),
        ("open_service", yes(true)),
        ("service_list_published", yes(true)),
        ("unified_open_management", yes(true)),
        ("relatively_independent", yes(true)),
        ("ethics_sensitive", yes(true)),
        ("ethics_committee", yes(true)),
        ("matching_funds", yes(true)),
        // History: never revoked, so the date of revocation is not asked; no old-measure status.
        ("centre_revoked", yes(false)),
        ("old_pilot_base", yes(false)),
        ("old_centre", yes(false)),
    ];
    facts.into_iter().fold(Profile::new(d(on)), |p, (id, v)| p.with(id, v))
}

/// The ideal applicant, registered in the scheme's own region, on a day the scheme can be judged.
fn ideal_for(scheme_id: &str) -> Profile {
    ideal(day_for(scheme_id)).with("location", choice(home(scheme_id)))
}

/// One scheme assessed for its ideal applicant with some facts changed.
fn assessed(scheme_id: &str, on: &str, changes: &[(&str, FactValue)]) -> SchemeAssessment {
    let mut p = ideal_for(scheme_id);
    p.assessed_on = d(on);
    let p = changes.iter().fold(p, |p, (id, v)| p.with(id, v.clone()));
    assess_scheme(scheme(scheme_id), &p)
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
/// `years_since` (满N年), `ban_years` (N年内不得), `age<=` (不超过N周岁), `no_incident_years` (近N年内).
const LAW: &[(&str, &str, &str, &str, f64)] = &[
    // 兵团 第七条（二）须注册且正常经营满两年: both the registration and the normal operation.
    (XPCC, "art7-2-two-years", "years_since", "registration_date", 2.0),
    (XPCC, "art7-2-two-years", "years_since", "operating_normally_since", 2.0),
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
    (SHAOXING, "sec3-1-one-year", "years_since", "operating_normally_since", 1.0),
    (SHAOXING, "sec3-6-incidents", "no_incident_years", "incidents", 1.0),
    // 阳泉 2022 第十二条 年龄一般不超过 60 周岁 (第七条 多家单位: a condition, see below)
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
    // 第十六条 被取消市技术创新中心资格的，3年内不得再次申报: the ban includes its anniversary.
    (CENTRE, "art16-reapply-ban", "ban_years", "centre_revoked_on", 3.0),
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
                    Rule::BanYears { fact, years } => ("ban_years", fact.to_string(), f64::from(*years)),
                    Rule::AgeAtMost { fact, years } => ("age<=", fact.to_string(), f64::from(*years)),
                    Rule::NoIncidentWithin { fact, years, .. } => {
                        ("no_incident_years", fact.to_string(), f64::from(*years))
                    }
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
    // 阳泉 2022 第七条 由多家单位联合组建的…; 技术创新中心 第九条（二）全部依托单位须签署共建协议、
    // 健全合作机制: only when several (≥ 2) units build the base or centre together.
    for (s, id) in
        [(YANGQUAN_2022, "art7-lead-agreement"), (CENTRE, "art9-2-agreement"), (CENTRE, "art9-2-cooperation")]
    {
        match &criterion(s, id).rule {
            Rule::When { condition, .. } => {
                assert_eq!(condition.fact, "supporting_units", "{s} {id}");
                assert_eq!(condition.at_least, Some(2.0), "{s} {id}: 多家单位 = at least 2");
            }
            other => panic!("{s} {id}: expected a conditional rule, found {other:?}"),
        }
    }
    // 第十六条: the ban only after a revocation; 第十条: checked only where a committee exists.
    let conditions = [("art16-reapply-ban", "centre_revoked")].into_iter().chain(
        [
            "art10-committee-members",
            "art10-committee-size",
            "art10-committee-internal",
            "art10-committee-term",
            "art10-committee-meetings",
        ]
        .map(|c| (c, "has_expert_committee")),
    );
    for (id, fact) in conditions {
        match &criterion(CENTRE, id).rule {
            Rule::When { condition, .. } => assert_eq!(condition.fact, fact, "{id}"),
            other => panic!("{id}: expected a conditional rule, found {other:?}"),
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
    assert_eq!(catalogue().schemes.len(), ALL.len(), "every scheme of the catalogue has its ideal applicant here");
    for id in ALL {
        let a = assess_scheme(scheme(id), &ideal_for(id));
        let c = a.counts();
        assert_eq!((c.unmet, c.waiting, c.unknown), (0, 0, 0), "{id}: every hard criterion met or declared");
        assert!(a.unknown_facts.is_empty(), "{id}: nothing unknown, found {:?}", a.unknown_facts);
        for o in &a.outcomes {
            assert!(
                matches!(o.status, Status::Met | Status::Declared | Status::NotApplicable),
                "{id} {}: {:?}",
                o.criterion,
                o.status
            );
            assert!(!o.boundary, "{id} {}: the ideal applicant is never on a boundary day", o.criterion);
        }
        assert_eq!(a.verdict, Verdict::Ready, "{id}: verdict on {}", day_for(id));
        assert!(a.notices.is_empty(), "{id}: no old-measure notice, found {:?}", a.notices);
    }
    // On TODAY, Yangquan 2022's trial is over.
    assert_eq!(assessed(YANGQUAN_2022, TODAY, &[]).verdict, Verdict::NotInForce);
}

/// Each scheme judges where the applicant is, by its own article: an applicant registered
/// elsewhere never reads "ready" without a word.
#[test]
fn every_scheme_judges_the_applicants_location() {
    for id in ALL {
        let reading: Vec<&Criterion> = scheme(id)
            .criteria
            .iter()
            .filter(|c| {
                let mut leaves = Vec::new();
                walk(&c.rule, &mut leaves);
                leaves.iter().any(|r| matches!(r, Rule::OneOf { fact, .. } if *fact == "location"))
            })
            .collect();
        assert_eq!(reading.len(), 1, "{id}: one criterion reads the location");
        let a = assessed(id, day_for(id), &[("location", choice("elsewhere"))]);
        let o = a.outcomes.iter().find(|o| o.criterion == reading[0].id).unwrap();
        assert_eq!(o.status, Status::NotMet, "{id}: an applicant from elsewhere");
        // 广西 二（二）主要依托区内: a principle; the others take applications only through their own offices.
        let want = if id == GUANGXI { Verdict::Ready } else { Verdict::Gaps };
        assert_eq!(a.verdict, want, "{id}: the verdict for an applicant from elsewhere");
    }
}

/// Removing any one answer: where a hard criterion can no longer be told, the verdict is "gaps"
/// and the fact is listed as unknown; where none is affected, the verdict stays "ready".
#[test]
fn removing_one_hard_fact_gives_gaps_and_names_the_fact() {
    let mut flips = Vec::new();
    for id in ALL {
        for fact in ideal_for(id).facts.keys() {
            let mut p = ideal_for(id);
            p.facts.remove(fact);
            let a = assess_scheme(scheme(id), &p);
            let hard_unknown = a.outcomes.iter().any(|o| o.is_hard() && o.status == Status::Unknown);
            if hard_unknown {
                assert_eq!(a.verdict, Verdict::Gaps, "{id} without '{fact}'");
                assert!(
                    a.unknown_facts.contains(fact),
                    "{id} without '{fact}': listed as unknown, got {:?}",
                    a.unknown_facts
                );
                assert!(a.counts().unknown > 0, "{id} without '{fact}': counted as to answer");
                flips.push((id, fact.clone()));
            } else {
                assert_eq!(a.verdict, Verdict::Ready, "{id} without '{fact}' needs no hard answer");
            }
        }
    }
    // The law makes these answers necessary (a sample, several per scheme).
    for (id, fact) in [
        (XPCC, "location"),
        (XPCC, "pilot_site_area"),
        (XPCC, "registration_date"),
        (XPCC, "operating_normally_since"),
        (XPCC, "incidents"),
        (XPCC, "via_host_unit"),
        (XPCC, "ethics_sensitive"),
        (XPCC, "own_pilot_capability"),
        (SHAOXING, "location"),
        (SHAOXING, "registration_date"),
        (SHAOXING, "operating_normally_since"),
        (SHAOXING, "incidents"),
        (SHAOXING, "site_fixed"),
        (SHAOXING, "no_serious_misconduct"),
        (GUANGXI, "management_system"),
        (GUANGXI, "team_size_adequate"),
        (YANGQUAN_2022, "location"),
        (YANGQUAN_2022, "supporting_units"),
        (YANGQUAN_2022, "relatively_independent"),
        (YANGQUAN_2022, "site_concentrated"),
        (CENTRE, "location"),
        (CENTRE, "director_birth_date"),
        (CENTRE, "centre_revoked"),
        (CENTRE, "org_kind"),
        (CENTRE, "no_misconduct_3y"),
        (CENTRE, "no_major_problem_3y"),
        (CENTRE, "site_independent"),
    ] {
        assert!(flips.contains(&(id, fact.to_string())), "{id} needs '{fact}'");
    }
    // A duty (阳泉 2022 第十六条 matching funds) is no answer the verdict needs.
    assert!(!flips.contains(&(YANGQUAN_2022, "matching_funds".to_string())));
    // Either alternative of 兵团 第七条（三） suffices, so removing one of them changes nothing.
    assert!(!flips.contains(&(XPCC, "has_pilot_line".to_string())));
    assert!(!flips.contains(&(XPCC, "external_pilot_projects".to_string())));
    // Each text asks its own question: Shaoxing asks for fixed premises only, XPCC for an
    // independent site only, Yangquan 2022 for a concentrated one only.
    assert!(!flips.contains(&(SHAOXING, "site_independent".to_string())));
    assert!(!flips.contains(&(XPCC, "site_concentrated".to_string())));
    assert!(!flips.contains(&(YANGQUAN_2022, "site_independent".to_string())));
    // Soft rules and duties never make an answer necessary.
    for (id, fact) in [
        (GUANGXI, "industry_field"),
        (GUANGXI, "location"),
        (GUANGXI, "builds_on_platforms"),
        (YANGQUAN_2022, "director_title"),
        (YANGQUAN_2022, "director_birth_date"),
        (YANGQUAN_2022, "pilot_director_qualities"),
        (CENTRE, "has_expert_committee"),
        (CENTRE, "expert_committee_term"),
        (CENTRE, "committee_members_qualified"),
    ] {
        assert!(!flips.contains(&(id, fact.to_string())), "{id} does not need '{fact}'");
    }
}

// ── Soft rules and duties: only where the text says ──────────────────────────

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
        (CENTRE.to_string(), "art9-2-unit-count".to_string()), // 原则上不超过3家
        (GUANGXI.to_string(), "sec2-1-industry".to_string()),  // …等产业领域
        (GUANGXI.to_string(), "sec2-2-local".to_string()),     // 主要依托区内
        (GUANGXI.to_string(), "sec2-2-platforms".to_string()), // 主要依托…平台已有的…设施设备
        (YANGQUAN_2022.to_string(), "art12-director-age".to_string()), // 年龄一般不超过
        (YANGQUAN_2022.to_string(), "art12-director-qualities".to_string()), // 一般应具有…，熟悉…，具有…
        (YANGQUAN_2022.to_string(), "art12-director-title".to_string()), // 一般应具有高级职称
    ];
    law.sort();
    assert_eq!(soft, law);
    // A soft rule not met is shown as not met, and the verdict stays ready.
    let a = assessed(
        YANGQUAN_2022,
        IN_YANGQUAN_2022,
        &[("director_title", choice("intermediate")), ("director_birth_date", date("1950-01-01"))],
    );
    for id in ["art12-director-title", "art12-director-age"] {
        let o = a.outcomes.iter().find(|o| o.criterion == id).unwrap();
        assert_eq!((o.status, o.soft), (Status::NotMet, true), "{id}");
    }
    assert_eq!(
        (a.verdict.clone(), a.counts().unmet),
        (Verdict::Ready, 0),
        "soft rules do not block, nor count among the hard criteria not met"
    );
    // The same words without 一般 are hard: the centre's 中心主任应具有高级专业技术职称.
    assert_eq!(criterion(CENTRE, "art9-3-director-title").strength, Strength::Hard);
}

#[test]
fn duties_after_recognition_never_decide_the_verdict() {
    // 技术创新中心 第十条 (第四章 运行管理): the expert committee is set up by a recognised centre.
    let mut duties: Vec<(String, String)> = Vec::new();
    for s in &catalogue().schemes {
        for c in s.criteria.iter().filter(|c| c.strength == Strength::Duty) {
            duties.push((s.id.to_string(), c.id.to_string()));
        }
    }
    let mut law: Vec<(String, String)> = [
        "art10-committee-members",
        "art10-committee-size",
        "art10-committee-internal",
        "art10-committee-term",
        "art10-committee-meetings",
    ]
    .iter()
    .map(|c| (CENTRE.to_string(), c.to_string()))
    .collect();
    // 阳泉 2022 第十六条 (第六章 经费支持): matching the government's money is a duty once it
    // comes, not one of 第八条's conditions for a new base.
    law.push((YANGQUAN_2022.to_string(), "art16-matching".to_string()));
    assert_eq!(duties, law);
    law.pop();
    // A committee that misses every figure of 第十条: each shown as not met, the verdict ready.
    let a = assessed(
        CENTRE,
        TODAY,
        &[
            ("expert_committee_size", num(3.0)),
            ("expert_committee_internal", num(3.0)),
            ("expert_committee_term", num(8.0)),
            ("expert_committee_meetings", num(0.0)),
            ("committee_members_qualified", yes(false)),
        ],
    );
    for (_, id) in &law {
        let o = a.outcomes.iter().find(|o| o.criterion == *id).unwrap();
        assert_eq!((o.status, o.duty), (Status::NotMet, true), "{id}");
    }
    assert_eq!((a.verdict.clone(), a.counts().unmet), (Verdict::Ready, 0), "duties neither block nor count");
    // Committee answers missing: nothing unknown for the verdict.
    let mut p = ideal_for(CENTRE);
    for f in [
        "expert_committee_size",
        "expert_committee_internal",
        "expert_committee_term",
        "expert_committee_meetings",
        "committee_members_qualified",
    ] {
        p.facts.remove(f);
    }
    let a = assess_scheme(scheme(CENTRE), &p);
    assert_eq!(a.verdict, Verdict::Ready);
    assert!(a.unknown_facts.is_empty(), "{:?}", a.unknown_facts);
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
    // Before the trial: eligible from its first day; after it: not in force.
    assert_eq!(
        assessed(YANGQUAN_2022, "2022-06-30", &[]).verdict,
        Verdict::NotYet { from: d("2022-07-01"), boundary: false }
    );
    assert_eq!(assessed(YANGQUAN_2022, "2022-07-01", &[]).verdict, Verdict::Ready);
    assert_eq!(assessed(YANGQUAN_2022, "2024-06-30", &[]).verdict, Verdict::Ready);
    assert_eq!(assessed(YANGQUAN_2022, "2024-07-01", &[]).verdict, Verdict::NotInForce);
}

#[test]
fn innovation_centre_in_force_five_years_from_8_september_2025() {
    // 第十八条 本办法自2025年9月8日起施行，有效期5年.
    let period = &scheme(CENTRE).period;
    assert_eq!((period.start, period.years), (Some(d("2025-09-08")), Some(5)));
    assert_eq!(validity_on(CENTRE, "2025-09-07"), Validity::NotYet { starts: d("2025-09-08") });
    assert_eq!(assessed(CENTRE, "2025-09-07", &[]).verdict, Verdict::NotYet { from: d("2025-09-08"), boundary: false });
    assert_eq!(validity_on(CENTRE, "2025-09-08"), Validity::InForce { until: Some(d("2030-09-07")) });
    assert_eq!(assessed(CENTRE, "2025-09-08", &[]).verdict, Verdict::Ready);
    assert_eq!(validity_on(CENTRE, "2030-09-07"), Validity::InForce { until: Some(d("2030-09-07")) });
    assert_eq!(validity_on(CENTRE, "2030-09-08"), Validity::Expired { ended: d("2030-09-07") });
    assert_eq!(assessed(CENTRE, "2030-09-08", &[]).verdict, Verdict::NotInForce);
    // 第十七条 过渡期 to 2027-12-31.
    assert!(period.milestones.iter().any(|m| m.date == d("2027-12-31")), "the transition period ends on 2027-12-31");
}

#[test]
fn guangxi_states_no_date_of_entry_into_force_and_no_end() {
    // The notice is signed 2021年9月22日 and printed 2021年9月27日; neither is a date of entry
    // into force, and no end or period is stated: the validity cannot be told.
    let period = &scheme(GUANGXI).period;
    assert_eq!((period.start, period.years, period.end, period_end(period)), (None, None, None, None));
    assert!(period.note.is_some(), "the app says what the text leaves open");
    for on in ["2021-09-22", TODAY, "2099-12-31"] {
        assert_eq!(validity_on(GUANGXI, on), Validity::Unknown, "{on}");
    }
    assert_eq!(
        assessed(GUANGXI, TODAY, &[]).verdict,
        Verdict::Ready,
        "an unknown validity does not stop the judgement"
    );
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
        // Unknown validity does not stop the judgement, and a day ahead is still given.
        assert_eq!(assessed(id, TODAY, &[]).verdict, Verdict::Ready);
        let late = assessed(
            id,
            TODAY,
            &[("registration_date", date("2026-11-01")), ("operating_normally_since", date("2026-11-01"))],
        );
        assert!(matches!(late.verdict, Verdict::NotYet { from, .. } if from > d(TODAY)), "{id}: {:?}", late.verdict);
    }
}

// ── Shaoxing's performance table (绩效评价, not a condition) ──────────────────

#[test]
fn shaoxing_performance_table_weights_are_the_annex_table() {
    let table = scheme(SHAOXING).performance.as_ref().expect("Shaoxing has its 绩效评价指标体系");
    // 附表: 中试基础条件（30分）six × 5; 中试服务成效（70分）10, 20, 20, 20; 加分项（10分）10.
    let weights: Vec<(u32, bool)> = table.indicators.iter().map(|i| (i.weight, i.bonus)).collect();
    let law: Vec<(u32, bool)> =
        [5, 5, 5, 5, 5, 5, 10, 20, 20, 20].iter().map(|w| (*w, false)).chain([(10, true)]).collect();
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
    let empty = plan(SHAOXING, table, &Profile::new(d(TODAY)));
    assert_eq!((empty.total, empty.max_total, empty.bonus, empty.max_bonus), (0.0, 100, 0.0, 10));
    assert_eq!(empty.unrated.len(), 11);
    let open: Vec<f64> = empty.open.iter().map(|o| o.points).collect();
    assert_eq!(open, vec![20.0, 20.0, 20.0, 10.0, 10.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0]);

    // Full marks: 100 + 10, nothing open.
    let mut full = Profile::new(d(TODAY));
    for i in &table.indicators {
        full.set_score(SHAOXING, &i.id, Some(f64::from(i.weight)));
    }
    let p = plan(SHAOXING, table, &full);
    assert_eq!((p.total, p.bonus), (100.0, 10.0));
    assert!(p.open.is_empty() && p.unrated.is_empty());

    // Open points ranked by size.
    let mut some = full.clone();
    some.set_score(SHAOXING, "service-income", Some(5.0)); // 15 open
    some.set_score(SHAOXING, "landed-benefit", Some(19.0)); // 1 open
    some.set_score(SHAOXING, "pilot-site-area", Some(2.0)); // 3 open
    some.set_score(SHAOXING, "social-economic-benefit", Some(4.0)); // 6 open (bonus)
    let p = plan(SHAOXING, table, &some);
    assert_eq!(p.total, 100.0 - 15.0 - 1.0 - 3.0);
    assert_eq!(p.bonus, 4.0);
    let ranked: Vec<(&str, f64)> = p.open.iter().map(|o| (o.indicator.as_str(), o.points)).collect();
    assert_eq!(
        ranked,
        vec![
            ("service-income", 15.0),
            ("social-economic-benefit", 6.0),
            ("pilot-site-area", 3.0),
            ("landed-benefit", 1.0)
        ]
    );

    // Out-of-range ratings are clamped to 0..=weight; NaN and infinity count as not rated.
    let mut odd = full.clone();
    odd.set_score(SHAOXING, "service-income", Some(25.0));
    odd.set_score(SHAOXING, "rd-costs", Some(-3.0));
    odd.set_score(SHAOXING, "qualifications", Some(f64::NAN));
    odd.set_score(SHAOXING, "social-economic-benefit", Some(f64::INFINITY));
    let p = plan(SHAOXING, table, &odd);
    assert_eq!(p.total, 100.0 - 5.0 - 5.0, "service income clamps to 20, rd costs to 0, qualifications unrated");
    assert_eq!(p.bonus, 0.0);
    assert_eq!(p.unrated, vec!["qualifications".to_string(), "social-economic-benefit".to_string()]);
    assert!(!p.unrated.contains(&"rd-costs".to_string()), "a negative rating is a rating, clamped");
    assert!(ids.contains(&"service-income") && ids.contains(&"rd-costs"));
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
        ("supporting_units", FactKind::Count, Unit::Organisation),
        ("expert_committee_size", FactKind::Count, Unit::Person),
        ("expert_committee_internal", FactKind::Count, Unit::Person),
        ("expert_committee_term", FactKind::Number, Unit::Year),
    ] {
        let def = catalogue().fact(fact).unwrap_or_else(|| panic!("fact '{fact}'"));
        assert_eq!((def.kind, def.unit), (kind, Some(unit)), "{fact}");
    }
}
