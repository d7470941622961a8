//! What the planning tests share: an applicant that meets every criterion of every scheme.
#![allow(dead_code)]

use chrono::NaiveDate;
use platform_readiness::engine::{FactValue, Profile};

pub const XPCC: &str = "bingtuan-pilot-base";
pub const SHAOXING: &str = "shaoxing-pilot-base";
pub const GUANGXI: &str = "guangxi-pilot-base-2021";
pub const YANGQUAN_2022: &str = "yangquan-pilot-base-2022";
pub const CENTRE: &str = "yangquan-innovation-centre-2025";

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn num(v: f64) -> FactValue {
    FactValue::Number(v)
}

pub fn yes(b: bool) -> FactValue {
    FactValue::YesNo(b)
}

pub fn date(s: &str) -> FactValue {
    FactValue::Date(d(s))
}

pub fn choice(s: &str) -> FactValue {
    FactValue::Choice(s.to_string())
}

/// Every fact answered, every criterion met with room to spare, judged on `on`, located in
/// `location`.
pub fn ideal(on: &str, location: &str) -> Profile {
    let numbers = [
        ("pilot_site_area", 3000.0),
        ("rd_office_area", 1500.0),
        ("pilot_equipment_value", 800.0),
        ("research_instrument_value", 1000.0),
        ("external_pilot_projects", 5.0),
        ("rd_spending_3y", 900.0),
        ("fulltime_staff", 30.0),
        ("technical_staff", 25.0),
        ("qualified_staff", 20.0),
        ("fixed_staff", 30.0),
        ("lead_unit_st_staff", 20.0),
        ("supporting_units", 2.0),
        ("expert_committee_size", 7.0),
        ("expert_committee_internal", 3.0),
        ("expert_committee_term", 3.0),
        ("expert_committee_meetings", 2.0),
    ];
    let noes = ["director_heads_other_platform", "centre_revoked", "old_pilot_base", "old_centre"];
    let mut p = Profile::new(d(on))
        .with("org_kind", choice("university"))
        .with("location", choice(location))
        .with("industry_field", choice("new_materials"))
        .with("director_title", choice("senior"))
        .with("registration_date", date("2015-03-01"))
        .with("operating_normally_since", date("2015-03-01"))
        .with("director_birth_date", date("1975-05-10"))
        .with("incidents", FactValue::Incidents(Vec::new()));
    for (id, v) in numbers {
        p = p.with(id, num(v));
    }
    // Every other question of the catalogue is a yes/no whose good answer is yes (the revocation
    // date is asked only after a revocation, which this applicant never had).
    for fact in platform_readiness::schemes::catalogue().facts.iter() {
        let id = fact.id.as_str();
        if !p.facts.contains_key(id) && fact.kind == platform_readiness::schemes::FactKind::YesNo {
            p = p.with(id, yes(!noes.contains(&id)));
        }
    }
    p
}
