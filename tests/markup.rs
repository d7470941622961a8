//! The pages' read-only markup (check page, scheme cards, steps, error summary, live panel):
//! what it lists, where its links lead, and that every text from the applicant is escaped.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use platform_readiness::engine::{assess, FactValue, IdMap, Profile};
use platform_readiness::i18n::{Lang, Msg};
use platform_readiness::input::InputError;
use platform_readiness::markup::{answers, error_summary, live_readiness, scheme_card, scheme_card_class, step_links};
use platform_readiness::report::html::escape;
use platform_readiness::report::text;
use platform_readiness::schemes::catalogue;
use platform_readiness::walk::{steps, Step};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn all() -> Vec<String> {
    catalogue().schemes.iter().map(|s| s.id.to_string()).collect()
}

/// The number of the step (from 1) that asks `fact`.
fn step_of(schemes: &[String], fact: &str) -> usize {
    let topic = &catalogue().facts.iter().find(|f| f.id == fact).unwrap().topic;
    1 + steps(schemes).iter().position(|s| matches!(s, Step::Topic(t) if t.id == *topic)).unwrap()
}

#[test]
fn check_page_lists_each_answer_with_a_change_link_to_its_step() {
    let schemes = all();
    let profile = Profile::new(d("2026-11-23"))
        .with("pilot_site_area", FactValue::Number(1500.5))
        .with("via_host_unit", FactValue::YesNo(false));
    let h = answers(&schemes, &profile, Lang::En, "&embed=1");
    assert!(h.contains("<dd>1500.5 m²</dd>"), "a number with its unit: {h}");
    assert!(h.contains(&format!("<dd>{}</dd>", Msg::No.text(Lang::En))));
    let step = step_of(&schemes, "pilot_site_area");
    assert!(
        h.contains(&format!("href=\"?page=step&amp;step={step}&amp;from=check&amp;embed=1#q-pilot_site_area-block\"")),
        "{h}"
    );
    // A question not asked (its condition does not hold) is not listed.
    assert!(!h.contains("q-independent_accounting-block"));
    let asked = answers(&schemes, &profile.clone().with("via_host_unit", FactValue::YesNo(true)), Lang::En, "");
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
    profile.scores.insert(first.id.to_string(), 12.5);
    let h = answers(&schemes, &profile, Lang::Zh, "");
    assert!(h.contains(&format!("<dt>{}</dt><dd>12.5 / {}</dd>", first.name.zh(), first.weight)), "{h}");
    assert_eq!(h.matches("<dl class=\"answers\">").count(), steps(&schemes).len(), "one list per step");
}

#[test]
fn check_page_escapes_what_comes_from_storage() {
    let schemes = all();
    let profile =
        Profile::new(d("2026-11-23")).with("org_kind", FactValue::Choice("<img src=x onerror=alert(1)>".into()));
    let h = answers(&schemes, &profile, Lang::Zh, "&lang=\"><script>");
    assert!(!h.contains("<img") && !h.contains("<script"), "{h}");
    assert!(h.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn scheme_cards_show_issuer_number_count_and_status() {
    let today = d("2026-11-23");
    for scheme in catalogue().schemes.iter() {
        for lang in [Lang::Zh, Lang::En] {
            let h = scheme_card(scheme, today, lang);
            assert!(
                h.starts_with(&format!("<span class=\"card-title\">{}</span>", escape(scheme.name.get(lang.is_en())))),
                "{h}"
            );
            assert!(h.contains(&format!("{} {}", scheme.criteria.len(), Msg::CriteriaCount.text(lang))));
            let status = text::validity(&platform_readiness::engine::validity(&scheme.period, today), lang);
            assert!(h.ends_with(&format!("<span class=\"card-status\">{}</span>", escape(&status))), "{h}");
            assert_eq!(h.contains("阳科发〔2022〕56号"), scheme.document_number.is_some());
        }
    }
    // Yangquan's pilot-base measures (2022) were a two-year trial, over by now: the card is marked.
    let trial = catalogue().scheme("yangquan-pilot-base-2022").unwrap();
    assert_eq!(scheme_card_class(trial, today), "card expired");
    assert_eq!(scheme_card_class(trial, d("2023-01-01")), "card");
    // Shaoxing's text has no date at all.
    assert_eq!(scheme_card_class(catalogue().scheme("shaoxing-pilot-base").unwrap(), today), "card undated");
    assert!(
        catalogue().schemes.iter().all(|s| scheme_card_class(s, d("1990-01-01")) != "card"),
        "before any scheme began, none is in force"
    );
}

#[test]
fn step_links_mark_the_current_step_only() {
    let schemes = ids(&["yangquan-pilot-base-2022", "shaoxing-pilot-base"]);
    let all = steps(&schemes);
    let h = step_links(&all, 2, Lang::En, "&lang=en");
    assert_eq!(h.matches("<li>").count(), all.len());
    assert_eq!(h.matches("aria-current=\"step\"").count(), 1);
    assert!(
        h.contains(&format!(
            "<a href=\"?page=step&amp;step=3&amp;lang=en\" aria-current=\"step\">3. {}</a>",
            all[2].title(Lang::En)
        )),
        "{h}"
    );
    assert!(
        h.ends_with(&format!(
            "{}. {}</a></li>",
            all.len(),
            catalogue().scheme("shaoxing-pilot-base").unwrap().performance.as_ref().unwrap().title.en()
        )),
        "the score table comes last"
    );
}

#[test]
fn error_summary_links_each_error_to_its_field() {
    let mut errors = IdMap::new();
    errors.insert("pilot_site_area".to_string(), InputError::Negative);
    errors.insert("x\"><b>".to_string(), InputError::NotADate);
    let h = error_summary(&errors, Lang::Zh);
    assert!(
        h.contains(&format!(
            "<a href=\"#q-pilot_site_area\">{}: {}</a>",
            text::fact_label("pilot_site_area", Lang::Zh),
            Msg::ErrNegative.text(Lang::Zh)
        )),
        "{h}"
    );
    assert!(!h.contains("<b>"), "{h}");
    assert_eq!(h.matches("<li>").count(), 2);
}

#[test]
fn live_panel_shows_each_schemes_verdict_and_readiness() {
    let schemes = ids(&["yangquan-pilot-base-2022", "bingtuan-pilot-base"]);
    let profile = Profile::new(d("2026-11-23")).with("pilot_site_area", FactValue::Number(100.0));
    let a = assess(catalogue(), &profile, &schemes);
    let h = live_readiness(&a, Lang::En);
    assert_eq!(h.matches("<li class=\"verdict-line").count(), 2);
    for s in &a.schemes {
        let name = catalogue().scheme(&s.scheme).unwrap().short_name.en();
        assert!(
            h.contains(&format!(
                "<strong>{name}</strong><br>{} · {} {}%</li>",
                text::verdict(&s.verdict, Lang::En),
                Msg::Readiness.text(Lang::En),
                s.readiness
            )),
            "{h}"
        );
    }
}

#[test]
fn saved_report_cards_carry_their_id_on_every_control_and_escape_names() {
    use platform_readiness::markup::saved_report_cards;
    use platform_readiness::report::Report;
    let profile = Profile::new(d("2026-11-23"));
    let a = Report::new(
        "r-1".into(),
        "<b>甲单位</b>".into(),
        ids(&["yangquan-pilot-base-2022", "shaoxing-pilot-base"]),
        profile.clone(),
    );
    let b = Report::new("r\"2<".into(), "乙".into(), ids(&["bingtuan-pilot-base"]), profile);
    let h = saved_report_cards(&[a.clone(), b], &["r-1".to_string()], Lang::Zh);
    assert_eq!(h.matches("<li class=\"card saved\">").count(), 2);
    assert!(h.contains("<input type=\"checkbox\" id=\"cmp-r-1\" data-id=\"r-1\" checked>"), "{h}");
    assert!(h.contains("<input type=\"checkbox\" id=\"cmp-r&quot;2&lt;\" data-id=\"r&quot;2&lt;\">"), "{h}");
    assert!(
        h.contains("<label for=\"cmp-r-1\" class=\"card-title\">&lt;b&gt;甲单位&lt;/b&gt; · 2026-11-23</label>"),
        "{h}"
    );
    for (action, msg) in
        [("open", Msg::Open), ("rename", Msg::Rename), ("duplicate", Msg::Duplicate), ("delete", Msg::Delete)]
    {
        assert!(
            h.contains(&format!(
                "<button type=\"button\" data-action=\"{action}\" data-id=\"r-1\">{}</button>",
                msg.text(Lang::Zh)
            )),
            "{h}"
        );
        assert!(h.contains(&format!("data-action=\"{action}\" data-id=\"r&quot;2&lt;\"")));
    }
    // One line per scheme judged in the report, with its verdict and readiness.
    let lines = h.split("<li class=\"card saved\">").nth(1).unwrap().matches("%)</li>").count();
    assert_eq!(lines, a.assessment.schemes.len());
    assert_eq!(lines, 2);
}

#[test]
fn score_fields_show_each_indicator_with_its_points_and_stored_rating() {
    use platform_readiness::markup::score_fields;
    let table = catalogue().scheme("shaoxing-pilot-base").unwrap().performance.as_ref().unwrap();
    let mut scores = IdMap::new();
    scores.insert(table.indicators[1].id.to_string(), 7.5);
    let h = score_fields(table, &scores, &IdMap::new(), Lang::Zh);
    assert_eq!(h.matches("<input type=\"text\"").count(), table.indicators.len());
    let second = &table.indicators[1];
    assert!(h.contains(&format!("id=\"score-{0}\" data-score=\"{0}\" value=\"7.5\" aria-invalid=\"false\" aria-describedby=\"score-{0}-hint\">", second.id)), "{h}");
    assert!(h.contains(&format!(
        "id=\"score-{0}\" data-score=\"{0}\" value=\"\" aria-invalid=\"false\"",
        table.indicators[0].id
    )));
    assert!(!h.contains("field-error"));
    assert!(
        h.contains(&format!(
            "<p class=\"hint\" id=\"score-{}-hint\">分值 0–{}. {}</p>",
            second.id,
            second.weight,
            escape(second.evidence.zh())
        )),
        "{h}"
    );
    let en = score_fields(table, &scores, &IdMap::new(), Lang::En);
    assert!(en.contains(&format!(
        "<label for=\"score-{}\">{} · {}</label>",
        second.id,
        escape(second.group.en()),
        escape(second.name.en())
    )));
}

#[test]
fn radios_check_the_current_answer_or_dont_know() {
    use platform_readiness::markup::radios;
    let options = [("yes", "是"), ("no", "否")];
    let h = radios("q-x", &options, Some("no"), Lang::Zh);
    assert_eq!(h.matches("type=\"radio\"").count(), 3, "the options and don't know");
    assert_eq!(h.matches(" checked>").count(), 1);
    assert!(
        h.contains(
            "<label for=\"q-x-no\"><input type=\"radio\" id=\"q-x-no\" name=\"q-x\" value=\"no\" checked>否</label>"
        ),
        "{h}"
    );
    let unknown = radios("q-x", &options, None, Lang::En);
    assert!(unknown.ends_with(&format!("<label for=\"q-x-unknown\"><input type=\"radio\" id=\"q-x-unknown\" name=\"q-x\" value=\"\" checked>{}</label>", escape(Msg::DontKnow.text(Lang::En)))), "{unknown}");
    let hostile = radios("q-x", &[("a\"b", "<i>x</i>")], Some("a\"b"), Lang::Zh);
    assert!(hostile.contains("value=\"a&quot;b\" checked>&lt;i&gt;x&lt;/i&gt;</label>"), "{hostile}");
}

#[test]
fn a_score_that_cannot_be_read_keeps_its_text_and_says_why() {
    use platform_readiness::markup::score_fields;
    let table = catalogue().scheme("shaoxing-pilot-base").unwrap().performance.as_ref().unwrap();
    let first = &table.indicators[0];
    let mut bad = IdMap::new();
    bad.insert(first.id.to_string(), (InputError::TooLarge, "20\"><b>".to_string()));
    let mut scores = IdMap::new();
    scores.insert(first.id.to_string(), 3.0);
    let h = score_fields(table, &scores, &bad, Lang::Zh);
    let id = &first.id;
    assert!(
        h.contains(&format!(
            "<p class=\"field-error\" id=\"score-{id}-error\">{}</p>",
            Msg::ErrAboveWeight.text(Lang::Zh)
        )),
        "{h}"
    );
    assert!(h.contains(&format!("value=\"20&quot;&gt;&lt;b&gt;\" aria-invalid=\"true\" aria-describedby=\"score-{id}-hint score-{id}-error\">")), "the text as typed, escaped: {h}");
    assert_eq!(h.matches("has-error").count(), 1);
    bad.insert(first.id.to_string(), (InputError::NotANumber, "abc".to_string()));
    assert!(score_fields(table, &scores, &bad, Lang::En).contains(Msg::ErrNotANumber.text(Lang::En)));
}

#[test]
fn question_heads_label_the_field_and_show_its_hint_and_error() {
    use platform_readiness::markup::question_head;
    let fact = |id: &str| catalogue().facts.iter().find(|f| f.id == id).unwrap();
    let area = fact("pilot_site_area");
    let h = question_head(area, None, Lang::Zh);
    assert!(
        h.starts_with(&format!("<label for=\"q-pilot_site_area\">{}</label>", escape(area.label.zh()))),
        "a text field has a label: {h}"
    );
    assert!(!h.contains("field-error"));
    let with_error = question_head(area, Some(InputError::Negative), Lang::En);
    assert!(
        with_error.ends_with(&format!(
            "<p class=\"field-error\" id=\"q-pilot_site_area-error\">{}</p>",
            Msg::ErrNegative.text(Lang::En)
        )),
        "{with_error}"
    );
    // A group of buttons is labelled by a paragraph the group refers to.
    let group = fact("location");
    let g = question_head(group, None, Lang::Zh);
    assert!(g.starts_with(&format!("<p class=\"q-label\" id=\"q-{}-label\"><strong>", group.id)), "{g}");
    assert!(g.contains(&format!(
        "<p class=\"hint\" id=\"q-{}-hint\">{}</p>",
        group.id,
        escape(group.hint.as_ref().unwrap().zh())
    )));
}

#[test]
fn score_errors_join_the_error_summary_in_the_tables_order() {
    use platform_readiness::markup::score_error_summary;
    let table = catalogue().scheme("shaoxing-pilot-base").unwrap().performance.as_ref().unwrap();
    let (a, b) = (&table.indicators[0], &table.indicators[2]);
    let mut bad = IdMap::new();
    bad.insert(b.id.to_string(), (InputError::NotANumber, "x".to_string()));
    bad.insert(a.id.to_string(), (InputError::TooLarge, "99".to_string()));
    let h = score_error_summary(table, &bad, Lang::Zh);
    let first =
        format!("<li><a href=\"#score-{}\">{}: {}</a></li>", a.id, a.name.zh(), Msg::ErrAboveWeight.text(Lang::Zh));
    let second =
        format!("<li><a href=\"#score-{}\">{}: {}</a></li>", b.id, b.name.zh(), Msg::ErrNotANumber.text(Lang::Zh));
    assert_eq!(h, format!("{first}{second}"));
    assert_eq!(score_error_summary(table, &IdMap::new(), Lang::Zh), "");
}
