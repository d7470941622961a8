//! The step page's markup: the list of steps, the error summary, question heads, radio
//! groups and score fields.

use super::markup::{error_summary, incident_rows, step_links};
use crate::engine::IdMap;
use crate::i18n::{Lang, Msg};
use crate::input::InputError;
use crate::report::text;
use crate::schemes::catalogue;
use crate::ui::contract::{attr, IncidentField, QuestionIds};
use crate::ui::test_support::escaped;
use crate::ui::test_support::ids;
use crate::walk::steps;

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
            "<a href=\"#q-pilot_site_area\">{}：{}</a>",
            text::fact_label("pilot_site_area", Lang::Zh),
            Msg::ErrNegative.text(Lang::Zh)
        )),
        "{h}"
    );
    assert!(!h.contains("<b>"), "{h}");
    assert_eq!(h.matches("<li>").count(), 2);
}

#[test]
fn score_fields_show_each_indicator_with_its_points_and_stored_rating() {
    use super::markup::score_fields;
    let table = catalogue().scheme("shaoxing-pilot-base").unwrap().performance.as_ref().unwrap();
    let mut scores = IdMap::new();
    scores.insert(table.indicators[1].id.to_string(), 7.5);
    let h = score_fields(table, &scores, &IdMap::new(), Lang::Zh);
    assert_eq!(h.matches("<input type=\"text\"").count(), table.indicators.len());
    let second = &table.indicators[1];
    assert!(
        h.contains(&format!(
            "id=\"score-{0}\" {1}=\"{0}\" value=\"7.5\" aria-invalid=\"false\" aria-describedby=\"score-{0}-hint\">",
            second.id,
            attr::SCORE
        )),
        "{h}"
    );
    assert!(h.contains(&format!(
        "id=\"score-{0}\" data-score=\"{0}\" value=\"\" aria-invalid=\"false\"",
        table.indicators[0].id
    )));
    assert!(!h.contains("field-error"));
    assert!(
        h.contains(&format!(
            "<p class=\"hint\" id=\"score-{}-hint\">佐证材料：{}</p>",
            second.id,
            escaped(second.evidence.zh())
        )),
        "{h}"
    );
    let en = score_fields(table, &scores, &IdMap::new(), Lang::En);
    assert!(en.contains(&format!(
        "<label for=\"score-{}\">{} · {}: points (0–{})</label>",
        second.id,
        escaped(second.group.en()),
        escaped(second.name.en()),
        second.weight
    )));
    // The label says what the field scores, with its range: people rate, they do not type 万元.
    assert!(h.contains(&format!("{} 得分（0–{} 分）</label>", escaped(second.name.zh()), second.weight)));
}

#[test]
fn radios_check_the_current_answer_or_dont_know() {
    use super::markup::radios;
    let options = [("yes", "是"), ("no", "否")];
    let h = radios(QuestionIds("x"), &options, Some("no"), Lang::Zh);
    assert_eq!(h.matches("type=\"radio\"").count(), 3, "the options and don't know");
    assert_eq!(h.matches(" checked>").count(), 1);
    assert!(
        h.contains(
            "<label for=\"q-x-no\"><input type=\"radio\" id=\"q-x-no\" name=\"q-x\" value=\"no\" checked>否</label>"
        ),
        "{h}"
    );
    let unknown = radios(QuestionIds("x"), &options, None, Lang::En);
    assert!(unknown.ends_with(&format!("<label for=\"q-x-unknown\"><input type=\"radio\" id=\"q-x-unknown\" name=\"q-x\" value=\"\" checked>{}</label>", escaped(Msg::DontKnow.text(Lang::En)))), "{unknown}");
    let hostile = radios(QuestionIds("x"), &[("a\"b", "<i>x</i>")], Some("a\"b"), Lang::Zh);
    assert!(hostile.contains("value=\"a&quot;b\" checked>&lt;i&gt;x&lt;/i&gt;</label>"), "{hostile}");
}

#[test]
fn a_score_that_cannot_be_read_keeps_its_text_and_says_why() {
    use super::markup::score_fields;
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
            Msg::ErrAboveWeight.text(Lang::Zh).replace("{}", &first.weight.to_string())
        )),
        "{h}"
    );
    assert!(h.contains(&format!("value=\"20&quot;&gt;&lt;b&gt;\" aria-invalid=\"true\" aria-describedby=\"score-{id}-hint score-{id}-error\">")), "the text as typed, escaped: {h}");
    assert_eq!(h.matches("has-error").count(), 1);
    bad.insert(first.id.to_string(), (InputError::NotANumber, "abc".to_string()));
    assert!(
        score_fields(table, &scores, &bad, Lang::En).contains(Msg::ErrNotAScore.text(Lang::En)),
        "a score's own message"
    );
}

#[test]
fn question_heads_label_the_field_and_show_its_hint_and_error() {
    use super::markup::question_head;
    let fact = |id: &str| catalogue().facts.iter().find(|f| f.id == id).unwrap();
    let area = fact("pilot_site_area");
    let h = question_head(area, None, Lang::Zh);
    assert!(
        h.starts_with(&format!("<label for=\"q-pilot_site_area\">{}</label>", escaped(area.label.zh()))),
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
        escaped(group.hint.as_ref().unwrap().zh())
    )));
}

#[test]
fn score_errors_join_the_error_summary_in_the_tables_order() {
    use super::markup::score_error_summary;
    let table = catalogue().scheme("shaoxing-pilot-base").unwrap().performance.as_ref().unwrap();
    let (a, b) = (&table.indicators[0], &table.indicators[2]);
    let mut bad = IdMap::new();
    bad.insert(b.id.to_string(), (InputError::NotANumber, "x".to_string()));
    bad.insert(a.id.to_string(), (InputError::TooLarge, "99".to_string()));
    let h = score_error_summary(table, &bad, Lang::Zh);
    let first = format!(
        "<li><a href=\"#score-{}\">{}：{}</a></li>",
        a.id,
        a.name.zh(),
        Msg::ErrAboveWeight.text(Lang::Zh).replace("{}", &a.weight.to_string())
    );
    let second =
        format!("<li><a href=\"#score-{}\">{}：{}</a></li>", b.id, b.name.zh(), Msg::ErrNotAScore.text(Lang::Zh));
    assert_eq!(h, format!("{first}{second}"));
    assert_eq!(score_error_summary(table, &IdMap::new(), Lang::Zh), "");
}

#[test]
fn incident_rows_are_namespaced_by_fact_and_carry_the_contracts_names() {
    use crate::engine::Incident;
    use crate::schemes::{IncidentKind, Severity};
    let inc = Incident {
        date: crate::ui::test_support::d("2025-03-01"),
        kind: IncidentKind::Quality,
        severity: Severity::Major,
    };
    let list = [inc.clone(), inc];
    let bad = [(1, InputError::NotADate, "</textarea><b>\"'&".to_string())];
    let h = incident_rows("incidents", &list, &bad, &[], crate::ui::test_support::d("2026-12-01"), Lang::En);
    assert_eq!(h.matches("<fieldset class=\"incident\">").count(), 2);
    for row in 0..2 {
        let ids = QuestionIds("incidents").incident(row);
        for field in IncidentField::ALL {
            let control =
                format!("id=\"{}\" {}=\"{row}\" {}=\"{}\"", ids.control(*field), attr::ROW, attr::FIELD, field.name());
            assert!(h.contains(&control), "{control} in {h}");
        }
    }
    // The second row keeps what was typed, escaped, and names its error.
    let second = QuestionIds("incidents").incident(1);
    assert!(h.contains(&format!("<p class=\"field-error\" id=\"{}\">", second.date_error())), "{h}");
    assert!(h.contains("value=\"&lt;/textarea&gt;&lt;b&gt;&quot;'&amp;\""), "{h}");
    assert!(h.contains(&format!("aria-describedby=\"{}\"", second.date_error())));
    assert!(!h.contains("</textarea><b>"));
    // Another incident fact's rows have other ids.
    let other = incident_rows("other_incidents", &list, &[], &[], crate::ui::test_support::d("2026-12-01"), Lang::En);
    assert!(!other.contains(&QuestionIds("incidents").incident(0).control(IncidentField::Date)));
    assert!(other.contains(&QuestionIds("other_incidents").incident(0).control(IncidentField::Date)));
}

#[test]
fn the_score_step_counts_and_sums_what_was_rated() {
    use super::markup::score_total;
    let table = catalogue().scheme("shaoxing-pilot-base").unwrap().performance.as_ref().unwrap();
    let mut scores = IdMap::new();
    assert_eq!(
        score_total(table, &scores, Lang::Zh),
        format!("已自评 0 / {} 项，合计 0 分（仅为您自填分数之和，文本未给出计分公式）", table.indicators.len())
    );
    scores.insert(table.indicators[0].id.to_string(), 4.0);
    scores.insert(table.indicators[1].id.to_string(), 2.5);
    scores.insert("not-an-indicator".to_string(), 9.0);
    assert!(score_total(table, &scores, Lang::En)
        .starts_with(&format!("Rated 2 of {}, 6.5 points", table.indicators.len())));
}

#[test]
fn a_row_being_entered_is_kept_as_typed_and_joins_the_list_once_complete() {
    use super::markup::{pending_key, Pending};
    use crate::schemes::{IncidentKind, Severity};
    let today = crate::ui::test_support::d("2026-12-01");
    assert_eq!(pending_key("incidents"), "incidents/new");
    assert_eq!(Pending::write(&[]), None, "no rows, nothing kept");
    let rows = vec![
        Pending::default(),
        Pending { date: "2025年3月1日\t\n".into(), kind: Some(IncidentKind::Environment), grade: None },
    ];
    let kept = Pending::write(&rows).unwrap();
    let back = Pending::read(&kept);
    assert_eq!(back.len(), 2);
    assert_eq!(back[0], Pending::default());
    assert_eq!(back[1].date, "2025年3月1日  ", "tabs and line breaks typed do not split the row");
    assert_eq!(back[1].kind, Some(IncidentKind::Environment));
    // Complete once the date reads and the kind's own grade is chosen.
    assert_eq!(back[1].complete(today), None);
    let mut row = back[1].clone();
    row.grade = Some(Severity::Major);
    assert_eq!(row.complete(today), None, "重大 is not a grade of an environmental violation");
    row.grade = Some(Severity::Serious);
    let incident = row.complete(today).unwrap();
    assert_eq!(
        (incident.date, incident.kind, incident.severity),
        (crate::ui::test_support::d("2025-03-01"), IncidentKind::Environment, Severity::Serious)
    );
    row.date = "2027-01-01".into();
    assert_eq!(row.complete(today), None);
    assert_eq!(row.date_error(today), Some(InputError::InFuture));
    assert_eq!(Pending::default().date_error(today), None, "an empty date is missing, not wrong");

    // An empty row: nothing filled in for the applicant, each missing answer said next to its field.
    let list = [incident.clone(), incident.clone()];
    let h = incident_rows("incidents", &list, &[], &[Pending::default()], today, Lang::Zh);
    assert_eq!(h.matches("尚未填完").count(), 1, "only the row being entered says so: {h}");
    let ids = QuestionIds("incidents").incident(2);
    assert!(h.contains("<legend>第 3 起</legend>"), "{h}");
    assert!(
        h.contains(&format!(
            "id=\"{}\" {}=\"2\" {}=\"date\" placeholder=\"YYYY-MM-DD\" value=\"\"",
            ids.control(IncidentField::Date),
            attr::ROW,
            attr::FIELD
        )),
        "{h}"
    );
    for (field, words) in
        [(IncidentField::Date, "请填写日期"), (IncidentField::Kind, "请选择类别"), (IncidentField::Grade, "请选择等级")]
    {
        assert!(h.contains(&format!("<p class=\"missing\" id=\"{}\">{words}", ids.missing(field))), "{h}");
        assert!(h.contains(&format!("aria-describedby=\"{}\"", ids.missing(field))), "{h}");
    }
    assert_eq!(h.matches("<option value=\"\" selected>请选择</option>").count(), 2, "{h}");
    assert!(!h.contains("value=\"safety\" selected"), "no kind chosen for the applicant: {h}");
    // A typed date that cannot be read names its error instead.
    let bad = Pending { date: "2025-02-30".into(), ..Pending::default() };
    let h = incident_rows("incidents", &[], &[], &[bad], today, Lang::Zh);
    let ids = QuestionIds("incidents").incident(0);
    assert!(h.contains(&format!("<p class=\"field-error\" id=\"{}\">没有这一天", ids.date_error())), "{h}");
    assert!(!h.contains(&ids.missing(IncidentField::Date)), "{h}");
}
