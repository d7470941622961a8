//! The page shown while the app loads (index.html) says what the start page says: the same
//! name, purpose and audience in zh-CN, so the first paint is already the real opening.

use platform_readiness::i18n::{Lang, Msg};

#[test]
fn the_loading_page_shows_the_start_pages_own_words() {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    let skeleton = &html[html.find(r#"<div id="skeleton""#).expect("index.html has the skeleton")..];
    for msg in [Msg::AppName, Msg::Tagline, Msg::Audience] {
        let words = msg.text(Lang::Zh);
        assert!(skeleton.contains(&format!(">{words}<")), "index.html shows {msg:?} as the app does: {words}");
    }
}
