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

/// The policy is written in three places that must agree: index.html's meta tag, README's
/// recommended header (the same, plus `frame-ancestors 'self'`, which only a header carries), and
/// the end-to-end tests' server, which sends README's header so the whole suite runs under it.
#[test]
fn the_recommended_header_is_the_pages_policy_and_the_test_server_sends_it() {
    let read = |path: &str| std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let html = read("index.html");
    let meta = html
        .split("http-equiv=\"Content-Security-Policy\" content=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("index.html has a CSP meta tag");
    let readme = read("README.md");
    let privacy = &readme[readme.find("## Privacy and deployment").expect("README has its privacy section")..];
    let header = privacy
        .lines()
        .find_map(|l| l.strip_prefix("Content-Security-Policy: "))
        .expect("README recommends a CSP header");
    assert_eq!(
        header,
        format!("{meta}; frame-ancestors 'self'"),
        "README's header is index.html's policy plus frame-ancestors"
    );
    let server = read("tests/e2e/server.mjs");
    assert!(server.contains(&format!("\"{meta}\"")), "tests/e2e/server.mjs sends index.html's policy");
    assert!(server.contains("; frame-ancestors 'self'"), "tests/e2e/server.mjs adds frame-ancestors 'self'");
}

/// The message for a tool that could not start is in index.html, in both languages, with a
/// reload control, hidden by index.html's own style until the loader (or its 6 s timer) shows it.
#[test]
fn the_loading_page_carries_the_could_not_start_message() {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    let skeleton = &html[html.find(r#"<div id="skeleton""#).unwrap()..];
    let message = &skeleton[skeleton.find(r#"<div id="boot-failed""#).expect("the skeleton holds #boot-failed")..];
    let message = &message[..message.find("</div>").unwrap()];
    for words in [
        "无法启动本工具",
        "The tool could not start",
        "已保存在本浏览器中的答案和报告不受影响",
        r#"id="boot-reload""#,
        "重新加载 · Reload",
        r#"role="alert""#,
    ] {
        assert!(message.contains(words), "#boot-failed says {words}");
    }
    let style = &html[html.find("<style>").expect("index.html has its own style")..html.find("</style>").unwrap()];
    assert!(
        style.contains("#boot-failed { visibility: hidden;")
            && style.contains("html:not([data-boot]) #boot-failed { animation: boot-failed 0s 6s forwards; }")
    );
    assert!(style.contains("html[data-boot=failed] #boot-failed { visibility: visible;"));
    let hook = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/post-build.mjs")).unwrap();
    for words in [
        "root.dataset.boot = 'loading'",
        "root.dataset.boot = 'failed'",
        "getElementById('boot-reload')",
        "location.reload()",
    ] {
        assert!(hook.contains(words), "the loader written by post-build.mjs has {words}");
    }
}

/// The opening says what the app does without counting the schemes: a bureau's build may carry
/// any number of them, and the count, where one is shown, comes from the catalogue.
#[test]
fn the_tagline_names_no_count_of_schemes() {
    let numerals = ["一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十"];
    let zh = Msg::Tagline.text(Lang::Zh);
    for n in numerals {
        assert!(
            !zh.contains(&format!("{n}项")) && !zh.contains(&format!("{n}个")),
            "the Chinese tagline counts schemes: {zh}"
        );
    }
    let en = Msg::Tagline.text(Lang::En).to_lowercase();
    for n in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"] {
        assert!(!en.split(|c: char| !c.is_alphanumeric()).any(|w| w == n), "the English tagline counts schemes: {en}");
    }
    assert!(!zh.chars().chain(en.chars()).any(|c| c.is_ascii_digit()), "no figure in the tagline");
}
