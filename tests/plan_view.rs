//! The plan's markup (`plan::timeline`, `plan::sections`): the timeline draws exactly the engine's
//! dates, in order, with today and every citation; a planned change moves the "with the plan"
//! day; the applicant's and a file's text is escaped; every word is in both languages.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use chrono::NaiveDate;
use platform_readiness::engine::plan::{Change, Plan, PlannedChange};
use platform_readiness::engine::FactValue;
use platform_readiness::i18n::Lang;
use platform_readiness::plan::fields::{self, read_change, AddForm, ChangeError};
use platform_readiness::plan::plan_words::PlanWord;
use platform_readiness::plan::sections::{self, figure, fixes_of, forward_section, margin_text, plan_page, Screen};
use platform_readiness::plan::timeline::{self, calendar, timeline_svg, Timeline};
use platform_readiness::plan::Workplan;
use platform_readiness::report::diff::{CriterionChange, RulesDiff, SchemeChange, StatusKind, VerdictKind};
use platform_readiness::report::ics::{dated_events, DateKind};
use platform_readiness::report::Report;
use platform_readiness::schemes::catalogue;
use support::*;

const HOSTILE: &str = "<script>alert(1)</script>\"'&";

/// The XPCC applicant of the calendar tests: registered 2025-06-01 (满两年 on 2027-06-01) and
/// 500 m² short; the centre's applicant whose director turns 61 on 2027-03-01.
fn applicant() -> platform_readiness::engine::Profile {
    ideal("2026-12-01", "bingtuan")
        .with("pilot_site_area", num(1500.0))
        .with("registration_date", date("2025-06-01"))
        .with("operating_normally_since", date("2025-06-01"))
        .with("director_birth_date", date("1966-03-01"))
}

fn all_schemes() -> Vec<String> {
    catalogue().schemes.iter().map(|s| s.id.to_string()).collect()
}

fn area_plan(on: &str) -> Workplan {
    Workplan { changes: vec![PlannedChange::set(d(on), "pilot_site_area", num(2600.0))], ..Workplan::default() }
}

fn report(profile: platform_readiness::engine::Profile, schemes: Vec<String>) -> Report {
    Report::new("r1".into(), "某公司".into(), schemes, profile)
}

/// A mark of the picture as written: its classes, day, x and the text of its `<title>`.
#[derive(Debug)]
struct Drawn {
    class: String,
    day: chrono::NaiveDate,
    x: f64,
    title: String,
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let rest = &tag[at..];
    Some(&rest[..rest.find('"')?])
}

fn marks(svg: &str) -> Vec<Drawn> {
    let mut out = Vec::new();
    for (at, _) in svg.match_indices("<g class=\"mark ") {
        let tag = &svg[at..at + svg[at..].find('>').unwrap()];
        let transform = attr(tag, "transform").unwrap();
        let x: f64 = transform.trim_start_matches("translate(").split(' ').next().unwrap().parse().unwrap();
        let title_at = at + svg[at..].find("<title>").unwrap() + 7;
        let title = svg[title_at..title_at + svg[title_at..].find("</title>").unwrap()].to_string();
        assert_eq!(attr(tag, "tabindex"), Some("0"), "a mark is focusable: {tag}");
        assert_eq!(attr(tag, "role"), Some("img"), "{tag}");
        assert!(attr(tag, "aria-label").is_some_and(|l| !l.is_empty()), "{tag}");
        out.push(Drawn {
            class: attr(tag, "class").unwrap().to_string(),
            day: d(attr(tag, "data-day").unwrap()),
            x,
            title,
        });
    }
    out
}

fn screen(diff: Option<&RulesDiff>, today: NaiveDate, editable: bool, form: &AddForm) -> Screen {
    Screen { diff: diff.cloned(), today, editable, form: form.clone(), open_item: None }
}

#[test]
fn the_timeline_draws_exactly_the_engines_dates() {
    let p = applicant();
    let plan = area_plan("2027-03-01");
    let ids = all_schemes();
    let events = dated_events(catalogue(), &p, &plan.engine_plan(), &ids);
    assert!(events.len() >= 5, "{events:?}");
    let t = Timeline::build(catalogue(), &p, &plan.engine_plan(), &ids, d("2026-12-01"));
    assert_eq!(t.events, events, "one source: the timeline's dates are dated_events'");
    for lang in [Lang::Zh, Lang::En] {
        let svg = timeline_svg(&t, lang).into_string();
        let drawn = marks(&svg);
        assert_eq!(drawn.len(), events.len(), "one mark per date");
        let mut got: Vec<_> = drawn.iter().map(|m| m.day).collect();
        let mut want: Vec<_> = events.iter().map(|e| e.day).collect();
        got.sort();
        want.sort();
        assert_eq!(got, want, "the marks' days are the dates' days");
        // Each mark names its kind by class, in the order of the events.
        for (m, e) in drawn.iter().zip(&events) {
            assert!(m.class.contains(e.kind.name()), "{} for {:?}", m.class, e.kind);
            assert_eq!(m.day, e.day);
        }
        // The table says the same: one row per date.
        let table = timeline::timeline_table(&t, lang).into_string();
        assert_eq!(table.matches("<tr class=").count(), events.len());
    }
}

#[test]
fn a_marks_place_grows_with_its_day() {
    let p = applicant();
    let plan = area_plan("2027-03-01");
    let t = Timeline::build(catalogue(), &p, &plan.engine_plan(), &all_schemes(), d("2026-12-01"));
    let mut drawn = marks(&timeline_svg(&t, Lang::Zh).into_string());
    drawn.sort_by_key(|m| m.day);
    for pair in drawn.windows(2) {
        assert!(pair[0].x <= pair[1].x, "{pair:?}");
        if pair[0].day < pair[1].day && pair[1].day <= t.to {
            assert!(pair[0].x < pair[1].x, "a later day within the window stands further right: {pair:?}");
        }
    }
    // Days after the window stand right of every day within it; the window's ends are the axis'.
    let inside = drawn.iter().filter(|m| m.day <= t.to).map(|m| m.x).fold(f64::MIN, f64::max);
    assert!(drawn.iter().filter(|m| m.day > t.to).all(|m| m.x > inside));
    assert!(drawn.iter().any(|m| m.day > t.to), "the centre's measures end after 36 months");
    assert_eq!(t.x(t.from), timeline::geometry::AXIS_START);
    assert_eq!(t.x(t.to), timeline::geometry::AXIS_END);
    assert_eq!(t.to, d("2029-12-01"));
}

#[test]
fn today_is_marked_and_the_picture_is_named() {
    let p = applicant();
    let t = Timeline::build(catalogue(), &p, &Plan::default(), &all_schemes(), d("2027-01-15"));
    let svg = timeline_svg(&t, Lang::Zh).into_string();
    assert!(svg.contains("<g class=\"today\" data-day=\"2027-01-15\""), "{svg}");
    assert!(svg.contains("今天"));
    assert!(svg.starts_with("<svg class=\"timeline-chart\""));
    assert!(svg.contains("role=\"group\" aria-label=\"时间线图：2026 年 12 月 1 日至 2029 年 12 月 1 日\""), "{svg}");
    // Month ticks and year labels.
    assert!(svg.contains(">2027</text>") && svg.contains(">2029</text>"));
    assert_eq!(svg.matches("class=\"year-tick\"").count(), 3);
    assert_eq!(svg.matches("class=\"month-tick\"").count(), 33);
    // A day the window does not hold is not drawn.
    let later = Timeline::build(catalogue(), &p, &Plan::default(), &all_schemes(), d("2031-01-01"));
    assert!(!timeline_svg(&later, Lang::Zh).into_string().contains("class=\"today\""));
}

#[test]
fn a_mark_carries_its_criterion_and_citation() {
    let p = applicant();
    let ids = vec![CENTRE.to_string(), XPCC.to_string()];
    let t = Timeline::build(catalogue(), &p, &Plan::default(), &ids, d("2026-12-01"));
    let drawn = marks(&timeline_svg(&t, Lang::Zh).into_string());
    for (m, e) in drawn.iter().zip(&t.events) {
        let cited = e.citation(catalogue()).unwrap().zh().to_string();
        assert!(m.title.contains(&cited), "{} lacks {cited}", m.title);
    }
    let last_day = drawn.iter().find(|m| m.class.contains("last-day")).expect("the director's last day at 60");
    assert_eq!(last_day.day, d("2027-02-28"));
    assert!(last_day.title.contains("第九条（三）"), "{}", last_day.title);
    let milestone = drawn.iter().find(|m| m.class.contains("milestone")).unwrap();
    assert_eq!(milestone.day, d("2027-12-31"));
    assert!(milestone.title.contains("第十七条") && milestone.title.contains("过渡期"), "{}", milestone.title);
    // The table has the same facts, in English too.
    let table = timeline::timeline_table(&t, Lang::En).into_string();
    assert!(table.contains("Art. 9 (3)") || table.contains("Art. 9(3)"), "{table}");
    assert!(table.contains("28 February 2027"));
    // Each measure's period: stated, or said not to be.
    let zh = timeline::timeline_table(&t, Lang::Zh).into_string();
    assert!(zh.contains("文本未载明"), "the XPCC measure's start is not stated: {zh}");
}

#[test]
fn a_planned_change_moves_the_day_with_the_plan() {
    let p =
        applicant().with("registration_date", date("2015-03-01")).with("operating_normally_since", date("2015-03-01"));
    let ids = vec![XPCC.to_string()];
    let with_plan_day = |plan: &Workplan| {
        let t = Timeline::build(catalogue(), &p, &plan.engine_plan(), &ids, d("2026-12-01"));
        marks(&timeline_svg(&t, Lang::Zh).into_string())
            .into_iter()
            .find(|m| m.class.contains("ready-with-plan"))
            .map(|m| (m.day, m.x))
    };
    assert_eq!(with_plan_day(&Workplan::default()), None, "no plan, no such day");
    let (march, x_march) = with_plan_day(&area_plan("2027-03-01")).unwrap();
    let (april, x_april) = with_plan_day(&area_plan("2027-04-01")).unwrap();
    assert_eq!((march, april), (d("2027-03-01"), d("2027-04-01")));
    assert!(x_march < x_april);

    // The forward section says it next to the verdict as things are, shown as planned.
    let r = report(p.clone(), ids.clone());
    let html = forward_section(&r, &area_plan("2027-03-01"), true, &AddForm::default(), Lang::Zh).into_string();
    assert!(html.contains("按现状：尚有差距"), "{html}");
    assert!(html.contains("按计划：自 2027 年 3 月 1 日起可申报"), "{html}");
    assert!(html.contains("2027 年 3 月 1 日起，中试场地及配套设施面积为 2\u{a0}600 m²"), "{html}");
    assert!(
        html.contains("<li class=\"planned\" data-day=\"2027-03-01\"><span class=\"pill planned-pill\">计划</span>"),
        "{html}"
    );
    assert!(html.contains("data-plan-remove=\"0\""));
    let en = forward_section(&r, &area_plan("2027-03-01"), true, &AddForm::default(), Lang::En).into_string();
    assert!(en.contains("With your plan: ready from 1 March 2027"), "{en}");
    // The day before and the day after: the plan on 2027-03-02 moves it by one day.
    assert_eq!(with_plan_day(&area_plan("2027-03-02")).unwrap().0, d("2027-03-02"));
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    let p = applicant();
    let mut r = report(p, all_schemes());
    r.name = HOSTILE.into();
    // An unsanitised plan from a file: a choice no question offers, a fact no catalogue has.
    let plan = Workplan {
        changes: vec![
            PlannedChange::set(d("2027-03-01"), "org_kind", FactValue::Choice(HOSTILE.into())),
            PlannedChange::set(d("2027-03-01"), HOSTILE, FactValue::Choice(HOSTILE.into())),
        ],
        ..Workplan::default()
    };
    let diff = RulesDiff {
        then_rules: HOSTILE.into(),
        then_hash: HOSTILE.into(),
        now_hash: "abc".into(),
        schemes: vec![SchemeChange {
            scheme: XPCC.into(),
            then: Some(VerdictKind::Ready),
            now: VerdictKind::Gaps,
            criteria: vec![CriterionChange {
                criterion: HOSTILE.into(),
                then: Some(StatusKind::Met),
                now: None,
                citation: None,
            }],
        }],
        gone: vec![HOSTILE.into()],
    };
    let hostile_form = AddForm {
        on: HOSTILE.into(),
        fact: HOSTILE.into(),
        value: HOSTILE.into(),
        error: Some(ChangeError::Plan(PlanWord::ErrNoValue)),
    };
    for lang in [Lang::Zh, Lang::En] {
        let page =
            plan_page(&r, &plan, &fixes_of(&r), &screen(Some(&diff), d("2026-12-01"), true, &hostile_form), lang);
        assert!(!page.contains("<script"), "{page}");
        assert!(!page.contains("\"'&"), "every quote and & is escaped");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;'&amp;"), "the text is shown, escaped");
    }
}

#[test]
fn every_word_is_in_both_languages() {
    let cjk = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    // Full-width punctuation (，；：（）…): Chinese text's own, never English text's.
    let full_width = |c: char| ('\u{3000}'..='\u{303f}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c);
    for w in PlanWord::ALL {
        let (zh, en) = w.both();
        assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{w:?}");
        assert_ne!(zh, en, "{w:?}");
        // A word of punctuation alone (the list separator) is Chinese by its full-width marks.
        let punctuation_only = zh.chars().all(|c| full_width(c) || c.is_whitespace());
        assert!(cjk(zh) || punctuation_only, "{w:?} in Chinese: {zh}");
        assert!(!cjk(en) && !en.chars().any(full_width), "{w:?} in English holds Chinese: {en}");
        assert_eq!(PlanWord::places(zh), PlanWord::places(en), "{w:?}: the same figures in both");
        for i in 0..PlanWord::places(zh) {
            let place = format!("{{{i}}}");
            assert!(zh.contains(&place) && en.contains(&place), "{w:?} lacks {place}");
        }
    }
    // The sections in English hold no Chinese of their own (the scheme data's names are English).
    let r = report(applicant(), all_schemes());
    let page = plan_page(
        &r,
        &area_plan("2027-03-01"),
        &fixes_of(&r),
        &screen(None, d("2026-12-01"), true, &AddForm::default()),
        Lang::En,
    );
    assert!(!page.contains("{0}") && !page.contains("{1}"), "every figure filled in");
    let zh_words: Vec<&str> = PlanWord::ALL.iter().map(|w| w.both().0).filter(|z| !z.contains('{')).collect();
    for z in zh_words {
        assert!(!page.contains(&format!(">{z}<")), "{z} in the English page");
    }
}

#[test]
fn the_markup_writes_the_attributes_and_ids_of_the_fields_module() {
    let r = report(applicant(), all_schemes());
    let page = plan_page(
        &r,
        &area_plan("2027-03-01"),
        &fixes_of(&r),
        &screen(None, d("2026-12-01"), true, &AddForm::default()),
        Lang::Zh,
    );
    for a in sections::ATTRIBUTES {
        assert!(page.contains(&format!(" {a}=")), "{a}");
    }
    assert!(page.contains(&format!("{}=\"0\"", fields::PLAN_REMOVE)));
    for id in [
        fields::FORM_ID,
        fields::DATE_ID,
        fields::FACT_ID,
        fields::VALUE_ID,
        fields::VALUE_SLOT_ID,
        fields::ERROR_ID,
        fields::HINT_ID,
        fields::CHANGES_ID,
    ] {
        assert!(page.contains(&format!("id=\"{id}\"")), "{id}");
    }
    assert!(page.contains("<form class=\"plan-add\" id=\"plan-add\" data-plan-add=\"\""), "the form is sent by submit");
    assert!(page.contains("<button class=\"primary\" type=\"submit\" data-plan-add=\"\">"));
    assert!(page.contains(&format!("{}=\"{}\"", fields::PLAN_DOWNLOAD, fields::ICS)));
    assert!(
        page.contains(&format!("<h3 id=\"{}\" tabindex=\"-1\">", fields::CHANGES_ID)),
        "the focus can go back there"
    );
    // Where the plan may not be changed (someone else's link), it is shown without its controls.
    let shown = plan_page(
        &r,
        &area_plan("2027-03-01"),
        &fixes_of(&r),
        &screen(None, d("2026-12-01"), false, &AddForm::default()),
        Lang::Zh,
    );
    assert!(shown.contains("中试场地及配套设施面积为 2\u{a0}600 m²"));
    assert!(
        !shown.contains(fields::PLAN_REMOVE) && !shown.contains(fields::PLAN_ADD) && !shown.contains(fields::DATE_ID)
    );
    assert!(shown.contains(fields::PLAN_DOWNLOAD), "the calendar still downloads");
    // The fact select offers numbers, counts, yes/no, dates and choices, never the incidents list.
    assert!(page.contains("<option value=\"pilot_site_area\">"));
    assert!(page.contains("<option value=\"registration_date\">"));
    assert!(!page.contains("<option value=\"incidents\">"));
    // The value field follows the fact.
    let yes_no = sections::value_field(Some("centre_revoked"), "", false, Lang::Zh).into_string();
    assert!(yes_no.contains("<select id=\"plan-add-value\"") && yes_no.contains("value=\"yes\""), "{yes_no}");
    let area = sections::value_field(Some("pilot_site_area"), "", false, Lang::Zh).into_string();
    assert!(area.contains("<input id=\"plan-add-value\" type=\"text\"") && area.contains("m²"), "{area}");
}

#[test]
fn the_form_reads_a_change_as_the_questions_read_answers() {
    let ids = all_schemes();
    let on = d("2026-12-01");
    let read = |day: &str, fact: &str, value: &str| read_change(catalogue(), &ids, on, 0, day, fact, value);
    assert_eq!(
        read("2027-03-01", "pilot_site_area", "2,600").unwrap(),
        PlannedChange::set(d("2027-03-01"), "pilot_site_area", num(2600.0))
    );
    assert_eq!(read("2027年3月1日", "technical_staff", "２７").unwrap().change, Change::Set { value: num(27.0) });
    assert_eq!(read("2027-03-01", "centre_revoked", "no").unwrap().change, Change::Set { value: yes(false) });
    assert_eq!(
        read("2027-03-01", "centre_revoked", "否").unwrap().change,
        Change::Set { value: yes(false) },
        "words typed"
    );
    assert_eq!(read("2027-03-01", "centre_revoked", "maybe"), Err(ChangeError::Plan(PlanWord::ErrNoValue)));
    let director = catalogue().fact("director_title").unwrap();
    let senior = &director.options[0];
    for typed in [senior.id.to_string(), senior.label.zh().to_string(), senior.label.en().to_string()] {
        assert_eq!(
            read("2027-03-01", "director_title", &typed).unwrap().change,
            Change::Set { value: choice(&senior.id) }
        );
    }
    assert_eq!(read("2026-11-30", "pilot_site_area", "2600"), Err(ChangeError::Plan(PlanWord::ErrDateBefore)));
    assert_eq!(read("2026-12-01", "pilot_site_area", "2600"), Err(ChangeError::Plan(PlanWord::ErrDateBefore)));
    assert!(read("2026-12-02", "pilot_site_area", "2600").is_ok(), "the day after the assessment date");
    assert_eq!(read("", "pilot_site_area", "2600"), Err(ChangeError::Plan(PlanWord::ErrNoDate)));
    assert_eq!(read("2027-03-01", "incidents", "x"), Err(ChangeError::Plan(PlanWord::ErrNoFact)));
    assert_eq!(read("2027-03-01", "pilot_site_area", ""), Err(ChangeError::Plan(PlanWord::ErrNoValue)));
    assert!(matches!(read("2027-03-01", "pilot_site_area", "很多"), Err(ChangeError::Value(_))));
    assert_eq!(
        read_change(
            catalogue(),
            &ids,
            on,
            platform_readiness::plan::state::MAX_CHANGES,
            "2027-03-01",
            "pilot_site_area",
            "1"
        ),
        Err(ChangeError::Plan(PlanWord::ErrTooMany))
    );
    assert!(!read("2027-03-01", "pilot_site_area", "很多").unwrap_err().text(Lang::En).is_empty());
}

#[test]
fn fixes_say_the_shortfall_and_what_it_unlocks() {
    let p =
        applicant().with("registration_date", date("2015-03-01")).with("operating_normally_since", date("2015-03-01"));
    let r = report(p, vec![XPCC.to_string()]);
    let page = plan_page(
        &r,
        &Workplan::default(),
        &fixes_of(&r),
        &screen(None, d("2026-12-01"), true, &AddForm::default()),
        Lang::Zh,
    );
    // At the top of the report: the closest schemes, then those one change away, linking to the fix.
    let top = sections::plan_top(&fixes_of(&r), Lang::Zh);
    let closest = top.find("最接近的办法").expect("closest first");
    let one_away = top.find("只差一步").expect("then one change away");
    assert!(closest < one_away);
    assert!(top.contains("href=\"#plan-fix-0\""), "{top}");
    // Below the report: the ranked fixes, the linked one among them.
    assert!(page.contains("先补哪一项最有用") && page.contains("id=\"plan-fix-0\""));
    assert!(page.contains("：增加 500 m²（达到 2\u{a0}000 m²）"), "{page}");
    assert!(page.contains("完成后可申报："), "the area alone makes the XPCC scheme ready");
}

#[test]
fn narrow_margins_are_sentences_with_their_figures() {
    let p = ideal("2026-12-01", "bingtuan").with("pilot_site_area", num(2050.0));
    let list = platform_readiness::engine::margins::narrow(catalogue(), &p, &[XPCC.to_string()], &Default::default());
    let area = list.iter().find(|n| n.fact == "pilot_site_area").expect("2 050 m² against 2 000 m²");
    let zh = margin_text(area, Lang::Zh);
    assert!(zh.ends_with("2\u{a0}050 m²，仅比要求的 2\u{a0}000 m² 多 2.5 %"), "{zh}");
    assert!(margin_text(area, Lang::En).contains("only 2.5 % above the 2\u{a0}000 m² required"));
    assert_eq!(figure(2050.0), "2\u{a0}050");
    assert_eq!(figure(950.5), "950.5");
    assert_eq!(figure(1234567.25), "1\u{a0}234\u{a0}567.25");
}

#[test]
fn a_rules_diff_shows_then_and_now_and_nothing_without_one() {
    assert_eq!(sections::diff_section(None, Lang::Zh).into_string(), "");
    // What the file recorded then: the XPCC applicant with the area it needs; now the area is short.
    let p =
        applicant().with("registration_date", date("2015-03-01")).with("operating_normally_since", date("2015-03-01"));
    let ids = vec![XPCC.to_string()];
    let then = platform_readiness::engine::assess(catalogue(), &p.clone().with("pilot_site_area", num(2600.0)), &ids);
    let recorded = platform_readiness::report::diff::Recorded::of(&then);
    let r = report(p, ids);
    assert!(platform_readiness::report::diff::diff(&r, &recorded, catalogue(), &r.stamp.rules_hash).is_none());
    let diff = platform_readiness::report::diff::diff(&r, &recorded, catalogue(), "4567").expect("other rules");
    let html = sections::diff_section(Some(&diff), Lang::Zh).into_string();
    assert!(html.contains("当时：条件已具备 → 现在：<strong>尚有差距</strong>"), "{html}");
    assert!(html.contains("<strong>第七条（三）</strong>"), "the criterion with its current citation: {html}");
    assert!(html.contains("符合</span></span> → <span class=\"status not_met\">"), "{html}");
    assert!(html.contains("4567"));
    let en = sections::diff_section(Some(&diff), Lang::En).into_string();
    assert!(en.contains("Then: Ready to apply"), "{en}");
}

#[test]
fn the_calendar_holds_every_date_in_the_chosen_language() {
    let r = report(applicant(), all_schemes());
    let plan = area_plan("2027-03-01");
    let stamp = d("2026-12-01").and_hms_opt(9, 0, 0).unwrap();
    let events = dated_events(catalogue(), &r.profile, &plan.engine_plan(), &r.schemes);
    let zh = calendar(&r, &plan, Lang::Zh, stamp);
    assert_eq!(zh.matches("BEGIN:VEVENT").count(), events.len());
    assert!(zh.contains("SUMMARY:按计划最早可申报"), "{zh}");
    let en = calendar(&r, &plan, Lang::En, stamp);
    assert!(en.contains("SUMMARY:Earliest day to apply\\, with the plan"), "{en}");
    assert_eq!(timeline::calendar_file_name(&r), format!("{}.ics", r.file_stem()));
    assert!(events.iter().any(|e| e.kind == DateKind::ReadyWithPlan));
}

#[test]
fn a_share_says_each_way_to_reach_it() {
    // 15 qualified of 30 full-time staff against 60 % (第七条（四）): 3 existing staff who qualify,
    // or 8 new hires who do.
    let p = ideal("2026-12-01", "bingtuan").with("qualified_staff", num(15.0)).with("technical_staff", num(20.0));
    let r = report(p, vec![XPCC.to_string()]);
    let page = plan_page(
        &r,
        &Workplan::default(),
        &fixes_of(&r),
        &screen(None, d("2026-12-01"), true, &AddForm::default()),
        Lang::Zh,
    );
    let qualify = "在现有的“基地专职人员总数”中，再有 3 人符合“本科以上学历、中级以上职称或 8 年以上工龄的技术人员”";
    let hire = "新聘 8 人“本科以上学历、中级以上职称或 8 年以上工龄的技术人员”（同时计入“基地专职人员总数”）";
    assert!(page.contains(qualify) && page.contains(hire), "{page}");
    assert!(page.matches("其他做法：").count() >= 2, "each names the other");
    let en = plan_page(
        &r,
        &Workplan::default(),
        &fixes_of(&r),
        &screen(None, d("2026-12-01"), true, &AddForm::default()),
        Lang::En,
    );
    assert!(en.contains("another 3 people qualify as") && en.contains("Hire 8 people as"), "{en}");
}

#[test]
fn a_number_exactly_at_its_threshold_says_so() {
    let p = ideal("2026-12-01", "yangquan").with("fixed_staff", num(20.0)).with("lead_unit_st_staff", num(10.0));
    let list = platform_readiness::engine::margins::narrow(catalogue(), &p, &[CENTRE.to_string()], &Default::default());
    let said: Vec<String> = list.iter().map(|n| margin_text(n, Lang::Zh)).collect();
    assert!(said.iter().any(|s| s.ends_with("20 人，刚好达到要求的 20 人")), "{said:?}");
    assert!(
        said.iter().any(|s| s.contains("占比 50 %（20 人中有 10 人），要求至少 50 %：再减少 1 人就不满足")),
        "{said:?}"
    );
}

#[test]
fn the_form_drawn_again_after_an_error_keeps_what_was_typed() {
    let r = report(applicant(), all_schemes());
    let ids = all_schemes();
    let error =
        read_change(catalogue(), &ids, d("2026-12-01"), 0, "2027-03-01", "pilot_site_area", "很多").unwrap_err();
    assert_eq!(error.field(), Some(fields::VALUE_ID));
    let form =
        AddForm { on: "2027-03-01".into(), fact: "pilot_site_area".into(), value: "很多".into(), error: Some(error) };
    let html = sections::add_form(&r, &form, Lang::Zh).into_string();
    assert!(html.contains("value=\"2027-03-01\""), "{html}");
    assert!(html.contains("<option value=\"pilot_site_area\" selected>"), "{html}");
    assert!(
        html.contains("value=\"很多\" aria-describedby=\"plan-add-hint plan-add-error\" aria-invalid=\"true\""),
        "{html}"
    );
    assert!(html.contains("role=\"alert\">请输入数字"), "the error in words: {html}");
    assert_eq!(html.matches("aria-invalid").count(), 1, "only the field it is about");
    // A yes/no keeps the answer chosen.
    let choice = sections::value_field(Some("centre_revoked"), fields::NO, false, Lang::Zh).into_string();
    assert!(choice.contains("<option value=\"no\" selected>"), "{choice}");
    assert_eq!(ChangeError::Plan(PlanWord::ErrDateBefore).field(), Some(fields::DATE_ID));
    assert_eq!(ChangeError::Plan(PlanWord::ErrTooMany).field(), None);
}

#[test]
fn a_planned_incident_says_its_day_once_in_words() {
    use platform_readiness::schemes::{IncidentKind, Severity};
    let c = PlannedChange::incident(d("2027-03-01"), "incidents", IncidentKind::Safety, Severity::Major);
    assert_eq!(sections::change_text(&c, Lang::Zh), "2027 年 3 月 1 日：假设发生一起生产安全事故（重大）");
    let en = sections::change_text(&c, Lang::En);
    assert!(en.starts_with("1 March 2027: ") && !en.contains("2027-03-01"), "{en}");
}
