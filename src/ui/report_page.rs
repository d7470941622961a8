//! The readiness report: verdicts first, then every criterion with its source and shortfall.

use super::nav::{use_go, Page};
use super::state::use_app;
use crate::engine::{assess, Outcome, SchemeAssessment};
use crate::i18n::{Lang, Msg};
use crate::report::text;
use crate::schemes::{catalogue, Cited, Scheme, RULES_HASH, RULES_VERSION};
use leptos::prelude::*;

#[component]
pub fn ReportPage() -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let assessment = Memo::new(move |_| app.draft.with(|d| assess(catalogue(), &d.profile, &d.schemes)));
    let edit = move |_| go(Page::Check);
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <h1>{move || app.t(Msg::ReportTitle)}</h1>
        <p>{move || app.t(Msg::AssessedOn)} ": " {move || assessment.get().assessed_on.to_string()}</p>
        <ul class="verdicts">
            {move || assessment.get().schemes.into_iter().map(|s| view! { <VerdictCard s=s /> }).collect_view()}
        </ul>
        <div class="actions no-print">
            <button type="button" on:click=edit>{move || app.t(Msg::EditAnswers)}</button>
            <button type="button" on:click=print>{move || app.t(Msg::Print)}</button>
        </div>
        {move || assessment.get().schemes.into_iter().map(|s| view! { <SchemeSection s=s /> }).collect_view()}
        <p class="stamp">
            {move || app.t(Msg::Stamp)} ": " {move || assessment.get().assessed_on.to_string()}
            {format!(" · platform-readiness {} · rules {RULES_VERSION} · #{RULES_HASH}", env!("CARGO_PKG_VERSION"))}
        </p>
    }
}

fn scheme_of(s: &SchemeAssessment) -> &'static Scheme {
    catalogue().scheme(&s.scheme).expect("assessed schemes exist")
}

#[component]
fn VerdictCard(s: SchemeAssessment) -> impl IntoView {
    let app = use_app();
    let scheme = scheme_of(&s);
    let lang = app.lang.get_untracked();
    let readiness = s.readiness;
    view! {
        <li class=format!("verdict {}", text::verdict_class(&s.verdict))>
            <a href=format!("#scheme-{}", scheme.id)><strong>{scheme.short_name.get(lang.is_en()).to_string()}</strong></a>
            <p class="verdict-label">{text::verdict(&s.verdict, lang)}</p>
            <svg class="chart" width="200" height="14" viewBox="0 0 200 14" role="img" aria-label=format!("{} {readiness}%", Msg::Readiness.text(lang))>
                <rect x="0" y="0" width="200" height="14" rx="3" fill="#e3e8ee" />
                <rect x="0" y="0" width=2 * u32::from(readiness) height="14" rx="3" fill="currentColor" />
            </svg>
            <p>{Msg::Readiness.text(lang)} " " {readiness} "% · " {text::validity(&s.validity, lang)}</p>
        </li>
    }
}

fn outcome_row(o: &Outcome, scheme: &'static Scheme, lang: Lang) -> impl IntoView {
    let c = scheme.criteria.iter().find(|c| c.id == o.criterion).expect("outcomes follow criteria");
    let en = lang.is_en();
    let mut notes: Vec<String> = o.shortfalls.iter().map(|s| text::shortfall(s, lang)).collect();
    if let Some(d) = o.met_from {
        notes.push(format!("{}{d}", lang.pick("最早满足日期：", "Met from ")));
    }
    if let Some(d) = o.holds_until {
        notes.push(format!("{}{d}", lang.pick("持续满足至：", "Holds until ")));
    }
    if !o.missing.is_empty() {
        let names: Vec<String> = o.missing.iter().map(|f| text::fact_label(f, lang)).collect();
        notes.push(format!("{}{}", lang.pick("待回答：", "To answer: "), names.join(lang.pick("；", "; "))));
    }
    if o.soft {
        notes.push(Msg::SoftRule.text(lang).to_string());
    }
    if let Some(n) = &c.note {
        notes.push(n.get(en).to_string());
    }
    view! {
        <tr>
            <td>{c.summary.get(en).to_string()}</td>
            <td class=format!("status {}", text::status_class(o.status))>{text::status(o.status, lang)}</td>
            <td><strong>{c.citation.get(en).to_string()}</strong><br /><span class="quote" lang="zh-CN">{c.quote.clone()}</span></td>
            <td>{notes.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}</td>
        </tr>
    }
}

fn cited_list(title: Msg, items: &'static [Cited], lang: Lang) -> impl IntoView {
    let en = lang.is_en();
    (!items.is_empty()).then(|| view! {
        <h3>{title.text(lang)}</h3>
        <ol>{items.iter().map(|i| view! { <li>{i.summary.get(en).to_string()} " (" {i.citation.get(en).to_string()} ")"</li> }).collect_view()}</ol>
    })
}

#[component]
fn SchemeSection(s: SchemeAssessment) -> impl IntoView {
    let app = use_app();
    let scheme = scheme_of(&s);
    let lang = app.lang.get_untracked();
    let en = lang.is_en();
    let unknown: Vec<String> = s.unknown_facts.iter().map(|f| text::fact_label(f, lang)).collect();
    view! {
        <section id=format!("scheme-{}", scheme.id) class="scheme-report">
            <h2>{scheme.name.get(en).to_string()}</h2>
            <p>{text::verdict(&s.verdict, lang)} " · " {Msg::Readiness.text(lang)} " " {s.readiness} "%"</p>
            <p>{Msg::Validity.text(lang)} ": " {text::validity(&s.validity, lang)} " (" {scheme.period.citation.get(en).to_string()} ")"
                {scheme.period.note.as_ref().map(|n| format!(" {}", n.get(en)))}</p>
            <table>
                <thead><tr>
                    <th scope="col">{Msg::Criterion.text(lang)}</th>
                    <th scope="col">{Msg::Status.text(lang)}</th>
                    <th scope="col">{Msg::Source.text(lang)}</th>
                    <th scope="col">{Msg::Gap.text(lang)}</th>
                </tr></thead>
                <tbody>{s.outcomes.iter().map(|o| outcome_row(o, scheme, lang)).collect_view()}</tbody>
            </table>
            {(!unknown.is_empty()).then(|| view! {
                <h3>{Msg::Unanswered.text(lang)}</h3>
                <ul>{unknown.into_iter().map(|u| view! { <li>{u}</li> }).collect_view()}</ul>
            })}
            {cited_list(Msg::Documents, &scheme.documents, lang)}
            {cited_list(Msg::Process, &scheme.process, lang)}
            {cited_list(Msg::Duties, &scheme.duties, lang)}
            {cited_list(Msg::Support, &scheme.support, lang)}
        </section>
    }
}
