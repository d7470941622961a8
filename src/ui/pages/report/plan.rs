//! The report page's side of the working plan: it hands the report to the plan module (a second
//! wasm file, loaded by the loader's `platformReadinessPlan` on the first call) and stores the
//! plan the module gives back with the answers. The plan itself is never read here.

use crate::i18n::Lang;
use crate::report::Report;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Where a changed plan is stored.
#[derive(Clone, Copy, PartialEq)]
pub enum Home {
    /// The assessment under way: with the draft's answers.
    Draft,
    /// A saved report: in that report.
    Saved,
    /// A report opened from a link: the plan is shown, not changed.
    ReadOnly,
}

/// The id of the element the plan is drawn into.
pub const ROOT: &str = "plan-root";

/// Draws the plan of `report_json` into the element [`ROOT`] on the next frame (loading the plan
/// module first).
pub fn show_later(report_json: String, lang: Lang, home: Home, report: Signal<Report>) {
    // The app's state is read here, where the page's owner is: the frame has none.
    let app = use_app();
    request_animation_frame(move || show(report_json, lang, home, report, app));
}

fn show(report_json: String, lang: Lang, home: Home, report: Signal<Report>, app: AppState) {
    let Some(root) = document().get_element_by_id(ROOT) else { return };
    let Ok(load) = js_sys::Reflect::get(&window(), &JsValue::from_str("platformReadinessPlan")) else { return };
    let Some(load) = load.dyn_ref::<js_sys::Function>() else { return };
    let save = Closure::<dyn Fn(String)>::new(move |text: String| keep(text, home, report, app));
    let args = js_sys::Array::of5(
        &root,
        &JsValue::from_str(&report_json),
        &JsValue::from_str(lang.code()),
        &JsValue::from_bool(home != Home::ReadOnly),
        &save.into_js_value(),
    );
    args.push(&JsValue::from_str(crate::schemes::loaded_texts()));
    let _ = load.apply(&JsValue::NULL, &args);
}

/// Stores a changed plan where it belongs.
fn keep(plan: String, home: Home, report: Signal<Report>, app: AppState) {
    match home {
        Home::Draft => app.draft.update(|d| d.profile.plan = plan),
        Home::Saved => {
            let mut r = report.get_untracked();
            r.profile.plan = plan;
            crate::store::reports::save(&r);
        }
        Home::ReadOnly => {}
    }
}

/// The plan as the downloaded file shows it, from the plan module (empty when it has not drawn one).
pub fn file_markup() -> String {
    js_sys::Reflect::get(&window(), &JsValue::from_str("platformReadinessPlanFile"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}
