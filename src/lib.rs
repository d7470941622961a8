//! platform-readiness: self-assessment against Chinese pilot-base and innovation-centre schemes.
//!
//! Data flows one way: facts → [`engine`] → outcomes → [`report`] → [`store`] / download / print.

pub mod engine;
pub mod envelope;
pub mod i18n;
pub mod input;
pub mod lean;
pub mod params;
pub mod plan;
pub mod report;
pub mod schemes;
pub mod store;
pub mod ui;
pub mod walk;
