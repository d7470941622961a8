//! The walk: one topic of questions per step, only what the chosen schemes need.

#[cfg(target_arch = "wasm32")]
mod errors;
pub mod markup;
#[cfg(target_arch = "wasm32")]
mod question;
#[cfg(test)]
mod tests;

#[cfg(target_arch = "wasm32")]
pub use page::WizardPage;

/// The page as Leptos views (the browser build only).
#[cfg(target_arch = "wasm32")]
mod page {
    use super::errors::Errors;
    use super::question::Question;
    use crate::i18n::Msg;
    use crate::schemes::{PerformanceTable, Topic};
    use crate::ui::components::side::SidePanel;
    use crate::ui::contract::ERROR_SUMMARY;
    use crate::ui::nav::{use_go, Page};
    use crate::ui::state::use_app;
    use crate::walk::{steps, topic_facts, Step};
    use leptos::prelude::*;

    #[component]
    pub fn WizardPage(index: usize) -> impl IntoView {
        let app = use_app();
        let go = use_go();
        let from = crate::ui::nav::use_query("from");
        let from_check = move || from.get().as_deref() == Some("check");
        let all = Memo::new(move |_| app.draft.with(|d| steps(&d.schemes)));
        let errors: Errors =
            Memo::new(move |_| app.draft.with(|d| crate::input::field_errors(&d.inputs, &d.profile, app.today)));
        let step = move || all.with(|s| s.get(index).copied());
        // Only the fields of this step block it and are listed at the top.
        let step_errors = Memo::new(move |_| {
            let ids: Vec<String> = match step() {
                Some(Step::Topic(t)) => {
                    app.draft.with(|d| topic_facts(t, &d.schemes)).into_iter().map(|f| f.id.to_string()).collect()
                }
                _ => Vec::new(),
            };
            let mut step = errors.get();
            step.retain(|k, _| ids.contains(k));
            step
        });
        // Self-ratings that cannot be read (on a performance step), by indicator id.
        let bad_scores = RwSignal::new(crate::engine::IdMap::<super::markup::BadScore>::new());
        let has_errors = move || !step_errors.with(|e| e.is_empty()) || !bad_scores.with(|b| b.is_empty());
        let show_summary = RwSignal::new(false);
        provide_context(errors);
        let count = move || all.with(|s| s.len());
        // A step past the last one (an old or edited link): the last step, or the start page when
        // no scheme is chosen. Only a step that exists is remembered.
        {
            let go = go.clone();
            Effect::new(move |_| {
                let n = count();
                if index >= n {
                    go(if n == 0 { Page::Start } else { Page::Step(n - 1) });
                } else if app.draft.with_untracked(|d| d.step != index) {
                    app.draft.update(|d| d.step = index);
                }
            });
        }
        let go_next = {
            let go = go.clone();
            move |_| {
                if has_errors() {
                    show_summary.set(true);
                    crate::ui::nav::focus(ERROR_SUMMARY);
                    return;
                }
                if from_check() || index + 1 >= count() {
                    go(Page::Check);
                } else {
                    go(Page::Step(index + 1));
                }
            }
        };
        let go_back = {
            let go = go.clone();
            move |_| if index == 0 { go(Page::Start) } else { go(Page::Step(index - 1)) }
        };
        let step_links =
            move || all.with(|s| super::markup::step_links(s, index, app.lang.get(), &crate::ui::nav::kept_params()));

        view! {
            <div class="layout">
                <div>
                    <div class="progress">
                        <p>{move || format!("{} {} / {}", app.t(Msg::StepOf), index + 1, count().max(1))}</p>
                        <div class="progress-bar" role="progressbar" aria-valuemin="0" aria-valuemax=count aria-valuenow=index + 1
                            aria-label=app.tr(Msg::StepOf)>
                            <span style=move || format!("width: {}%", (index + 1) * 100 / count().max(1))></span>
                        </div>
                        <nav aria-label=app.tr(Msg::Steps)><ol class="steps" inner_html=step_links></ol></nav>
                    </div>
                    <Show when=move || show_summary.get() && has_errors()>
                        <div class="error-summary" id=ERROR_SUMMARY tabindex="-1" role="alert">
                            <h2>{app.tr(Msg::ErrorSummary)}</h2>
                            <ul inner_html=move || {
                                let lang = app.lang.get();
                                let scores = match step() {
                                    Some(Step::Performance(_, table)) => bad_scores.with(|b| super::markup::score_error_summary(table, b, lang)),
                                    _ => String::new(),
                                };
                                step_errors.with(|e| super::markup::error_summary(e, lang)) + &scores
                            }></ul>
                        </div>
                    </Show>
                    {move || match step() {
                        Some(Step::Topic(topic)) => view! { <TopicStep topic=topic /> }.into_any(),
                        Some(Step::Performance(scheme, _)) => view! { <PerformanceStep scheme=scheme bad=bad_scores /> }.into_any(),
                        None => view! { <p>{app.t(Msg::NoSchemeChosen)}</p> }.into_any(),
                    }}
                    <div class="actions">
                        <button type="button" on:click=go_back>{app.tr(Msg::Back)}</button>
                        <button type="button" class="primary" on:click=go_next>
                            {move || if from_check() { app.t(Msg::ReturnToCheck) } else if index + 1 >= count() { app.t(Msg::ToCheck) } else { app.t(Msg::Next) }}
                        </button>
                    </div>
                </div>
                <SidePanel />
            </div>
        }
    }

    #[component]
    fn TopicStep(topic: &'static Topic) -> impl IntoView {
        let app = use_app();
        let facts = Memo::new(move |_| app.draft.with(|d| topic_facts(topic, &d.schemes)));
        view! {
            <h1>{move || topic.name.get(app.en()).to_string()}</h1>
            {move || facts.get().into_iter().map(|f| {
                let shown = move || f.ask_when.as_ref().is_none_or(|c| app.draft.with(|d| d.profile.holds(c) == Some(true)));
                view! { <Show when=shown><Question fact=f /></Show> }
            }).collect_view()}
        }
    }

    #[component]
    fn PerformanceStep(
        scheme: &'static crate::schemes::Scheme,
        bad: RwSignal<crate::engine::IdMap<super::markup::BadScore>>,
    ) -> impl IntoView {
        let app = use_app();
        // The walk makes this step only for a scheme with a table.
        let table: &'static PerformanceTable = scheme.performance.as_ref().expect("a performance step has its table");
        // The fields are markup, drawn again only when the language changes or a field's error
        // comes or goes (the focus and the caret then go back to the field): what is typed stays in
        // its field. A rating that can be read is stored; one that cannot is not, says why next to
        // its field and in the step's error summary, and holds the step like any other error.
        let fields = move || {
            let lang = app.lang.get();
            bad.with(|b| {
                app.draft
                    .with_untracked(|d| super::markup::score_fields(table, &d.profile.ratings(&scheme.id), b, lang))
            })
        };
        let on_input = move |ev: leptos::ev::Event| {
            let input: web_sys::HtmlInputElement = event_target(&ev);
            let Some(id) = input.get_attribute(crate::ui::contract::attr::SCORE) else { return };
            let Some(indicator) = table.indicators.iter().find(|i| i.id == id) else { return };
            let text: String = input.value().chars().take(crate::input::MAX_INPUT_CHARS).collect();
            let parsed = crate::input::read_score(indicator, &text);
            app.draft.update(|d| d.profile.set_score(&scheme.id, &id, parsed.ok().flatten()));
            // The running total, written into its line (part of the fields' markup) as typed.
            if let Some(total) = document().get_element_by_id(crate::ui::contract::SCORE_TOTAL) {
                let lang = app.lang.get_untracked();
                let text = app
                    .draft
                    .with_untracked(|d| super::markup::score_total(table, &d.profile.ratings(&scheme.id), lang));
                total.set_text_content(Some(&text));
            }
            let before = bad.with_untracked(|b| b.get(&id).map(|x| x.0));
            let after = parsed.err();
            if before == after {
                // No error, or the same one: keep the new text without drawing the fields again.
                if let Some(e) = after {
                    bad.update_untracked(|b| {
                        b.insert(id, (e, text));
                    });
                }
                return;
            }
            bad.update(|b| match after {
                Some(e) => {
                    b.insert(id, (e, text));
                }
                None => {
                    b.remove(&id);
                }
            });
            crate::ui::nav::focus_at_end(&input.id());
        };
        view! {
            <h1>{move || table.title.get(app.en()).to_string()}</h1>
            <p class="hint">{move || table.hint.get(app.en()).to_string()}</p>
            <div inner_html=fields on:input=on_input></div>
        }
    }
}
