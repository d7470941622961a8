//! A performance table (Shaoxing's 绩效评价指标体系) as a planner.
//!
//! The text gives each indicator's weight and evidence but no scoring formula, and its top tier
//! (优秀, about 30 %) is relative to the other bases. So the applicant rates each indicator in
//! points, the planner adds them up and ranks the points still open by size; it never predicts
//! a tier.

use super::profile::Profile;
use crate::schemes::PerformanceTable;
use serde::Serialize;

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct ScorePlan {
    /// Points rated on the main indicators, out of `max_total`.
    pub total: f64,
    pub max_total: u32,
    /// Points rated on the bonus indicators, out of `max_bonus`.
    pub bonus: f64,
    pub max_bonus: u32,
    /// Indicators with points still open, most open points first.
    pub open: Vec<OpenPoints>,
    /// Indicators not rated yet.
    pub unrated: Vec<String>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct OpenPoints {
    pub indicator: String,
    pub points: f64,
    pub weight: u32,
}

/// Totals the applicant's ratings of the table of the scheme with id `scheme`. A rating outside
/// 0..=weight is clamped; a rating that is not a finite number counts as not rated.
pub fn plan(scheme: &str, table: &PerformanceTable, profile: &Profile) -> ScorePlan {
    let mut plan = ScorePlan {
        total: 0.0,
        max_total: table.total,
        bonus: 0.0,
        max_bonus: table.bonus,
        open: Vec::new(),
        unrated: Vec::new(),
    };
    for indicator in &table.indicators {
        let weight = f64::from(indicator.weight);
        let rating = profile.score(scheme, &indicator.id).filter(|r| r.is_finite());
        let points = rating.map_or(0.0, |r| r.clamp(0.0, weight));
        if rating.is_none() {
            plan.unrated.push(indicator.id.to_string());
        }
        if indicator.bonus {
            plan.bonus += points;
        } else {
            plan.total += points;
        }
        if points < weight {
            plan.open.push(OpenPoints {
                indicator: indicator.id.to_string(),
                points: weight - points,
                weight: indicator.weight,
            });
        }
    }
    crate::lean::sort::sort_by(&mut plan.open, |a, b| b.points.total_cmp(&a.points).then(b.weight.cmp(&a.weight)));
    plan
}
