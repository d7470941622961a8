//! Checks a catalogue before it can be built into the app.
//!
//! Compiled by `build.rs` (a bad data file fails the build) and by the crate (tested natively).
//! Every message names the file and the criterion.

use super::model::*;
use std::collections::{BTreeMap, BTreeSet};

/// Removes all white space: the official texts break lines in mid-sentence and sometimes put
/// spaces around numbers ("不超过 60 周岁"), so quotes are compared without it.
pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Validates the catalogue. `sources` maps a source file name to its full text.
/// Returns every problem found, each starting with the data file's name.
pub fn validate(catalogue: &Catalogue, sources: &BTreeMap<String, String>) -> Vec<String> {
    let mut problems = Vec::new();
    let facts = check_facts(catalogue, &mut problems);
    let mut scheme_ids = BTreeSet::new();
    for scheme in &catalogue.schemes {
        let file = format!("{}.toml", scheme.id);
        if !scheme_ids.insert(scheme.id.as_str()) {
            problems.push(format!("{file}: duplicate scheme id '{}'", scheme.id));
        }
        SchemeCheck {
            file: &file,
            facts: &facts,
            problems: &mut problems,
            source: sources.get(scheme.source.as_str()).map(|t| squeeze(t)),
        }
        .check(scheme);
    }
    problems
}

fn check_facts<'a>(catalogue: &'a Catalogue, problems: &mut Vec<String>) -> BTreeMap<&'a str, &'a FactDef> {
    let topics: BTreeSet<&str> = catalogue.topics.iter().map(|t| t.id.as_str()).collect();
    let mut facts = BTreeMap::new();
    for fact in &catalogue.facts {
        let at = format!("facts.toml: fact '{}'", fact.id);
        if facts.insert(fact.id.as_str(), fact).is_some() {
            problems.push(format!("{at}: duplicate fact id"));
        }
        if !topics.contains(fact.topic.as_str()) {
            problems.push(format!("{at}: unknown topic '{}'", fact.topic));
        }
        if (fact.kind == FactKind::Choice) == fact.options.is_empty() {
            problems.push(format!("{at}: options are for choice facts, and every choice fact needs them"));
        }
        if let (Some(min), Some(max)) = (fact.min, fact.max) {
            if min > max {
                problems.push(format!("{at}: min {min} is above max {max}"));
            }
        }
        if fact.label.zh().trim().is_empty() || fact.label.en().trim().is_empty() {
            problems.push(format!("{at}: label needs both zh and en"));
        }
    }
    for fact in &catalogue.facts {
        if fact.region && (fact.kind != FactKind::Choice || catalogue.facts.iter().filter(|f| f.region).count() > 1) {
            problems.push(format!(
                "facts.toml: fact '{}' region: only one fact, a choice, can be the region question",
                fact.id
            ));
        }
        if let Some(other) = &fact.not_above {
            if !facts.get(other.as_str()).is_some_and(|o| matches!(o.kind, FactKind::Number | FactKind::Count)) {
                problems.push(format!("facts.toml: fact '{}' not_above: '{other}' is not a number fact", fact.id));
            }
        }
        if let Some(cond) = &fact.ask_when {
            check_condition(cond, &facts, &format!("facts.toml: fact '{}' ask_when", fact.id), problems);
        }
    }
    facts
}

fn check_condition(cond: &Condition, facts: &BTreeMap<&str, &FactDef>, at: &str, problems: &mut Vec<String>) {
    let Some(def) = facts.get(cond.fact.as_str()) else {
        problems.push(format!("{at}: unknown fact '{}'", cond.fact));
        return;
    };
    if cond.any_of.is_empty() == cond.at_least.is_none() {
        problems.push(format!("{at}: give either any_of or at_least"));
    }
    for value in &cond.any_of {
        let fits = match (def.kind, value) {
            (FactKind::YesNo, Scalar::Bool(_)) => true,
            (FactKind::Choice, Scalar::Text(id)) => def.options.iter().any(|o| &o.id == id),
            _ => false,
        };
        if !fits {
            problems.push(format!("{at}: value {value:?} does not fit fact '{}'", cond.fact));
        }
    }
    if cond.at_least.is_some() && !matches!(def.kind, FactKind::Number | FactKind::Count) {
        problems.push(format!("{at}: at_least needs a number fact, '{}' is not", cond.fact));
    }
}

struct SchemeCheck<'a> {
    file: &'a str,
    facts: &'a BTreeMap<&'a str, &'a FactDef>,
    problems: &'a mut Vec<String>,
    source: Option<String>,
}

impl SchemeCheck<'_> {
    fn check(&mut self, scheme: &Scheme) {
        if self.source.is_none() {
            self.problems.push(format!("{}: source file '{}' not found in docs/sources/", self.file, scheme.source));
        }
        for (label, text) in [("name", &scheme.name), ("short_name", &scheme.short_name), ("issuer", &scheme.issuer)] {
            self.text(label, text);
        }
        let period = &scheme.period;
        self.quote("period", &period.quote);
        self.text("period citation", &period.citation);
        if period.years == Some(0) {
            self.problems.push(format!("{}: period: a period of 0 years is impossible", self.file));
        }
        if let (Some(start), Some(end)) = (period.start, period.end) {
            if end < start {
                self.problems.push(format!("{}: period ends before it starts", self.file));
            }
        }
        for m in &period.milestones {
            self.quote("period milestone", &m.quote);
        }
        if scheme.criteria.is_empty() {
            self.problems.push(format!("{}: a scheme needs at least one criterion", self.file));
        }
        let mut ids = BTreeSet::new();
        for c in &scheme.criteria {
            let at = format!("criterion '{}'", c.id);
            if !ids.insert(c.id.as_str()) {
                self.problems.push(format!("{}: {at}: duplicate criterion id", self.file));
            }
            self.text(&format!("{at} citation"), &c.citation);
            self.text(&format!("{at} summary"), &c.summary);
            self.quote(&at, &c.quote);
            self.rule(&at, &c.rule);
            for (field, cond) in [("note_when", &c.note_when), ("note_unless", &c.note_unless)] {
                let Some(cond) = cond else { continue };
                if c.note.is_none() {
                    self.problems.push(format!("{}: {at}: {field} without a note", self.file));
                }
                check_condition(cond, self.facts, &format!("{}: {at}: {field}", self.file), self.problems);
            }
        }
        for (what, list) in [
            ("process", &scheme.process),
            ("documents", &scheme.documents),
            ("duties", &scheme.duties),
            ("support", &scheme.support),
        ] {
            for item in list.iter() {
                self.text(&format!("{what} citation"), &item.citation);
                self.quote(what, &item.quote);
            }
        }
        if let Some(table) = &scheme.performance {
            self.performance(table);
        }
        let mut notices = BTreeSet::new();
        for n in &scheme.notices {
            if !notices.insert(n.id.as_str()) {
                self.problems.push(format!("{}: notice '{}': duplicate id", self.file, n.id));
            }
            self.text(&format!("notice '{}' citation", n.id), &n.citation);
            self.text(&format!("notice '{}' summary", n.id), &n.summary);
            self.quote(&format!("notice '{}'", n.id), &n.quote);
            check_condition(
                &n.when,
                self.facts,
                &format!("{}: notice '{}': condition", self.file, n.id),
                self.problems,
            );
        }
    }

    fn text(&mut self, at: &str, text: &Text) {
        if text.zh().trim().is_empty() || text.en().trim().is_empty() {
            self.problems.push(format!("{}: {at}: needs both zh and en", self.file));
        }
    }

    fn quote(&mut self, at: &str, quote: &str) {
        let q = squeeze(quote);
        if q.is_empty() {
            self.problems.push(format!("{}: {at}: missing quote (citation text)", self.file));
        } else if let Some(source) = &self.source {
            if !source.contains(&q) {
                self.problems
                    .push(format!("{}: {at}: quote not found verbatim in the source text: «{quote}»", self.file));
            }
        }
    }

    fn fact(&mut self, at: &str, id: &str, kinds: &[FactKind]) -> Option<&FactDef> {
        match self.facts.get(id) {
            None => {
                self.problems.push(format!("{}: {at}: unknown fact '{id}'", self.file));
                None
            }
            Some(def) if !kinds.contains(&def.kind) => {
                self.problems
                    .push(format!("{}: {at}: fact '{id}' is {:?}, the rule needs {kinds:?}", self.file, def.kind));
                None
            }
            Some(def) => Some(*def),
        }
    }

    fn rule(&mut self, at: &str, rule: &Rule) {
        const NUMBERS: &[FactKind] = &[FactKind::Number, FactKind::Count];
        match rule {
            Rule::AtLeast { fact, value } | Rule::AtMost { fact, value } => {
                if let Some(def) = self.fact(at, fact, NUMBERS) {
                    let (min, max) = (def.min.unwrap_or(0.0), def.max.unwrap_or(f64::INFINITY));
                    if !value.is_finite() || *value < min || *value > max {
                        self.problems.push(format!(
                            "{}: {at}: impossible threshold {value} for '{fact}' (allowed {min}..{max})",
                            self.file
                        ));
                    }
                }
            }
            Rule::ShareAtLeast { part, whole, percent } | Rule::ShareAtMost { part, whole, percent } => {
                self.fact(at, part, NUMBERS);
                self.fact(at, whole, NUMBERS);
                if !(*percent > 0.0 && *percent <= 100.0) {
                    self.problems.push(format!(
                        "{}: {at}: impossible share {percent} % (must be above 0 and at most 100)",
                        self.file
                    ));
                }
            }
            Rule::YearsSince { fact, years } | Rule::BanYears { fact, years } | Rule::AgeAtMost { fact, years } => {
                self.fact(at, fact, &[FactKind::Date]);
                if *years == 0 || *years > 120 {
                    self.problems.push(format!("{}: {at}: impossible number of years {years}", self.file));
                }
            }
            Rule::NoIncidentWithin { fact, years, clauses } => {
                self.fact(at, fact, &[FactKind::Incidents]);
                if *years == 0 || *years > 50 {
                    self.problems.push(format!("{}: {at}: impossible window of {years} years", self.file));
                }
                if clauses.is_empty() || clauses.iter().any(|c| c.kinds.is_empty() || c.severities.is_empty()) {
                    self.problems
                        .push(format!("{}: {at}: every incident clause needs kinds and severities", self.file));
                }
            }
            Rule::IsTrue { fact } | Rule::IsFalse { fact } | Rule::Declared { fact } => {
                self.fact(at, fact, &[FactKind::YesNo]);
            }
            Rule::OneOf { fact, options } => {
                if let Some(def) = self.fact(at, fact, &[FactKind::Choice]) {
                    let unknown: Vec<&Str> =
                        options.iter().filter(|o| !def.options.iter().any(|d| &d.id == *o)).collect();
                    if options.is_empty() || !unknown.is_empty() {
                        self.problems
                            .push(format!("{}: {at}: options {unknown:?} are not choices of '{fact}'", self.file));
                    }
                }
            }
            Rule::AnyOf { rules } | Rule::AllOf { rules } => {
                if rules.len() < 2 {
                    self.problems.push(format!("{}: {at}: any_of / all_of needs at least two rules", self.file));
                }
                for r in rules {
                    self.rule(at, r);
                }
            }
            Rule::When { condition, rule } => {
                check_condition(condition, self.facts, &format!("{}: {at}: condition", self.file), self.problems);
                self.rule(at, rule);
            }
        }
    }

    fn performance(&mut self, table: &PerformanceTable) {
        let main: u32 = table.indicators.iter().filter(|i| !i.bonus).map(|i| i.weight).sum();
        let bonus: u32 = table.indicators.iter().filter(|i| i.bonus).map(|i| i.weight).sum();
        if main != table.total || bonus != table.bonus {
            self.problems.push(format!(
                "{}: performance: weights add up to {main} + {bonus}, the table states {} + {}",
                self.file, table.total, table.bonus
            ));
        }
        let mut ids = BTreeSet::new();
        for i in &table.indicators {
            if !ids.insert(i.id.as_str()) {
                self.problems.push(format!("{}: performance: duplicate indicator id '{}'", self.file, i.id));
            }
            if i.id.contains('/') {
                self.problems.push(format!("{}: performance: indicator id '{}' may not contain '/'", self.file, i.id));
            }
            if i.weight == 0 {
                self.problems.push(format!("{}: performance: indicator '{}' has no weight", self.file, i.id));
            }
            self.quote(&format!("indicator '{}'", i.id), &i.quote);
        }
        self.quote("performance tier", &table.tier_quote);
        self.text("performance title", &table.title);
        self.text("performance hint", &table.hint);
    }
}
