//! The applicant's working plan beside the report (issue "from verdict to plan"): the evidence
//! each criterion asks for and how far it is gathered, the changes the applicant plans and the
//! verdicts they lead to, the dates that matter, the fixes that unlock the most and the criteria
//! met by a narrow margin.
//!
//! This module is pure Rust and is used by the plan module only (`src/bin/plan.rs`, a second
//! wasm file the report page loads when it is opened): the first load carries none of its code
//! or words. The main app carries the plan unread, as JSON text in [`crate::engine::Profile::plan`].
//! Its words live in [`plan_words`], not in `crate::i18n`, for the same reason.

pub mod checklist;
pub mod csv;
pub mod evidence;
pub mod fields;
pub mod plan_words;
pub mod sections;
pub mod state;
pub mod timeline;
pub mod view;

pub use sections::plan_page;
pub use state::{Mark, MarkState, Workplan};
pub use timeline::{calendar, Timeline};
