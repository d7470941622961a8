//! What the plan's markup and the plan module's listeners agree on, written once: the `data-`
//! attributes they read, the ids of the add form's fields, and how the form's texts become a
//! planned change.
//!
//! maud takes attribute names only as written in the template, so the markup spells the
//! attributes out; the plan's tests check that it writes the names given here.

use super::plan_words::PlanWord;
use crate::engine::plan::PlannedChange;
use crate::engine::FactValue;
use crate::i18n::{Lang, Msg};
use crate::input::InputError;
use crate::schemes::{Catalogue, FactDef, FactKind};
use chrono::NaiveDate;

/// On a planned change's remove button: the change's index in `Workplan::changes`.
pub const PLAN_REMOVE: &str = "data-plan-remove";
/// On the add form (a `<form>`, sent by its submit button or Enter; the listener prevents the
/// default) and on its submit button: adds the change the form describes.
pub const PLAN_ADD: &str = "data-plan-add";
/// On the fact select: its value field ([`VALUE_ID`], in [`VALUE_SLOT_ID`]) follows the fact
/// chosen ([`super::sections::value_field`]).
pub const PLAN_FACT: &str = "data-plan-fact";
/// On a download button: what it downloads ([`ICS`], [`CSV`]).
pub const PLAN_DOWNLOAD: &str = "data-plan-download";
/// The value of [`PLAN_DOWNLOAD`] for the calendar ([`super::timeline::calendar`]).
pub const ICS: &str = "ics";
/// The value of [`PLAN_DOWNLOAD`] for the evidence checklist ([`super::checklist::checklist_file`]).
pub const CSV: &str = "csv";

/// The add form.
pub const FORM_ID: &str = "plan-add";
/// The day from which the change holds (`<input type="date">`).
pub const DATE_ID: &str = "plan-add-on";
/// The fact the change sets (`<select>`; its options' values are fact ids).
pub const FACT_ID: &str = "plan-add-fact";
/// The planned value: a text field for numbers and dates, a `<select>` for yes/no and choices.
pub const VALUE_ID: &str = "plan-add-value";
/// The element the value field is written into, replaced when the fact changes.
pub const VALUE_SLOT_ID: &str = "plan-add-value-slot";
/// The form's error message (empty when none), which the fields' `aria-describedby` names.
pub const ERROR_ID: &str = "plan-add-error";
/// The value field's hint.
pub const HINT_ID: &str = "plan-add-hint";
/// The heading of the planned changes (`tabindex="-1"`): where the focus goes after a change is
/// added or removed.
pub const CHANGES_ID: &str = "plan-changes";

/// The values a yes/no question's select offers.
pub const YES: &str = "yes";
pub const NO: &str = "no";

/// The facts a planned change can set: numbers, counts, yes/no, dates and choices that the chosen
/// schemes read (all schemes when `ids` is empty), in the catalogue's order.
pub fn plannable<'a>(catalogue: &'a Catalogue, ids: &[String]) -> Vec<&'a FactDef> {
    crate::engine::facts_needed(catalogue, ids)
        .into_iter()
        .filter(|f| {
            matches!(f.kind, FactKind::Number | FactKind::Count | FactKind::YesNo | FactKind::Date | FactKind::Choice)
        })
        .collect()
}

/// Why the form's texts are not a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeError {
    /// A word of the plan's own.
    Plan(PlanWord),
    /// What was typed for the day could not be read.
    Date(InputError),
    /// What was typed for the value could not be read.
    Value(InputError),
}

impl ChangeError {
    pub fn text(self, lang: Lang) -> String {
        match self {
            ChangeError::Plan(w) => w.text(lang).to_string(),
            ChangeError::Date(e) | ChangeError::Value(e) => {
                crate::ui::pages::step::markup::error_msg(e).text(lang).to_string()
            }
        }
    }

    /// The id of the field the error is about (none for a plan that is full).
    pub fn field(self) -> Option<&'static str> {
        match self {
            ChangeError::Plan(PlanWord::ErrNoDate | PlanWord::ErrDateBefore) | ChangeError::Date(_) => Some(DATE_ID),
            ChangeError::Plan(PlanWord::ErrNoFact) => Some(FACT_ID),
            ChangeError::Plan(PlanWord::ErrNoValue) | ChangeError::Value(_) => Some(VALUE_ID),
            ChangeError::Plan(_) => None,
        }
    }
}

/// What the add form holds when it is drawn: what was typed (kept when the form is drawn again
/// with an error) and the error.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AddForm {
    pub on: String,
    pub fact: String,
    pub value: String,
    pub error: Option<ChangeError>,
}

/// The planned change the add form describes: the day typed (after `assessed_on`: what holds on
/// the assessment date is a fact, not a plan), the fact
/// chosen (among [`plannable`]) and its value as typed or chosen (yes/no and choices by the
/// select's values or by their words; numbers in the fact's unit, as
/// the questions read them; a date without the "not in the future" check, as plans are ahead).
/// `planned`: how many changes the plan holds already.
pub fn read_change(
    catalogue: &Catalogue,
    ids: &[String],
    assessed_on: NaiveDate,
    planned: usize,
    day: &str,
    fact: &str,
    value: &str,
) -> Result<PlannedChange, ChangeError> {
    if planned >= super::state::MAX_CHANGES {
        return Err(ChangeError::Plan(PlanWord::ErrTooMany));
    }
    if day.trim().is_empty() {
        return Err(ChangeError::Plan(PlanWord::ErrNoDate));
    }
    let on = crate::input::parse_date(day, None).map_err(ChangeError::Date)?;
    if on <= assessed_on {
        return Err(ChangeError::Plan(PlanWord::ErrDateBefore));
    }
    let def = plannable(catalogue, ids)
        .into_iter()
        .find(|f| f.id == fact.trim())
        .ok_or(ChangeError::Plan(PlanWord::ErrNoFact))?;
    let value = value.trim();
    if value.is_empty() {
        return Err(ChangeError::Plan(PlanWord::ErrNoValue));
    }
    let read = match def.kind {
        // The select's values, or the words typed where the field is still a text field.
        FactKind::YesNo => match value.to_ascii_lowercase().as_str() {
            YES | "y" | "是" | "有" => FactValue::YesNo(true),
            NO | "n" | "否" | "无" | "没有" => FactValue::YesNo(false),
            _ => return Err(ChangeError::Plan(PlanWord::ErrNoValue)),
        },
        FactKind::Choice => {
            match def.options.iter().find(|o| o.id == value || o.label.zh() == value || o.label.en() == value) {
                Some(o) => FactValue::Choice(o.id.to_string()),
                None => return Err(ChangeError::Plan(PlanWord::ErrNoValue)),
            }
        }
        FactKind::Date => FactValue::Date(crate::input::parse_date(value, None).map_err(ChangeError::Value)?),
        _ => {
            let max = def.max.unwrap_or(1e12);
            let n = crate::input::parse_quantity(value, def.unit, def.kind == FactKind::Count, max)
                .map_err(ChangeError::Value)?
                .value;
            if def.min.is_some_and(|min| n < min) {
                return Err(ChangeError::Value(InputError::TooSmall));
            }
            FactValue::Number(n)
        }
    };
    Ok(PlannedChange::set(on, &def.id, read))
}

/// The words of a yes/no value.
pub fn yes_no(yes: bool, lang: Lang) -> &'static str {
    if yes {
        Msg::Yes.text(lang)
    } else {
        Msg::No.text(lang)
    }
}
