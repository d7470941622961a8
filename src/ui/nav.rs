//! Pages are addressed by query parameters (`?page=step&step=2`), so the app works from any
//! folder of any static host, and browser back/forward moves between pages. The address bar is
//! kept in a signal by the History API: a few lines instead of a router crate (it cost ~40 KB
//! of brotli in the bundle, measured).

use crate::params::query_value;
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    Step(usize),
    Check,
    Report,
    /// The saved reports.
    Reports,
    /// One saved report.
    Saved(String),
}

impl Page {
    fn query(&self) -> String {
        match self {
            Page::Start => "page=start".into(),
            Page::Step(n) => format!("page=step&step={}", n + 1),
            Page::Check => "page=check".into(),
            Page::Report => "page=report".into(),
            Page::Reports => "page=reports".into(),
            Page::Saved(id) => format!("page=report&id={}", js_sys::encode_uri_component(id)),
        }
    }

    fn from_query(search: &str) -> Page {
        match query_value(search, "page").as_deref() {
            Some("step") => {
                let n = query_value(search, "step").and_then(|s| s.parse::<usize>().ok()).unwrap_or(1);
                Page::Step(n.saturating_sub(1))
            }
            Some("check") => Page::Check,
            Some("report") => match query_value(search, "id") {
                Some(id) => Page::Saved(id),
                None => Page::Report,
            },
            Some("reports") => Page::Reports,
            _ => Page::Start,
        }
    }
}

/// Parameters that travel with every page (a bureau's link or embed settings).
const KEPT: &[&str] = &["embed", "schemes", "lang", "accent", "parent"];

/// The query string of the address bar, as a signal.
#[derive(Clone, Copy)]
pub struct Address {
    search: RwSignal<String>,
}

fn current_search() -> String {
    window().location().search().unwrap_or_default()
}

/// A share link in its documented form, the app's address with `#p=…` and no `page=`, is the
/// report page (`?page=report#p=…`, the form the app writes): the address says so, in place.
fn shared_link_is_report() {
    let loc = window().location();
    let (search, hash) = (loc.search().unwrap_or_default(), loc.hash().unwrap_or_default());
    if query_value(&search, "page").is_some() || crate::report::share::payload_in(&hash).is_none() {
        return;
    }
    let rest = search.trim_start_matches('?');
    let url = format!(
        "{}?page=report{}{rest}{hash}",
        loc.pathname().unwrap_or_default(),
        if rest.is_empty() { "" } else { "&" }
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Starts following the address bar (back and forward buttons included, and a share link
/// pasted into the address bar of an open page).
pub fn provide_address() {
    shared_link_is_report();
    let search = RwSignal::new(current_search());
    let _ = window_event_listener(leptos::ev::popstate, move |_| search.set(current_search()));
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        shared_link_is_report();
        search.set(current_search());
    });
    provide_context(Address { search });
}

fn address() -> Address {
    expect_context::<Address>()
}

/// A query parameter of the current address.
pub fn use_query(key: &'static str) -> Memo<Option<String>> {
    let a = address();
    Memo::new(move |_| a.search.with(|s| query_value(s, key)))
}

/// The current page.
pub fn use_page() -> Memo<Page> {
    let a = address();
    Memo::new(move |_| a.search.with(|s| Page::from_query(s)))
}

/// Moves to `query` (and `#fragment`) on the same path, as a new history entry.
pub fn push(query: &str) {
    let a = address();
    let loc = window().location();
    let url = format!("{}?{query}", loc.pathname().unwrap_or_default());
    if window().history().and_then(|h| h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))).is_err() {
        return;
    }
    a.search.set(current_search());
    match url.split_once('#') {
        Some((_, target)) => {
            let target = target.to_string();
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&target) {
                    el.scroll_into_view();
                    if let Ok(Some(input)) = el.query_selector("input, select") {
                        use wasm_bindgen::JsCast;
                        let _ = input.unchecked_into::<web_sys::HtmlElement>().focus();
                    }
                }
            });
        }
        None => {
            window().scroll_to_with_x_and_y(0.0, 0.0);
            // Announce the new page: focus moves to its main region, as after a page load.
            focus("main");
        }
    }
}

/// Follows in-app links (`<a href="?…">`, in views and in `markup`/`report::html` markup alike)
/// without reloading the page, adding the kept parameters the link lacks. A click with a
/// modifier key or another button (new tab, new window) is left to the browser.
pub fn follow_links() {
    // The listener runs outside any component: it reads the address through the app's owner.
    let owner = Owner::current().expect("called inside the app");
    let _ = window_event_listener(leptos::ev::click, move |ev| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(href) = closest(&ev, "a[href^='?']").and_then(|a| a.get_attribute("href")) else { return };
        ev.prevent_default();
        let query = &href[1..];
        let (path, fragment) = query.split_once('#').map_or((query, ""), |(p, f)| (p, f));
        owner.with(|| {
            let kept = kept_missing(path);
            push(&if fragment.is_empty() { format!("{path}{kept}") } else { format!("{path}{kept}#{fragment}") })
        });
    });
}

/// The element an event happened on, or its nearest ancestor, that matches `selector`: how one
/// listener on a list of markup finds the link, button or field that was used.
pub fn closest(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    ev.target()?.dyn_into::<web_sys::Element>().ok()?.closest(selector).ok().flatten()
}

/// The current value of the kept parameters, as `&key=value` pairs.
pub fn kept_params() -> String {
    kept_missing("")
}

/// The kept parameters of the current address that `query` does not set, as `&key=value` pairs.
fn kept_missing(query: &str) -> String {
    let search = address().search.get_untracked();
    KEPT.iter()
        .filter(|key| query_value(query, key).is_none())
        .filter_map(|key| query_value(&search, key).map(|v| format!("&{key}={}", js_sys::encode_uri_component(&v))))
        .collect()
}

/// A function that moves to a page, keeping the bureau's parameters.
pub fn use_go() -> impl Fn(Page) + Clone + 'static {
    let _ = address();
    move |page: Page| push(&format!("{}{}", page.query(), kept_params()))
}

/// The element `id`, focused now, if it is there.
fn focus_now(id: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let el = document().get_element_by_id(id)?.unchecked_into::<web_sys::HtmlElement>();
    let _ = el.focus();
    Some(el)
}

/// Moves the focus to the element `id` once the page has been drawn again.
pub fn focus(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        focus_now(&id);
    });
}

/// Moves the focus to the element `id` once the page has been drawn again, if the element that
/// had it is gone.
pub fn focus_if_lost(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        if document().active_element().is_none_or(|e| e.tag_name() == "BODY" || !e.is_connected()) {
            focus_now(&id);
        }
    });
}

/// Moves the focus to the text field `id`, the caret after its text, once the page has been
/// drawn again (a field replaced while it was typed in).
pub fn focus_at_end(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(input) = focus_now(&id).and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            let end = input.value().encode_utf16().count() as u32;
            let _ = input.set_selection_range(end, end);
        }
    });
}
