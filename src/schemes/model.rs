//! The shape of the scheme data files (`src/schemes/*.toml`).
//!
//! This file is compiled twice: by `build.rs`, which reads and validates the TOML files and
//! writes the catalogue as Rust statics, and by the crate, which includes those statics. It may
//! therefore depend on `serde` and `chrono` only.
//!
//! Texts and lists are copy-on-write: read from TOML they are owned, in the app they borrow
//! the statics, so the app carries no parser for its own data.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};
use std::borrow::Cow;

/// A text of the data: owned when read from a file, borrowed from the statics in the app.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Str(Cow<'static, str>);

impl Str {
    pub const fn from_static(text: &'static str) -> Self {
        Str(Cow::Borrowed(text))
    }
    pub fn as_str(&self) -> &str {
        self.resolve()
    }

    /// The text, or for a deferred one (`"\u{1e}<n>"`, see [`Text::set_deferred`]) the n-th
    /// deferred text once loaded (empty before).
    fn resolve(&self) -> &str {
        let text: &str = &self.0;
        match text.strip_prefix(Text::DEFERRED).and_then(|n| n.parse::<usize>().ok()) {
            Some(n) => Text::deferred(n),
            None => text,
        }
    }
}

impl std::ops::Deref for Str {
    type Target = str;
    fn deref(&self) -> &str {
        self.resolve()
    }
}

impl AsRef<str> for Str {
    fn as_ref(&self) -> &str {
        self.resolve()
    }
}

impl std::borrow::Borrow<str> for Str {
    fn borrow(&self) -> &str {
        self.resolve()
    }
}

impl From<String> for Str {
    fn from(text: String) -> Self {
        Str(Cow::Owned(text))
    }
}

impl From<&str> for Str {
    fn from(text: &str) -> Self {
        Str(Cow::Owned(text.to_string()))
    }
}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        *self.resolve() == *other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        *self.resolve() == **other
    }
}

impl PartialEq<String> for Str {
    fn eq(&self, other: &String) -> bool {
        *self.resolve() == **other
    }
}

impl PartialEq<Str> for str {
    fn eq(&self, other: &Str) -> bool {
        *self == *other.resolve()
    }
}

impl PartialEq<Str> for &str {
    fn eq(&self, other: &Str) -> bool {
        **self == *other.resolve()
    }
}

impl PartialEq<Str> for String {
    fn eq(&self, other: &Str) -> bool {
        **self == *other.resolve()
    }
}

impl std::fmt::Display for Str {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.resolve())
    }
}

impl std::fmt::Debug for Str {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.resolve(), f)
    }
}

impl Serialize for Str {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.resolve())
    }
}

impl<'de> Deserialize<'de> for Str {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Str::from)
    }
}

/// A list of the data: owned when read from a file, borrowed from the statics in the app.
#[derive(Clone, PartialEq)]
pub struct List<T: Clone + 'static>(Cow<'static, [T]>);

impl<T: Clone> List<T> {
    pub const fn from_static(items: &'static [T]) -> Self {
        List(Cow::Borrowed(items))
    }
}

impl<T: Clone> Default for List<T> {
    fn default() -> Self {
        List(Cow::Owned(Vec::new()))
    }
}

impl<T: Clone> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> Self {
        List(Cow::Owned(items))
    }
}

impl<T: Clone> std::ops::Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

/// Changing a list (tests build broken catalogues) copies it first.
impl<T: Clone> std::ops::DerefMut for List<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        self.0.to_mut()
    }
}

impl<T: Clone> List<T> {
    pub fn to_mut(&mut self) -> &mut Vec<T> {
        self.0.to_mut()
    }
}

impl<'a, T: Clone> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: Clone + std::fmt::Debug> std::fmt::Debug for List<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.0.iter()).finish()
    }
}

impl<T: Clone + Serialize> Serialize for List<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: Clone + Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(deserializer).map(List::from)
    }
}

/// Reads the inner rule of a `when`. Data files are read once (by `build.rs` and by tests), so
/// the few rules read this way live as long as the program.
fn leaked_rule<'de, D: Deserializer<'de>>(deserializer: D) -> Result<&'static Rule, D::Error> {
    Ok(Box::leak(Box::new(Rule::deserialize(deserializer)?)))
}

/// A text in both languages of the app, written `{ zh = "…", en = "…" }` in the data files.
///
/// Kept as one string, the Chinese and the English joined by [`Text::SEPARATOR`]: in the app's
/// statics that is one reference instead of two for each of several hundred texts.
#[derive(Clone, PartialEq)]
pub struct Text {
    both: Str,
}

/// The two languages as the data files and the catalogue's JSON form write them.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TextParts<'a> {
    zh: std::borrow::Cow<'a, str>,
    en: std::borrow::Cow<'a, str>,
}

/// FNV-1a, 64 bits: the short, stable fingerprint of the rules (the report's stamp) and of the
/// deferred texts' file (its name), computed by build.rs and checked by the app.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// The texts only the report and the questions' help show (criteria's summaries, quotes and
/// notes, cited lists, notices, period notes), which the app can load after its first paint:
/// `Text::from_static("\u{1e}<n>")` or `Str::from_static("\u{1e}<n>")` stands for the n-th of
/// them. Set once, by [`Text::set_deferred`].
static DEFERRED: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();

impl Text {
    /// The unit separator: a control character no text of the data may contain.
    pub const SEPARATOR: char = '\u{1f}';
    /// Marks a deferred text (the record separator, which no text of the data may contain).
    pub const DEFERRED: char = '\u{1e}';

    /// Makes the deferred texts available: `all` is their list, each joined as [`Text::joined`].
    /// Returns `false` if they were set already.
    pub fn set_deferred(all: Vec<&'static str>) -> bool {
        DEFERRED.set(all).is_ok()
    }

    /// The n-th deferred text; empty while they are not loaded.
    pub fn deferred(n: usize) -> &'static str {
        DEFERRED.get().and_then(|all| all.get(n)).copied().unwrap_or("")
    }

    /// Whether the deferred texts are available.
    pub fn deferred_ready() -> bool {
        DEFERRED.get().is_some()
    }

    pub fn new(zh: &str, en: &str) -> Self {
        Text { both: format!("{zh}{}{en}", Self::SEPARATOR).into() }
    }

    /// `both` is `"中文\u{1f}English"` (as `build.rs` writes the statics).
    pub const fn from_static(both: &'static str) -> Self {
        Text { both: Str::from_static(both) }
    }

    /// The joined form, for `build.rs`.
    pub fn joined(&self) -> &str {
        &self.both
    }

    fn parts(&self) -> (&str, &str) {
        // A deferred text resolves through its `Str` (empty until the texts are loaded).
        let both = self.both.as_str();
        both.split_once(Self::SEPARATOR).unwrap_or((both, ""))
    }

    pub fn zh(&self) -> &str {
        self.parts().0
    }

    pub fn en(&self) -> &str {
        self.parts().1
    }

    pub fn get(&self, english: bool) -> &str {
        if english {
            self.en()
        } else {
            self.zh()
        }
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Text").field("zh", &self.zh()).field("en", &self.en()).finish()
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        TextParts { zh: self.zh().into(), en: self.en().into() }.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let parts = TextParts::deserialize(deserializer)?;
        if [Self::SEPARATOR, Self::DEFERRED].iter().any(|c| parts.zh.contains(*c) || parts.en.contains(*c)) {
            return Err(serde::de::Error::custom("a text may not contain the control characters U+001E and U+001F"));
        }
        Ok(Text::new(&parts.zh, &parts.en))
    }
}

/// Everything the app knows about the schemes: the shared facts and every scheme.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Catalogue {
    pub rules_version: Str,
    pub topics: List<Topic>,
    pub facts: List<FactDef>,
    pub schemes: List<Scheme>,
}

/// The file `facts.toml`: the catalogue of facts asked of the applicant.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FactFile {
    pub rules_version: Str,
    pub topics: List<Topic>,
    pub facts: List<FactDef>,
}

/// A group of questions (organisation, site and equipment, people, …).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: Str,
    pub name: Text,
}

/// One thing about the applicant, asked once and read by every scheme that needs it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FactDef {
    /// Stable id: part of the public profile file format.
    pub id: Str,
    pub topic: Str,
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
    pub options: List<Choice>,
    /// A follow-up question: asked only when this condition holds.
    #[serde(default)]
    pub ask_when: Option<Condition>,
    /// For a date: it cannot lie after the assessment date (registration, birth).
    #[serde(default)]
    pub not_in_future: bool,
    /// For a count that is part of another (qualified ≤ technical ≤ full-time): that other fact.
    #[serde(default)]
    pub not_above: Option<Str>,
    /// The question of where the applicant is (one fact at most): a scheme whose hard criterion
    /// on it fails does not take applicants from there, and the report shows it apart.
    #[serde(default)]
    pub region: bool,
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
    /// Organisations (家, 所); written `unit` in the data.
    #[serde(rename = "unit")]
    Organisation,
    Percent,
    Year,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: Str,
    pub label: Text,
}

/// When a follow-up question is asked, or when a conditional criterion applies.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub fact: Str,
    /// Holds when the fact has one of these values (choice ids, or `true`/`false`).
    #[serde(default)]
    pub any_of: List<Scalar>,
    /// Holds when the number is at least this.
    #[serde(default)]
    pub at_least: Option<f64>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
pub enum Scalar {
    Bool(bool),
    Text(Str),
}

/// One recognition, filing or selection measure.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scheme {
    pub id: Str,
    /// The official text in `docs/sources/`.
    pub source: Str,
    pub name: Text,
    pub short_name: Text,
    pub issuer: Text,
    #[serde(default)]
    pub document_number: Option<Str>,
    pub kind: SchemeKind,
    pub region: Text,
    pub applicants: Text,
    pub period: Period,
    pub criteria: List<Criterion>,
    #[serde(default)]
    pub process: List<Cited>,
    #[serde(default)]
    pub documents: List<Cited>,
    #[serde(default)]
    pub duties: List<Cited>,
    #[serde(default)]
    pub support: List<Cited>,
    #[serde(default)]
    pub performance: Option<PerformanceTable>,
    /// What the text says to applicants in a particular situation (a base approved under the old
    /// measures, …), shown when its condition holds.
    #[serde(default)]
    pub notices: List<Notice>,
}

/// A sentence of the text that concerns applicants in one situation.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    pub id: Str,
    pub when: Condition,
    pub citation: Text,
    pub quote: Str,
    /// What follows for the applicant, in plain words.
    pub summary: Text,
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
    pub quote: Str,
    /// What the text leaves open (shown to the applicant).
    #[serde(default)]
    pub note: Option<Text>,
    /// Other dates the text sets (a transition period, …).
    #[serde(default)]
    pub milestones: List<Milestone>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub date: NaiveDate,
    pub label: Text,
    pub citation: Text,
    pub quote: Str,
}

/// A sentence of the text with where it stands, for process steps, documents, duties, support.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Cited {
    pub citation: Text,
    /// Checked against the text when the app is built; empty in the app, which shows the summary.
    pub quote: Str,
    pub summary: Text,
}

/// One condition of a scheme.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: Str,
    pub citation: Text,
    /// The source sentence, verbatim (white space aside).
    pub quote: Str,
    pub summary: Text,
    #[serde(default)]
    pub strength: Strength,
    pub rule: Rule,
    /// Where the text is vague or silent, what the app does and why.
    #[serde(default)]
    pub note: Option<Text>,
    /// A note that speaks to some answers only is shown only when this condition holds on the
    /// answers…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note_when: Option<Condition>,
    /// …or unless it holds (shown while the fact it reads is not answered).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note_unless: Option<Condition>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// Must be met.
    #[default]
    Hard,
    /// "一般" — as a rule: a gap is a warning, not a bar.
    Soft,
    /// A duty of a recognised platform (运行管理), not a condition of the application: judged for
    /// information where the applicant can already tell, never part of the verdict.
    Duty,
}

/// How a criterion is judged.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    /// fact ≥ value (以上, 不低于, 不少于, 含).
    AtLeast { fact: Str, value: f64 },
    /// fact ≤ value (以下, 不超过, 以内).
    AtMost { fact: Str, value: f64 },
    /// part / whole ≥ percent % (含).
    ShareAtLeast { part: Str, whole: Str, percent: f64 },
    /// part / whole ≤ percent % (不超过).
    ShareAtMost { part: Str, whole: Str, percent: f64 },
    /// At least `years` whole years since the date (满N年): met from the anniversary on.
    YearsSince { fact: Str, years: u32 },
    /// Not within `years` years of the date (N年内不得…): the period starts the day after the date
    /// and ends on its anniversary, which it includes; met from the day after the anniversary.
    BanYears { fact: Str, years: u32 },
    /// Completed years of age ≤ `years` (不超过N周岁).
    AgeAtMost { fact: Str, years: u32 },
    /// No listed incident within the last `years` years (近N年内未发生…).
    NoIncidentWithin { fact: Str, years: u32, clauses: List<IncidentClause> },
    /// The fact is yes (a plain fact the applicant knows).
    IsTrue { fact: Str },
    /// The fact is no.
    IsFalse { fact: Str },
    /// A quality the applicant asserts; met only as "declared", it needs evidence.
    Declared { fact: Str },
    /// The choice is one of these options.
    OneOf { fact: Str, options: List<Str> },
    /// Any one of the alternatives.
    AnyOf { rules: List<Rule> },
    /// All of the parts.
    AllOf { rules: List<Rule> },
    /// Applies only when the condition holds; otherwise not applicable.
    When {
        condition: Condition,
        #[serde(deserialize_with = "leaked_rule")]
        rule: &'static Rule,
    },
}

/// Which incidents count against a window.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct IncidentClause {
    pub kinds: List<IncidentKind>,
    pub severities: List<Severity>,
}

/// Reads a unit variant written as its name, giving its place in `names`: one function for all
/// the enums of names that stored answers hold (serde's derive writes a visitor for each, which
/// the wasm carries).
pub fn variant_index<'de, D: Deserializer<'de>>(d: D, names: &'static [&'static str]) -> Result<usize, D::Error> {
    let name = String::deserialize(d)?;
    names.iter().position(|n| *n == name).ok_or_else(|| serde::de::Error::unknown_variant(&name, names))
}

/// `Deserialize` through [`variant_index`], for an enum whose variants and names are listed
/// (the same names as its `Serialize`).
#[macro_export]
macro_rules! deserialize_by_name {
    ($ty:ident { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl $ty {
            /// Every variant, in the order of [`Self::NAMES`].
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];
            /// The names the variants are written as.
            pub const NAMES: &'static [&'static str] = &[$($name),+];

            /// The name this variant is written as.
            pub fn name(self) -> &'static str {
                Self::NAMES[Self::ALL.iter().position(|v| *v == self).unwrap_or(0)]
            }

            /// The variant written as `name`.
            pub fn from_name(name: &str) -> Option<Self> {
                Self::NAMES.iter().position(|n| *n == name).map(|i| Self::ALL[i])
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                variant_index(d, Self::NAMES).map(|i| Self::ALL[i])
            }
        }
    };
}

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum IncidentKind {
    /// 生产安全事故
    Safety,
    /// 质量事故
    Quality,
    /// 环境违法行为 / 环境问题
    Environment,
}

deserialize_by_name!(IncidentKind { Safety = "safety", Quality = "quality", Environment = "environment" });

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
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

deserialize_by_name!(Severity { General = "general", Larger = "larger", Major = "major", Extraordinary = "extraordinary", Serious = "serious" });

/// A weighted score table (Shaoxing's 绩效评价指标体系).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PerformanceTable {
    /// The title of the table's step in the walk and of its part of the report ("绩效自评（绍兴）").
    pub title: Text,
    /// What the applicant is asked to do on that step, in the words of this table's text.
    pub hint: Text,
    pub citation: Text,
    /// Points of the main indicators together (100).
    pub total: u32,
    /// Points of the bonus indicators together (10).
    pub bonus: u32,
    pub indicators: List<Indicator>,
    /// What the text leaves open: no formula, relative tiers.
    pub note: Text,
    /// Where the tier rule stands, and the rule as quoted (优秀 about 30 %).
    pub tier_citation: Text,
    pub tier_quote: Str,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: Str,
    pub group: Text,
    pub name: Text,
    #[serde(default)]
    pub unit: Option<Unit>,
    pub weight: u32,
    #[serde(default)]
    pub bonus: bool,
    pub evidence: Text,
    pub quote: Str,
}
