//! The start page's read-only parts as HTML (maud's `html!`, which escapes every interpolation): each scheme's card.

use crate::engine::{validity, Validity};
use crate::i18n::{Lang, Msg};
use crate::report::standing::Standing;
use crate::report::text;
use crate::schemes::{catalogue, Scheme, SchemeKind};
use chrono::NaiveDate;
use maud::html;

/// A scheme's card on the start page, inside the label of its checkbox: name, issuer and
/// document number, region, kind, number of criteria, and whether it is in force `today` (in
/// the report's words); for a scheme that does not stand open for the applicant's region, why
/// (the report's words for a scheme shown apart: `report::standing`).
pub fn scheme_card(scheme: &Scheme, standing: Standing, today: NaiveDate, lang: Lang) -> String {
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
        @if let Some(why) = apart(standing) { span.card-apart { (why.text(lang)) } }
    }
    .into_string()
}

/// The names of the schemes a bureau embeds, for the opening sentence: 《…》、《…》 in Chinese,
/// joined by "and" in English.
pub fn named_schemes(schemes: &[&Scheme], lang: Lang) -> String {
    let names: Vec<String> = schemes
        .iter()
        .map(|s| if lang.is_en() { s.name.en().to_string() } else { format!("《{}》", s.name.zh()) })
        .collect();
    names.join(lang.pick("、", " and "))
}

/// The region question, as the wizard asks it (`step::markup`): its head and its buttons, the
/// draft's answer checked.
pub fn region_question(fact: &crate::schemes::FactDef, draft: &crate::store::Draft, lang: Lang) -> String {
    use crate::ui::pages::step::markup::{question_head, radios};
    let options: Vec<(&str, &str)> = fact.options.iter().map(|o| (o.id.as_str(), o.label.get(lang.is_en()))).collect();
    let current = draft.profile.choice(&fact.id).filter(|c| fact.options.iter().any(|o| o.id == *c));
    let ids = crate::ui::contract::QuestionIds(&fact.id);
    html! {
        (maud::PreEscaped(question_head(fact, None, lang)))
        div.choices role="radiogroup" aria-labelledby=(ids.label()) { (maud::PreEscaped(radios(ids, &options, current, lang))) }
    }
    .into_string()
}

/// Why a scheme stands apart for the region, as `report::standing::standing_text` says it.
fn apart(standing: Standing) -> Option<Msg> {
    match standing {
        Standing::Open => None,
        Standing::OutsideRegion => Some(Msg::StandingOutsideRegion),
        Standing::NotInForce => Some(Msg::StandingNotInForce),
    }
}

/// What to have at hand before starting: how many steps and questions the walk has for the
/// chosen schemes (at most: some questions follow from an earlier answer) and, with `documents`
/// (once the deferred texts are there), the documents each chosen scheme's text lists, with where
/// it lists them.
pub fn prepare(schemes: &[String], documents: bool, lang: Lang) -> String {
    let en = lang.is_en();
    let cat = catalogue();
    let chosen: Vec<&Scheme> = cat.schemes.iter().filter(|s| schemes.iter().any(|id| *id == s.id)).collect();
    if chosen.is_empty() {
        return String::new();
    }
    let indicators: usize = chosen.iter().filter_map(|s| s.performance.as_ref()).map(|t| t.indicators.len()).sum();
    let questions = crate::engine::facts_needed(cat, schemes).len() + indicators;
    let steps = crate::walk::steps(schemes).len();
    let colon = Msg::Colon.text(lang);
    html! {
        h2 { (Msg::Prepare.text(lang)) }
        p { (Msg::PrepareQuestions.text(lang).replacen("{}", &steps.to_string(), 1).replacen("{}", &questions.to_string(), 1)) }
        @if documents && chosen.iter().any(|s| !s.documents.is_empty()) {
            p { (Msg::PrepareDocuments.text(lang)) }
            ul {
                @for s in &chosen {
                    @for d in s.documents.iter() {
                        li { (s.short_name.get(en)) (colon) (d.summary.get(en)) span.cite { (lang.pick("（", " (")) (d.citation.get(en)) (lang.pick("）", ")")) } }
                    }
                }
            }
        }
    }
    .into_string()
}

/// The card's class for a scheme not in force `today` (ended or not yet begun), or undated. (A
/// card that says why it stands apart is grey by its style.)
pub fn scheme_card_class(scheme: &Scheme, today: NaiveDate) -> &'static str {
    match validity(&scheme.period, today) {
        Validity::Expired { .. } | Validity::NotYet { .. } => "card expired",
        Validity::Unknown => "card undated",
        _ => "card",
    }
}
