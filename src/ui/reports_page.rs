//! Saved reports: open, rename, duplicate, compare two, delete with undo, import a file.

use super::files::{download, read_text, FileError};
use super::nav::{use_go, Page};
use super::state::use_app;
use crate::i18n::Msg;
use crate::report::Report;
use crate::store::reports::{self, Unreadable};
use crate::store::ReadError;
use leptos::prelude::*;
use leptos::task::spawn_local;

fn import_error(e: &ReadError) -> Msg {
    match e {
        ReadError::Unreadable => Msg::ImportNotJson,
        ReadError::Foreign(_) => Msg::ImportForeign,
        ReadError::Newer(_) => Msg::ImportNewer,
    }
}

#[component]
pub fn ReportsPage() -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let listing = RwSignal::new(reports::list());
    let refresh = move || listing.set(reports::list());
    let deleted = RwSignal::new(None::<Report>);
    let chosen = RwSignal::new(Vec::<String>::new());
    let message = RwSignal::new(None::<Msg>);

    let import_text = move |result: Result<String, FileError>| {
        let outcome = match result {
            Err(FileError::TooLarge) => Err(Msg::ImportTooLarge),
            Err(FileError::Unreadable) => Err(Msg::ImportNotJson),
            Ok(t) => Report::from_json(&t).map_err(|e| import_error(&e)),
        };
        match outcome {
            Ok(mut r) => {
                r.id = reports::new_id();
                let ok = reports::save(&r);
                message.set(Some(if ok { Msg::ImportDone } else { Msg::SaveFailed }));
                refresh();
            }
            Err(m) => message.set(Some(m)),
        }
    };
    let take_file = move |file: Option<web_sys::File>| {
        if let Some(f) = file {
            spawn_local(async move { import_text(read_text(f).await) });
        }
    };
    let on_pick = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let input: web_sys::HtmlInputElement = event_target(&ev);
        take_file(input.files().and_then(|l| l.get(0)));
        input.set_value("");
        let _ = input.dyn_ref::<web_sys::HtmlElement>();
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        take_file(ev.data_transfer().and_then(|d| d.files()).and_then(|l| l.get(0)));
    };

    // The cards are markup (`markup::saved_report_cards`); one listener each for their buttons
    // and checkboxes reads which report from `data-id`. A checkbox keeps its own state, so the
    // cards are not redrawn when one is ticked.
    let cards = move || listing.with(|l| crate::markup::saved_report_cards(&l.0, &chosen.get_untracked(), app.lang.get()));
    let act = move |ev: leptos::ev::MouseEvent| {
        let Some(button) = super::nav::closest(&ev, "button[data-action]") else { return };
        let (Some(action), Some(id)) = (button.get_attribute("data-action"), button.get_attribute("data-id")) else { return };
        let Some(r) = listing.with_untracked(|l| l.0.iter().find(|r| r.id == id).cloned()) else { return };
        match action.as_str() {
            "open" => go(Page::Saved(id)),
            "rename" => {
                if let Ok(Some(name)) = window().prompt_with_message_and_default(app.t(Msg::Rename), &r.name) {
                    let mut r = r;
                    r.name = name.chars().take(200).collect();
                    reports::save(&r);
                    refresh();
                }
            }
            "duplicate" => {
                app.draft.update(|d| {
                    d.schemes = r.schemes.clone();
                    d.profile = r.profile.clone();
                    d.profile.assessed_on = app.today;
                    d.name = r.name.clone();
                    d.inputs.clear();
                    d.started = true;
                });
                go(Page::Check);
            }
            "delete" if reports::delete(&id) => {
                deleted.set(Some(r));
                refresh();
            }
            _ => {}
        }
    };
    let pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(id) = input.get_attribute("data-id") else { return };
        let on = input.checked();
        chosen.update(|c| {
            c.retain(|x| *x != id);
            if on {
                c.push(id);
            }
        });
    };
    let undo = move |_| {
        if let Some(r) = deleted.get_untracked() {
            reports::save(&r);
            deleted.set(None);
            refresh();
        }
    };
    let bad_rows = move || {
        listing.get().1.into_iter().map(|Unreadable { key, text, .. }| {
            let name = format!("{}.txt", key.replace('/', "-"));
            view! {
                <li><code>{key.clone()}</code> " "
                    <button type="button" on:click=move |_| download(&name, "text/plain", &text)>{app.tr(Msg::DownloadRaw)}</button>
                </li>
            }
        }).collect_view()
    };
    let compared = move || {
        let ids = chosen.get();
        (ids.len() == 2).then(|| {
            let all = listing.get().0;
            let a = all.iter().find(|r| r.id == ids[0]).cloned();
            let b = all.iter().find(|r| r.id == ids[1]).cloned();
            a.zip(b).map(|(a, b)| view! { <section class="comparison" inner_html=crate::report::html::comparison(&a, &b, app.lang.get())></section> })
        }).flatten()
    };

    view! {
        <h1>{app.tr(Msg::SavedReports)}</h1>
        {super::message::message("notice", "status", std::sync::Arc::new(move || message.get().map(|m| app.t(m))))}
        <Show when=move || deleted.get().is_some()>
            <p class="notice" role="status">{app.tr(Msg::Deleted)} " "
                <button type="button" on:click=undo>{app.tr(Msg::Undo)}</button></p>
        </Show>
        <div class="dropzone" on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
            <label for="import-file">{app.tr(Msg::Import)}</label>
            <p class="hint">{app.tr(Msg::ImportHint)}</p>
            <input type="file" id="import-file" accept="application/json,.json" on:change=on_pick />
        </div>
        <Show when=move || listing.with(|l| l.0.is_empty())>
            <p>{app.tr(Msg::NoReports)}</p>
        </Show>
        <ul class="cards" inner_html=cards on:click=act on:change=pick></ul>
        {compared}
        <Show when=move || listing.with(|l| !l.1.is_empty())>
            <h2>{app.tr(Msg::Unreadable)}</h2>
            <ul>{bad_rows}</ul>
        </Show>
    }
}
