//! One question: a labelled field for one fact, with its error next to it and the criteria
//! that read it one click away.

use super::errors::Errors;
use crate::engine::{FactValue, Incident};
use crate::i18n::{Lang, Msg};
use crate::input::{parse_date, read_fact, recorded, MAX_INPUT_CHARS};
use crate::lean::decimal::decimal;
use crate::report::text::grades;
use crate::schemes::{FactDef, FactKind, IncidentKind, Severity};
use crate::ui::contract::{attr, IncidentField, QuestionIds};
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Question(fact: &'static FactDef) -> impl IntoView {
    let app = use_app();
    let errors = expect_context::<Errors>();
    let id = fact.id.as_str();
    let error = move || errors.with(|e| e.get(id).copied());
    let note = recorded_note(fact);
    let field = match fact.kind {
        FactKind::Number | FactKind::Count | FactKind::Date => view! { <TextField fact=fact /> }.into_any(),
        FactKind::YesNo => view! { <YesNoField fact=fact /> }.into_any(),
        FactKind::Choice => view! { <ChoiceField fact=fact /> }.into_any(),
        FactKind::Incidents => view! { <IncidentsField fact=fact /> }.into_any(),
    };
    view! {
        <div class="question" class:has-error=move || error().is_some() id=QuestionIds(id).block()>
            <div class="q-head" inner_html=move || {
                let mut head = super::markup::question_head(fact, error(), app.lang.get());
                if let Some(n) = note.get() {
                    head.push_str(&super::markup::recorded_note(id, &n));
                }
                head
            }></div>
            {field}
            <UsedBy fact=fact />
        </div>
    }
}

#[component]
fn UsedBy(fact: &'static FactDef) -> impl IntoView {
    let app = use_app();
    let items = move || app.draft.with(|d| super::markup::criteria_reading(&d.schemes, &fact.id, app.lang.get()));
    view! {
        <details class="used-by">
            <summary>{app.tr(Msg::UsedBy)}</summary>
            <ul inner_html=items></ul>
        </details>
    }
}

fn set_fact(app: crate::ui::state::AppState, id: &str, value: Option<FactValue>) {
    app.draft.update(|d| match value {
        Some(v) => {
            d.profile.facts.insert(id.to_string(), v);
        }
        None => {
            d.profile.facts.remove(id);
        }
    });
}

/// What a number field recorded, when that is not simply the digits typed ("5000元" in a 万元
/// field: "已按 0.5 万元记录"), and the field has no error. Shown under the question's label
/// (`q-{id}-note`), where its error would be.
fn recorded_note(fact: &'static FactDef) -> Memo<Option<String>> {
    let app = use_app();
    let errors = expect_context::<Errors>();
    let id = fact.id.as_str();
    Memo::new(move |_| {
        let n = app.draft.with(|d| d.inputs.get(id).and_then(|t| recorded(fact, t)))?;
        let unit = crate::report::text::unit(fact.unit, app.lang.get());
        (!errors.with(|e| e.contains_key(id)))
            .then(|| app.t(Msg::RecordedAs).replace("{}", &format!("{} {unit}", decimal(n, 6))))
    })
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
        let text: String = event_target_value(&ev).chars().take(MAX_INPUT_CHARS).collect();
        app.draft.update(|d| {
            d.inputs.insert(id.to_string(), text.clone());
        });
        // The error itself is derived from the stored text (see `input::field_errors`).
        let parsed = app.draft.with_untracked(|d| read_fact(fact, &text, app.today, &d.profile));
        set_fact(app, id, parsed.ok().flatten());
    };
    let unit = move || crate::report::text::unit(fact.unit, app.lang.get());
    let note = recorded_note(fact);
    let described = move || {
        let q = QuestionIds(id);
        let mut ids = vec![q.unit()];
        if fact.hint.is_some() {
            ids.push(q.hint());
        }
        if errors.with(|e| e.contains_key(id)) {
            ids.push(q.error());
        }
        if note.with(Option::is_some) {
            ids.push(q.note());
        }
        ids.join(" ")
    };
    let is_date = fact.kind == FactKind::Date;
    view! {
        <div class="input-row">
            <input type="text" class="num" id=QuestionIds(id).field() name=id
                inputmode=if is_date { "text" } else { "decimal" }
                placeholder=if is_date { "YYYY-MM-DD" } else { "" }
                autocomplete="off"
                maxlength=MAX_INPUT_CHARS.to_string()
                aria-invalid=move || errors.with(|e| e.contains_key(id)).to_string()
                aria-describedby=described
                prop:value=value on:input=on_input />
            <span class="unit" id=QuestionIds(id).unit()>{move || if is_date { app.t(Msg::LeaveEmpty).to_string() } else { format!("{} · {}", unit(), app.t(Msg::LeaveEmpty)) }}</span>
        </div>
    }
}

/// The options of a radio group in a language: (value, label).
type Options = std::sync::Arc<dyn Fn(Lang) -> Vec<(&'static str, &'static str)> + Send + Sync>;

/// Radio buttons: the options, then "I don't know yet" (`markup::radios`). The buttons keep
/// their own state, so they are drawn again only for another language (a redraw would take the
/// focus from the group); an answer changed elsewhere (another tab) is set on them.
///
/// Markup, not a view, for its weight: the same group as a keyed Leptos list (`<For>` over the
/// values, each button's `checked` a property of the stored answer) was measured at 5,083 B
/// brotli more on the first load (198,883 → 203,966 B, over the 200,000 B budget).
fn radios(
    app: crate::ui::state::AppState,
    ids: QuestionIds<'static>,
    options: Options,
    current: Signal<Option<&'static str>>,
    on_pick: std::sync::Arc<dyn Fn(Option<String>) + Send + Sync>,
) -> impl IntoView {
    Effect::new(move |_| {
        if let Some(el) = document().get_element_by_id(&ids.radio(current.get().unwrap_or_default())) {
            use wasm_bindgen::JsCast;
            el.unchecked_into::<web_sys::HtmlInputElement>().set_checked(true);
        }
    });
    let buttons = move || {
        let lang = app.lang.get();
        super::markup::radios(ids, &options(lang), current.get_untracked(), lang)
    };
    let pick = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        on_pick((!value.is_empty()).then_some(value));
    };
    view! { <div class="choices" role="radiogroup" aria-labelledby=ids.label() inner_html=buttons on:change=pick></div> }
}

#[component]
fn YesNoField(fact: &'static FactDef) -> impl IntoView {
    let app = use_app();
    let id = fact.id.as_str();
    let current =
        Signal::derive(move || app.draft.with(|d| d.profile.yes_no(id).map(|b| if b { "yes" } else { "no" })));
    let options: Options = std::sync::Arc::new(|lang| vec![("yes", Msg::Yes.text(lang)), ("no", Msg::No.text(lang))]);
    radios(
        app,
        QuestionIds(id),
        options,
        current,
        std::sync::Arc::new(move |v| set_fact(app, id, v.map(|v| FactValue::YesNo(v == "yes")))),
    )
}

#[component]
fn ChoiceField(fact: &'static FactDef) -> impl IntoView {
    let app = use_app();
    let id = fact.id.as_str();
    // The stored choice, if it is one of the options (a forged one checks "don't know").
    let current = Signal::derive(move || {
        app.draft
            .with(|d| d.profile.choice(id).and_then(|c| fact.options.iter().find(|o| o.id == c)).map(|o| o.id.as_str()))
    });
    let options: Options = std::sync::Arc::new(move |lang| {
        fact.options.iter().map(|o| (o.id.as_str(), o.label.get(lang.is_en()))).collect()
    });
    radios(
        app,
        QuestionIds(id),
        options,
        current,
        std::sync::Arc::new(move |v| set_fact(app, id, v.map(FactValue::Choice))),
    )
}

#[component]
fn IncidentsField(fact: &'static FactDef) -> impl IntoView {
    use super::markup::{pending_key, Pending};
    let app = use_app();
    let id = fact.id.as_str();
    let list = move || app.draft.with(|d| d.profile.incidents(id).map(|l| l.to_vec()));
    // The rows being entered (not complete yet), kept in the draft's inputs.
    let key = StoredValue::new(pending_key(id));
    let pending =
        move || app.draft.with(|d| key.with_value(|k| d.inputs.get(k).map(|t| Pending::read(t)).unwrap_or_default()));
    let set_pending = move |rows: Vec<Pending>| {
        app.draft.update(|d| match Pending::write(&rows) {
            Some(text) => {
                d.inputs.insert(key.get_value(), text);
            }
            None => {
                key.with_value(|k| d.inputs.remove(k));
            }
        })
    };
    // "Yes" while there are incidents or rows being entered (unless "no" was answered: the rows
    // are kept, out of sight, for a "yes" again).
    let current = Signal::derive(move || match list() {
        Some(l) => Some(if l.is_empty() { "none" } else { "some" }),
        None => (!pending().is_empty()).then_some("some"),
    });
    let options: Options = std::sync::Arc::new(|lang| {
        vec![("none", Msg::IncidentsNone.text(lang)), ("some", Msg::IncidentsSome.text(lang))]
    });
    let pick = move |v: Option<String>| match v.as_deref() {
        Some("none") => set_fact(app, id, Some(FactValue::Incidents(Vec::new()))),
        Some(_) => {
            // An empty row to fill in; the answer stays open until a row is complete.
            if list().is_none_or(|l| l.is_empty()) {
                set_fact(app, id, None);
            }
            if pending().is_empty() {
                set_pending(vec![Pending::default()]);
            }
        }
        None => {
            set_fact(app, id, None);
            set_pending(Vec::new());
        }
    };
    // The rows are markup (`markup::incident_rows`). The fields hold
    // what is typed and chosen, so the rows are drawn again only when that is not enough: a row
    // added, removed or completed, a kind changed (its grades change), an error or a missing
    // answer shown or cleared, another language. One listener each for changes and clicks reads
    // the row and the field from the control; the focus goes back to where it went.
    let bad = RwSignal::new(Vec::<super::markup::BadDate>::new());
    let count =
        Memo::new(move |_| app.draft.with(|d| d.profile.incidents(id).map_or(0, <[Incident]>::len)) + pending().len());
    let redraw = RwSignal::new(0u32);
    let limit_hit = RwSignal::new(false);
    let focused = StoredValue::new(String::new());
    let rows = move || {
        let _ = (count.get(), redraw.get());
        let complete = untrack(list).unwrap_or_default();
        let lang = app.lang.get();
        super::markup::incident_rows(id, &complete, &bad.get(), &untrack(pending), app.today, lang)
    };
    // Every change to the list, whoever makes it, goes through here.
    let update_list = move |f: &dyn Fn(&mut Vec<Incident>)| {
        app.draft.update(|d| {
            if let Some(FactValue::Incidents(l)) = d.profile.facts.get_mut(id) {
                f(l);
            }
        })
    };
    let edit = move |i: usize, f: &dyn Fn(&mut Incident)| update_list(&|l| l.get_mut(i).into_iter().for_each(f));
    // A row being entered: its change, then, once complete, its move into the list.
    let edit_pending = move |j: usize, f: &dyn Fn(&mut Pending)| {
        let mut rows = pending();
        let Some(row) = rows.get_mut(j) else { return };
        f(row);
        if let Some(incident) = row.complete(app.today) {
            rows.remove(j);
            app.draft.update(|d| match d.profile.facts.get_mut(id) {
                Some(FactValue::Incidents(l)) => l.push(incident),
                _ => {
                    d.profile.facts.insert(id.to_string(), FactValue::Incidents(vec![incident]));
                }
            });
        }
        set_pending(rows);
        redraw.update(|n| *n += 1);
        request_animation_frame(move || crate::ui::nav::focus_if_lost(&focused.get_value()));
    };
    let on_control = move |ev: web_sys::Event| {
        use wasm_bindgen::JsCast;
        let Some(control) = crate::ui::nav::closest(&ev, &format!("[{}]", attr::FIELD)) else { return };
        let (Some(field), Some(i)) = (
            control.get_attribute(attr::FIELD).as_deref().and_then(IncidentField::from_name),
            control.get_attribute(attr::ROW).and_then(|i| i.parse::<usize>().ok()),
        ) else {
            return;
        };
        let is_click = ev.type_() == "click";
        if is_click != (field == IncidentField::Remove) {
            return;
        }
        let value = control
            .dyn_ref::<web_sys::HtmlInputElement>()
            .map(|c| c.value())
            .or_else(|| control.dyn_ref::<web_sys::HtmlSelectElement>().map(|c| c.value()))
            .unwrap_or_default();
        let complete = app.draft.with_untracked(|d| d.profile.incidents(id).map_or(0, <[Incident]>::len));
        if let Some(j) = i.checked_sub(complete) {
            focused.set_value(control.id());
            match field {
                IncidentField::Date => edit_pending(j, &|r| r.date = value.chars().take(MAX_INPUT_CHARS).collect()),
                IncidentField::Kind => edit_pending(j, &|r| {
                    r.kind = IncidentKind::from_name(&value);
                    if !r.kind.is_some_and(|k| r.grade.is_some_and(|g| grades(k).iter().any(|x| x.0 == g))) {
                        r.grade = None;
                    }
                }),
                IncidentField::Grade => edit_pending(j, &|r| r.grade = Severity::from_name(&value)),
                IncidentField::Remove => {
                    let mut rows = pending();
                    if j < rows.len() {
                        rows.remove(j);
                    }
                    set_pending(rows);
                    crate::ui::nav::focus(&QuestionIds(id).add());
                }
            }
            return;
        }
        match field {
            IncidentField::Date => {
                let was_bad = bad.with_untracked(|b| b.iter().any(|x| x.0 == i));
                match parse_date(&value, Some(app.today)) {
                    Ok(day) => {
                        edit(i, &|x| x.date = day);
                        if was_bad {
                            bad.update(|b| b.retain(|x| x.0 != i));
                        }
                    }
                    Err(e) => bad.update(|b| {
                        b.retain(|x| x.0 != i);
                        b.push((i, e, value.chars().take(MAX_INPUT_CHARS).collect()));
                    }),
                }
                // Drawn again: the focus, if it was lost with the old field, goes to the date.
                crate::ui::nav::focus_if_lost(&control.id());
            }
            IncidentField::Kind => {
                if let Some(k) = IncidentKind::from_name(&value) {
                    edit(i, &|x| {
                        x.kind = k;
                        if !grades(k).iter().any(|g| g.0 == x.severity) {
                            x.severity = Severity::General;
                        }
                    });
                    redraw.update(|n| *n += 1);
                    crate::ui::nav::focus(&control.id());
                }
            }
            IncidentField::Grade => {
                if let Some(g) = Severity::from_name(&value) {
                    edit(i, &|x| {
                        if grades(x.kind).iter().any(|v| v.0 == g) {
                            x.severity = g
                        }
                    });
                }
            }
            IncidentField::Remove => {
                // The rows after it move up: their unread dates go with it.
                bad.set(Vec::new());
                update_list(&|l| {
                    if i < l.len() {
                        l.remove(i);
                    }
                });
                crate::ui::nav::focus(&QuestionIds(id).add());
            }
        }
    };
    let on_focus = move |ev: leptos::ev::FocusEvent| {
        use wasm_bindgen::JsCast;
        if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            focused.set_value(el.id());
        }
    };
    view! {
        {radios(app, QuestionIds(id), options, current, std::sync::Arc::new(pick))}
        <Show when=move || current.get() == Some("some")>
            <div inner_html=rows on:change=on_control on:click=move |ev: leptos::ev::MouseEvent| on_control(ev.into()) on:focusin=on_focus></div>
            <button type="button" id=QuestionIds(id).add() aria-describedby=QuestionIds(id).limit() on:click=move |_| {
                // The one limit on incident lists, applied here where they are entered.
                let full = count.get_untracked() >= crate::engine::profile::MAX_INCIDENTS;
                limit_hit.set(full);
                if !full {
                    let mut rows = pending();
                    rows.push(Pending::default());
                    set_pending(rows);
                }
            }>
                {app.tr(Msg::IncidentAdd)}
            </button>
            <p id=QuestionIds(id).limit() class="field-error" role="alert" hidden=move || !limit_hit.get()>{app.tr(Msg::IncidentLimit)}</p>
        </Show>
    }
}
