//! A message that is shown only while there is one (a notice, an alert, a banner): one view
//! for all of them, so the wasm holds one copy of its code.

use leptos::prelude::*;
use std::sync::Arc;

/// The text to show, if any, read again whenever its signals change.
pub type Text = Arc<dyn Fn() -> Option<&'static str> + Send + Sync>;

/// `<p class=… role=…>text</p>` while `text` gives one, nothing otherwise.
pub fn message(class: &'static str, role: &'static str, text: Text) -> impl IntoView {
    move || text().map(|t| view! { <p class=class role=role>{t}</p> })
}
