//! The plan beside the report, as the plan module shows it: the markup of the whole plan, and what
//! each click or change of the applicant does to the plan. Pure: the browser part
//! (`src/bin/plan.rs`) only reads the event's `data-` attributes and field values, calls
//! [`action_of`] and [`apply`], stores the plan and draws [`page`] again.

use super::state::{Mark, MarkState, Workplan};
use crate::engine::plan::PlannedChange;
use crate::i18n::Lang;
use crate::report::Report;

/// The `data-` attributes and field ids the markup writes and [`action_of`] reads: one place.
pub mod wire {
    /// On an evidence item's fields: the item's id.
    pub const EVIDENCE: &str = "data-plan-evidence";
    /// On an evidence item's field: which of its fields ("state", "owner", "due", "note").
    pub const FIELD: &str = "data-plan-field";
    /// On the add form of planned changes.
    pub const ADD: &str = "data-plan-add";
    /// On a planned change's remove button: the change's index.
    pub const REMOVE: &str = "data-plan-remove";
    /// On a download button: "csv" (the evidence checklist) or "ics" (the dates).
    pub const DOWNLOAD: &str = "data-plan-download";
    /// The add form's fields.
    pub const ADD_ON: &str = "plan-add-on";
    pub const ADD_FACT: &str = "plan-add-fact";
    pub const ADD_VALUE: &str = "plan-add-value";
    /// The planned changes' list (the focus goes there after a change is added or removed).
    pub const CHANGES: &str = "plan-changes";

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
        Action::Download(_) => None,
    }
}

/// Applies an action to the plan. Nothing changes where the plan may not be changed (a report
/// opened from someone else's link): only downloads work there.
pub fn apply(action: &Action, report: &Report, plan: &mut Workplan, editable: bool, lang: Lang) -> Outcome {
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
        Action::AddChange { on, fact, value } => match read_change(on, fact, value, report) {
            Ok(change) => {
                plan.changes.push(change);
                plan.sanitize(crate::schemes::catalogue());
                Outcome::Changed
            }
            Err(_) => Outcome::Redraw,
        },
        Action::RemoveChange(i) if *i < plan.changes.len() => {
            plan.changes.remove(*i);
            Outcome::Changed
        }
        Action::RemoveChange(_) => Outcome::Nothing,
        Action::Download(what) => download(what, report, plan, lang),
    }
}

/// Why a planned change cannot be added, shown next to its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeError {
    NoDay,
    DayNotAhead,
    NoFact,
    Value(crate::input::InputError),
    NoValue,
}

/// Reads the add form: a day after the assessment date, a fact a change can set, and a value
/// read as the fact's own question reads it.
pub fn read_change(on: &str, fact: &str, value: &str, report: &Report) -> Result<PlannedChange, ChangeError> {
    use crate::engine::FactValue;
    use crate::schemes::FactKind;
    let day = crate::lean::date::parse_iso(on.trim()).ok_or(ChangeError::NoDay)?;
    if day <= report.profile.assessed_on {
        return Err(ChangeError::DayNotAhead);
    }
    let def = crate::schemes::catalogue().fact(fact).ok_or(ChangeError::NoFact)?;
    let value = match def.kind {
        FactKind::YesNo => match value {
            "yes" => FactValue::YesNo(true),
            "no" => FactValue::YesNo(false),
            _ => return Err(ChangeError::NoValue),
        },
        FactKind::Choice => {
            if !def.options.iter().any(|o| o.id == value) {
                return Err(ChangeError::NoValue);
            }
            FactValue::Choice(value.to_string())
        }
        FactKind::Incidents => return Err(ChangeError::NoFact),
        FactKind::Number | FactKind::Count | FactKind::Date => {
            // As the question reads it, judged on the day of the change.
            let mut on_day = report.profile.clone();
            on_day.assessed_on = day;
            crate::input::read_fact(def, value, day, &on_day)
                .map_err(ChangeError::Value)?
                .ok_or(ChangeError::NoValue)?
        }
    };
    Ok(PlannedChange::set(day, fact, value))
}

fn download(what: &str, report: &Report, plan: &Workplan, lang: Lang) -> Outcome {
    match what {
        "ics" => Outcome::Download {
            name: format!("{}.ics", report.file_stem()),
            mime: "text/calendar",
            text: calendar(report, plan, lang),
        },
        _ => Outcome::Nothing,
    }
}

/// The dates that matter as an iCalendar file.
pub fn calendar(report: &Report, plan: &Workplan, lang: Lang) -> String {
    use crate::report::ics::{dated_events, write, CalendarEvent, DateKind};
    let catalogue = crate::schemes::catalogue();
    let english = lang == Lang::En;
    let events: Vec<CalendarEvent> = dated_events(catalogue, &report.profile, &plan.engine_plan(), &report.schemes)
        .iter()
        .map(|e| {
            let what = match (e.kind, english) {
                (DateKind::RuleMet, false) => "条件满足",
                (DateKind::RuleMet, true) => "Criterion met",
                (DateKind::LastDay, false) => "条件满足的最后一天",
                (DateKind::LastDay, true) => "Last day a criterion holds",
                (DateKind::Ready, false) => "最早可申报",
                (DateKind::Ready, true) => "Earliest day to apply",
                (DateKind::ReadyWithPlan, false) => "按计划最早可申报",
                (DateKind::ReadyWithPlan, true) => "Earliest day to apply with the plan",
                (DateKind::MeasureEnds, false) => "办法有效期最后一天",
                (DateKind::MeasureEnds, true) => "Last day the measure is in force",
                (DateKind::Milestone, false) => "办法规定的日期",
                (DateKind::Milestone, true) => "A date the measure sets",
            };
            CalendarEvent::worded(e, catalogue, english, what)
        })
        .collect();
    let stamp = report.profile.assessed_on.and_hms_opt(0, 0, 0).unwrap_or_default();
    write(&events, stamp)
}

/// The whole plan, as HTML.
pub fn page(report: &Report, plan: &Workplan, editable: bool, lang: Lang) -> String {
    let _ = (plan, editable);
    let en = lang == Lang::En;
    let markup = maud::html! {
        section.plan aria-labelledby="plan-title" {
            h2 #plan-title { (if en { "Working plan" } else { "申报工作计划" }) }
            p { (report.schemes.len()) }
            button type="button" data-plan-download="ics" { (if en { "Download the dates (.ics)" } else { "下载日期提醒（.ics）" }) }
        }
    };
    markup.into_string()
}
