//! `YYYY-MM-DD`, the one date format of files, stored answers and share links.

use chrono::NaiveDate;

/// Reads a date as files, stored answers and share links write it: `YYYY-MM-DD` and nothing else.
/// (chrono's own parser understands every strftime format; this app needs one, in a fraction of
/// the wasm.)
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let digits = |from: usize, to: usize| {
        bytes[from..to].iter().try_fold(0u32, |n, c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    NaiveDate::from_ymd_opt(digits(0, 4)? as i32, digits(5, 7)?, digits(8, 10)?)
}

/// Serde for the dates of stored answers and files: written `YYYY-MM-DD`, read by [`parse_iso`].
pub mod iso {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(date)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::parse_iso(&text).ok_or_else(|| D::Error::custom("a date is written YYYY-MM-DD"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn iso_dates_are_read_strictly() {
        assert_eq!(parse_iso("2024-02-29"), Some(d("2024-02-29")));
        assert_eq!(parse_iso("0001-01-01"), NaiveDate::from_ymd_opt(1, 1, 1));
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-01",
            "2024-01-1",
            "24-01-01",
            "2024/01/01",
            "2024-01-01T00:00",
            " 2024-01-01",
            "+2024-01-01",
            "2024-0a-01",
            "２０２４-01-01",
            "",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad:?}");
        }
        for day in [d("1900-01-01"), d("2026-11-23"), d("2200-12-31")] {
            assert_eq!(parse_iso(&day.to_string()), Some(day), "reads what chrono writes");
        }
    }

    #[test]
    fn reads_what_chronos_own_parser_reads_in_the_strict_form() {
        let mut seed = 5u32;
        let mut read = 0;
        for _ in 0..20_000 {
            let mut next = |n: u32| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                (seed >> 16) % n
            };
            // Mostly YYYY-MM-DD with digits that are often out of range, now and then another
            // separator: what a strict reader must refuse and chrono's reader also refuses.
            let text: String = (0..10)
                .map(|i| match i {
                    4 | 7 if next(20) == 0 => '/',
                    4 | 7 => '-',
                    0 => char::from(b'1' + next(2) as u8),
                    5 | 8 => char::from(b'0' + next(4) as u8),
                    _ => char::from(b'0' + next(10) as u8),
                })
                .collect();
            let theirs = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok();
            assert_eq!(parse_iso(&text), theirs, "{text:?}");
            read += usize::from(theirs.is_some());
        }
        assert!(read > 1_000, "the sample holds real dates too ({read})");
    }
}
