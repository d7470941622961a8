//! The texts of the scheme data that the start page does not show (criteria, facts, questions,
//! options, notes, cited lists), which a release build fetches when another page is first shown
//! instead of carrying them in the wasm (feature `lazy-texts`, `crate::schemes::TEXTS_FILE`): the
//! first load does not carry them.

use leptos::prelude::*;

/// The rules of the pages after the start page (`style/pages.css`, written without comments by
/// build.rs among the deferred texts): the shell puts them in the page once the texts are there.
pub static PAGES_CSS: crate::schemes::Str = crate::schemes::Str::from_static(concat!("\u{1e}", env!("PAGES_CSS_TEXT")));

/// Whether the texts are there: `None` while loading, `Some(false)` when they cannot be read.
#[derive(Clone, Copy)]
pub struct Texts(RwSignal<Option<bool>>, StoredValue<bool>);

/// Provides the texts' state to every page; nothing is fetched until a page asks for them.
pub fn provide() {
    provide_context(Texts(
        RwSignal::new(crate::schemes::Text::deferred_ready().then_some(true)),
        StoredValue::new(false),
    ));
}

/// The texts file, fetched (the plan module fetches it the same way when the report page could
/// not hand it over).
#[cfg(feature = "lazy-texts")]
pub async fn fetch() -> Option<String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(window().fetch_with_str(crate::schemes::TEXTS_FILE)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// The texts' state, for a page that needs them: the first call starts loading them.
pub fn use_texts() -> RwSignal<Option<bool>> {
    let Some(Texts(state, started)) = use_context::<Texts>() else {
        return RwSignal::new(Some(crate::schemes::Text::deferred_ready()));
    };
    #[cfg(feature = "lazy-texts")]
    if state.get_untracked().is_none() && !started.get_value() {
        started.set_value(true);
        leptos::task::spawn_local(async move {
            let ok = fetch().await.is_some_and(crate::schemes::load_texts) || crate::schemes::Text::deferred_ready();
            state.set(Some(ok));
        });
    }
    #[cfg(not(feature = "lazy-texts"))]
    let _ = started;
    state
}

/// What a page that needs the texts says while they are not there (loading, or failed), starting
/// the load; `None` once they are.
pub fn waiting() -> Option<crate::i18n::Msg> {
    match use_texts().get() {
        Some(true) => None,
        Some(false) => Some(crate::i18n::Msg::TextsFailed),
        None => Some(crate::i18n::Msg::TextsLoading),
    }
}

/// Whether the texts are there, without starting to load them (for what only follows a page that
/// asked for them, such as the report's style).
pub fn ready() -> bool {
    use_context::<Texts>().map_or(crate::schemes::Text::deferred_ready(), |Texts(state, _)| state.get() == Some(true))
}
