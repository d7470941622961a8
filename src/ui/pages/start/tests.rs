//! The scheme cards of the start page.

use super::markup::{named_schemes, prepare, scheme_card, scheme_card_class};
use crate::i18n::{Lang, Msg};
use crate::report::standing::{for_region, Standing};
use crate::report::text;
use crate::schemes::catalogue;
use crate::ui::test_support::d;
use crate::ui::test_support::escaped;

#[test]
fn scheme_cards_show_issuer_number_count_and_status() {
    let today = d("2026-11-23");
    for scheme in catalogue().schemes.iter() {
        for lang in [Lang::Zh, Lang::En] {
            let h = scheme_card(scheme, Standing::Open, today, lang);
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

#[test]
fn a_card_outside_the_region_says_why_and_is_grey() {
    let today = d("2026-12-01");
    let standings = for_region(catalogue(), "shaoxing", today);
    let (centre, st) = standings.iter().find(|(s, _)| s.id == "yangquan-innovation-centre-2025").unwrap();
    assert_eq!(*st, Standing::OutsideRegion);
    let h = scheme_card(centre, *st, today, Lang::Zh);
    assert!(
        h.ends_with(&format!(
            "<span class=\"card-apart\">{}</span>",
            escaped(Msg::StandingOutsideRegion.text(Lang::Zh))
        )),
        "{h}"
    );
    let (trial, st) = standings.iter().find(|(s, _)| s.id == "yangquan-pilot-base-2022").unwrap();
    assert!(scheme_card(trial, *st, today, Lang::En).contains(&escaped(Msg::StandingNotInForce.text(Lang::En))));
    let (shaoxing, st) = standings.iter().find(|(s, _)| s.id == "shaoxing-pilot-base").unwrap();
    assert!(!scheme_card(shaoxing, *st, today, Lang::Zh).contains("card-apart"));
}

#[test]
fn the_list_to_prepare_is_the_texts_own_with_citations() {
    assert_eq!(prepare(&[], true, Lang::Zh), "", "nothing chosen, nothing to prepare");
    let bingtuan = catalogue().scheme("bingtuan-pilot-base").unwrap();
    let ids = vec![bingtuan.id.to_string()];
    let h = prepare(&ids, true, Lang::Zh);
    let steps = crate::walk::steps(&ids).len();
    let questions = crate::engine::facts_needed(catalogue(), &ids).len();
    assert!(h.contains(&format!("问卷共 {steps} 步，最多 {questions} 个问题")), "{h}");
    assert_eq!(h.matches("<li>").count(), bingtuan.documents.len());
    for doc in bingtuan.documents.iter() {
        assert!(h.contains(&escaped(doc.summary.get(false))), "{h}");
        assert!(h.contains(&format!("（{}）", escaped(doc.citation.get(false)))), "{h}");
    }
    // A scheme whose data lists no documents adds none.
    let shaoxing = vec!["shaoxing-pilot-base".to_string()];
    assert!(catalogue().scheme("shaoxing-pilot-base").unwrap().documents.is_empty());
    let h = prepare(&shaoxing, true, Lang::En);
    assert_eq!(h.matches("<li>").count(), 0);
    assert!(!h.contains(Msg::PrepareDocuments.text(Lang::En)));
    let table = catalogue().scheme("shaoxing-pilot-base").unwrap().performance.as_ref().unwrap().indicators.len();
    let questions = crate::engine::facts_needed(catalogue(), &shaoxing).len() + table;
    assert!(h.contains(&format!("{questions} questions at most")), "{h}");
    // Before the deferred texts are there, the counts alone.
    let h = prepare(&ids, false, Lang::Zh);
    assert!(h.contains(&format!("问卷共 {steps} 步")), "{h}");
    assert!(!h.contains("<li>") && !h.contains(Msg::PrepareDocuments.text(Lang::Zh)), "{h}");
}

#[test]
fn an_embed_names_its_schemes() {
    let cat = catalogue();
    let one = [cat.scheme("yangquan-innovation-centre-2025").unwrap()];
    assert_eq!(named_schemes(&one, Lang::Zh), format!("《{}》", one[0].name.zh()));
    let two = [cat.scheme("bingtuan-pilot-base").unwrap(), cat.scheme("shaoxing-pilot-base").unwrap()];
    assert_eq!(named_schemes(&two, Lang::Zh), format!("《{}》、《{}》", two[0].name.zh(), two[1].name.zh()));
    assert_eq!(named_schemes(&two, Lang::En), format!("{} and {}", two[0].name.en(), two[1].name.en()));
    let sentence = Msg::EmbedTagline.text(Lang::Zh).replacen("{}", &named_schemes(&one, Lang::Zh), 1);
    assert!(sentence.starts_with("对照《阳泉市") && !sentence.contains("{}"), "{sentence}");
}
