//! Pages and components. They read the engine's outcomes and never judge a rule themselves.
//! The pages' markup compiles natively (and is tested there); the Leptos views and everything
//! that touches the browser compile for wasm32 only.

#[cfg(target_arch = "wasm32")]
pub mod app;
pub mod components;
pub mod contract;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod nav;
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod texts;

#[cfg(target_arch = "wasm32")]
pub use app::App;
#[cfg(test)]
mod test_support;
