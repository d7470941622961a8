//! Hostile text through every page's markup and the standalone report: whatever the applicant
//! typed or a file or link carried (organisation and report names, typed numbers and dates,
//! forged answers and ids from storage, a stamp from an imported file, link parameters) appears
//! only escaped, and adds no element to the page.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use platform_readiness::engine::{FactValue, IdMap, Incident, Profile};
use platform_readiness::i18n::Lang;
use platform_readiness::input::InputError;
use platform_readiness::report::html::standalone;
use platform_readiness::report::standing::Standing;
use platform_readiness::report::Report;
use platform_readiness::schemes::{catalogue, IncidentKind, Severity};
use platform_readiness::ui::components::side::live_readiness;
use platform_readiness::ui::contract::QuestionIds;
use platform_readiness::ui::pages::{check, report, reports, start, step};
use platform_readiness::walk::{steps, Step};

/// Every character that matters in HTML, in one text: a script, both quotes, an ampersand and
/// the end of a text area.
const HOSTILE: &str = "<script>alert(1)</script>\"'&</textarea>";
/// The same text as HTML writes it.
const ESCAPED: &str = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;'&amp;&lt;/textarea&gt;";
/// A harmless text of the same role, to compare the page's elements with.
const PLAIN: &str = "甲单位";

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn all() -> Vec<String> {
    catalogue().schemes.iter().map(|s| s.id.to_string()).collect()
}

/// The elements of `html` in order, by name (`div`, `/div`, …), ignoring their attributes.
fn elements(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|rest| rest.chars().take_while(|c| *c == '/' || *c == '!' || c.is_ascii_alphanumeric()).collect())
        .collect()
}

/// `hostile` (markup written with [`HOSTILE`] in some places) holds the text only escaped, and
/// has the same elements as `plain` (the same markup with [`PLAIN`] there).
#[track_caller]
fn only_escaped(what: &str, hostile: &str, plain: &str) {
    assert!(hostile.contains(ESCAPED), "{what}: the text is shown, escaped: {hostile}");
    let rest = hostile.replace(ESCAPED, "");
    for raw in ["<script", "</script", "</textarea", "\"'&<"] {
        assert!(!rest.to_lowercase().contains(raw), "{what}: {raw} appears unescaped: {hostile}");
    }
    assert_eq!(elements(hostile), elements(plain), "{what}: the text added or removed an element");
}

fn report_named(name: &str) -> Report {
    let profile = Profile::new(d("2026-11-23"))
        .with("pilot_site_area", FactValue::Number(1500.0))
        .with("org_kind", FactValue::Choice("enterprise".into()));
    let mut r = Report::new(format!("r-{name}"), name.into(), all(), profile);
    // An imported file's stamp is text from outside too.
    r.stamp.app_version = name.into();
    r.stamp.rules_version = name.into();
    r
}

#[test]
fn organisation_and_report_names_appear_only_escaped_in_the_report_page_and_file() {
    for lang in [Lang::Zh, Lang::En] {
        let (bad, good) = (report_named(HOSTILE), report_named(PLAIN));
        only_escaped(
            "report page head",
            &report::markup::page_head(&bad, lang),
            &report::markup::page_head(&good, lang),
        );
        only_escaped(
            "report page stamp",
            &report::markup::page_stamp(&bad, lang),
            &report::markup::page_stamp(&good, lang),
        );
        only_escaped("standalone report", &standalone(&bad, lang), &standalone(&good, lang));
        // The body shows no name, and the names change nothing in it.
        assert_eq!(report::markup::report_body(&bad, lang), report::markup::report_body(&good, lang));
    }
}

#[test]
fn the_embedding_pages_origin_appears_only_escaped() {
    for sent in [false, true] {
        only_escaped(
            "embed share",
            &report::markup::embed_share(HOSTILE, sent, Lang::En),
            &report::markup::embed_share(PLAIN, sent, Lang::En),
        );
    }
}

#[test]
fn saved_report_names_and_ids_appear_only_escaped() {
    let (bad, good) = (report_named(HOSTILE), report_named(PLAIN));
    let mut bad_id = bad.clone();
    bad_id.id = HOSTILE.into();
    let mut good_id = good.clone();
    good_id.id = PLAIN.into();
    let chosen = [HOSTILE.to_string(), PLAIN.to_string()];
    for lang in [Lang::Zh, Lang::En] {
        only_escaped(
            "saved-report cards",
            &reports::markup::saved_report_cards(&[bad_id.clone()], &chosen, lang),
            &reports::markup::saved_report_cards(&[good_id.clone()], &chosen, lang),
        );
        only_escaped(
            "comparison",
            &reports::markup::comparison(&bad, &bad, lang),
            &reports::markup::comparison(&good, &good, lang),
        );
    }
}

#[test]
fn forged_answers_and_link_parameters_appear_only_escaped_on_the_check_page() {
    let profile = |text: &str| {
        Profile::new(d("2026-11-23"))
            .with("org_kind", FactValue::Choice(text.into()))
            .with("location", FactValue::Choice(text.into()))
    };
    // Typed text that could not be read is shown next to its answer, escaped too.
    let inputs = |text: &str| {
        let mut i = IdMap::new();
        i.insert("pilot_site_area".to_string(), text.to_string());
        i.insert(step::markup::pending_key("incidents"), format!("{text}\t\t"));
        i
    };
    let today = d("2026-11-23");
    for lang in [Lang::Zh, Lang::En] {
        only_escaped(
            "check page",
            &check::markup::answers(
                &all(),
                &profile(HOSTILE),
                &inputs(HOSTILE),
                today,
                lang,
                &format!("&lang={HOSTILE}"),
            ),
            &check::markup::answers(&all(), &profile(PLAIN), &inputs(PLAIN), today, lang, &format!("&lang={PLAIN}")),
        );
    }
}

#[test]
fn typed_texts_and_forged_ids_appear_only_escaped_on_the_step_page() {
    let lang = Lang::Zh;
    let schemes = all();
    let all_steps = steps(&schemes);
    only_escaped(
        "step links",
        &step::markup::step_links(&all_steps, 0, lang, HOSTILE),
        &step::markup::step_links(&all_steps, 0, lang, PLAIN),
    );
    // A stored draft may carry any key: its errors are listed by it.
    let errors = |key: &str| {
        let mut e = IdMap::new();
        e.insert(key.to_string(), InputError::NotANumber);
        e
    };
    only_escaped(
        "error summary",
        &step::markup::error_summary(&errors(HOSTILE), lang),
        &step::markup::error_summary(&errors(PLAIN), lang),
    );
    // A self-rating typed and not readable stays in its field as typed.
    let Some(Step::Performance(_, table)) = all_steps.iter().find(|s| matches!(s, Step::Performance(..))) else {
        panic!("a performance table")
    };
    let bad = |typed: &str| {
        let mut b = IdMap::new();
        b.insert(table.indicators[0].id.to_string(), (InputError::NotANumber, typed.to_string()));
        b
    };
    only_escaped(
        "score fields",
        &step::markup::score_fields(table, &IdMap::new(), &bad(HOSTILE), lang),
        &step::markup::score_fields(table, &IdMap::new(), &bad(PLAIN), lang),
    );
    // So does an incident's date.
    let list = [Incident { date: d("2025-01-01"), kind: IncidentKind::Safety, severity: Severity::General }];
    only_escaped(
        "incident rows",
        &step::markup::incident_rows(
            "incidents",
            &list,
            &[(0, InputError::NotADate, HOSTILE.into())],
            &[],
            d("2026-12-01"),
            lang,
        ),
        &step::markup::incident_rows(
            "incidents",
            &list,
            &[(0, InputError::NotADate, PLAIN.into())],
            &[],
            d("2026-12-01"),
            lang,
        ),
    );
    // And one typed into a row being entered.
    let pending = |text: &str| [step::markup::Pending { date: text.into(), ..Default::default() }];
    only_escaped(
        "incident rows being entered",
        &step::markup::incident_rows("incidents", &[], &[], &pending(HOSTILE), d("2026-12-01"), lang),
        &step::markup::incident_rows("incidents", &[], &[], &pending(PLAIN), d("2026-12-01"), lang),
    );
    // A forged answer is never a radio button's value, but the group writes what it is given.
    let options = |text: &'static str| [(text, text)];
    only_escaped(
        "radios",
        &step::markup::radios(QuestionIds("org_kind"), &options(HOSTILE), Some(HOSTILE), lang),
        &step::markup::radios(QuestionIds("org_kind"), &options(PLAIN), Some(PLAIN), lang),
    );
    only_escaped(
        "recorded note",
        &step::markup::recorded_note("pilot_site_area", HOSTILE),
        &step::markup::recorded_note("pilot_site_area", PLAIN),
    );
}

#[test]
fn pages_without_the_applicants_text_write_none_raw() {
    // The start page's cards, the live panel and a question's head hold the scheme data only:
    // they are checked for what the data could carry.
    let today = d("2026-11-23");
    for scheme in catalogue().schemes.iter() {
        for standing in [Standing::Open, Standing::OutsideRegion, Standing::NotInForce] {
            let card = start::markup::scheme_card(scheme, standing, today, Lang::En);
            assert!(!card.contains("<script"), "{card}");
        }
    }
    let profile = Profile::new(today).with("org_kind", FactValue::Choice(HOSTILE.into()));
    let assessment = platform_readiness::engine::assess(catalogue(), &profile, &all());
    let panel = live_readiness(&assessment, Lang::Zh);
    assert!(!panel.contains("<script") && !panel.contains(HOSTILE), "{panel}");
}
