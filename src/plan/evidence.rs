//! The evidence checklist: for the chosen schemes, every document that would prove their
//! criteria, each listed once with the schemes and criteria it serves and where its name comes
//! from — the text's own article and words, or a suggestion where the text names none — and how
//! many of them the applicant has gathered per scheme.
//!
//! The evidence is `src/schemes/evidence.toml`, checked by build.rs and built in here as JSON:
//! only this module includes it, and the main app never calls it.

use super::plan_words::PlanWord;
use super::state::{MarkState, Workplan};
use crate::i18n::Lang;
use crate::schemes::evidence_file::EvidenceFile;
use crate::schemes::{Catalogue, Scheme, Text};
use std::sync::OnceLock;

/// The evidence built into this program (checked at build time).
pub fn evidence() -> &'static EvidenceFile {
    static EVIDENCE: OnceLock<EvidenceFile> = OnceLock::new();
    EVIDENCE.get_or_init(|| {
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/evidence.json"))).unwrap_or_default()
    })
}

/// What one use of an item proves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target<'a> {
    /// The application as a whole (申报书, 可行性研究报告).
    Application,
    Criterion(&'a str),
    /// An indicator of the scheme's performance table.
    Indicator(&'a str),
}

/// Where an item's name comes from, for one scheme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Source<'a> {
    /// The scheme's text names the material: its article and the verbatim sentence.
    Text { scheme: &'a str, article: &'a Text, quote: &'a str },
    /// The scheme's text names none: a suggestion, never a requirement of the text.
    Suggested { scheme: &'a str },
}

impl Source<'_> {
    pub fn scheme(&self) -> &str {
        match self {
            Source::Text { scheme, .. } | Source::Suggested { scheme } => scheme,
        }
    }

    pub fn is_suggested(&self) -> bool {
        matches!(self, Source::Suggested { .. })
    }
}

/// One scheme's need of an item.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Use<'a> {
    pub scheme: &'a str,
    pub target: Target<'a>,
    pub source: Source<'a>,
}

/// One line of the checklist: a document, listed once for all the chosen schemes that ask for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Item<'a> {
    /// Stable: the applicant's mark is stored under it ([`Workplan::evidence`]).
    pub id: &'a str,
    pub name: &'a Text,
    /// In scheme order, then in the order of the scheme's criteria (the application first, the
    /// performance table last).
    pub uses: Vec<Use<'a>>,
}

impl<'a> Item<'a> {
    /// The schemes it serves, each once, in order.
    pub fn schemes(&self) -> Vec<&'a str> {
        let mut schemes: Vec<&'a str> = Vec::new();
        for u in &self.uses {
            if !schemes.contains(&u.scheme) {
                schemes.push(u.scheme);
            }
        }
        schemes
    }

    pub fn serves(&self, scheme: &str) -> bool {
        self.uses.iter().any(|u| u.scheme == scheme)
    }

    /// The criteria of `scheme` it serves, in the scheme's order.
    pub fn criteria(&self, scheme: &str) -> Vec<&'a str> {
        self.uses
            .iter()
            .filter(|u| u.scheme == scheme)
            .filter_map(|u| match u.target {
                Target::Criterion(c) => Some(c),
                _ => None,
            })
            .collect()
    }

    /// Its sources, each once, in order.
    pub fn sources(&self) -> Vec<Source<'a>> {
        let mut sources: Vec<Source<'a>> = Vec::new();
        for u in &self.uses {
            if !sources.contains(&u.source) {
                sources.push(u.source);
            }
        }
        sources
    }

    /// Whether no chosen scheme's text names it (every source is a suggestion).
    pub fn only_suggested(&self) -> bool {
        self.uses.iter().all(|u| u.source.is_suggested())
    }

    /// How far the applicant has gathered it (an unmarked item is missing).
    pub fn state(&self, plan: &Workplan) -> MarkState {
        plan.evidence.get(self.id).map(|m| m.state).unwrap_or_default()
    }
}

/// The built-in evidence for `scheme_ids` (see [`checklist_of`]).
pub fn checklist<S: AsRef<str>>(catalogue: &Catalogue, scheme_ids: &[S]) -> Vec<Item<'static>> {
    checklist_of(evidence(), catalogue, scheme_ids)
}

/// The checklist of `file` for the schemes of `scheme_ids` that the catalogue has: every item
/// that serves one of them, once, with its uses by those schemes only. Ordered by first use:
/// schemes in catalogue order, within a scheme the application as a whole, then its criteria in
/// order, then its performance indicators; items first used at the same place keep the file's
/// order.
pub fn checklist_of<'a, S: AsRef<str>>(
    file: &'a EvidenceFile,
    catalogue: &Catalogue,
    scheme_ids: &[S],
) -> Vec<Item<'a>> {
    let chosen: Vec<(usize, &Scheme)> = catalogue
        .schemes
        .iter()
        .enumerate()
        .filter(|(_, s)| scheme_ids.iter().any(|id| id.as_ref() == s.id.as_str()))
        .collect();
    let mut keyed: Vec<((usize, usize), usize, Item<'a>)> = Vec::new();
    for (order, def) in file.items.iter().enumerate() {
        let mut uses: Vec<((usize, usize), Use<'a>)> = Vec::new();
        for u in &def.uses {
            let Some(&(at, scheme)) = chosen.iter().find(|(_, s)| s.id.as_str() == u.scheme) else { continue };
            let source = match (&u.article, &u.quote, u.is_suggested()) {
                (Some(article), Some(quote), false) => Source::Text { scheme: &u.scheme, article, quote },
                _ => Source::Suggested { scheme: &u.scheme },
            };
            let mut push = |place: usize, target: Target<'a>| {
                uses.push(((at, place), Use { scheme: &u.scheme, target, source }));
            };
            if u.criteria.is_empty() && u.indicators.is_empty() {
                push(0, Target::Application);
            }
            for c in &u.criteria {
                let place = scheme.criteria.iter().position(|k| k.id == c.as_str()).unwrap_or(usize::MAX - 1);
                push(1 + place, Target::Criterion(c));
            }
            let indicators = scheme.performance.as_ref().map(|t| &t.indicators[..]).unwrap_or_default();
            for i in &u.indicators {
                let place = indicators.iter().position(|k| k.id == i.as_str()).unwrap_or(usize::MAX - 1);
                push((1 + scheme.criteria.len()).saturating_add(place), Target::Indicator(i));
            }
        }
        uses.sort_by_key(|(key, _)| *key);
        if let Some(&(first, _)) = uses.first() {
            let item = Item { id: &def.id, name: &def.name, uses: uses.into_iter().map(|(_, u)| u).collect() };
            keyed.push((first, order, item));
        }
    }
    keyed.sort_by_key(|(first, order, _)| (*first, *order));
    keyed.into_iter().map(|(_, _, item)| item).collect()
}

/// How many of a scheme's items are gathered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Counts {
    pub have: usize,
    pub in_progress: usize,
    pub missing: usize,
}

impl Counts {
    pub fn total(&self) -> usize {
        self.have + self.in_progress + self.missing
    }

    /// "证明材料：12 份已备，3 份准备中，4 份尚缺" / "Evidence: 12 ready, 3 in progress, 4 missing".
    pub fn words(&self, lang: Lang) -> String {
        let comma = lang.pick("，", ", ");
        format!(
            "{}{}{}{comma}{}{}{comma}{}{}",
            PlanWord::CountsLead.text(lang),
            self.have,
            PlanWord::CountsHave.text(lang),
            self.in_progress,
            PlanWord::CountsInProgress.text(lang),
            self.missing,
            PlanWord::CountsMissing.text(lang),
        )
    }
}

/// The counts of the items that serve `scheme`, by the applicant's marks (an unmarked item is
/// missing).
pub fn counts(items: &[Item], plan: &Workplan, scheme: &str) -> Counts {
    let mut counts = Counts::default();
    for item in items.iter().filter(|i| i.serves(scheme)) {
        match item.state(plan) {
            MarkState::Have => counts.have += 1,
            MarkState::InProgress => counts.in_progress += 1,
            MarkState::Missing => counts.missing += 1,
        }
    }
    counts
}
