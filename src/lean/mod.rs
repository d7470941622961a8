//! Small stand-ins for general-purpose code of the standard library or of crates, kept because
//! each weighed more in the wasm file than the app needs of it. Domain code uses them as it
//! would use what they replace; each is tested here directly against the original.
//!
//! | stand-in | replaces | first load saved (brotli, measured when it came in) | tested against |
//! |---|---|---|---|
//! | [`date::parse_iso`], [`date::iso`] | chrono's format parser (`NaiveDate::parse_from_str`) | 8 KB | chrono's parser, on generated strings |
//! | [`decimal::decimal`] | the float formatter (`format!("{:.2}")`) | part of 8 KB (with the report markup) | `f64` formatting and parsing back |
//! | [`decimal::decimal_value`] | `f64::from_str` | 11 KB | `str::parse::<f64>` |
//! | [`sort::sort_by`] | `slice::sort_by` (stable) | 5 KB | `slice::sort_by_key` |
//! | [`IdMap`] | `BTreeMap<String, V>` (same JSON) | 8.7 KB | `BTreeMap` |
//! | [`Loose`] | `serde_json::Value` | 6.7 KB | `serde_json::Value` |
//! | [`base64url`] | a base64 crate | no crate was ever added (≈ 40 lines) | the `base64` crate |
//! | [`url::decode`] | a URL crate's query decoding | no crate was ever added | `form_urlencoded` |
//! | the History-API address in `ui::nav` | `leptos_router` | 12.5 KB | the app's e2e navigation tests |
//!
//! The figures are those of the commits that brought each in (the first load was then larger;
//! the saving is what `scripts/size.sh` showed between the builds before and after).

pub mod base64url;
pub mod date;
pub mod decimal;
pub mod id_map;
pub mod loose;
pub mod sort;
pub mod url;

pub use id_map::IdMap;
pub use loose::Loose;
