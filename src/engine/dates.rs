//! Legal date arithmetic: 满N年 anniversaries and 周岁 ages.
//!
//! An anniversary falls on the same month and day N years later; a 02-29 date whose
//! anniversary year has no 29 February falls on 02-28 (month-end clamping).

use chrono::{Datelike, Months, NaiveDate};

/// The date `years` years after `date`, clamped to the month's end; `None` past the calendar's end.
pub fn add_years(date: NaiveDate, years: u32) -> Option<NaiveDate> {
    date.checked_add_months(Months::new(years.checked_mul(12)?))
}

/// Whether `years` whole years have passed since `since` on `on` (满N年): true from the anniversary on.
pub fn full_years_reached(since: NaiveDate, years: u32, on: NaiveDate) -> bool {
    add_years(since, years).is_some_and(|anniversary| on >= anniversary)
}

/// Completed years of age (周岁) on `on` of a person born on `birth`; 0 before the first birthday.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> u32 {
    if on <= birth {
        return 0;
    }
    let mut years = (on.year() - birth.year()).max(0) as u32;
    while years > 0 && !full_years_reached(birth, years, on) {
        years -= 1;
    }
    years
}

/// The last day on which a person born on `birth` is at most `years` 周岁 (the day before the
/// next birthday after that age).
pub fn last_day_aged_at_most(birth: NaiveDate, years: u32) -> Option<NaiveDate> {
    add_years(birth, years.checked_add(1)?)?.pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn anniversary_of_a_leap_day_clamps_to_28_february() {
        assert_eq!(add_years(d("2024-02-29"), 1), Some(d("2025-02-28")));
        assert_eq!(add_years(d("2024-02-29"), 4), Some(d("2028-02-29")));
    }

    #[test]
    fn full_years_are_reached_on_the_anniversary_not_the_day_before() {
        assert!(!full_years_reached(d("2024-11-23"), 2, d("2026-11-22")));
        assert!(full_years_reached(d("2024-11-23"), 2, d("2026-11-23")));
        assert!(full_years_reached(d("2024-02-29"), 2, d("2026-02-28")));
        assert!(!full_years_reached(d("2024-02-29"), 2, d("2026-02-27")));
    }

    #[test]
    fn age_in_completed_years() {
        assert_eq!(age_on(d("1965-11-23"), d("2026-11-22")), 60);
        assert_eq!(age_on(d("1965-11-23"), d("2026-11-23")), 61);
        assert_eq!(age_on(d("2000-01-01"), d("1999-01-01")), 0);
    }

    #[test]
    fn last_day_at_sixty_is_the_day_before_the_61st_birthday() {
        assert_eq!(last_day_aged_at_most(d("1965-11-23"), 60), Some(d("2026-11-22")));
        assert_eq!(last_day_aged_at_most(d("1964-02-29"), 60), Some(d("2025-02-27")));
    }

    #[test]
    fn far_dates_do_not_overflow() {
        assert_eq!(add_years(NaiveDate::MAX, 1), None);
        assert_eq!(add_years(d("2020-01-01"), u32::MAX), None);
    }
}
