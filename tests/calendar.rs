//! The iCalendar writer (`report::ics`), validated by reading its output back as RFC 5545 says a
//! reader must: lines end in CRLF and hold at most 75 octets, a line starting with a space
//! continues the one before, TEXT values unescape to what was written.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use chrono::NaiveDateTime;
use platform_readiness::engine::plan::{Plan, PlannedChange};
use platform_readiness::report::ics::{dated_events, escape, write, CalendarEvent, DateKind, DatedEvent, LINE_OCTETS};
use platform_readiness::schemes::catalogue;
use support::*;

fn stamp() -> NaiveDateTime {
    d("2026-12-01").and_hms_opt(8, 30, 5).unwrap()
}

/// The physical lines: every one ends in CRLF, none holds a lone CR or LF, none is longer than
/// 75 octets.
fn lines(ics: &str) -> Vec<&str> {
    assert!(ics.ends_with("\r\n"), "the last line ends in CRLF");
    let lines: Vec<&str> = ics[..ics.len() - 2].split("\r\n").collect();
    for l in &lines {
        assert!(!l.contains('\r') && !l.contains('\n'), "a bare line break in {l:?}");
        assert!(l.len() <= LINE_OCTETS, "{} octets: {l:?}", l.len());
    }
    lines
}

/// Content lines, unfolded.
fn unfold(ics: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in lines(ics) {
        match l.strip_prefix(' ').or_else(|| l.strip_prefix('\t')) {
            Some(rest) => out.last_mut().expect("a continuation follows a line").push_str(rest),
            None => out.push(l.to_string()),
        }
    }
    out
}

fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other @ ('\\' | ';' | ',')) => out.push(other),
                other => panic!("not an escape of RFC 5545: \\{other:?}"),
            }
        } else {
            assert!(c != ';' && c != ',', "an unescaped {c:?} in {value:?}");
            out.push(c);
        }
    }
    out
}

/// Name (with parameters) and value of a content line.
fn split(line: &str) -> (&str, &str) {
    line.split_once(':').unwrap_or_else(|| panic!("a content line has a colon: {line:?}"))
}

/// The calendar's own properties and its events, read back.
fn read(ics: &str) -> (Vec<(String, String)>, Vec<CalendarEvent>) {
    let mut head = Vec::new();
    let mut events = Vec::new();
    let mut current: Option<Vec<(String, String)>> = None;
    let content = unfold(ics);
    assert_eq!(content.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(content.last().map(String::as_str), Some("END:VCALENDAR"));
    for line in &content[1..content.len() - 1] {
        let (name, value) = split(line);
        match (name, current.as_mut()) {
            ("BEGIN", None) => {
                assert_eq!(value, "VEVENT");
                current = Some(Vec::new());
            }
            ("END", Some(_)) => {
                assert_eq!(value, "VEVENT");
                let props = current.take().unwrap();
                let get = |n: &str| {
                    let found: Vec<&String> = props.iter().filter(|(k, _)| k == n).map(|(_, v)| v).collect();
                    assert_eq!(found.len(), 1, "one {n} in {props:?}");
                    found[0].clone()
                };
                let day = |v: String| chrono::NaiveDate::parse_from_str(&v, "%Y%m%d").unwrap();
                let start = day(get("DTSTART;VALUE=DATE"));
                assert_eq!(day(get("DTEND;VALUE=DATE")), start.succ_opt().unwrap(), "an all-day event");
                assert_eq!(get("DTSTAMP"), "20261201T083005Z");
                events.push(CalendarEvent {
                    uid: get("UID"),
                    day: start,
                    summary: unescape(&get("SUMMARY")),
                    description: unescape(&get("DESCRIPTION")),
                });
            }
            (_, Some(props)) => props.push((name.to_string(), value.to_string())),
            (_, None) => head.push((name.to_string(), value.to_string())),
        }
    }
    assert!(current.is_none(), "every event ends");
    (head, events)
}

fn event(uid: &str, day: &str, summary: &str, description: &str) -> CalendarEvent {
    CalendarEvent { uid: uid.into(), day: d(day), summary: summary.into(), description: description.into() }
}

#[test]
fn the_calendar_says_what_it_is() {
    let (head, events) = read(&write(&[], stamp()));
    assert!(events.is_empty());
    let names: Vec<&str> = head.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, vec!["VERSION", "PRODID", "CALSCALE", "METHOD"]);
    assert_eq!(head[0].1, "2.0");
    assert!(head[1].1.starts_with("-//platform-readiness//"));
    assert_eq!(head[2].1, "GREGORIAN");
}

#[test]
fn text_is_escaped_and_read_back_unchanged() {
    let tricky = "a\\b;c,d\ne\r\nf\rg";
    assert_eq!(escape(tricky), "a\\\\b\\;c\\,d\\ne\\nf\\ng");
    assert_eq!(escape("控制\u{7}字符\u{1f}"), "控制字符", "control characters are dropped");
    let written = vec![
        event("one@x", "2027-03-01", "满两年; 注册, 经营", tricky),
        event("two@x", "2027-12-31", "plain", "第七条（二）：须注册且正常经营满两年"),
    ];
    let (_, back) = read(&write(&written, stamp()));
    assert_eq!(back.len(), 2);
    assert_eq!(back[0].description, "a\\b;c,d\ne\nf\ng", "line breaks are read as LF");
    assert_eq!(back[0].summary, written[0].summary);
    assert_eq!(back[1], written[1]);
}

#[test]
fn long_chinese_text_folds_at_75_octets_between_characters() {
    let name = "兵团科技成果转化中试基地备案管理暂行办法（第七条（三）：中试场地及配套设施面积不少于2000平方米）";
    let long = format!("{name}\n{name}{name}, and some English, to mix one-octet characters with three-octet ones.");
    let ics = write(&[event("long@x", "2027-01-01", name, &long)], stamp());
    let physical = lines(&ics);
    // Folded as late as the octets allow: a line is cut only where the next character would not fit.
    let description: Vec<&&str> = physical
        .iter()
        .skip_while(|l| !l.starts_with("DESCRIPTION:"))
        .take_while(|l| !l.starts_with("TRANSP"))
        .collect();
    assert!(description.len() > 4, "{description:?}");
    for l in &description[..description.len() - 1] {
        assert!(l.len() > LINE_OCTETS - 4, "folded early: {} octets", l.len());
    }
    let (_, back) = read(&ics);
    assert_eq!(back[0].summary, name);
    assert_eq!(back[0].description, long);
}

#[test]
fn the_dates_come_from_the_engine() {
    // The XPCC applicant: registered 2025-06-01 (满两年 on 2027-06-01, 第七条（二）) and 500 m²
    // short, with a plan for 2 600 m² from 2027-03-01.
    let p = ideal("2026-12-01", "bingtuan")
        .with("pilot_site_area", num(1500.0))
        .with("registration_date", date("2025-06-01"))
        .with("operating_normally_since", date("2025-06-01"));
    let plan = Plan::new(vec![PlannedChange::set(d("2027-03-01"), "pilot_site_area", num(2600.0))]);
    let xpcc = dated_events(catalogue(), &p, &plan, &[XPCC.to_string()]);
    let kinds: Vec<(DateKind, &str, Option<&str>)> =
        xpcc.iter().map(|e| (e.kind, e.scheme.as_str(), e.criterion.as_deref())).collect();
    assert_eq!(
        kinds,
        vec![(DateKind::RuleMet, XPCC, Some("art7-2-two-years")), (DateKind::ReadyWithPlan, XPCC, None)],
        "as things are the area is a gap, so no ready day; the measure's end is not stated"
    );
    assert!(xpcc.iter().all(|e| e.day == d("2027-06-01")));

    // The centre: the director turns 61 on 2027-03-01, the transition ends 2027-12-31, the
    // measures end 2030-09-07.
    let p = ideal("2026-12-01", "yangquan").with("director_birth_date", date("1966-03-01"));
    let centre = dated_events(catalogue(), &p, &Plan::default(), &[CENTRE.to_string()]);
    let got: Vec<(DateKind, chrono::NaiveDate)> = centre.iter().map(|e| (e.kind, e.day)).collect();
    assert_eq!(
        got,
        vec![
            (DateKind::Ready, d("2026-12-01")),
            (DateKind::LastDay, d("2027-02-28")),
            (DateKind::Milestone, d("2027-12-31")),
            (DateKind::MeasureEnds, d("2030-09-07")),
        ]
    );
    let cat = catalogue();
    let last_day = &centre[1];
    assert_eq!(last_day.criterion.as_deref(), Some("art9-3-director-age"));
    assert_eq!(last_day.citation(cat).unwrap().zh(), "第九条（三）");
    assert_eq!(centre[3].citation(cat).unwrap().zh(), "第十八条");

    // Worded and written, then read back: the same events, UIDs unique and the same next time.
    let worded: Vec<CalendarEvent> =
        xpcc.iter().chain(&centre).map(|e| CalendarEvent::worded(e, cat, false, "日期")).collect();
    assert!(worded[0].description.contains("第七条（二）"), "{}", worded[0].description);
    assert!(worded[0].summary.ends_with(cat.scheme(XPCC).unwrap().short_name.zh()));
    let (_, back) = read(&write(&worded, stamp()));
    assert_eq!(back, worded);
    let mut uids: Vec<&str> = back.iter().map(|e| e.uid.as_str()).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), back.len());
    let again = dated_events(catalogue(), &p, &Plan::default(), &[CENTRE.to_string()]);
    assert_eq!(
        again.iter().map(DatedEvent::uid).collect::<Vec<_>>(),
        centre.iter().map(DatedEvent::uid).collect::<Vec<_>>()
    );
}
