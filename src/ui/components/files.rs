//! Files in and out of the browser: downloads from memory, and reading a picked or dropped file.

use wasm_bindgen::JsCast;

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = leptos::prelude::document();
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Largest file the app reads (a report is a few tens of kilobytes).
pub const MAX_IMPORT_BYTES: f64 = crate::engine::profile::MAX_FILE_BYTES as f64;

#[derive(Debug, Clone, PartialEq)]
pub enum FileError {
    TooLarge,
    Unreadable,
}

/// Reads a file as text, refusing files over [`MAX_IMPORT_BYTES`].
pub async fn read_text(file: web_sys::File) -> Result<String, FileError> {
    if file.size() > MAX_IMPORT_BYTES {
        return Err(FileError::TooLarge);
    }
    let value = wasm_bindgen_futures::JsFuture::from(file.text()).await.map_err(|_| FileError::Unreadable)?;
    value.as_string().ok_or(FileError::Unreadable)
}
