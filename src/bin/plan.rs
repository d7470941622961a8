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
    use platform_readiness::engine::fixes::Fixes;
    use platform_readiness::i18n::Lang;
    use platform_readiness::plan::sections::{fixes_of, plan_page, plan_top, Screen};
    use platform_readiness::plan::view;
    use platform_readiness::plan::Workplan;
    use platform_readiness::report::diff::{against_current, Recorded};
    use platform_readiness::report::Report;
    use platform_readiness::schemes::catalogue;
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// The report page's element above the criteria, for the closest schemes (its id is the
    /// report page's; the plan's own element is handed to [`mount`]).
    const TOP: &str = "plan-top";

    struct Mounted {
        root: web_sys::Element,
        report: Report,
        /// The report's fixes, ranked once: they follow from the report, not from the plan.
        fixes: Fixes,
        plan: Workplan,
        screen: Screen,
        lang: Lang,
        save: js_sys::Function,
        /// The listeners, kept alive as long as the element is the one mounted on.
        _listeners: Vec<Closure<dyn FnMut(web_sys::Event)>>,
    }

    thread_local! {
        static MOUNTED: RefCell<Option<Mounted>> = const { RefCell::new(None) };
    }

    /// Draws the plan for `report_json` into `root`; called again on every change of the report
    /// or of the language. `save` receives the plan's JSON text after each change. `texts_file`:
    /// the scheme texts as the report page read them (fetched here only when it is empty).
    #[wasm_bindgen]
    pub async fn mount(
        root: web_sys::Element,
        report_json: String,
        lang: String,
        editable: bool,
        save: js_sys::Function,
        texts_file: String,
    ) {
        static STARTED: std::sync::Once = std::sync::Once::new();
        STARTED.call_once(|| {
            std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&JsValue::from_str(&info.to_string()))));
            style();
        });
        // The report page had not read them: fetched as it fetches them (without `lazy-texts` they
        // are built in).
        #[cfg(feature = "lazy-texts")]
        if !platform_readiness::schemes::Text::deferred_ready() && !platform_readiness::schemes::load_texts(texts_file)
        {
            if let Some(file) = platform_readiness::ui::texts::fetch().await {
                platform_readiness::schemes::load_texts(file);
            }
        }
        #[cfg(not(feature = "lazy-texts"))]
        let _ = texts_file;
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
                    && m.screen.editable == editable
                    && m.report.profile == report.profile
                    && m.report.schemes == report.schemes
                    && m.report.name == report.name
            })
        });
        if same {
            return;
        }
        let plan = Workplan::read(&report.profile.plan, catalogue()).unwrap_or_default();
        let diff = Recorded::from_json(&report_json).and_then(|recorded| against_current(&report, &recorded));
        let today = platform_readiness::ui::state::today();
        let screen = Screen { diff, today, editable, ..Screen::default() };
        let listeners = MOUNTED.with_borrow_mut(|m| match m.take() {
            Some(old) if old.root == root => old._listeners,
            _ => listen(&root),
        });
        let fixes = fixes_of(&report);
        let mounted = Mounted { root, report, fixes, plan, screen, lang, save, _listeners: listeners };
        draw(&mounted, None);
        MOUNTED.set(Some(mounted));
    }

    /// The plan as the downloaded report file carries it (empty before a plan is drawn).
    #[wasm_bindgen]
    pub fn file_markup() -> String {
        MOUNTED.with_borrow(|m| {
            m.as_ref().map(|m| view::file_markup(&m.report, &m.plan, &m.fixes, &m.screen, m.lang)).unwrap_or_default()
        })
    }

    fn document() -> Option<web_sys::Document> {
        web_sys::window()?.document()
    }

    /// The plan's style sheet, put into the page once (it comes with this module, not the first load).
    fn style() {
        let Some(document) = document() else { return };
        if let (Ok(style), Some(head)) = (document.create_element("style"), document.head()) {
            style.set_text_content(Some(view::STYLE));
            let _ = head.append_child(&style);
        }
    }

    fn listen(root: &web_sys::Element) -> Vec<Closure<dyn FnMut(web_sys::Event)>> {
        let mut kept: Vec<Closure<dyn FnMut(web_sys::Event)>> = ["click", "change", "submit"]
            .into_iter()
            .filter_map(|kind| {
                let handler = Closure::<dyn FnMut(web_sys::Event)>::new(on_event);
                root.add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref()).ok()?;
                Some(handler)
            })
            .collect();
        // The closest schemes above the criteria link to their fixes below.
        if let Some(top) = document().and_then(|d| d.get_element_by_id(TOP)) {
            let handler = Closure::<dyn FnMut(web_sys::Event)>::new(on_event);
            if top.add_event_listener_with_callback("click", handler.as_ref().unchecked_ref()).is_ok() {
                kept.push(handler);
            }
        }
        // A printed plan shows everything: every closed part opens for the print and closes after.
        if let Some(window) = web_sys::window() {
            for (kind, open) in [("beforeprint", true), ("afterprint", false)] {
                let handler = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| open_all(open));
                if window.add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref()).is_ok() {
                    kept.push(handler);
                }
            }
        }
        kept
    }

    /// Opens (or closes again) the plan's closed parts for printing.
    fn open_all(open: bool) {
        let Some(document) = document() else { return };
        let selector = if open { "#plan-root details:not([open])" } else { "#plan-root details[data-print-opened]" };
        let Ok(list) = document.query_selector_all(selector) else { return };
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                if open {
                    let _ = el.set_attribute("open", "");
                    let _ = el.set_attribute("data-print-opened", "");
                } else {
                    let _ = el.remove_attribute("open");
                    let _ = el.remove_attribute("data-print-opened");
                }
            }
        }
    }

    /// A link to another part of the plan: that part is opened (when inside a closed part),
    /// scrolled to and focused, without changing the address (the report page reads its
    /// fragment). Returns whether the click was such a link.
    fn follow_link(target: &web_sys::Element) -> bool {
        let Some(link) = target.closest("a[href^='#plan-']").ok().flatten() else { return false };
        let id = link.get_attribute("href").unwrap_or_default();
        let Some(found) = document().and_then(|d| d.get_element_by_id(&id[1..])) else { return false };
        if let Some(details) = found.closest("details").ok().flatten() {
            let _ = details.set_attribute("open", "");
        }
        found.scroll_into_view();
        if let Some(el) = found.dyn_ref::<web_sys::HtmlElement>() {
            if !el.has_attribute("tabindex") {
                let _ = el.set_attribute("tabindex", "-1");
            }
            let _ = el.focus();
        }
        true
    }

    fn on_event(ev: web_sys::Event) {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        if ev.type_() == "click" && follow_link(&target) {
            ev.prevent_default();
            return;
        }
        let Some(action) = view::action_of(&ev.type_(), &|name| attribute_near(&target, name), &|id| value_of(id))
        else {
            return;
        };
        if ev.type_() == "submit" || ev.type_() == "click" {
            ev.prevent_default();
        }
        MOUNTED.with_borrow_mut(|m| {
            let Some(m) = m.as_mut() else { return };
            if let view::Action::Evidence { item, .. } = &action {
                m.screen.open_item = Some(item.clone());
            }
            match view::apply(&action, &m.report, &mut m.plan, &mut m.screen.form, m.screen.editable, m.lang) {
                view::Outcome::Changed => {
                    m.report.profile.plan = m.plan.write();
                    let _ = m.save.call1(&JsValue::NULL, &JsValue::from_str(&m.report.profile.plan));
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
        let element = document()?.get_element_by_id(id)?;
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            return Some(input.value());
        }
        if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
            return Some(select.value());
        }
        element.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|t| t.value())
    }

    fn draw(m: &Mounted, focus: Option<String>) {
        m.root.set_inner_html(&plan_page(&m.report, &m.plan, &m.fixes, &m.screen, m.lang));
        if let Some(top) = document().and_then(|d| d.get_element_by_id(TOP)) {
            top.set_inner_html(&plan_top(&m.fixes, m.lang));
        }
        if let Some(id) = focus {
            let found = document().and_then(|d| d.get_element_by_id(&id));
            if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        }
    }
}

fn main() {}
