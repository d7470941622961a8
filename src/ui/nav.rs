//! Pages are addressed by query parameters (`?page=step&step=2`), so the app works from any
//! folder of any static host, and browser back/forward moves between pages.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    Step(usize),
    Check,
    Report,
    /// The saved reports.
    Reports,
    /// One saved report.
    Saved(String),
}

impl Page {
    fn query(&self) -> String {
        match self {
            Page::Start => "page=start".into(),
            Page::Step(n) => format!("page=step&step={}", n + 1),
            Page::Check => "page=check".into(),
            Page::Report => "page=report".into(),
            Page::Reports => "page=reports".into(),
            Page::Saved(id) => format!("page=report&id={}", js_sys::encode_uri_component(id)),
        }
    }
}

/// Parameters that travel with every page (a bureau's link or embed settings).
const KEPT: &[&str] = &["embed", "schemes", "lang", "accent", "parent"];

/// The current page, from the URL.
pub fn use_page() -> Memo<Page> {
    let query = use_query_map();
    Memo::new(move |_| {
        let q = query.read();
        match q.get("page").as_deref() {
            Some("step") => {
                let n = q.get("step").and_then(|s| s.parse::<usize>().ok()).unwrap_or(1);
                Page::Step(n.saturating_sub(1))
            }
            Some("check") => Page::Check,
            Some("report") => match q.get("id") {
                Some(id) => Page::Saved(id),
                None => Page::Report,
            },
            Some("reports") => Page::Reports,
            _ => Page::Start,
        }
    })
}

/// A function that moves to a page, keeping the bureau's parameters.
pub fn use_go() -> impl Fn(Page) + Clone + 'static {
    let navigate = use_navigate();
    let location = use_location();
    let query = use_query_map();
    move |page: Page| {
        let mut parts = vec![page.query()];
        query.with_untracked(|q| {
            for key in KEPT {
                if let Some(v) = q.get(key) {
                    parts.push(format!("{key}={}", js_sys::encode_uri_component(&v)));
                }
            }
        });
        let path = location.pathname.get_untracked();
        navigate(&format!("{path}?{}", parts.join("&")), NavigateOptions { resolve: false, ..Default::default() });
    }
}
