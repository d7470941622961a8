//! Share links: round trip, length, and every refusal and drop rule of `decode`.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use platform_readiness::engine::{score_key, FactValue, Incident, Profile};
use platform_readiness::i18n::Lang;
use platform_readiness::report::share::{decode, encode, fragment, message, payload_in, ShareError, MAX_PAYLOAD};
use platform_readiness::schemes::{catalogue, FactKind, IncidentKind, Severity};
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A second, independent base64url encoder (no padding), so the tests do not trust the one
/// under test.
fn b64(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bits = 0u64;
    let mut n = 0;
    let mut out = String::new();
    for &b in bytes {
        bits = bits << 8 | u64::from(b);
        n += 8;
        while n >= 6 {
            n -= 6;
            out.push(A[(bits >> n & 63) as usize] as char);
        }
    }
    if n > 0 {
        out.push(A[(bits << (6 - n) & 63) as usize] as char);
    }
    out
}

/// The payload of a hand-written JSON text.
fn payload(json: &str) -> String {
    format!("v4.{}", b64(json.as_bytes()))
}

fn all_schemes() -> Vec<String> {
    catalogue().schemes.iter().map(|s| s.id.to_string()).collect()
}

/// Every fact of the catalogue answered, every indicator rated.
fn full_profile() -> Profile {
    let mut p = Profile::new(d("2026-11-23"));
    for (i, f) in catalogue().facts.iter().enumerate() {
        let value = match f.kind {
            FactKind::Number => FactValue::Number((2350.75 + i as f64).min(f.max.unwrap_or(f64::MAX))),
            FactKind::Count => {
                FactValue::Number((f.min.unwrap_or(0.0) + 12.0 + i as f64).min(f.max.unwrap_or(f64::MAX)))
            }
            FactKind::Date => FactValue::Date(d("2019-04-15")),
            FactKind::YesNo => FactValue::YesNo(i % 3 != 0),
            FactKind::Choice => FactValue::Choice(f.options.last().unwrap().id.to_string()),
            FactKind::Incidents => FactValue::Incidents(vec![
                Incident { date: d("2024-06-01"), kind: IncidentKind::Safety, severity: Severity::General },
                Incident { date: d("2025-01-15"), kind: IncidentKind::Quality, severity: Severity::Larger },
                Incident { date: d("2025-09-30"), kind: IncidentKind::Environment, severity: Severity::Serious },
            ]),
        };
        p.facts.insert(f.id.to_string(), value);
    }
    for (s, t) in catalogue().schemes.iter().filter_map(|s| Some((s, s.performance.as_ref()?))) {
        for (i, ind) in t.indicators.iter().enumerate() {
            p.scores.insert(score_key(&s.id, &ind.id), (f64::from(ind.weight) - i as f64 % 3.0).max(0.0) - 0.5);
        }
    }
    p
}

fn decoded(json: &str) -> Result<(Vec<String>, Profile), ShareError> {
    decode(&payload(json))
}

fn facts_of(json_facts: &str) -> Profile {
    decoded(&format!(r#"{{"s":["shaoxing-pilot-base"],"d":"2026-11-23","f":{json_facts}}}"#)).expect("readable").1
}

// ── Round trip and length ───────────────────────────────────────────────────

#[test]
fn a_full_profile_round_trips() {
    let schemes = all_schemes();
    let profile = full_profile();
    assert_eq!(profile.facts.len(), catalogue().facts.len(), "the fixture answers every fact");
    let code = encode(&schemes, &profile);
    assert!(code.starts_with("v4."));
    assert!(
        code[3..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
        "URL-safe, no padding: {code}"
    );
    let (s, p) = decode(&code).expect("its own payload");
    assert_eq!(s, schemes);
    assert_eq!(p, profile);
}

#[test]
fn a_full_profile_makes_a_short_fragment() {
    let code = encode(&all_schemes(), &full_profile());
    println!(
        "share payload for a full profile ({} facts, all scores): {} characters",
        full_profile().facts.len(),
        code.len()
    );
    assert!(code.len() < 4000, "{} characters", code.len());
}

#[test]
fn an_empty_profile_round_trips() {
    let profile = Profile::new(d("2026-01-01"));
    let schemes = vec!["guangxi-pilot-base-2021".to_string()];
    assert_eq!(decode(&encode(&schemes, &profile)), Ok((schemes, profile)));
}

#[test]
fn the_fragment_carries_the_payload() {
    let schemes = all_schemes();
    let profile = full_profile();
    let f = fragment(&schemes, &profile);
    assert!(f.starts_with("p=v4."));
    assert_eq!(payload_in(&format!("#{f}")), Some(encode(&schemes, &profile).as_str()));
    assert_eq!(decode(payload_in(&format!("#{f}")).unwrap()).unwrap().1, profile);
}

#[test]
fn whole_numbers_are_written_without_decimals() {
    let p = Profile::new(d("2026-11-23")).with("pilot_site_area", FactValue::Number(2000.0));
    let code = encode(&["shaoxing-pilot-base".to_string()], &p);
    let expected = payload(r#"{"s":["shaoxing-pilot-base"],"d":"2026-11-23","f":{"pilot_site_area":2000}}"#);
    assert_eq!(code, expected);
}

#[test]
fn the_working_plan_travels_in_the_link_as_it_is() {
    let mut profile = full_profile();
    let plan = r#"{"evidence":{"business-licence":{"state":"in_progress","owner":"王工"}},"changes":[{"on":"2027-03-01","fact":"pilot_site_area","change":"set","value":{"number":2600.0}}]}"#;
    profile.plan = plan.into();
    let schemes = all_schemes();
    let (_, back) = decode(&encode(&schemes, &profile)).unwrap();
    assert_eq!(back.plan, profile.plan);
    assert_eq!(back, profile);
    // A link of version 3 has no plan: its answers open, with an empty plan.
    let v3 = encode(&schemes, &full_profile()).replacen("v4.", "v3.", 1);
    assert_eq!(decode(&v3).unwrap().1, full_profile());
    // A plan that is not the text of an object is dropped, the answers kept.
    let json = r#"{"s":["shaoxing-pilot-base"],"d":"2026-11-23","f":{"pilot_site_area":2000},"p":"[1,2]"}"#;
    let (_, p) = decode(&payload(json)).unwrap();
    assert_eq!(p.plan, "");
    assert_eq!(p.number("pilot_site_area"), Some(2000.0));
}

// ── Refusals ────────────────────────────────────────────────────────────────

#[test]
fn an_unknown_version_is_refused() {
    let body = encode(&all_schemes(), &full_profile())[3..].to_string();
    for bad in [
        format!("v5.{body}"),
        format!("V4.{body}"),
        format!("v4{body}"),
        body.clone(),
        String::new(),
        "v4".into(),
        "#p=v4.".into(),
    ] {
        assert_eq!(decode(&bad), Err(ShareError::UnknownVersion), "{bad:.20}");
    }
}

#[test]
fn a_payload_over_the_limit_is_refused_before_decoding() {
    let long = format!("v4.{}", "A".repeat(MAX_PAYLOAD));
    assert!(long.len() > MAX_PAYLOAD);
    assert_eq!(decode(&long), Err(ShareError::TooLong));
    assert_eq!(decode(&"x".repeat(MAX_PAYLOAD + 1)), Err(ShareError::TooLong));
    // Just at the limit the size is fine (and the content is then judged).
    let at_limit = format!("v4.{}", "A".repeat(MAX_PAYLOAD - 3 - (MAX_PAYLOAD - 3) % 4));
    assert_ne!(decode(&at_limit), Err(ShareError::TooLong));
}

#[test]
fn bad_base64_is_refused() {
    let good = encode(&all_schemes(), &full_profile());
    for bad in [
        "v4.***".to_string(),
        "v4.Zm9v+w".into(),   // standard alphabet, not URL-safe
        "v4.Zm9vYg==".into(), // padding
        "v4.Z".into(),        // a length no encoder makes
        "v4.Zh".into(),       // bits set below the last byte
        format!("{good} "),
        format!("{}%3D", &good),
        "v4.eyJzIjpbXX0=".into(),
        "v4.中文".into(),
    ] {
        assert_eq!(decode(&bad), Err(ShareError::BadBase64), "{bad:.40}");
    }
}

#[test]
fn bad_json_or_wrong_types_are_refused() {
    for bad in [
        "", // no bytes
        "not json",
        "{\"s\":[\"shaoxing-pilot-base\"],\"d\":\"2026-11-23\"", // cut short
        "[]",
        "null",
        "\"v1\"",
        r#"{"d":"2026-11-23"}"#,                           // no schemes
        r#"{"s":"shaoxing-pilot-base","d":"2026-11-23"}"#, // schemes not a list
        r#"{"s":[1,2],"d":"2026-11-23"}"#,                 // scheme ids not strings
        r#"{"s":["shaoxing-pilot-base"]}"#,                // no date
        r#"{"s":["shaoxing-pilot-base"],"d":20261123}"#,   // date not a string
        r#"{"s":["shaoxing-pilot-base"],"d":"2026-11-23","f":[]}"#,
        r#"{"s":["shaoxing-pilot-base"],"d":"2026-11-23","f":"pilot_site_area"}"#,
        r#"{"s":["shaoxing-pilot-base"],"d":"2026-11-23","c":[1]}"#,
        r#"{"s":["shaoxing-pilot-base"],"d":"2026-11-23","f":{"pilot_site_area":1e400}}"#, // beyond any f64
    ] {
        assert_eq!(decoded(bad), Err(ShareError::BadJson), "{bad}");
    }
    // Bytes that are not UTF-8.
    assert_eq!(decode(&format!("v4.{}", b64(&[0xff, 0xfe, b'{', b'}']))), Err(ShareError::BadJson));
}

#[test]
fn unknown_schemes_are_dropped_and_none_left_is_refused() {
    let (s, _) =
        decoded(r#"{"s":["nope","shaoxing-pilot-base","<script>","shaoxing-pilot-base"],"d":"2026-11-23"}"#).unwrap();
    assert_eq!(s, vec!["shaoxing-pilot-base"], "unknown ids dropped, duplicates once");
    assert_eq!(decoded(r#"{"s":["nope","also-nope"],"d":"2026-11-23"}"#), Err(ShareError::NoKnownScheme));
    assert_eq!(decoded(r#"{"s":[],"d":"2026-11-23"}"#), Err(ShareError::NoKnownScheme));
}

#[test]
fn the_assessment_date_must_be_real_and_between_1900_and_2200() {
    for bad in ["1899-12-31", "2201-01-01", "2026-02-30", "23/11/2026", "", "+12026-01-01"] {
        assert_eq!(
            decoded(&format!(r#"{{"s":["shaoxing-pilot-base"],"d":"{bad}"}}"#)),
            Err(ShareError::BadDate),
            "{bad}"
        );
    }
    for good in ["1900-01-01", "2200-12-31"] {
        assert_eq!(
            decoded(&format!(r#"{{"s":["shaoxing-pilot-base"],"d":"{good}"}}"#)).unwrap().1.assessed_on,
            d(good)
        );
    }
}

#[test]
fn more_than_200_incidents_are_refused() {
    let list = |n: usize| vec![r#"["2025-01-01","safety","general"]"#; n].join(",");
    assert_eq!(
        facts_of(&format!(r#"{{"incidents":[{}]}}"#, list(200))).incidents("incidents").map(<[Incident]>::len),
        Some(200)
    );
    assert_eq!(
        decoded(&format!(r#"{{"s":["shaoxing-pilot-base"],"d":"2026-11-23","f":{{"incidents":[{}]}}}}"#, list(201))),
        Err(ShareError::TooManyIncidents)
    );
}

// ── Drops ───────────────────────────────────────────────────────────────────

#[test]
fn unknown_facts_are_dropped() {
    let p = facts_of(r#"{"pilot_site_area":2000,"no_such_fact":5,"__proto__":{"x":1},"":true}"#);
    assert_eq!(p.facts.keys().collect::<Vec<_>>(), vec!["pilot_site_area"]);
}

#[test]
fn values_of_the_wrong_kind_are_dropped() {
    let p = facts_of(
        r#"{
        "pilot_site_area":"2000",
        "fulltime_staff":true,
        "independent_legal_person":1,
        "credit_clean":"yes",
        "registration_date":20200101,
        "org_kind":true,
        "location":["shaoxing"],
        "incidents":{"date":"2025-01-01"},
        "operating_normally_since":null,
        "site_fixed":true
    }"#,
    );
    assert_eq!(p.facts.keys().collect::<Vec<_>>(), vec!["site_fixed"], "only the well-kinded value stays");
}

/// A link made by the previous release (`v1.`): its answers are carried over to the questions
/// that replaced them, never as a wrong yes.
#[test]
fn a_version_1_link_opens_with_its_answers_carried_over() {
    let v1 = format!(
        "v1.{}",
        b64(br#"{"s":["bingtuan-pilot-base"],"d":"2026-11-23","f":{"registration_date":"2020-05-01","operating_normally":true,"dedicated_site":true,"no_serious_violation":true,"partnership_agreement":false,"pilot_site_area":2000}}"#)
    );
    let (schemes, p) = decode(&v1).expect("a version 1 link still opens");
    assert_eq!(schemes, vec!["bingtuan-pilot-base".to_string()]);
    assert_eq!(
        p.facts.get("operating_normally_since"),
        Some(&FactValue::Date(NaiveDate::from_ymd_opt(2020, 5, 1).unwrap())),
        "since registration"
    );
    for id in ["site_fixed", "site_independent", "site_concentrated"] {
        assert_eq!(p.facts.get(id), Some(&FactValue::YesNo(true)), "{id}: the old yes covered it");
    }
    for id in ["no_serious_misconduct", "no_misconduct_3y", "lead_unit_agreement", "cobuild_agreement"] {
        assert!(!p.facts.contains_key(id), "{id}: the old answer does not tell, so it is not known yet");
    }
    for old in ["operating_normally", "dedicated_site", "no_serious_violation", "partnership_agreement"] {
        assert!(!p.facts.contains_key(old), "{old} is gone");
    }
    assert_eq!(p.facts.get("pilot_site_area"), Some(&FactValue::Number(2000.0)));
    // In a version 2 link the old ids mean nothing and are dropped.
    let v2 = format!("v2.{}", &v1[3..]);
    let (_, p2) = decode(&v2).unwrap();
    assert!(!p2.facts.contains_key("site_fixed") && !p2.facts.contains_key("operating_normally_since"));
}

#[test]
fn numbers_out_of_range_or_not_finite_are_dropped() {
    let p = facts_of(
        r#"{
        "pilot_site_area":-1,
        "rd_office_area":10000000.5,
        "pilot_equipment_value":100000000,
        "supporting_units":0,
        "expert_committee_term":50,
        "expert_committee_meetings":366,
        "fulltime_staff":12.5,
        "technical_staff":8
    }"#,
    );
    assert_eq!(p.number("pilot_site_area"), None, "below min 0");
    assert_eq!(p.number("rd_office_area"), None, "above max");
    assert_eq!(p.number("pilot_equipment_value"), Some(100000000.0), "max itself is fine");
    assert_eq!(p.number("supporting_units"), None, "below min 1");
    assert_eq!(p.number("expert_committee_term"), Some(50.0));
    assert_eq!(p.number("expert_committee_meetings"), None, "above max 365");
    assert_eq!(p.number("fulltime_staff"), None, "a count is a whole number");
    assert_eq!(p.number("technical_staff"), Some(8.0));

    // Not finite: JSON cannot carry NaN or infinity, so the encoder writes null and it is dropped.
    let p = Profile::new(d("2026-11-23"))
        .with("pilot_site_area", FactValue::Number(f64::NAN))
        .with("rd_office_area", FactValue::Number(f64::INFINITY))
        .with("fulltime_staff", FactValue::Number(10.0));
    let (_, back) = decode(&encode(&["shaoxing-pilot-base".to_string()], &p)).unwrap();
    assert_eq!(back.facts.keys().collect::<Vec<_>>(), vec!["fulltime_staff"]);
}

#[test]
fn dates_before_1900_or_after_2200_are_dropped() {
    let p = facts_of(
        r#"{
        "registration_date":"1899-12-31",
        "director_birth_date":"2201-01-01",
        "centre_revoked_on":"2026-02-29"
    }"#,
    );
    assert!(p.facts.is_empty(), "{:?}", p.facts);
    let p = facts_of(r#"{"registration_date":"1900-01-01","director_birth_date":"2200-12-31"}"#);
    assert_eq!(p.date("registration_date"), Some(d("1900-01-01")));
    assert_eq!(p.date("director_birth_date"), Some(d("2200-12-31")));
}

#[test]
fn choices_that_are_not_options_are_dropped() {
    let p = facts_of(r#"{"org_kind":"pirate","location":"Shaoxing","director_title":"senior","industry_field":""}"#);
    assert_eq!(p.facts.keys().collect::<Vec<_>>(), vec!["director_title"]);
    assert_eq!(p.choice("director_title"), Some("senior"));
}

#[test]
fn an_incident_list_with_a_bad_entry_is_dropped_whole() {
    for bad in [
        r#"[["2025-01-01","safety","general"],["2025-01-01","fire","general"]]"#,
        r#"[["2025-01-01","safety","huge"]]"#,
        r#"[["1800-01-01","safety","general"]]"#,
        r#"[["2025-01-01","safety"]]"#,
        r#"[{"date":"2025-01-01","kind":"safety","severity":"general"}]"#,
    ] {
        let p = facts_of(&format!(r#"{{"incidents":{bad}}}"#));
        assert_eq!(p.incidents("incidents"), None, "{bad}");
    }
    let p = facts_of(r#"{"incidents":[]}"#);
    assert_eq!(p.incidents("incidents"), Some(&[][..]), "an empty list is the answer “none”");
}

#[test]
fn scores_are_kept_only_for_known_indicators_within_their_weight() {
    let p = decoded(r#"{"s":["shaoxing-pilot-base"],"d":"2026-11-23","c":{"shaoxing-pilot-base/service-income":12.5,"shaoxing-pilot-base/rd-costs":6,"shaoxing-pilot-base/pilot-site-area":-1,"shaoxing-pilot-base/nope":3,"shaoxing-pilot-base/landed-benefit":"20","service-income":4,"bingtuan-pilot-base/service-income":4,"nope/service-income":4}}"#)
        .unwrap()
        .1;
    assert_eq!(
        p.scores.into_iter().collect::<Vec<_>>(),
        vec![("shaoxing-pilot-base/service-income".to_string(), 12.5)],
        "a rating is kept only under a scheme whose table has the indicator"
    );
}

/// A link made before ratings were keyed by scheme (`v2.`, `v1.`): each rating belongs to the
/// table that had its indicator, and none is lost.
#[test]
fn older_links_keep_their_ratings_under_the_scheme_of_their_table() {
    let body = br#"{"s":["shaoxing-pilot-base"],"d":"2026-11-23","c":{"service-income":12.5,"rd-costs":5,"social-economic-benefit":7}}"#;
    for prefix in ["v2.", "v1."] {
        let (_, p) = decode(&format!("{prefix}{}", b64(body))).expect("an older link still opens");
        assert_eq!(
            p.scores.into_iter().collect::<Vec<_>>(),
            vec![
                ("shaoxing-pilot-base/rd-costs".to_string(), 5.0),
                ("shaoxing-pilot-base/service-income".to_string(), 12.5),
                ("shaoxing-pilot-base/social-economic-benefit".to_string(), 7.0),
            ],
            "{prefix}"
        );
    }
    // The same old keys in a current link name no scheme: they are dropped.
    let (_, p) = decode(&format!("v4.{}", b64(body))).unwrap();
    assert!(p.scores.is_empty());
}

#[test]
fn unknown_top_level_keys_are_ignored() {
    let (s, p) = decoded(r#"{"s":["shaoxing-pilot-base"],"d":"2026-11-23","x":{"anything":[1,2,3]}}"#).unwrap();
    assert_eq!(s, vec!["shaoxing-pilot-base"]);
    assert!(p.facts.is_empty());
}

#[test]
fn every_refusal_has_its_own_sentence_in_both_languages() {
    let all = [
        ShareError::UnknownVersion,
        ShareError::TooLong,
        ShareError::BadBase64,
        ShareError::BadJson,
        ShareError::BadDate,
        ShareError::NoKnownScheme,
        ShareError::TooManyIncidents,
    ];
    for lang in [Lang::Zh, Lang::En] {
        let texts: Vec<&str> = all.iter().map(|e| message(e, lang)).collect();
        for (i, t) in texts.iter().enumerate() {
            assert!(t.len() > 20, "{t}");
            assert!(!texts[..i].contains(t), "{t} is used twice");
        }
    }
    assert!(message(&ShareError::BadBase64, Lang::Zh).chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
    assert!(message(&ShareError::BadBase64, Lang::En).is_ascii());
}

// ── Fuzz ────────────────────────────────────────────────────────────────────

fn json_ish() -> impl Strategy<Value = String> {
    prop_oneof![
        "[\\[\\]{}\",:0-9a-z._ -]{0,120}",
        (prop::collection::vec("[a-z_\"]{0,12}", 0..6), "[0-9a-z\"\\[\\]{},.:-]{0,40}").prop_map(|(keys, v)| format!(
            r#"{{"s":["shaoxing-pilot-base"],"d":"2026-11-23","f":{{{}}}}}"#,
            keys.iter().map(|k| format!("\"{k}\":{v}")).collect::<Vec<_>>().join(",")
        )),
    ]
}

fn fact_value() -> impl Strategy<Value = (usize, FactValue)> {
    let facts = catalogue().facts.len();
    (0..facts, any::<u32>(), 0u32..100_000, any::<bool>(), 0usize..3).prop_map(|(i, n, day, b, k)| {
        let f = &catalogue().facts[i];
        let date = d("1900-01-01") + chrono::Days::new(u64::from(day));
        let value = match f.kind {
            FactKind::Number => {
                let (min, max) = (f.min.unwrap_or(0.0), f.max.unwrap_or(1e9));
                // Amounts as people type them, up to four decimals (see docs/report-format.md on
                // numbers: up to 15 significant digits read back exactly).
                FactValue::Number(((min + (max - min) * f64::from(n) / f64::from(u32::MAX)) * 1e4).round() / 1e4)
            }
            FactKind::Count => {
                FactValue::Number((f.min.unwrap_or(0.0) + f64::from(n % 1000)).min(f.max.unwrap_or(1e9)))
            }
            FactKind::Date => FactValue::Date(date.min(d("2200-12-31"))),
            FactKind::YesNo => FactValue::YesNo(b),
            FactKind::Choice => FactValue::Choice(f.options[n as usize % f.options.len()].id.to_string()),
            FactKind::Incidents => FactValue::Incidents(
                (0..k)
                    .map(|j| Incident {
                        date: date.min(d("2200-12-31")),
                        kind: [IncidentKind::Safety, IncidentKind::Quality, IncidentKind::Environment]
                            [(j + n as usize) % 3],
                        severity: [
                            Severity::General,
                            Severity::Larger,
                            Severity::Major,
                            Severity::Extraordinary,
                            Severity::Serious,
                        ][(j + day as usize) % 5],
                    })
                    .collect(),
            ),
        };
        (i, value)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn decode_never_panics_on_any_string(s in ".{0,300}") {
        let _ = decode(&s);
        let _ = decode(&format!("v1.{s}"));
    }

    #[test]
    fn decode_never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = decode(&format!("v1.{}", b64(&bytes)));
    }

    #[test]
    fn decode_never_panics_on_json_like_text(json in json_ish()) {
        let _ = decode(&payload(&json));
    }

    #[test]
    fn any_valid_profile_round_trips(facts in prop::collection::vec(fact_value(), 0..30), day in 0u32..100_000, pick in 1u8..32) {
        let mut p = Profile::new(d("1900-01-01") + chrono::Days::new(u64::from(day)));
        for (i, v) in facts {
            p.facts.insert(catalogue().facts[i].id.to_string(), v);
        }
        let schemes: Vec<String> = all_schemes().into_iter().enumerate().filter(|(i, _)| pick >> i & 1 == 1).map(|(_, s)| s).collect();
        prop_assume!(!schemes.is_empty());
        let (s, back) = decode(&encode(&schemes, &p)).expect("own payload");
        prop_assert_eq!(s, schemes);
        prop_assert_eq!(back, p);
    }
}
