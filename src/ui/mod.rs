//! Pages and components. They read the engine's outcomes and never judge a rule themselves.

pub mod app;
pub mod nav;
pub mod start;
pub mod state;

pub use app::App;
