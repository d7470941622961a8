//! A sixth scheme is data only: a scheme file and its source text (tests/fixtures/sixth-scheme/,
//! a fictional measure) are read with the app's five by `schemes::load` — under the checks of
//! the build — and installed as the catalogue. The walk, the judge, the report (standalone HTML,
//! the JSON file) and the share link then find the sixth scheme without a line of Rust for it.
//!
//! Everything here runs against the installed catalogue of six, so this file is a test binary
//! of its own: no other test sees it.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use platform_readiness::engine::{assess, FactValue, Gap, Incident, Profile, Status, Verdict};
use platform_readiness::i18n::Lang;
use platform_readiness::report::html::standalone;
use platform_readiness::report::{share, Report};
use platform_readiness::schemes::{self, catalogue, load, Catalogue, IncidentKind, Severity};
use platform_readiness::walk::{steps, topic_facts, Step};
use std::path::Path;
use std::sync::OnceLock;

const SIXTH: &str = "sample-city-pilot-base";
const SHAOXING: &str = "shaoxing-pilot-base";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture_dir() -> std::path::PathBuf {
    root().join("tests/fixtures/sixth-scheme")
}

/// The five and the sixth, read from their files and installed, once for this test binary.
fn six() -> &'static Catalogue {
    static SIX: OnceLock<&'static Catalogue> = OnceLock::new();
    SIX.get_or_init(|| {
        let read =
            load::with_extra(root(), &[&fixture_dir()]).unwrap_or_else(|e| panic!("the fixture validates:\n{e}"));
        schemes::install(read).unwrap_or_else(|_| panic!("installed once"))
    })
}

/// Text as an HTML page shows it (the test's own escaping, not the one under test).
fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn all() -> Vec<String> {
    six().schemes.iter().map(|s| s.id.to_string()).collect()
}

/// Short of the sixth scheme's rules on every count but one: registered 2026-02-01 (a year
/// only on 2027-02-01), 800 m² of the 1000 asked, a larger safety accident within two years.
fn applicant() -> Profile {
    let mut p = Profile::new(d("2026-11-23"))
        .with("independent_legal_person", FactValue::YesNo(true))
        .with("registration_date", FactValue::Date(d("2026-02-01")))
        .with("pilot_site_area", FactValue::Number(800.0))
        .with("management_system", FactValue::YesNo(true))
        .with(
            "incidents",
            FactValue::Incidents(vec![Incident {
                date: d("2025-03-01"),
                kind: IncidentKind::Safety,
                severity: Severity::Larger,
            }]),
        );
    // One indicator id in two tables: each scheme's rating is its own.
    p.set_score(SIXTH, "service-income", Some(15.0));
    p.set_score(SIXTH, "jobs", Some(2.0));
    p.set_score(SHAOXING, "service-income", Some(9.0));
    p
}

#[test]
fn the_sixth_scheme_is_read_with_the_five_and_installed() {
    let cat = six();
    assert_eq!(cat.schemes.len(), 6);
    assert_eq!(catalogue().schemes.len(), 6, "the installed catalogue is the one the app reads");
    let sixth = catalogue().scheme(SIXTH).expect("the sixth scheme is in the catalogue");
    assert_eq!(sixth.criteria.len(), 5);
    // Every scheme of the built-in five is there as its data file says.
    for id in ["yangquan-pilot-base-2022", "guangxi-pilot-base-2021", "bingtuan-pilot-base", SHAOXING] {
        assert!(cat.scheme(id).is_some(), "{id}");
    }
    // Reports made now are stamped with the fingerprint of these rules, not of the five.
    assert_ne!(schemes::rules_hash(), schemes::RULES_HASH);
}

#[test]
fn the_fixtures_quotes_are_checked_like_the_apps_own() {
    // A copy of the fixture whose quote is not in its text fails as a data file of the app would.
    let dir = std::env::temp_dir().join(format!("sixth-scheme-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let toml = std::fs::read_to_string(fixture_dir().join(format!("{SIXTH}.toml"))).unwrap();
    std::fs::write(dir.join(format!("{SIXTH}.toml")), toml.replace("不少于1000平方米", "不少于100平方米")).unwrap();
    std::fs::copy(fixture_dir().join(format!("{SIXTH}.txt")), dir.join(format!("{SIXTH}.txt"))).unwrap();
    let err = load::with_extra(root(), &[&dir]).expect_err("a quote that is not in the text");
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(err.contains(&format!("{SIXTH}.toml")) && err.contains("art2-2-area"), "{err}");
}

#[test]
fn the_walk_asks_what_the_sixth_scheme_needs_then_its_table() {
    six();
    let ids = vec![SIXTH.to_string()];
    let walk = steps(&ids);
    let asked: Vec<String> = walk
        .iter()
        .filter_map(|s| match s {
            Step::Topic(t) => Some(topic_facts(t, &ids)),
            _ => None,
        })
        .flatten()
        .map(|f| f.id.to_string())
        .collect();
    for fact in ["independent_legal_person", "registration_date", "pilot_site_area", "incidents", "management_system"] {
        assert!(asked.iter().any(|a| a == fact), "the walk asks {fact}: {asked:?}");
    }
    let Some(Step::Performance(scheme, table)) = walk.last() else { panic!("the table comes last") };
    assert_eq!(scheme.id, SIXTH);
    assert_eq!(walk.last().unwrap().title(Lang::Zh), "绩效自评（样例市）", "the title comes from its data");
    assert_eq!(walk.last().unwrap().title(Lang::En), "Performance self-rating (Sample City)");
    assert_eq!(table.indicators.len(), 3);
    // With Shaoxing too, each table is a step of its own.
    let both = steps(&[SHAOXING.to_string(), SIXTH.to_string()]);
    let tables: Vec<&str> = both
        .iter()
        .filter_map(|s| match s {
            Step::Performance(s, _) => Some(s.id.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(tables, vec![SHAOXING, SIXTH]);
}

#[test]
fn the_sixth_scheme_is_judged_by_its_own_thresholds_and_dates() {
    let a = assess(six(), &applicant(), &all());
    assert_eq!(a.schemes.len(), 6);
    let s = a.schemes.iter().find(|s| s.scheme == SIXTH).expect("judged");
    let status = |id: &str| s.outcomes.iter().find(|o| o.criterion == id).unwrap_or_else(|| panic!("{id}"));
    assert_eq!(status("art2-1-legal-person").status, Status::Met);
    // 注册满一年: met on the anniversary of 2026-02-01.
    let year = status("art2-1-one-year");
    assert_eq!(year.status, Status::NotMet);
    assert_eq!(year.met_from, Some(d("2027-02-01")));
    // 不少于1000平方米: 800 is 200 short.
    let area = status("art2-2-area");
    assert_eq!(area.status, Status::NotMet);
    assert_eq!(area.shortfalls[0].gap, Gap::More { have: 800.0, need: 1000.0 });
    // 近两年内未发生较大以上安全事故: a larger accident on 2025-03-01 is within the two years.
    assert_eq!(status("art2-3-incidents").status, Status::NotMet);
    assert_eq!(status("art2-4-management").status, Status::Declared);
    assert_eq!(s.verdict, Verdict::Gaps, "the area is a gap that waiting does not close");

    // Every answer the text asks for, and the scheme is ready.
    let mut ready = applicant()
        .with("registration_date", FactValue::Date(d("2020-01-01")))
        .with("pilot_site_area", FactValue::Number(1000.0))
        .with("incidents", FactValue::Incidents(vec![]));
    ready.assessed_on = d("2026-11-23");
    let a = assess(six(), &ready, &[SIXTH.to_string()]);
    assert_eq!(a.schemes.len(), 1);
    assert_eq!(a.schemes[0].verdict, Verdict::Ready);
    // Before its first day in force (2026-01-01) it is not yet in force.
    let mut early = ready.clone();
    early.assessed_on = d("2025-12-31");
    assert!(matches!(assess(six(), &early, &[SIXTH.to_string()]).schemes[0].verdict, Verdict::NotYet { .. }));
}

#[test]
fn the_report_shows_the_sixth_scheme_and_its_table() {
    let report = Report::new("r-6".into(), "样例".into(), all(), applicant());
    assert_eq!(report.stamp.rules_hash, schemes::rules_hash());
    assert!(report.stamp.is_current());
    let sixth = six().scheme(SIXTH).unwrap();
    for lang in [Lang::Zh, Lang::En] {
        let en = lang.is_en();
        let html = standalone(&report, lang);
        assert!(html.contains(&escape(sixth.name.get(en))), "{lang:?}: the scheme's name");
        for c in &sixth.criteria {
            assert!(html.contains(&escape(c.summary.get(en))), "{lang:?}: {}", c.id);
            assert!(html.contains(&escape(c.citation.get(en))), "{lang:?}: {}", c.id);
        }
        let table = sixth.performance.as_ref().unwrap();
        assert!(html.contains(&escape(table.title.get(en))), "{lang:?}: its table's title");
        // 15 of 20 and 0 of 10 rated on the main indicators, 2 of 5 as bonus.
        assert!(html.contains("15 / 30"), "{lang:?}: its own total, not Shaoxing's rating");
        assert!(html.contains("2 / 5"), "{lang:?}: its bonus");
    }
    let plan = platform_readiness::engine::score::plan(SIXTH, sixth.performance.as_ref().unwrap(), &report.profile);
    assert_eq!((plan.total, plan.bonus), (15.0, 2.0));
}

#[test]
fn the_json_file_carries_the_sixth_scheme_and_reads_back() {
    let report = Report::new("r-6".into(), "样例".into(), all(), applicant());
    let json = report.to_json();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(value["data"]["schemes"].as_array().unwrap().iter().any(|s| s == SIXTH));
    assert_eq!(value["data"]["profile"]["scores"]["sample-city-pilot-base/service-income"], 15.0);
    assert_eq!(value["data"]["profile"]["scores"]["shaoxing-pilot-base/service-income"], 9.0);
    assert!(value["data"]["assessment"]["schemes"].as_array().unwrap().iter().any(|s| s["scheme"] == SIXTH));
    let back = Report::from_json(&json).expect("its own file reads back");
    assert_eq!(back, report);
}

#[test]
fn the_share_link_carries_the_sixth_scheme_and_its_ratings() {
    let ids = all();
    let profile = applicant();
    let link = share::fragment(&ids, &profile);
    let payload = share::payload_in(&link).unwrap();
    let (schemes, back) = share::decode(payload).expect("its own link opens");
    assert_eq!(schemes, ids);
    assert_eq!(back, profile);
    assert_eq!(back.score(SIXTH, "service-income"), Some(15.0));
    assert_eq!(back.score(SHAOXING, "service-income"), Some(9.0));
}
