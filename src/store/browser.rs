//! Local storage in the browser, guarded: every call checks that storage works first.

/// Whether local storage can be used here. Storage that is full still counts: what it holds can
/// be read (and removed, to make room), and only writes fail — reported by [`write`].
pub fn available() -> bool {
    let Ok(storage) = storage() else { return false };
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

fn storage() -> Result<web_sys::Storage, ReadFailed> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).ok_or(ReadFailed)
}

/// A read that did not work (storage blocked, or `getItem` threw): what is stored is unknown,
/// so nothing may be written over it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReadFailed;

/// Reads a value: `Ok(None)` when nothing is stored under `key`. Reading does not depend on
/// writing: storage that refuses writes is still read.
pub fn read(key: &str) -> Result<Option<String>, ReadFailed> {
    storage()?.get_item(key).map_err(|_| ReadFailed)
}

/// Writes a value; `false` when storage is blocked or full.
pub fn write(key: &str, value: &str) -> bool {
    storage().is_ok_and(|s| s.set_item(key, value).is_ok())
}

/// Removes a value; `false` when storage is blocked.
pub fn remove(key: &str) -> bool {
    storage().is_ok_and(|s| s.remove_item(key).is_ok())
}

/// Every key under the app's prefix, sorted.
pub fn keys() -> Result<Vec<String>, ReadFailed> {
    let storage = storage()?;
    let n = storage.length().map_err(|_| ReadFailed)?;
    let mut keys = Vec::new();
    for i in 0..n {
        if let Some(k) = storage.key(i).map_err(|_| ReadFailed)? {
            if k.starts_with(super::PREFIX) {
                keys.push(k);
            }
        }
    }
    crate::lean::sort::sort_by(&mut keys, |a, b| a.cmp(b));
    Ok(keys)
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
