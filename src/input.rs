//! Reading what the applicant types: numbers and dates as Chinese office users write them
//! (full-width digits, "2,000", "500万", "2020年3月1日"), with a specific reason when it fails.

use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    NotANumber,
    Negative,
    NotWhole,
    TooLarge,
    TooSmall,
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

/// Writes a number as people write it: no exponent, no trailing zeros, at most `decimals`
/// decimals (rounded half away from zero); fewer where a float cannot hold that many.
/// (Integer arithmetic: the float formatter of the standard library is a large part of a wasm
/// file, and this is all the app needs of it.)
pub fn decimal(n: f64, decimals: u32) -> String {
    if !n.is_finite() {
        return String::new();
    }
    let mut decimals = decimals.min(9);
    while decimals > 0 && n.abs() * 10f64.powi(decimals as i32) >= 9.0e15 {
        decimals -= 1;
    }
    let scaled = (n.abs() * 10f64.powi(decimals as i32)).round() as u64;
    let unit = 10u64.pow(decimals);
    let mut text = if n < 0.0 && scaled > 0 { "-".to_string() } else { String::new() };
    text.push_str(&(scaled / unit).to_string());
    let fraction = scaled % unit;
    if fraction > 0 {
        let digits = format!("{fraction:0width$}", width = decimals as usize);
        text.push('.');
        text.push_str(digits.trim_end_matches('0'));
    }
    text
}

/// Powers of ten that a float holds exactly.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The most significant digits read exactly: below 2⁵³, so the mantissa is a float exactly.
const EXACT_DIGITS: usize = 15;

/// Reads `[+-]digits[.digits]` (no exponent). Up to 15 significant digits and 22 decimals the
/// result is the correctly rounded float (one division of two exact floats), as the standard
/// library's parser gives; further digits are read only for their magnitude, which is all a
/// count or an area typed into a form can need. (The standard parser's tables are a large part of
/// a wasm file.)
pub fn decimal_value(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    if whole.is_empty() && fraction.is_empty() || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    // The digits without leading zeros, and where the decimal point stands among them.
    let digits: Vec<u8> = whole.bytes().chain(fraction.bytes()).map(|b| b - b'0').collect();
    let leading = digits.iter().take_while(|d| **d == 0).count();
    let significant = &digits[leading..];
    let point = whole.len() as i64 - leading as i64;
    let taken = significant.len().min(EXACT_DIGITS);
    let mantissa = significant[..taken].iter().fold(0u64, |m, d| m * 10 + u64::from(*d)) as f64;
    let exponent = point - taken as i64;
    let magnitude = match exponent {
        0 => mantissa,
        e if e > 0 => mantissa * 10f64.powi(e.min(400) as i32),
        e if -e < EXACT_POWERS.len() as i64 => mantissa / EXACT_POWERS[(-e) as usize],
        e => mantissa / 10f64.powi((-e).min(400) as i32),
    };
    Some(if negative && magnitude != 0.0 { -magnitude } else { magnitude })
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
    let n = decimal_value(&s).ok_or(InputError::NotANumber)?;
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
    // "-0" is zero, not negative zero (which would be written "-0.0" into files).
    Ok(if n == 0.0 { 0.0 } else { n })
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
    fn decimals_read_as_the_standard_parser_reads_them() {
        for text in ["0", "0.0", "00012", "1.", ".5", "+7", "-3.25", "2000", "0.1", "0.3", "123456789012345", "1234567.891", "0.000001", "99999999999999.9", "3.14159265358979"] {
            assert_eq!(decimal_value(text), Some(text.parse::<f64>().unwrap()), "{text}");
        }
        // Pseudo-random decimals of up to 15 significant digits.
        let mut seed = 12345u64;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let whole = (seed >> 20) % 10u64.pow((seed % 10) as u32 + 1);
            let places = ((seed >> 8) % 6) as usize;
            let fraction = (seed >> 40) % 10u64.pow(places as u32);
            let text = if places == 0 { whole.to_string() } else { format!("{whole}.{fraction:0places$}") };
            assert_eq!(decimal_value(&text), Some(text.parse::<f64>().unwrap()), "{text}");
        }
        for bad in ["", ".", "-", "+", "1.2.3", "--1", "+-1", "1-2", "1e5", "١٢"] {
            assert_eq!(decimal_value(bad), None, "{bad:?}");
        }
        assert!(decimal_value(&"9".repeat(64)).is_some_and(|n| n > 9.9e63 && n < 1.1e64), "long inputs keep their magnitude");
        assert_eq!(decimal_value(&"9".repeat(400)), Some(f64::INFINITY));
        assert_eq!(decimal_value("-0"), Some(0.0));
    }

    #[test]
    fn numbers_are_written_as_people_write_them() {
        for (n, decimals, text) in [
            (2000.0, 2, "2000"),
            (0.5, 2, "0.5"),
            (12.345, 2, "12.35"),
            (12.3449, 2, "12.34"),
            (-3.10, 2, "-3.1"),
            (-0.001, 2, "0"),
            (0.0, 2, "0"),
            (1e12, 2, "1000000000000"),
            (1e15, 2, "1000000000000000"),
            (0.125, 6, "0.125"),
            (123456.789, 6, "123456.789"),
            (1.0 / 3.0, 6, "0.333333"),
            (f64::NAN, 2, ""),
        ] {
            assert_eq!(decimal(n, decimals), text, "{n} with {decimals} decimals");
        }
        for n in [0.1, 2.5, 99.99, 1234.5, 5e11] {
            assert_eq!(decimal(n, 6).parse::<f64>().unwrap(), n, "{n} reads back as itself");
        }
    }

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

/// The longest text kept from a number, date or score field: a number or a date is short; a
/// pasted essay is cut rather than stored whole.
pub const MAX_INPUT_CHARS: usize = 64;

/// Reads what was typed for a self-rating of a performance indicator: `Ok(None)` for an empty
/// field, else a number from 0 to the indicator's points.
pub fn read_score(indicator: &crate::schemes::Indicator, text: &str) -> Result<Option<f64>, InputError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_number(text, false, f64::from(indicator.weight)).map(Some)
}

/// Reads what was typed for one number or date fact: `Ok(None)` for an empty field ("not known
/// yet"). A part that is larger than the fact it belongs to (`not_above`) is refused.
pub fn read_fact(
    fact: &crate::schemes::FactDef,
    text: &str,
    today: NaiveDate,
    profile: &crate::engine::Profile,
) -> Result<Option<crate::engine::FactValue>, InputError> {
    use crate::engine::FactValue;
    use crate::schemes::FactKind;
    if text.trim().is_empty() {
        return Ok(None);
    }
    if fact.kind == FactKind::Date {
        return parse_date(text, fact.not_in_future.then_some(today)).map(|d| Some(FactValue::Date(d)));
    }
    let n = parse_number(text, fact.kind == FactKind::Count, fact.max.unwrap_or(1e12))?;
    if fact.min.is_some_and(|min| n < min) {
        return Err(InputError::TooSmall);
    }
    if fact.not_above.as_ref().and_then(|o| profile.number(o)).is_some_and(|limit| n > limit) {
        return Err(InputError::AboveOther);
    }
    Ok(Some(FactValue::Number(n)))
}

/// Every field whose typed text cannot be read, or whose number is above the fact it is part
/// of — derived from what is stored, so an error survives leaving the page and a reload, and a
/// part that became too large when its whole was lowered is caught too.
pub fn field_errors(
    inputs: &crate::engine::IdMap<String>,
    profile: &crate::engine::Profile,
    today: NaiveDate,
) -> crate::engine::IdMap<InputError> {
    use crate::schemes::FactKind;
    let mut errors = crate::engine::IdMap::new();
    for fact in &crate::schemes::catalogue().facts {
        if !matches!(fact.kind, FactKind::Number | FactKind::Count | FactKind::Date) {
            continue;
        }
        let text = inputs.get(fact.id.as_str()).cloned().or_else(|| profile.number(&fact.id).map(|n| decimal(n, 6))).unwrap_or_default();
        if let Err(e) = read_fact(fact, &text, today, profile) {
            errors.insert(fact.id.to_string(), e);
        }
    }
    errors
}

#[cfg(test)]
mod field_tests {
    use super::*;
    use crate::engine::{FactValue, Profile};
    use crate::engine::IdMap;

    #[test]
    fn a_score_is_read_up_to_its_indicators_points() {
        let table = crate::schemes::catalogue().scheme("shaoxing-pilot-base").unwrap().performance.as_ref().unwrap();
        let i = &table.indicators[0];
        let w = f64::from(i.weight);
        assert_eq!(read_score(i, "  "), Ok(None), "empty is no answer");
        assert_eq!(read_score(i, "0"), Ok(Some(0.0)));
        assert_eq!(read_score(i, &decimal(w, 0)), Ok(Some(w)), "the full points");
        assert_eq!(read_score(i, &decimal(w - 0.5, 1)), Ok(Some(w - 0.5)), "just below");
        assert_eq!(read_score(i, &decimal(w + 0.01, 2)), Err(InputError::TooLarge), "just above");
        assert_eq!(read_score(i, "-1"), Err(InputError::Negative));
        assert_eq!(read_score(i, "abc"), Err(InputError::NotANumber));
    }

    #[test]
    fn errors_are_derived_from_what_is_stored() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut inputs = IdMap::new();
        inputs.insert("pilot_site_area".to_string(), "abc".to_string());
        let profile = Profile::new(today).with("fulltime_staff", FactValue::Number(10.0)).with("technical_staff", FactValue::Number(20.0));
        let errors = field_errors(&inputs, &profile, today);
        assert_eq!(errors.get("pilot_site_area"), Some(&InputError::NotANumber), "typed text that cannot be read stays an error");
        assert_eq!(errors.get("technical_staff"), Some(&InputError::AboveOther), "a part above its lowered whole is caught");
        assert_eq!(errors.len(), 2);
    }
}
