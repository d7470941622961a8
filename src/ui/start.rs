//! The start page: what the tool is, and the schemes to check.

use super::nav::{use_go, Page};
use super::state::use_app;
use crate::engine::{validity, Validity};
use crate::i18n::Msg;
use crate::schemes::{catalogue, Scheme, SchemeKind};
use leptos::prelude::*;

#[component]
pub fn StartPage() -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let error = RwSignal::new(false);
    let start = move |_| {
        if app.draft.with(|d| d.schemes.is_empty()) {
            error.set(true);
            return;
        }
        app.draft.update(|d| d.started = true);
        go(Page::Step(0));
    };
    view! {
        <h1>{move || app.t(Msg::AppName)}</h1>
        <p class="lead">{move || app.t(Msg::Tagline)}</p>
        <p>{move || app.t(Msg::Audience)}</p>
        <fieldset class="scheme-choice" aria-describedby="scheme-hint">
            <legend><h2>{move || app.t(Msg::ChooseSchemes)}</h2></legend>
            <p id="scheme-hint" class="hint">{move || app.t(Msg::ChooseSchemesHint)}</p>
            <Show when=move || error.get()>
                <p class="field-error" role="alert">{move || app.t(Msg::NoSchemeChosen)}</p>
            </Show>
            <ul class="cards">
                {catalogue().schemes.iter().map(|s| view! { <SchemeCard scheme=s /> }).collect_view()}
            </ul>
        </fieldset>
        <div class="actions">
            <button type="button" class="primary" on:click=start>
                {move || if app.draft.with(|d| d.started) { app.t(Msg::ContinueAssessment) } else { app.t(Msg::StartAssessment) }}
            </button>
        </div>
    }
}

#[component]
fn SchemeCard(scheme: &'static Scheme) -> impl IntoView {
    let app = use_app();
    let id = scheme.id.clone();
    let input_id = format!("scheme-{}", scheme.id);
    let checked = {
        let id = id.clone();
        move || app.draft.with(|d| d.schemes.contains(&id))
    };
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        let id = id.clone();
        app.draft.update(|d| {
            d.schemes.retain(|s| *s != id);
            if on {
                d.schemes.push(id);
                // Keep the catalogue's order.
                d.schemes.sort_by_key(|s| catalogue().schemes.iter().position(|c| &c.id == s));
            }
        });
    };
    let status = move || {
        let en = app.en();
        match validity(&scheme.period, app.today) {
            Validity::InForce { until: Some(day) } => format!("{} {day}", Msg::InForceUntil.text(app.lang.get())),
            Validity::InForce { until: None } => Msg::InForce.text(app.lang.get()).to_string(),
            Validity::Expired { ended } => format!("{} {ended}", Msg::ExpiredOn.text(app.lang.get())),
            Validity::NotYet { starts } => format!("{} ({starts})", if en { "Not yet in force" } else { "尚未施行" }),
            Validity::Unknown => Msg::ValidityUnknown.text(app.lang.get()).to_string(),
        }
    };
    let in_force = matches!(validity(&scheme.period, app.today), Validity::InForce { .. });
    view! {
        <li class="card" class:muted=!in_force>
            <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle />
            <label for=input_id>
                <span class="card-title">{move || scheme.name.get(app.en()).to_string()}</span>
                <span class="card-meta">
                    <span>{move || app.t(Msg::Issuer)} ": " {move || scheme.issuer.get(app.en()).to_string()}</span>
                    {scheme.document_number.clone().map(|n| view! { <span>" · " {n}</span> })}
                </span>
                <span class="card-meta">
                    <span>{move || app.t(Msg::Region)} ": " {move || scheme.region.get(app.en()).to_string()}</span>
                    " · "
                    <span>{move || app.t(if scheme.kind == SchemeKind::PilotBase { Msg::KindPilotBase } else { Msg::KindInnovationCentre })}</span>
                    " · "
                    <span>{scheme.criteria.len()} " " {move || app.t(Msg::CriteriaCount)}</span>
                </span>
                <span class="card-status">{status}</span>
            </label>
        </li>
    }
}
