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
    crate::lean::sort::sort_by(&mut reports, |a, b| b.id.cmp(&a.id));
    (reports, bad)
}

#[cfg(target_arch = "wasm32")]
pub use browser::*;

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use crate::store::{keys, read, remove, write, ReadFailed};

    /// The saved reports and the entries that could not be read; `Err` when the list or one of
    /// its entries could not be read at all (then nothing may be written on its strength).
    pub fn list() -> Result<(Vec<Report>, Vec<Unreadable>), ReadFailed> {
        let all = keys()?;
        let mut entries = Vec::new();
        for k in all.iter().filter(|k| k.starts_with(REPORT_PREFIX)) {
            if let Some(t) = read(k)? {
                entries.push((k.clone(), t));
            }
        }
        let (reports, mut bad) = sort_entries(entries);
        for key in all.into_iter().filter(|k| k.starts_with(crate::store::ASIDE_PREFIX)) {
            if let Some(text) = read(&key)? {
                bad.push(Unreadable { key, text, reason: crate::store::ReadError::Unreadable });
            }
        }
        Ok((reports, bad))
    }

    /// One saved report as stored, byte for byte: `Ok(None)` when there is none by that id.
    pub fn stored(id: &str) -> Result<Option<String>, ReadFailed> {
        read(&format!("{REPORT_PREFIX}{id}"))
    }

    /// One saved report, read now.
    pub fn get(id: &str) -> Result<Option<Report>, ReadFailed> {
        Ok(stored(id)?.and_then(|t| sort_entries(vec![(format!("{REPORT_PREFIX}{id}"), t)]).0.pop()))
    }

    /// Saves (or replaces) a report; `false` when storage is blocked or full.
    pub fn save(report: &Report) -> bool {
        write(&format!("{REPORT_PREFIX}{}", report.id), &report.to_json())
    }

    /// Puts back a report exactly as it was stored; `false` when storage is blocked or full.
    pub fn restore(id: &str, text: &str) -> bool {
        write(&format!("{REPORT_PREFIX}{id}"), text)
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
