//! Local storage in the browser, guarded: every call checks that storage works first.

use gloo_storage::{LocalStorage, Storage};

/// Whether local storage can be used here. Storage that is full still counts: what it holds can
/// be read (and removed, to make room), and only writes fail — reported by [`write`].
pub fn available() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let Ok(Some(storage)) = window.local_storage() else { return false };
    let probe = "platform-readiness/probe";
    match storage.set_item(probe, "1") {
        Ok(()) => storage.remove_item(probe).is_ok(),
        Err(e) => is_quota_error(&e) && storage.get_item(probe).is_ok(),
    }
}

/// Whether a refused write was refused for lack of space (not because storage is blocked).
fn is_quota_error(e: &wasm_bindgen::JsValue) -> bool {
    let name = js_sys::Reflect::get(e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
    matches!(name.as_str(), "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED")
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
    crate::order::sort_by(&mut keys, |a, b| a.cmp(b));
    keys
}

/// Moves a stored value to another key: the old key is freed first, so a value that filled the
/// storage still fits under its new name. If the new key cannot be written, the value is put
/// back where it was. `false` when it could not be moved.
pub fn move_aside(from: &str, text: &str, to: &str) -> bool {
    if !remove(from) {
        return false;
    }
    if write(to, text) {
        return true;
    }
    write(from, text);
    false
}
