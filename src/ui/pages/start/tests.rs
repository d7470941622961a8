//! The scheme cards of the start page.

use super::markup::{scheme_card, scheme_card_class};
use crate::i18n::{Lang, Msg};
use crate::report::text;
use crate::schemes::catalogue;
use crate::ui::test_support::d;
use crate::ui::test_support::escaped;

#[test]
fn scheme_cards_show_issuer_number_count_and_status() {
    let today = d("2026-11-23");
    for scheme in catalogue().schemes.iter() {
        for lang in [Lang::Zh, Lang::En] {
            let h = scheme_card(scheme, today, lang);
            assert!(
                h.starts_with(&format!("<span class=\"card-title\">{}</span>", escaped(scheme.name.get(lang.is_en())))),
                "{h}"
            );
            assert!(h.contains(&format!("{} {}", scheme.criteria.len(), Msg::CriteriaCount.text(lang))));
            let status = text::validity(&crate::engine::validity(&scheme.period, today), lang);
            assert!(h.ends_with(&format!("<span class=\"card-status\">{}</span>", escaped(&status))), "{h}");
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
