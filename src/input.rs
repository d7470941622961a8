//! Reading what the applicant types: numbers and dates as Chinese office users write them
//! (full-width digits, "2,000", "500万", "2020年3月1日"), with a specific reason when it fails.

use crate::i18n::Msg;
use crate::schemes::Unit;
use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    NotANumber,
    Negative,
    NotWhole,
    TooLarge,
    TooSmall,
    NotADate,
    /// Day or month first ("02/10/1963"): the order cannot be told, so nothing is guessed.
    DateOrder,
    /// Written as a date, but no such day exists ("2023-02-30").
    NoSuchDay,
    InFuture,
    TooEarly,
    AboveOther,
    /// A unit or measure word the field does not take ("50%" in an area, "3亩", "6人" in 万元):
    /// the message names the field's unit.
    WrongUnit(Option<Unit>),
    /// Separators that are not thousands separators ("1,2,3", "1、2、3", "1,0000").
    Separators,
}

/// Folds full-width forms (０-９, ．, ，, －, ／, ％) to ASCII, capitals to small letters, and
/// every kind of space to one space; trims.
fn fold(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' | '。' => '.',
            '，' => ',',
            '－' | '—' => '-',
            '／' => '/',
            '％' => '%',
            c if c.is_whitespace() => ' ',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// The unit and measure words a field of `unit` takes after its number. (万, 亿, 千 … are read
/// with the number: "1.5万" is 15 000 before any unit.) A 万元 field reads "元" as yuan, and a
/// number written with 万 or 亿 there as yuan too: "500万" is 500 万元, "5000元" 0.5 万元.
fn unit_words(unit: Option<Unit>) -> &'static [&'static str] {
    match unit {
        Some(Unit::SquareMetre) => &["平方米", "平米", "平方", "㎡", "m²", "m2"],
        Some(Unit::WanYuan) => &["元"],
        Some(Unit::Person) => &["人", "名", "位"],
        Some(Unit::Item) => &["项", "个", "次", "件"],
        Some(Unit::Organisation) => &["家", "个", "所"],
        Some(Unit::Percent) => &["%"],
        Some(Unit::Year) => &["年"],
        None => &[],
    }
}

/// The message for a unit the field does not take, naming the field's unit.
pub fn wrong_unit_msg(unit: Option<Unit>) -> Msg {
    match unit {
        Some(Unit::SquareMetre) => Msg::ErrUnitArea,
        Some(Unit::WanYuan) => Msg::ErrUnitWanYuan,
        Some(Unit::Person) => Msg::ErrUnitPeople,
        Some(Unit::Item) => Msg::ErrUnitItems,
        Some(Unit::Organisation) => Msg::ErrUnitOrganisations,
        Some(Unit::Percent) => Msg::ErrUnitPercent,
        Some(Unit::Year) => Msg::ErrUnitYears,
        None => Msg::ErrNotANumber,
    }
}

/// A Chinese digit (financial forms too), or an ASCII one.
fn digit(c: char) -> Option<u64> {
    Some(match c {
        '0'..='9' => u64::from(c as u8 - b'0'),
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The power of ten of a Chinese word of magnitude.
fn magnitude(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 1,
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        _ => return None,
    })
}

/// Whether `c` can be part of a number as typed (the separators too, to be judged later).
fn in_number(c: char) -> bool {
    matches!(c, '.' | ',' | ' ' | '、') || digit(c).is_some() || magnitude(c).is_some()
}

/// Arabic digits with thousands separators only in their places ("2,000", "12,345.5"; a space
/// between digits counts as one): the digits without them.
fn thousands(text: &str) -> Result<String, InputError> {
    let mut digits = String::new();
    // Digits since the last separator; whether there was one; whether the point has passed.
    let (mut group, mut grouped, mut fraction) = (0, false, false);
    for c in text.chars() {
        match c {
            ',' | ' ' if !fraction && group > 0 && (group == 3 || !grouped && group < 3) => {
                (group, grouped) = (0, true);
                continue;
            }
            ',' | ' ' => return Err(InputError::Separators),
            '.' if grouped && group != 3 => return Err(InputError::Separators),
            '.' => fraction = true,
            _ if !fraction => group += 1,
            _ => {}
        }
        digits.push(c);
    }
    if grouped && !fraction && group != 3 {
        return Err(InputError::Separators);
    }
    Ok(digits)
}

/// Words of magnitude after arabic digits, in their order ("千万", "万亿"; not "万千"): the power
/// of ten they make together.
fn magnitudes(words: &str) -> Option<u32> {
    let mut rank = 0;
    let mut power = 0;
    for c in words.chars() {
        let p = magnitude(c)?;
        let r = match p {
            1..=3 => 1,
            4 => 2,
            _ => 3,
        };
        if r <= rank {
            return None;
        }
        rank = r;
        power += p;
    }
    Some(power)
}

/// Reads a whole number in Chinese numerals, or mixed with arabic digits: 两千, 一万五千,
/// 三百二十, 十二, 一千零五, 二〇二〇, 1万5千, 伍仟; and whether it has a 万 or 亿. A last digit
/// after a word of a hundred or more stands for the next lower unit, as it is spoken: 一万五 is
/// 15 000, 两千五 2 500 (一万零五 is 10 005).
fn chinese(text: &str) -> Option<(u64, bool)> {
    // What is complete above 亿, between 亿 and 万, and below 万.
    let (mut yi, mut wan, mut section) = (0u64, 0u64, 0u64);
    // Digits not yet followed by a word, and whether they began with 零.
    let mut run: Option<(u64, bool)> = None;
    // The last word below 万 in this section (they must decrease), and the last word.
    let (mut floor, mut last) = (4, 0);
    for c in text.chars().filter(|c| *c != ' ') {
        if let Some(d) = digit(c) {
            run = Some(match run {
                Some((n, zero)) => (n.checked_mul(10)?.checked_add(d)?, zero),
                None => (d, d == 0),
            });
            continue;
        }
        let power = magnitude(c)?;
        // 十 alone is ten.
        let n = run.take().map_or(u64::from(power == 1), |r| r.0);
        let group = section.checked_add(n)?;
        let below_yi = wan.checked_add(group)?;
        match power {
            1..=3 if power < floor && n > 0 => {
                section = section.checked_add(n.checked_mul(10u64.pow(power))?)?;
                floor = power;
            }
            4 if wan == 0 && group > 0 => (wan, section, floor) = (group.checked_mul(10_000)?, 0, 4),
            8 if yi == 0 && below_yi > 0 => (yi, wan, section, floor) = (below_yi.checked_mul(100_000_000)?, 0, 0, 4),
            _ => return None,
        }
        last = power;
    }
    let tail = match run {
        Some((n, false)) if n < 10 && last >= 2 => n * 10u64.pow(if last == 8 { 7 } else { last - 1 }),
        Some((n, _)) => n,
        None => 0,
    };
    Some((yi.checked_add(wan)?.checked_add(section)?.checked_add(tail)?, yi > 0 || wan > 0))
}

/// A number read from a field: its value in the field's unit, and whether that is not simply
/// the digits typed (a unit converted, a word of magnitude or Chinese numerals read), in which
/// case the field says what it recorded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quantity {
    pub value: f64,
    pub converted: bool,
}

/// Reads a number typed into a field of `unit`: arabic digits (full-width too) with thousands
/// separators in their places, or Chinese numerals; then a word of magnitude (万, 亿, 千万 …)
/// and one of the unit words the field takes (`unit_words`), converted where that is
/// unambiguous ("5000元" is 0.5 万元, "1.5万" 15 000 m², "1.2亿" 12 000 万元). Any other unit
/// is refused with a message naming the field's unit. `whole` asks for a whole number; `max` is
/// the largest sensible value.
pub fn parse_quantity(text: &str, unit: Option<Unit>, whole: bool, max: f64) -> Result<Quantity, InputError> {
    let folded = fold(text);
    let (negative, s) = match folded.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, folded.strip_prefix('+').unwrap_or(&folded)),
    };
    let split = s.char_indices().find(|(_, c)| !in_number(*c)).map_or(s.len(), |(i, _)| i);
    let (number, word) = (s[..split].trim(), s[split..].trim());
    if number.is_empty() {
        return Err(InputError::NotANumber);
    }
    // A short word after a number is a unit or measure word; more is not a number at all.
    if !word.is_empty() && !unit_words(unit).contains(&word) {
        return Err(if word.len() <= 12 && !word.bytes().any(|b| b.is_ascii_digit()) {
            InputError::WrongUnit(unit)
        } else {
            InputError::NotANumber
        });
    }
    if number.contains('、') {
        return Err(InputError::Separators);
    }
    // Arabic digits and words of magnitude after them, or else Chinese numerals (whole numbers).
    let arabic = number.find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | ' '))).unwrap_or(number.len());
    let (digits, power, big, composite) = match magnitudes(&number[arabic..]) {
        Some(power) if arabic > 0 => (thousands(number[..arabic].trim())?, power, power >= 4, false),
        _ => {
            let (n, big) = chinese(number).ok_or(InputError::NotANumber)?;
            (n.to_string(), 0, big, true)
        }
    };
    // In a 万元 field, yuan: "元", or a number written with 万 or 亿 ("500万" is 500 万元).
    let shift = i64::from(power) - if unit == Some(Unit::WanYuan) && (big || !word.is_empty()) { 4 } else { 0 };
    let n = crate::lean::decimal::decimal_scaled(&digits, shift).ok_or(InputError::NotANumber)?;
    if !n.is_finite() {
        return Err(InputError::NotANumber);
    }
    if negative && n != 0.0 {
        return Err(InputError::Negative);
    }
    if whole && n.fract() != 0.0 {
        return Err(InputError::NotWhole);
    }
    if n > max {
        return Err(InputError::TooLarge);
    }
    // "-0" is zero, not negative zero (which would be written "-0.0" into files).
    Ok(Quantity { value: if n == 0.0 { 0.0 } else { n }, converted: composite || shift != 0 })
}

/// Reads a number with no unit: `parse_quantity` for a field without one.
pub fn parse_number(text: &str, whole: bool, max: f64) -> Result<f64, InputError> {
    parse_quantity(text, None, whole, max).map(|q| q.value)
}

/// Reads a date: 2020-03-01, 2020/3/1, 2020.3.1 or 2020年3月1日. It must exist in the calendar,
/// lie after 1900, and not after `latest` when given.
pub fn parse_date(text: &str, latest: Option<NaiveDate>) -> Result<NaiveDate, InputError> {
    let s: String = fold(text).chars().filter(|c| !matches!(c, ' ' | ',' | '、')).collect();
    let s = s.replace(['年', '月', '/', '.'], "-").replace('日', "");
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts[..] else { return Err(InputError::NotADate) };
    let digits = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit());
    if [y, m, d].iter().all(|p| digits(p)) && d.len() == 4 && y.len() <= 2 {
        return Err(InputError::DateOrder);
    }
    let num = |p: &str, len: std::ops::RangeInclusive<usize>| -> Result<u32, InputError> {
        if !len.contains(&p.len()) || !digits(p) {
            return Err(InputError::NotADate);
        }
        p.parse().map_err(|_| InputError::NotADate)
    };
    let (y, m, d) = (num(y, 4..=4)?, num(m, 1..=2)?, num(d, 1..=2)?);
    let date = NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(InputError::NoSuchDay)?;
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

    /// Reads `text` in a field of `unit` (not whole, up to 1e12): the value and whether the field
    /// says what it recorded.
    fn read(text: &str, unit: Option<Unit>) -> Result<(f64, bool), InputError> {
        parse_quantity(text, unit, false, 1e12).map(|q| (q.value, q.converted))
    }

    const AREA: Option<Unit> = Some(Unit::SquareMetre);
    const WAN: Option<Unit> = Some(Unit::WanYuan);

    #[test]
    fn numbers_as_people_type_them() {
        for (text, unit, value) in [
            ("2,000", AREA, 2000.0),
            ("12,345.5", AREA, 12345.5),
            ("1,234,567", AREA, 1234567.0),
            ("２０００", AREA, 2000.0),
            ("２，０００", AREA, 2000.0),
            ("１,５００", AREA, 1500.0),
            ("1 500", AREA, 1500.0),
            (" 1500.5 m² ", AREA, 1500.5),
            ("1500平方米", AREA, 1500.0),
            ("1500 平米", AREA, 1500.0),
            ("1500㎡", AREA, 1500.0),
            ("1500M2", AREA, 1500.0),
            ("500万元", WAN, 500.0),
            ("500万", WAN, 500.0),
            ("500 万元", WAN, 500.0),
            ("500", WAN, 500.0),
            ("6人", Some(Unit::Person), 6.0),
            ("6 名", Some(Unit::Person), 6.0),
            ("2项", Some(Unit::Item), 2.0),
            ("2个", Some(Unit::Item), 2.0),
            ("4次", Some(Unit::Item), 4.0),
            ("3家", Some(Unit::Organisation), 3.0),
            ("3个", Some(Unit::Organisation), 3.0),
            ("3年", Some(Unit::Year), 3.0),
            ("60%", Some(Unit::Percent), 60.0),
            ("60％", Some(Unit::Percent), 60.0),
            ("+7", AREA, 7.0),
            (".5", AREA, 0.5),
            ("-0", AREA, 0.0),
        ] {
            assert_eq!(read(text, unit), Ok((value, false)), "{text:?} in {unit:?}");
        }
    }

    #[test]
    fn units_are_converted_where_that_is_unambiguous_and_the_field_says_so() {
        for (text, unit, value) in [
            ("5000元", WAN, 0.5),
            ("5,000 元", WAN, 0.5),
            ("1234元", WAN, 0.1234),
            ("2000000元", WAN, 200.0),
            ("1.2亿", WAN, 12000.0),
            ("1.2亿元", WAN, 12000.0),
            ("3千万", WAN, 3000.0),
            ("3千万元", WAN, 3000.0),
            ("十万元", WAN, 10.0),
            ("伍仟元", WAN, 0.5),
            ("1.5万", AREA, 15000.0),
            ("1.5万平方米", AREA, 15000.0),
            ("0.2万㎡", AREA, 2000.0),
            ("两千", AREA, 2000.0),
            ("两千平方米", AREA, 2000.0),
            ("一万五千", AREA, 15000.0),
            ("一万五", AREA, 15000.0),
            ("1万5千", AREA, 15000.0),
            ("两千五", AREA, 2500.0),
            ("三百二十", AREA, 320.0),
            ("一千零五", AREA, 1005.0),
            ("一万零五", AREA, 10005.0),
            ("十二", Some(Unit::Person), 12.0),
            ("二十人", Some(Unit::Person), 20.0),
            ("两万", Some(Unit::Person), 20000.0),
            ("三年", Some(Unit::Year), 3.0),
            ("5千", WAN, 5000.0),
        ] {
            assert_eq!(read(text, unit), Ok((value, true)), "{text:?} in {unit:?}");
        }
        assert!(matches!(
            parse_quantity("1.5万人", Some(Unit::Person), true, 1e6),
            Ok(Quantity { value: 15000.0, converted: true })
        ));
        assert_eq!(parse_quantity("0.5人", Some(Unit::Person), true, 1e6), Err(InputError::NotWhole));
    }

    #[test]
    fn units_the_field_does_not_take_are_refused_naming_its_unit() {
        for (text, unit) in [
            ("50%", AREA),
            ("50%", WAN),
            ("50％", Some(Unit::Person)),
            ("3亩", AREA),
            ("2公顷", AREA),
            ("5000元", AREA),
            ("6人", WAN),
            ("1500m²", WAN),
            ("2项", Some(Unit::Person)),
            ("3年", Some(Unit::Item)),
            ("6个人", Some(Unit::Person)),
            ("2000左右", AREA),
            ("1.5k", AREA),
            ("5 美元", WAN),
            ("60人", Some(Unit::Percent)),
        ] {
            assert_eq!(read(text, unit), Err(InputError::WrongUnit(unit)), "{text:?} in {unit:?}");
        }
        assert_eq!(wrong_unit_msg(AREA), Msg::ErrUnitArea);
        assert!(wrong_unit_msg(WAN).text(crate::i18n::Lang::Zh).contains("万元"), "the message names the field's unit");
        assert_eq!(wrong_unit_msg(None), Msg::ErrNotANumber, "a field without a unit asks for a number");
        assert_eq!(read("8分", None), Err(InputError::WrongUnit(None)));
    }

    #[test]
    fn separators_only_in_their_places() {
        for text in
            ["1,2,3", "1、2、3", "1,0000", "12,34", ",500", "1,,000", "2, 000", "1.234,5", "1 2 3", "2000、3000"]
        {
            assert_eq!(read(text, AREA), Err(InputError::Separators), "{text:?}");
        }
        assert_eq!(read("1、2、3人", Some(Unit::Person)), Err(InputError::Separators));
    }

    #[test]
    fn bad_numbers_say_why() {
        assert_eq!(parse_number("", false, 1e9), Err(InputError::NotANumber));
        assert_eq!(parse_number("abc", false, 1e9), Err(InputError::NotANumber));
        assert_eq!(parse_number("-5", false, 1e9), Err(InputError::Negative));
        assert_eq!(parse_number("2.5", true, 1e9), Err(InputError::NotWhole));
        assert_eq!(parse_number("1e308", false, 1e9), Err(InputError::NotANumber));
        assert_eq!(parse_number("99999999999", false, 1e9), Err(InputError::TooLarge));
        for text in [
            "约2000",
            "1.2.3",
            "--1",
            "+-1",
            "万",
            "千",
            "万元",
            "五百三千",
            "一万万",
            "一亿亿",
            "1.5万5千",
            "一点五万",
            "2000-3000",
            "1e5",
            "NaN",
        ] {
            assert!(
                matches!(read(text, AREA), Err(InputError::NotANumber | InputError::WrongUnit(_))),
                "{text:?}: {:?}",
                read(text, AREA)
            );
        }
        assert_eq!(read("约2000", AREA), Err(InputError::NotANumber));
        assert_eq!(read("五百三千", AREA), Err(InputError::NotANumber));
        assert_eq!(read("2000平方米的中试场地和配套设施", AREA), Err(InputError::NotANumber), "prose is not a unit");
        assert_eq!(read("-5000元", WAN), Err(InputError::Negative));
        assert_eq!(read("一亿亿", AREA), Err(InputError::NotANumber));
        assert_eq!(read("一亿二千万", AREA), Ok((120_000_000.0, true)));
        assert_eq!(read("十万", AREA), Ok((100_000.0, true)));
        assert_eq!(read("一千零五十", AREA), Ok((1050.0, true)));
        assert_eq!(read("二〇二〇", Some(Unit::Year)), Ok((2020.0, true)));
        assert_eq!(read(&"九".repeat(60), AREA), Err(InputError::NotANumber), "no overflow in long Chinese numerals");
        assert_eq!(read("九千九百万亿亿", AREA), Err(InputError::NotANumber));
        assert_eq!(read("1万99999999999999999999", AREA), Err(InputError::NotANumber));
        assert_eq!(
            parse_quantity("2亿", AREA, false, 1e7),
            Err(InputError::TooLarge),
            "a converted number keeps its limit"
        );
    }

    #[test]
    fn dates_in_common_forms() {
        let d = NaiveDate::from_ymd_opt(2020, 3, 1).unwrap();
        assert_eq!(parse_date(" 2020 - 03 - 01 ", None), Ok(d));
        assert_eq!(parse_date("2020-03-01", None), Ok(d));
        assert_eq!(parse_date("2020/3/1", None), Ok(d));
        assert_eq!(parse_date("2020年3月1日", None), Ok(d));
        assert_eq!(parse_date("２０２０－０３－０１", None), Ok(d));
    }

    #[test]
    fn impossible_dates_are_refused() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(parse_date("2023-02-29", None), Err(InputError::NoSuchDay));
        assert_eq!(parse_date("2020-13-01", None), Err(InputError::NoSuchDay));
        assert_eq!(parse_date("2020年2月30日", None), Err(InputError::NoSuchDay));
        // Day and month first cannot be told apart: the year must come first.
        assert_eq!(parse_date("02/10/1963", None), Err(InputError::DateOrder));
        assert_eq!(parse_date("10.2.1963", None), Err(InputError::DateOrder));
        assert_eq!(parse_date("20-3-1", None), Err(InputError::NotADate));
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
    // "4分" is a score of 4: the unit of every rating.
    let text = text.trim();
    let text = text.strip_suffix('分').unwrap_or(text);
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
    let n = parse_quantity(text, fact.unit, fact.kind == FactKind::Count, fact.max.unwrap_or(1e12))?.value;
    if fact.min.is_some_and(|min| n < min) {
        return Err(InputError::TooSmall);
    }
    if fact.not_above.as_ref().and_then(|o| profile.number(o)).is_some_and(|limit| n > limit) {
        return Err(InputError::AboveOther);
    }
    Ok(Some(FactValue::Number(n)))
}

/// The number recorded for what was typed into a number field, when it is not simply the digits
/// typed ("5000元" in a 万元 field is recorded as 0.5): the field says so next to it.
pub fn recorded(fact: &crate::schemes::FactDef, text: &str) -> Option<f64> {
    use crate::schemes::FactKind;
    if !matches!(fact.kind, FactKind::Number | FactKind::Count) {
        return None;
    }
    parse_quantity(text, fact.unit, fact.kind == FactKind::Count, fact.max.unwrap_or(1e12))
        .ok()
        .filter(|q| q.converted)
        .map(|q| q.value)
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
        let text = inputs
            .get(fact.id.as_str())
            .cloned()
            .or_else(|| profile.number(&fact.id).map(|n| crate::lean::decimal::decimal(n, 6)))
            .unwrap_or_default();
        if let Err(e) = read_fact(fact, &text, today, profile) {
            errors.insert(fact.id.to_string(), e);
        }
    }
    errors
}

#[cfg(test)]
mod field_tests {
    use super::*;
    use crate::engine::IdMap;
    use crate::engine::{FactValue, Profile};

    #[test]
    fn a_score_is_read_up_to_its_indicators_points() {
        let table = crate::schemes::catalogue().scheme("shaoxing-pilot-base").unwrap().performance.as_ref().unwrap();
        let i = &table.indicators[0];
        let w = f64::from(i.weight);
        assert_eq!(read_score(i, "  "), Ok(None), "empty is no answer");
        assert_eq!(read_score(i, "0"), Ok(Some(0.0)));
        assert_eq!(read_score(i, &crate::lean::decimal::decimal(w, 0)), Ok(Some(w)), "the full points");
        assert_eq!(read_score(i, &crate::lean::decimal::decimal(w - 0.5, 1)), Ok(Some(w - 0.5)), "just below");
        assert_eq!(read_score(i, &crate::lean::decimal::decimal(w + 0.01, 2)), Err(InputError::TooLarge), "just above");
        assert_eq!(read_score(i, "-1"), Err(InputError::Negative));
        assert_eq!(read_score(i, "abc"), Err(InputError::NotANumber));
        assert_eq!(read_score(i, "1分"), Ok(Some(1.0)), "points written with their unit");
        assert_eq!(read_score(i, " 0.5 分 "), Ok(Some(0.5)));
        assert_eq!(read_score(i, "1分分"), Err(InputError::WrongUnit(None)), "one unit word, not two");
    }

    #[test]
    fn errors_are_derived_from_what_is_stored() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut inputs = IdMap::new();
        inputs.insert("pilot_site_area".to_string(), "abc".to_string());
        let profile = Profile::new(today)
            .with("fulltime_staff", FactValue::Number(10.0))
            .with("technical_staff", FactValue::Number(20.0));
        let errors = field_errors(&inputs, &profile, today);
        assert_eq!(
            errors.get("pilot_site_area"),
            Some(&InputError::NotANumber),
            "typed text that cannot be read stays an error"
        );
        assert_eq!(
            errors.get("technical_staff"),
            Some(&InputError::AboveOther),
            "a part above its lowered whole is caught"
        );
        assert_eq!(errors.len(), 2);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod unit_fuzz {
    use super::*;
    use proptest::prelude::*;

    const UNITS: [Option<Unit>; 8] = [
        None,
        Some(Unit::SquareMetre),
        Some(Unit::WanYuan),
        Some(Unit::Person),
        Some(Unit::Item),
        Some(Unit::Organisation),
        Some(Unit::Percent),
        Some(Unit::Year),
    ];

    proptest! {
        #[test]
        fn a_quantity_is_never_negative_non_finite_nor_above_its_limit(
            text in prop_oneof![
                ".{0,64}",
                "[-+0-9.,，、 零〇一二两三四五六七八九十百千万亿]{0,20}(元|万元|平方米|m²|人|个|项|家|年|%|亩)?",
            ],
            unit in proptest::sample::select(UNITS.to_vec()),
            whole in any::<bool>(),
            max in prop_oneof![Just(1e12), Just(1e6), Just(0.0), Just(f64::INFINITY)],
        ) {
            if let Ok(q) = parse_quantity(&text, unit, whole, max) {
                prop_assert!(q.value.is_finite() && q.value >= 0.0 && q.value.is_sign_positive(), "{text:?} → {q:?}");
                prop_assert!(q.value <= max, "{text:?} → {q:?} above {max}");
                prop_assert!(!whole || q.value.fract() == 0.0, "{text:?} → {q:?} is not whole");
            }
        }

        /// A plain number reads the same with its thousands separators, and as its own unit's
        /// word, and is not flagged as converted.
        #[test]
        fn separators_and_the_fields_own_unit_change_nothing(n in 0u64..1_000_000_000_000) {
            let plain = n.to_string();
            let mut grouped = String::new();
            for (i, c) in plain.chars().enumerate() {
                if i > 0 && (plain.len() - i) % 3 == 0 {
                    grouped.push(',');
                }
                grouped.push(c);
            }
            let expected = Ok(Quantity { value: n as f64, converted: false });
            prop_assert_eq!(parse_quantity(&grouped, Some(Unit::SquareMetre), false, 1e12), expected);
            prop_assert_eq!(parse_quantity(&format!("{grouped} 平方米"), Some(Unit::SquareMetre), false, 1e12), expected);
            prop_assert_eq!(parse_quantity(&format!("{plain}人"), Some(Unit::Person), true, 1e12), expected);
            // n yuan is n / 10 000 万元, rounded once.
            let wan = parse_quantity(&format!("{plain}元"), Some(Unit::WanYuan), false, 1e12).map(|q| q.value);
            prop_assert_eq!(wan, Ok(format!("{plain}e-4").parse::<f64>().unwrap()));
        }
    }
}
