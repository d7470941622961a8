//! The errors of a step's fields, shared by the step and its questions (provided as context by
//! the step, read by each question).

use crate::input::InputError;
use leptos::prelude::Memo;

/// Errors of the fields, by fact id, derived from what is stored.
pub type Errors = Memo<crate::engine::IdMap<InputError>>;
