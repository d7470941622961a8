//! The scheme data: read from the catalogue that `build.rs` validated and embedded.

pub mod model;
pub mod validate;

pub use model::*;
use std::sync::OnceLock;

/// Version of the rules, from `facts.toml`.
pub const RULES_VERSION: &str = env!("RULES_VERSION");
/// Fingerprint of all scheme data as built into this app.
pub const RULES_HASH: &str = env!("RULES_HASH");

const CATALOGUE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalogue.json"));

/// The validated catalogue, parsed once.
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| serde_json::from_str(CATALOGUE_JSON).expect("build.rs wrote a valid catalogue"))
}

impl Catalogue {
    pub fn scheme(&self, id: &str) -> Option<&Scheme> {
        self.schemes.iter().find(|s| s.id == id)
    }

    pub fn fact(&self, id: &str) -> Option<&FactDef> {
        self.facts.iter().find(|f| f.id == id)
    }
}
