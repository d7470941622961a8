//! The dates that matter as an iCalendar file (RFC 5545), one all-day event per date, so an
//! applicant can put them in a calendar.
//!
//! Two halves: [`dated_events`] takes the dates from the engine (the day a time rule is met, the
//! last day a rule met today holds, the first day every hard criterion holds — as things are and
//! with the plan —, a measure's end and the other dates its text sets), as data; [`write`]
//! writes any list of worded events as a calendar. The words for each kind of date are the
//! interface's; the scheme's name and the citation come from the scheme data.

use crate::engine::plan::{judge_forward, Forward, Plan};
use crate::engine::{assess, period_end, Profile, Status};
use crate::schemes::{Catalogue, Text};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use serde::Serialize;

/// What happens on a date.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// A time rule not met today is met from this day (满N年, an incident leaving its window, a
    /// ban ending).
    RuleMet,
    /// The last day a rule met today still holds (the director's last day at 60).
    LastDay,
    /// The first day every hard criterion holds at the same time, if nothing changes.
    Ready,
    /// The same with the plan carried out.
    ReadyWithPlan,
    /// The measure's last day in force.
    MeasureEnds,
    /// Another date the measure's text sets (a transition period's end); `DatedEvent::milestone`
    /// says which.
    Milestone,
}

impl DateKind {
    /// The kind's name in lower case with hyphens: the first part of an event's UID, and the
    /// class of the timeline's marks and rows (their shape and colour in `style/plan.css`).
    pub fn name(self) -> &'static str {
        match self {
            DateKind::RuleMet => "rule-met",
            DateKind::LastDay => "last-day",
            DateKind::Ready => "ready",
            DateKind::ReadyWithPlan => "ready-with-plan",
            DateKind::MeasureEnds => "measure-ends",
            DateKind::Milestone => "milestone",
        }
    }
}

/// A date from the engine, before it is worded.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct DatedEvent {
    pub day: NaiveDate,
    pub kind: DateKind,
    pub scheme: String,
    /// The criterion, for rules met or lapsing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criterion: Option<String>,
    /// The place in the period's milestones, for a milestone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone: Option<usize>,
}

impl DatedEvent {
    /// Where the text sets it: the criterion's citation, or the period's (the measure's end, a
    /// first ready day, which the measure's period bounds), or the milestone's.
    pub fn citation<'a>(&self, catalogue: &'a Catalogue) -> Option<&'a Text> {
        let scheme = catalogue.scheme(&self.scheme)?;
        if let Some(i) = self.milestone {
            return scheme.period.milestones.get(i).map(|m| &m.citation);
        }
        match &self.criterion {
            Some(c) => scheme.criteria.iter().find(|x| x.id == c.as_str()).map(|x| &x.citation),
            None => Some(&scheme.period.citation),
        }
    }

    /// A UID that stays the same from one export to the next for the same date of the same rule,
    /// so a calendar updates the event instead of adding another.
    pub fn uid(&self) -> String {
        let mut uid = format!("{}.{}", self.kind.name(), self.scheme);
        if let Some(c) = &self.criterion {
            uid.push('.');
            uid.push_str(c);
        }
        if let Some(i) = self.milestone {
            uid.push_str(&format!(".{i}"));
        }
        uid.push_str("@platform-readiness");
        uid
    }
}

/// The dates on or after the assessment date for the chosen schemes (all when `ids` is empty),
/// scheme by scheme in catalogue order, each scheme's by day.
pub fn dated_events(catalogue: &Catalogue, profile: &Profile, plan: &Plan, ids: &[String]) -> Vec<DatedEvent> {
    let on = profile.assessed_on;
    let assessment = assess(catalogue, profile, ids);
    let forward = judge_forward(catalogue, profile, plan, ids);
    let mut out = Vec::new();
    for (judged, ahead) in assessment.schemes.iter().zip(&forward) {
        let Some(scheme) = catalogue.scheme(&judged.scheme) else { continue };
        let mut list = Vec::new();
        let event = |day, kind, criterion: Option<&str>, milestone| DatedEvent {
            day,
            kind,
            scheme: judged.scheme.clone(),
            criterion: criterion.map(str::to_string),
            milestone,
        };
        for o in judged.outcomes.iter().filter(|o| o.is_hard()) {
            if let (Status::NotMet, Some(day)) = (o.status, o.met_from) {
                list.push(event(day, DateKind::RuleMet, Some(&o.criterion), None));
            }
            if let (Status::Met | Status::Declared, Some(day)) = (o.status, o.holds_until) {
                list.push(event(day, DateKind::LastDay, Some(&o.criterion), None));
            }
        }
        if let Forward::From { from, .. } = ahead.as_is_forward {
            list.push(event(from, DateKind::Ready, None, None));
        }
        if !plan.changes.is_empty() && ahead.with_plan != ahead.as_is_forward {
            if let Forward::From { from, .. } = ahead.with_plan {
                list.push(event(from, DateKind::ReadyWithPlan, None, None));
            }
        }
        if let Some(end) = period_end(&scheme.period) {
            list.push(event(end, DateKind::MeasureEnds, None, None));
        }
        for (i, m) in scheme.period.milestones.iter().enumerate() {
            list.push(event(m.date, DateKind::Milestone, None, Some(i)));
        }
        list.retain(|e| e.day >= on);
        crate::lean::sort::sort_by(&mut list, |a, b| a.day.cmp(&b.day));
        out.extend(list);
    }
    out
}

/// One all-day event as the calendar shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarEvent {
    pub uid: String,
    pub day: NaiveDate,
    pub summary: String,
    pub description: String,
}

impl CalendarEvent {
    /// Words a date: `what` is the interface's words for its kind ("最早可申报"); the summary adds
    /// the scheme's short name, the description the scheme's name and the citation with the
    /// criterion's summary.
    pub fn worded(event: &DatedEvent, catalogue: &Catalogue, english: bool, what: &str) -> Self {
        let scheme = catalogue.scheme(&event.scheme);
        let short = scheme.map(|s| s.short_name.get(english)).unwrap_or(&event.scheme);
        let mut description = scheme.map(|s| s.name.get(english).to_string()).unwrap_or_default();
        let criterion = scheme.zip(event.criterion.as_deref()).and_then(|(s, c)| s.criteria.iter().find(|x| x.id == c));
        let milestone = scheme.zip(event.milestone).and_then(|(s, i)| s.period.milestones.get(i));
        let mut cited = event.citation(catalogue).map(|t| t.get(english).to_string()).unwrap_or_default();
        if let Some(text) = criterion.map(|c| c.summary.get(english)).or(milestone.map(|m| m.label.get(english))) {
            if !text.is_empty() {
                cited = if cited.is_empty() { text.to_string() } else { format!("{cited}: {text}") };
            }
        }
        if !cited.is_empty() {
            description.push('\n');
            description.push_str(&cited);
        }
        CalendarEvent { uid: event.uid(), day: event.day, summary: format!("{what} · {short}"), description }
    }
}

/// The longest line, in octets, without its line break (RFC 5545 §3.1).
pub const LINE_OCTETS: usize = 75;

/// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; other control
/// characters, which TEXT may not hold, are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                // CRLF and a lone CR are one line break each.
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded (§3.1): at most 75 octets a line, a fold being CRLF and a
/// space, never inside a UTF-8 character.
fn push_line(out: &mut String, line: &str) {
    let mut room = LINE_OCTETS;
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > room {
            out.push_str("\r\n ");
            // The space of the continuation line counts.
            room = LINE_OCTETS - 1;
            used = 0;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

fn date(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// The calendar of `events`; `stamp` (UTC) is when the file is written (every event's DTSTAMP).
pub fn write(events: &[CalendarEvent], stamp: NaiveDateTime) -> String {
    let mut out = String::new();
    let dtstamp = format!("{}T{:02}{:02}{:02}Z", date(stamp.date()), stamp.hour(), stamp.minute(), stamp.second());
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        concat!("PRODID:-//platform-readiness//platform-readiness ", env!("CARGO_PKG_VERSION"), "//ZH"),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    for e in events {
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}", e.uid));
        push_line(&mut out, &format!("DTSTAMP:{dtstamp}"));
        push_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", date(e.day)));
        // An all-day event ends (exclusively) on the next day.
        if let Some(next) = e.day.succ_opt() {
            push_line(&mut out, &format!("DTEND;VALUE=DATE:{}", date(next)));
        }
        push_line(&mut out, &format!("SUMMARY:{}", escape(&e.summary)));
        push_line(&mut out, &format!("DESCRIPTION:{}", escape(&e.description)));
        push_line(&mut out, "TRANSP:TRANSPARENT");
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}
