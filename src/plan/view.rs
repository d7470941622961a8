//! The plan beside the report, as the plan module shows it: the markup of the whole plan, and what
//! each click or change of the applicant does to the plan. Pure: the browser part
//! (`src/bin/plan.rs`) only reads the event's `data-` attributes and field values, calls
//! [`action_of`] and [`apply`], stores the plan and draws [`page`] again.

use super::fields::{read_change, AddForm, CSV, ICS};
use super::sections::Screen;
use super::state::{Mark, MarkState, Workplan};
use super::timeline::{calendar, calendar_file_name};
use crate::engine::fixes::Fixes;
use crate::i18n::Lang;
use crate::report::Report;

/// The `data-` attributes and field ids the markup writes and [`action_of`] reads: the plan
/// form's are [`super::fields`]'s, the evidence list's are here.
pub mod wire {
    pub use super::super::fields::{
        CHANGES_ID as CHANGES, DATE_ID as ADD_ON, FACT_ID as ADD_FACT, PLAN_ADD as ADD, PLAN_DOWNLOAD as DOWNLOAD,
        PLAN_FACT as FACT, PLAN_REMOVE as REMOVE, VALUE_ID as ADD_VALUE,
    };
    /// On an evidence item's fields: the item's id.
    pub const EVIDENCE: &str = "data-plan-evidence";
    /// On an evidence item's field: which of its fields ("state", "owner", "due", "note").
    pub const FIELD: &str = "data-plan-field";

    /// The id of an evidence item's field.
    pub fn evidence_field(item: &str, field: &str) -> String {
        format!("ev-{item}-{field}")
    }
}

/// What the applicant did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// An evidence item's field changed to `value`.
    Evidence {
        item: String,
        field: String,
        value: String,
    },
    /// The add form was sent with these typed values.
    AddChange {
        on: String,
        fact: String,
        value: String,
    },
    /// A fact was chosen in the add form (its value field follows the fact's kind).
    ChooseFact {
        on: String,
        fact: String,
        value: String,
    },
    RemoveChange(usize),
    Download(String),
}

/// What the browser part does next.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The plan changed: store it and draw again.
    Changed,
    /// Draw again (an error to show), the plan unchanged.
    Redraw,
    Download {
        name: String,
        mime: &'static str,
        text: String,
    },
    Nothing,
}

/// The action of an event, from its type, the nearest value of an attribute (`attr`, looked up
/// from the event's element outwards) and the value of a field by id (`value`).
pub fn action_of(
    kind: &str,
    attr: &dyn Fn(&str) -> Option<String>,
    value: &dyn Fn(&str) -> Option<String>,
) -> Option<Action> {
    match kind {
        "change" if attr(wire::FACT).is_some() => {
            let read = |id| value(id).unwrap_or_default();
            Some(Action::ChooseFact {
                on: read(wire::ADD_ON),
                fact: read(wire::ADD_FACT),
                value: read(wire::ADD_VALUE),
            })
        }
        "change" => {
            let item = attr(wire::EVIDENCE)?;
            let field = attr(wire::FIELD)?;
            let value = value(&wire::evidence_field(&item, &field))?;
            Some(Action::Evidence { item, field, value })
        }
        "submit" => {
            attr(wire::ADD)?;
            let read = |id| value(id).unwrap_or_default();
            Some(Action::AddChange { on: read(wire::ADD_ON), fact: read(wire::ADD_FACT), value: read(wire::ADD_VALUE) })
        }
        "click" => {
            if let Some(i) = attr(wire::REMOVE) {
                return i.parse().ok().map(Action::RemoveChange);
            }
            attr(wire::DOWNLOAD).map(Action::Download)
        }
        _ => None,
    }
}

/// Where the focus goes after the page is drawn again: the field the applicant was in.
pub fn focus_after(action: &Action) -> Option<String> {
    match action {
        Action::Evidence { item, field, .. } => Some(wire::evidence_field(item, field)),
        Action::AddChange { .. } | Action::RemoveChange(_) => Some(wire::CHANGES.to_string()),
        Action::ChooseFact { .. } => Some(wire::ADD_FACT.to_string()),
        Action::Download(_) => None,
    }
}

/// Applies an action to the plan. Nothing changes where the plan may not be changed (a report
/// opened from someone else's link): only downloads work there.
pub fn apply(
    action: &Action,
    report: &Report,
    plan: &mut Workplan,
    form: &mut AddForm,
    editable: bool,
    lang: Lang,
) -> Outcome {
    if !editable && !matches!(action, Action::Download(_)) {
        return Outcome::Nothing;
    }
    match action {
        Action::Evidence { item, field, value } => {
            let mut mark = plan.evidence.get(item).cloned().unwrap_or_default();
            let value = value.trim();
            match field.as_str() {
                "state" => {
                    mark.state = match value {
                        "have" => MarkState::Have,
                        "in_progress" => MarkState::InProgress,
                        _ => MarkState::Missing,
                    }
                }
                "owner" => mark.owner = value.to_string(),
                "note" => mark.note = value.to_string(),
                "due" => mark.due = crate::lean::date::parse_iso(value),
                _ => return Outcome::Nothing,
            }
            if mark == Mark::default() {
                plan.evidence.remove(item);
            } else {
                plan.evidence.insert(item.clone(), mark);
            }
            plan.sanitize(crate::schemes::catalogue());
            Outcome::Changed
        }
        Action::AddChange { on, fact, value } => {
            *form = AddForm { on: on.clone(), fact: fact.clone(), value: value.clone(), error: None };
            let catalogue = crate::schemes::catalogue();
            let assessed_on = report.profile.assessed_on;
            match read_change(catalogue, &report.schemes, assessed_on, plan.changes.len(), on, fact, value) {
                Ok(change) => {
                    plan.changes.push(change);
                    plan.sanitize(catalogue);
                    *form = AddForm::default();
                    Outcome::Changed
                }
                Err(e) => {
                    form.error = Some(e);
                    Outcome::Redraw
                }
            }
        }
        Action::ChooseFact { on, fact, value } => {
            // A new fact clears a value typed for another one.
            let value = if *fact == form.fact { value.clone() } else { String::new() };
            *form = AddForm { on: on.clone(), fact: fact.clone(), value, error: None };
            Outcome::Redraw
        }
        Action::RemoveChange(i) if *i < plan.changes.len() => {
            plan.changes.remove(*i);
            Outcome::Changed
        }
        Action::RemoveChange(_) => Outcome::Nothing,
        Action::Download(what) => download(what, report, plan, lang),
    }
}

fn download(what: &str, report: &Report, plan: &Workplan, lang: Lang) -> Outcome {
    match what {
        ICS => Outcome::Download {
            name: calendar_file_name(report),
            mime: "text/calendar",
            text: calendar(report, plan, lang, report.profile.assessed_on.and_hms_opt(0, 0, 0).unwrap_or_default()),
        },
        CSV => {
            let (name, text) = super::checklist::checklist_file(report, plan, lang);
            Outcome::Download { name, mime: "text/csv;charset=utf-8", text }
        }
        _ => Outcome::Nothing,
    }
}

/// The plan's style sheet (the plan module puts it into the page; the file carries it).
pub const STYLE: &str = include_str!("../../style/plan.css");

/// The plan for the downloaded report file: its style, and the plan as a report opened from a
/// link shows it (no controls), every closed part open so that it reads and prints whole.
pub fn file_markup(report: &Report, plan: &Workplan, fixes: &Fixes, screen: &Screen, lang: Lang) -> String {
    let shown = Screen { editable: false, form: AddForm::default(), ..screen.clone() };
    let page = super::sections::plan_page(report, plan, fixes, &shown, lang);
    // maud escapes every text, so "<details" here can only be the element's own tag.
    let top = super::sections::plan_top(fixes, lang);
    format!("<style>{STYLE}</style>{top}{}", page.replace("<details", "<details open"))
}
