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
    /// Why the draft is not being saved although storage works: it could not be read, or a
    /// newer version of the tool wrote it. Nothing is written over it while this is set.
    pub hold: RwSignal<Option<Msg>>,
    /// A message for the page the applicant is taken to (where a replaced draft went), shown
    /// while that page is open.
    pub notice: RwSignal<Option<Msg>>,
    /// Where the draft is stored: an embedded tool keeps its own.
    pub draft_key: &'static str,
}

thread_local! {
    /// The draft as last read from or written to storage: what this tab changed since is what
    /// it merges into the stored draft (`store::merge`).
    static BASE: std::cell::RefCell<Option<Draft>> = const { std::cell::RefCell::new(None) };
    /// The last time (ms) this tab marked a change or saw one marked; and this tab's tie-breaker.
    static CLOCK: std::cell::Cell<(f64, f64)> = const { std::cell::Cell::new((0.0, 0.0)) };
    /// The page the notice is for.
    static NOTICE_ON: std::cell::RefCell<Option<super::nav::Page>> = const { std::cell::RefCell::new(None) };
}

impl AppState {
    pub fn t(&self, msg: Msg) -> &'static str {
        msg.text(self.lang.get())
    }

    /// What to say about storage that cannot be used: full, or blocked.
    pub fn storage_msg(&self) -> Msg {
        if self.storage_full.get() {
            Msg::StorageFull
        } else {
            Msg::StorageBlocked
        }
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

    /// A mark for a change made now: later than every mark this tab has made or seen.
    fn tick(self, seen: f64) -> f64 {
        let (last, salt) = CLOCK.get();
        let ms = js_sys::Date::now().floor().max(last.max((seen / 1000.0).floor()) + 1.0);
        CLOCK.set((ms, salt));
        ms * 1000.0 + salt
    }

    /// Brings the draft and storage in step: re-reads the stored draft, merges this tab's
    /// changes since its last read into it field by field (the later change of a field wins),
    /// writes the result if it differs from what is stored, and shows it. Writes nothing when
    /// the stored draft cannot be read or is of a newer format version.
    pub fn sync(self) {
        let key = self.draft_key;
        let stored = match store::read(key) {
            Err(_) => {
                // Storage that is blocked altogether has its own banner; storage that works but
                // could not be read this time holds every write until a read succeeds.
                if store::available() {
                    self.hold.set(Some(Msg::DraftReadFailed));
                } else {
                    self.storage_ok.set(false);
                }
                return;
            }
            Ok(None) => None,
            Ok(Some(text)) => match store::read_draft(&text) {
                Ok(mut d) => {
                    d.profile.assessed_on = self.today;
                    Some(d)
                }
                Err(store::ReadError::Newer(_)) => return self.hold.set(Some(Msg::NewerVersionOpen)),
                Err(_) => {
                    // Unreadable or foreign: kept aside (listed on the saved-reports page), never
                    // overwritten; if it cannot be moved, it stays where it is and nothing is saved.
                    if !store::move_aside(
                        key,
                        &text,
                        &format!("{}draft-{}", store::ASIDE_PREFIX, store::reports::new_id()),
                    ) {
                        self.storage_ok.set(false);
                        self.storage_full.set(store::available());
                        return;
                    }
                    None
                }
            },
        };
        if self.hold.get_untracked().is_some() {
            self.hold.set(None);
        }
        let seen = stored.as_ref().map_or(0.0, |s| s.marks.iter().fold(0.0_f64, |a, (_, m)| a.max(*m)));
        let mut mine = self.draft.get_untracked();
        // Nothing read yet: every change is measured from a new draft.
        let base = BASE.take().unwrap_or_else(|| new_draft(self.today));
        store::merge::stamp_changes(&base, &mut mine, self.tick(seen));
        let merged = match &stored {
            Some(s) => store::merge::merge(s, &mine),
            None => mine.clone(),
        };
        if stored.as_ref() != Some(&merged) {
            let ok = store::write(key, &store::seal(&merged, store::DRAFT_FORMAT, store::DRAFT_VERSION));
            self.storage_ok.set(ok);
            self.storage_full.set(!ok && store::available());
        } else if !self.storage_ok.get_untracked() && store::available() {
            self.storage_ok.set(true);
            self.storage_full.set(false);
        }
        BASE.set(Some(merged.clone()));
        mine.marks = merged.marks.clone();
        if mine == merged {
            // Only the marks are new: no view needs drawing again.
            self.draft.update_untracked(|d| d.marks = merged.marks);
        } else {
            self.draft.set(merged);
        }
    }

    /// Shows `msg` on the page `on` (until another page opens).
    pub fn tell(self, msg: Option<Msg>, on: super::nav::Page) {
        NOTICE_ON.set(Some(on));
        self.notice.set(msg);
    }

    /// The notice for `page`, if there is one.
    pub fn notice_for(self, page: &super::nav::Page) -> Option<Msg> {
        self.notice.get().filter(|_| NOTICE_ON.with_borrow(|on| on.as_ref() == Some(page)))
    }

    /// Replaces the draft with `next`, saving the one under way as a saved report first (when it
    /// holds anything). Returns whether it was saved, or `Err` with the reason it could not be;
    /// then the draft is left as it is.
    pub fn replace_draft(self, next: Draft) -> Result<bool, Msg> {
        if let Some(why) = self.hold.get_untracked() {
            return Err(why);
        }
        let old = self.draft.get_untracked();
        let kept = if old.profile.facts.is_empty() && old.profile.scores.is_empty() && old.name.trim().is_empty() {
            false
        } else {
            let name = if old.name.trim().is_empty() { self.t(Msg::Untitled).to_string() } else { old.name.clone() };
            let report =
                crate::report::Report::new(store::reports::new_id(), name, old.schemes.clone(), old.profile.clone());
            if !store::reports::save(&report) {
                return Err(Msg::ReplaceNotSaved);
            }
            true
        };
        self.draft.update(|d| {
            d.schemes = next.schemes;
            d.profile = next.profile;
            d.profile.assessed_on = self.today;
            d.name = next.name;
            d.inputs = next.inputs;
            d.step = next.step;
            d.started = next.started;
        });
        Ok(kept)
    }
}

impl AppState {
    /// Goes on from the check page with `schemes` and `profile` (a shared link's answers, a saved
    /// report duplicated) as the assessment under way, named `name`; the draft under way is saved
    /// first ([`AppState::replace_draft`]). Returns why not, if it could not.
    pub fn continue_with(
        self,
        schemes: Vec<String>,
        profile: crate::engine::Profile,
        name: String,
        go: &impl Fn(crate::ui::nav::Page),
    ) -> Option<Msg> {
        let next = Draft {
            schemes,
            profile,
            step: 0,
            started: true,
            name,
            inputs: Default::default(),
            marks: Default::default(),
        };
        match self.replace_draft(next) {
            Ok(kept) => {
                self.tell(kept.then_some(Msg::PreviousKept), crate::ui::nav::Page::Check);
                go(crate::ui::nav::Page::Check);
                None
            }
            Err(why) => Some(why),
        }
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
    Draft {
        schemes: catalogue().schemes.iter().map(|s| s.id.to_string()).collect(),
        profile: Profile::new(today),
        step: 0,
        started: false,
        name: String::new(),
        inputs: Default::default(),
        marks: Default::default(),
    }
}

/// Builds the state from storage (or defaults) and keeps storage in step with it.
pub fn provide_app_state() -> AppState {
    let today = today();
    let storage_ok = RwSignal::new(store::available());
    // Settings that cannot be read are not written over until the language is changed here.
    let settings_read = store::read(store::SETTINGS_KEY);
    let settings_known = settings_read.is_ok();
    let settings: Settings = settings_read
        .ok()
        .flatten()
        .and_then(|t| store::open(&t, store::SETTINGS_FORMAT, store::SETTINGS_VERSION).ok())
        .unwrap_or_default();
    let (params, warnings) = params::parse(&window().location().search().unwrap_or_default());
    for w in warnings {
        web_sys::console::warn_1(&format!("platform-readiness: {w}").into());
    }
    // An embedded tool keeps its draft (and its choice of schemes) under its own key: opening
    // it never changes the draft of the full site on the same origin.
    let draft_key = if params.embed { store::EMBED_DRAFT_KEY } else { store::DRAFT_KEY };
    let lang = params.lang.unwrap_or(settings.lang);
    let salt = (js_sys::Math::random() * 1000.0).floor().min(999.0);
    let state = AppState {
        lang: RwSignal::new(lang),
        draft: RwSignal::new(new_draft(today)),
        today,
        storage_ok,
        storage_full: RwSignal::new(false),
        params: StoredValue::new(params),
        hold: RwSignal::new(None),
        notice: RwSignal::new(None),
        draft_key,
    };
    // A new state knows nothing of storage yet (the app may be mounted again in one page).
    CLOCK.set((0.0, salt));
    BASE.set(None);
    provide_context(state);
    // The stored draft, read as every save reads it: merged into the new one (which holds
    // nothing yet), moved aside when it cannot be read, left alone when it is newer.
    state.sync();
    // A link's schemes choose for a new assessment (and always bound an embedded tool); an
    // assessment under way keeps the applicant's own choice.
    let p = state.params.get_value();
    if !p.schemes.is_empty() && (p.embed || !state.draft.with_untracked(|d| d.started)) {
        state.draft.update(|d| d.schemes = p.schemes);
    }

    Effect::new(move |first: Option<()>| {
        let lang = state.lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        document().set_title(Msg::AppName.text(lang));
        if settings_known || first.is_some() {
            store::write(
                store::SETTINGS_KEY,
                &store::seal(&Settings { lang }, store::SETTINGS_FORMAT, store::SETTINGS_VERSION),
            );
        }
    });
    // Another tab changed the draft, or this one comes back from the back/forward cache: merge
    // what is stored with this tab's changes at once, before the next edit.
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().is_none_or(|k| k == state.draft_key) {
            state.sync();
        }
    });
    let _ = window_event_listener(leptos::ev::Custom::<web_sys::Event>::new("pageshow"), move |_| state.sync());
    Effect::new(move |_| {
        state.draft.track();
        state.sync();
    });
    state
}
