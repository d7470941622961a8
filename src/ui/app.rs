//! The application shell: header with the language switch, the current page, the footer.

use super::components::message::message;
use super::nav::{use_page, Page};
use super::pages::check::CheckPage;
use super::pages::report::{ReportPage, SavedPage};
use super::pages::reports::ReportsPage;
use super::pages::start::StartPage;
use super::pages::step::WizardPage;
use super::state::{provide_app_state, use_app};
use crate::i18n::{Lang, Msg};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn App() -> impl IntoView {
    provide_app_state();
    super::texts::provide();
    super::nav::provide_address();
    super::nav::follow_links();
    view! { <Shell /> }
}

#[component]
fn Shell() -> impl IntoView {
    let app = use_app();
    let page = use_page();
    let go = super::nav::use_go();
    let params = app.params.get_value();
    let embedded = params.embed;
    super::embed::apply_accent(params.accent.as_deref());
    super::embed::report_height(params.parent.clone());
    if params.start && page.get_untracked() == Page::Start {
        go(Page::Step(app.start()));
    }
    let page_shown = super::embed::page_shown(params.parent.clone());
    // A notice belongs to the page it was given for: gone once another page opens. In a frame,
    // the parent page is told of every new page.
    Effect::new(move |before: Option<Page>| {
        let now = page.get();
        if app.notice.with_untracked(Option::is_some) && app.notice_for(&now).is_none() {
            app.notice.set(None);
        }
        if before.is_some_and(|b| b != now) {
            page_shown();
        }
        now
    });
    // On a step page the skip link goes to the first question's first field.
    let on_step = move || matches!(page.get(), Page::Step(_));
    let skip = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let first = || document().query_selector("main .question input, main .question select").ok().flatten();
        if let Some(field) = untrack(on_step).then(first).flatten() {
            ev.prevent_default();
            let _ = field.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    let switch = move |_| app.lang.update(|l| *l = if l.is_en() { Lang::Zh } else { Lang::En });
    view! {
        <a class="skip-link" href="#main" on:click=skip>{move || app.t(if on_step() { Msg::SkipToQuestion } else { Msg::SkipToContent })}</a>
        <header class="site-header" class:embedded=embedded>
            <div class="wrap header-row">
                <a class="brand" class:no-embed=embedded href="?page=start">{app.tr(Msg::AppName)}</a>
                <nav class="header-nav" aria-label=app.tr(Msg::AppName)>
                <a href="?page=reports">{app.tr(Msg::SavedReports)}</a>
                <button
                    type="button"
                    class="lang-switch"
                    lang=move || if app.en() { "zh-CN" } else { "en" }
                    aria-label=app.tr(Msg::LanguageSwitchLabel)
                    on:click=switch
                >
                    {app.tr(Msg::LanguageSwitch)}
                </button>
                </nav>
            </div>
        </header>
        {message("banner wrap", "status", Arc::new(move || {
            // In a bureau's frame, storage that cannot be used is said quietly beside the report's
            // downloads instead (frames are often refused storage).
            app.hold.get().or_else(|| (!embedded && !app.storage_ok.get()).then(|| app.storage_msg())).map(|m| app.t(m))
        }))}
        // The rules of the pages after the start page (`style/pages.css`) and the report's, the
        // downloaded report's own (`style/report.css`), come with the deferred texts.
        <style>{move || super::texts::ready().then(|| format!("{}{}", super::texts::PAGES_CSS.as_str(), crate::report::html::REPORT_CSS.as_str()))}</style>
        <main id="main" class="wrap" tabindex="-1">
            {message("notice", "status", Arc::new(move || app.notice_for(&page.get()).map(|m| app.t(m))))}
            {move || match page.get() {
                // Every page but the start page shows the scheme data's texts, which a release
                // build loads when such a page is first shown (see `super::texts`).
                // (No heading of its own: the page's heading comes with the page.)
                p if p != Page::Start && super::texts::waiting().is_some() => {
                    message("notice", "status", Arc::new(move || super::texts::waiting().map(|m| app.t(m)))).into_any()
                }
                Page::Start => view! { <StartPage /> }.into_any(),
                Page::Step(n) => view! { <WizardPage index=n /> }.into_any(),
                Page::Check => view! { <CheckPage /> }.into_any(),
                Page::Report => view! { <ReportPage /> }.into_any(),
                Page::Reports => view! { <ReportsPage /> }.into_any(),
                Page::Saved(id) => view! { <SavedPage id=id /> }.into_any(),
            }}
        </main>
        <footer class="site-footer" class:no-embed=embedded>
            <div class="wrap">
                <p>{app.tr(Msg::FooterPrivacy)} " " {app.tr(Msg::FooterSources)}</p>
            </div>
        </footer>
    }
}
