//! The state shared by every page, provided as context.

use crate::engine::Profile;
use crate::i18n::{Lang, Msg};
use crate::params::{self, LinkParams};
use crate::schemes::catalogue;
use crate::store::{self, Draft, Settings};
use chrono::NaiveDate;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub draft: RwSignal<Draft>,
    pub today: NaiveDate,
    /// Whether local storage works; when not, everything stays in memory.
    pub storage_ok: RwSignal<bool>,
    /// Storage works but the last write did not fit (quota): the answers stay in memory.
    pub storage_full: RwSignal<bool>,
    /// The parameters of the link the app was opened with.
    pub params: StoredValue<LinkParams>,
}

impl AppState {
    pub fn t(&self, msg: Msg) -> &'static str {
        msg.text(self.lang.get())
    }

    /// The words of `msg` in the current language, kept up to date: one closure type for every
    /// translated text in the views, so the wasm holds one copy of its rendering code.
    pub fn tr(self, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.t(msg)
    }

    /// Marks the assessment as started and gives the step to go to: where it was left, or the
    /// first step of a new one.
    pub fn start(self) -> usize {
        let step = self.draft.with_untracked(|d| if d.started { d.step } else { 0 });
        self.draft.update(|d| d.started = true);
        step
    }

    pub fn en(&self) -> bool {
        self.lang.get().is_en()
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// Today in the browser's time zone.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or_default()
}

/// A new draft with every scheme chosen.
pub fn new_draft(today: NaiveDate) -> Draft {
    Draft { schemes: catalogue().schemes.iter().map(|s| s.id.to_string()).collect(), profile: Profile::new(today), step: 0, started: false, name: String::new(), inputs: Default::default() }
}

/// Builds the state from storage (or defaults) and keeps storage in step with it.
pub fn provide_app_state() -> AppState {
    let today = today();
    let storage_ok = RwSignal::new(store::available());
    let settings: Settings = store::read(store::SETTINGS_KEY)
        .and_then(|t| store::open(&t, store::SETTINGS_FORMAT, store::SETTINGS_VERSION).ok())
        .unwrap_or_default();
    let (params, warnings) = params::parse(&window().location().search().unwrap_or_default());
    for w in warnings {
        web_sys::console::warn_1(&format!("platform-readiness: {w}").into());
    }
    let mut keep_stored_draft = false;
    let mut draft: Draft = match store::read(store::DRAFT_KEY) {
        None => new_draft(today),
        Some(text) => match store::open(&text, store::DRAFT_FORMAT, store::DRAFT_VERSION) {
            Ok(d) => d,
            Err(_) => {
                // Unreadable, foreign or newer: keep it aside (listed on the saved-reports page)
                // instead of overwriting it with a new draft.
                if !store::move_aside(store::DRAFT_KEY, &text, &format!("{}draft-{}", store::ASIDE_PREFIX, crate::store::reports::new_id())) {
                    // It could not be kept elsewhere: leave it where it is and save nothing over it.
                    keep_stored_draft = true;
                }
                new_draft(today)
            }
        },
    };
    draft.profile.assessed_on = today;
    // A link's schemes choose for a new assessment (and always bound an embedded tool); an
    // assessment under way keeps the applicant's own choice.
    if !params.schemes.is_empty() && (params.embed || !draft.started) {
        draft.schemes = params.schemes.clone();
    }
    let lang = params.lang.unwrap_or(settings.lang);
    let state = AppState { lang: RwSignal::new(lang), draft: RwSignal::new(draft), today, storage_ok, storage_full: RwSignal::new(false), params: StoredValue::new(params) };
    provide_context(state);

    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        document().set_title(&format!("{} · platform-readiness", Msg::AppName.text(lang)));
        store::write(store::SETTINGS_KEY, &store::seal(&Settings { lang }, store::SETTINGS_FORMAT, store::SETTINGS_VERSION));
    });
    // Another tab changed the answers: take its version instead of overwriting it.
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(store::DRAFT_KEY) {
            return;
        }
        if let Some(mut d) = ev.new_value().and_then(|t| store::open::<Draft>(&t, store::DRAFT_FORMAT, store::DRAFT_VERSION).ok()) {
            d.profile.assessed_on = today;
            if state.draft.with_untracked(|cur| *cur != d) {
                state.draft.set(d);
            }
        }
    });
    Effect::new(move |_| {
        let text = state.draft.with(|d| store::seal(d, store::DRAFT_FORMAT, store::DRAFT_VERSION));
        let ok = !keep_stored_draft && store::write(store::DRAFT_KEY, &text);
        state.storage_ok.set(ok);
        state.storage_full.set(!ok && store::available());
    });
    state
}
