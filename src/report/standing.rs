//! Which scheme is closest: the order in which the report shows the schemes, and the counts it
//! states for each instead of a percentage.
//!
//! A scheme that does not take applicants from the applicant's region (a hard criterion on the
//! region question fails) or whose measure is not in force is shown apart, last, with its reason
//! and without counts; the others are ordered by how close they are: ready first, then ready
//! from a later day, then by the number of hard criteria not met, waiting for a day, to answer
//! and to prove, in that order. Equal schemes keep the catalogue's order.

use crate::engine::{rule_facts, Assessment, Counts, SchemeAssessment, Status, Verdict};
use crate::i18n::{Lang, Msg};
use crate::schemes::Catalogue;

/// Where a scheme stands for this applicant, before any count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// The applicant can work towards it.
    Open,
    /// It does not take applicants from the applicant's region.
    OutsideRegion,
    /// Its measure is not in force on the assessment date.
    NotInForce,
}

/// Where the scheme stands: not in force, outside the applicant's region, or open.
pub fn standing(s: &SchemeAssessment, catalogue: &Catalogue) -> Standing {
    if s.verdict == Verdict::NotInForce {
        return Standing::NotInForce;
    }
    let Some(scheme) = catalogue.scheme(&s.scheme) else { return Standing::Open };
    let on_region = |criterion: &str| {
        scheme.criteria.iter().find(|c| c.id == criterion).is_some_and(|c| {
            let mut facts = Vec::new();
            rule_facts(&c.rule, &mut facts);
            facts.iter().any(|f| catalogue.fact(f).is_some_and(|d| d.region))
        })
    };
    if s.outcomes.iter().any(|o| o.is_hard() && o.status == Status::NotMet && on_region(&o.criterion)) {
        Standing::OutsideRegion
    } else {
        Standing::Open
    }
}

/// The assessment's schemes, closest first, each with where it stands.
pub fn closest_first<'a>(assessment: &'a Assessment, catalogue: &Catalogue) -> Vec<(&'a SchemeAssessment, Standing)> {
    let mut order: Vec<(&SchemeAssessment, Standing)> =
        assessment.schemes.iter().map(|s| (s, standing(s, catalogue))).collect();
    let key = |(s, standing): &(&SchemeAssessment, Standing)| {
        let apart = match standing {
            Standing::Open => 0,
            Standing::OutsideRegion => 1,
            Standing::NotInForce => 2,
        };
        let verdict = match s.verdict {
            Verdict::Ready => 0,
            Verdict::NotYet { .. } => 1,
            _ => 2,
        };
        let c = s.counts();
        (apart, verdict, c.unmet, c.waiting, c.unknown, c.declared)
    };
    crate::lean::sort::sort_by(&mut order, |a, b| key(a).cmp(&key(b)));
    order
}

/// The counts in words, the parts that are not zero: "2 项不满足 · 3 项待补充 · 7 项需提供证明".
/// With every hard criterion met and nothing to prove, "均已满足".
pub fn counts_text(c: &Counts, lang: Lang) -> String {
    let parts: Vec<String> = [
        (c.unmet, Msg::CountUnmet),
        (c.waiting, Msg::CountWaiting),
        (c.unknown, Msg::CountUnknown),
        (c.declared, Msg::CountDeclared),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, msg)| msg.text(lang).replace("{}", &n.to_string()))
    .collect();
    if parts.is_empty() {
        Msg::CountAllMet.text(lang).to_string()
    } else {
        parts.join(" · ")
    }
}

/// A scheme's verdict as the report shows it: a scheme of another region says so in grey instead
/// of "尚有差距", since no work of the applicant closes that gap.
pub fn verdict_text(s: &SchemeAssessment, standing: Standing, lang: Lang) -> String {
    match standing {
        Standing::OutsideRegion => Msg::VerdictOutsideRegion.text(lang).to_string(),
        _ => super::text::verdict(&s.verdict, lang),
    }
}

/// The line under a scheme's verdict: "硬性条件：2 项不满足 · 3 项待补充", or the reason it stands
/// apart.
pub fn standing_text(s: &SchemeAssessment, standing: Standing, lang: Lang) -> String {
    match standing {
        Standing::Open => format!("{}{}", Msg::HardCriteria.text(lang), counts_text(&s.counts(), lang)),
        Standing::OutsideRegion => Msg::StandingOutsideRegion.text(lang).to_string(),
        Standing::NotInForce => Msg::StandingNotInForce.text(lang).to_string(),
    }
}

/// The report's first sentence: the closest scheme and what stands between the applicant and
/// it ("最接近：绍兴中试基地——1 项不满足 · 3 项待补充"), or that none is open.
pub fn closest_text(order: &[(&SchemeAssessment, Standing)], catalogue: &Catalogue, lang: Lang) -> String {
    let open = order.iter().find(|(_, standing)| *standing == Standing::Open);
    match open.and_then(|(s, _)| catalogue.scheme(&s.scheme).map(|scheme| (s, scheme))) {
        Some((s, scheme)) => Msg::Closest.text(lang).replacen("{}", scheme.short_name.get(lang.is_en()), 1).replacen(
            "{}",
            &counts_text(&s.counts(), lang),
            1,
        ),
        None => Msg::NoneOpen.text(lang).to_string(),
    }
}

/// The region question's fact, if the catalogue has one (facts.toml `region = true`).
pub fn region_fact(catalogue: &Catalogue) -> Option<&crate::schemes::FactDef> {
    catalogue.facts.iter().find(|f| f.region)
}

/// Where each scheme stands for an applicant from `region` (an option of the region question),
/// judged on `today` with nothing else known: what the start page preselects and explains.
pub fn for_region<'a>(
    catalogue: &'a Catalogue,
    region: &str,
    today: chrono::NaiveDate,
) -> Vec<(&'a crate::schemes::Scheme, Standing)> {
    let mut profile = crate::engine::Profile::new(today);
    if let Some(fact) = region_fact(catalogue) {
        profile.facts.insert(fact.id.to_string(), crate::engine::FactValue::Choice(region.to_string()));
    }
    catalogue.schemes.iter().map(|s| (s, standing(&crate::engine::assess_scheme(s, &profile), catalogue))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{assess, FactValue, Profile};
    use crate::schemes::catalogue;
    use chrono::NaiveDate;

    fn profile(location: &str) -> Profile {
        let mut p = Profile::new(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        p.facts.insert("location".into(), FactValue::Choice(location.into()));
        p
    }

    #[test]
    fn a_scheme_of_another_region_stands_apart_after_the_open_ones() {
        let a = assess(catalogue(), &profile("shaoxing"), &[]);
        let order = closest_first(&a, catalogue());
        let standing_of = |id: &str| order.iter().find(|(s, _)| s.scheme == id).unwrap().1;
        assert_eq!(standing_of("shaoxing-pilot-base"), Standing::Open);
        // The centre requires registration in Yangquan (第九条（一）): a hard criterion on the region.
        assert_eq!(standing_of("yangquan-innovation-centre-2025"), Standing::OutsideRegion);
        let ranks: Vec<u8> = order
            .iter()
            .map(|(_, s)| match s {
                Standing::Open => 0,
                Standing::OutsideRegion => 1,
                Standing::NotInForce => 2,
            })
            .collect();
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "open, then other regions, then not in force: {ranks:?}");
        let position = |id: &str| order.iter().position(|(s, _)| s.scheme == id).unwrap();
        assert!(position("shaoxing-pilot-base") < position("yangquan-innovation-centre-2025"));
        // 广西 takes applicants from elsewhere too (“主要依托区内” is a principle, not a condition).
        assert_eq!(standing_of("guangxi-pilot-base-2021"), Standing::Open);
    }

    #[test]
    fn an_expired_measure_is_not_in_force_and_last() {
        let a = assess(catalogue(), &profile("yangquan"), &[]);
        let order = closest_first(&a, catalogue());
        let (last, standing) = order.last().unwrap();
        assert_eq!(last.verdict, Verdict::NotInForce);
        assert_eq!(*standing, Standing::NotInForce);
    }

    #[test]
    fn open_schemes_are_ordered_by_what_stands_in_the_way() {
        let a = assess(catalogue(), &profile("yangquan"), &[]);
        let order = closest_first(&a, catalogue());
        let open: Vec<Counts> = order.iter().filter(|(_, s)| *s == Standing::Open).map(|(s, _)| s.counts()).collect();
        assert!(open.len() >= 2, "a Yangquan applicant has more than one open scheme");
        let keys: Vec<_> = open.iter().map(|c| (c.unmet, c.waiting, c.unknown, c.declared)).collect();
        // Every open scheme here has gaps (nothing else is answered), so the counts decide.
        assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
    }

    #[test]
    fn a_hard_bar_is_never_hidden_behind_a_share() {
        // A director over the age limit: the centre's verdict is gaps, and the count says so
        // however many other criteria are met.
        let mut p = profile("yangquan");
        p.facts.insert("director_birth_date".into(), FactValue::Date(NaiveDate::from_ymd_opt(1950, 1, 1).unwrap()));
        let a = assess(catalogue(), &p, &["yangquan-innovation-centre-2025".into()]);
        let c = a.schemes[0].counts();
        assert!(c.unmet >= 1, "{c:?}");
        let text = counts_text(&c, Lang::Zh);
        assert!(text.contains(&format!("{} 项不满足", c.unmet)), "{text}");
    }

    #[test]
    fn each_region_opens_its_own_schemes() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let open = |region: &str| -> Vec<String> {
            for_region(catalogue(), region, today)
                .into_iter()
                .filter(|(_, st)| *st == Standing::Open)
                .map(|(s, _)| s.id.to_string())
                .collect()
        };
        assert!(open("shaoxing").contains(&"shaoxing-pilot-base".to_string()));
        assert!(!open("shaoxing").contains(&"bingtuan-pilot-base".to_string()));
        assert!(open("bingtuan").contains(&"bingtuan-pilot-base".to_string()));
        assert!(open("yangquan").contains(&"yangquan-innovation-centre-2025".to_string()));
        assert!(!open("elsewhere").contains(&"yangquan-innovation-centre-2025".to_string()));
        // Every option of the region question is an answer the schemes can be judged on.
        let fact = region_fact(catalogue()).expect("the catalogue marks its region question");
        for option in fact.options.iter() {
            assert_eq!(for_region(catalogue(), &option.id, today).len(), catalogue().schemes.len());
        }
        // An expired measure is not in force for anyone.
        assert!(for_region(catalogue(), "yangquan", today)
            .iter()
            .any(|(s, st)| s.id == "yangquan-pilot-base-2022" && *st == Standing::NotInForce));
    }

    #[test]
    fn counts_are_written_in_both_languages_without_zero_parts() {
        let c = Counts { unmet: 1, waiting: 0, unknown: 3, declared: 7, met: 4 };
        assert_eq!(counts_text(&c, Lang::Zh), "1 项不满足 · 3 项待补充 · 7 项需提供证明");
        assert_eq!(counts_text(&c, Lang::En), "1 not met · 3 to answer · 7 to prove");
        assert_eq!(counts_text(&Counts { met: 5, ..Counts::default() }, Lang::Zh), "均已满足");
    }

    #[test]
    fn the_first_sentence_names_the_closest_open_scheme() {
        let a = assess(catalogue(), &profile("shaoxing"), &[]);
        let order = closest_first(&a, catalogue());
        let zh = closest_text(&order, catalogue(), Lang::Zh);
        let first = catalogue().scheme(&order[0].0.scheme).unwrap();
        assert_eq!(order[0].1, Standing::Open);
        let name = first.short_name.get(false);
        assert!(zh.starts_with(&format!("最接近：{name}——")), "{zh}");
        let none = assess(catalogue(), &profile("elsewhere"), &["shaoxing-pilot-base".into()]);
        let order = closest_first(&none, catalogue());
        assert_eq!(order[0].1, Standing::OutsideRegion);
        assert_eq!(closest_text(&order, catalogue(), Lang::En), Msg::NoneOpen.text(Lang::En));
    }
}
