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

/// Mounts the app into a fresh container with no stored state. The returned handle unmounts
/// it when dropped at the end of the test.
fn mount() -> leptos::mount::UnmountHandle<impl Mountable> {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
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
    let stored = web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item("platform-readiness/settings").unwrap().unwrap_or_default();
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
