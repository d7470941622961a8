//! The check page's markup: what it lists, where its links lead, and that what comes from
//! storage is escaped.

use super::markup::answers;
use crate::engine::{FactValue, IdMap, Incident, Profile};
use crate::i18n::{Lang, Msg};
use crate::input::InputError;
use crate::schemes::catalogue;
use crate::schemes::{IncidentKind, Severity};
use crate::ui::pages::step::markup::{error_msg, pending_key};
use crate::ui::test_support::{all, d, ids, step_of};
use crate::walk::steps;

#[test]
fn check_page_lists_each_answer_with_a_change_link_to_its_step() {
    let schemes = all();
    let profile = Profile::new(d("2026-11-23"))
        .with("pilot_site_area", FactValue::Number(1500.5))
        .with("via_host_unit", FactValue::YesNo(false));
    let h = answers(&schemes, &profile, &IdMap::new(), d("2026-11-23"), Lang::En, "&embed=1");
    assert!(h.contains("<dd>1500.5 m²</dd>"), "a number with its unit: {h}");
    assert!(h.contains(&format!("<dd>{}</dd>", Msg::No.text(Lang::En))));
    let step = step_of(&schemes, "pilot_site_area");
    assert!(
        h.contains(&format!("href=\"?page=step&amp;step={step}&amp;from=check&amp;embed=1#q-pilot_site_area-block\"")),
        "{h}"
    );
    // A question not asked (its condition does not hold) is not listed.
    assert!(!h.contains("q-independent_accounting-block"));
    let asked = answers(
        &schemes,
        &profile.clone().with("via_host_unit", FactValue::YesNo(true)),
        &IdMap::new(),
        d("2026-11-23"),
        Lang::En,
        "",
    );
    assert!(asked.contains("q-independent_accounting-block"));
    // Unanswered questions say so.
    assert!(h.contains(&format!("<dd>{}</dd>", Msg::NotAnswered.text(Lang::En))));
}

#[test]
fn check_page_lists_the_self_ratings_of_a_performance_table() {
    let schemes = ids(&["shaoxing-pilot-base"]);
    let table = catalogue().scheme("shaoxing-pilot-base").unwrap().performance.as_ref().unwrap();
    let first = &table.indicators[0];
    let mut profile = Profile::new(d("2026-11-23"));
    profile.set_score("shaoxing-pilot-base", &first.id, Some(12.5));
    let h = answers(&schemes, &profile, &IdMap::new(), d("2026-11-23"), Lang::Zh, "");
    assert!(h.contains(&format!("<dt>{}</dt><dd>12.5 / {}</dd>", first.name.zh(), first.weight)), "{h}");
    assert_eq!(h.matches("<dl class=\"answers\">").count(), steps(&schemes).len(), "one list per step");
}

#[test]
fn check_page_escapes_what_comes_from_storage() {
    let schemes = all();
    let profile =
        Profile::new(d("2026-11-23")).with("org_kind", FactValue::Choice("<img src=x onerror=alert(1)>".into()));
    let h = answers(&schemes, &profile, &IdMap::new(), d("2026-11-23"), Lang::Zh, "&lang=\"><script>");
    assert!(!h.contains("<img") && !h.contains("<script"), "{h}");
    assert!(h.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

/// The answers as the check page writes them for `inputs` (the draft's typed texts), in `lang`.
fn with_typed(inputs: &[(&str, &str)], profile: &Profile, lang: Lang) -> String {
    let mut map = IdMap::new();
    for (k, v) in inputs {
        map.insert(k.to_string(), v.to_string());
    }
    answers(&all(), profile, &map, d("2026-11-23"), lang, "")
}

#[test]
fn check_page_flags_typed_text_that_could_not_be_read_next_to_its_question() {
    let profile = Profile::new(d("2026-11-23"));
    for lang in [Lang::Zh, Lang::En] {
        let h = with_typed(&[("pilot_site_area", "约两千"), ("director_birth_date", "02/10/1963")], &profile, lang);
        let area = crate::input::field_errors(
            &[("pilot_site_area".to_string(), "约两千".to_string())].into_iter().collect(),
            &profile,
            d("2026-11-23"),
        );
        assert_eq!(area.get("pilot_site_area"), Some(&InputError::NotANumber));
        // Next to the question's answer, in its <dd>: not counted, the step page's message, the
        // text as typed.
        let flag = format!(
            "<p class=\"field-error\">{}{}{}</p><p class=\"typed\">{}</p>",
            Msg::NotCounted.text(lang),
            Msg::Colon.text(lang),
            error_msg(InputError::NotANumber).text(lang),
            Msg::AsTyped.text(lang).replace("{}", "约两千")
        );
        let label = catalogue().facts.iter().find(|f| f.id == "pilot_site_area").unwrap().label.get(lang.is_en());
        assert!(
            h.contains(&format!("<dt>{label}</dt><dd>{}{flag}</dd>", Msg::NotAnswered.text(lang))),
            "the area's flag follows its answer: {h}"
        );
        assert!(
            h.contains(&error_msg(InputError::DateOrder).text(lang).replace('"', "&quot;")),
            "the date's own message: {h}"
        );
        assert!(h.contains(&Msg::AsTyped.text(lang).replace("{}", "02/10/1963")));
        // The question's Change link leads to its step.
        let step = step_of(&all(), "pilot_site_area");
        assert!(h.contains(&format!("href=\"?page=step&amp;step={step}&amp;from=check#q-pilot_site_area-block\"")));
    }
    // A readable text, and an answer without typed text, are not flagged.
    let fine = with_typed(
        &[("pilot_site_area", "两千五")],
        &profile.clone().with("pilot_site_area", FactValue::Number(2500.0)),
        Lang::Zh,
    );
    assert!(!fine.contains("field-error") && !fine.contains("class=\"typed\""), "{fine}");
    assert!(!answers(&all(), &profile, &IdMap::new(), d("2026-11-23"), Lang::Zh, "").contains("field-error"));
}

#[test]
fn check_page_lists_incident_rows_still_being_entered_with_what_they_need() {
    let key = pending_key("incidents");
    let one = Incident { date: d("2025-03-01"), kind: IncidentKind::Safety, severity: Severity::Major };
    let listed = Profile::new(d("2026-11-23")).with("incidents", FactValue::Incidents(vec![one]));
    for lang in [Lang::Zh, Lang::En] {
        // A row with a date that cannot be read and no grade, after one complete incident: the
        // second, with the date's message and the missing grade, and the date as typed.
        let h = with_typed(&[(&key, "2025-13-01\tsafety\t")], &listed, lang);
        let flag = format!(
            "<p class=\"field-error\">{}{}{}</p><p class=\"field-error\">{}{}{}</p><p class=\"typed\">{}</p>",
            Msg::IncidentNumber.text(lang).replace("{}", "2"),
            Msg::Colon.text(lang),
            Msg::IncidentIncomplete.text(lang),
            error_msg(InputError::NoSuchDay).text(lang),
            Msg::ListSep.text(lang),
            Msg::IncidentNeedsGrade.text(lang),
            Msg::AsTyped.text(lang).replace("{}", "2025-13-01"),
        );
        assert!(h.contains(&flag), "{h}");
        // An empty row (just added): the first, needing all three; nothing typed to show.
        let h = with_typed(&[(&key, "\t\t")], &Profile::new(d("2026-11-23")), lang);
        let needs = [Msg::IncidentNeedsDate, Msg::IncidentNeedsKind, Msg::IncidentNeedsGrade].map(|m| m.text(lang));
        assert!(
            h.contains(&format!(
                "{}</p><p class=\"field-error\">{}</p>",
                Msg::IncidentIncomplete.text(lang),
                needs.join(Msg::ListSep.text(lang))
            )),
            "{h}"
        );
        assert!(h.contains(&format!("<p class=\"field-error\">{}", Msg::IncidentNumber.text(lang).replace("{}", "1"))));
        assert!(!h.contains("class=\"typed\""));
    }
    // Rows kept while the answer is "none" are out of sight on the step page, and here.
    let none = Profile::new(d("2026-11-23")).with("incidents", FactValue::Incidents(Vec::new()));
    assert!(!with_typed(&[(&key, "2025-01-01\t\t")], &none, Lang::Zh).contains("field-error"));
}
