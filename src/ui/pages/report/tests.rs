//! The report page's own markup: its opening, the verdict cards, the comparison by topic and its
//! last line.

use super::markup::{page_head, page_stamp, report_body};
use crate::engine::{FactValue, Profile};
use crate::i18n::{Lang, Msg};
use crate::report::{text, Report};
use crate::schemes::catalogue;
use crate::ui::test_support::{all, d, ids};

fn report(name: &str, schemes: Vec<String>) -> Report {
    let profile = Profile::new(d("2026-11-23")).with("pilot_site_area", FactValue::Number(2500.0));
    Report::new("r-1".into(), name.into(), schemes, profile)
}

#[test]
fn the_opening_names_the_report_and_shows_one_card_per_scheme() {
    let r = report("甲单位", all());
    let h = page_head(&r, Lang::Zh);
    assert!(h.starts_with(&format!("<h1>{} · 甲单位</h1>", Msg::ReportTitle.text(Lang::Zh))), "{h}");
    assert!(h.contains(&text::day(d("2026-11-23"), Lang::Zh)));
    assert_eq!(h.matches("<li class=\"verdict ").count(), r.assessment.schemes.len());
    // The closest scheme first: its card is the first, and the sentence above names it.
    let order = crate::report::standing::closest_first(&r.assessment, catalogue());
    let first = catalogue().scheme(&order[0].0.scheme).unwrap();
    let first_card = h.find("<li class=\"verdict ").unwrap();
    assert!(h[first_card..].find(&format!("#scheme-{}", first.id)) < h[first_card..].find("</li>"), "{h}");
    assert!(h.contains(&crate::report::standing::closest_text(&order, catalogue(), Lang::Zh)));
    assert!(h.contains(Msg::Disclaimer.text(Lang::Zh)));
    assert!(!h.contains('%'), "counts, no percentage: {h}");
    for s in &r.assessment.schemes {
        let scheme = catalogue().scheme(&s.scheme).unwrap();
        assert!(h.contains(&format!("<a href=\"#scheme-{}\">", scheme.id)), "each card links to its section");
        assert!(h.contains(&text::verdict(&s.verdict, Lang::Zh)));
    }
    let unnamed = page_head(&report("  ", all()), Lang::En);
    assert!(unnamed.starts_with(&format!("<h1>{}</h1>", Msg::ReportTitle.text(Lang::En))), "{unnamed}");
}

#[test]
fn the_body_compares_topics_only_for_several_schemes_and_ends_with_the_stamp() {
    let many = report("", all());
    let compare = "<details class=\"topic-compare\">";
    assert!(report_body(&many, Lang::Zh).contains(compare));
    assert!(!report_body(&report("", ids(&["bingtuan-pilot-base"])), Lang::Zh).contains(compare));
    let stamp = page_stamp(&many, Lang::En);
    assert!(stamp.contains(&many.stamp.rules_hash) && stamp.contains(&many.stamp.app_version), "{stamp}");
}
