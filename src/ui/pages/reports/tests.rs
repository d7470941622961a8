//! The saved-report cards.

use crate::engine::Profile;
use crate::i18n::{Lang, Msg};
use crate::ui::contract::{attr, CardAction, CardIds};
use crate::ui::test_support::{d, ids};

#[test]
fn saved_report_cards_carry_their_id_on_every_control_and_escape_names() {
    use super::markup::saved_report_cards;
    use crate::report::Report;
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
    // The checkbox's id comes from the card's id builder; the handlers read `attr::ID`.
    assert_eq!(CardIds("r-1").checkbox(), "cmp-r-1");
    // The checkbox is the card's own child: deleting a card removes the checkbox's parent.
    assert!(
        h.contains(&format!("<li class=\"card saved\"><input type=\"checkbox\" id=\"{}\"", CardIds("r-1").checkbox()))
    );
    assert!(h.contains(&format!("<input type=\"checkbox\" id=\"cmp-r-1\" {}=\"r-1\" checked>", attr::ID)), "{h}");
    assert!(h.contains("<input type=\"checkbox\" id=\"cmp-r&quot;2&lt;\" data-id=\"r&quot;2&lt;\">"), "{h}");
    assert!(h.contains("<span class=\"card-title\">&lt;b&gt;甲单位&lt;/b&gt; · 2026-11-23</span>"), "{h}");
    // The comparison toggle is labelled where it is seen.
    assert!(h.contains("<label class=\"compare\" for=\"cmp-r-1\">对比</label>"), "{h}");
    // Each button says what it does in the attribute and the words the page's listener reads.
    for (action, msg) in [
        (CardAction::Open, Msg::Open),
        (CardAction::Rename, Msg::Rename),
        (CardAction::Duplicate, Msg::Duplicate),
        (CardAction::Delete, Msg::Delete),
    ] {
        let (a, id, name) = (attr::ACTION, attr::ID, action.name());
        assert!(
            h.contains(&format!(
                "<button type=\"button\"{} {a}=\"{name}\" {id}=\"r-1\">{}</button>",
                if action == CardAction::Open { " class=\"primary\"" } else { "" },
                msg.text(Lang::Zh)
            )),
            "{h}"
        );
        assert!(h.contains(&format!("{a}=\"{name}\" {id}=\"r&quot;2&lt;\"")));
    }
    assert_eq!(h.matches("<button").count(), 2 * CardAction::ALL.len());
    // One line per scheme judged in the report, with its verdict and what stands in the way.
    let card = h.split("<li class=\"card saved\">").nth(1).unwrap();
    let lines = a
        .assessment
        .schemes
        .iter()
        .filter(|s| card.contains(&crate::report::text::verdict_and_counts(s, Lang::Zh)))
        .count();
    assert_eq!(lines, a.assessment.schemes.len());
    assert_eq!(lines, 2);
}
