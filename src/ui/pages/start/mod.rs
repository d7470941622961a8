//! The start page: what the tool is, and the schemes to check.

pub mod markup;
#[cfg(test)]
mod tests;

#[cfg(target_arch = "wasm32")]
pub use page::StartPage;

/// The page as Leptos views (the browser build only).
#[cfg(target_arch = "wasm32")]
mod page {
    use crate::i18n::Msg;
    use crate::schemes::{catalogue, Scheme};
    use crate::ui::components::message::message;
    use crate::ui::nav::{use_go, Page};
    use crate::ui::state::use_app;
    use leptos::prelude::*;
    use std::sync::Arc;

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
            go(Page::Step(app.start()));
        };
        let start_new = move |_| {
            let mut fresh = crate::ui::state::new_draft(app.today);
            fresh.schemes = app.draft.with_untracked(|d| d.schemes.clone());
            let said = match app.replace_draft(fresh) {
                Ok(true) => Some(Msg::NewAssessmentStarted),
                Ok(false) => None,
                Err(why) => Some(why),
            };
            app.tell(said, Page::Start);
        };
        let name_input = move |ev: leptos::ev::Event| {
            let v: String = event_target_value(&ev).chars().take(crate::engine::profile::MAX_NAME_CHARS).collect();
            app.draft.update(|d| d.name = v);
        };
        let visible: Vec<&'static Scheme> = {
            let p = app.params.get_value();
            catalogue()
                .schemes
                .iter()
                .filter(|s| !p.embed || p.schemes.is_empty() || p.schemes.iter().any(|id| *id == s.id))
                .collect()
        };
        view! {
            <h1>{app.tr(Msg::AppName)}</h1>
            <p class="lead">{app.tr(Msg::Tagline)}</p>
            <p>{app.tr(Msg::Audience)}</p>
            <div class="question">
                <label for="org-name">{app.tr(Msg::OrgName)}</label>
                <input type="text" id="org-name" autocomplete="organization" maxlength=crate::engine::profile::MAX_NAME_CHARS.to_string() prop:value=move || app.draft.with(|d| d.name.clone()) on:input=name_input />
            </div>
            <fieldset class="scheme-choice" aria-describedby="scheme-hint">
                <legend><h2>{app.tr(Msg::ChooseSchemes)}</h2></legend>
                <p id="scheme-hint" class="hint">{app.tr(Msg::ChooseSchemesHint)}</p>
                {message("field-error", "alert", Arc::new(move || error.get().then(|| app.t(Msg::NoSchemeChosen))))}
                <ul class="cards">
                    {visible.into_iter().map(|s| view! { <SchemeCard scheme=s /> }).collect_view()}
                </ul>
            </fieldset>
            <div class="actions">
                <button type="button" class="primary" on:click=start>
                    {move || if app.draft.with(|d| d.started) { app.t(Msg::ContinueAssessment) } else { app.t(Msg::StartAssessment) }}
                </button>
                <Show when=move || app.draft.with(|d| d.started)>
                    <button type="button" on:click=start_new>{app.tr(Msg::NewAssessment)}</button>
                </Show>
            </div>
        }
    }

    #[component]
    fn SchemeCard(scheme: &'static Scheme) -> impl IntoView {
        let app = use_app();
        let id = scheme.id.to_string();
        let input_id = format!("scheme-{}", scheme.id);
        let checked = {
            let id = id.clone();
            move || app.draft.with(|d| d.schemes.contains(&id))
        };
        let toggle = move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            let id = id.clone();
            app.draft.update(|d| {
                // The catalogue's order, whatever the order of clicks.
                let chosen = std::mem::take(&mut d.schemes);
                d.schemes = catalogue()
                    .schemes
                    .iter()
                    .filter(|c| if c.id == id { on } else { chosen.contains(&c.id.to_string()) })
                    .map(|c| c.id.to_string())
                    .collect();
            });
        };
        view! {
            <li class=super::markup::scheme_card_class(scheme, app.today)>
                <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle />
                <label for=input_id inner_html=move || super::markup::scheme_card(scheme, app.today, app.lang.get())></label>
            </li>
        }
    }
}
