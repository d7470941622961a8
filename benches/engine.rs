//! How long the engine takes to judge one profile against all five schemes, against a catalogue
//! of 50 made from them (a bureau's catalogue at scale), and to plan Shaoxing's performance
//! score. Run with `cargo bench --bench engine` (or `bash scripts/scale.sh` for the figures at
//! scale with the first-load bytes). Targets: ≤ 50 µs for the five, ≤ 1 ms for 50.
//!
//! The catalogue is parsed once, before the measured loop (as in the app, where it is parsed on
//! first use and kept).

use chrono::NaiveDate;
use divan::{black_box, Bencher};
use platform_readiness::engine::score::plan;
use platform_readiness::engine::{assess, FactValue, Incident, Profile};
use platform_readiness::schemes::{catalogue, load, IncidentKind, Severity};

fn main() {
    divan::main();
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Every fact of the catalogue answered, meeting every criterion, with a few incidents on
/// record (below the grades any scheme counts) and every Shaoxing indicator rated.
fn full_profile() -> Profile {
    use FactValue::*;
    let mut p = Profile::new(d("2026-11-23"));
    for fact in &catalogue().facts {
        let value = match fact.id.as_str() {
            "org_kind" => Choice("university".into()),
            "location" => Choice("yangquan".into()),
            "industry_field" => Choice("new_materials".into()),
            "director_title" => Choice("senior".into()),
            "registration_date" => Date(d("2015-03-01")),
            "director_birth_date" => Date(d("1975-05-10")),
            "centre_revoked_on" => Date(d("2019-05-01")),
            "pilot_site_area" => Number(3000.0),
            "rd_office_area" => Number(1500.0),
            "pilot_equipment_value" => Number(800.0),
            "research_instrument_value" => Number(1000.0),
            "external_pilot_projects" => Number(5.0),
            "rd_spending_3y" => Number(900.0),
            "fulltime_staff" | "fixed_staff" => Number(30.0),
            "technical_staff" => Number(25.0),
            "qualified_staff" | "lead_unit_st_staff" => Number(20.0),
            "supporting_units" => Number(2.0),
            "expert_committee_size" => Number(7.0),
            "expert_committee_internal" | "expert_committee_term" => Number(3.0),
            "expert_committee_meetings" => Number(2.0),
            "incidents" => Incidents(vec![
                Incident { date: d("2026-03-01"), kind: IncidentKind::Safety, severity: Severity::General },
                Incident { date: d("2025-07-15"), kind: IncidentKind::Quality, severity: Severity::General },
                Incident { date: d("2021-01-10"), kind: IncidentKind::Safety, severity: Severity::Major },
            ]),
            "director_heads_other_platform" => YesNo(false),
            _ => YesNo(true),
        };
        p.facts.insert(fact.id.to_string(), value);
    }
    for (s, table) in catalogue().schemes.iter().filter_map(|s| Some((s, s.performance.as_ref()?))) {
        for (n, i) in table.indicators.iter().enumerate() {
            p.set_score(&s.id, &i.id, Some(f64::from(i.weight) * (n % 4) as f64 / 4.0));
        }
    }
    p
}

/// Judging all five schemes for one full profile.
#[divan::bench]
fn assess_all_schemes(bencher: Bencher) {
    let catalogue = catalogue();
    let profile = full_profile();
    bencher.bench_local(|| assess(black_box(catalogue), black_box(&profile), &[]));
}

/// Judging 50 schemes for the same profile: the five and their copies with their own ids and
/// names (`schemes::load::copies`, the catalogue `scripts/scale.sh` builds into the wasm).
#[divan::bench]
fn assess_50_schemes(bencher: Bencher) {
    let fifty = load::copies(catalogue(), 50);
    assert_eq!(fifty.schemes.len(), 50);
    let profile = full_profile();
    bencher.bench_local(|| assess(black_box(&fifty), black_box(&profile), &[]));
}

/// Judging all five schemes before anything is answered (every criterion unknown).
#[divan::bench]
fn assess_all_schemes_empty_profile(bencher: Bencher) {
    let catalogue = catalogue();
    let profile = Profile::new(d("2026-11-23"));
    bencher.bench_local(|| assess(black_box(catalogue), black_box(&profile), &[]));
}

/// Totalling and ranking Shaoxing's performance table.
#[divan::bench]
fn score_plan(bencher: Bencher) {
    let table =
        catalogue().scheme("shaoxing-pilot-base").and_then(|s| s.performance.as_ref()).expect("Shaoxing has a table");
    let profile = full_profile();
    bencher.bench_local(|| plan("shaoxing-pilot-base", black_box(table), black_box(&profile)));
}
