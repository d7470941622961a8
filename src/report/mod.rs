//! Assessment → words: statuses, verdicts and shortfalls in the applicant's language.

pub mod diff;
pub mod html;
pub mod ics;
pub mod model;
pub mod share;
pub mod standing;
pub mod text;

pub use model::{actions, compare_by_topic, Action, ActionKind, Report, Stamp, TopicRow};
