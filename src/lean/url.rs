//! Query values of an address.

/// Decodes a URL query value (`%XX` escapes and `+`).
pub fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_as_form_urlencoded_does() {
        for value in [
            "",
            "plain",
            "a+b",
            "%E9%98%B3%E6%B3%89",
            "%e9%98%b3",
            "100%",
            "%2",
            "%zz",
            "%%41",
            "a%20b%2Bc",
            "%F0%9F%98%80",
            "%FF%FE",
            "#abc%26=",
        ] {
            let query = format!("k={value}");
            let (_, theirs) = form_urlencoded::parse(query.as_bytes()).next().unwrap();
            assert_eq!(decode(value), theirs, "{value:?}");
        }
    }
}
