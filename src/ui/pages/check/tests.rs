//! The check page's markup: what it lists, where its links lead, and that what comes from
//! storage is escaped.

use super::markup::answers;
use crate::engine::{FactValue, Profile};
use crate::i18n::{Lang, Msg};
use crate::schemes::catalogue;
use crate::ui::test_support::{all, d, ids, step_of};
use crate::walk::steps;

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
    profile.set_score("shaoxing-pilot-base", &first.id, Some(12.5));
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
