//! The plan module: a second wasm file that the report page loads when it is opened (the
//! loader's `platformReadinessPlan`, written by scripts/post-build.mjs), so that the first load
//! carries none of the working plan's code or words.
//!
//! The report page gives it an element, the report as JSON, the language, whether the plan may
//! be changed there, and a function that stores a changed plan. It draws the plan's markup
//! (`platform_readiness::plan::view`) into the element and reads the applicant's clicks and
//! changes by delegation on `data-` attributes; every change goes back through that function,
//! so the main app stores it with the answers (the plan never writes to storage itself).

#[cfg(target_arch = "wasm32")]
mod browser {
    use platform_readiness::i18n::Lang;
    use platform_readiness::plan::view;
    use platform_readiness::plan::Workplan;
    use platform_readiness::report::Report;
    use platform_readiness::schemes::catalogue;
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    struct Mounted {
        root: web_sys::Element,
        report: Report,
        plan: Workplan,
        lang: Lang,
        editable: bool,
        save: js_sys::Function,
        /// The listeners, kept alive as long as the element is the one mounted on.
        _listeners: Vec<Closure<dyn FnMut(web_sys::Event)>>,
    }

    thread_local! {
        static MOUNTED: RefCell<Option<Mounted>> = const { RefCell::new(None) };
    }

    /// Draws the plan for `report_json` into `root`; called again on every change of the report
    /// or of the language. `save` receives the plan's JSON text after each change.
    #[wasm_bindgen]
    pub async fn mount(
        root: web_sys::Element,
        report_json: String,
        lang: String,
        editable: bool,
        save: js_sys::Function,
    ) {
        texts().await;
        let Ok(report) = Report::from_json(&report_json) else {
            root.set_inner_html("");
            return;
        };
        let lang = if lang == "en" { Lang::En } else { Lang::Zh };
        // The report page calls again whenever its report changes, also after storing a change
        // made here: the same answers, plan and language draw nothing (the focus stays).
        let same = MOUNTED.with_borrow(|m| {
            m.as_ref().is_some_and(|m| {
                m.root == root
                    && m.lang == lang
                    && m.editable == editable
                    && m.report.profile == report.profile
                    && m.report.schemes == report.schemes
                    && m.report.name == report.name
            })
        });
        if same {
            return;
        }
        let plan = Workplan::read(&report.profile.plan, catalogue()).unwrap_or_default();
        let listeners = MOUNTED.with_borrow_mut(|m| match m.take() {
            Some(old) if old.root == root => old._listeners,
            _ => listen(&root),
        });
        let mounted = Mounted { root, report, plan, lang, editable, save, _listeners: listeners };
        draw(&mounted, None);
        MOUNTED.set(Some(mounted));
    }

    /// The scheme texts (criteria, citations), fetched as the main app fetches them.
    async fn texts() {
        use platform_readiness::schemes::{load_texts, Text, TEXTS_FILE};
        use wasm_bindgen_futures::JsFuture;
        if Text::deferred_ready() {
            return;
        }
        let Some(window) = web_sys::window() else { return };
        let Ok(response) = JsFuture::from(window.fetch_with_str(TEXTS_FILE)).await else { return };
        let Ok(response) = response.dyn_into::<web_sys::Response>() else { return };
        let Ok(text) = response.text() else { return };
        if let Ok(text) = JsFuture::from(text).await {
            load_texts(text.as_string().unwrap_or_default());
        }
    }

    fn listen(root: &web_sys::Element) -> Vec<Closure<dyn FnMut(web_sys::Event)>> {
        ["click", "change", "submit"]
            .into_iter()
            .filter_map(|kind| {
                let handler = Closure::<dyn FnMut(web_sys::Event)>::new(on_event);
                root.add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref()).ok()?;
                Some(handler)
            })
            .collect()
    }

    fn on_event(ev: web_sys::Event) {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let Some(action) = view::action_of(&ev.type_(), &|name| attribute_near(&target, name), &|id| value_of(id))
        else {
            return;
        };
        if ev.type_() == "submit" || ev.type_() == "click" {
            ev.prevent_default();
        }
        MOUNTED.with_borrow_mut(|m| {
            let Some(m) = m.as_mut() else { return };
            match view::apply(&action, &m.report, &mut m.plan, m.editable, m.lang) {
                view::Outcome::Changed => {
                    let text = m.plan.write();
                    m.report.profile.plan = m.plan.write();
                    let _ = m.save.call1(&JsValue::NULL, &JsValue::from_str(&text));
                    draw(m, view::focus_after(&action));
                }
                view::Outcome::Download { name, mime, text } => {
                    platform_readiness::ui::components::files::download(&name, mime, &text)
                }
                view::Outcome::Redraw => draw(m, view::focus_after(&action)),
                view::Outcome::Nothing => {}
            }
        });
    }

    /// The value of the nearest `name` attribute from the event's element up to the plan's root.
    fn attribute_near(target: &web_sys::Element, name: &str) -> Option<String> {
        target.closest(&format!("[{name}]")).ok().flatten()?.get_attribute(name)
    }

    /// The value of a field of the plan by id (inputs, selects, text areas).
    fn value_of(id: &str) -> Option<String> {
        let element = web_sys::window()?.document()?.get_element_by_id(id)?;
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            return Some(input.value());
        }
        if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
            return Some(select.value());
        }
        element.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|t| t.value())
    }

    fn draw(m: &Mounted, focus: Option<String>) {
        m.root.set_inner_html(&view::page(&m.report, &m.plan, m.editable, m.lang));
        if let Some(id) = focus {
            let found = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id));
            if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        }
    }
}

fn main() {}
