//! Saved reports: open, rename, duplicate, compare two, delete with undo, import a file.

use super::files::{download, read_text, FileError};
use super::nav::{use_go, Page};
use super::state::use_app;
use crate::i18n::Msg;
use crate::report::{text, Report};
use crate::schemes::catalogue;
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

    let rows = {
        let go = go.clone();
        move || {
            let lang = app.lang.get();
            listing.get().0.into_iter().map(|r| {
                let go = go.clone();
                let go2 = go.clone();
                let id = r.id.clone();
                let (id_open, id_del, id_pick) = (id.clone(), id.clone(), id.clone());
                let r_ren = r.clone();
                let r_dup = r.clone();
                let r_del = r.clone();
                let summary: Vec<String> = r.assessment.schemes.iter().map(|s| {
                    let name = catalogue().scheme(&s.scheme).map(|c| c.short_name.get(lang.is_en()).to_string()).unwrap_or_default();
                    format!("{name}: {} ({}%)", text::verdict(&s.verdict, lang), s.readiness)
                }).collect();
                let checkbox_id = format!("cmp-{id}");
                view! {
                    <li class="card saved">
                        <input type="checkbox" id=checkbox_id.clone() prop:checked=move || chosen.with(|c| c.contains(&id_pick))
                            on:change=move |ev| { let on = event_target_checked(&ev); let id = id.clone(); chosen.update(|c| { c.retain(|x| *x != id); if on { c.push(id); } }); } />
                        <div>
                            <label for=checkbox_id class="card-title">{r.name.clone()} " · " {r.stamp.assessed_on.to_string()}</label>
                            <span class="visually-hidden">{app.tr(Msg::SelectForCompare)}</span>
                            <ul class="card-meta">{summary.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                            <div class="actions">
                                <button type="button" on:click=move |_| go(Page::Saved(id_open.clone()))>{app.tr(Msg::Open)}</button>
                                <button type="button" on:click=move |_| {
                                    let prompt = app.t(Msg::Rename);
                                    if let Ok(Some(name)) = window().prompt_with_message_and_default(prompt, &r_ren.name) {
                                        let mut r = r_ren.clone();
                                        r.name = name.chars().take(200).collect();
                                        reports::save(&r);
                                        refresh();
                                    }
                                }>{app.tr(Msg::Rename)}</button>
                                <button type="button" on:click=move |_| {
                                    let r = r_dup.clone();
                                    app.draft.update(|d| {
                                        d.schemes = r.schemes.clone();
                                        d.profile = r.profile.clone();
                                        d.profile.assessed_on = app.today;
                                        d.name = r.name.clone();
                                        d.inputs.clear();
                                        d.started = true;
                                    });
                                    go2(Page::Check);
                                }>{app.tr(Msg::Duplicate)}</button>
                                <button type="button" on:click=move |_| {
                                    if reports::delete(&id_del) {
                                        deleted.set(Some(r_del.clone()));
                                        refresh();
                                    }
                                }>{app.tr(Msg::Delete)}</button>
                            </div>
                        </div>
                    </li>
                }
            }).collect_view()
        }
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
        <Show when=move || message.get().is_some()>
            <p class="notice" role="status">{move || message.get().map(|m| app.t(m))}</p>
        </Show>
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
        <ul class="cards">{rows}</ul>
        {compared}
        <Show when=move || listing.with(|l| !l.1.is_empty())>
            <h2>{app.tr(Msg::Unreadable)}</h2>
            <ul>{bad_rows}</ul>
        </Show>
    }
}
