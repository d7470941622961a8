//! The start page's read-only parts as HTML (maud's `html!`, which escapes every interpolation): each scheme's card.

use crate::engine::{validity, Validity};
use crate::i18n::{Lang, Msg};
use crate::report::text;
use crate::schemes::{Scheme, SchemeKind};
use chrono::NaiveDate;
use maud::html;

/// A scheme's card on the start page, inside the label of its checkbox: name, issuer and
/// document number, region, kind, number of criteria, and whether it is in force `today` (in
/// the report's words).
pub fn scheme_card(scheme: &Scheme, today: NaiveDate, lang: Lang) -> String {
    let en = lang.is_en();
    let colon = Msg::Colon.text(lang);
    let kind = if scheme.kind == SchemeKind::PilotBase { Msg::KindPilotBase } else { Msg::KindInnovationCentre };
    html! {
        span.card-title { (scheme.name.get(en)) }
        span.card-meta {
            span { (Msg::Issuer.text(lang)) (colon) (scheme.issuer.get(en)) }
            @if let Some(n) = &scheme.document_number { span { " · " span lang="zh-CN" { (n) } } }
        }
        span.card-meta {
            span { (Msg::Region.text(lang)) (colon) (scheme.region.get(en)) }
            " · " span { (kind.text(lang)) }
            " · " span.nowrap { (scheme.criteria.len()) " " (Msg::CriteriaCount.text(lang)) }
        }
        span.card-status { (text::validity(&validity(&scheme.period, today), lang)) }
    }
    .into_string()
}

/// The card's class for a scheme not in force `today` (ended or not yet begun), or undated.
pub fn scheme_card_class(scheme: &Scheme, today: NaiveDate) -> &'static str {
    match validity(&scheme.period, today) {
        Validity::Expired { .. } | Validity::NotYet { .. } => "card expired",
        Validity::Unknown => "card undated",
        _ => "card",
    }
}
