//! The readiness report: verdicts first, then every criterion with its source and shortfall.

use super::nav::{use_go, Page};
use super::state::use_app;
use crate::engine::SchemeAssessment;
use crate::i18n::Msg;
use crate::report::text;
use crate::report::Report;
use crate::schemes::{catalogue, Scheme};
use leptos::prelude::*;

/// The report of the assessment being filled in, or of a shared link (`#p=…`).
#[component]
pub fn ReportPage() -> impl IntoView {
    let app = use_app();
    let go = use_go();
    // The fragment can change without a reload (a second share link opened in the same tab).
    let hash = RwSignal::new(window().location().hash().unwrap_or_default());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| hash.set(window().location().hash().unwrap_or_default()));
    let live = Memo::new(move |_| {
        app.draft.with(|d| Report::new("draft".into(), d.name.clone(), d.schemes.clone(), d.profile.clone()))
    });
    move || {
    let shared = hash.with(|h| crate::report::share::payload_in(h.trim_start_matches('#')).map(crate::report::share::decode));
    let go = go.clone();
    match shared {
        Some(Ok((schemes, profile))) => {
            let report = Report::new(crate::store::reports::new_id(), String::new(), schemes, profile);
            view! {
                <p class="notice" role="status">{move || app.t(Msg::SharedNotice)}</p>
                <ReportView report=Signal::derive(move || report.clone()) savable=true />
            }
            .into_any()
        }
        broken => {
            let edit = move |_| go(Page::Check);
            Effect::new(move |_| {
                let parent = app.params.with_value(|p| p.parent.clone());
                live.with(|r| super::embed::report_completed(parent.as_deref(), &r.assessment));
            });
            view! {
                {broken.map(|e| view! { <p class="field-error" role="alert">{move || app.t(Msg::SharedBroken)} " (" {e.err().map(|e| crate::report::share::message(&e, app.lang.get())).unwrap_or_default()} ")"</p> })}
                <ReportView report=live.into() savable=true />
                <div class="actions no-print">
                    <button type="button" on:click=edit>{move || app.t(Msg::EditAnswers)}</button>
                </div>
            }
            .into_any()
        }
    }
    }
}

/// A saved report, frozen as it was saved (re-judged only when the rules changed).
#[component]
pub fn SavedPage(id: String) -> impl IntoView {
    let app = use_app();
    let found = crate::store::reports::list().0.into_iter().find(|r| r.id == id);
    match found {
        Some(report) => view! { <ReportView report=Signal::derive(move || report.clone()) savable=false /> }.into_any(),
        None => view! { <h1>{move || app.t(Msg::ReportTitle)}</h1><p>{move || app.t(Msg::NoReports)}</p> }.into_any(),
    }
}

/// Save, download, share and print.
#[component]
fn ReportActions(report: Signal<Report>, savable: bool) -> impl IntoView {
    let app = use_app();
    let message = RwSignal::new(None::<Msg>);
    let save = move |_| {
        let mut r = report.get_untracked();
        r.id = crate::store::reports::new_id();
        if r.name.trim().is_empty() {
            r.name = app.t(Msg::Untitled).to_string();
        }
        message.set(Some(if crate::store::reports::save(&r) { Msg::ReportSaved } else { Msg::SaveFailed }));
    };
    let json = move |_| {
        let r = report.get_untracked();
        super::files::download(&format!("{}.json", r.file_stem()), "application/json", &r.to_json());
    };
    let html = move |_| {
        let r = report.get_untracked();
        let page = crate::report::html::standalone(&r, app.lang.get_untracked());
        super::files::download(&format!("{}.html", r.file_stem()), "text/html", &page);
    };
    let link = move || {
        let r = report.get();
        let loc = window().location();
        format!(
            "{}{}?page=report#p={}",
            loc.origin().unwrap_or_default(),
            loc.pathname().unwrap_or_default(),
            crate::report::share::encode(&r.schemes, &r.profile)
        )
    };
    let copy = move |_| {
        let _ = window().navigator().clipboard().write_text(&link());
    };
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="actions no-print">
            {savable.then(|| view! { <button type="button" class="primary" on:click=save>{move || app.t(Msg::SaveReport)}</button> })}
            <button type="button" on:click=json>{move || app.t(Msg::DownloadJson)}</button>
            <button type="button" on:click=html>{move || app.t(Msg::DownloadHtml)}</button>
            <button type="button" on:click=print>{move || app.t(Msg::Print)}</button>
        </div>
        <Show when=move || message.get().is_some()>
            <p class="notice" role="status">{move || message.get().map(|m| app.t(m))}</p>
        </Show>
        <div class="share no-print">
            <label for="share-link">{move || app.t(Msg::ShareLink)}</label>
            <div class="input-row">
                <input type="text" id="share-link" readonly prop:value=link on:focus=move |ev| {
                    use wasm_bindgen::JsCast;
                    if let Some(t) = ev.target() { let _ = t.unchecked_into::<web_sys::HtmlInputElement>().select(); }
                } />
                <button type="button" on:click=copy>{move || app.t(Msg::CopyLink)}</button>
            </div>
        </div>
    }
}

#[component]
pub fn ReportView(report: Signal<Report>, savable: bool) -> impl IntoView {
    let app = use_app();
    let title = move || {
        let r = report.get();
        if r.name.trim().is_empty() { app.t(Msg::ReportTitle).to_string() } else { format!("{} · {}", app.t(Msg::ReportTitle), r.name) }
    };
    view! {
        <h1>{title}</h1>
        <p>{move || app.t(Msg::AssessedOn)} {move || app.lang.get().pick("：", ": ")} {move || report.get().stamp.assessed_on.to_string()}</p>
        <Show when=move || !report.get().stamp.is_current()>
            <p class="notice">{move || app.t(Msg::RulesChanged)}</p>
        </Show>
        <ul class="verdicts">
            {move || report.get().assessment.schemes.into_iter().map(|s| view! { <VerdictCard s=s /> }).collect_view()}
        </ul>
        <ReportActions report=report savable=savable />
        <ActionList report=report />
        <TopicComparison report=report />
        {move || {
            let (r, lang) = (report.get(), app.lang.get());
            r.assessment.schemes.iter().map(|s| view! { <SchemeSection html=crate::report::html::scheme_html(s, &r, lang) /> }).collect_view()
        }}
        <p class="stamp">
            {move || {
                let st = report.get().stamp;
                format!("{}: {} · platform-readiness {} · rules {} · #{}", app.t(Msg::Stamp), st.assessed_on, st.app_version, st.rules_version, st.rules_hash)
            }}
        </p>
    }
}

/// The chosen schemes side by side, topic by topic.
#[component]
fn TopicComparison(report: Signal<Report>) -> impl IntoView {
    let app = use_app();
    let table = move || {
        let lang = app.lang.get();
        let en = lang.is_en();
        let r = report.get();
        if r.schemes.len() < 2 {
            return None;
        }
        let status_of = |scheme: &str, criterion: &str| {
            r.assessment.schemes.iter().find(|s| s.scheme == scheme).and_then(|s| s.outcomes.iter().find(|o| o.criterion == criterion)).map(|o| o.status)
        };
        let head = r.schemes.iter().map(|id| view! { <th scope="col">{catalogue().scheme(id).map(|s| s.short_name.get(en).to_string())}</th> }).collect_view();
        let rows = crate::report::compare_by_topic(&r.schemes).into_iter().map(|row| {
            let topic = catalogue().topics.iter().find(|t| t.id == row.topic).map(|t| t.name.get(en).to_string()).unwrap_or_default();
            let cells = row.cells.iter().zip(&r.schemes).map(|(ids, scheme_id)| {
                let criteria = catalogue().scheme(scheme_id).map(|s| &s.criteria[..]).unwrap_or_default();
                let items = ids.iter().filter_map(|cid| criteria.iter().find(|c| &c.id == cid)).map(|c| {
                    let st = status_of(scheme_id, &c.id);
                    view! {
                        <li>{c.summary.get(en).to_string()} " "
                            <span class=format!("status {}", st.map(text::status_class).unwrap_or(""))>"(" {st.map(|s| text::status(s, lang))} ")"</span>
                        </li>
                    }
                }).collect_view();
                view! { <td><ul class="compact">{items}</ul></td> }
            }).collect_view();
            view! { <tr><th scope="row">{topic}</th>{cells}</tr> }
        }).collect_view();
        Some(view! {
            <details class="topic-compare">
                <summary><h2>{lang.pick("按主题对比各办法", "Compare the schemes topic by topic")}</h2></summary>
                <div class="table-scroll">
                    <table>
                        <thead><tr><th scope="col">{lang.pick("主题", "Topic")}</th>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        })
    };
    view! { {table} }
}

#[component]
fn ActionList(report: Signal<Report>) -> impl IntoView {
    let app = use_app();
    let items = move || {
        let lang = app.lang.get();
        let r = report.get();
        crate::report::actions(&r.assessment).into_iter().map(|a| {
            let scheme = catalogue().scheme(&a.scheme).expect("known scheme");
            let c = scheme.criteria.iter().find(|c| c.id == a.criterion).expect("known criterion");
            let what = match a.kind {
                crate::report::ActionKind::CloseGap => lang.pick("补齐差距", "Close the gap"),
                crate::report::ActionKind::Answer => lang.pick("补充回答", "Answer"),
                crate::report::ActionKind::Evidence => lang.pick("准备证明材料", "Prepare evidence"),
            };
            view! { <li><strong>{what}</strong> " · " {scheme.short_name.get(lang.is_en()).to_string()} " " {c.citation.get(lang.is_en()).to_string()} ": " {c.summary.get(lang.is_en()).to_string()}</li> }
        }).collect_view()
    };
    view! {
        <details class="action-list" open>
            <summary><h2>{move || app.t(Msg::ActionList)}</h2></summary>
            <ol>{items}</ol>
        </details>
    }
}

fn scheme_of(s: &SchemeAssessment) -> &'static Scheme {
    catalogue().scheme(&s.scheme).expect("assessed schemes exist")
}

#[component]
fn VerdictCard(s: SchemeAssessment) -> impl IntoView {
    let app = use_app();
    let scheme = scheme_of(&s);
    let lang = app.lang.get_untracked();
    let readiness = s.readiness;
    view! {
        <li class=format!("verdict {}", text::verdict_class(&s.verdict))>
            <a href=format!("#scheme-{}", scheme.id)><strong>{scheme.short_name.get(lang.is_en()).to_string()}</strong></a>
            <p class="verdict-label">{text::verdict(&s.verdict, lang)}</p>
            <svg class="chart" width="200" height="14" viewBox="0 0 200 14" role="img" aria-label=format!("{} {readiness}%", Msg::Readiness.text(lang))>
                <rect x="0" y="0" width="200" height="14" rx="3" fill="#e3e8ee" />
                <rect class="fill" x="0" y="0" width=2 * u32::from(readiness) height="14" rx="3" />
            </svg>
            <p>{Msg::Readiness.text(lang)} " " {readiness} "% · " {text::validity(&s.validity, lang)}</p>
        </li>
    }
}

/// One scheme's section: the same HTML as the standalone report (`report::html`), escaped there.
#[component]
fn SchemeSection(html: String) -> impl IntoView {
    view! { <div class="scheme-wrap" inner_html=html></div> }
}
