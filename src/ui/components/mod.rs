//! Parts that more than one page uses: the notice view, the live readiness panel, files in and
//! out of the browser.

#[cfg(target_arch = "wasm32")]
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod message;
pub mod side;
