//! Embedding on a bureau's site: the accent colour, the content height posted to the parent
//! page, and the completion event (scheme ids and verdicts only, never the applicant's figures),
//! sent only when the applicant chooses to share it.
//!
//! Message shape (documented for webmasters in docs/embedding.md):
//! `{"source":"platform-readiness","type":"height","height":1234}` and, on every change of page,
//! `{"source":"platform-readiness","type":"page"}` — to the `parent=` origin, or to `*` when none
//! is named; and, only to a named `parent=` origin and only when the
//! applicant clicks the report's "send the verdicts" button,
//! `{"source":"platform-readiness","type":"report-completed","schemes":[{"id":"…","verdict":"ready"}]}`.

use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::prelude::*;

const SOURCE: &str = "platform-readiness";

#[derive(Serialize)]
struct Completed {
    source: &'static str,
    r#type: &'static str,
    schemes: Vec<SchemeVerdict>,
}

#[derive(Serialize)]
struct SchemeVerdict {
    id: String,
    verdict: &'static str,
}

fn post(message: &impl Serialize, origin: &str) {
    if let Ok(text) = serde_json::to_string(message) {
        post_json(&text, origin);
    }
}

/// Posts a message written as JSON to the parent window.
fn post_json(text: &str, origin: &str) {
    let Ok(Some(parent)) = window().parent() else { return };
    if let Ok(value) = js_sys::JSON::parse(text) {
        let _ = parent.post_message(&value, origin);
    }
}

/// Whether the app runs inside a frame.
pub fn framed() -> bool {
    window().parent().ok().flatten().is_some_and(|p| p != window())
}

/// The height of the content, in whole CSS pixels (rounded up so nothing is cut off).
///
/// Not `scrollHeight`: that is never less than the frame's own height, so a frame that grew for
/// a long step would never shrink again when a shorter page follows.
fn content_height() -> i32 {
    let Some(root) = document().document_element() else { return 0 };
    // `getBoundingClientRect` through Reflect: web-sys's binding needs the DomRect feature.
    let height = js_sys::Reflect::get(&root, &"getBoundingClientRect".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&root).ok())
        .and_then(|rect| js_sys::Reflect::get(&rect, &"height".into()).ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    height.ceil() as i32
}

/// Posts the content's height to the parent whenever it changes.
pub fn report_height(parent: Option<String>) {
    if !framed() {
        return;
    }
    let origin = parent.unwrap_or_else(|| "*".to_string());
    let last = std::rc::Rc::new(std::cell::Cell::new(0));
    let send = move || {
        let height = content_height();
        if height > 0 && height != last.get() {
            last.set(height);
            post_json(&format!(r#"{{"source":"{SOURCE}","type":"height","height":{height}}}"#), &origin);
        }
    };
    send();
    let callback = Closure::<dyn FnMut()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        // The root element's box is as tall as the content (margins included), whatever the
        // frame's current height; the body's box misses the last child's collapsed margin.
        if let Some(root) = document().document_element() {
            observer.observe(&root);
        }
    }
    callback.forget();
}

/// What tells the parent page that the app moved to another page:
/// `{"source":"platform-readiness","type":"page"}` (nothing else), to the `parent=` origin or to
/// `*`; nothing outside a frame. `public/embed.js` then shows the frame's top if it is out of
/// sight.
pub fn page_shown(parent: Option<String>) -> impl Fn() + 'static {
    let origin = framed().then(|| parent.unwrap_or_else(|| "*".to_string()));
    move || {
        if let Some(origin) = &origin {
            post_json(&format!(r#"{{"source":"{SOURCE}","type":"page"}}"#), origin);
        }
    }
}

/// Sends the verdicts of `report` (scheme ids and verdicts only) to the `parent` origin: what the
/// report page's "send the verdicts" button does, and only when the applicant clicks it.
pub fn send_verdicts(report: &crate::report::Report, parent: &str) {
    let schemes = report
        .assessment
        .schemes
        .iter()
        .map(|s| SchemeVerdict { id: s.scheme.clone(), verdict: crate::report::text::verdict_class(&s.verdict) })
        .collect();
    post(&Completed { source: SOURCE, r#type: "report-completed", schemes }, parent);
}

/// Applies a validated accent colour to the page.
pub fn apply_accent(accent: Option<&str>) {
    if let (Some(colour), Some(root)) = (accent, document().document_element()) {
        let _ = root.set_attribute("style", &format!("--accent: {colour}; --accent-dark: {colour};"));
    }
}
