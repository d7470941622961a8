//! The readiness report: verdicts first, then every criterion with its source and shortfall.

pub mod markup;
#[cfg(test)]
mod tests;

#[cfg(target_arch = "wasm32")]
pub use page::{ReportPage, ReportView, SavedPage};
#[cfg(target_arch = "wasm32")]
mod plan;

/// The page as Leptos views (the browser build only).
#[cfg(target_arch = "wasm32")]
mod page {
    use crate::i18n::Msg;
    use crate::report::Report;
    use crate::ui::contract::EMBED_SHARE;
    use crate::ui::nav::{use_go, Page};
    use crate::ui::state::use_app;
    use leptos::prelude::*;

    /// The report of the assessment being filled in, or of a shared link (`#p=…`).
    #[component]
    pub fn ReportPage() -> impl IntoView {
        let app = use_app();
        let go = use_go();
        // The fragment can change without a reload (a second share link opened in the same tab).
        let hash = RwSignal::new(window().location().hash().unwrap_or_default());
        // Removed when the page goes: each visit listens once.
        let listener = window_event_listener(leptos::ev::hashchange, move |_| {
            hash.set(window().location().hash().unwrap_or_default())
        });
        on_cleanup(move || listener.remove());
        let live = Memo::new(move |_| {
            app.draft.with(|d| Report::new("draft".into(), d.name.clone(), d.schemes.clone(), d.profile.clone()))
        });
        move || {
            let shared = hash.with(|h| {
                crate::report::share::payload_in(h.trim_start_matches('#')).map(crate::report::share::decode)
            });
            let go = go.clone();
            match shared {
                Some(Ok((schemes, profile))) => {
                    let report = Report::new(crate::store::reports::new_id(), String::new(), schemes, profile);
                    // Going on with the link's answers replaces the draft: the one under way is saved first.
                    let said = RwSignal::new(None::<Msg>);
                    let take = {
                        let r = report.clone();
                        move |_| {
                            if let Some(why) =
                                app.continue_with(r.schemes.clone(), r.profile.clone(), String::new(), &go)
                            {
                                said.set(Some(why));
                            }
                        }
                    };
                    view! {
                <p class="notice" role="status">{app.tr(Msg::SharedNotice)}</p>
                <div class="actions no-print"><button type="button" on:click=take>{app.tr(Msg::UseSharedAnswers)}</button></div>
                {crate::ui::components::message::message("field-error", "alert", std::sync::Arc::new(move || said.get().map(|m| app.t(m))))}
                <ReportView report=Signal::derive(move || report.clone()) savable=true plan=super::plan::Home::ReadOnly />
            }
            .into_any()
                }
                broken => {
                    let edit = move |_| go(Page::Check);
                    view! {
                {broken.map(|e| view! { <p class="field-error" role="alert">{app.tr(Msg::SharedBroken)} " (" {e.err().map(|e| crate::report::share::message(&e, app.lang.get())).unwrap_or_default()} ")"</p> })}
                {share_verdicts(live)}
                <ReportView report=live.into() savable=true plan=super::plan::Home::Draft />
                <div class="actions no-print">
                    <button type="button" on:click=edit>{app.tr(Msg::EditAnswers)}</button>
                </div>
            }
            .into_any()
                }
            }
        }
    }

    /// A saved report, frozen as it was saved (re-judged only when the rules changed).
    #[component]
    pub fn SavedPage(id: String) -> impl IntoView {
        let app = use_app();
        match crate::store::reports::get(&id) {
            Ok(Some(report)) => {
                view! { <ReportView report=Signal::derive(move || report.clone()) savable=false plan=super::plan::Home::Saved /> }.into_any()
            }
            found => {
                let why = if found.is_err() { Msg::ListReadFailed } else { Msg::ReportGone };
                view! { <h1>{app.tr(Msg::ReportTitle)}</h1><p>{app.tr(why)}</p> }.into_any()
            }
        }
    }

    /// Save, download, share and print.
    #[component]
    fn ReportActions(report: Signal<Report>, savable: bool) -> impl IntoView {
        let app = use_app();
        let embedded = app.params.get_value().embed;
        let message = RwSignal::new(None::<Msg>);
        let save = move |_| {
            let mut r = report.get_untracked();
            r.id = crate::store::reports::new_id();
            if r.name.trim().is_empty() {
                r.name = app.t(Msg::Untitled).to_string();
            }
            message.set(Some(if crate::store::reports::save(&r) { Msg::ReportSaved } else { Msg::SaveFailed }));
        };
        let json = move |_| {
            let r = report.get_untracked();
            crate::ui::components::files::download(
                &format!("{}.json", r.file_stem()),
                "application/json",
                &r.to_json(),
            );
        };
        let html = move |_| {
            let r = report.get_untracked();
            let plan = super::plan::file_markup();
            let page = crate::report::html::standalone_with_plan(&r, app.lang.get_untracked(), &plan);
            crate::ui::components::files::download(&format!("{}.html", r.file_stem()), "text/html", &page);
        };
        let link = move || {
            let r = report.get();
            let loc = window().location();
            format!(
                "{}{}?page=report#p={}",
                loc.origin().unwrap_or_default(),
                loc.pathname().unwrap_or_default(),
                crate::report::share::encode(&r.schemes, &r.profile)
            )
        };
        let copy = move |_| {
            let done = wasm_bindgen_futures::JsFuture::from(window().navigator().clipboard().write_text(&link()));
            leptos::task::spawn_local(async move {
                if done.await.is_ok() {
                    message.set(Some(Msg::LinkCopied))
                }
            });
        };
        let print = move |_| {
            let _ = window().print();
        };
        view! {
            <div class="actions no-print">
                {savable.then(|| view! { <button type="button" class="primary" on:click=save>{app.tr(Msg::SaveReport)}</button> })}
                <button type="button" on:click=json>{app.tr(Msg::DownloadJson)}</button>
                <button type="button" on:click=html>{app.tr(Msg::DownloadHtml)}</button>
                <button type="button" on:click=print>{app.tr(Msg::Print)}</button>
            </div>
            // In a bureau's frame, storage that cannot be used is said here, quietly (no banner).
            {crate::ui::components::message::message("hint no-print storage-note", "status", std::sync::Arc::new(move || (embedded && !app.storage_ok.get()).then(|| app.t(app.storage_msg()))))}
            {crate::ui::components::message::message("notice", "status", std::sync::Arc::new(move || message.get().map(|m| app.t(m))))}
            <div class="share no-print">
                <label for="share-link">{app.tr(Msg::ShareLink)}</label>
                <div class="input-row">
                    <input type="text" id="share-link" readonly prop:value=link on:focus=move |ev| {
                        use wasm_bindgen::JsCast;
                        if let Some(t) = ev.target() { t.unchecked_into::<web_sys::HtmlInputElement>().select(); }
                    } />
                    <button type="button" on:click=copy>{app.tr(Msg::CopyLink)}</button>
                </div>
            </div>
        }
    }

    /// The report: its words and markup are the page's markup and the downloaded report's sections (`report::html`); only
    /// the buttons are the app's own.
    #[component]
    pub fn ReportView(report: Signal<Report>, savable: bool, plan: super::plan::Home) -> impl IntoView {
        let app = use_app();
        // The scheme texts are there: the shell shows no page but the start page without them.
        view! {
            <div inner_html=move || report.with(|r| super::markup::page_head(r, app.lang.get()))></div>
            <ReportActions report=report savable=savable />
            <div class="plan-top" id="plan-top"></div>
            <div inner_html=move || report.with(|r| super::markup::report_body(r, app.lang.get()))></div>
            <div class="plan-root" id=super::plan::ROOT></div>
            // The stamp follows the report and the language, and so does the working plan: the plan
            // module draws it into the element above once this frame has put it in the page.
            <div inner_html=move || report.with(|r| {
                super::plan::show_later(r, app.lang.get(), plan);
                super::markup::page_stamp(r, app.lang.get())
            })></div>
        }
    }

    /// On the report page of a frame whose `parent=` is named: what the embedding page may learn and
    /// a button that sends it. The verdicts go to the named origin only when the applicant clicks
    /// (whoever frames the tool and names itself as `parent=` learns nothing without that click);
    /// each click sends the report's current verdicts.
    fn share_verdicts(report: Memo<Report>) -> Option<impl IntoView> {
        let app = use_app();
        let parent = app.params.with_value(|p| p.parent.clone()).filter(|_| crate::ui::embed::framed())?;
        let sent = RwSignal::new(false);
        let markup = {
            let parent = parent.clone();
            move || super::markup::embed_share(&parent, sent.get(), app.lang.get())
        };
        let send = move |ev: leptos::ev::MouseEvent| {
            if crate::ui::nav::closest(&ev, &format!("#{EMBED_SHARE}")).is_none() {
                return;
            }
            report.with_untracked(|r| crate::ui::embed::send_verdicts(r, &parent));
            sent.set(true);
            // Drawn again with the confirmation: the focus stays on the button.
            crate::ui::nav::focus(EMBED_SHARE);
        };
        Some(view! { <div class="notice no-print" inner_html=markup on:click=send></div> })
    }
}
