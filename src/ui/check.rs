//! Check your answers: every answer by topic, each with a Change link back to its step.

use super::nav::{use_go, Page};
use super::state::use_app;
use super::wizard::{steps, topic_facts, Step};
use crate::engine::FactValue;
use crate::i18n::{Lang, Msg};
use crate::report::text;
use crate::schemes::{catalogue, FactDef};
use leptos::prelude::*;

/// An answer in words.
pub fn answer(fact: &FactDef, value: Option<&FactValue>, lang: Lang) -> String {
    match value {
        None => Msg::NotAnswered.text(lang).to_string(),
        Some(FactValue::Number(n)) => format!("{} {}", text::number(*n), text::unit(fact.unit, lang)).trim().to_string(),
        Some(FactValue::YesNo(b)) => (if *b { Msg::Yes } else { Msg::No }).text(lang).to_string(),
        Some(FactValue::Date(d)) => d.to_string(),
        Some(FactValue::Choice(c)) => fact.options.iter().find(|o| &o.id == c).map(|o| o.label.get(lang.is_en()).to_string()).unwrap_or_else(|| c.clone()),
        Some(FactValue::Incidents(l)) if l.is_empty() => Msg::IncidentsNone.text(lang).to_string(),
        Some(FactValue::Incidents(l)) => l.iter().map(|i| text::incident(i, lang)).collect::<Vec<_>>().join(lang.pick("；", "; ")),
    }
}

#[component]
pub fn CheckPage() -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let to_report = {
        let go = go.clone();
        move |_| go(Page::Report)
    };
    let sections = move || {
        let lang = app.lang.get();
        let schemes = app.draft.with(|d| d.schemes.clone());
        steps(&schemes).into_iter().enumerate().filter_map(|(i, step)| {
            let Step::Topic(topic) = step else { return None };
            let rows = topic_facts(topic, &schemes).into_iter()
                .filter(|f| f.ask_when.as_ref().is_none_or(|c| app.draft.with(|d| d.profile.holds(c) == Some(true))))
                .map(|f| {
                            let value = app.draft.with(|d| answer(f, d.profile.facts.get(f.id.as_str()), lang));
                    let query = format!("page=step&step={}&from=check{}#q-{}-block", i + 1, super::nav::kept_params(), f.id);
                    let href = format!("?{query}");
                    view! {
                        <dt>{f.label.get(lang.is_en()).to_string()}</dt>
                        <dd>{value}</dd>
                        <dd><a href=href on:click=move |ev| { ev.prevent_default(); super::nav::push(&query); }>
                            {Msg::Change.text(lang)}<span class="visually-hidden">{format!(" {}", f.label.get(lang.is_en()))}</span>
                        </a></dd>
                    }
                }).collect_view();
            Some(view! { <h2>{topic.name.get(lang.is_en()).to_string()}</h2><dl class="answers">{rows}</dl> })
        }).collect_view()
    };
    // The self-ratings of a performance table, with a Change link to their step.
    let scores = move || {
        let lang = app.lang.get();
        let schemes = app.draft.with(|d| d.schemes.clone());
        steps(&schemes).into_iter().enumerate().filter_map(|(i, step)| {
            let Step::Performance(table) = step else { return None };
            let query = format!("page=step&step={}&from=check{}", i + 1, super::nav::kept_params());
            let href = format!("?{query}");
            let rows = table.indicators.iter().map(|ind| {
                let rated = app.draft.with(|d| d.profile.scores.get(ind.id.as_str()).copied());
                let value = rated.map(|v| format!("{} / {}", text::number(v), ind.weight)).unwrap_or_else(|| Msg::NotAnswered.text(lang).to_string());
                view! { <dt>{ind.name.get(lang.is_en()).to_string()}</dt><dd>{value}</dd><dd></dd> }
            }).collect_view();
            let query = query.clone();
            Some(view! {
                <h2>{step.title(lang.is_en())}</h2>
                <p><a href=href on:click=move |ev| { ev.prevent_default(); super::nav::push(&query); }>{Msg::Change.text(lang)}
                    <span class="visually-hidden">{format!(" {}", step.title(lang.is_en()))}</span></a></p>
                <dl class="answers">{rows}</dl>
            })
        }).collect_view()
    };
    let _ = catalogue();
    view! {
        <h1>{app.tr(Msg::CheckTitle)}</h1>
        {sections}
        {scores}
        <div class="actions">
            <button type="button" class="primary" on:click=to_report>{app.tr(Msg::SeeReport)}</button>
        </div>
    }
}
