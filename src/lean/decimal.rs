//! Decimal numbers written and read without the standard library's float formatter and parser.

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
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// The most significant digits read exactly: below 2⁵³, so the mantissa is a float exactly.
const EXACT_DIGITS: usize = 15;

/// Reads `[+-]digits[.digits]` (no exponent). Up to 15 significant digits and 22 decimals the
/// result is the correctly rounded float (one division of two exact floats), as the standard
/// library's parser gives; further digits are read only for their magnitude, which is all a
/// count or an area typed into a form can need. (The standard parser's tables are a large part of
/// a wasm file.)
pub fn decimal_value(text: &str) -> Option<f64> {
    decimal_scaled(text, 0)
}

/// `decimal_value` of the text times 10^`shift`, rounded once, as if the point had been moved.
pub fn decimal_scaled(text: &str, shift: i64) -> Option<f64> {
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
    let exponent = point - taken as i64 + shift;
    let magnitude = match exponent {
        0 => mantissa,
        e if e > 0 => mantissa * 10f64.powi(e.min(400) as i32),
        e if -e < EXACT_POWERS.len() as i64 => mantissa / EXACT_POWERS[(-e) as usize],
        e => mantissa / 10f64.powi((-e).min(400) as i32),
    };
    Some(if negative && magnitude != 0.0 { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_read_as_the_standard_parser_reads_them() {
        for text in [
            "0",
            "0.0",
            "00012",
            "1.",
            ".5",
            "+7",
            "-3.25",
            "2000",
            "0.1",
            "0.3",
            "123456789012345",
            "1234567.891",
            "0.000001",
            "99999999999999.9",
            "3.14159265358979",
        ] {
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
        assert!(
            decimal_value(&"9".repeat(64)).is_some_and(|n| n > 9.9e63 && n < 1.1e64),
            "long inputs keep their magnitude"
        );
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
    fn writes_what_the_standard_formatter_writes_for_typed_figures() {
        let mut seed = 3u64;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let k = (seed >> 33) % 1_000_000_000;
            let d = ((seed >> 20) % 7) as i32;
            let n = k as f64 / 10f64.powi(d);
            assert_eq!(decimal(n, 6), format!("{n}"), "{k} / 10^{d}");
            assert_eq!(decimal(-n, 6), if n == 0.0 { "0".to_string() } else { format!("{}", -n) });
        }
    }
}
