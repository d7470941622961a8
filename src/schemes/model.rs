//! The shape of the scheme data files (`src/schemes/*.toml`).
//!
//! This file is compiled twice: by `build.rs`, which reads and validates the TOML files and
//! writes them as one JSON catalogue, and by the crate, which reads that catalogue at start-up.
//! It may therefore depend on `serde` and `chrono` only.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A text in both languages of the app.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, english: bool) -> &str {
        if english {
            &self.en
        } else {
            &self.zh
        }
    }
}

/// Everything the app knows about the schemes: the shared facts and every scheme.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Catalogue {
    pub rules_version: String,
    pub topics: Vec<Topic>,
    pub facts: Vec<FactDef>,
    pub schemes: Vec<Scheme>,
}

/// The file `facts.toml`: the catalogue of facts asked of the applicant.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FactFile {
    pub rules_version: String,
    pub topics: Vec<Topic>,
    pub facts: Vec<FactDef>,
}

/// A group of questions (organisation, site and equipment, people, …).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub name: Text,
}

/// One thing about the applicant, asked once and read by every scheme that needs it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FactDef {
    /// Stable id: part of the public profile file format.
    pub id: String,
    pub topic: String,
    pub kind: FactKind,
    #[serde(default)]
    pub unit: Option<Unit>,
    pub label: Text,
    #[serde(default)]
    pub hint: Option<Text>,
    /// Lowest and highest sensible value of a number (inclusive).
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    /// The choices of a `choice` fact.
    #[serde(default)]
    pub options: Vec<Choice>,
    /// A follow-up question: asked only when this condition holds.
    #[serde(default)]
    pub ask_when: Option<Condition>,
    /// For a date: it cannot lie after the assessment date (registration, birth).
    #[serde(default)]
    pub not_in_future: bool,
    /// For a count that is part of another (qualified ≤ technical ≤ full-time): that other fact.
    #[serde(default)]
    pub not_above: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// A quantity with a unit, decimals allowed (m², 万元).
    Number,
    /// A whole number (people, projects, units).
    Count,
    /// A calendar date.
    Date,
    /// Yes or no.
    YesNo,
    /// One of a fixed list of options.
    Choice,
    /// A list of safety, quality and environmental incidents.
    Incidents,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    SquareMetre,
    WanYuan,
    Person,
    Item,
    Unit,
    Percent,
    Year,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub label: Text,
}

/// When a follow-up question is asked, or when a conditional criterion applies.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub fact: String,
    /// Holds when the fact has one of these values (choice ids, or `true`/`false`).
    #[serde(default)]
    pub any_of: Vec<Scalar>,
    /// Holds when the number is at least this.
    #[serde(default)]
    pub at_least: Option<f64>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
pub enum Scalar {
    Bool(bool),
    Text(String),
}

/// One recognition, filing or selection measure.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scheme {
    pub id: String,
    /// The official text in `docs/sources/`.
    pub source: String,
    pub name: Text,
    pub short_name: Text,
    pub issuer: Text,
    #[serde(default)]
    pub document_number: Option<String>,
    pub kind: SchemeKind,
    pub region: Text,
    pub applicants: Text,
    pub period: Period,
    pub criteria: Vec<Criterion>,
    #[serde(default)]
    pub process: Vec<Cited>,
    #[serde(default)]
    pub documents: Vec<Cited>,
    #[serde(default)]
    pub duties: Vec<Cited>,
    #[serde(default)]
    pub support: Vec<Cited>,
    #[serde(default)]
    pub performance: Option<PerformanceTable>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SchemeKind {
    PilotBase,
    InnovationCentre,
}

/// The period in force, as the text states it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day in force, if the text gives it.
    #[serde(default)]
    pub start: Option<NaiveDate>,
    /// Length in years (试行期 / 有效期), if the text gives it.
    #[serde(default)]
    pub years: Option<u32>,
    /// Last day in force, if the text gives it outright.
    #[serde(default)]
    pub end: Option<NaiveDate>,
    pub citation: Text,
    pub quote: String,
    /// What the text leaves open (shown to the applicant).
    #[serde(default)]
    pub note: Option<Text>,
    /// Other dates the text sets (a transition period, …).
    #[serde(default)]
    pub milestones: Vec<Milestone>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub date: NaiveDate,
    pub label: Text,
    pub citation: Text,
    pub quote: String,
}

/// A sentence of the text with where it stands, for process steps, documents, duties, support.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Cited {
    pub citation: Text,
    pub quote: String,
    pub summary: Text,
}

/// One condition of a scheme.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub citation: Text,
    /// The source sentence, verbatim (white space aside).
    pub quote: String,
    pub summary: Text,
    #[serde(default)]
    pub strength: Strength,
    pub rule: Rule,
    /// Where the text is vague or silent, what the app does and why.
    #[serde(default)]
    pub note: Option<Text>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// Must be met.
    #[default]
    Hard,
    /// "一般" — as a rule: a gap is a warning, not a bar.
    Soft,
}

/// How a criterion is judged.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    /// fact ≥ value (以上, 不低于, 不少于, 含).
    AtLeast { fact: String, value: f64 },
    /// fact ≤ value (以下, 不超过, 以内).
    AtMost { fact: String, value: f64 },
    /// part / whole ≥ percent % (含).
    ShareAtLeast { part: String, whole: String, percent: f64 },
    /// part / whole ≤ percent % (不超过).
    ShareAtMost { part: String, whole: String, percent: f64 },
    /// At least `years` whole years since the date (满N年; also a ban of N年内不得… that ends).
    YearsSince { fact: String, years: u32 },
    /// Completed years of age ≤ `years` (不超过N周岁).
    AgeAtMost { fact: String, years: u32 },
    /// No listed incident within the last `years` years (近N年内未发生…).
    NoIncidentWithin { fact: String, years: u32, clauses: Vec<IncidentClause> },
    /// The fact is yes (a plain fact the applicant knows).
    IsTrue { fact: String },
    /// The fact is no.
    IsFalse { fact: String },
    /// A quality the applicant asserts; met only as "declared", it needs evidence.
    Declared { fact: String },
    /// The choice is one of these options.
    OneOf { fact: String, options: Vec<String> },
    /// Any one of the alternatives.
    AnyOf { rules: Vec<Rule> },
    /// All of the parts.
    AllOf { rules: Vec<Rule> },
    /// Applies only when the condition holds; otherwise not applicable.
    When { condition: Condition, rule: Box<Rule> },
}

/// Which incidents count against a window.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct IncidentClause {
    pub kinds: Vec<IncidentKind>,
    pub severities: Vec<Severity>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum IncidentKind {
    /// 生产安全事故
    Safety,
    /// 质量事故
    Quality,
    /// 环境违法行为 / 环境问题
    Environment,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// 一般
    General,
    /// 较大
    Larger,
    /// 重大
    Major,
    /// 特别重大
    Extraordinary,
    /// 严重 (the texts grade environmental violations only as serious or not)
    Serious,
}

/// A weighted score table (Shaoxing's 绩效评价指标体系).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PerformanceTable {
    pub citation: Text,
    /// Points of the main indicators together (100).
    pub total: u32,
    /// Points of the bonus indicators together (10).
    pub bonus: u32,
    pub indicators: Vec<Indicator>,
    /// What the text leaves open: no formula, relative tiers.
    pub note: Text,
    /// The tier rule as quoted (优秀 about 30 %).
    pub tier_quote: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub group: Text,
    pub name: Text,
    #[serde(default)]
    pub unit: Option<Unit>,
    pub weight: u32,
    #[serde(default)]
    pub bonus: bool,
    pub evidence: Text,
    pub quote: String,
}
