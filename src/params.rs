//! Link parameters a bureau or a shared link may set: `schemes=`, `lang=`, `embed=`, `accent=`,
//! `start=`, `parent=`. Unknown or malformed values are ignored with a warning, never an error.

use crate::i18n::Lang;
use crate::schemes::catalogue;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct LinkParams {
    /// Known scheme ids, in catalogue order; empty when not given.
    pub schemes: Vec<String>,
    pub lang: Option<Lang>,
    pub embed: bool,
    /// A CSS colour: `#rgb` or `#rrggbb` only.
    pub accent: Option<String>,
    pub start: bool,
    /// The embedding page's origin (scheme://host[:port]).
    pub parent: Option<String>,
}

fn is_colour(v: &str) -> bool {
    let hex = v.strip_prefix('#').unwrap_or("");
    (hex.len() == 3 || hex.len() == 6) && hex.chars().all(|c| c.is_ascii_hexdigit())
}

fn is_origin(v: &str) -> bool {
    let rest = v.strip_prefix("https://").or_else(|| v.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !r.is_empty() && !r.contains('/') && r.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
    })
}

/// The value of `key` in a query string, decoded.
pub fn query_value(query: &str, key: &str) -> Option<String> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == key).then(|| crate::lean::url::decode(v))
    })
}

/// Reads a query string (with or without the leading `?`). Returns the parameters and one
/// warning per value that was ignored.
pub fn parse(query: &str) -> (LinkParams, Vec<String>) {
    let mut p = LinkParams::default();
    let mut warnings = Vec::new();
    for pair in query.trim_start_matches('?').split('&').filter(|s| !s.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let value = crate::lean::url::decode(raw);
        match key {
            "schemes" => {
                let wanted: Vec<&str> = value.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
                for w in &wanted {
                    if catalogue().scheme(w).is_none() {
                        warnings.push(format!("schemes: unknown scheme '{w}' ignored"));
                    }
                }
                p.schemes = catalogue()
                    .schemes
                    .iter()
                    .filter(|s| wanted.contains(&s.id.as_str()))
                    .map(|s| s.id.to_string())
                    .collect();
            }
            "lang" => match Lang::parse(&value) {
                Some(l) => p.lang = Some(l),
                None => warnings.push(format!("lang: '{value}' is not zh-CN or en, ignored")),
            },
            "embed" => p.embed = matches!(value.as_str(), "1" | "true" | "yes"),
            "start" => p.start = matches!(value.as_str(), "1" | "true" | "yes"),
            "accent" if is_colour(&value) => p.accent = Some(value),
            "accent" => warnings.push(format!("accent: '{value}' is not a #rgb or #rrggbb colour, ignored")),
            "parent" if is_origin(&value) => p.parent = Some(value),
            "parent" => {
                warnings.push(format!("parent: '{value}' is not an origin like https://example.gov.cn, ignored"))
            }
            // The app's own navigation (`page=report&id=…` is a saved report).
            "page" | "step" | "id" | "from" => {}
            other => warnings.push(format!("unknown parameter '{other}' ignored")),
        }
    }
    (p, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_parameters_are_read() {
        let (p, w) = parse("?schemes=bingtuan-pilot-base,shaoxing-pilot-base&lang=en&embed=1&accent=%23aa3300&parent=https%3A%2F%2Fkjj.example.gov.cn&start=1");
        assert_eq!(p.schemes, vec!["bingtuan-pilot-base", "shaoxing-pilot-base"]);
        assert_eq!(p.lang, Some(Lang::En));
        assert!(p.embed && p.start);
        assert_eq!(p.accent.as_deref(), Some("#aa3300"));
        assert_eq!(p.parent.as_deref(), Some("https://kjj.example.gov.cn"));
        assert!(w.is_empty(), "{w:?}");
        assert!(parse("?page=report&id=r-1&step=2").1.is_empty(), "the app's own navigation is no warning");
    }

    #[test]
    fn malformed_values_are_ignored_with_a_warning() {
        let (p, w) = parse(
            "schemes=nope,bingtuan-pilot-base&lang=fr&accent=red;background:url(x)&parent=javascript:alert(1)&x=1&%zz",
        );
        assert_eq!(p.schemes, vec!["bingtuan-pilot-base"]);
        assert_eq!(p.lang, None);
        assert_eq!(p.accent, None);
        assert_eq!(p.parent, None);
        assert_eq!(w.len(), 6, "{w:?}");
    }
}
