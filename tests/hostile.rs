//! Hostile input, natively: what a damaged or forged file, a hand-edited stored value or a pasted
//! text can do to the readers. Fuzz targets (proptest, a bounded number of cases each, run by the
//! normal `cargo test`):
//!   - `Report::from_json` on arbitrary strings and on JSON mutations of a valid report never
//!     panics, and whatever it accepts carries only known schemes and facts, finite in-range
//!     numbers and dates within 1900–2200;
//!   - `store::open` never panics, and a draft it accepts names only known schemes;
//!   - `input::parse_number` / `parse_date` never panic and never return a negative, non-finite,
//!     too large or too early value.
//!
//! And the format fixtures of version 1 (tests/fixtures/) still read: a future format change must
//! keep reading them, or migrate them.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, NaiveDate};
use platform_readiness::engine::profile::{EARLIEST_YEAR, LATEST_YEAR, MAX_INCIDENTS};
use platform_readiness::engine::{FactValue, Profile};
use platform_readiness::input::{parse_date, parse_number, InputError};
use platform_readiness::report::model::{REPORT_FORMAT, REPORT_VERSION};
use platform_readiness::report::Report;
use platform_readiness::schemes::{catalogue, FactKind};
use platform_readiness::store::{self, Draft, ReadError, Settings};
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{json, Value};

const CASES: u32 = 512;

fn config() -> ProptestConfig {
    // No regression files: a failure prints its minimal case.
    ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() }
}

const REPORT_FIXTURE: &str = include_str!("fixtures/report-v1.json");
const DRAFT_FIXTURE: &str = include_str!("fixtures/draft-v1.json");

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn year_ok(day: &NaiveDate) -> bool {
    (EARLIEST_YEAR..=LATEST_YEAR).contains(&day.year())
}

// ── What an accepted value may hold ──────────────────────────────────────────

/// Every value of the profile is one a question of the catalogue could have produced.
fn assert_clean_profile(p: &Profile) {
    assert!(year_ok(&p.assessed_on), "assessment date out of range: {}", p.assessed_on);
    for (id, value) in &p.facts {
        let def = catalogue().fact(id).unwrap_or_else(|| panic!("unknown fact kept: {id:?}"));
        match (def.kind, value) {
            (FactKind::Number | FactKind::Count, FactValue::Number(n)) => {
                assert!(n.is_finite(), "{id}: non-finite {n}");
                assert!(*n >= def.min.unwrap_or(0.0), "{id}: {n} below its minimum");
                assert!(*n >= 0.0, "{id}: negative {n}");
                assert!(def.max.is_none_or(|max| *n <= max), "{id}: {n} above its maximum");
                if def.kind == FactKind::Count {
                    assert_eq!(n.fract(), 0.0, "{id}: a count that is not whole: {n}");
                }
            }
            (FactKind::YesNo, FactValue::YesNo(_)) => {}
            (FactKind::Date, FactValue::Date(day)) => assert!(year_ok(day), "{id}: date out of range: {day}"),
            (FactKind::Choice, FactValue::Choice(c)) => {
                assert!(def.options.iter().any(|o| &o.id == c), "{id}: not an option: {c:?}")
            }
            (FactKind::Incidents, FactValue::Incidents(list)) => {
                assert!(list.len() <= MAX_INCIDENTS, "{id}: {} incidents", list.len());
                for i in list {
                    assert!(year_ok(&i.date), "{id}: incident date out of range: {}", i.date);
                }
            }
            (kind, value) => panic!("{id}: a {kind:?} fact holds {value:?}"),
        }
    }
    for (id, points) in &p.scores {
        let weight = catalogue()
            .schemes
            .iter()
            .filter_map(|s| Some((s, s.performance.as_ref()?)))
            .flat_map(|(s, t)| t.indicators.iter().map(move |i| (s, i)))
            .find(|(s, i)| platform_readiness::engine::score_key(&s.id, &i.id) == *id)
            .map(|(_, i)| f64::from(i.weight))
            .unwrap_or_else(|| panic!("unknown indicator kept: {id:?}"));
        assert!(points.is_finite() && *points >= 0.0 && *points <= weight, "{id}: {points} of {weight}");
    }
}

fn assert_clean_report(r: &Report) {
    assert!(!r.schemes.is_empty(), "a report with no scheme was accepted");
    for (i, id) in r.schemes.iter().enumerate() {
        assert!(catalogue().scheme(id).is_some(), "unknown scheme kept: {id:?}");
        assert!(!r.schemes[..i].contains(id), "scheme listed twice: {id:?}");
    }
    assert!(r.name.chars().count() <= 200, "name of {} characters", r.name.chars().count());
    assert_clean_profile(&r.profile);
    assert_eq!(r.stamp.assessed_on, r.profile.assessed_on, "the stamp's date is the profile's");
    assert!(year_ok(&r.stamp.assessed_on));
    for text in [&r.stamp.app_version, &r.stamp.rules_version, &r.stamp.rules_hash] {
        assert!(text.chars().count() <= 64, "stamp text of {} characters", text.chars().count());
    }
    // Outcomes never come from the file: they are the judgement of the profile now.
    let fresh = Report::new(r.id.to_string(), r.name.clone(), r.schemes.clone(), r.profile.clone());
    assert_eq!(r.assessment, fresh.assessment, "the outcomes are re-judged");
    let judged: Vec<&String> = r.assessment.schemes.iter().map(|s| &s.scheme).collect();
    assert_eq!(judged.len(), r.schemes.len());
}

fn assert_clean_draft(d: &Draft) {
    for (i, id) in d.schemes.iter().enumerate() {
        assert!(catalogue().scheme(id).is_some(), "unknown scheme kept in a draft: {id:?}");
        assert!(!d.schemes[..i].contains(id), "scheme listed twice in a draft: {id:?}");
    }
}

// ── Generators ───────────────────────────────────────────────────────────────

/// Numbers that hurt: extremes, wrong signs, fractions, tiny and huge.
fn hurtful_numbers() -> Vec<Value> {
    vec![
        json!(1e308),
        json!(-1e308),
        json!(f64::MIN_POSITIVE),
        json!(-5),
        json!(-0.0),
        json!(2.5),
        json!(0),
        json!(1),
        json!(u64::MAX),
        json!(i64::MIN),
    ]
}

/// Values chosen to hurt: extremes, wrong signs, fractions, impossible or far dates, markup.
fn nasty_leaf() -> impl Strategy<Value = Value> {
    select(
        [
            hurtful_numbers(),
            vec![
                json!(4294967296u64),
                json!(true),
                json!(null),
                json!(""),
                json!("9999-12-31"),
                json!("0000-01-01"),
                json!("1899-12-31"),
                json!("2201-01-01"),
                json!("2023-02-30"),
                json!("+262143-12-31"),
                json!("-0001-01-01"),
                json!("2020-03-01"),
                json!("<script>alert(1)</script>"),
                json!("<img src=x onerror=alert(1)>"),
                json!("javascript:alert(1)"),
                json!("\u{0000}\u{202e}\u{fffd}"),
                json!("platform-readiness/report"),
                json!("safety"),
                json!("extraordinary"),
                json!("enterprise"),
                json!([]),
                json!({}),
            ],
        ]
        .concat(),
    )
}

/// An arbitrary JSON value, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        4 => nasty_leaf(),
        1 => any::<bool>().prop_map(Value::Bool),
        2 => any::<i64>().prop_map(Value::from),
        2 => any::<f64>().prop_map(Value::from), // NaN and ±∞ become null
        2 => ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z_]{0,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn fact_ids() -> Vec<String> {
    let mut ids: Vec<String> = catalogue().facts.iter().map(|f| f.id.to_string()).collect();
    ids.extend(["bogus".to_string(), "<script>alert(1)</script>".to_string(), String::new()]);
    ids
}

/// Keys of ratings: as version 3 writes them (scheme/indicator), as versions 1 and 2 did (the
/// indicator alone), and forged ones.
fn indicator_ids() -> Vec<String> {
    let mut ids: Vec<String> = catalogue()
        .schemes
        .iter()
        .filter_map(|s| Some((s, s.performance.as_ref()?)))
        .flat_map(|(s, t)| {
            t.indicators.iter().flat_map(|i| [platform_readiness::engine::score_key(&s.id, &i.id), i.id.to_string()])
        })
        .collect();
    ids.extend([
        "bogus".into(),
        "shaoxing-pilot-base/bogus".into(),
        "bingtuan-pilot-base/service-income".into(),
        "/".into(),
    ]);
    ids
}

fn scheme_ids() -> Vec<String> {
    let mut ids: Vec<String> = catalogue().schemes.iter().map(|s| s.id.to_string()).collect();
    ids.extend(["forged-scheme".to_string(), "<img src=x onerror=alert(1)>".to_string(), String::new()]);
    ids
}

/// Numbers chosen to hurt: extremes, wrong signs, fractions, tiny and huge.
fn nasty_number() -> impl Strategy<Value = Value> {
    prop_oneof![
        select([hurtful_numbers(), vec![json!(1e7), json!(10000001)]].concat()),
        any::<f64>().prop_map(Value::from),
        (-10i64..2_000_000).prop_map(Value::from),
    ]
}

/// A date text: real, impossible, far or not a date at all.
fn nasty_date() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => (1i32..10000, 1u32..13, 1u32..32).prop_map(|(y, m, d)| json!(format!("{y:04}-{m:02}-{d:02}"))),
        1 => select(vec![json!("9999-12-31"), json!("0000-01-01"), json!("1899-12-31"), json!("2201-01-01"), json!("2023-02-30"), json!("+262143-12-31"), json!("-0001-01-01")]),
        1 => nasty_leaf(),
    ]
}

/// A fact value in the stored form (`{"number": 5}`), of any kind, whatever the fact; mostly
/// well-formed, so that what is judged is the sanitising, not only the parsing.
fn tagged_value() -> impl Strategy<Value = Value> {
    let incident = (
        nasty_date(),
        select(vec!["safety", "quality", "environment", "safety", "fire"]),
        select(vec!["general", "larger", "major", "extraordinary", "serious", "apocalyptic"]),
    )
        .prop_map(|(date, kind, severity)| json!({ "date": date, "kind": kind, "severity": severity }));
    prop_oneof![
        4 => nasty_number().prop_map(|n| json!({ "number": n })),
        2 => any::<bool>().prop_map(|b| json!({ "yes_no": b })),
        3 => nasty_date().prop_map(|d| json!({ "date": d })),
        3 => prop_oneof![select(catalogue().facts.iter().flat_map(|f| f.options.iter().map(|o| o.id.to_string())).collect::<Vec<_>>()).prop_map(Value::String), nasty_leaf(), ".{0,8}".prop_map(Value::String)]
            .prop_map(|c| json!({ "choice": c })),
        2 => (proptest::collection::vec(incident, 0..4), 0usize..4)
            .prop_map(|(list, many)| {
                // Sometimes far more than a profile may list.
                let list = if many == 0 { std::iter::repeat_n(json!({"date": "2025-01-01", "kind": "safety", "severity": "general"}), MAX_INCIDENTS + 1).collect() } else { list };
                json!({ "incidents": list })
            }),
        1 => any_json(),
    ]
}

/// One change to a stored report or draft.
#[derive(Clone, Debug)]
enum Mutation {
    /// Replaces the value at the n-th path (of all paths, modulo their count).
    Replace(usize, Value),
    /// Removes the n-th path.
    Remove(usize),
    /// Sets a fact (known or not) to a value of any kind.
    Fact(String, Value),
    /// Sets a self-rating.
    Score(String, Value),
    /// Sets the profile's assessment date.
    AssessedOn(Value),
    /// Sets the chosen schemes.
    Schemes(Vec<String>),
    /// Sets the envelope's version.
    Version(Value),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => (any::<usize>(), any_json()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        1 => any::<usize>().prop_map(Mutation::Remove),
        8 => (select(fact_ids()), tagged_value()).prop_map(|(id, v)| Mutation::Fact(id, v)),
        2 => (select(indicator_ids()), nasty_number()).prop_map(|(id, v)| Mutation::Score(id, v)),
        1 => nasty_date().prop_map(Mutation::AssessedOn),
        1 => proptest::collection::vec(select(scheme_ids()), 0..7).prop_map(Mutation::Schemes),
        1 => prop_oneof![nasty_leaf(), (0u64..4).prop_map(Value::from)].prop_map(Mutation::Version),
    ]
}

/// Every path in a value (object keys and array indices), the root first.
fn paths(value: &Value) -> Vec<Vec<Value>> {
    let mut out = vec![Vec::new()];
    let mut i = 0;
    while i < out.len() {
        let path = out[i].clone();
        let here = get(value, &path).cloned();
        match here {
            Some(Value::Object(m)) => {
                out.extend(m.keys().map(|k| [path.clone(), vec![Value::String(k.clone())]].concat()))
            }
            Some(Value::Array(a)) => out.extend((0..a.len()).map(|j| [path.clone(), vec![Value::from(j)]].concat())),
            _ => {}
        }
        i += 1;
    }
    out
}

fn get<'a>(mut value: &'a Value, path: &[Value]) -> Option<&'a Value> {
    for step in path {
        value = match step {
            Value::String(k) => value.get(k.as_str())?,
            Value::Number(n) => value.get(n.as_u64()? as usize)?,
            _ => return None,
        };
    }
    Some(value)
}

fn get_mut<'a>(mut value: &'a mut Value, path: &[Value]) -> Option<&'a mut Value> {
    for step in path {
        value = match step {
            Value::String(k) => value.get_mut(k.as_str())?,
            Value::Number(n) => value.get_mut(n.as_u64()? as usize)?,
            _ => return None,
        };
    }
    Some(value)
}

fn apply(root: &mut Value, m: &Mutation) {
    let object = |v: &mut Value, key: &str| {
        if !v.get(key).is_some_and(Value::is_object) {
            if let Some(o) = v.as_object_mut() {
                o.insert(key.to_string(), json!({}));
            }
        }
    };
    match m {
        Mutation::Replace(i, new) => {
            let all = paths(root);
            let path = &all[i % all.len()];
            if let Some(slot) = get_mut(root, path) {
                *slot = new.clone();
            }
        }
        Mutation::Remove(i) => {
            let all = paths(root);
            let path = &all[i % all.len()];
            if let Some((last, parent)) = path.split_last() {
                match (get_mut(root, parent), last) {
                    (Some(Value::Object(o)), Value::String(k)) => {
                        o.remove(k);
                    }
                    (Some(Value::Array(a)), Value::Number(n)) => {
                        let n = n.as_u64().unwrap_or(0) as usize;
                        if n < a.len() {
                            a.remove(n);
                        }
                    }
                    _ => {}
                }
            }
        }
        Mutation::Fact(id, value) | Mutation::Score(id, value) => {
            let field = if matches!(m, Mutation::Fact(..)) { "facts" } else { "scores" };
            if let Some(profile) = root.get_mut("data").and_then(|d| d.get_mut("profile")) {
                object(profile, field);
                if let Some(o) = profile.get_mut(field).and_then(Value::as_object_mut) {
                    o.insert(id.clone(), value.clone());
                }
            }
        }
        Mutation::AssessedOn(v) => {
            if let Some(p) = root.get_mut("data").and_then(|d| d.get_mut("profile")).and_then(Value::as_object_mut) {
                p.insert("assessed_on".into(), v.clone());
            }
        }
        Mutation::Schemes(ids) => {
            if let Some(data) = root.get_mut("data").and_then(Value::as_object_mut) {
                data.insert("schemes".into(), json!(ids));
            }
        }
        Mutation::Version(v) => {
            if let Some(o) = root.as_object_mut() {
                o.insert("version".into(), v.clone());
            }
        }
    }
}

fn mutated(fixture: &str, mutations: &[Mutation]) -> String {
    let mut root: Value = serde_json::from_str(fixture).unwrap();
    for m in mutations {
        apply(&mut root, m);
    }
    serde_json::to_string(&root).unwrap()
}

/// Text that is mostly JSON-shaped: fragments of a real report spliced with noise.
fn json_ish_text() -> impl Strategy<Value = String> {
    let pieces = select(vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\\",
        "null",
        "true",
        "1e308",
        "-0",
        "1e400",
        "\"format\"",
        "\"platform-readiness/report\"",
        "\"version\"",
        "1",
        "99",
        "\"data\"",
        "\"profile\"",
        "\"facts\"",
        "\"schemes\"",
        "\"bingtuan-pilot-base\"",
        "\"assessed_on\"",
        "\"2026-11-23\"",
        "\"number\"",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\u{feff}",
        " ",
        "\n",
    ]);
    proptest::collection::vec(prop_oneof![pieces.prop_map(str::to_string), ".{0,6}"], 0..40).prop_map(|v| v.concat())
}

// ── Fuzz targets ─────────────────────────────────────────────────────────────

proptest! {
    #![proptest_config(config())]

    #[test]
    fn from_json_never_panics_on_arbitrary_text(text in prop_oneof![".{0,300}", json_ish_text()]) {
        if let Ok(r) = Report::from_json(&text) {
            assert_clean_report(&r);
        }
    }

    #[test]
    fn from_json_keeps_only_clean_values_of_a_mutated_report(mutations in proptest::collection::vec(mutation(), 1..6)) {
        let text = mutated(REPORT_FIXTURE, &mutations);
        if let Ok(r) = Report::from_json(&text) {
            assert_clean_report(&r);
            // What it accepted survives its own round trip: nothing more is dropped. (Values are
            // compared by key only: serde_json may move a float's last digit on a round trip.)
            let again = Report::from_json(&r.to_json()).expect("an accepted report reads again");
            assert_clean_report(&again);
            prop_assert_eq!(&again.schemes, &r.schemes);
            prop_assert_eq!(&again.name, &r.name);
            prop_assert_eq!(again.profile.facts.keys().collect::<Vec<_>>(), r.profile.facts.keys().collect::<Vec<_>>());
            prop_assert_eq!(again.profile.scores.keys().collect::<Vec<_>>(), r.profile.scores.keys().collect::<Vec<_>>());
        }
    }

    #[test]
    fn store_open_never_panics_and_a_draft_names_only_known_schemes(
        text in prop_oneof![".{0,300}", json_ish_text()],
        mutations in proptest::collection::vec(mutation(), 1..8),
    ) {
        let _ = store::open::<Value>(&text, store::DRAFT_FORMAT, store::DRAFT_VERSION);
        let _ = store::open::<Settings>(&text, store::SETTINGS_FORMAT, store::SETTINGS_VERSION);
        if let Ok(d) = store::open::<Draft>(&text, store::DRAFT_FORMAT, store::DRAFT_VERSION) {
            assert_clean_draft(&d);
        }
        let draft = mutated(DRAFT_FIXTURE, &mutations);
        if let Ok(d) = store::open::<Draft>(&draft, store::DRAFT_FORMAT, store::DRAFT_VERSION) {
            assert_clean_draft(&d);
        }
    }

    #[test]
    fn parse_number_never_panics_nor_returns_a_negative_or_non_finite_number(
        text in prop_oneof![
            ".{0,80}",
            "[-+0-9.,，．０-９eE万 ]{0,24}(m²|平方米|万元|人|%)?",
            any::<f64>().prop_map(|n| n.to_string()),
            (any::<f64>(), select(vec!["", "万", " m²", "人", "e5", "e-400", "e400"])).prop_map(|(n, u)| format!("{n:e}{u}")),
        ],
        whole in any::<bool>(),
        max in prop_oneof![Just(1e12), Just(1e6), Just(0.0), Just(f64::MAX), Just(f64::INFINITY), any::<f64>()],
    ) {
        match parse_number(&text, whole, max) {
            Ok(n) => {
                prop_assert!(n.is_finite(), "{text:?} → {n}");
                prop_assert!(n >= 0.0, "{text:?} → {n}");
                prop_assert!(n.is_sign_positive(), "{text:?} → {n} (negative zero)");
                prop_assert!(n <= max || max.is_nan(), "{text:?} → {n} above {max}");
                if whole {
                    prop_assert_eq!(n.fract(), 0.0, "{:?} → {} is not whole", text, n);
                }
            }
            Err(e) => prop_assert!(matches!(e, InputError::NotANumber | InputError::Negative | InputError::NotWhole | InputError::TooLarge | InputError::WrongUnit(None) | InputError::Separators), "{:?}", e),
        }
    }

    #[test]
    fn parse_date_never_panics_nor_returns_a_date_out_of_range(
        text in prop_oneof![
            ".{0,40}",
            "[0-9０-９年月日/.\\-－ ]{0,16}",
            (0u32..100_000, 0u32..100, 0u32..100, select(vec!["-", "/", ".", "年"])).prop_map(|(y, m, d, s)| format!("{y}{s}{m}{s}{d}")),
        ],
        latest in proptest::option::of((-100_000i32..3_000_000).prop_filter_map("a day", NaiveDate::from_num_days_from_ce_opt)),
    ) {
        if let Ok(day) = parse_date(&text, latest) {
            prop_assert!(day.year() >= 1900, "{text:?} → {day}");
            prop_assert!(day.year() <= 9999, "{text:?} → {day}");
            if let Some(l) = latest {
                prop_assert!(day <= l, "{text:?} → {day} after {l}");
            }
        }
    }
}

// ── Hand-picked hostile inputs ───────────────────────────────────────────────

#[test]
fn deeply_nested_json_is_refused_without_overflowing_the_stack() {
    for depth in [200, 10_000, 100_000] {
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert_eq!(Report::from_json(&text).err(), Some(ReadError::Unreadable), "depth {depth}");
        assert!(store::open::<Draft>(&text, store::DRAFT_FORMAT, store::DRAFT_VERSION).is_err());
        // Nested inside a valid envelope, where the report's name should be.
        let mut root: Value = serde_json::from_str(REPORT_FIXTURE).unwrap();
        root["data"]["name"] = json!("@");
        let inner = serde_json::to_string(&root).unwrap().replace("\"@\"", &text);
        assert!(Report::from_json(&inner).is_err(), "depth {depth} inside the envelope");
    }
}

#[test]
fn a_file_over_one_megabyte_is_refused_unread() {
    let mut root: Value = serde_json::from_str(REPORT_FIXTURE).unwrap();
    root["data"]["name"] = json!("x".repeat(1024 * 1024));
    assert_eq!(Report::from_json(&serde_json::to_string(&root).unwrap()).err(), Some(ReadError::TooLarge));
}

// ── One set of limits ────────────────────────────────────────────────────────

#[test]
fn a_file_over_a_limit_is_refused_with_its_reason_never_cut_down() {
    use platform_readiness::engine::profile::MAX_NAME_CHARS;
    let incident = json!({"date": "2025-01-01", "kind": "safety", "severity": "major"});
    let with = |f: &dyn Fn(&mut Value)| {
        let mut root: Value = serde_json::from_str(REPORT_FIXTURE).unwrap();
        f(&mut root);
        Report::from_json(&serde_json::to_string(&root).unwrap())
    };
    let at_limit = with(&|r| {
        r["data"]["profile"]["facts"]["incidents"] = json!({ "incidents": vec![incident.clone(); MAX_INCIDENTS] })
    });
    assert_eq!(
        at_limit.unwrap().profile.incidents("incidents").map(<[_]>::len),
        Some(MAX_INCIDENTS),
        "200 incidents are kept, all of them"
    );
    let over = with(&|r| {
        r["data"]["profile"]["facts"]["incidents"] = json!({ "incidents": vec![incident.clone(); MAX_INCIDENTS + 1] })
    });
    assert_eq!(over.err(), Some(ReadError::TooManyIncidents));
    let name = with(&|r| r["data"]["name"] = json!("名".repeat(MAX_NAME_CHARS)));
    assert_eq!(name.unwrap().name.chars().count(), MAX_NAME_CHARS, "a name of 200 characters is kept whole");
    let long = with(&|r| r["data"]["name"] = json!("名".repeat(MAX_NAME_CHARS + 1)));
    assert_eq!(long.err(), Some(ReadError::NameTooLong));
}

#[test]
fn the_share_link_of_a_profile_at_every_limit_opens() {
    use platform_readiness::engine::Incident;
    use platform_readiness::report::share;
    // Every fact answered with its longest value, and the longest incident list.
    let mut p = Profile::new(d("2026-11-23"));
    for f in &catalogue().facts {
        let value = match f.kind {
            FactKind::Number | FactKind::Count => {
                FactValue::Number(f.max.unwrap_or(1e12).min(999_999_999_999.0).floor())
            }
            FactKind::YesNo => FactValue::YesNo(true),
            FactKind::Date => FactValue::Date(d("2020-12-31")),
            FactKind::Choice => FactValue::Choice(
                f.options.iter().map(|o| o.id.to_string()).max_by_key(String::len).unwrap_or_default(),
            ),
            FactKind::Incidents => FactValue::Incidents(vec![
                Incident {
                    date: d("2025-12-31"),
                    kind: platform_readiness::schemes::IncidentKind::Environment,
                    severity: platform_readiness::schemes::Severity::Extraordinary
                };
                MAX_INCIDENTS
            ]),
        };
        p.facts.insert(f.id.to_string(), value);
    }
    let schemes: Vec<String> = catalogue().schemes.iter().map(|s| s.id.to_string()).collect();
    let payload = share::encode(&schemes, &p);
    assert!(
        payload.len() <= share::MAX_PAYLOAD,
        "the app's own link must open: {} > {}",
        payload.len(),
        share::MAX_PAYLOAD
    );
    let (_, back) = share::decode(&payload).expect("the link opens");
    assert_eq!(back.incidents("incidents").map(<[_]>::len), Some(MAX_INCIDENTS));
}

// ── Format versions ──────────────────────────────────────────────────────────

#[test]
fn drafts_and_reports_are_written_in_the_current_format_and_newer_ones_are_refused() {
    use platform_readiness::engine::migrate::FORMAT_VERSION;
    assert_eq!(store::DRAFT_VERSION, FORMAT_VERSION);
    assert_eq!(REPORT_VERSION, FORMAT_VERSION);
    let d = store::read_draft(DRAFT_FIXTURE).expect("version 1 reads");
    let text = store::seal(&d, store::DRAFT_FORMAT, store::DRAFT_VERSION);
    let written: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(written["version"], FORMAT_VERSION, "written in the current version");
    assert_eq!(store::read_draft(&text).unwrap(), d, "and read back the same");
    let r = Report::from_json(REPORT_FIXTURE).unwrap();
    assert_eq!(serde_json::from_str::<Value>(&r.to_json()).unwrap()["version"], FORMAT_VERSION);
    for newer in [FORMAT_VERSION + 1, 99] {
        let mut root: Value = serde_json::from_str(DRAFT_FIXTURE).unwrap();
        root["version"] = json!(newer);
        assert_eq!(store::read_draft(&root.to_string()).err(), Some(ReadError::Newer(newer)));
        let mut root: Value = serde_json::from_str(REPORT_FIXTURE).unwrap();
        root["version"] = json!(newer);
        assert_eq!(Report::from_json(&root.to_string()).err(), Some(ReadError::Newer(newer)));
    }
}

#[test]
fn absurd_values_of_a_file_are_dropped_not_kept() {
    let mut root: Value = serde_json::from_str(REPORT_FIXTURE).unwrap();
    let facts = &mut root["data"]["profile"]["facts"];
    facts["pilot_site_area"] = json!({ "number": 1e308 });
    facts["registration_date"] = json!({ "date": "9999-12-31" });
    facts["fulltime_staff"] = json!({ "number": -5 });
    facts["technical_staff"] = json!({ "number": 2.5 });
    facts["org_kind"] = json!({ "choice": "<script>alert(1)</script>" });
    facts["<img src=x onerror=alert(1)>"] = json!({ "number": 1 });
    facts["incidents"] = json!({ "incidents": [{"date": "1850-01-01", "kind": "safety", "severity": "major"}] });
    root["data"]["stamp"]["assessed_on"] = json!("9999-12-31");
    root["data"]["stamp"]["app_version"] = json!("v".repeat(10_000));
    root["data"]["schemes"] = json!(["bingtuan-pilot-base", "forged", "shaoxing-pilot-base", "bingtuan-pilot-base"]);
    let r = Report::from_json(&serde_json::to_string(&root).unwrap()).expect("the rest of the file is usable");
    assert_clean_report(&r);
    for gone in ["pilot_site_area", "registration_date", "fulltime_staff", "technical_staff", "org_kind", "incidents"] {
        assert!(!r.profile.facts.contains_key(gone), "{gone} was kept");
    }
    assert_eq!(r.profile.facts.get("location"), Some(&FactValue::Choice("shaoxing".into())), "good values stay");
    assert_eq!(r.schemes, ["bingtuan-pilot-base", "shaoxing-pilot-base"], "known schemes, each once");
    assert_eq!(r.stamp.assessed_on, d("2026-11-23"), "the stamp's date is the profile's, not the forged one");
}

#[test]
fn a_draft_with_forged_scheme_ids_keeps_only_the_known_ones() {
    let mut root: Value = serde_json::from_str(DRAFT_FIXTURE).unwrap();
    root["data"]["schemes"] =
        json!(["forged<script>", "yangquan-pilot-base-2022", "", "yangquan-pilot-base-2022", "shaoxing-pilot-base"]);
    let d = store::open::<Draft>(&serde_json::to_string(&root).unwrap(), store::DRAFT_FORMAT, store::DRAFT_VERSION)
        .unwrap();
    assert_eq!(d.schemes, ["yangquan-pilot-base-2022", "shaoxing-pilot-base"]);
}

#[test]
fn input_extremes() {
    assert_eq!(
        parse_number(&"9".repeat(64), false, 1e12),
        Err(InputError::TooLarge),
        "the 64 characters a field keeps"
    );
    assert!(parse_number(&"9".repeat(10_000), false, 1e12).is_err());
    assert_eq!(
        parse_number(&"9".repeat(400), false, f64::INFINITY),
        Err(InputError::NotANumber),
        "1e400 is not a number the app can keep"
    );
    assert!(parse_number("-0", false, 1e12).is_ok_and(f64::is_sign_positive), "-0 is read as 0, not as negative zero");
    assert_eq!(parse_number("NaN", false, 1e12), Err(InputError::NotANumber));
    assert_eq!(parse_number("inf", false, 1e12), Err(InputError::NotANumber));
    assert_eq!(parse_number("<script>alert(1)</script>", false, 1e12), Err(InputError::NotANumber));
    assert_eq!(parse_date("2023-02-30", None), Err(InputError::NoSuchDay));
    assert_eq!(parse_date("+262143-01-01", None), Err(InputError::NotADate));
    assert_eq!(parse_date(&"2".repeat(10_000), None), Err(InputError::NotADate));
    assert_eq!(parse_date("2999-01-01", Some(d("2026-11-23"))), Err(InputError::InFuture));
}

// ── Format fixtures of version 1 ─────────────────────────────────────────────

#[test]
fn the_version_1_report_fixture_still_reads() {
    let envelope: Value = serde_json::from_str(REPORT_FIXTURE).unwrap();
    assert_eq!(envelope["format"], REPORT_FORMAT);
    assert_eq!(envelope["version"], 1, "the fixture is of format version 1: keep it so");
    const { assert!(REPORT_VERSION >= 1) };
    let r = Report::from_json(REPORT_FIXTURE).expect("a report file of version 1 must still read (or be migrated)");
    assert_clean_report(&r);
    assert_eq!(r.id, "1767225600000-042");
    assert_eq!(r.name, "样例科技有限公司");
    assert_eq!(r.profile.assessed_on, d("2026-11-23"));
    assert_eq!(
        r.schemes,
        [
            "yangquan-pilot-base-2022",
            "guangxi-pilot-base-2021",
            "bingtuan-pilot-base",
            "shaoxing-pilot-base",
            "yangquan-innovation-centre-2025"
        ]
    );
    // Every answer of the file is kept or carried over to the current questions
    // (engine::migrate), before anything is checked against the catalogue.
    let mut upgraded = serde_json::from_value::<Profile>(envelope["data"]["profile"].clone()).unwrap().facts;
    platform_readiness::engine::migrate::upgrade_facts(&mut upgraded, 1);
    assert_eq!(r.profile.facts, upgraded, "no answer of the fixture is dropped on the way");
    assert_eq!(r.profile.number("pilot_site_area"), Some(1500.0));
    assert_eq!(r.profile.number("fulltime_staff"), Some(30.0));
    assert_eq!(r.profile.date("registration_date"), Some(d("2015-01-01")));
    assert_eq!(r.profile.choice("location"), Some("shaoxing"));
    assert_eq!(r.profile.yes_no("credit_clean"), Some(true));
    assert_eq!(r.profile.incidents("incidents").map(<[_]>::len), Some(1));
    assert_eq!(r.assessment.schemes.len(), catalogue().schemes.len(), "the fixture chose every scheme");
}

#[test]
fn the_version_1_draft_fixture_still_reads() {
    let envelope: Value = serde_json::from_str(DRAFT_FIXTURE).unwrap();
    assert_eq!(envelope["format"], store::DRAFT_FORMAT);
    assert_eq!(envelope["version"], 1, "the fixture is of format version 1: keep it so");
    let d: Draft = store::read_draft(DRAFT_FIXTURE).expect("a draft of version 1 must still read (or be migrated)");
    assert_clean_draft(&d);
    assert_eq!(d.schemes.len(), catalogue().schemes.len(), "the fixture chose every scheme");
    assert_eq!(d.name, "样例科技有限公司");
    assert!(d.started);
    assert_eq!(d.step, 2);
    assert_eq!(d.inputs.get("pilot_site_area").map(String::as_str), Some("1500"));
    assert_eq!(d.profile.number("technical_staff"), Some(10.0));
    let mut upgraded = serde_json::from_value::<Profile>(envelope["data"]["profile"].clone()).unwrap().facts;
    platform_readiness::engine::migrate::upgrade_facts(&mut upgraded, 1);
    assert_eq!(d.profile.facts, upgraded, "the answers, carried over to the current questions");
    let mut clean = d.profile.clone();
    assert_eq!(clean.sanitize(catalogue()), 0, "the draft fixture holds only values a question could produce");
}
