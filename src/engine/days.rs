//! Sets of days on which a rule holds, as far as today's answers tell: the engine's way of
//! finding the first day on which every hard criterion holds at the same time.
//!
//! A set is a sorted list of disjoint inclusive spans; `NaiveDate::MIN` and `NaiveDate::MAX`
//! stand for "since always" and "for ever".

use chrono::NaiveDate;

/// Days as sorted, disjoint, inclusive spans `(first, last)`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Days(Vec<(NaiveDate, NaiveDate)>);

impl Days {
    /// Every day: a rule that does not depend on the day (met today, met for ever).
    pub fn all() -> Self {
        Days(vec![(NaiveDate::MIN, NaiveDate::MAX)])
    }

    /// No day: a rule that waiting cannot meet.
    pub fn none() -> Self {
        Days(Vec::new())
    }

    /// From `first` on.
    pub fn from(first: NaiveDate) -> Self {
        Days(vec![(first, NaiveDate::MAX)])
    }

    /// Up to and including `last`.
    pub fn until(last: NaiveDate) -> Self {
        Days(vec![(NaiveDate::MIN, last)])
    }

    /// From `first` to `last`, both included (none when `last` is before `first`).
    pub fn span(first: NaiveDate, last: NaiveDate) -> Self {
        if last < first {
            Days::none()
        } else {
            Days(vec![(first, last)])
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.0.iter().any(|(a, b)| *a <= day && day <= *b)
    }

    /// The spans, in order.
    pub fn spans(&self) -> &[(NaiveDate, NaiveDate)] {
        &self.0
    }

    /// The first day of the set on or after `day`.
    pub fn first_on_or_after(&self, day: NaiveDate) -> Option<NaiveDate> {
        self.0.iter().find(|(_, b)| *b >= day).map(|(a, _)| (*a).max(day))
    }

    /// The days in both sets.
    pub fn and(&self, other: &Days) -> Days {
        let mut out = Vec::new();
        let (mut i, mut j) = (0, 0);
        while i < self.0.len() && j < other.0.len() {
            let (a1, b1) = self.0[i];
            let (a2, b2) = other.0[j];
            let (a, b) = (a1.max(a2), b1.min(b2));
            if a <= b {
                out.push((a, b));
            }
            if b1 < b2 {
                i += 1;
            } else {
                j += 1;
            }
        }
        Days(out)
    }

    /// The days in either set.
    pub fn or(&self, other: &Days) -> Days {
        let mut all: Vec<(NaiveDate, NaiveDate)> = self.0.iter().chain(other.0.iter()).copied().collect();
        crate::lean::sort::sort_by(&mut all, |x, y| x.0.cmp(&y.0));
        let mut out: Vec<(NaiveDate, NaiveDate)> = Vec::new();
        for (a, b) in all {
            match out.last_mut() {
                // Overlapping or touching spans become one.
                Some(last) if a <= last.1 || last.1.succ_opt() == Some(a) => last.1 = last.1.max(b),
                _ => out.push((a, b)),
            }
        }
        Days(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::lean::date::parse_iso(s).unwrap()
    }

    #[test]
    fn intersection_keeps_the_common_days() {
        let a = Days::from(d("2027-01-01"));
        let b = Days::until(d("2027-06-30"));
        assert_eq!(a.and(&b), Days::span(d("2027-01-01"), d("2027-06-30")));
        assert!(Days::from(d("2027-07-01")).and(&b).is_empty(), "opens after it closes");
        assert_eq!(Days::all().and(&a), a);
        assert!(Days::none().and(&a).is_empty());
    }

    #[test]
    fn union_merges_touching_spans() {
        let a = Days::until(d("2027-06-30"));
        let b = Days::from(d("2027-07-01"));
        assert_eq!(a.or(&b), Days::all());
        let gap = Days::until(d("2027-06-29")).or(&b);
        assert_eq!(gap.spans().len(), 2);
        assert!(!gap.contains(d("2027-06-30")));
        assert!(gap.contains(d("2027-06-29")) && gap.contains(d("2027-07-01")));
    }

    #[test]
    fn first_day_on_or_after() {
        let s = Days::span(d("2027-01-01"), d("2027-01-31")).or(&Days::from(d("2028-01-01")));
        assert_eq!(s.first_on_or_after(d("2026-12-01")), Some(d("2027-01-01")));
        assert_eq!(s.first_on_or_after(d("2027-01-15")), Some(d("2027-01-15")));
        assert_eq!(s.first_on_or_after(d("2027-02-01")), Some(d("2028-01-01")));
        assert_eq!(Days::until(d("2026-01-01")).first_on_or_after(d("2026-01-02")), None);
    }
}
