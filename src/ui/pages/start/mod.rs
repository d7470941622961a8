//! The start page: what the tool is, and the schemes to check.

pub mod markup;
#[cfg(test)]
mod tests;

#[cfg(target_arch = "wasm32")]
pub use page::StartPage;

/// The page as Leptos views (the browser build only).
#[cfg(target_arch = "wasm32")]
mod page {
    use crate::i18n::Msg;
    use crate::report::standing::{for_region, region_fact, Standing};
    use crate::schemes::{catalogue, Scheme};
    use crate::ui::components::message::message;
    use crate::ui::nav::{use_go, Page};
    use crate::ui::state::use_app;
    use leptos::prelude::*;
    use std::sync::Arc;

    #[component]
    pub fn StartPage() -> impl IntoView {
        let app = use_app();
        let go = use_go();
        let error = RwSignal::new(false);
        let start = move |_| {
            if app.draft.with(|d| d.schemes.is_empty()) {
                error.set(true);
                return;
            }
            go(Page::Step(app.start()));
        };
        let start_new = move |_| {
            let mut fresh = crate::ui::state::new_draft(app.today);
            fresh.schemes = app.draft.with_untracked(|d| d.schemes.clone());
            let said = match app.replace_draft(fresh) {
                Ok(true) => Some(Msg::NewAssessmentStarted),
                Ok(false) => None,
                Err(why) => Some(why),
            };
            app.tell(said, Page::Start);
        };
        let name_input = move |ev: leptos::ev::Event| {
            let v: String = event_target_value(&ev).chars().take(crate::engine::profile::MAX_NAME_CHARS).collect();
            app.draft.update(|d| d.name = v);
        };
        let visible: Vec<&'static Scheme> = {
            let p = app.params.get_value();
            catalogue()
                .schemes
                .iter()
                .filter(|s| !p.embed || p.schemes.is_empty() || p.schemes.iter().any(|id| *id == s.id))
                .collect()
        };
        // A bureau's embed of its own schemes: the opening names them, and one scheme alone is
        // not a choice (no checkbox).
        let named: Vec<&'static Scheme> = {
            let p = app.params.get_value();
            if p.embed && !p.schemes.is_empty() {
                visible.clone()
            } else {
                Vec::new()
            }
        };
        let (by_bureau, fixed) = (!named.is_empty(), named.len() == 1);
        let tagline = move || {
            let lang = app.lang.get();
            if by_bureau {
                Msg::EmbedTagline.text(lang).replacen("{}", &super::markup::named_schemes(&named, lang), 1)
            } else {
                Msg::Tagline.text(lang).to_string()
            }
        };
        let audience = if by_bureau { Msg::EmbedAudience } else { Msg::Audience };
        let hint = if by_bureau { Msg::EmbedChooseHint } else { Msg::ChooseSchemesHint };
        let legend = if fixed { Msg::EmbedOneScheme } else { Msg::ChooseSchemes };
        let region = region_fact(catalogue());
        let by_link = !app.params.get_value().schemes.is_empty();
        // The region answered here is the wizard's own question. It preselects the schemes open
        // to the region, unless the schemes were chosen by hand (anything but every scheme or the
        // last region's preselection) or by the link.
        let pick_region = move |ev: leptos::ev::Event| {
            let Some(fact) = region else { return };
            let value = event_target_value(&ev);
            app.draft.update(|d| {
                let all: Vec<String> = catalogue().schemes.iter().map(|s| s.id.to_string()).collect();
                let untouched =
                    d.schemes == all || d.profile.choice(&fact.id).is_some_and(|r| d.schemes == open_for(r, app.today));
                if value.is_empty() {
                    d.profile.facts.remove(fact.id.as_str());
                } else {
                    if untouched && !by_link {
                        d.schemes = open_for(&value, app.today);
                    }
                    d.profile.facts.insert(fact.id.to_string(), crate::engine::FactValue::Choice(value));
                }
            });
        };
        view! {
            <h1>{app.tr(Msg::AppName)}</h1>
            <p class="lead">{tagline}</p>
            <p>{app.tr(audience)}</p>
            <div class="question">
                <label for="org-name">{app.tr(Msg::OrgName)}</label>
                <input type="text" id="org-name" autocomplete="organization" maxlength=crate::engine::profile::MAX_NAME_CHARS.to_string() prop:value=move || app.draft.with(|d| d.name.clone()) on:input=name_input />
            </div>
            <div class="question" inner_html=part(Part::Region) on:change=pick_region></div>
            <fieldset class="scheme-choice" aria-describedby="scheme-hint">
                <legend><h2>{app.tr(legend)}</h2></legend>
                <p id="scheme-hint" class="hint" hidden=fixed>{app.tr(hint)}</p>
                {message("field-error", "alert", Arc::new(move || error.get().then(|| app.t(Msg::NoSchemeChosen))))}
                <ul class="cards">
                    {visible.into_iter().map(|s| view! { <SchemeCard scheme=s fixed=fixed /> }).collect_view()}
                </ul>
            </fieldset>
            <section class="prepare" inner_html=part(Part::Prepare)></section>
            <div class="actions">
                <button type="button" class="primary" on:click=start>
                    {move || if app.draft.with(|d| d.started) { app.t(Msg::ContinueAssessment) } else { app.t(Msg::StartAssessment) }}
                </button>
                <Show when=move || app.draft.with(|d| d.started)>
                    <button type="button" on:click=start_new>{app.tr(Msg::NewAssessment)}</button>
                </Show>
            </div>
        }
    }

    /// A part of the page drawn as markup.
    #[derive(Clone, Copy)]
    enum Part {
        Card(&'static Scheme),
        Region,
        Prepare,
    }

    /// The markup of a part, kept up to date: one closure type for every part (one copy of its
    /// rendering code in the wasm). The region's buttons keep their own state and are drawn
    /// again only for another language (a redraw would take the focus from the group).
    fn part(part: Part) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        let app = use_app();
        move || {
            let lang = app.lang.get();
            match part {
                Part::Card(scheme) => {
                    // Where the scheme stands for the region answered (open while none is).
                    let region = region_fact(catalogue())
                        .and_then(|f| app.draft.with(|d| d.profile.choice(&f.id).map(str::to_string)));
                    let standing = region
                        .and_then(|r| {
                            for_region(catalogue(), &r, app.today).into_iter().find(|(s, _)| s.id == scheme.id)
                        })
                        .map_or(Standing::Open, |(_, st)| st);
                    super::markup::scheme_card(scheme, standing, app.today, lang)
                }
                Part::Region => region_fact(catalogue())
                    .map(|fact| app.draft.with_untracked(|d| super::markup::region_question(fact, d, lang)))
                    .unwrap_or_default(),
                // The cited documents come with the deferred texts, which the start page loads
                // once the region is answered (not for the page's first load).
                Part::Prepare => app.draft.with(|d| {
                    let answered = region_fact(catalogue()).is_some_and(|f| d.profile.choice(&f.id).is_some());
                    let documents =
                        crate::ui::texts::ready() || (answered && crate::ui::texts::use_texts().get() == Some(true));
                    super::markup::prepare(&d.schemes, documents, lang)
                }),
            }
        }
    }

    /// The schemes open to an applicant from `region`, in the catalogue's order.
    fn open_for(region: &str, today: chrono::NaiveDate) -> Vec<String> {
        for_region(catalogue(), region, today)
            .into_iter()
            .filter(|(_, st)| *st == Standing::Open)
            .map(|(s, _)| s.id.to_string())
            .collect()
    }

    /// A scheme's card: its checkbox and, as the checkbox's label, its markup; a `fixed` one (the
    /// one scheme a bureau embeds) without the checkbox (the label then names nothing to tick).
    #[component]
    fn SchemeCard(scheme: &'static Scheme, fixed: bool) -> impl IntoView {
        let app = use_app();
        let id = scheme.id.to_string();
        let input_id = format!("scheme-{}", scheme.id);
        let checked = {
            let id = id.clone();
            move || app.draft.with(|d| d.schemes.contains(&id))
        };
        let toggle = move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            let id = id.clone();
            app.draft.update(|d| {
                // The catalogue's order, whatever the order of clicks.
                let chosen = std::mem::take(&mut d.schemes);
                d.schemes = catalogue()
                    .schemes
                    .iter()
                    .filter(|c| if c.id == id { on } else { chosen.contains(&c.id.to_string()) })
                    .map(|c| c.id.to_string())
                    .collect();
            });
        };
        view! {
            <li class=super::markup::scheme_card_class(scheme, app.today)>
                {(!fixed).then(|| view! { <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle /> })}
                <label for=input_id inner_html=part(Part::Card(scheme))></label>
            </li>
        }
    }
}
