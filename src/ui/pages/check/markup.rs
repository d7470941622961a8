//! The check page's answers as HTML (maud's `html!`, which escapes every interpolation): every answer by topic with a Change link back to
//! its step, and next to it what was typed and not counted. Links are plain `?page=…` addresses, followed inside the app by one listener
//! (`ui::nav::follow_links`).

use crate::engine::{FactValue, IdMap, Profile};
use crate::i18n::{Lang, Msg};
use crate::input::InputError;
use crate::report::text;
use crate::schemes::FactDef;
use crate::ui::contract::QuestionIds;
use crate::ui::pages::step::markup::{error_msg, pending_key, Pending};
use crate::walk::{steps, topic_facts, Step};
use chrono::NaiveDate;
use maud::{html, Markup};

/// An answer in words.
pub fn answer(fact: &FactDef, value: Option<&FactValue>, lang: Lang) -> String {
    match value {
        None => Msg::NotAnswered.text(lang).to_string(),
        Some(FactValue::Number(n)) => {
            format!("{} {}", text::number(*n), text::unit(fact.unit, lang)).trim().to_string()
        }
        Some(FactValue::YesNo(b)) => (if *b { Msg::Yes } else { Msg::No }).text(lang).to_string(),
        Some(FactValue::Date(d)) => d.to_string(),
        Some(FactValue::Choice(c)) => fact
            .options
            .iter()
            .find(|o| &o.id == c)
            .map(|o| o.label.get(lang.is_en()).to_string())
            .unwrap_or_else(|| c.clone()),
        Some(FactValue::Incidents(l)) if l.is_empty() => Msg::IncidentsNone.text(lang).to_string(),
        Some(FactValue::Incidents(l)) => {
            l.iter().map(|i| text::incident(i, lang)).collect::<Vec<_>>().join(Msg::ListSep.text(lang))
        }
    }
}

/// A "Change" link to `query`, named for screen readers by what it changes.
fn change_link(query: &str, what: &str, lang: Lang) -> Markup {
    html! { a href={ "?" (query) } { (Msg::Change.text(lang)) span.visually-hidden { " " (what) } } }
}

/// Next to an answer, what was typed for it and not counted (so nothing typed disappears
/// without a word), in the step page's own words: for a number or date field in `errors`
/// ([`crate::input::field_errors`]) the text as typed and why it is not counted; for an incident
/// question each row still being entered ([`Pending`], kept in `inputs`; numbered after the
/// complete ones of `list`) with what it still needs.
fn not_counted(
    fact: &FactDef,
    inputs: &IdMap<String>,
    errors: &IdMap<InputError>,
    list: Option<&[crate::engine::Incident]>,
    today: NaiveDate,
    lang: Lang,
) -> Markup {
    let typed =
        |t: &str| html! { @if !t.trim().is_empty() { p.typed { (Msg::AsTyped.text(lang).replace("{}", t.trim())) } } };
    // Rows kept while "none" is the answer are out of sight on the step page, and here.
    let rows = match list {
        Some([]) => Vec::new(),
        _ => inputs.get(pending_key(&fact.id).as_str()).map(|t| Pending::read(t)).unwrap_or_default(),
    };
    let done = list.map_or(0, <[_]>::len);
    html! {
        @if let Some(e) = errors.get(fact.id.as_str()) {
            p.field-error { (Msg::NotCounted.text(lang)) (Msg::Colon.text(lang)) (error_msg(*e).text(lang)) }
            (typed(inputs.get(fact.id.as_str()).map_or("", |t| t.as_str())))
        }
        @for (i, row) in rows.iter().enumerate() {
            @let needs = row.needs(today);
            p.field-error {
                (Msg::IncidentNumber.text(lang).replace("{}", &(done + i + 1).to_string())) (Msg::Colon.text(lang))
                (Msg::IncidentIncomplete.text(lang))
            }
            @if needs.iter().any(Option::is_some) {
                p.field-error {
                    @for (j, m) in needs.into_iter().flatten().enumerate() {
                        @if j > 0 { (Msg::ListSep.text(lang)) }
                        (m.text(lang))
                    }
                }
            }
            (typed(&row.date))
        }
    }
}

/// The check page: every answer by topic (only the questions asked), then the self-ratings of
/// the performance tables, each with a Change link back to its step. Next to an answer, what was
/// typed for it (`inputs`, the draft's) and not counted, and why ([`not_counted`]). `kept` are
/// the link parameters that travel with every page (`&key=value…`).
pub fn answers(
    schemes: &[String],
    profile: &Profile,
    inputs: &IdMap<String>,
    today: NaiveDate,
    lang: Lang,
    kept: &str,
) -> String {
    let en = lang.is_en();
    let errors = crate::input::field_errors(inputs, profile, today);
    html! {
        @for (i, step) in steps(schemes).into_iter().enumerate() {
            @let query = format!("page=step&step={}&from=check{kept}", i + 1);
            @match step {
                Step::Topic(topic) => {
                    h2 { (topic.name.get(en)) }
                    dl.answers {
                        @for f in topic_facts(topic, schemes)
                            .into_iter()
                            .filter(|f| f.ask_when.as_ref().is_none_or(|c| profile.holds(c) == Some(true)))
                        {
                            dt { (f.label.get(en)) }
                            dd {
                                (answer(f, profile.facts.get(f.id.as_str()), lang))
                                (not_counted(f, inputs, &errors, profile.incidents(&f.id), today, lang))
                            }
                            dd { (change_link(&format!("{query}#{}", QuestionIds(&f.id).block()), f.label.get(en), lang)) }
                        }
                    }
                }
                Step::Performance(scheme, table) => {
                    @let title = step.title(lang);
                    h2 { (title) }
                    p { (change_link(&query, &title, lang)) }
                    dl.answers {
                        @for ind in table.indicators.iter() {
                            dt { (ind.name.get(en)) }
                            dd {
                                @match profile.score(&scheme.id, &ind.id) {
                                    Some(v) => { (text::number(v)) " / " (ind.weight) }
                                    None => { (Msg::NotAnswered.text(lang)) }
                                }
                            }
                            dd {}
                        }
                    }
                }
            }
        }
    }
    .into_string()
}
