//! The live readiness panel beside the questions.

use super::state::use_app;
use crate::engine::assess;
use crate::i18n::Msg;
use crate::report::text;
use crate::schemes::catalogue;
use leptos::prelude::*;

#[component]
pub fn SidePanel() -> impl IntoView {
    let app = use_app();
    let assessment = Memo::new(move |_| app.draft.with(|d| assess(catalogue(), &d.profile, &d.schemes)));
    view! {
        <details class="side" open>
            <summary><h2>{app.tr(Msg::LiveReadiness)}</h2></summary>
            <ul aria-live="polite">
                {move || assessment.get().schemes.into_iter().map(|s| {
                    let scheme = catalogue().scheme(&s.scheme).expect("assessed schemes exist");
                    let lang = app.lang.get();
                    view! {
                        <li class=format!("verdict-line {}", text::verdict_class(&s.verdict))>
                            <strong>{scheme.short_name.get(lang.is_en()).to_string()}</strong><br />
                            {text::verdict(&s.verdict, lang)} " · " {app.t(Msg::Readiness)} " " {s.readiness} "%"
                        </li>
                    }
                }).collect_view()}
            </ul>
        </details>
    }
}
