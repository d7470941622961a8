//! The evidence file, `src/schemes/evidence.toml`: for every criterion of every scheme, the
//! documents that would prove it — in the text's own words where the text names its materials,
//! as a suggestion (never a requirement) where it does not.
//!
//! Compiled by `build.rs`, which checks the file against the catalogue and the source texts and
//! writes it as JSON for the plan module only (`src/plan/evidence.rs`), and by the crate, which
//! reads that JSON and (natively) checks other evidence files under the same rules. Nothing here
//! is read by the main app: the scheme model it refers to stays as it is.

use super::model::{Catalogue, Text};
use super::validate::squeeze;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The file's name beside the scheme files.
pub const FILE: &str = "evidence.toml";

/// Every item of evidence, in the file's order.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct EvidenceFile {
    #[serde(default)]
    pub items: Vec<ItemDef>,
}

/// One document (or one kind of document), listed once however many schemes ask for it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ItemDef {
    /// Stable: the applicant's marks are stored under it.
    pub id: String,
    pub name: Text,
    pub uses: Vec<UseDef>,
}

/// Where one scheme needs the item: for some of its criteria, some indicators of its
/// performance table, or (neither) the application as a whole.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct UseDef {
    pub scheme: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<String>,
    /// `false`: the scheme's text names this material (`article` and `quote` say where);
    /// `true`: the text names none and the item is only a suggestion. Always written out.
    #[serde(default)]
    pub suggested: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

impl UseDef {
    /// Whether the use is a suggestion (a use without the flag, which the checks refuse, counts
    /// as one: it is never shown as the text's requirement).
    pub fn is_suggested(&self) -> bool {
        self.suggested != Some(false)
    }
}

/// Checks an evidence file against the catalogue and the source texts (file name → text): every
/// scheme, criterion and indicator it names exists; every item has an id of its own, names of
/// its own in both languages and at least one use; every use says whether it is a suggestion; a
/// use the text names has its article in both languages and a quote found verbatim (white space
/// aside, as for the scheme files' quotes) in that scheme's own source text; a suggestion has
/// neither. Returns every problem, one a line.
pub fn check(file: &EvidenceFile, catalogue: &Catalogue, sources: &BTreeMap<String, String>) -> Vec<String> {
    let mut problems = Vec::new();
    let mut ids = BTreeSet::new();
    let mut names: BTreeMap<String, &str> = BTreeMap::new();
    let mut squeezed: BTreeMap<&str, String> = BTreeMap::new();
    for item in &file.items {
        let at = format!("{FILE}: item '{}'", item.id);
        if item.id.trim().is_empty() || item.id.contains(|c: char| c.is_whitespace()) {
            problems.push(format!("{at}: an id needs letters and no spaces"));
        }
        if !ids.insert(item.id.as_str()) {
            problems.push(format!("{at}: duplicate item id"));
        }
        if item.name.zh().trim().is_empty() || item.name.en().trim().is_empty() {
            problems.push(format!("{at}: name needs both zh and en"));
        }
        for name in [item.name.zh(), item.name.en()] {
            let key = squeeze(name).to_lowercase();
            if key.is_empty() {
                continue;
            }
            if let Some(other) = names.insert(key, &item.id) {
                if other != item.id {
                    problems.push(format!("{at}: the same name as item '{other}' («{name}»): one document, one item"));
                }
            }
        }
        if item.uses.is_empty() {
            problems.push(format!("{at}: no scheme uses it"));
        }
        let mut targets = BTreeSet::new();
        for u in &item.uses {
            let whole = u.criteria.is_empty() && u.indicators.is_empty();
            let named = u.criteria.iter().map(|c| ("criterion", c.as_str()));
            let named = named.chain(u.indicators.iter().map(|i| ("indicator", i.as_str())));
            for (kind, id) in named.chain(whole.then_some(("application", ""))) {
                if !targets.insert((u.scheme.as_str(), kind, id)) {
                    problems.push(format!("{at}, scheme '{}': {kind} '{id}' is served twice", u.scheme));
                }
            }
        }
        for u in &item.uses {
            let at = format!("{at}, scheme '{}'", u.scheme);
            let Some(scheme) = catalogue.schemes.iter().find(|s| s.id == u.scheme.as_str()) else {
                problems.push(format!("{at}: unknown scheme"));
                continue;
            };
            for c in &u.criteria {
                if !scheme.criteria.iter().any(|k| k.id == c.as_str()) {
                    problems.push(format!("{at}: unknown criterion '{c}'"));
                }
            }
            for i in &u.indicators {
                let known =
                    scheme.performance.as_ref().is_some_and(|t| t.indicators.iter().any(|k| k.id == i.as_str()));
                if !known {
                    problems.push(format!("{at}: unknown indicator '{i}'"));
                }
            }
            match u.suggested {
                None => problems.push(format!(
                    "{at}: say `suggested = false` (the text names it: give article and quote) or `suggested = true`"
                )),
                Some(true) => {
                    if u.article.is_some() || u.quote.is_some() {
                        problems
                            .push(format!("{at}: a suggestion cites no article or quote (the text does not name it)"));
                    }
                }
                Some(false) => {
                    match &u.article {
                        Some(a) if !a.zh().trim().is_empty() && !a.en().trim().is_empty() => {}
                        _ => problems.push(format!("{at}: article needs both zh and en")),
                    }
                    let quote = u.quote.as_deref().map(squeeze).unwrap_or_default();
                    if quote.is_empty() {
                        problems.push(format!("{at}: missing quote (the text's words naming the material)"));
                    } else {
                        let source = squeezed.entry(scheme.source.as_str()).or_insert_with(|| {
                            sources.get(scheme.source.as_str()).map(|t| squeeze(t)).unwrap_or_default()
                        });
                        if !source.contains(&quote) {
                            problems.push(format!(
                                "{at}: quote not found verbatim in the source text: «{}»",
                                u.quote.as_deref().unwrap_or_default()
                            ));
                        }
                    }
                }
            }
        }
    }
    problems
}

/// The criteria of the catalogue's schemes that no item of `file` serves, as
/// `<scheme id>/<criterion id>`, in catalogue order.
pub fn uncovered(file: &EvidenceFile, catalogue: &Catalogue) -> Vec<String> {
    let served: BTreeSet<(&str, &str)> = file
        .items
        .iter()
        .flat_map(|i| &i.uses)
        .flat_map(|u| u.criteria.iter().map(move |c| (u.scheme.as_str(), c.as_str())))
        .collect();
    catalogue
        .schemes
        .iter()
        .flat_map(|s| s.criteria.iter().map(move |c| (s.id.as_str(), c.id.as_str())))
        .filter(|key| !served.contains(key))
        .map(|(s, c)| format!("{s}/{c}"))
        .collect()
}

/// Reads an evidence file's TOML text and checks it: every problem, one a line, or the file.
#[cfg(not(target_arch = "wasm32"))]
pub fn read(text: &str, catalogue: &Catalogue, sources: &BTreeMap<String, String>) -> Result<EvidenceFile, String> {
    let file: EvidenceFile = super::load::parse(text).map_err(|e| format!("{FILE}: {e}"))?;
    let problems = check(&file, catalogue, sources);
    if problems.is_empty() {
        Ok(file)
    } else {
        Err(problems.join("\n"))
    }
}
