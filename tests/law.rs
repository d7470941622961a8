//! The law's test cases, kept as data in `tests/law/<scheme>.toml` so that a reader of the law can
//! add one without writing Rust (README, "Reading the law"; the format is described at the top
//! of each file and in `tests/law/README.md`).
//!
//! Each file names one scheme, a base profile that meets every criterion of it, and cases: a
//! change to the base (facts set or removed, another assessment date), the sentence of the text
//! the case proves (checked verbatim against the scheme's source text), and what the engine must
//! conclude: the status of named criteria, their dates, the boundary caution, the verdict.
//!
//! Beyond running the cases, the runner checks that the cases cover the scheme: every criterion
//! appears in a case, and every criterion with a threshold or a time rule in at least three
//! cases that show it both met and not met (below, at and above its edge).
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use platform_readiness::engine::{assess_scheme, FactValue, Incident, Outcome, Profile, Status, Verdict};
use platform_readiness::schemes::validate::squeeze;
use platform_readiness::schemes::{catalogue, FactKind, IncidentKind, Rule, Scheme, Severity};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LawFile {
    scheme: String,
    base: Base,
    #[serde(default)]
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Base {
    on: toml::value::Datetime,
    facts: toml::Table,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    /// A sentence (or part of one) of the scheme's text, verbatim.
    proves: String,
    #[serde(default)]
    on: Option<toml::value::Datetime>,
    #[serde(default)]
    facts: toml::Table,
    #[serde(default)]
    remove: Vec<String>,
    /// Criterion id → status (`met`, `not_met`, `unknown`, `not_applicable`, `declared`).
    #[serde(default)]
    expect: BTreeMap<String, String>,
    /// Criterion id → the day a time rule not met today will be met.
    #[serde(default)]
    met_from: BTreeMap<String, toml::value::Datetime>,
    /// Criterion id → the last day a time rule met today still holds.
    #[serde(default)]
    holds_until: BTreeMap<String, toml::value::Datetime>,
    /// Criteria whose status turns on the boundary day (the others in `expect` must not).
    #[serde(default)]
    boundary: Vec<String>,
    /// `ready`, `gaps`, `not_yet`, `no_day` or `not_in_force`.
    #[serde(default)]
    verdict: Option<String>,
    /// For `not_yet`: the first day every hard criterion holds at once.
    #[serde(default)]
    from: Option<toml::value::Datetime>,
    /// For `not_yet`: whether readings differ on that day.
    #[serde(default)]
    from_boundary: Option<bool>,
    /// For `no_day`: the criterion (or `period`) that opens too late, and the one that closes first.
    #[serde(default)]
    opens: Option<String>,
    #[serde(default)]
    closes: Option<String>,
    /// The ids of the scheme's notices that must be shown (exactly these).
    #[serde(default)]
    notices: Option<Vec<String>>,
}

fn day(d: &toml::value::Datetime) -> NaiveDate {
    let text = d.to_string();
    platform_readiness::lean::date::parse_iso(&text).unwrap_or_else(|| panic!("{text}: a date is written YYYY-MM-DD"))
}

fn date_value(v: &toml::Value, at: &str) -> NaiveDate {
    match v {
        toml::Value::Datetime(d) => day(d),
        toml::Value::String(s) => {
            platform_readiness::lean::date::parse_iso(s).unwrap_or_else(|| panic!("{at}: '{s}' is not a date"))
        }
        other => panic!("{at}: {other} is not a date"),
    }
}

/// A fact's value as the catalogue says it is written: numbers, booleans, dates, option ids, and
/// incidents as `[date, kind, grade]`.
fn fact_value(id: &str, v: &toml::Value, at: &str) -> FactValue {
    let def = catalogue().fact(id).unwrap_or_else(|| panic!("{at}: '{id}' is not a fact of the catalogue"));
    match (def.kind, v) {
        (FactKind::Number | FactKind::Count, toml::Value::Integer(n)) => FactValue::Number(*n as f64),
        (FactKind::Number | FactKind::Count, toml::Value::Float(n)) => FactValue::Number(*n),
        (FactKind::YesNo, toml::Value::Boolean(b)) => FactValue::YesNo(*b),
        (FactKind::Date, v) => FactValue::Date(date_value(v, at)),
        (FactKind::Choice, toml::Value::String(s)) => {
            assert!(def.options.iter().any(|o| o.id == s.as_str()), "{at}: '{s}' is not an option of '{id}'");
            FactValue::Choice(s.clone())
        }
        (FactKind::Incidents, toml::Value::Array(list)) => FactValue::Incidents(
            list.iter()
                .map(|i| match i.as_array().map(Vec::as_slice) {
                    Some([d, k, g]) => Incident {
                        date: date_value(d, at),
                        kind: k
                            .as_str()
                            .and_then(IncidentKind::from_name)
                            .unwrap_or_else(|| panic!("{at}: incident kind {k}")),
                        severity: g
                            .as_str()
                            .and_then(Severity::from_name)
                            .unwrap_or_else(|| panic!("{at}: incident grade {g}")),
                    },
                    _ => panic!("{at}: an incident is [date, kind, grade]"),
                })
                .collect(),
        ),
        (kind, v) => panic!("{at}: '{id}' is a {kind:?} fact, the case gives {v}"),
    }
}

/// A status as the case files write it: the report's own class names (`met`, `not_met`, …).
fn status_name(s: Status) -> &'static str {
    platform_readiness::report::text::status_class(s)
}

/// A verdict as the case files write it: its name in the report file's JSON (`not_yet`, …).
fn verdict_name(v: &Verdict) -> String {
    serde_json::to_value(v).ok().and_then(|j| j["verdict"].as_str().map(str::to_string)).unwrap_or_default()
}

/// Whether a rule has a threshold or a time limit, whose edges need cases on both sides.
fn has_edge(rule: &Rule) -> bool {
    match rule {
        Rule::AtLeast { .. }
        | Rule::AtMost { .. }
        | Rule::ShareAtLeast { .. }
        | Rule::ShareAtMost { .. }
        | Rule::YearsSince { .. }
        | Rule::BanYears { .. }
        | Rule::AgeAtMost { .. }
        | Rule::NoIncidentWithin { .. } => true,
        Rule::AnyOf { rules } | Rule::AllOf { rules } => rules.iter().any(has_edge),
        Rule::When { rule, .. } => has_edge(rule),
        _ => false,
    }
}

fn profile(base: &Base, case: Option<&Case>, at: &str) -> Profile {
    let on = case.and_then(|c| c.on.as_ref()).map_or_else(|| day(&base.on), day);
    let mut p = Profile::new(on);
    for (id, v) in &base.facts {
        p.facts.insert(id.clone(), fact_value(id, v, &format!("{at} (base)")));
    }
    if let Some(case) = case {
        for id in &case.remove {
            assert!(p.facts.remove(id).is_some(), "{at}: removes '{id}', which the base does not answer");
        }
        for (id, v) in &case.facts {
            p.facts.insert(id.clone(), fact_value(id, v, at));
        }
    }
    p
}

fn outcome<'a>(outcomes: &'a [Outcome], id: &str, at: &str) -> &'a Outcome {
    outcomes.iter().find(|o| o.criterion == id).unwrap_or_else(|| panic!("{at}: no criterion '{id}'"))
}

/// Runs one file's cases; returns the problems found, each naming its case.
fn run(file_name: &str, law: &LawFile) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(scheme) = catalogue().scheme(&law.scheme) else {
        return vec![format!("{file_name}: no scheme '{}'", law.scheme)];
    };
    let source = squeeze(
        &std::fs::read_to_string(format!("docs/sources/{}", scheme.source)).expect("the source text is readable"),
    );
    // The base meets every criterion of the scheme.
    let base = assess_scheme(scheme, &profile(&law.base, None, file_name));
    for o in base.outcomes.iter().filter(|o| !o.duty) {
        if !matches!(o.status, Status::Met | Status::Declared | Status::NotApplicable) || o.boundary {
            problems.push(format!(
                "{file_name}: base: {} is {:?}{}",
                o.criterion,
                o.status,
                if o.boundary { " on a boundary day" } else { "" }
            ));
        }
    }
    let mut seen: BTreeMap<&str, Vec<Status>> = BTreeMap::new();
    for case in &law.cases {
        let at = format!("{file_name}: case «{}»", case.name);
        if case.proves.trim().is_empty() || !source.contains(&squeeze(&case.proves)) {
            problems.push(format!("{at}: «{}» is not a sentence of {}", case.proves, scheme.source));
        }
        let a = assess_scheme(scheme, &profile(&law.base, Some(case), &at));
        for (id, want) in &case.expect {
            let o = outcome(&a.outcomes, id, &at);
            seen.entry(scheme.criteria.iter().find(|c| c.id == id.as_str()).map_or("", |c| c.id.as_str()))
                .or_default()
                .push(o.status);
            if status_name(o.status) != want {
                problems.push(format!("{at}: {id} is {}, the law says {want}", status_name(o.status)));
            }
            if o.boundary != case.boundary.contains(id) {
                problems
                    .push(format!("{at}: {id} {} the boundary caution", if o.boundary { "carries" } else { "lacks" }));
            }
        }
        for (id, d) in &case.met_from {
            let o = outcome(&a.outcomes, id, &at);
            if o.met_from != Some(day(d)) {
                problems.push(format!("{at}: {id} is met from {:?}, the law says {d}", o.met_from));
            }
        }
        for (id, d) in &case.holds_until {
            let o = outcome(&a.outcomes, id, &at);
            if o.holds_until != Some(day(d)) {
                problems.push(format!("{at}: {id} holds until {:?}, the law says {d}", o.holds_until));
            }
        }
        if let Some(want) = &case.verdict {
            if verdict_name(&a.verdict) != *want {
                problems.push(format!("{at}: the verdict is {:?}, the law says {want}", a.verdict));
            }
        }
        match (&a.verdict, &case.from, case.from_boundary) {
            (Verdict::NotYet { from, boundary }, want, want_boundary) => {
                if want.as_ref().is_some_and(|w| day(w) != *from) {
                    problems
                        .push(format!("{at}: eligible from {from}, the law says {:?}", want.map(|w| w.to_string())));
                }
                if want_boundary.is_some_and(|w| w != *boundary) {
                    problems.push(format!("{at}: the eligible day's boundary caution is {boundary}"));
                }
            }
            (_, Some(_), _) => problems.push(format!("{at}: a `from` day needs the verdict not_yet")),
            _ => {}
        }
        if case.notices.as_ref().is_some_and(|want| *want != a.notices) {
            problems.push(format!("{at}: the notices shown are {:?}", a.notices));
        }
        if let Verdict::NoDay { opens, closes } = &a.verdict {
            let name = |c: &Option<String>| c.clone().unwrap_or_else(|| "period".into());
            if case.opens.as_ref().is_some_and(|w| *w != name(&opens.criterion))
                || case.closes.as_ref().is_some_and(|w| *w != name(&closes.criterion))
            {
                problems.push(format!(
                    "{at}: the conflict is {} against {}",
                    name(&opens.criterion),
                    name(&closes.criterion)
                ));
            }
        }
    }
    coverage(file_name, scheme, &seen, &mut problems);
    problems
}

fn coverage(file_name: &str, scheme: &Scheme, seen: &BTreeMap<&str, Vec<Status>>, problems: &mut Vec<String>) {
    for c in scheme.criteria.iter() {
        let statuses = seen.get(c.id.as_str()).map(Vec::as_slice).unwrap_or_default();
        if statuses.is_empty() {
            problems.push(format!("{file_name}: no case judges {}", c.id));
        } else if has_edge(&c.rule) {
            let both = statuses.contains(&Status::NotMet)
                && statuses.iter().any(|s| matches!(s, Status::Met | Status::Declared));
            if statuses.len() < 3 || !both {
                problems.push(format!("{file_name}: {} has an edge: it needs cases below, at and above it (met and not met), found {statuses:?}", c.id));
            }
        }
    }
}

fn law_files() -> Vec<(String, LawFile)> {
    let mut files: Vec<(String, LawFile)> = std::fs::read_dir("tests/law")
        .expect("tests/law is readable")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            let text = std::fs::read_to_string(e.path()).expect("a case file is readable");
            let law: LawFile = toml::from_str(&text).unwrap_or_else(|err| panic!("{name}: {err}"));
            (name, law)
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

#[test]
fn every_scheme_has_its_law_cases_and_they_all_hold() {
    let files = law_files();
    let mut problems = Vec::new();
    let mut cases = 0;
    for scheme in catalogue().schemes.iter() {
        if !files.iter().any(|(_, f)| f.scheme == scheme.id.as_str()) {
            problems.push(format!("no file in tests/law/ for {}", scheme.id));
        }
    }
    for (name, law) in &files {
        cases += law.cases.len();
        problems.extend(run(name, law));
    }
    assert!(problems.is_empty(), "{} problem(s) in {cases} cases:\n{}", problems.len(), problems.join("\n"));
    println!("{cases} law cases in {} files", files.len());
}

/// The runner itself: a case that states the wrong status, a sentence not in the text, and a
/// criterion left without cases are each reported.
#[test]
fn the_runner_reports_a_wrong_case() {
    let scheme = &catalogue().schemes[0];
    let file: LawFile = toml::from_str(&format!(
        "scheme = \"{}\"\n[base]\non = 2000-01-01\nfacts = {{}}\n[[cases]]\nname = \"wrong\"\nproves = \"not a sentence of any text\"\nexpect = {{ \"{}\" = \"met\" }}\n",
        scheme.id, scheme.criteria[0].id
    ))
    .unwrap();
    let problems = run("test.toml", &file);
    assert!(problems.iter().any(|p| p.contains("is not a sentence")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("the law says met")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("no case judges")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("base:")), "{problems:?}");
}
