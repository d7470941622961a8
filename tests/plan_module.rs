//! What the plan module does with the applicant's clicks and changes (`plan::view`): the
//! actions read from an event's attributes and fields, and what each does to the plan.

use platform_readiness::i18n::Lang;
use platform_readiness::plan::fields::AddForm;
use platform_readiness::plan::sections::{fixes_of, forward_section, plan_page, Screen};
use platform_readiness::plan::view::{action_of, apply, focus_after, wire, Action, Outcome};
use platform_readiness::plan::{MarkState, Workplan};
use platform_readiness::report::Report;
use std::collections::HashMap;

/// The applicant of tests/fixtures/plan-applicant-v4.json (the e2e tests' draft).
fn applicant() -> Report {
    let text = include_str!("fixtures/plan-applicant-v4.json");
    let draft = platform_readiness::store::read_draft(text).expect("the fixture is a draft of this version");
    Report::new("r".into(), draft.name, draft.schemes, draft.profile)
}

fn event(kind: &str, attrs: &[(&str, &str)], values: &[(&str, &str)]) -> Option<Action> {
    let attrs: HashMap<String, String> = attrs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let values: HashMap<String, String> = values.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    action_of(kind, &|name| attrs.get(name).cloned(), &|id| values.get(id).cloned())
}

fn add(report: &Report, plan: &mut Workplan, form: &mut AddForm, on: &str, value: &str) -> Outcome {
    let action = Action::AddChange { on: on.into(), fact: "pilot_site_area".into(), value: value.into() };
    apply(&action, report, plan, form, true, Lang::Zh)
}

#[test]
fn the_fixture_is_short_of_site_and_ready_with_the_plan_from_the_plans_day_or_the_other_rules_day() {
    let r = applicant();
    let forward = |plan: &Workplan| forward_section(&r, plan, true, &AddForm::default(), Lang::Zh).into_string();
    assert!(forward(&Workplan::default()).contains("按现状：尚有差距"));
    for (on, ready) in
        [("2027-08-01", "2027 年 8 月 1 日"), ("2027-06-02", "2027 年 6 月 2 日"), ("2027-05-31", "2027 年 6 月 1 日")]
    {
        let (mut plan, mut form) = (Workplan::default(), AddForm::default());
        assert_eq!(add(&r, &mut plan, &mut form, on, "2600"), Outcome::Changed);
        let text = forward(&plan);
        assert!(text.contains(&format!("按计划：自 {ready}起可申报")), "{on}: {text}");
    }
}

#[test]
fn a_change_is_read_from_the_form_and_a_wrong_one_kept_with_its_error() {
    let r = applicant();
    let sent = event(
        "submit",
        &[(wire::ADD, "")],
        &[(wire::ADD_ON, "2026-11-01"), (wire::ADD_FACT, "pilot_site_area"), (wire::ADD_VALUE, "2600")],
    )
    .unwrap();
    let (mut plan, mut form) = (Workplan::default(), AddForm::default());
    assert_eq!(apply(&sent, &r, &mut plan, &mut form, true, Lang::Zh), Outcome::Redraw);
    assert!(plan.changes.is_empty(), "a day before the assessment date is no plan");
    assert_eq!((form.on.as_str(), form.value.as_str()), ("2026-11-01", "2600"), "what was typed stays");
    assert!(form.error.is_some());
    assert_eq!(add(&r, &mut plan, &mut form, "2027-08-01", "2 600 平方米"), Outcome::Changed);
    assert_eq!(plan.changes.len(), 1);
    assert_eq!(form, AddForm::default(), "the form empties once the change is in the plan");
    assert_eq!(focus_after(&sent), Some(wire::CHANGES.to_string()));
    // Removing: by index, one past the end does nothing.
    let remove = event("click", &[(wire::REMOVE, "1")], &[]).unwrap();
    assert_eq!(apply(&remove, &r, &mut plan, &mut form, true, Lang::Zh), Outcome::Nothing);
    let remove = event("click", &[(wire::REMOVE, "0")], &[]).unwrap();
    assert_eq!(apply(&remove, &r, &mut plan, &mut form, true, Lang::Zh), Outcome::Changed);
    assert!(plan.is_empty());
    assert_eq!(plan.write(), "", "an empty plan is carried as nothing");
}

#[test]
fn an_evidence_mark_changes_field_by_field_and_an_unmarked_item_leaves_the_plan() {
    let r = applicant();
    let (mut plan, mut form) = (Workplan::default(), AddForm::default());
    let id = wire::evidence_field("legal-person-certificate", "state");
    let change = |field: &str, value: &str| {
        let id = wire::evidence_field("legal-person-certificate", field);
        event("change", &[(wire::EVIDENCE, "legal-person-certificate"), (wire::FIELD, field)], &[(id.as_str(), value)])
            .unwrap()
    };
    assert_eq!(apply(&change("state", "have"), &r, &mut plan, &mut form, true, Lang::Zh), Outcome::Changed);
    assert_eq!(apply(&change("owner", " 王工 "), &r, &mut plan, &mut form, true, Lang::Zh), Outcome::Changed);
    assert_eq!(apply(&change("due", "2027-01-15"), &r, &mut plan, &mut form, true, Lang::Zh), Outcome::Changed);
    let mark = plan.evidence.get("legal-person-certificate").unwrap();
    assert_eq!((mark.state, mark.owner.as_str()), (MarkState::Have, "王工"));
    assert_eq!(mark.due.map(|d| d.to_string()).as_deref(), Some("2027-01-15"));
    assert_eq!(focus_after(&change("state", "have")), Some(id));
    // Stored and read back the same.
    let back = Workplan::read(&plan.write(), platform_readiness::schemes::catalogue()).unwrap();
    assert_eq!(back, plan);
    // Back to nothing: the item leaves the plan.
    for (field, value) in [("state", "missing"), ("owner", ""), ("due", "")] {
        apply(&change(field, value), &r, &mut plan, &mut form, true, Lang::Zh);
    }
    assert!(plan.evidence.is_empty(), "{plan:?}");
}

#[test]
fn a_report_opened_from_a_link_shows_the_plan_and_only_downloads() {
    let r = applicant();
    let (mut plan, mut form) = (Workplan::default(), AddForm::default());
    let mark = event(
        "change",
        &[(wire::EVIDENCE, "legal-person-certificate"), (wire::FIELD, "state")],
        &[("ev-legal-person-certificate-state", "have")],
    )
    .unwrap();
    assert_eq!(apply(&mark, &r, &mut plan, &mut form, false, Lang::Zh), Outcome::Nothing);
    assert!(plan.is_empty());
    let ics = event("click", &[(wire::DOWNLOAD, "ics")], &[]).unwrap();
    match apply(&ics, &r, &mut plan, &mut form, false, Lang::Zh) {
        Outcome::Download { name, mime, text } => {
            assert!(name.ends_with(".ics"));
            assert_eq!(mime, "text/calendar");
            assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
        }
        other => panic!("{other:?}"),
    }
    let csv = event("click", &[(wire::DOWNLOAD, "csv")], &[]).unwrap();
    match apply(&csv, &r, &mut plan, &mut form, false, Lang::Zh) {
        Outcome::Download { name, text, .. } => {
            assert!(name.ends_with("证明材料清单.csv"), "{name}");
            assert!(text.starts_with('\u{feff}'));
        }
        other => panic!("{other:?}"),
    }
    let shown = plan_page(&r, &plan, &fixes_of(&r), &Screen { editable: false, ..Screen::default() }, Lang::Zh);
    assert!(!shown.contains("<select") && !shown.contains("<form"), "no controls");
    assert!(shown.contains("data-plan-download=\"csv\"") && shown.contains("data-plan-download=\"ics\""));
}

#[test]
fn events_without_the_plans_attributes_are_no_action() {
    assert_eq!(event("click", &[], &[]), None);
    assert_eq!(event("change", &[(wire::EVIDENCE, "x")], &[]), None, "no field named");
    assert_eq!(event("submit", &[], &[]), None, "a form that is not the plan's");
    assert_eq!(event("keydown", &[(wire::REMOVE, "0")], &[]), None);
    assert_eq!(event("click", &[(wire::REMOVE, "first")], &[]), None);
}

#[test]
fn the_downloaded_file_carries_the_checklist_the_timeline_table_and_the_plan_open_and_without_controls() {
    let r = applicant();
    let (mut plan, mut form) = (Workplan::default(), AddForm::default());
    add(&r, &mut plan, &mut form, "2027-08-01", "2600");
    let mark = event(
        "change",
        &[(wire::EVIDENCE, "legal-person-certificate"), (wire::FIELD, "owner")],
        &[("ev-legal-person-certificate-owner", "<b>王工</b>")],
    )
    .unwrap();
    apply(&mark, &r, &mut plan, &mut form, true, Lang::Zh);
    let screen = Screen { editable: true, ..Screen::default() };
    let part = platform_readiness::plan::view::file_markup(&r, &plan, &fixes_of(&r), &screen, Lang::Zh);
    let file = platform_readiness::report::html::standalone_with_plan(&r, Lang::Zh, &part);
    assert!(
        file.contains("证明材料清单") && file.contains("id=\"plan-timeline\"") && file.contains("<table"),
        "checklist and timeline table"
    );
    assert!(file.contains("2027 年 8 月 1 日起，"), "the planned change");
    assert!(file.contains("&lt;b&gt;王工&lt;/b&gt;") && !file.contains("<b>王工"), "the owner, escaped");
    assert!(!file.contains("<select") && !file.contains("<form") && !file.contains("data-plan-remove"), "no controls");
    assert!(
        !part.contains("<details>") && !part.contains("<details class"),
        "every part of the plan open: {}",
        part.matches("<details").count()
    );
    assert!(file.contains(".evidence-item"), "with the plan's style");
    // The plan sits in the report's <main>, before the footer.
    assert!(file.find("plan-checklist").unwrap() < file.find("<footer").unwrap());
}

#[test]
fn the_largest_plan_the_app_can_write_is_kept_whole_and_fits_a_share_link() {
    use platform_readiness::engine::plan::PlannedChange;
    use platform_readiness::engine::FactValue;
    use platform_readiness::plan::evidence::checklist;
    use platform_readiness::plan::state::{MAX_CHANGES, MAX_TEXT};
    use platform_readiness::plan::Mark;
    use platform_readiness::schemes::catalogue;
    let all: Vec<String> = catalogue().schemes.iter().map(|s| s.id.to_string()).collect();
    let mut r = applicant();
    r.schemes = all.clone();
    // Every document of every scheme marked, its owner and note as long as kept, in Chinese.
    let long = "中".repeat(MAX_TEXT);
    let mut plan = Workplan::default();
    for item in checklist(catalogue(), &all) {
        let mark = Mark { state: MarkState::InProgress, owner: long.clone(), due: None, note: long.clone() };
        plan.evidence.insert(item.id.to_string(), mark);
    }
    for i in 0..MAX_CHANGES {
        let on = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Days::new(i as u64);
        plan.changes.push(PlannedChange::set(on, "pilot_site_area", FactValue::Number(123_456.75)));
    }
    r.profile.plan = plan.write();
    let size = r.profile.plan.len();
    assert!(size <= platform_readiness::engine::profile::MAX_PLAN_BYTES, "{size} bytes");
    let mut kept = r.profile.clone();
    assert_eq!(kept.sanitize(catalogue()), 0, "nothing dropped");
    assert_eq!(Workplan::read(&kept.plan, catalogue()).unwrap(), plan, "read back whole");
    // In a file, and in a link.
    assert_eq!(Report::from_json(&r.to_json()).unwrap().profile.plan, r.profile.plan);
    let link = platform_readiness::report::share::encode(&r.schemes, &r.profile);
    let (_, back) = platform_readiness::report::share::decode(&link).expect("the link opens");
    assert_eq!(back.plan, r.profile.plan);
}
