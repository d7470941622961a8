//! Components in a real headless Chromium: mount, click, tick, assert on the DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use platform_readiness::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> web_sys::Document {
    document()
}

fn root() -> web_sys::Element {
    doc().get_element_by_id("app-under-test").expect("mounted")
}

fn text(selector: &str) -> String {
    root().query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

fn click(selector: &str) {
    let el = root().query_selector(selector).unwrap().unwrap_or_else(|| panic!("no element {selector}"));
    el.dyn_into::<web_sys::HtmlElement>().unwrap().click();
}

/// Mounts the app on its start page into a fresh container with no stored state. The returned
/// handle unmounts it when dropped at the end of the test.
fn mount() -> leptos::mount::UnmountHandle<impl Mountable> {
    mount_at("page=start", true)
}

/// Mounts the app on the page of `query`, with no stored state when `clear`.
fn mount_at(query: &str, clear: bool) -> leptos::mount::UnmountHandle<impl Mountable> {
    at(query);
    if clear {
        web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    }
    if let Some(old) = doc().get_element_by_id("app-under-test") {
        old.remove();
    }
    let container = doc().create_element("div").unwrap();
    container.set_id("app-under-test");
    doc().body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.unchecked_into(), App)
}

#[wasm_bindgen_test]
async fn start_page_renders_in_chinese_with_every_scheme() {
    let _app = mount();
    tick().await;
    assert_eq!(text("main h1"), "科创平台申报自评");
    let boxes = root().query_selector_all("input[type=checkbox]").unwrap();
    assert_eq!(boxes.length(), 5, "one card per scheme");
    for i in 0..boxes.length() {
        let b: web_sys::HtmlInputElement = boxes.item(i).unwrap().dyn_into().unwrap();
        assert!(b.checked(), "every scheme is chosen by default");
    }
}

#[wasm_bindgen_test]
async fn language_switch_changes_the_page_and_is_remembered() {
    let _app = mount();
    tick().await;
    click("button.lang-switch");
    tick().await;
    assert_eq!(text("main h1"), "Innovation platform readiness check");
    assert_eq!(doc().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("platform-readiness/settings")
        .unwrap()
        .unwrap_or_default();
    assert!(stored.contains("\"en\""), "the choice is stored: {stored}");
    click("button.lang-switch");
    tick().await;
    assert_eq!(text("main h1"), "科创平台申报自评");
}

#[wasm_bindgen_test]
async fn unticking_every_scheme_shows_an_error_instead_of_starting() {
    let _app = mount();
    tick().await;
    let boxes = root().query_selector_all("input[type=checkbox]").unwrap();
    for i in 0..boxes.length() {
        boxes.item(i).unwrap().dyn_into::<web_sys::HtmlElement>().unwrap().click();
        tick().await;
    }
    click("button.primary");
    tick().await;
    assert_eq!(text(".field-error"), "请至少选择一项办法。");
}

/// Puts the app's page in the address bar before mounting (pages are query parameters).
fn at(query: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}?{query}")))
        .unwrap();
}

fn set_input(selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement =
        root().query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap();
    input.set_value(value);
    input
        .dispatch_event(
            &web_sys::Event::new_with_event_init_dict("input", &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            })
            .unwrap(),
        )
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_step_shows_its_questions_and_an_error_next_to_a_bad_number() {
    let _app = mount_at("page=step&step=2&schemes=bingtuan-pilot-base", true);
    tick().await;
    assert_eq!(text("main h1"), "场地与设备");
    set_input("#q-pilot_site_area", "abc");
    tick().await;
    assert_eq!(text("#q-pilot_site_area-error"), "请输入数字，例如 2000");
    set_input("#q-pilot_site_area", "１,５００");
    tick().await;
    assert_eq!(text("#q-pilot_site_area-error"), "", "full-width digits with a comma are read");
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("platform-readiness/draft")
        .unwrap()
        .unwrap_or_default();
    assert!(stored.contains(r#""pilot_site_area":{"number":1500.0}"#), "the answer is saved as 1500: {stored}");
}

#[wasm_bindgen_test]
async fn the_report_shows_a_shortfall_in_the_criterion_unit() {
    let app = mount_at("page=step&step=2&schemes=bingtuan-pilot-base", true);
    tick().await;
    set_input("#q-pilot_site_area", "1500");
    tick().await;
    drop(app);
    // The answer was saved; the report page of a new mount judges it.
    let _app = mount_at("page=report&schemes=bingtuan-pilot-base", false);
    tick().await;
    assert!(
        text("section#scheme-bingtuan-pilot-base").contains("还差 500 m²"),
        "{}",
        text("section#scheme-bingtuan-pilot-base")
    );
    assert_eq!(text(".verdict .verdict-label"), "尚有差距");
}
