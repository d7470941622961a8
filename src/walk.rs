//! The walk through the questions: one topic per step, only what the chosen schemes need, then
//! the performance tables.

use crate::engine::facts_needed;
use crate::i18n::Lang;
use crate::schemes::{catalogue, FactDef, PerformanceTable, Scheme, Topic};

/// One step of the walk.
#[derive(Clone, Copy)]
pub enum Step {
    Topic(&'static Topic),
    /// A scheme's performance table: its ratings are the scheme's own (`Profile::score`).
    Performance(&'static Scheme, &'static PerformanceTable),
}

/// Steps are the same when they show the same topic or the same scheme's table: compared by id,
/// not field by field through the scheme's whole data (which would weigh on the wasm).
impl PartialEq for Step {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Step::Topic(a), Step::Topic(b)) => a.id == b.id,
            (Step::Performance(a, _), Step::Performance(b, _)) => a.id == b.id,
            _ => false,
        }
    }
}

impl Step {
    pub fn title(&self, lang: Lang) -> String {
        match self {
            Step::Topic(t) => t.name.get(lang.is_en()).to_string(),
            Step::Performance(_, table) => table.title.get(lang.is_en()).to_string(),
        }
    }
}

/// The steps for the chosen schemes: each topic with a question they need, then score tables.
pub fn steps(schemes: &[String]) -> Vec<Step> {
    let cat = catalogue();
    let needed = facts_needed(cat, schemes);
    let mut steps: Vec<Step> =
        cat.topics.iter().filter(|t| needed.iter().any(|f| f.topic == t.id)).map(Step::Topic).collect();
    for s in cat.schemes.iter().filter(|s| schemes.iter().any(|id| *id == s.id)) {
        if let Some(table) = &s.performance {
            steps.push(Step::Performance(s, table));
        }
    }
    steps
}

/// The questions of a topic for the chosen schemes.
pub fn topic_facts(topic: &Topic, schemes: &[String]) -> Vec<&'static FactDef> {
    facts_needed(catalogue(), schemes).into_iter().filter(|f| f.topic == topic.id).collect()
}
