//! One folder per page: its Leptos component(s) in `mod.rs` (browser build only), its read-only
//! markup in `markup.rs` (plain functions, compiled and tested natively, `tests.rs` beside it).

pub mod check;
pub mod report;
pub mod reports;
pub mod start;
pub mod step;
