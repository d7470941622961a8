//! Check your answers: every answer by topic, each with a Change link back to its step.

pub mod markup;
#[cfg(test)]
mod tests;

#[cfg(target_arch = "wasm32")]
pub use page::CheckPage;

/// The page as Leptos views (the browser build only).
#[cfg(target_arch = "wasm32")]
mod page {
    use crate::i18n::Msg;
    use crate::ui::nav::{use_go, Page};
    use crate::ui::state::use_app;
    use leptos::prelude::*;

    #[component]
    pub fn CheckPage() -> impl IntoView {
        let app = use_app();
        let go = use_go();
        let to_report = move |_| go(Page::Report);
        let answers = move || {
            let kept = crate::ui::nav::kept_params();
            app.draft
                .with(|d| super::markup::answers(&d.schemes, &d.profile, &d.inputs, app.today, app.lang.get(), &kept))
        };
        view! {
            <h1>{app.tr(Msg::CheckTitle)}</h1>
            <div inner_html=answers></div>
            <div class="actions">
                <button type="button" class="primary" on:click=to_report>{app.tr(Msg::SeeReport)}</button>
            </div>
        }
    }
}
