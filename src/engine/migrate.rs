//! Profiles written by earlier format versions, brought to the current one.
//!
//! Fact ids are part of the public formats (docs/profile-format.md). When a fact is split or its
//! meaning narrowed, the format version goes up and an old answer is carried over only where it
//! still answers the new question; otherwise it becomes "not known yet", never a wrong yes.
//!
//! Version 3 keys self-ratings by scheme and indicator (`"shaoxing-pilot-base/service-income"`)
//! instead of by indicator alone; [`upgrade_score_keys`] carries every old rating over.
//!
//! Version 4 adds the working plan ([`super::Profile::plan`]); earlier versions have none, so
//! they read as they are with an empty plan.

use super::FactValue;
use super::IdMap;
use crate::schemes::Catalogue;

/// The format version of profiles, drafts, report files and share links written by this app.
pub const FORMAT_VERSION: u32 = 4;

/// Version 1's facts that version 2 no longer has, with their kind (share links write bare
/// values, so a reader needs the kind to read them before they are carried over).
pub const V1_REMOVED: &[(&str, crate::schemes::FactKind)] = &[
    ("operating_normally", crate::schemes::FactKind::YesNo),
    ("no_serious_violation", crate::schemes::FactKind::YesNo),
    ("dedicated_site", crate::schemes::FactKind::YesNo),
    ("partnership_agreement", crate::schemes::FactKind::YesNo),
];

/// One step of the way from version 1 to 2: what an old answer says under the new questions.
fn from_v1(facts: &mut IdMap<FactValue>) -> usize {
    let mut dropped = 0;
    let yes_no = |facts: &IdMap<FactValue>, id: &str| match facts.get(id) {
        Some(FactValue::YesNo(b)) => Some(*b),
        _ => None,
    };
    let set = |facts: &mut IdMap<FactValue>, id: &str, value: bool| {
        if !facts.contains_key(id) {
            facts.insert(id.to_string(), FactValue::YesNo(value));
        }
    };
    // "注册以来一直正常经营": yes means operating normally since the registration date.
    match (facts.remove("operating_normally"), facts.get("registration_date").cloned()) {
        (Some(FactValue::YesNo(true)), Some(FactValue::Date(d))) if !facts.contains_key("operating_normally_since") => {
            facts.insert("operating_normally_since".into(), FactValue::Date(d));
        }
        (Some(_), _) => dropped += 1,
        (None, _) => {}
    }
    // "近三年没有严重违法失信行为": a no (there was serious misconduct within three years) means
    // there was misconduct, ever and within three years; a yes tells neither new question.
    match facts.remove("no_serious_violation") {
        Some(FactValue::YesNo(false)) => {
            set(facts, "no_serious_misconduct", false);
            set(facts, "no_misconduct_3y", false);
        }
        Some(_) => dropped += 1,
        None => {}
    }
    // Questions that asked several things at once: a yes is a yes to each part, a no cannot tell
    // which part failed.
    let mut split = |facts: &mut IdMap<FactValue>, old: &str, parts: &[&str]| match facts.remove(old) {
        Some(FactValue::YesNo(true)) => parts.iter().for_each(|id| set(facts, id, true)),
        Some(_) => dropped += 1,
        None => {}
    };
    // "有独立、集中的固定场地"
    split(facts, "dedicated_site", &["site_fixed", "site_independent", "site_concentrated"]);
    // "全部依托单位已签署明确责权利、明确牵头单位的合作（共建）协议"
    split(facts, "partnership_agreement", &["lead_unit_agreement", "cobuild_agreement"]);
    // Narrowed questions: the old yes covered more than the new one asks; an old no may have
    // failed on a part the new question no longer asks.
    match yes_no(facts, "team_structure_sound") {
        // "管理和专业技术队伍结构合理（含年龄结构）"
        Some(true) => set(facts, "team_age_structure_sound", true),
        Some(false) => {
            facts.remove("team_structure_sound");
            dropped += 1;
        }
        None => {}
    }
    // "研究方向相对集中、研究实力较强，有明确的目标定位和发展规划"
    if yes_no(facts, "research_strength") == Some(false) {
        facts.remove("research_strength");
        dropped += 1;
    }
    // "固定研发团队" (able to write pilot plans…): a fixed team that can is a team that can.
    if yes_no(facts, "fixed_rd_team") == Some(true) {
        set(facts, "rd_team", true);
    }
    // The committee questions are asked only of an applicant that has a committee.
    if !facts.contains_key("has_expert_committee") {
        if let Some(FactValue::Number(n)) = facts.get("expert_committee_size") {
            let has = *n > 0.0;
            facts.insert("has_expert_committee".into(), FactValue::YesNo(has));
        }
    }
    dropped
}

/// Brings the facts of a profile written by format `from` to the current version, in place.
/// Call it before the profile is checked against the catalogue (`Profile::sanitize`), which
/// drops ids the catalogue no longer has. Returns how many answers became "not known yet".
pub fn upgrade_facts(facts: &mut IdMap<FactValue>, from: u32) -> usize {
    let mut dropped = 0;
    if from < 2 {
        dropped += from_v1(facts);
    }
    dropped
}

/// Brings the keys of self-ratings written by format `from` to the current version, in place.
///
/// Up to version 2 a rating was keyed by its indicator's id alone, in one map shared by every
/// table: it was the rating of that indicator in each table that had one of that id. So it
/// becomes the rating of each such table's indicator, `"<scheme>/<indicator>"`; nothing is lost.
/// A key that no table has is left as it was, for `Profile::sanitize` to drop as version 2
/// did. `prefix` is what stands before the rating's key (`""` in a profile; a draft's change
/// marks write `"s:"`); keys without it are not touched.
pub fn upgrade_score_keys(keys: &mut IdMap<f64>, from: u32, catalogue: &Catalogue, prefix: &str) {
    if from >= 3 {
        return;
    }
    let old = keys.clone();
    for (key, value) in &old {
        let Some(indicator) = key.strip_prefix(prefix) else { continue };
        for scheme in catalogue.schemes.iter() {
            if scheme.performance.as_ref().is_some_and(|t| t.indicators.iter().any(|i| i.id == indicator)) {
                // The old key goes once a table takes its rating (a new key always has a '/').
                keys.remove(key);
                keys.insert(format!("{prefix}{}", super::score_key(&scheme.id, indicator)), *value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn facts(list: &[(&str, FactValue)]) -> IdMap<FactValue> {
        let mut m = IdMap::new();
        for (k, v) in list {
            m.insert(k.to_string(), v.clone());
        }
        m
    }

    #[test]
    fn an_old_yes_is_carried_over_only_where_it_answers_the_new_question() {
        let reg = FactValue::Date(NaiveDate::from_ymd_opt(2020, 5, 1).unwrap());
        let mut f = facts(&[
            ("registration_date", reg.clone()),
            ("operating_normally", FactValue::YesNo(true)),
            ("dedicated_site", FactValue::YesNo(true)),
            ("partnership_agreement", FactValue::YesNo(true)),
            ("no_serious_violation", FactValue::YesNo(true)),
            ("team_structure_sound", FactValue::YesNo(true)),
            ("fixed_rd_team", FactValue::YesNo(true)),
            ("expert_committee_size", FactValue::Number(7.0)),
        ]);
        assert_eq!(upgrade_facts(&mut f, 1), 1, "only the misconduct answer is lost: it tells neither new question");
        assert_eq!(f.get("operating_normally_since"), Some(&reg));
        for id in [
            "site_fixed",
            "site_independent",
            "site_concentrated",
            "lead_unit_agreement",
            "cobuild_agreement",
            "team_age_structure_sound",
            "rd_team",
            "has_expert_committee",
        ] {
            assert_eq!(f.get(id), Some(&FactValue::YesNo(true)), "{id}");
        }
        for id in [
            "operating_normally",
            "dedicated_site",
            "partnership_agreement",
            "no_serious_violation",
            "no_serious_misconduct",
            "no_misconduct_3y",
        ] {
            assert!(!f.contains_key(id), "{id}");
        }
    }

    #[test]
    fn an_old_no_never_becomes_a_yes() {
        let mut f = facts(&[
            ("operating_normally", FactValue::YesNo(false)),
            ("dedicated_site", FactValue::YesNo(false)),
            ("partnership_agreement", FactValue::YesNo(false)),
            ("no_serious_violation", FactValue::YesNo(false)),
            ("team_structure_sound", FactValue::YesNo(false)),
            ("research_strength", FactValue::YesNo(false)),
            ("expert_committee_size", FactValue::Number(0.0)),
        ]);
        assert_eq!(upgrade_facts(&mut f, 1), 5);
        // Misconduct within three years was misconduct, ever and within three years.
        assert_eq!(f.get("no_serious_misconduct"), Some(&FactValue::YesNo(false)));
        assert_eq!(f.get("no_misconduct_3y"), Some(&FactValue::YesNo(false)));
        assert_eq!(f.get("has_expert_committee"), Some(&FactValue::YesNo(false)));
        for id in [
            "operating_normally_since",
            "site_fixed",
            "site_independent",
            "lead_unit_agreement",
            "team_structure_sound",
            "research_strength",
        ] {
            assert!(!f.contains_key(id), "{id} is not known yet");
        }
    }

    #[test]
    fn a_current_profile_is_left_as_it_is() {
        let mut f = facts(&[("team_structure_sound", FactValue::YesNo(false)), ("site_fixed", FactValue::YesNo(true))]);
        let before = f.clone();
        assert_eq!(upgrade_facts(&mut f, FORMAT_VERSION), 0);
        assert_eq!(f, before);
    }
}
