//! The check page's answers as HTML (maud's `html!`, which escapes every interpolation): every answer by topic with a Change link back to
//! its step. Links are plain `?page=…` addresses, followed inside the app by one listener
//! (`ui::nav::follow_links`).

use crate::engine::{FactValue, Profile};
use crate::i18n::{Lang, Msg};
use crate::report::text;
use crate::schemes::FactDef;
use crate::ui::contract::QuestionIds;
use crate::walk::{steps, topic_facts, Step};
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

/// The check page: every answer by topic (only the questions asked), then the self-ratings of
/// the performance tables, each with a Change link back to its step. `kept` are the link
/// parameters that travel with every page (`&key=value…`).
pub fn answers(schemes: &[String], profile: &Profile, lang: Lang, kept: &str) -> String {
    let en = lang.is_en();
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
                            dd { (answer(f, profile.facts.get(f.id.as_str()), lang)) }
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
