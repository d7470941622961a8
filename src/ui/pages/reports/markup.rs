//! The saved-reports page's read-only parts as HTML (maud's `html!`,
//! which escapes every interpolation): the report cards and the comparison
//! of two reports.

use crate::engine::SchemeAssessment;
use crate::i18n::{Lang, Msg};
use crate::report::{text, Report};
use crate::schemes::catalogue;
use crate::ui::contract::{CardAction, CardIds};
use maud::html;

/// The saved reports as cards, newest first as given: a checkbox to pick two for comparison
/// (checked for those in `chosen`), name and date, each scheme's verdict, and the buttons.
/// The buttons carry `data-action` (a [`CardAction`]) and every control `data-id`, the report's id, for the page's one listener.
pub fn saved_report_cards(reports: &[Report], chosen: &[String], lang: Lang) -> String {
    html! {
        @for r in reports {
            @let id = CardIds(&r.id).checkbox();
            li.card.saved {
                input type="checkbox" id=(id) data-id=(r.id) checked[chosen.contains(&r.id)];
                label.compare for=(id) { (Msg::SelectForCompare.text(lang)) }
                div {
                    span.card-title { (r.name) " · " (r.stamp.assessed_on) }
                    ul.card-meta {
                        @for s in &r.assessment.schemes {
                            @let name = catalogue().scheme(&s.scheme).map(|c| c.short_name.get(lang.is_en())).unwrap_or_default();
                            li { (name) ": " (text::verdict_and_counts(s, lang)) }
                        }
                    }
                    div.actions {
                        @for action in CardAction::ALL {
                            button type="button" class=[(*action == CardAction::Open).then_some("primary")] data-action=(action.name()) data-id=(r.id) { (action_msg(*action).text(lang)) }
                        }
                    }
                }
            }
        }
    }
    .into_string()
}

/// The words on a card's button.
fn action_msg(action: CardAction) -> Msg {
    match action {
        CardAction::Open => Msg::Open,
        CardAction::Rename => Msg::Rename,
        CardAction::Duplicate => Msg::Duplicate,
        CardAction::Delete => Msg::Delete,
    }
}

/// Two reports side by side: the verdict of each scheme in both, then the criteria whose status
/// differs (the saved-reports page's comparison).
pub fn comparison(a: &Report, b: &Report, lang: Lang) -> String {
    let en = lang.is_en();
    let cell =
        |s: Option<&SchemeAssessment>| s.map(|s| text::verdict_and_counts(s, lang)).unwrap_or_else(|| "—".into());
    let status = |s: Option<crate::engine::Status>| s.map(|s| text::status(s, lang)).unwrap_or("—");
    html! {
        h2 { (Msg::CompareTitle.text(lang)) }
        table {
            thead { tr {
                th scope="col" { (Msg::Scheme.text(lang)) }
                th scope="col" { (a.name) }
                th scope="col" { (b.name) }
                th scope="col" { (Msg::Differences.text(lang)) }
            } }
            tbody {
                @for scheme in catalogue().schemes.iter() {
                    @let (sa, sb) = (a.assessment.scheme(&scheme.id), b.assessment.scheme(&scheme.id));
                    @if sa.is_some() || sb.is_some() {
                        tr {
                            th scope="row" { (scheme.short_name.get(en)) }
                            td { (cell(sa)) }
                            td { (cell(sb)) }
                            td { ul {
                                @for c in scheme.criteria.iter() {
                                    @let (x, y) = (sa.and_then(|s| s.status_of(&c.id)), sb.and_then(|s| s.status_of(&c.id)));
                                    @if x != y {
                                        li { (c.citation.get(en)) " " (c.summary.get(en)) ": " (status(x)) " → " (status(y)) }
                                    }
                                }
                            } }
                        }
                    }
                }
            }
        }
    }
    .into_string()
}
