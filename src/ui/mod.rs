//! Pages and components. They read the engine's outcomes and never judge a rule themselves.

pub mod app;
pub mod check;
pub mod embed;
pub mod files;
pub mod message;
pub mod nav;
pub mod question;
pub mod report_page;
pub mod reports_page;
pub mod side;
pub mod start;
pub mod state;
pub mod texts;
pub mod wizard;

pub use app::App;
