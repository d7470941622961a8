//! Saved reports: one storage entry per report, so one damaged entry never hides the others.

use crate::report::Report;

pub const REPORT_PREFIX: &str = "platform-readiness/report/";

/// A stored entry that could not be read as a report: kept as it is, never overwritten.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    pub key: String,
    pub text: String,
    pub reason: super::ReadError,
}

/// Sorts stored entries into reports (newest first) and the ones that could not be read.
pub fn sort_entries(entries: Vec<(String, String)>) -> (Vec<Report>, Vec<Unreadable>) {
    let mut reports = Vec::new();
    let mut bad = Vec::new();
    for (key, text) in entries {
        match Report::from_json(&text) {
            // The key, not the id written inside the value, names the entry: opening, renaming
            // and deleting address it by that id (a copied or edited entry may disagree).
            Ok(mut r) => {
                if let Some(id) = key.strip_prefix(REPORT_PREFIX) {
                    r.id = id.to_string();
                }
                reports.push(r)
            }
            Err(reason) => bad.push(Unreadable { key, text, reason }),
        }
    }
    crate::order::sort_by(&mut reports, |a, b| b.id.cmp(&a.id));
    (reports, bad)
}

#[cfg(target_arch = "wasm32")]
pub use browser::*;

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use crate::store::{keys, read, remove, write};

    pub fn list() -> (Vec<Report>, Vec<Unreadable>) {
        let entries = keys().into_iter().filter(|k| k.starts_with(REPORT_PREFIX)).filter_map(|k| read(&k).map(|t| (k, t))).collect();
        let (reports, mut bad) = sort_entries(entries);
        for key in keys().into_iter().filter(|k| k.starts_with(crate::store::ASIDE_PREFIX)) {
            if let Some(text) = read(&key) {
                bad.push(Unreadable { key, text, reason: crate::store::ReadError::Unreadable });
            }
        }
        (reports, bad)
    }

    /// Saves (or replaces) a report; `false` when storage is blocked or full.
    pub fn save(report: &Report) -> bool {
        write(&format!("{REPORT_PREFIX}{}", report.id), &report.to_json())
    }

    pub fn delete(id: &str) -> bool {
        remove(&format!("{REPORT_PREFIX}{id}"))
    }

    /// A new id that sorts by creation time.
    pub fn new_id() -> String {
        let now = js_sys::Date::now() as u64;
        let salt = (js_sys::Math::random() * 1296.0) as u64;
        format!("{now:013}-{salt:03}")
    }
}
