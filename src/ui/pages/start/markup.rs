//! The start page's read-only parts as escaped HTML: each scheme's card.

use crate::engine::{validity, Validity};
use crate::i18n::{Lang, Msg};
use crate::report::html::escape;
use crate::report::text;
use crate::schemes::{Scheme, SchemeKind};
use chrono::NaiveDate;
use std::fmt::Write;

/// A scheme's card on the start page, inside the label of its checkbox: name, issuer and
/// document number, region, kind, number of criteria, and whether it is in force `today` (in
/// the report's words).
pub fn scheme_card(scheme: &Scheme, today: NaiveDate, lang: Lang) -> String {
    let en = lang.is_en();
    let colon = lang.pick("：", ": ");
    let mut h = format!(
        "<span class=\"card-title\">{}</span><span class=\"card-meta\"><span>{}{colon}{}</span>",
        escape(scheme.name.get(en)),
        escape(Msg::Issuer.text(lang)),
        escape(scheme.issuer.get(en)),
    );
    if let Some(n) = &scheme.document_number {
        let _ = write!(h, "<span> · <span lang=\"zh-CN\">{}</span></span>", escape(n));
    }
    let kind = if scheme.kind == SchemeKind::PilotBase { Msg::KindPilotBase } else { Msg::KindInnovationCentre };
    let _ = write!(
        h,
        "</span><span class=\"card-meta\"><span>{}{colon}{}</span> · <span>{}</span> · <span class=\"nowrap\">{} {}</span></span><span class=\"card-status\">{}</span>",
        escape(Msg::Region.text(lang)),
        escape(scheme.region.get(en)),
        escape(kind.text(lang)),
        scheme.criteria.len(),
        escape(Msg::CriteriaCount.text(lang)),
        escape(&text::validity(&validity(&scheme.period, today), lang)),
    );
    h
}

/// The card's class for a scheme not in force `today` (ended or not yet begun), or undated.
pub fn scheme_card_class(scheme: &Scheme, today: NaiveDate) -> &'static str {
    match validity(&scheme.period, today) {
        Validity::Expired { .. } | Validity::NotYet { .. } => "card expired",
        Validity::Unknown => "card undated",
        _ => "card",
    }
}
