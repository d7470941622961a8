//! The report page's side of the working plan: it hands the report to the plan module (a second
//! wasm file, loaded by the loader's `platformReadinessPlan` on the first call) and stores the
//! plan the module gives back with the answers of the assessment under way. A saved report keeps
//! the plan it was saved with: shown, not changed (its stored outcomes stay as they were, so the
//! plan module can say what other rules changed). The plan itself is never read here.

use crate::i18n::Lang;
use crate::report::Report;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Whose plan the report page shows.
#[derive(Clone, Copy, PartialEq)]
pub enum Home {
    /// The assessment under way: changes are stored with the draft's answers.
    Draft,
    /// A saved report, handed over as stored: the plan as saved.
    Saved,
    /// A report opened from a link: the plan is shown, not changed.
    ReadOnly,
}

/// The id of the element the plan is drawn into.
pub const ROOT: &str = "plan-root";

/// Draws the plan of `report_json` into the element [`ROOT`] on the next frame (loading the plan
/// module first).
pub fn show_later(report: &Report, lang: Lang, home: Home) {
    let report_json = match home {
        Home::Saved => crate::store::reports::stored(&report.id).ok().flatten().unwrap_or_else(|| report.to_json()),
        _ => report.to_json(),
    };
    // The app's state is read here, where the page's owner is: the frame has none.
    let app = use_app();
    request_animation_frame(move || show(report_json, lang, home, app));
}

fn show(report_json: String, lang: Lang, home: Home, app: AppState) {
    let Some(root) = document().get_element_by_id(ROOT) else { return };
    let Some(load) = loader("platformReadinessPlan") else { return };
    let save = Closure::<dyn Fn(String)>::new(move |plan: String| {
        if home == Home::Draft {
            app.draft.update(|d| d.profile.plan = plan)
        }
    });
    let args = js_sys::Array::of5(
        &root,
        &JsValue::from_str(&report_json),
        &JsValue::from_str(lang.code()),
        &JsValue::from_bool(home == Home::Draft),
        &save.into_js_value(),
    );
    args.push(&JsValue::from_str(crate::schemes::loaded_texts()));
    let _ = load.apply(&JsValue::NULL, &args);
}

/// The plan as the downloaded file shows it, from the plan module (empty when it has not drawn one).
pub fn file_markup() -> String {
    loader("platformReadinessPlanFile")
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// One of the loader's functions for the plan (scripts/post-build.mjs writes them).
fn loader(name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(&window(), &JsValue::from_str(name)).ok()?.dyn_into().ok()
}
