//! Reading what the applicant types: numbers and dates as Chinese office users write them
//! (full-width digits, "2,000", "500万", "2020年3月1日"), with a specific reason when it fails.

use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    NotANumber,
    Negative,
    NotWhole,
    TooLarge,
    NotADate,
    InFuture,
    TooEarly,
    AboveOther,
}

/// Folds full-width characters (０-９, ．, ，, －, ／) to ASCII and drops spaces.
fn fold(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
            '．' | '。' => Some('.'),
            '，' | ',' | '、' => None,
            '－' | '—' => Some('-'),
            '／' => Some('/'),
            c if c.is_whitespace() => None,
            c => Some(c),
        })
        .collect()
}

/// Reads a number. A trailing unit the field already shows (m², 平方米, 万元, 万, 人, 项, 家, 年, %)
/// is accepted and dropped; `whole` asks for a whole number; `max` is the largest sensible value.
pub fn parse_number(text: &str, whole: bool, max: f64) -> Result<f64, InputError> {
    let mut s = fold(text);
    for unit in ["平方米", "m²", "m2", "㎡", "万元", "万", "元", "人", "名", "项", "家", "年", "%", "％", "次"] {
        if let Some(rest) = s.strip_suffix(unit) {
            s = rest.to_string();
            break;
        }
    }
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == '+') {
        return Err(InputError::NotANumber);
    }
    let n: f64 = s.parse().map_err(|_| InputError::NotANumber)?;
    if !n.is_finite() {
        return Err(InputError::NotANumber);
    }
    if n < 0.0 {
        return Err(InputError::Negative);
    }
    if whole && n.fract() != 0.0 {
        return Err(InputError::NotWhole);
    }
    if n > max {
        return Err(InputError::TooLarge);
    }
    Ok(n)
}

/// Reads a date: 2020-03-01, 2020/3/1, 2020.3.1 or 2020年3月1日. It must exist in the calendar,
/// lie after 1900, and not after `latest` when given.
pub fn parse_date(text: &str, latest: Option<NaiveDate>) -> Result<NaiveDate, InputError> {
    let s = fold(text).replace(['年', '月', '/', '.'], "-").replace('日', "");
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts[..] else { return Err(InputError::NotADate) };
    let num = |p: &str, len: std::ops::RangeInclusive<usize>| -> Result<u32, InputError> {
        if !len.contains(&p.len()) || !p.chars().all(|c| c.is_ascii_digit()) {
            return Err(InputError::NotADate);
        }
        p.parse().map_err(|_| InputError::NotADate)
    };
    let (y, m, d) = (num(y, 4..=4)?, num(m, 1..=2)?, num(d, 1..=2)?);
    let date = NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(InputError::NotADate)?;
    if y < 1900 {
        return Err(InputError::TooEarly);
    }
    if latest.is_some_and(|l| date > l) {
        return Err(InputError::InFuture);
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_people_type_them() {
        assert_eq!(parse_number("2,000", false, 1e9), Ok(2000.0));
        assert_eq!(parse_number("２０００", false, 1e9), Ok(2000.0));
        assert_eq!(parse_number("500万", false, 1e9), Ok(500.0));
        assert_eq!(parse_number(" 1500.5 m² ", false, 1e9), Ok(1500.5));
        assert_eq!(parse_number("6人", true, 1e6), Ok(6.0));
    }

    #[test]
    fn bad_numbers_say_why() {
        assert_eq!(parse_number("", false, 1e9), Err(InputError::NotANumber));
        assert_eq!(parse_number("abc", false, 1e9), Err(InputError::NotANumber));
        assert_eq!(parse_number("-5", false, 1e9), Err(InputError::Negative));
        assert_eq!(parse_number("2.5", true, 1e9), Err(InputError::NotWhole));
        assert_eq!(parse_number("1e308", false, 1e9), Err(InputError::NotANumber));
        assert_eq!(parse_number("99999999999", false, 1e9), Err(InputError::TooLarge));
    }

    #[test]
    fn dates_in_common_forms() {
        let d = NaiveDate::from_ymd_opt(2020, 3, 1).unwrap();
        assert_eq!(parse_date("2020-03-01", None), Ok(d));
        assert_eq!(parse_date("2020/3/1", None), Ok(d));
        assert_eq!(parse_date("2020年3月1日", None), Ok(d));
        assert_eq!(parse_date("２０２０－０３－０１", None), Ok(d));
    }

    #[test]
    fn impossible_dates_are_refused() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(parse_date("2023-02-29", None), Err(InputError::NotADate));
        assert_eq!(parse_date("2020-13-01", None), Err(InputError::NotADate));
        assert_eq!(parse_date("next year", None), Err(InputError::NotADate));
        assert_eq!(parse_date("9999-01-01", Some(today)), Err(InputError::InFuture));
        assert_eq!(parse_date("2026-11-24", Some(today)), Err(InputError::InFuture));
        assert_eq!(parse_date("2026-11-23", Some(today)), Ok(today));
        assert_eq!(parse_date("1800-01-01", None), Err(InputError::TooEarly));
    }
}
