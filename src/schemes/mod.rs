//! The scheme data: the catalogue that `build.rs` validated, built into the app as statics.

pub mod evidence_file;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
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

/// The file holding the scheme data's texts that the start page does not show (criteria, facts,
/// options, notes, cited lists), named by its fingerprint; served beside the wasm by a release
/// build.
pub const TEXTS_FILE: &str = env!("TEXTS_FILE");

/// Reads those texts as build.rs wrote them. `false` when the text is not that file (a
/// fingerprint that differs: another build's texts) or they were read already.
pub fn load_texts(file: String) -> bool {
    if format!("texts-{:016x}.txt", fnv1a(file.as_bytes())) != TEXTS_FILE {
        return false;
    }
    let all: &'static str = Box::leak(file.into_boxed_str());
    let _ = LOADED.set(all);
    Text::set_deferred(all.split(Text::DEFERRED).collect())
}

static LOADED: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

/// The texts file as read by [`load_texts`] (the report page hands it to the plan module, which
/// then need not fetch it again).
pub fn loaded_texts() -> &'static str {
    LOADED.get().copied().unwrap_or_default()
}

/// Without the `lazy-texts` feature (tests, native use) the deferred texts are built in: loads
/// them the first time.
#[cfg(not(feature = "lazy-texts"))]
fn built_in_texts() {
    if !Text::deferred_ready() {
        load_texts(include_str!(concat!(env!("OUT_DIR"), "/texts.txt")).to_string());
    }
}

/// The n-th deferred text (a scheme text or one of the interface's `later` words, see
/// `crate::i18n`); empty while a release build has not loaded them.
pub fn deferred_text(n: usize) -> &'static str {
    #[cfg(not(feature = "lazy-texts"))]
    built_in_texts();
    Text::deferred(n)
}

/// A catalogue read at run time and its rules' fingerprint (native only: see [`install`]).
#[cfg(not(target_arch = "wasm32"))]
static INSTALLED: std::sync::OnceLock<(Catalogue, String)> = std::sync::OnceLock::new();

/// Makes `catalogue` (read by [`load`], so checked as build.rs checks the app's data) the one
/// that [`catalogue()`] returns from now on in this process, in place of the built-in one: the
/// walk, the judge, the reports and the share links then work with it, and reports are stamped
/// with its fingerprint. Native only (tests, benchmarks, tools); the wasm has no such switch.
/// Once per process: a second call returns its catalogue back.
#[cfg(not(target_arch = "wasm32"))]
pub fn install(catalogue: Catalogue) -> Result<&'static Catalogue, Catalogue> {
    let hash = format!("{:016x}", fnv1a(serde_json::to_string(&catalogue).unwrap_or_default().as_bytes()));
    let mut offered = Some((catalogue, hash));
    let installed = INSTALLED.get_or_init(|| offered.take().expect("offered once"));
    match offered {
        None => Ok(&installed.0),
        Some((back, _)) => Err(back),
    }
}

/// The fingerprint of the rules [`catalogue()`] returns (the built-in [`RULES_HASH`] unless
/// another catalogue was installed).
pub fn rules_hash() -> &'static str {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some((_, hash)) = INSTALLED.get() {
        return hash;
    }
    RULES_HASH
}

/// The validated catalogue.
pub fn catalogue() -> &'static Catalogue {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some((installed, _)) = INSTALLED.get() {
        return installed;
    }
    #[cfg(not(feature = "lazy-texts"))]
    built_in_texts();
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
