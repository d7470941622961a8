//! Assessment → words: statuses, verdicts and shortfalls in the applicant's language.

pub mod text;
