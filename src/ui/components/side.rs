//! The live panel beside the questions: each chosen scheme's verdict and what stands in the way as
//! HTML (maud's `html!`, tested natively), shown by the panel's view.

use crate::engine::Assessment;
use crate::i18n::Lang;
use crate::report::text;
use maud::html;

/// Each chosen scheme's verdict and counts (or why it stands apart), for the panel beside the
/// questions.
pub fn live_readiness(assessment: &Assessment, lang: Lang) -> String {
    html! {
        @for s in &assessment.schemes {
            @if let Some(scheme) = crate::schemes::catalogue().scheme(&s.scheme) {
                li class={ "verdict-line " (text::verdict_class(&s.verdict)) } {
                    strong { (scheme.short_name.get(lang.is_en())) }
                    br;
                    (text::verdict_and_counts(s, lang))
                }
            }
        }
    }
    .into_string()
}

#[cfg(target_arch = "wasm32")]
pub use view::SidePanel;

/// The panel as a Leptos view (the browser build only).
#[cfg(target_arch = "wasm32")]
mod view {
    use crate::engine::assess;
    use crate::i18n::Msg;
    use crate::schemes::catalogue;
    use crate::ui::state::use_app;
    use leptos::prelude::*;

    #[component]
    pub fn SidePanel() -> impl IntoView {
        let app = use_app();
        let assessment = Memo::new(move |_| app.draft.with(|d| assess(catalogue(), &d.profile, &d.schemes)));
        view! {
            <details class="side" open>
                <summary><h2>{app.tr(Msg::LiveReadiness)}</h2></summary>
                <ul aria-live="polite" inner_html=move || assessment.with(|a| super::live_readiness(a, app.lang.get()))></ul>
            </details>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::live_readiness;
    use crate::engine::{assess, FactValue, Profile};
    use crate::i18n::Lang;
    use crate::report::text;
    use crate::schemes::catalogue;
    use crate::ui::test_support::{d, ids};

    #[test]
    fn live_panel_shows_each_schemes_verdict_and_counts() {
        let schemes = ids(&["yangquan-pilot-base-2022", "bingtuan-pilot-base"]);
        let profile = Profile::new(d("2026-11-23")).with("pilot_site_area", FactValue::Number(100.0));
        let a = assess(catalogue(), &profile, &schemes);
        let h = live_readiness(&a, Lang::En);
        assert_eq!(h.matches("<li class=\"verdict-line").count(), 2);
        for s in &a.schemes {
            let name = catalogue().scheme(&s.scheme).unwrap().short_name.en();
            assert!(
                h.contains(&format!("<strong>{name}</strong><br>{}</li>", text::verdict_and_counts(s, Lang::En))),
                "{h}"
            );
        }
    }
}
