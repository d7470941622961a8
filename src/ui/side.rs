//! The live readiness panel beside the questions.

use super::state::use_app;
use crate::engine::assess;
use crate::i18n::Msg;
use crate::schemes::catalogue;
use leptos::prelude::*;

#[component]
pub fn SidePanel() -> impl IntoView {
    let app = use_app();
    let assessment = Memo::new(move |_| app.draft.with(|d| assess(catalogue(), &d.profile, &d.schemes)));
    view! {
        <details class="side" open>
            <summary><h2>{app.tr(Msg::LiveReadiness)}</h2></summary>
            <ul aria-live="polite" inner_html=move || assessment.with(|a| crate::markup::live_readiness(a, app.lang.get()))></ul>
        </details>
    }
}
