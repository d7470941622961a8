//! Format version 3: self-ratings keyed by scheme and indicator. Files and drafts of version 2
//! (written by the previous release: `tests/fixtures/*-v2.json`, keep them as they are) still
//! read, and every rating they hold is carried over to the scheme whose table had it.
#![cfg(not(target_arch = "wasm32"))]

use platform_readiness::engine::migrate::{upgrade_score_keys, FORMAT_VERSION};
use platform_readiness::engine::score::plan;
use platform_readiness::engine::{score_key, IdMap};
use platform_readiness::report::Report;
use platform_readiness::schemes::catalogue;
use platform_readiness::store;
use serde_json::Value;

const REPORT_V2: &str = include_str!("fixtures/report-v2.json");
const DRAFT_V2: &str = include_str!("fixtures/draft-v2.json");
const SHAOXING: &str = "shaoxing-pilot-base";

/// The ratings as the fixture wrote them, by indicator id.
fn old_ratings(fixture: &str) -> Vec<(String, f64)> {
    let root: Value = serde_json::from_str(fixture).unwrap();
    assert_eq!(root["version"], 2, "the fixture is of format version 2: keep it so");
    let scores = root["data"]["profile"]["scores"].as_object().expect("the fixture has ratings");
    assert!(!scores.is_empty());
    scores.iter().map(|(k, v)| (k.clone(), v.as_f64().unwrap())).collect()
}

#[test]
fn the_current_format_is_4() {
    assert_eq!(FORMAT_VERSION, 4);
    assert_eq!(store::DRAFT_VERSION, 4);
    assert_eq!(platform_readiness::report::model::REPORT_VERSION, 4);
    assert!(platform_readiness::report::share::PREFIX == "v4.");
}

#[test]
fn a_version_2_report_keeps_every_rating_under_its_scheme() {
    let old = old_ratings(REPORT_V2);
    let r = Report::from_json(REPORT_V2).expect("a report file of version 2 still reads");
    assert_eq!(r.profile.scores.len(), old.len(), "no rating lost, none added");
    for (indicator, points) in &old {
        assert_eq!(r.profile.score(SHAOXING, indicator), Some(*points), "{indicator}");
    }
    // The facts did not change from version 2 to 3: every one is read as written.
    let root: Value = serde_json::from_str(REPORT_V2).unwrap();
    let facts = root["data"]["profile"]["facts"].as_object().unwrap();
    assert_eq!(r.profile.facts.len(), facts.len());
    assert_eq!(serde_json::to_value(&r.profile.facts).unwrap(), root["data"]["profile"]["facts"]);
    // The planner counts them: the total is the sum of the old main ratings.
    let table = catalogue().scheme(SHAOXING).unwrap().performance.as_ref().unwrap();
    let p = plan(SHAOXING, table, &r.profile);
    let main: f64 =
        old.iter().filter(|(id, _)| table.indicators.iter().any(|i| i.id == *id && !i.bonus)).map(|(_, v)| v).sum();
    assert_eq!(p.total, main);
    assert_eq!(p.unrated.len(), table.indicators.len() - old.len());
    // Written again, it is a file of the current version with the new keys, and reads back the same.
    let again: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(again["version"], FORMAT_VERSION);
    let keys: Vec<&String> = again["data"]["profile"]["scores"].as_object().unwrap().keys().collect();
    assert!(keys.iter().all(|k| k.starts_with("shaoxing-pilot-base/")), "{keys:?}");
    assert_eq!(Report::from_json(&r.to_json()).unwrap(), r);
}

#[test]
fn a_version_2_draft_keeps_its_ratings_and_their_change_marks() {
    let old = old_ratings(DRAFT_V2);
    let d = store::read_draft(DRAFT_V2).expect("a draft of version 2 still reads");
    assert_eq!(d.profile.scores.len(), old.len());
    for (indicator, points) in &old {
        assert_eq!(d.profile.score(SHAOXING, indicator), Some(*points), "{indicator}");
    }
    // The mark of a rating moves with it; other marks stay as they are.
    assert!(d.marks.get("s:shaoxing-pilot-base/service-income").is_some(), "{:?}", d.marks.keys().collect::<Vec<_>>());
    assert!(d.marks.get("s:service-income").is_none());
    assert!(d.marks.get("f:pilot_site_area").is_some());
    assert_eq!(d.name, "样例科技有限公司");
    assert_eq!(d.inputs.get("pilot_site_area").map(String::as_str), Some("1500"));
    let text = store::seal(&d, store::DRAFT_FORMAT, store::DRAFT_VERSION);
    assert_eq!(store::read_draft(&text).unwrap(), d, "written in version 3 and read back the same");
}

/// A catalogue where a second scheme has a table sharing indicator ids with Shaoxing's.
fn two_tables() -> platform_readiness::schemes::Catalogue {
    let mut cat = catalogue().clone();
    let mut twin = cat.scheme(SHAOXING).unwrap().clone();
    twin.id = "twin-pilot-base".into();
    cat.schemes.to_mut().push(twin);
    cat
}

#[test]
fn an_old_rating_belongs_to_every_table_that_had_its_indicator() {
    let cat = two_tables();
    let mut keys = IdMap::new();
    keys.insert("service-income".to_string(), 12.0);
    keys.insert("not-an-indicator".to_string(), 3.0);
    upgrade_score_keys(&mut keys, 2, &cat, "");
    // In version 2 one rating stood for the indicator of every table with that id.
    assert_eq!(keys.get(&score_key(SHAOXING, "service-income")), Some(&12.0));
    assert_eq!(keys.get(&score_key("twin-pilot-base", "service-income")), Some(&12.0));
    assert_eq!(keys.get("service-income"), None);
    // A key no table has is left for the profile's check to drop, as version 2 did.
    assert_eq!(keys.get("not-an-indicator"), Some(&3.0));
    assert_eq!(keys.len(), 3);
}

#[test]
fn current_keys_and_other_marks_are_left_alone() {
    let cat = two_tables();
    let mut keys = IdMap::new();
    keys.insert("service-income".to_string(), 1.0);
    let before = keys.clone();
    upgrade_score_keys(&mut keys, 3, &cat, "");
    assert_eq!(keys, before, "version 3 keys are read as they are");
    let mut marks = IdMap::new();
    marks.insert("s:rd-costs".to_string(), 5.0);
    marks.insert("f:rd-costs".to_string(), 6.0);
    marks.insert("name".to_string(), 7.0);
    upgrade_score_keys(&mut marks, 1, &cat, "s:");
    assert_eq!(
        marks.keys().map(String::as_str).collect::<Vec<_>>(),
        vec!["f:rd-costs", "name", "s:shaoxing-pilot-base/rd-costs", "s:twin-pilot-base/rd-costs"]
    );
}

#[test]
fn two_schemes_tables_keep_apart_ratings_of_one_indicator_id() {
    let cat = two_tables();
    let mut p = platform_readiness::engine::Profile::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    p.set_score(SHAOXING, "service-income", Some(20.0));
    p.set_score("twin-pilot-base", "service-income", Some(4.0));
    p.set_score("bingtuan-pilot-base", "service-income", Some(4.0));
    assert_eq!(p.sanitize(&cat), 1, "a scheme without a table has no ratings");
    let table = cat.scheme(SHAOXING).unwrap().performance.as_ref().unwrap();
    assert_eq!(plan(SHAOXING, table, &p).total, 20.0);
    assert_eq!(plan("twin-pilot-base", table, &p).total, 4.0);
    assert_eq!(p.ratings("twin-pilot-base").get("service-income"), Some(&4.0));
}

#[test]
fn the_share_link_example_of_the_report_format_opens_with_its_rating() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/report-format.md")).unwrap();
    let link = doc.lines().find_map(|l| l.strip_prefix("#p=")).expect("docs/report-format.md shows a link");
    let (schemes, p) = platform_readiness::report::share::decode(link).expect("the example opens");
    assert_eq!(schemes, vec![SHAOXING.to_string()]);
    assert_eq!(p.score(SHAOXING, "service-income"), Some(12.5));
    assert_eq!(p.number("pilot_site_area"), Some(1500.0));
}
