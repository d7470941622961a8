//! Plain words for the engine's outcomes, in zh-CN or English.

use crate::engine::{Gap, Shortfall, Status, Validity, Verdict};
use crate::i18n::{Lang, Msg};
use crate::schemes::{catalogue, FactDef, IncidentKind, Severity, Unit};

/// A number as people write it: whole numbers without decimals, others with at most two.
pub fn number(n: f64) -> String {
    crate::lean::decimal::decimal(n, 2)
}

pub fn unit(unit: Option<Unit>, lang: Lang) -> &'static str {
    match unit {
        Some(Unit::SquareMetre) => "m²",
        Some(Unit::WanYuan) => Msg::UnitWanYuan.text(lang),
        Some(Unit::Person) => Msg::UnitPerson.text(lang),
        Some(Unit::Item) => Msg::UnitItem.text(lang),
        Some(Unit::Organisation) => Msg::UnitOrganisation.text(lang),
        Some(Unit::Percent) => "%",
        Some(Unit::Year) => Msg::UnitYear.text(lang),
        None => "",
    }
}

pub fn status(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Met => Msg::StatusMet.text(lang),
        Status::NotMet => Msg::StatusNotMet.text(lang),
        Status::Unknown => Msg::StatusUnknown.text(lang),
        Status::NotApplicable => Msg::StatusNotApplicable.text(lang),
        Status::Declared => Msg::StatusDeclared.text(lang),
    }
}

pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::Met => "met",
        Status::NotMet => "not_met",
        Status::Unknown => "unknown",
        Status::NotApplicable => "not_applicable",
        Status::Declared => "declared",
    }
}

/// A day as people write it: "2027 年 6 月 1 日", "1 June 2027".
pub fn day(d: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::Zh => format!("{} 年 {} 月 {} 日", d.year(), d.month(), d.day()),
        Lang::En => format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year()),
    }
}

pub fn verdict(verdict: &Verdict, lang: Lang) -> String {
    match verdict {
        Verdict::Ready => Msg::VerdictReady.text(lang).into(),
        Verdict::Gaps => Msg::VerdictGaps.text(lang).into(),
        Verdict::NotYet { from, .. } => match lang {
            Lang::Zh => format!("暂不满足，最早可于 {}申报", day(*from, lang)),
            Lang::En => format!("Not yet eligible: earliest {}", day(*from, lang)),
        },
        Verdict::NoDay { .. } => Msg::VerdictNoDay.text(lang).into(),
        Verdict::NotInForce => Msg::VerdictNotInForce.text(lang).into(),
    }
}

/// One end of a date conflict in words: the criterion's summary, or the measure's period.
fn limit(l: &crate::engine::Limit, scheme: &crate::schemes::Scheme, lang: Lang) -> String {
    let en = lang.is_en();
    match l.criterion.as_deref().and_then(|id| scheme.criteria.iter().find(|c| c.id == id)) {
        Some(c) => format!("{} {}", c.citation.get(en), c.summary.get(en).trim_end_matches('。').trim_end_matches('.')),
        None => Msg::MeasurePeriod.text(lang).into(),
    }
}

/// What the verdict rests on, as sentences for the applicant: the conflict when no day
/// qualifies, and the cautions of a projected date.
pub fn verdict_notes(s: &crate::engine::SchemeAssessment, scheme: &crate::schemes::Scheme, lang: Lang) -> Vec<String> {
    let mut notes = Vec::new();
    match &s.verdict {
        Verdict::NoDay { opens, closes } => {
            let (a, from, b, until) =
                (limit(opens, scheme, lang), day(opens.day, lang), limit(closes, scheme, lang), day(closes.day, lang));
            notes.push(match lang {
                Lang::Zh => format!("“{a}”要到 {from} 才满足，而“{b}”只到 {until} 为止：按现在的情况，没有哪一天两者同时满足。需要改变其中一项（例如更换人员），才有可申报的日期。"),
                Lang::En => format!("“{a}” is met only from {from}, but “{b}” holds only until {until}: as things stand no day has both. One of them must change (a new director, say) before any day qualifies."),
            })
        }
        Verdict::NotYet { boundary, .. } => {
            if *boundary {
                notes.push(boundary_caution(lang).to_string());
            }
            if s.validity == Validity::Unknown {
                notes.push(Msg::UndatedUntil.text(lang).to_string());
            }
        }
        _ => {}
    }
    if s.outcomes.iter().any(|o| o.boundary && o.is_hard())
        && !matches!(s.verdict, Verdict::NotYet { boundary: true, .. })
    {
        notes.push(boundary_caution(lang).to_string());
    }
    notes
}

/// The caution on a criterion whose status turns on the boundary day itself.
pub fn boundary_caution(lang: Lang) -> &'static str {
    Msg::BoundaryCaution.text(lang)
}

/// A scheme's verdict with what stands in the way: "尚有差距 · 硬性条件：2 项不满足".
pub fn verdict_and_counts(s: &crate::engine::SchemeAssessment, lang: Lang) -> String {
    let standing = super::standing::standing(s, catalogue());
    format!(
        "{} · {}",
        super::standing::verdict_text(s, standing, lang),
        super::standing::standing_text(s, standing, lang)
    )
}

/// The class of an action's kind, for its colour.
pub fn action_class(kind: super::ActionKind) -> &'static str {
    match kind {
        super::ActionKind::CloseGap => "solve",
        super::ActionKind::Wait => "wait",
        super::ActionKind::Answer => "answer",
        super::ActionKind::Evidence => "evidence",
    }
}

pub fn action_kind(kind: super::ActionKind, lang: Lang) -> &'static str {
    match kind {
        super::ActionKind::CloseGap => Msg::ActionCloseGap.text(lang),
        super::ActionKind::Wait => Msg::ActionWait.text(lang),
        super::ActionKind::Answer => Msg::ActionAnswer.text(lang),
        super::ActionKind::Evidence => Msg::ActionEvidence.text(lang),
    }
}

pub fn verdict_class(verdict: &Verdict) -> &'static str {
    match verdict {
        Verdict::Ready => "ready",
        Verdict::Gaps => "gaps",
        Verdict::NotYet { .. } => "not-yet",
        Verdict::NoDay { .. } => "gaps",
        Verdict::NotInForce => "not-in-force",
    }
}

pub fn validity(validity: &Validity, lang: Lang) -> String {
    match validity {
        Validity::InForce { until: Some(day) } => {
            format!("{}{}", Msg::InForceUntil.text(lang), self::day(*day, lang))
        }
        Validity::InForce { until: None } => Msg::InForceNoEnd.text(lang).into(),
        Validity::Expired { ended } => {
            format!("{}{}", Msg::EndedOn.text(lang), day(*ended, lang))
        }
        Validity::NotYet { starts } => {
            format!("{}{}", Msg::StartsOn.text(lang), day(*starts, lang))
        }
        Validity::Unknown => Msg::ValidityUnknown.text(lang).into(),
    }
}

fn fact_def(id: &str) -> Option<&'static FactDef> {
    catalogue().fact(id)
}

pub fn fact_label(id: &str, lang: Lang) -> String {
    fact_def(id).map(|f| f.label.get(lang.is_en()).to_string()).unwrap_or_else(|| id.to_string())
}

fn option_label(fact: &str, option: &str, lang: Lang) -> String {
    fact_def(fact)
        .and_then(|f| f.options.iter().find(|o| o.id == option))
        .map(|o| o.label.get(lang.is_en()).to_string())
        .unwrap_or_else(|| option.to_string())
}

/// What is missing, in the criterion's own unit: "还差 500 m²", "6 more people".
pub fn shortfall(s: &Shortfall, lang: Lang) -> String {
    let def = fact_def(&s.fact);
    let u = unit(def.and_then(|d| d.unit), lang);
    let label = fact_label(&s.fact, lang);
    let body = match &s.gap {
        Gap::More { have, need } => match lang {
            Lang::Zh => {
                format!("现为 {} {u}，需达到 {} {u}，还差 {} {u}", number(*have), number(*need), number(need - have))
            }
            Lang::En => {
                format!("{} {u} now, {} {u} needed: {} {u} more", number(*have), number(*need), number(need - have))
            }
        },
        Gap::Less { have, limit } => match lang {
            Lang::Zh => format!(
                "现为 {} {u}，不得超过 {} {u}，需减少 {} {u}",
                number(*have),
                number(*limit),
                number(have - limit)
            ),
            Lang::En => format!(
                "{} {u} now, at most {} {u} allowed: {} {u} fewer",
                number(*have),
                number(*limit),
                number(have - limit)
            ),
        },
        Gap::Share { have_percent, need_percent, at_least, add } => {
            let (h, n) = (number((have_percent * 10.0).round() / 10.0), number(*need_percent));
            match (lang, at_least, add) {
                (Lang::Zh, true, Some(k)) => {
                    format!("占比 {h} %，需达到 {n} %：再增加 {} 名符合条件的人员即可", number(*k))
                }
                (Lang::Zh, true, None) => format!("占比 {h} %，需达到 {n} %"),
                (Lang::Zh, false, Some(k)) => {
                    format!("占比 {h} %，不得超过 {n} %：再增加 {} 名其他人员即可", number(*k))
                }
                (Lang::Zh, false, None) => format!("占比 {h} %，不得超过 {n} %"),
                (Lang::En, true, Some(k)) => {
                    format!("{h} % now, {n} % needed: {} more who qualify would do", number(*k))
                }
                (Lang::En, true, None) => format!("{h} % now, {n} % needed"),
                (Lang::En, false, Some(k)) => {
                    format!("{h} % now, at most {n} % allowed: {} more from elsewhere would do", number(*k))
                }
                (Lang::En, false, None) => format!("{h} % now, at most {n} % allowed"),
            }
        }
        Gap::Until { date } => match lang {
            Lang::Zh => format!("自 {} 起满足", day(*date, lang)),
            Lang::En => format!("met from {}", day(*date, lang)),
        },
        Gap::AgedOut { since } => match lang {
            Lang::Zh => format!("自 {} 起已超过年龄上限", day(*since, lang)),
            Lang::En => format!("over the age limit since {}", day(*since, lang)),
        },
        Gap::Answer { yes: true } => Msg::GapRequired.text(lang).into(),
        Gap::Answer { yes: false } => Msg::GapMustNot.text(lang).into(),
        Gap::OneOf { options } => {
            let names: Vec<String> = options.iter().map(|o| option_label(&s.fact, o, lang)).collect();
            match lang {
                Lang::Zh => format!("须为：{}", names.join("、")),
                Lang::En => format!("must be one of: {}", names.join(", ")),
            }
        }
    };
    format!("{label}{}{body}", Msg::Colon.text(lang))
}

/// Incident kinds with their words.
pub const KINDS: [(IncidentKind, Msg); 3] = [
    (IncidentKind::Safety, Msg::KindSafety),
    (IncidentKind::Quality, Msg::KindQuality),
    (IncidentKind::Environment, Msg::KindEnvironment),
];
/// Accidents are graded 一般 / 较大 / 重大 / 特别重大; the texts weigh environmental violations
/// only as serious (严重) or not.
const ACCIDENT_GRADES: [(Severity, Msg); 4] = [
    (Severity::General, Msg::GradeGeneral),
    (Severity::Larger, Msg::GradeLarger),
    (Severity::Major, Msg::GradeMajor),
    (Severity::Extraordinary, Msg::GradeExtraordinary),
];
const ENVIRONMENT_GRADES: [(Severity, Msg); 2] =
    [(Severity::General, Msg::GradeNotSerious), (Severity::Serious, Msg::GradeSerious)];

pub fn grades(kind: IncidentKind) -> &'static [(Severity, Msg)] {
    if kind == IncidentKind::Environment {
        &ENVIRONMENT_GRADES
    } else {
        &ACCIDENT_GRADES
    }
}

/// An incident in words: "2025-03-10 生产安全事故（较大）".
pub fn incident(i: &crate::engine::Incident, lang: Lang) -> String {
    let kind = KINDS.iter().find(|k| k.0 == i.kind).map(|k| k.1.text(lang)).unwrap_or_default();
    let grade = grades(i.kind).iter().find(|g| g.0 == i.severity).map(|g| g.1.text(lang)).unwrap_or_default();
    match lang {
        Lang::Zh => format!("{} {kind}（{grade}）", i.date),
        Lang::En => format!("{} {kind} ({grade})", i.date),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortfalls_speak_in_the_criterion_unit() {
        let s = Shortfall { fact: "pilot_site_area".into(), gap: Gap::More { have: 1500.0, need: 2000.0 } };
        assert!(shortfall(&s, Lang::Zh).ends_with("还差 500 m²"), "{}", shortfall(&s, Lang::Zh));
        assert!(shortfall(&s, Lang::En).ends_with("500 m² more"), "{}", shortfall(&s, Lang::En));
        let staff = Shortfall { fact: "technical_staff".into(), gap: Gap::More { have: 3.0, need: 4.0 } };
        assert!(shortfall(&staff, Lang::Zh).contains("还差 1 人"));
        let share = Shortfall {
            fact: "qualified_staff".into(),
            gap: Gap::Share { have_percent: 50.0, need_percent: 60.0, at_least: true, add: Some(3.0) },
        };
        assert!(shortfall(&share, Lang::Zh).contains("占比 50 %，需达到 60 %"), "{}", shortfall(&share, Lang::Zh));
    }

    #[test]
    fn incidents_are_worded_in_the_grades_of_their_kind() {
        let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
        let accident = crate::engine::Incident { date: day, kind: IncidentKind::Safety, severity: Severity::Larger };
        assert_eq!(incident(&accident, Lang::Zh), "2025-03-10 生产安全事故（较大）");
        let env = crate::engine::Incident { date: day, kind: IncidentKind::Environment, severity: Severity::General };
        assert_eq!(incident(&env, Lang::En), "2025-03-10 Environmental violation (Not serious)");
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(number(2000.0), "2000");
        assert_eq!(number(1500.5), "1500.5");
        assert_eq!(number(66.666), "66.67");
    }
}
