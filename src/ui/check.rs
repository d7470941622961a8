//! Check your answers: every answer by topic, each with a Change link back to its step.

use super::nav::{use_go, Page};
use super::state::use_app;
use crate::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn CheckPage() -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let to_report = move |_| go(Page::Report);
    let answers = move || {
        let kept = super::nav::kept_params();
        app.draft.with(|d| crate::markup::answers(&d.schemes, &d.profile, app.lang.get(), &kept))
    };
    view! {
        <h1>{app.tr(Msg::CheckTitle)}</h1>
        <div inner_html=answers></div>
        <div class="actions">
            <button type="button" class="primary" on:click=to_report>{app.tr(Msg::SeeReport)}</button>
        </div>
    }
}
