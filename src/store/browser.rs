//! Local storage in the browser, guarded: every call checks that storage works first.

use gloo_storage::{LocalStorage, Storage};

/// Whether local storage can be read and written here.
pub fn available() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let Ok(Some(storage)) = window.local_storage() else { return false };
    let probe = "platform-readiness/probe";
    storage.set_item(probe, "1").is_ok() && storage.remove_item(probe).is_ok()
}

pub fn read(key: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// Writes a value; `false` when storage is blocked or full.
pub fn write(key: &str, value: &str) -> bool {
    available() && LocalStorage::raw().set_item(key, value).is_ok()
}

/// Removes a value; `false` when storage is blocked.
pub fn remove(key: &str) -> bool {
    available() && LocalStorage::raw().remove_item(key).is_ok()
}

/// Every key under the app's prefix, sorted.
pub fn keys() -> Vec<String> {
    if !available() {
        return Vec::new();
    }
    let storage = LocalStorage::raw();
    let n = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..n).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with(super::PREFIX)).collect();
    keys.sort();
    keys
}
