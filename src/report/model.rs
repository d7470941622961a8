//! The report: a frozen copy of profile, outcomes and verdicts with the stamp of the rules that
//! judged them. This is also the downloadable JSON file (docs/report-format.md).

use crate::engine::{assess, Assessment, Profile};
use crate::envelope::{open_versioned, seal, ReadError};
use crate::schemes::{catalogue, RULES_VERSION};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub const REPORT_FORMAT: &str = "platform-readiness/report";
pub const REPORT_VERSION: u32 = crate::engine::migrate::FORMAT_VERSION;
/// A report file is a few tens of kilobytes; anything over this is refused unread.
pub use crate::engine::profile::MAX_FILE_BYTES;

/// Which rules judged a report: printed on every copy.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Stamp {
    #[serde(with = "crate::lean::date::iso")]
    pub assessed_on: NaiveDate,
    pub app_version: String,
    pub rules_version: String,
    pub rules_hash: String,
}

impl Stamp {
    pub fn current(assessed_on: NaiveDate) -> Self {
        Stamp {
            assessed_on,
            app_version: env!("CARGO_PKG_VERSION").into(),
            rules_version: RULES_VERSION.into(),
            rules_hash: crate::schemes::rules_hash().into(),
        }
    }

    /// Whether this report was judged by the rules built into this app.
    pub fn is_current(&self) -> bool {
        self.rules_hash == crate::schemes::rules_hash()
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Report {
    /// Local id, unique in this browser.
    pub id: String,
    /// The applicant's name for it (organisation, "what if +500 m²", …).
    pub name: String,
    pub stamp: Stamp,
    pub schemes: Vec<String>,
    pub profile: Profile,
    /// Never read from a file or from storage: [`Report::from_json`] judges the profile again.
    #[serde(skip_deserializing, default = "unjudged")]
    pub assessment: Assessment,
}

fn unjudged() -> Assessment {
    Assessment { assessed_on: NaiveDate::MIN, schemes: Vec::new() }
}

impl Report {
    /// Judges the profile now and freezes the result.
    pub fn new(id: String, name: String, schemes: Vec<String>, profile: Profile) -> Self {
        let assessment = assess(catalogue(), &profile, &schemes);
        Report { id, name, stamp: Stamp::current(profile.assessed_on), schemes, profile, assessment }
    }

    pub fn to_json(&self) -> String {
        seal(self, REPORT_FORMAT, REPORT_VERSION)
    }

    /// Reads a report file: checks its format and version, then re-judges the profile so that
    /// outcomes never come from the file itself (a forged outcome cannot show).
    pub fn from_json(text: &str) -> Result<Report, ReadError> {
        use crate::engine::profile::{MAX_INCIDENTS, MAX_NAME_CHARS};
        if text.len() > MAX_FILE_BYTES {
            return Err(ReadError::TooLarge);
        }
        let (mut report, found): (Report, u32) = open_versioned(text, REPORT_FORMAT, REPORT_VERSION)?;
        // The limits the app enforces where data is entered refuse a file, never drop part of it.
        if report
            .profile
            .facts
            .iter()
            .any(|(_, v)| matches!(v, crate::engine::FactValue::Incidents(l) if l.len() > MAX_INCIDENTS))
        {
            return Err(ReadError::TooManyIncidents);
        }
        if report.name.chars().count() > MAX_NAME_CHARS {
            return Err(ReadError::NameTooLong);
        }
        if found < REPORT_VERSION {
            crate::engine::migrate::upgrade_facts(&mut report.profile.facts, found);
            crate::engine::migrate::upgrade_score_keys(&mut report.profile.scores, found, catalogue(), "");
        }
        // Known schemes only, each once (a forged file may repeat one anywhere in the list).
        let mut schemes: Vec<String> = Vec::new();
        for id in std::mem::take(&mut report.schemes) {
            if catalogue().scheme(&id).is_some() && !schemes.contains(&id) {
                schemes.push(id);
            }
        }
        report.schemes = schemes;
        if report.schemes.is_empty() {
            return Err(ReadError::Unreadable);
        }
        report.profile.sanitize(catalogue());
        // The stamp is shown on every copy: its date is the profile's (as `Report::new` makes
        // it), never a date the file could forge; its texts are short identifiers.
        report.stamp.assessed_on = report.profile.assessed_on;
        for text in [&mut report.stamp.app_version, &mut report.stamp.rules_version, &mut report.stamp.rules_hash] {
            *text = text.chars().take(64).collect();
        }
        report.assessment = assess(catalogue(), &report.profile, &report.schemes);
        Ok(report)
    }

    /// A file name with the organisation and the date: "科创平台自评-某公司-2026-11-23".
    pub fn file_stem(&self) -> String {
        // Every character a file system accepts in a name: Chinese names and their （） stay;
        // separators, wildcards, quotes, dots, spaces and control characters go.
        let name: String = self
            .name
            .chars()
            .filter(|c| !c.is_control() && !c.is_whitespace() && !r#"\/:*?"<>|.'`"#.contains(*c))
            .take(40)
            .collect();
        let name = if name.is_empty() { "report".to_string() } else { name };
        format!("platform-readiness-{name}-{}", self.stamp.assessed_on)
    }
}

/// What an applicant should do next about one criterion.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// A hard criterion is not met and waiting does not change that: 必须解决.
    CloseGap,
    /// A hard criterion is met only from a later day (a time rule): 等待至某日.
    Wait,
    /// An answer is missing and could change the verdict: 待补充回答.
    Answer,
    /// A declaration needs evidence: 备齐证明材料.
    Evidence,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Action {
    pub kind: ActionKind,
    pub scheme: String,
    pub criterion: String,
}

/// The action list, grouped by scheme, the closest scheme first (`standing::closest_first`);
/// within a scheme, what to do in this order: close a hard gap, wait for a day, answer, give
/// evidence (answers and evidence for soft criteria too, which the application is read against). Schemes that are not in force or do not take applicants from the applicant's
/// region are left out: nothing the applicant does changes them.
pub fn actions(assessment: &Assessment) -> Vec<Action> {
    use super::standing::{closest_first, Standing};
    use crate::engine::Status;
    let mut list = Vec::new();
    for (s, _) in closest_first(assessment, catalogue()).into_iter().filter(|(_, st)| *st == Standing::Open) {
        let mut of_scheme: Vec<Action> = s
            .outcomes
            .iter()
            .filter(|o| !o.duty)
            .filter_map(|o| {
                let kind = match o.status {
                    // A soft rule that fails does not bar the application: nothing to solve.
                    Status::NotMet if o.soft => return None,
                    Status::NotMet if o.met_from.is_some() => ActionKind::Wait,
                    Status::NotMet => ActionKind::CloseGap,
                    Status::Unknown => ActionKind::Answer,
                    Status::Declared => ActionKind::Evidence,
                    Status::Met | Status::NotApplicable => return None,
                };
                Some(Action { kind, scheme: s.scheme.clone(), criterion: o.criterion.clone() })
            })
            .collect();
        crate::lean::sort::sort_by(&mut of_scheme, |a, b| a.kind.cmp(&b.kind));
        list.extend(of_scheme);
    }
    list
}

/// The criteria of each chosen scheme grouped by the topic of the facts they read, so the same
/// subject can be read side by side (equipment ≥ 500万 for one scheme, ≥ 700万 for another).
#[derive(Clone, Debug, PartialEq)]
pub struct TopicRow {
    pub topic: String,
    /// Per chosen scheme (in the report's order): the criterion ids of this topic.
    pub cells: Vec<Vec<String>>,
}

pub fn compare_by_topic(schemes: &[String]) -> Vec<TopicRow> {
    let cat = catalogue();
    let topic_of = |c: &crate::schemes::Criterion| {
        let mut facts = Vec::new();
        crate::engine::rule_facts(&c.rule, &mut facts);
        // A conditional rule's own fact says more about its subject than its condition.
        let main =
            if let crate::schemes::Rule::When { .. } = c.rule { facts.get(1).or(facts.first()) } else { facts.first() };
        main.and_then(|f| cat.fact(f)).map(|f| f.topic.clone()).unwrap_or_default()
    };
    cat.topics
        .iter()
        .map(|t| TopicRow {
            topic: t.id.to_string(),
            cells: schemes
                .iter()
                .map(|id| {
                    cat.scheme(id)
                        .map(|s| s.criteria.iter().filter(|c| topic_of(c) == t.id).map(|c| c.id.to_string()).collect())
                        .unwrap_or_default()
                })
                .collect(),
        })
        .filter(|row| row.cells.iter().any(|c| !c.is_empty()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equipment_thresholds_of_two_schemes_share_a_row() {
        let ids = vec!["bingtuan-pilot-base".to_string(), "yangquan-innovation-centre-2025".to_string()];
        let rows = compare_by_topic(&ids);
        let site = rows.iter().find(|r| r.topic == "site").expect("a site row");
        assert!(site.cells[0].iter().any(|c| c == "art7-3-equipment"), "{:?}", site.cells[0]);
        assert!(!site.cells[1].is_empty());
        // Every criterion lands in exactly one row.
        for (i, id) in ids.iter().enumerate() {
            let total: usize = rows.iter().map(|r| r.cells[i].len()).sum();
            assert_eq!(total, catalogue().scheme(id).unwrap().criteria.len());
        }
    }

    #[test]
    fn actions_come_scheme_by_scheme_closest_first_each_in_the_order_of_what_to_do() {
        use crate::engine::{assess, FactValue, Profile};
        use crate::report::standing::{closest_first, Standing};
        let day = |s: &str| crate::lean::date::parse_iso(s).unwrap();
        let mut p = Profile::new(day("2026-12-01"));
        p.facts.insert("location".into(), FactValue::Choice("bingtuan".into()));
        // Registered a year ago: 兵团 第七条（二） 满 2 年 holds from 2027-06-01.
        p.facts.insert("registration_date".into(), FactValue::Date(day("2025-06-01")));
        p.facts.insert("operating_normally_since".into(), FactValue::Date(day("2025-06-01")));
        p.facts.insert("pilot_site_area".into(), FactValue::Number(10.0));
        let a = assess(catalogue(), &p, &[]);
        let list = actions(&a);
        let open: Vec<&str> = closest_first(&a, catalogue())
            .into_iter()
            .filter(|(_, st)| *st == Standing::Open)
            .map(|(s, _)| s.scheme.as_str())
            .collect();
        // The schemes in the list, in the order they first appear, are the open ones, closest first.
        let mut seen: Vec<&str> = Vec::new();
        for a in &list {
            if seen.last() != Some(&a.scheme.as_str()) {
                assert!(!seen.contains(&a.scheme.as_str()), "{} comes in one group", a.scheme);
                seen.push(&a.scheme);
            }
        }
        assert_eq!(seen, open.iter().filter(|id| list.iter().any(|a| a.scheme == **id)).copied().collect::<Vec<_>>());
        assert!(!seen.contains(&"shaoxing-pilot-base"), "a scheme of another region has no actions");
        for group in list.chunk_by(|a, b| a.scheme == b.scheme) {
            assert!(group.windows(2).all(|w| w[0].kind <= w[1].kind), "{group:?}");
        }
        let wait = list.iter().find(|a| a.scheme == "bingtuan-pilot-base" && a.criterion == "art7-2-two-years");
        assert_eq!(wait.map(|a| a.kind), Some(ActionKind::Wait), "the two years are waited for, not solved");
        let outcome = |scheme: &str, criterion: &str| {
            a.scheme(scheme).unwrap().outcomes.iter().find(|o| o.criterion == criterion).unwrap().clone()
        };
        for act in list.iter().filter(|a| a.kind == ActionKind::CloseGap) {
            let o = outcome(&act.scheme, &act.criterion);
            assert!(o.is_hard() && o.met_from.is_none(), "{act:?}");
        }
    }
}
