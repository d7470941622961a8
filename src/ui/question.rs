//! One question: a labelled field for one fact, with its error next to it and the criteria
//! that read it one click away.

use super::state::use_app;
use super::wizard::Errors;
use crate::engine::{FactValue, Incident};
use crate::i18n::Msg;
use crate::markup::error_msg;
use crate::input::{parse_date, read_fact, InputError};
use crate::report::text::grades;
use crate::schemes::{FactDef, FactKind, IncidentKind, Severity};
use leptos::prelude::*;

/// The longest text kept from a number or date field.
const MAX_INPUT_CHARS: usize = 64;

#[component]
pub fn Question(fact: &'static FactDef) -> impl IntoView {
    let app = use_app();
    let errors = expect_context::<Errors>();
    let id = fact.id.as_str();
    let error = move || errors.with(|e| e.get(id).copied());
    let label = move || fact.label.get(app.en()).to_string();
    let field = match fact.kind {
        FactKind::Number | FactKind::Count | FactKind::Date => view! { <TextField fact=fact /> }.into_any(),
        FactKind::YesNo => view! { <YesNoField fact=fact /> }.into_any(),
        FactKind::Choice => view! { <ChoiceField fact=fact /> }.into_any(),
        FactKind::Incidents => view! { <IncidentsField fact=fact /> }.into_any(),
    };
    let grouped = !matches!(fact.kind, FactKind::Number | FactKind::Count | FactKind::Date);
    view! {
        <div class="question" class:has-error=move || error().is_some() id=format!("q-{id}-block")>
            {if grouped {
                view! { <p class="q-label" id=format!("q-{id}-label")><strong>{label}</strong></p> }.into_any()
            } else {
                view! { <label for=format!("q-{id}")>{label}</label> }.into_any()
            }}
            {fact.hint.as_ref().map(|h| view! { <p class="hint" id=format!("q-{id}-hint")>{move || h.get(app.en()).to_string()}</p> })}
            <Show when=move || error().is_some()>
                <p class="field-error" id=format!("q-{id}-error")>{move || error().map(|e| app.t(error_msg(e)))}</p>
            </Show>
            {field}
            <UsedBy fact=fact />
        </div>
    }
}

#[component]
fn UsedBy(fact: &'static FactDef) -> impl IntoView {
    let app = use_app();
    let items = move || app.draft.with(|d| crate::report::html::criteria_reading(&d.schemes, &fact.id, app.lang.get()));
    view! {
        <details class="used-by">
            <summary>{app.tr(Msg::UsedBy)}</summary>
            <ul inner_html=items></ul>
        </details>
    }
}

fn set_fact(app: super::state::AppState, id: &str, value: Option<FactValue>) {
    app.draft.update(|d| match value {
        Some(v) => {
            d.profile.facts.insert(id.to_string(), v);
        }
        None => {
            d.profile.facts.remove(id);
        }
    });
}

#[component]
fn TextField(fact: &'static FactDef) -> impl IntoView {
    let app = use_app();
    let errors = expect_context::<Errors>();
    let id = fact.id.as_str();
    let value = move || {
        app.draft.with(|d| {
            d.inputs.get(id).cloned().unwrap_or_else(|| match d.profile.facts.get(id) {
                Some(FactValue::Number(n)) => crate::report::text::number(*n),
                Some(FactValue::Date(day)) => day.to_string(),
                _ => String::new(),
            })
        })
    };
    let on_input = move |ev: leptos::ev::Event| {
        // A number or a date is short; a pasted essay is cut rather than stored whole.
        let text: String = event_target_value(&ev).chars().take(MAX_INPUT_CHARS).collect();
        app.draft.update(|d| {
            d.inputs.insert(id.to_string(), text.clone());
        });
        // The error itself is derived from the stored text (see `input::field_errors`).
        let parsed = app.draft.with_untracked(|d| read_fact(fact, &text, app.today, &d.profile));
        set_fact(app, id, parsed.ok().flatten());
    };
    let unit = move || crate::report::text::unit(fact.unit, app.lang.get());
    let described = move || {
        let mut ids = vec![format!("q-{id}-unit")];
        if fact.hint.is_some() {
            ids.push(format!("q-{id}-hint"));
        }
        if errors.with(|e| e.contains_key(id)) {
            ids.push(format!("q-{id}-error"));
        }
        ids.join(" ")
    };
    let is_date = fact.kind == FactKind::Date;
    view! {
        <div class="input-row">
            <input type="text" class="num" id=format!("q-{id}") name=id
                inputmode=if is_date { "text" } else { "decimal" }
                placeholder=if is_date { "YYYY-MM-DD" } else { "" }
                autocomplete="off"
                maxlength=MAX_INPUT_CHARS.to_string()
                aria-invalid=move || errors.with(|e| e.contains_key(id)).to_string()
                aria-describedby=described
                prop:value=value on:input=on_input />
            <span class="unit" id=format!("q-{id}-unit")>{move || if is_date { app.t(Msg::LeaveEmpty).to_string() } else { format!("{} · {}", unit(), app.t(Msg::LeaveEmpty)) }}</span>
        </div>
    }
}

/// Radio buttons: the options, then "I don't know yet".
fn radios(
    app: super::state::AppState,
    name: String,
    options: Vec<(String, Signal<String>)>,
    current: Signal<Option<String>>,
    // A trait object, not a generic: one copy of this view in the wasm for all three callers.
    on_pick: std::sync::Arc<dyn Fn(Option<String>) + Send + Sync>,
) -> impl IntoView {
    let dont_know = (String::new(), Signal::derive(move || app.t(Msg::DontKnow).to_string()));
    let labelled_by = format!("{name}-label");
    view! {
        <div class="choices" role="radiogroup" aria-labelledby=labelled_by>
            {options.into_iter().chain(std::iter::once(dont_know)).map(|(value, label)| {
                let input_id = format!("{name}-{}", if value.is_empty() { "unknown" } else { value.as_str() });
                let v = value.clone();
                let on_pick = on_pick.clone();
                let checked = move || current.get().unwrap_or_default() == v;
                view! {
                    <label for=input_id.clone()>
                        <input type="radio" id=input_id.clone() name=name.clone() prop:checked=checked
                            on:change=move |_| on_pick((!value.is_empty()).then(|| value.clone())) />
                        {label}
                    </label>
                }
            }).collect_view()}
        </div>
    }
}

#[component]
fn YesNoField(fact: &'static FactDef) -> impl IntoView {
    let app = use_app();
    let id = fact.id.as_str();
    let current = Signal::derive(move || app.draft.with(|d| d.profile.yes_no(id).map(|b| if b { "yes".to_string() } else { "no".to_string() })));
    let options = vec![
        ("yes".to_string(), Signal::derive(move || app.t(Msg::Yes).to_string())),
        ("no".to_string(), Signal::derive(move || app.t(Msg::No).to_string())),
    ];
    radios(app, format!("q-{id}"), options, current, std::sync::Arc::new(move |v| set_fact(app, id, v.map(|v| FactValue::YesNo(v == "yes")))))
}

#[component]
fn ChoiceField(fact: &'static FactDef) -> impl IntoView {
    let app = use_app();
    let id = fact.id.as_str();
    let current = Signal::derive(move || app.draft.with(|d| d.profile.choice(id).map(str::to_string)));
    let options = fact.options.iter().map(|o| (o.id.to_string(), Signal::derive(move || o.label.get(app.en()).to_string()))).collect();
    radios(app, format!("q-{id}"), options, current, std::sync::Arc::new(move |v| set_fact(app, id, v.map(FactValue::Choice))))
}


#[component]
fn IncidentsField(fact: &'static FactDef) -> impl IntoView {
    let app = use_app();
    let id = fact.id.as_str();
    let list = move || app.draft.with(|d| d.profile.incidents(id).map(|l| l.to_vec()));
    let current = Signal::derive(move || list().map(|l| if l.is_empty() { "none".to_string() } else { "some".to_string() }));
    let options = vec![
        ("none".to_string(), Signal::derive(move || app.t(Msg::IncidentsNone).to_string())),
        ("some".to_string(), Signal::derive(move || app.t(Msg::IncidentsSome).to_string())),
    ];
    let pick = move |v: Option<String>| {
        let value = match v.as_deref() {
            Some("none") => Some(FactValue::Incidents(Vec::new())),
            Some(_) => Some(FactValue::Incidents(vec![Incident { date: app.today, kind: IncidentKind::Safety, severity: Severity::General }])),
            None => None,
        };
        set_fact(app, id, value);
    };
    let edit = move |i: usize, f: Box<dyn Fn(&mut Incident)>| {
        app.draft.update(|d| {
            if let Some(FactValue::Incidents(l)) = d.profile.facts.get_mut(id) {
                if let Some(item) = l.get_mut(i) {
                    f(item);
                }
            }
        })
    };
    let rows = move || {
        list().unwrap_or_default().into_iter().enumerate().map(|(i, inc)| {
            let date_id = format!("incident-{i}-date");
            let error_id = format!("incident-{i}-date-error");
            let kind_id = format!("incident-{i}-kind");
            let grade_id = format!("incident-{i}-grade");
            // A date that cannot be read is explained next to the field; the incident keeps its
            // last good date meanwhile.
            let bad_date = RwSignal::new(None::<InputError>);
            view! {
                <fieldset class="incident">
                    <legend>{format!("#{}", i + 1)}</legend>
                    <label for=date_id.clone()>{app.tr(Msg::IncidentDate)}</label>
                    {
                        let error_id = error_id.clone();
                        move || bad_date.get().map(|e| view! { <p class="field-error" id=error_id.clone()>{app.t(error_msg(e))}</p> })
                    }
                    <input type="text" id=date_id placeholder="YYYY-MM-DD" value=inc.date.to_string()
                        aria-invalid=move || bad_date.get().is_some().to_string()
                        aria-describedby=move || bad_date.get().map(|_| error_id.clone())
                        on:change=move |ev| match parse_date(&event_target_value(&ev), Some(app.today)) {
                            Ok(d) => { bad_date.set(None); edit(i, Box::new(move |x| x.date = d)); }
                            Err(e) => bad_date.set(Some(e)),
                        } />
                    <label for=kind_id.clone()>{app.tr(Msg::IncidentKind)}</label>
                    <select id=kind_id inner_html=move || crate::markup::incident_kind_options(inc.kind, app.lang.get())
                        on:change=move |ev| if let Some(k) = IncidentKind::from_name(&event_target_value(&ev)) {
                            edit(i, Box::new(move |x| { x.kind = k; if !grades(k).iter().any(|g| g.0 == x.severity) { x.severity = Severity::General; } }));
                        }>
                    </select>
                    <label for=grade_id.clone()>{app.tr(Msg::IncidentSeverity)}</label>
                    <select id=grade_id inner_html=move || crate::markup::incident_grade_options(inc.kind, inc.severity, app.lang.get())
                        on:change=move |ev| if let Some(g) = Severity::from_name(&event_target_value(&ev)).filter(|g| grades(inc.kind).iter().any(|x| x.0 == *g)) {
                            edit(i, Box::new(move |x| x.severity = g));
                        }>
                    </select>
                    <button type="button" class="link" on:click=move |_| app.draft.update(|d| {
                        if let Some(FactValue::Incidents(l)) = d.profile.facts.get_mut(id) { if i < l.len() { l.remove(i); } }
                    })>{app.tr(Msg::IncidentRemove)}</button>
                </fieldset>
            }
        }).collect_view()
    };
    view! {
        {radios(app, format!("q-{id}"), options, current, std::sync::Arc::new(pick))}
        <Show when=move || list().is_some_and(|l| !l.is_empty())>
            {rows}
            <button type="button" on:click=move |_| app.draft.update(|d| {
                if let Some(FactValue::Incidents(l)) = d.profile.facts.get_mut(id) {
                    l.push(Incident { date: app.today, kind: IncidentKind::Safety, severity: Severity::General });
                }
            })>{app.tr(Msg::IncidentAdd)}</button>
        </Show>
    }
}
