//! Saved reports: open, rename, duplicate, compare two, delete with undo, import a file.

pub mod markup;
#[cfg(test)]
mod tests;

#[cfg(target_arch = "wasm32")]
pub use page::ReportsPage;

/// The page as Leptos views (the browser build only).
#[cfg(target_arch = "wasm32")]
mod page {
    use crate::i18n::Msg;
    use crate::report::Report;
    use crate::store::reports::{self, Unreadable};
    use crate::store::ReadError;
    use crate::ui::components::files::{download, read_text, FileError};
    use crate::ui::contract::{attr, CardAction, CardIds};
    use crate::ui::nav::{use_go, Page};
    use crate::ui::state::use_app;
    use leptos::prelude::*;
    use leptos::task::spawn_local;

    fn import_error(e: &ReadError) -> Msg {
        match e {
            ReadError::Unreadable => Msg::ImportNotJson,
            ReadError::Foreign(_) => Msg::ImportForeign,
            ReadError::Newer(_) => Msg::ImportNewer,
            ReadError::TooLarge => Msg::ImportTooLarge,
            ReadError::TooManyIncidents => Msg::ImportTooManyIncidents,
            ReadError::NameTooLong => Msg::NameTooLong,
        }
    }

    type Listing = (Vec<Report>, Vec<Unreadable>);

    /// Puts `report` into the list (newest first), replacing the one of its id.
    fn put(list: &mut Listing, report: Report) {
        list.0.retain(|r| r.id != report.id);
        let at = list.0.iter().position(|r| r.id < report.id).unwrap_or(list.0.len());
        list.0.insert(at, report);
    }

    /// A report deleted here, as it was stored: undo puts these bytes back.
    #[derive(Clone)]
    struct Deleted {
        id: String,
        text: String,
        /// Putting it back was refused: the applicant may download it instead.
        refused: bool,
    }

    #[component]
    pub fn ReportsPage() -> impl IntoView {
        let app = use_app();
        let go = use_go();
        let message = RwSignal::new(None::<Msg>);
        // A list that could not be read is shown empty, with its message; nothing is written on the
        // strength of it.
        let read_list = move || match reports::list() {
            Ok(l) => l,
            Err(_) => {
                message.set(Some(Msg::ListReadFailed));
                (Vec::new(), Vec::new())
            }
        };
        let listing = RwSignal::new(read_list());
        let deleted = RwSignal::new(None::<Deleted>);
        let chosen = RwSignal::new(Vec::<String>::new());
        // Another tab saved, renamed or deleted a report: the list follows at once. One entry is
        // read again, not the whole list (each report is judged again when it is read).
        let listener = window_event_listener(leptos::ev::storage, move |ev| {
            let key = ev.key().unwrap_or_default();
            match key.strip_prefix(reports::REPORT_PREFIX) {
                // A deletion is followed at once, without reading (and judging) every report again.
                Some(id) if ev.new_value().is_none() => listing.update(|l| l.0.retain(|r| r.id != id)),
                _ if key.is_empty()
                    || key.starts_with(reports::REPORT_PREFIX)
                    || key.starts_with(crate::store::ASIDE_PREFIX) =>
                {
                    listing.set(read_list())
                }
                _ => {}
            }
        });
        on_cleanup(move || listener.remove());

        let import_text = move |result: Result<String, FileError>| {
            let outcome = match result {
                Err(FileError::TooLarge) => Err(Msg::ImportTooLarge),
                Err(FileError::Unreadable) => Err(Msg::ImportNotJson),
                Ok(t) => Report::from_json(&t).map_err(|e| import_error(&e)),
            };
            match outcome {
                Ok(mut r) => {
                    r.id = reports::new_id();
                    if reports::save(&r) {
                        message.set(Some(Msg::ImportDone));
                        listing.update(|l| put(l, r));
                    } else {
                        message.set(Some(Msg::StorageRefused));
                    }
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
            let input: web_sys::HtmlInputElement = event_target(&ev);
            take_file(input.files().and_then(|l| l.get(0)));
            input.set_value("");
        };
        let on_drop = move |ev: leptos::ev::DragEvent| {
            ev.prevent_default();
            take_file(ev.data_transfer().and_then(|d| d.files()).and_then(|l| l.get(0)));
        };

        // The cards are markup (`markup::saved_report_cards`); one listener each for their buttons
        // and checkboxes reads which report from `data-id`. A checkbox keeps its own state, so the
        // cards are not redrawn when one is ticked.
        // A card deleted is taken out of the page directly; the number of such removals ends the
        // markup, so the list is drawn again (not skipped as unchanged) when it next changes.
        let removed = RwSignal::new(0u32);
        let cards = move || {
            let cards =
                listing.with(|l| super::markup::saved_report_cards(&l.0, &chosen.get_untracked(), app.lang.get()));
            format!("{cards}<!--{}-->", removed.get_untracked())
        };
        let act = move |ev: leptos::ev::MouseEvent| {
            let Some(button) = crate::ui::nav::closest(&ev, &format!("button[{}]", attr::ACTION)) else { return };
            let (Some(action), Some(id)) = (
                button.get_attribute(attr::ACTION).as_deref().and_then(CardAction::from_name),
                button.get_attribute(attr::ID),
            ) else {
                return;
            };
            // Acted on as it is stored now: another tab may have changed or deleted it.
            let text = match reports::stored(&id) {
                Err(_) => return message.set(Some(Msg::ListReadFailed)),
                Ok(None) => {
                    listing.update(|l| l.0.retain(|r| r.id != id));
                    return message.set(Some(Msg::ReportGone));
                }
                Ok(Some(t)) => t,
            };
            if action == CardAction::Delete {
                if !reports::delete(&id) {
                    return message.set(Some(Msg::StorageRefused));
                }
                message.set(None);
                chosen.update(|c| c.retain(|x| *x != id));
                // Its card leaves the page without drawing the others again (500 cards take longer
                // than a frame to draw); the last one goes through the list.
                // The card is the parent of its checkbox.
                let card = document().get_element_by_id(&CardIds(&id).checkbox()).and_then(|c| c.parent_element());
                listing.update_untracked(|l| l.0.retain(|r| r.id != id));
                match card {
                    Some(card) if listing.with_untracked(|l| !l.0.is_empty()) => {
                        card.remove();
                        removed.update_untracked(|n| *n += 1);
                    }
                    _ => listing.notify(),
                }
                deleted.set(Some(Deleted { id, text, refused: false }));
                return;
            }
            let Some(r) =
                reports::sort_entries(vec![(format!("{}{id}", reports::REPORT_PREFIX), text.clone())]).0.pop()
            else {
                listing.set(read_list());
                return message.set(Some(Msg::ReportGone));
            };
            match action {
                CardAction::Open => go(Page::Saved(id)),
                CardAction::Rename => {
                    if let Ok(Some(name)) = window().prompt_with_message_and_default(app.t(Msg::Rename), &r.name) {
                        if name.chars().count() > crate::engine::profile::MAX_NAME_CHARS {
                            return message.set(Some(Msg::NameTooLong));
                        }
                        let mut r = r;
                        r.name = name;
                        if reports::save(&r) {
                            message.set(None);
                            listing.update(|l| put(l, r));
                        } else {
                            message.set(Some(Msg::StorageRefused));
                        }
                    }
                }
                CardAction::Duplicate => {
                    if let Some(why) = app.continue_with(r.schemes, r.profile, r.name, &go) {
                        message.set(Some(why));
                    }
                }
                // Deleted above.
                CardAction::Delete => {}
            }
        };
        let pick = move |ev: leptos::ev::Event| {
            let input: web_sys::HtmlInputElement = event_target(&ev);
            let Some(id) = input.get_attribute(attr::ID) else { return };
            let on = input.checked();
            chosen.update(|c| {
                c.retain(|x| *x != id);
                if on {
                    c.push(id);
                }
            });
        };
        // Undo puts back the bytes that were stored, or says why it cannot and keeps the offer.
        let undo = move |_| {
            let Some(d) = deleted.get_untracked() else { return };
            if reports::restore(&d.id, &d.text) {
                deleted.set(None);
                message.set(None);
                if let Some(r) =
                    reports::sort_entries(vec![(format!("{}{}", reports::REPORT_PREFIX, d.id), d.text)]).0.pop()
                {
                    listing.update(|l| put(l, r));
                }
            } else {
                deleted.set(Some(Deleted { refused: true, ..d }));
                message.set(Some(Msg::UndoFailed));
            }
        };
        let download_deleted = move |_| {
            if let Some(d) = deleted.get_untracked() {
                download(&format!("platform-readiness-{}.json", d.id), "application/json", &d.text);
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
            a.zip(b).map(|(a, b)| view! { <section class="comparison" inner_html=super::markup::comparison(&a, &b, app.lang.get())></section> })
        }).flatten()
        };

        view! {
            <h1>{app.tr(Msg::SavedReports)}</h1>
            {crate::ui::components::message::message("notice", "status", std::sync::Arc::new(move || message.get().map(|m| app.t(m))))}
            <Show when=move || deleted.with(Option::is_some)>
                <p class="notice" role="status">{app.tr(Msg::Deleted)} " "
                    <button type="button" on:click=undo>{app.tr(Msg::Undo)}</button></p>
                <p hidden=move || !deleted.with(|d| d.as_ref().is_some_and(|d| d.refused))>
                    <button type="button" on:click=download_deleted>{app.tr(Msg::DownloadJson)}</button></p>
            </Show>
            <Show when=move || listing.with(|l| l.0.is_empty())>
                <p>{app.tr(Msg::NoReports)}</p>
            </Show>
            <ul class="cards" inner_html=cards on:click=act on:change=pick></ul>
            {compared}
            <div class="dropzone" on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
                <input type="file" id="import-file" class="visually-hidden" accept="application/json,.json" aria-describedby="import-hint" on:change=on_pick />
                <label for="import-file" class="button">{app.tr(Msg::Import)}</label>
                <p class="hint" id="import-hint">{app.tr(Msg::ImportHint)}</p>
            </div>
            <Show when=move || listing.with(|l| !l.1.is_empty())>
                <h2>{app.tr(Msg::Unreadable)}</h2>
                <ul>{bad_rows}</ul>
            </Show>
        }
    }
}
