//! The scheme data: the catalogue that `build.rs` validated, built into the app as statics.

pub mod model;
pub mod validate;

pub use model::*;

/// Version of the rules, from `facts.toml`.
pub const RULES_VERSION: &str = env!("RULES_VERSION");
/// Fingerprint of all scheme data as built into this app.
pub const RULES_HASH: &str = env!("RULES_HASH");

mod data {
    use super::model::*;
    use chrono::NaiveDate;

    const fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        match NaiveDate::from_ymd_opt(year, month, day) {
            Some(d) => d,
            None => panic!("build.rs wrote an impossible date"),
        }
    }

    include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
}

/// The validated catalogue.
pub fn catalogue() -> &'static Catalogue {
    &data::CATALOGUE
}

impl Catalogue {
    pub fn scheme(&self, id: &str) -> Option<&Scheme> {
        self.schemes.iter().find(|s| s.id == id)
    }

    pub fn fact(&self, id: &str) -> Option<&FactDef> {
        self.facts.iter().find(|f| f.id == id)
    }
}
