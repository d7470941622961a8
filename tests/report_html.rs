//! The standalone HTML report: complete, escaped, script-free; and the JSON report round trip.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use platform_readiness::engine::{FactValue, Incident, Profile, Status, Verdict};
use platform_readiness::i18n::{Lang, Msg};
use platform_readiness::report::html::standalone;
use platform_readiness::report::{text, Report};
use platform_readiness::schemes::{catalogue, IncidentKind, Severity, RULES_HASH};

/// `text` as the report writes it: escaped by maud, as every interpolation is.
fn escaped(text: &str) -> String {
    maud::html! { (text) }.into_string()
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn all_schemes() -> Vec<String> {
    catalogue().schemes.iter().map(|s| s.id.to_string()).collect()
}

/// A young Shaoxing enterprise: much in place, some gaps, some answers still missing, and one
/// general safety accident last year.
fn realistic_profile() -> Profile {
    let n = FactValue::Number;
    let yes = FactValue::YesNo(true);
    let no = FactValue::YesNo(false);
    let mut p = Profile::new(d("2026-11-23"))
        .with("org_kind", FactValue::Choice("enterprise".into()))
        .with("location", FactValue::Choice("shaoxing".into()))
        .with("industry_field", FactValue::Choice("new_materials".into()))
        .with("independent_legal_person", yes.clone())
        .with("registration_date", FactValue::Date(d("2026-03-01")))
        .with("operating_normally_since", FactValue::Date(d("2026-03-01")))
        .with("via_host_unit", no.clone())
        .with("credit_clean", yes.clone())
        .with("no_serious_misconduct", yes.clone())
        .with("fits_regional_industry", yes.clone())
        .with("site_fixed", yes.clone())
        .with("pilot_site_area", n(1500.0))
        .with("rd_office_area", n(820.5))
        .with("pilot_equipment_value", n(380.0))
        .with("has_pilot_line", yes.clone())
        .with("has_testing_instruments", yes.clone())
        .with("has_pilot_equipment", yes.clone())
        .with("fulltime_staff", n(10.0))
        .with("technical_staff", n(8.0))
        .with("qualified_staff", n(5.0))
        .with("engineering_lead", yes.clone())
        .with("fixed_rd_team", yes.clone())
        .with("director_title", FactValue::Choice("intermediate".into()))
        .with("director_birth_date", FactValue::Date(d("1968-05-01")))
        .with("supporting_units", n(4.0))
        .with("owns_ip", yes.clone())
        .with("safety_env_facilities", yes.clone())
        .with("standards_compliant", no.clone())
        .with("management_system", yes.clone())
        .with("service_procedures_fees", no)
        .with("ethics_sensitive", FactValue::YesNo(false))
        .with(
            "incidents",
            FactValue::Incidents(vec![Incident {
                date: d("2025-08-12"),
                kind: IncidentKind::Safety,
                severity: Severity::General,
            }]),
        );
    p.set_score("shaoxing-pilot-base", "pilot-site-area", Some(3.0));
    p.set_score("shaoxing-pilot-base", "service-income", Some(12.5));
    p.set_score("shaoxing-pilot-base", "social-economic-benefit", Some(2.0));
    p
}

fn report() -> Report {
    Report::new("r-1".into(), "绍兴某新材料有限公司".into(), all_schemes(), realistic_profile())
}

#[test]
fn the_fixture_is_realistic() {
    let r = report();
    assert_eq!(r.assessment.schemes.len(), catalogue().schemes.len());
    let all: Vec<Status> = r.assessment.schemes.iter().flat_map(|s| s.outcomes.iter().map(|o| o.status)).collect();
    for status in [Status::Met, Status::NotMet, Status::Unknown] {
        assert!(all.contains(&status), "no {status:?} outcome");
    }
    assert!(r.assessment.schemes.iter().any(|s| s.outcomes.iter().any(|o| !o.shortfalls.is_empty())));
    assert!(r.assessment.schemes.iter().any(|s| !s.unknown_facts.is_empty()));
}

#[test]
fn the_document_is_complete_and_standalone() {
    let r = report();
    for lang in [Lang::Zh, Lang::En] {
        let html = standalone(&r, lang);
        assert!(html.starts_with("<!DOCTYPE html>\n"));
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())));
        assert!(html.contains("<meta charset=\"utf-8\">"));
        assert!(html.contains(r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">"#));
        assert!(html.contains(r#""Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif"#));
        assert!(html.contains("@media print"));
        assert!(html.contains("table.criteria thead{display:table-header-group}"));
        assert!(html.contains("break-inside:avoid"));
        assert!(html.trim_end().ends_with("</html>"));
        // Nothing is fetched: no external stylesheet, image, frame or script source.
        for banned in [
            "<script",
            "<link",
            "<iframe",
            "<img",
            "<object",
            "<embed",
            "src=",
            "http://",
            "https://",
            "javascript:",
            " on",
        ] {
            let lower = html.to_lowercase();
            if banned == " on" {
                assert!(
                    !lower.split('<').skip(1).any(|tag| tag
                        .split('>')
                        .next()
                        .unwrap_or("")
                        .split_whitespace()
                        .skip(1)
                        .any(|a| a.starts_with("on"))),
                    "an event handler attribute"
                );
            } else {
                assert!(!lower.contains(banned), "{banned} in the {lang:?} report");
            }
        }
        // Balanced structure.
        for tag in ["table", "thead", "tbody", "tr", "section", "ol", "ul", "p", "li"] {
            let opened = html.matches(&format!("<{tag}>")).count() + html.matches(&format!("<{tag} ")).count();
            assert_eq!(opened, html.matches(&format!("</{tag}>")).count(), "<{tag}> in the {lang:?} report");
        }
    }
}

#[test]
fn every_criterion_verdict_and_shortfall_is_in_the_report() {
    let r = report();
    for lang in [Lang::Zh, Lang::En] {
        let en = lang.is_en();
        let html = standalone(&r, lang);
        assert!(html.contains(&escaped(&r.name)));
        for id in &r.schemes {
            let scheme = catalogue().scheme(id).unwrap();
            assert!(html.contains(&escaped(scheme.name.get(en))), "{id}");
            assert!(html.contains(&escaped(scheme.issuer.get(en))), "{id}");
            if let Some(no) = &scheme.document_number {
                assert!(html.contains(&escaped(no)), "{id}");
            }
            assert!(html.contains(&escaped(scheme.period.citation.get(en))), "{id}");
            for c in &scheme.criteria {
                assert!(html.contains(&escaped(c.citation.get(en))), "{id}/{}: citation", c.id);
                assert!(html.contains(&escaped(c.summary.get(en))), "{id}/{}: summary", c.id);
                assert!(html.contains(&escaped(&c.quote)), "{id}/{}: quote", c.id);
                // Every note that speaks to these answers (the others: see below).
                if let Some(note) = c.note.as_ref().filter(|_| platform_readiness::engine::note_applies(c, &r.profile))
                {
                    assert!(html.contains(&escaped(note.get(en))), "{id}/{}: note", c.id);
                }
            }
            for cited in scheme.documents.iter().chain(&scheme.process).chain(&scheme.duties).chain(&scheme.support) {
                assert!(html.contains(&escaped(cited.summary.get(en))), "{id}: {}", cited.summary.get(en));
                assert!(html.contains(&escaped(cited.citation.get(en))), "{id}: {}", cited.citation.get(en));
            }
        }
        for s in &r.assessment.schemes {
            assert!(html.contains(&escaped(&text::verdict(&s.verdict, lang))), "{}: verdict", s.scheme);
            assert!(html.contains(&escaped(&text::validity(&s.validity, lang))), "{}: validity", s.scheme);
            let standing = platform_readiness::report::standing::standing(s, catalogue());
            let line = platform_readiness::report::standing::standing_text(s, standing, lang);
            assert!(html.contains(&escaped(&line)), "{}: its counts or the reason it stands apart: {line}", s.scheme);
            for o in &s.outcomes {
                assert!(html.contains(&escaped(text::status(o.status, lang))));
                if o.status == Status::NotMet {
                    for sf in &o.shortfalls {
                        assert!(
                            html.contains(&escaped(&text::shortfall(sf, lang))),
                            "{}/{}: {}",
                            s.scheme,
                            o.criterion,
                            text::shortfall(sf, lang)
                        );
                    }
                }
                if let Some(day) = o.met_from.or(o.holds_until) {
                    assert!(html.contains(&escaped(&text::day(day, lang))), "{}/{}: dates", s.scheme, o.criterion);
                }
                for f in &o.missing {
                    assert!(
                        html.contains(&escaped(&text::fact_label(f, lang))),
                        "{}/{}: missing {f}",
                        s.scheme,
                        o.criterion
                    );
                }
            }
        }
        assert!(html.contains(&r.stamp.rules_hash));
        assert!(html.contains(&r.stamp.rules_version));
        assert!(html.contains(&r.stamp.app_version));
        assert!(html.contains(&escaped(&text::day(r.stamp.assessed_on, lang))));
        assert!(!html.contains(&escaped(Msg::StampNotCurrent.text(lang))), "the stamp is current");
    }
}

#[test]
fn every_kind_of_verdict_is_worded() {
    // The page shows the frozen assessment; give its schemes one verdict of each kind. (Where the
    // applicant is stays unanswered, so no scheme stands apart as one of another region.)
    let mut profile = realistic_profile();
    profile.facts.remove("location");
    let mut r = Report::new("r-1".into(), "绍兴某新材料有限公司".into(), all_schemes(), profile);
    let kinds = [
        Verdict::Ready,
        Verdict::Gaps,
        Verdict::NotYet { from: d("2027-03-01"), boundary: false },
        Verdict::NotInForce,
    ];
    for (s, v) in r.assessment.schemes.iter_mut().zip(kinds.iter().cycle()) {
        s.verdict = v.clone();
    }
    for lang in [Lang::Zh, Lang::En] {
        let html = standalone(&r, lang);
        for v in &kinds {
            assert!(html.contains(&escaped(&text::verdict(v, lang))), "{v:?} in {lang:?}");
            assert!(html.contains(&format!("class=\"{}\"", text::verdict_class(v))), "{v:?}");
        }
    }
}

#[test]
fn the_performance_table_is_planned_without_a_tier() {
    let r = report();
    let scheme = catalogue().schemes.iter().find(|s| s.performance.is_some()).expect("Shaoxing has a table");
    let table = scheme.performance.as_ref().unwrap();
    let plan = platform_readiness::engine::score::plan(&scheme.id, table, &r.profile);
    for lang in [Lang::Zh, Lang::En] {
        let en = lang.is_en();
        let html = standalone(&r, lang);
        assert!(html.contains(&format!("{} / {}", text::number(plan.total), plan.max_total)), "total");
        assert!(html.contains(&format!("{} / {}", text::number(plan.bonus), plan.max_bonus)), "bonus");
        assert!(html.contains(&escaped(table.note.get(en))), "the note that no tier is predicted");
        // The open points, in the planner's order.
        let mut at = 0;
        for open in &plan.open {
            let name = escaped(table.indicators.iter().find(|i| i.id == open.indicator).unwrap().name.get(en));
            let found = html[at..].find(&name).unwrap_or_else(|| panic!("{name} missing or out of order"));
            at += found + name.len();
        }
    }
    // Only the scheme with a table shows a plan.
    let html = standalone(
        &Report::new("r-2".into(), "x".into(), vec!["guangxi-pilot-base-2021".into()], realistic_profile()),
        Lang::En,
    );
    assert!(!html.contains(Msg::ScoreTotal.text(Lang::En)));
}

#[test]
fn a_report_of_other_rules_says_so() {
    let mut r = report();
    r.stamp.rules_hash = "0123456789abcdef".into();
    r.stamp.rules_version = "2020.1.1".into();
    for lang in [Lang::Zh, Lang::En] {
        let html = standalone(&r, lang);
        assert!(html.contains(&escaped(Msg::StampNotCurrent.text(lang))));
        assert!(html.contains("0123456789abcdef"), "the report's own hash");
        assert!(html.contains(RULES_HASH), "and the app's");
    }
}

#[test]
fn a_hostile_report_name_is_only_text() {
    for name in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "\"><svg onload=alert(1)>",
        "' onmouseover='alert(1)",
        "&lt;b&gt;",
    ] {
        let r = Report::new("r-x".into(), name.into(), all_schemes(), realistic_profile());
        for lang in [Lang::Zh, Lang::En] {
            let html = standalone(&r, lang);
            let safe = escaped(name);
            assert!(html.contains(&format!("<h1>{safe}</h1>")), "{name}");
            assert!(html.contains(&format!("<title>{safe} · ")), "{name}");
            let lower = html.to_lowercase();
            assert!(!lower.contains("<script"), "{name}");
            assert!(!lower.contains("<img"), "{name}");
            assert!(!lower.contains("<svg"), "{name}");
            assert!(!lower.contains("=\"javascript:") && !lower.contains("='javascript:"), "{name}");
            // Once the escaped copies are taken out, no trace of the raw name is left.
            if safe != name {
                assert!(!html.replace(&safe, "").contains(name), "{name} appears unescaped");
            }
        }
    }
    // Every attribute is written in double quotes, so a single quote needs no escaping.
    assert_eq!(escaped(r#"<a href="x">&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&amp;'&lt;/a&gt;");
}

#[test]
fn an_unnamed_report_is_titled_by_its_kind() {
    let r = Report::new("r-3".into(), "  ".into(), all_schemes(), realistic_profile());
    let html = standalone(&r, Lang::En);
    assert!(html.contains(&format!("<h1>{}</h1>", Msg::ReportTitle.text(Lang::En))));
}

#[test]
fn the_json_report_round_trips() {
    let r = report();
    let json = r.to_json();
    assert!(json.contains("\"format\":\"platform-readiness/report\""));
    assert!(json.contains(&format!("\"version\":{}", platform_readiness::engine::migrate::FORMAT_VERSION)));
    assert_eq!(Report::from_json(&json), Ok(r.clone()));
    // A hostile name survives the file as it was typed.
    let hostile = Report::new("r-4".into(), "<script>alert(1)</script>".into(), all_schemes(), realistic_profile());
    assert_eq!(Report::from_json(&hostile.to_json()).unwrap().name, "<script>alert(1)</script>");
}

#[test]
fn file_names_keep_the_organisation_and_drop_what_file_systems_refuse() {
    let mut r = report();
    r.name = "阳泉某新材料有限公司（中试基地）".into();
    assert_eq!(r.file_stem(), format!("platform-readiness-阳泉某新材料有限公司（中试基地）-{}", r.stamp.assessed_on));
    r.name = "../a b\\c:d*e?f\"g<h>i|j.k'l`m\u{7}n".into();
    assert_eq!(r.file_stem(), format!("platform-readiness-abcdefghijklmn-{}", r.stamp.assessed_on));
    r.name = " / ".into();
    assert_eq!(
        r.file_stem(),
        format!("platform-readiness-report-{}", r.stamp.assessed_on),
        "nothing left: a plain word"
    );
}

/// The innovation centre's law cases (tests/law/) as a report: the conflict is named in words, a
/// boundary day carries its caution, and a projected day under a measure of unknown end says so.
#[test]
fn the_report_explains_its_dates() {
    let base = |on: &str| {
        Profile::new(d(on))
            .with("location", FactValue::Choice("bingtuan".into()))
            .with("registration_date", FactValue::Date(d("2025-12-01")))
            .with("operating_normally_since", FactValue::Date(d("2025-12-01")))
    };
    // XPCC, answers still missing: gaps, and no date to explain.
    let r = Report::new("r-x".into(), "x".into(), vec!["bingtuan-pilot-base".into()], base("2026-12-01"));
    let s = r.assessment.scheme("bingtuan-pilot-base").unwrap();
    let scheme = catalogue().scheme("bingtuan-pilot-base").unwrap();
    assert_eq!(s.verdict, Verdict::Gaps);
    assert!(text::verdict_notes(s, scheme, Lang::Zh).is_empty());

    // The centre: a ban that ends after the director's last day at 60.
    let mut p = Profile::new(d("2026-12-01"));
    for (k, v) in [
        ("location", FactValue::Choice("yangquan".into())),
        ("centre_revoked", FactValue::YesNo(true)),
        ("centre_revoked_on", FactValue::Date(d("2024-06-01"))),
        ("director_birth_date", FactValue::Date(d("1966-03-01"))),
    ] {
        p.facts.insert(k.into(), v);
    }
    let centre = catalogue().scheme("yangquan-innovation-centre-2025").unwrap();
    let conflict = platform_readiness::engine::assess_scheme(centre, &p);
    // Unanswered facts make it gaps; the conflict shows once only time rules fail.
    assert_eq!(conflict.verdict, Verdict::Gaps);
    let words = text::verdict(
        &Verdict::NoDay {
            opens: platform_readiness::engine::Limit {
                criterion: Some("art16-reapply-ban".into()),
                day: d("2027-06-02"),
            },
            closes: platform_readiness::engine::Limit {
                criterion: Some("art9-3-director-age".into()),
                day: d("2027-02-28"),
            },
        },
        Lang::Zh,
    );
    assert_eq!(words, "按目前情况，没有哪一天能同时满足全部条件");
    let mut sa = conflict.clone();
    sa.verdict = Verdict::NoDay {
        opens: platform_readiness::engine::Limit { criterion: Some("art16-reapply-ban".into()), day: d("2027-06-02") },
        closes: platform_readiness::engine::Limit {
            criterion: Some("art9-3-director-age".into()),
            day: d("2027-02-28"),
        },
    };
    let said = text::verdict_notes(&sa, centre, Lang::Zh).join("");
    assert!(
        said.contains("第十六条")
            && said.contains("2027 年 6 月 2 日")
            && said.contains("第九条（三）")
            && said.contains("2027 年 2 月 28 日"),
        "{said}"
    );
    let en = text::verdict_notes(&sa, centre, Lang::En).join("");
    assert!(en.contains("2 June 2027") && en.contains("28 February 2027"), "{en}");
    // A projected day under a measure whose end the text does not state.
    let mut nx = r.assessment.scheme("bingtuan-pilot-base").unwrap().clone();
    nx.verdict = Verdict::NotYet { from: d("2027-12-01"), boundary: true };
    let notes = text::verdict_notes(&nx, scheme, Lang::Zh).join("");
    assert!(notes.contains("边界日") && notes.contains("无法判断到那一天本办法是否仍然有效"), "{notes}");
    assert_eq!(text::verdict(&nx.verdict, Lang::Zh), "暂不满足，最早可于 2027 年 12 月 1 日申报");
    assert_eq!(text::verdict(&nx.verdict, Lang::En), "Not yet eligible: earliest 1 December 2027");
}

#[test]
fn the_file_opens_with_the_closest_scheme_and_ends_with_how_it_was_made() {
    use platform_readiness::report::standing::{closest_first, closest_text};
    let r = Report::new("r".into(), "甲单位".into(), all_schemes(), realistic_profile());
    let html = standalone(&r, Lang::Zh);
    let order = closest_first(&r.assessment, catalogue());
    let at = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("{needle} in the file"));
    let lead = at(&escaped(&closest_text(&order, catalogue(), Lang::Zh)));
    let actions = at(&escaped(Msg::ActionList.text(Lang::Zh)));
    let first_section = at("<section class=\"scheme scheme-report\"");
    let footer = at("<footer>");
    assert!(lead < actions && actions < first_section && first_section < footer, "verdict, actions, criteria, footer");
    assert!(at(&r.stamp.rules_hash) > footer, "the stamp is in the footer");
    assert!(
        lead < at(&escaped(Msg::Disclaimer.text(Lang::Zh))) && at(&escaped(Msg::Disclaimer.text(Lang::Zh))) < actions
    );
    // The sections come in the order of the verdicts.
    let sections: Vec<usize> = order.iter().map(|(s, _)| at(&format!("id=\"scheme-{}\"", s.scheme))).collect();
    assert!(sections.windows(2).all(|w| w[0] < w[1]), "closest first: {sections:?}");
}

#[test]
fn the_action_list_shows_five_of_each_scheme_and_folds_the_rest() {
    let r = Report::new("r".into(), String::new(), all_schemes(), Profile::new(d("2026-11-23")));
    let html = standalone(&r, Lang::Zh);
    let list = &html[html.find("<section class=\"action-list\">").unwrap()..];
    let list = &list[..list.find("</section>").unwrap()];
    let actions = platform_readiness::report::actions(&r.assessment);
    let groups: Vec<_> = actions.chunk_by(|a, b| a.scheme == b.scheme).collect();
    assert!(groups.iter().any(|g| g.len() > 5), "an empty profile leaves more than five things to do somewhere");
    assert_eq!(list.matches("<li class=\"action ").count(), actions.len(), "every action is in the list");
    let folded: usize = groups.iter().map(|g| g.len().saturating_sub(5)).sum();
    let in_details: usize = list
        .split("<details class=\"more\">")
        .skip(1)
        .map(|d| d[..d.find("</details>").unwrap()].matches("<li class=\"action ").count())
        .sum();
    assert_eq!(in_details, folded, "beyond the first five of a scheme, folded under 显示全部");
    assert_eq!(list.matches("<h3>").count(), groups.len(), "one heading per scheme");
}

#[test]
fn the_printed_footer_holds_the_name_as_css_text_only() {
    use platform_readiness::report::html::{css_string, print_footer};
    let hostile = "甲\"} body{display:none} </style><script>alert(1)</script>\\";
    let escaped_css = css_string(hostile);
    for bad in ['"', '<', '>', '{', '}', '\n'] {
        assert!(!escaped_css.contains(bad), "{bad:?} in {escaped_css}");
    }
    assert!(
        escaped_css.starts_with("甲\\22 \\7d  body\\7b display\\3a none\\7d  \\3c \\2f style\\3e "),
        "{escaped_css}"
    );
    let r = Report::new("r".into(), hostile.into(), all_schemes(), realistic_profile());
    let rule = print_footer(&r, Lang::Zh).into_string();
    assert!(rule.contains("counter(page)") && rule.contains(&escaped_css), "{rule}");
    let html = standalone(&r, Lang::Zh);
    assert_eq!(html.matches("</style>").count(), 1, "the name cannot close the style element");
    assert!(!html.contains("<script"), "nor open a script");
}

#[test]
fn the_report_style_comes_with_the_deferred_texts_without_its_comments() {
    use platform_readiness::report::html::REPORT_CSS;
    let source = std::fs::read_to_string("style/report.css").unwrap();
    let built: &str = REPORT_CSS.as_str();
    assert!(!built.contains("/*") && built.len() < source.len() * 9 / 10, "{} of {} bytes", built.len(), source.len());
    for rule in [
        ".verdict.apart{",
        "@media (max-width:50rem){",
        "@media print{",
        "details::details-content{content-visibility:visible",
        "content:\" ▾\"",
    ] {
        assert!(built.contains(rule), "{rule} in {built}");
    }
    assert_eq!(built.matches('{').count(), source.matches('{').count(), "every rule kept");
}

#[test]
fn a_note_is_shown_only_when_it_speaks_to_the_answers() {
    let only_units = "本条只在有两家以上依托单位时判断。";
    let each_unit = "有多家依托单位的，每一家都须具有独立法人资格";
    let company = "第一依托单位是企业的，本条不适用";
    let page = |profile: Profile| {
        let schemes = vec!["yangquan-innovation-centre-2025".to_string(), "yangquan-pilot-base-2022".to_string()];
        standalone(&Report::new("r-n".into(), "x".into(), schemes, profile), Lang::Zh)
    };
    let base = || realistic_profile().with("org_kind", FactValue::Choice("university".into()));
    // Three supporting units: the rules for several units are judged; their "only with two or
    // more" notes would contradict the answers and are not shown, the note for several units is.
    let three = page(base().with("supporting_units", FactValue::Number(3.0)));
    assert!(!three.contains(only_units), "three units, yet: {only_units}");
    assert!(three.contains(each_unit));
    assert!(!three.contains(company), "a university is not a company");
    // One unit: the rules do not apply, and the notes say why.
    let one = page(base().with("supporting_units", FactValue::Number(1.0)));
    assert_eq!(
        one.matches(only_units).count(),
        3,
        "the two rules of the centre and the one of the base, each its note"
    );
    assert!(!one.contains(each_unit));
    // Not answered: the notes that explain when a rule applies are shown.
    let mut unanswered = realistic_profile();
    unanswered.facts.remove("supporting_units");
    unanswered.facts.remove("org_kind");
    let unknown = page(unanswered);
    assert!(unknown.contains(only_units) && unknown.contains(company) && !unknown.contains(each_unit));
    let company_applicant = page(realistic_profile().with("org_kind", FactValue::Choice("enterprise".into())));
    assert!(company_applicant.contains(company));
}

#[test]
fn a_location_note_is_shown_only_to_applicants_from_outside_the_region() {
    // Each scheme's rule on where the applicant is, its note (written for an applicant from
    // elsewhere: no channel to apply, or ask first) and the region the scheme takes.
    let notes = [
        ("yangquan-pilot-base-2022", "art6-local", "阳泉市以外的单位无从申报", "yangquan"),
        ("guangxi-pilot-base-2021", "sec2-2-local", "区外单位不直接被排除", "guangxi"),
        ("bingtuan-pilot-base", "art6-local", "兵团以外、又不受兵团行业主管部门监管的单位没有推荐渠道", "bingtuan"),
        ("shaoxing-pilot-base", "sec4-1-local", "绍兴市以外的单位没有推荐渠道", "shaoxing"),
    ];
    let page = |location: Option<&str>, lang: Lang| {
        let mut profile = realistic_profile();
        match location {
            Some(l) => profile = profile.with("location", FactValue::Choice(l.into())),
            None => {
                profile.facts.remove("location");
            }
        }
        standalone(&Report::new("r-l".into(), "x".into(), all_schemes(), profile), lang)
    };
    for (scheme, criterion, words, region) in notes {
        let c = catalogue().scheme(scheme).unwrap().criteria.iter().find(|c| c.id == criterion).unwrap();
        let note = c.note.as_ref().unwrap();
        assert!(note.zh().contains(words), "{scheme}/{criterion}: {}", note.zh());
        for lang in [Lang::Zh, Lang::En] {
            let text = escaped(note.get(lang.is_en()));
            for location in ["yangquan", "guangxi", "bingtuan", "shaoxing", "elsewhere"] {
                assert_eq!(
                    page(Some(location), lang).contains(&text),
                    location != region,
                    "{scheme}/{criterion} for an applicant from {location} ({lang:?})"
                );
            }
            // Before the region is answered, the note says why it matters.
            assert!(page(None, lang).contains(&text), "{scheme}/{criterion}, region not answered");
        }
    }
}
