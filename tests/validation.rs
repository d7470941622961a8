//! The build-time validator (`platform_readiness::schemes::validate`) rejects bad scheme data with
//! a message naming the data file and the criterion. Each test takes the real catalogue, breaks
//! one thing, and reads the message.
#![cfg(not(target_arch = "wasm32"))]

use platform_readiness::schemes::validate::{squeeze, validate};
use platform_readiness::schemes::{catalogue, Catalogue, Criterion, Rule, Scheme, Text};
use std::collections::BTreeMap;
use std::path::Path;

const XPCC: &str = "bingtuan-pilot-base";
const CENTRE: &str = "yangquan-innovation-centre-2025";
const SHAOXING: &str = "shaoxing-pilot-base";

/// The official texts, as `build.rs` reads them.
fn sources() -> BTreeMap<String, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/sources");
    let mut sources = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("docs/sources is readable").flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.ends_with(".txt") {
            sources.insert(name, std::fs::read_to_string(entry.path()).expect("a source text is UTF-8"));
        }
    }
    let named: std::collections::BTreeSet<&str> = catalogue().schemes.iter().map(|s| s.source.as_str()).collect();
    assert_eq!(
        sources.keys().map(String::as_str).collect::<std::collections::BTreeSet<_>>(),
        named,
        "one official text per scheme source, none left over"
    );
    sources
}

fn real() -> Catalogue {
    as_read()
}

fn scheme_mut<'a>(c: &'a mut Catalogue, id: &str) -> &'a mut Scheme {
    c.schemes.iter_mut().find(|s| s.id == id).unwrap_or_else(|| panic!("scheme '{id}'"))
}

fn criterion_mut<'a>(c: &'a mut Catalogue, scheme: &str, id: &str) -> &'a mut Criterion {
    scheme_mut(c, scheme)
        .criteria
        .iter_mut()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("{scheme}: criterion '{id}'"))
}

fn set_zh(text: &mut Text, zh: &str) {
    let en = text.en().to_string();
    *text = Text::new(zh, &en);
}

fn set_en(text: &mut Text, en: &str) {
    let zh = text.zh().to_string();
    *text = Text::new(&zh, en);
}

/// Validates a broken catalogue and returns the one problem found (the real data has none).
fn one_problem(broken: &Catalogue) -> String {
    let problems = validate(broken, &sources());
    assert_eq!(problems.len(), 1, "exactly one problem, found {problems:#?}");
    problems.into_iter().next().unwrap()
}

/// The message names the file, the criterion, and says what is wrong.
fn assert_names(message: &str, scheme: &str, criterion: &str, what: &str) {
    assert!(message.starts_with(&format!("{scheme}.toml:")), "starts with the file name: {message}");
    assert!(message.contains(&format!("'{criterion}'")), "names the criterion '{criterion}': {message}");
    assert!(message.contains(what), "says '{what}': {message}");
}

// ── The real data ───────────────────────────────────────────────────────────

/// The catalogue as build.rs read it from the data files, quotes and all.
fn as_read() -> Catalogue {
    serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/catalogue.json"))).unwrap()
}

#[test]
fn the_real_catalogue_validates_without_problems() {
    let problems = validate(&as_read(), &sources());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_built_in_catalogue_holds_exactly_what_build_rs_read_from_the_data_files() {
    // build.rs bakes the catalogue into Rust statics and also writes the catalogue it read as
    // JSON; any text, number, date or rule lost or changed in baking shows here.
    let mut read: serde_json::Value =
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/catalogue.json"))).unwrap();
    // Except the quotes the app shows nowhere (cited lists, score indicators), baked empty.
    for scheme in read["schemes"].as_array_mut().unwrap() {
        for list in ["process", "documents", "duties", "support"] {
            for item in scheme[list].as_array_mut().unwrap() {
                assert!(!item["quote"].as_str().unwrap().is_empty(), "the data file quotes it");
                item["quote"] = "".into();
            }
        }
        if let Some(table) = scheme.get_mut("performance").filter(|t| !t.is_null()) {
            for i in table["indicators"].as_array_mut().unwrap() {
                i["quote"] = "".into();
            }
        }
    }
    let built_in = serde_json::to_value(catalogue()).unwrap();
    assert_eq!(built_in, read);
    let fnv = include_str!(concat!(env!("OUT_DIR"), "/catalogue.json"))
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3));
    assert_eq!(
        platform_readiness::schemes::RULES_HASH,
        format!("{fnv:016x}"),
        "the rules hash is the fingerprint of that JSON"
    );
}

#[test]
fn every_criterion_has_a_citation_a_quote_and_a_summary_in_both_languages() {
    let mut count = 0;
    for s in &catalogue().schemes {
        assert!(!s.criteria.is_empty(), "{}", s.id);
        for c in &s.criteria {
            let at = format!("{} {}", s.id, c.id);
            assert!(!c.id.trim().is_empty(), "{at}: id");
            assert!(!c.citation.zh().trim().is_empty() && !c.citation.en().trim().is_empty(), "{at}: citation");
            assert!(!c.quote.trim().is_empty(), "{at}: quote");
            assert!(!c.summary.zh().trim().is_empty(), "{at}: zh summary");
            assert!(!c.summary.en().trim().is_empty(), "{at}: en summary");
            count += 1;
        }
    }
    assert!(count >= 80, "the five schemes have many criteria, found {count}");
}

#[test]
fn every_quote_stands_verbatim_in_its_source_text() {
    let sources = sources();
    for s in &catalogue().schemes {
        let text = squeeze(sources.get(s.source.as_str()).unwrap_or_else(|| panic!("{}: source {}", s.id, s.source)));
        for c in &s.criteria {
            assert!(text.contains(&squeeze(&c.quote)), "{} {}: «{}»", s.id, c.id, c.quote);
        }
    }
}

#[test]
fn scheme_files_are_named_after_their_ids() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/schemes");
    for s in &catalogue().schemes {
        assert!(dir.join(format!("{}.toml", s.id)).is_file(), "src/schemes/{}.toml", s.id);
    }
}

// ── One thing broken at a time ─────────────────────────────────────────────

#[test]
fn an_unknown_fact_in_a_rule_is_named() {
    let mut c = real();
    criterion_mut(&mut c, XPCC, "art7-3-area").rule = Rule::AtLeast { fact: "pilot_site_aera".into(), value: 2000.0 };
    let m = one_problem(&c);
    assert_names(&m, XPCC, "art7-3-area", "unknown fact 'pilot_site_aera'");
}

#[test]
fn an_unknown_fact_deep_inside_alternatives_is_named() {
    let mut c = real();
    criterion_mut(&mut c, XPCC, "art7-3-pilot-line").rule = Rule::AnyOf {
        rules: vec![
            Rule::IsTrue { fact: "has_pilot_line".into() },
            Rule::AtLeast { fact: "external_projects".into(), value: 2.0 },
        ]
        .into(),
    };
    assert_names(&one_problem(&c), XPCC, "art7-3-pilot-line", "unknown fact 'external_projects'");
}

#[test]
fn an_unknown_fact_in_a_condition_is_named() {
    let mut c = real();
    if let Rule::When { condition, .. } = &mut criterion_mut(&mut c, CENTRE, "art9-2-agreement").rule {
        condition.fact = "supporting_unit".into();
    } else {
        panic!("art9-2-agreement is conditional");
    }
    assert_names(&one_problem(&c), CENTRE, "art9-2-agreement", "unknown fact 'supporting_unit'");
}

#[test]
fn a_fact_of_the_wrong_kind_is_named() {
    let mut c = real();
    criterion_mut(&mut c, XPCC, "art7-3-area").rule = Rule::AtLeast { fact: "site_independent".into(), value: 1.0 };
    assert_names(&one_problem(&c), XPCC, "art7-3-area", "fact 'site_independent' is YesNo");
}

#[test]
fn an_option_that_is_not_a_choice_is_named() {
    let mut c = real();
    criterion_mut(&mut c, CENTRE, "art9-2-registered").rule =
        Rule::OneOf { fact: "location".into(), options: vec!["yangqaun".into()].into() };
    assert_names(&one_problem(&c), CENTRE, "art9-2-registered", "yangqaun");
}

#[test]
fn an_empty_citation_is_named() {
    let mut c = real();
    set_zh(&mut criterion_mut(&mut c, CENTRE, "art10-committee-term").citation, "");
    assert_names(&one_problem(&c), CENTRE, "art10-committee-term", "citation: needs both zh and en");
    let mut c = real();
    set_en(&mut criterion_mut(&mut c, CENTRE, "art10-committee-term").citation, "   ");
    assert_names(&one_problem(&c), CENTRE, "art10-committee-term", "citation: needs both zh and en");
}

#[test]
fn an_empty_summary_is_named() {
    let mut c = real();
    set_en(&mut criterion_mut(&mut c, SHAOXING, "sec3-1-one-year").summary, "");
    assert_names(&one_problem(&c), SHAOXING, "sec3-1-one-year", "summary: needs both zh and en");
}

#[test]
fn an_empty_quote_is_named() {
    let mut c = real();
    criterion_mut(&mut c, SHAOXING, "sec3-1-one-year").quote = " \n".into();
    assert_names(&one_problem(&c), SHAOXING, "sec3-1-one-year", "missing quote");
}

#[test]
fn a_duplicate_criterion_id_is_named() {
    let mut c = real();
    let s = scheme_mut(&mut c, XPCC);
    let copy = s.criteria.iter().find(|c| c.id == "art7-4-staff").unwrap().clone();
    s.criteria.to_mut().push(copy);
    assert_names(&one_problem(&c), XPCC, "art7-4-staff", "duplicate criterion id");
}

#[test]
fn a_negative_area_is_an_impossible_threshold() {
    let mut c = real();
    criterion_mut(&mut c, XPCC, "art7-3-area").rule = Rule::AtLeast { fact: "pilot_site_area".into(), value: -2000.0 };
    assert_names(&one_problem(&c), XPCC, "art7-3-area", "impossible threshold -2000");
}

#[test]
fn a_threshold_beyond_the_facts_range_or_not_a_number_is_impossible() {
    let mut c = real();
    criterion_mut(&mut c, CENTRE, "art10-committee-term").rule =
        Rule::AtMost { fact: "expert_committee_term".into(), value: 500.0 };
    assert_names(&one_problem(&c), CENTRE, "art10-committee-term", "impossible threshold 500");
    let mut c = real();
    criterion_mut(&mut c, CENTRE, "art9-4-area").rule =
        Rule::AtLeast { fact: "rd_office_area".into(), value: f64::NAN };
    assert_names(&one_problem(&c), CENTRE, "art9-4-area", "impossible threshold");
}

#[test]
fn a_share_of_150_percent_is_impossible() {
    let mut c = real();
    criterion_mut(&mut c, XPCC, "art7-4-qualified").rule =
        Rule::ShareAtLeast { part: "qualified_staff".into(), whole: "fulltime_staff".into(), percent: 150.0 };
    assert_names(&one_problem(&c), XPCC, "art7-4-qualified", "impossible share 150");
    let mut c = real();
    criterion_mut(&mut c, CENTRE, "art10-committee-internal").rule = Rule::ShareAtMost {
        part: "expert_committee_internal".into(),
        whole: "expert_committee_size".into(),
        percent: 0.0,
    };
    assert_names(&one_problem(&c), CENTRE, "art10-committee-internal", "impossible share 0");
}

#[test]
fn impossible_years_are_named() {
    let mut c = real();
    criterion_mut(&mut c, SHAOXING, "sec3-1-one-year").rule = Rule::AllOf {
        rules: vec![
            Rule::YearsSince { fact: "registration_date".into(), years: 0 },
            Rule::IsTrue { fact: "site_fixed".into() },
        ]
        .into(),
    };
    assert_names(&one_problem(&c), SHAOXING, "sec3-1-one-year", "impossible number of years 0");
}

#[test]
fn a_quote_with_a_one_character_typo_is_not_verbatim() {
    let mut c = real();
    // 不低于2000平方米 → 不低于2000平方朱: one character off.
    let crit = criterion_mut(&mut c, XPCC, "art7-3-area");
    assert!(crit.quote.contains('米'));
    crit.quote = crit.quote.replace('米', "朱").into();
    assert_names(&one_problem(&c), XPCC, "art7-3-area", "quote not found verbatim");
    // A number changed in the quote (2000 → 3000) is caught the same way.
    let mut c = real();
    let crit = criterion_mut(&mut c, XPCC, "art7-3-area");
    crit.quote = crit.quote.replace("2000", "3000").into();
    assert_names(&one_problem(&c), XPCC, "art7-3-area", "quote not found verbatim");
}

#[test]
fn white_space_in_a_quote_does_not_matter() {
    let mut c = real();
    // The text reads "年龄一般不超过 60 周岁"; the quote may drop or add spaces and line breaks.
    let crit = c
        .schemes
        .iter_mut()
        .find(|s| s.id == "yangquan-pilot-base-2022")
        .unwrap()
        .criteria
        .iter_mut()
        .find(|c| c.id == "art12-director-age")
        .unwrap();
    crit.quote = "年龄一般\n不超过60  周岁".into();
    assert!(validate(&c, &sources()).is_empty());
}

#[test]
fn performance_weights_that_do_not_add_up_are_named() {
    let mut c = real();
    let table = scheme_mut(&mut c, SHAOXING).performance.as_mut().expect("Shaoxing has a table");
    table.indicators.iter_mut().find(|i| i.id == "service-income").unwrap().weight = 25;
    let m = one_problem(&c);
    assert!(m.starts_with("shaoxing-pilot-base.toml:"), "{m}");
    assert!(m.contains("performance") && m.contains("weights add up to 105 + 10") && m.contains("100 + 10"), "{m}");
    // A bonus weight off.
    let mut c = real();
    let table = scheme_mut(&mut c, SHAOXING).performance.as_mut().unwrap();
    table.indicators.iter_mut().find(|i| i.bonus).unwrap().weight = 5;
    assert!(one_problem(&c).contains("weights add up to 100 + 5, the table states 100 + 10"));
}

#[test]
fn an_indicator_quote_typo_is_named() {
    let mut c = real();
    let table = scheme_mut(&mut c, SHAOXING).performance.as_mut().unwrap();
    let i = table.indicators.iter_mut().find(|i| i.id == "service-income").unwrap();
    i.quote = i.quote.replace("20", "30").into();
    let m = one_problem(&c);
    assert!(
        m.starts_with("shaoxing-pilot-base.toml:")
            && m.contains("'service-income'")
            && m.contains("quote not found verbatim"),
        "{m}"
    );
}

#[test]
fn a_missing_source_text_is_named() {
    let mut c = real();
    scheme_mut(&mut c, XPCC).source = "002_missing.txt".into();
    let problems = validate(&c, &sources());
    assert!(
        problems
            .iter()
            .any(|m| m.starts_with("bingtuan-pilot-base.toml:") && m.contains("'002_missing.txt' not found")),
        "{problems:#?}"
    );
}

#[test]
fn a_bad_fact_definition_names_facts_toml() {
    let mut c = real();
    let dup = c.facts.iter().find(|f| f.id == "pilot_site_area").unwrap().clone();
    c.facts.to_mut().push(dup);
    let m = one_problem(&c);
    assert!(m.starts_with("facts.toml: fact 'pilot_site_area'") && m.contains("duplicate fact id"), "{m}");
}

#[test]
fn several_problems_are_all_reported() {
    let mut c = real();
    set_en(&mut criterion_mut(&mut c, XPCC, "art7-3-area").citation, "");
    criterion_mut(&mut c, CENTRE, "art9-4-area").rule = Rule::AtLeast { fact: "nowhere".into(), value: 1000.0 };
    let problems = validate(&c, &sources());
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems.iter().any(|m| m.starts_with("bingtuan-pilot-base.toml:") && m.contains("'art7-3-area'")));
    assert!(problems
        .iter()
        .any(|m| m.starts_with("yangquan-innovation-centre-2025.toml:") && m.contains("'art9-4-area'")));
}

// ── The format guides stay true to the data ────────────────────────────────

fn doc(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs").join(name))
        .unwrap_or_else(|e| panic!("docs/{name}: {e}"))
}

/// The fenced blocks of a Markdown file written in `lang`.
fn blocks(markdown: &str, lang: &str) -> Vec<String> {
    let fence = format!("```{lang}\n");
    markdown.split(&fence).skip(1).map(|rest| rest.split("```").next().unwrap_or_default().to_string()).collect()
}

#[test]
fn the_profile_format_example_is_a_profile() {
    use platform_readiness::engine::{FactValue, Profile};
    let json = blocks(&doc("profile-format.md"), "json").into_iter().next().expect("a JSON example");
    let p: Profile = serde_json::from_str(&json).expect("the example parses as a profile");
    assert_eq!(p.assessed_on.to_string(), "2026-11-23");
    assert_eq!(p.number("pilot_site_area"), Some(2000.0));
    assert_eq!(p.yes_no("independent_legal_person"), Some(true));
    assert_eq!(p.choice("org_kind"), Some("enterprise"));
    assert_eq!(p.incidents("incidents").map(|l| l.len()), Some(1));
    assert!(matches!(p.facts.get("registration_date"), Some(FactValue::Date(_))));
    for id in p.facts.keys() {
        assert!(catalogue().fact(id).is_some(), "the example uses catalogue facts only, not '{id}'");
    }
    // And a profile written by the engine reads back the same.
    assert_eq!(serde_json::from_str::<Profile>(&serde_json::to_string(&p).unwrap()).unwrap(), p);
}

#[test]
fn the_profile_format_lists_every_fact_with_its_kind() {
    let text = doc("profile-format.md");
    for fact in &catalogue().facts {
        let kind = serde_json::to_value(fact.kind).unwrap().as_str().unwrap().to_string();
        let row = format!("| `{}` | {} |", fact.id, kind);
        assert!(text.contains(&row), "docs/profile-format.md has the row «{row} …»");
        for option in &fact.options {
            assert!(
                text.contains(&format!("`{}`", option.id)),
                "docs/profile-format.md names option '{}' of '{}'",
                option.id,
                fact.id
            );
        }
    }
}

#[test]
fn the_scheme_format_example_quotes_its_text_and_uses_real_facts() {
    let guide = doc("scheme-format.md");
    let text = squeeze(&blocks(&guide, "text").into_iter().next().expect("the example source text"));
    let scheme = blocks(&guide, "toml").into_iter().next().expect("the example scheme file");
    let mut quotes = 0;
    for line in scheme.lines() {
        if let Some(q) = line.strip_prefix("quote = \"").and_then(|q| q.strip_suffix('"')) {
            assert!(text.contains(&squeeze(q)), "the example quote «{q}» stands in the example text");
            quotes += 1;
        }
        for part in line.split("fact = \"").skip(1) {
            let id = part.split('"').next().unwrap();
            assert!(catalogue().fact(id).is_some(), "the example uses the real fact '{id}'");
        }
    }
    assert!(quotes >= 9, "the example quotes its period and criteria, found {quotes}");
}

#[test]
fn a_text_keeps_its_two_languages_apart() {
    let text: Text = serde_json::from_str(r#"{"zh":"中试基地","en":"Pilot base"}"#).unwrap();
    assert_eq!((text.zh(), text.en(), text.get(true)), ("中试基地", "Pilot base", "Pilot base"));
    assert_eq!(
        serde_json::to_string(&text).unwrap(),
        r#"{"zh":"中试基地","en":"Pilot base"}"#,
        "written as it was read"
    );
    assert_eq!(Text::new("", "only English").zh(), "");
    let joined = serde_json::from_str::<Text>(r#"{"zh":"a\u001fb","en":"c"}"#);
    assert!(joined.is_err(), "the separator cannot come from a data file");
    assert!(serde_json::from_str::<Text>(r#"{"zh":"a","en":"b","fr":"c"}"#).is_err(), "unknown languages are refused");
}

/// The enums read by name (`deserialize_by_name!`) read back exactly what they write and refuse
/// any other name. (build.rs reads the scheme files' severities with the same code.)
#[test]
fn enums_read_by_name_round_trip() {
    use platform_readiness::i18n::Lang;
    use platform_readiness::schemes::{IncidentKind, Severity};
    fn check<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(all: &[T]) {
        for v in all {
            let json = serde_json::to_string(v).unwrap();
            assert_eq!(&serde_json::from_str::<T>(&json).unwrap(), v, "{json}");
        }
        assert!(serde_json::from_str::<T>("\"nonsense\"").is_err());
        assert!(serde_json::from_str::<T>("3").is_err());
    }
    check(&[IncidentKind::Safety, IncidentKind::Quality, IncidentKind::Environment]);
    check(&[Severity::General, Severity::Larger, Severity::Major, Severity::Extraordinary, Severity::Serious]);
    check(&[Lang::Zh, Lang::En]);
    assert_eq!(serde_json::to_string(&Lang::Zh).unwrap(), "\"zh-CN\"");
    assert_eq!(serde_json::from_str::<Severity>("\"extraordinary\"").unwrap(), Severity::Extraordinary);
}
