//! The timeline (issue "from verdict to plan", §2): for every chosen scheme a row over the next
//! 36 months from the assessment date with the measure's period in force and the dates that
//! matter, as a picture (inline SVG, no chart library) and as a table of the same facts, and the
//! same dates as a calendar file.
//!
//! One source for all three: [`crate::report::ics::dated_events`]. The picture places each date
//! by its day; nothing here judges a rule.

use super::plan_words::PlanWord;
use super::state::Workplan;
use crate::engine::plan::Plan;
use crate::engine::{period_end, validity, Profile, Validity};
use crate::i18n::{Lang, Msg};
use crate::report::ics::{dated_events, write, CalendarEvent, DateKind, DatedEvent};
use crate::report::{text, Report};
use crate::schemes::{catalogue, Catalogue};
use chrono::{Datelike, Months, NaiveDate, NaiveDateTime};
use maud::{html, Markup};

/// How far ahead the timeline looks, in months.
pub const MONTHS_AHEAD: u32 = 36;

/// The picture's geometry, in the units of its `viewBox`: as wide as the column of a 360 px phone
/// (less the page's margins), so that there a unit is a pixel or a little more, and its 12-unit
/// names are 12 px.
pub mod geometry {
    pub const WIDTH: f64 = 320.0;
    /// The axis runs from `AXIS_START` (the assessment date) to `AXIS_END` (36 months on).
    pub const AXIS_START: f64 = 8.0;
    pub const AXIS_END: f64 = 280.0;
    /// Dates after the window stand in a column of their own, right of the axis.
    pub const LATER: f64 = 302.0;
    /// The year labels' baseline and the ticks below them.
    pub const TICKS_TOP: f64 = 16.0;
    pub const ROWS_TOP: f64 = 26.0;
    /// A row: its name's line, then one lane of marks per `LANE` units.
    pub const NAME: f64 = 15.0;
    pub const LANE: f64 = 13.0;
    pub const ROW_GAP: f64 = 8.0;
    /// Two marks closer than this share no lane.
    pub const MARK_ROOM: f64 = 11.0;
    /// The band at the bottom where a focused mark's words are shown.
    pub const CAPTION: f64 = 50.0;
}
use geometry::*;

/// One scheme's row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub scheme: String,
    /// The measure's validity on the assessment date, as its text tells.
    pub validity: Validity,
    /// The days of the window on which the measure is in force, where its text tells.
    pub in_force: Option<(NaiveDate, NaiveDate)>,
    /// The in-force span goes on past the window.
    pub runs_on: bool,
    /// Indexes into [`Timeline::events`], by day.
    pub marks: Vec<usize>,
}

/// The timeline of one assessment and plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    /// The assessment date: the window's first day.
    pub from: NaiveDate,
    /// The window's last day, [`MONTHS_AHEAD`] months on.
    pub to: NaiveDate,
    /// The day the page is shown, marked when it falls in the window.
    pub today: NaiveDate,
    /// The dates, exactly as [`dated_events`] gives them.
    pub events: Vec<DatedEvent>,
    pub rows: Vec<Row>,
}

impl Timeline {
    /// The chosen schemes' (all when `ids` is empty) timeline for `profile` and `plan`.
    pub fn build(catalogue: &Catalogue, profile: &Profile, plan: &Plan, ids: &[String], today: NaiveDate) -> Timeline {
        let from = profile.assessed_on;
        let to = from.checked_add_months(Months::new(MONTHS_AHEAD)).unwrap_or(NaiveDate::MAX);
        let events = dated_events(catalogue, profile, plan, ids);
        let rows = catalogue
            .schemes
            .iter()
            .filter(|s| ids.is_empty() || ids.iter().any(|id| id == &s.id))
            .map(|s| {
                let validity = validity(&s.period, from);
                let end = period_end(&s.period);
                let in_force = match (&validity, s.period.start) {
                    (Validity::Expired { .. } | Validity::Unknown, _) | (_, None) => None,
                    (_, Some(start)) => {
                        let first = start.max(from);
                        let last = end.unwrap_or(NaiveDate::MAX).min(to);
                        (first <= last).then_some((first, last))
                    }
                };
                let runs_on = in_force.is_some() && end.is_none_or(|e| e > to);
                let marks = (0..events.len()).filter(|i| events[*i].scheme == s.id).collect();
                Row { scheme: s.id.to_string(), validity, in_force, runs_on, marks }
            })
            .collect();
        Timeline { from, to, today, events, rows }
    }

    /// The timeline of a report with the applicant's plan.
    pub fn of_report(report: &Report, workplan: &Workplan, today: NaiveDate) -> Timeline {
        Timeline::build(catalogue(), &report.profile, &workplan.engine_plan(), &report.schemes, today)
    }

    /// Where a day stands on the axis: the window's days from `AXIS_START` to `AXIS_END`, later
    /// days in the column right of it, earlier days (none are given) at the start.
    pub fn x(&self, day: NaiveDate) -> f64 {
        if day > self.to {
            return LATER;
        }
        let span = (self.to - self.from).num_days().max(1) as f64;
        let at = (day - self.from).num_days().max(0) as f64;
        AXIS_START + (AXIS_END - AXIS_START) * at / span
    }
}

/// The words of a kind of date.
pub fn kind_word(kind: DateKind) -> PlanWord {
    match kind {
        DateKind::RuleMet => PlanWord::KindRuleMet,
        DateKind::LastDay => PlanWord::KindLastDay,
        DateKind::Ready => PlanWord::KindReady,
        DateKind::ReadyWithPlan => PlanWord::KindReadyWithPlan,
        DateKind::MeasureEnds => PlanWord::KindMeasureEnds,
        DateKind::Milestone => PlanWord::KindMilestone,
    }
}

const KINDS: [DateKind; 6] = [
    DateKind::RuleMet,
    DateKind::LastDay,
    DateKind::Ready,
    DateKind::ReadyWithPlan,
    DateKind::MeasureEnds,
    DateKind::Milestone,
];

/// What an event is about: its criterion's summary or its milestone's label.
fn about(event: &DatedEvent, lang: Lang) -> String {
    let en = lang.is_en();
    let Some(scheme) = catalogue().scheme(&event.scheme) else { return String::new() };
    if let Some(i) = event.milestone {
        return scheme.period.milestones.get(i).map(|m| m.label.get(en).to_string()).unwrap_or_default();
    }
    event
        .criterion
        .as_deref()
        .and_then(|c| scheme.criteria.iter().find(|x| x.id == c))
        .map(|c| c.summary.get(en).to_string())
        .unwrap_or_default()
}

fn citation(event: &DatedEvent, lang: Lang) -> String {
    event.citation(catalogue()).map(|t| t.get(lang.is_en()).to_string()).unwrap_or_default()
}

fn short_name(scheme: &str, lang: Lang) -> String {
    catalogue().scheme(scheme).map(|s| s.short_name.get(lang.is_en()).to_string()).unwrap_or_else(|| scheme.into())
}

/// A text cut to `chars` characters, with an ellipsis where it was cut.
fn clip(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// One mark's shape, drawn around (0, 0).
fn shape(kind: DateKind) -> Markup {
    html! {
        @match kind {
            DateKind::RuleMet => circle.shape r="4.5" {},
            DateKind::LastDay => path.shape d="M-5 -4 L5 -4 L0 5 Z" {},
            DateKind::Ready | DateKind::ReadyWithPlan => path.shape d="M0 -5.5 L5.5 0 L0 5.5 L-5.5 0 Z" {},
            DateKind::MeasureEnds => rect.shape x="-1.75" y="-6" width="3.5" height="12" {},
            DateKind::Milestone => rect.shape x="-4" y="-4" width="8" height="8" {},
        }
    }
}

/// The sentence a mark is named by: day, what, scheme, criterion, citation.
fn mark_label(event: &DatedEvent, lang: Lang) -> String {
    let sep = Msg::Colon.text(lang);
    let mut label = format!(
        "{} {}{sep}{}",
        text::day(event.day, lang),
        short_name(&event.scheme, lang),
        kind_word(event.kind).text(lang)
    );
    let (what, cited) = (about(event, lang), citation(event, lang));
    if !cited.is_empty() {
        label.push_str(&format!(" · {cited}"));
    }
    if !what.is_empty() {
        label.push_str(&format!(" {what}"));
    }
    label
}

/// The words a focused mark shows below the rows, one line each: the day and what happens, the
/// scheme and the citation, the criterion (or the milestone).
fn tip_lines(event: &DatedEvent, lang: Lang) -> Vec<String> {
    let sep = Msg::Colon.text(lang);
    let mut lines = vec![
        format!("{}{sep}{}", text::day(event.day, lang), kind_word(event.kind).text(lang)),
        format!("{} {}", short_name(&event.scheme, lang), citation(event, lang)),
    ];
    let what = about(event, lang);
    if !what.is_empty() {
        lines.push(what);
    }
    lines
}

/// The picture: one row per scheme with its period in force and its marks, month ticks and year
/// labels, today's line, and a caption band that shows the focused (or hovered) mark's words.
/// The `<svg>` is a labelled group (`role="group"`): its marks are focusable, which the children of
/// a `role="img"` may not be; each mark is itself a named image with a `<title>`.
pub fn timeline_svg(t: &Timeline, lang: Lang) -> Markup {
    let mut y = ROWS_TOP;
    let mut rows = Vec::new();
    for row in &t.rows {
        // Marks in lanes: each in the first lane where it does not touch the last mark.
        let mut lanes: Vec<f64> = Vec::new();
        let mut placed = Vec::new();
        for &i in &row.marks {
            let x = t.x(t.events[i].day);
            let lane = match lanes.iter().position(|last| x - last >= MARK_ROOM) {
                Some(l) => l,
                None => {
                    lanes.push(f64::MIN);
                    lanes.len() - 1
                }
            };
            lanes[lane] = x;
            placed.push((i, x, lane));
        }
        let band = LANE * lanes.len().max(1) as f64;
        rows.push((row, y, placed, band));
        y += NAME + band + ROW_GAP;
    }
    let bottom = y;
    let height = bottom + 12.0 + CAPTION;
    let caption_y = bottom + 24.0;
    let (zh_chars, en_chars) = (27, 48);
    let room = if lang.is_en() { en_chars } else { zh_chars };
    let months: Vec<(NaiveDate, bool)> = (1..=MONTHS_AHEAD)
        .filter_map(|m| {
            let first = t.from.with_day0(0)?.checked_add_months(Months::new(m))?;
            (first <= t.to).then_some((first, first.month() == 1))
        })
        .collect();
    let name = PlanWord::TimelineChart.fill(lang, &[&text::day(t.from, lang), &text::day(t.to, lang)]);
    let view = format!("0 0 {WIDTH} {height}");
    html! {
        svg.timeline-chart xmlns="http://www.w3.org/2000/svg" viewBox=(view) role="group" aria-label=(name)
            preserveAspectRatio="xMinYMin meet" {
            g.axis aria-hidden="true" {
                line.axis-line x1=(AXIS_START) y1=(TICKS_TOP + 4.0) x2=(AXIS_END) y2=(TICKS_TOP + 4.0) {}
                @for (first, january) in &months {
                    @let x = t.x(*first);
                    @if *january {
                        line.year-tick x1=(x) y1=(TICKS_TOP) x2=(x) y2=(bottom) {}
                        text.year x=(x + 2.0) y=(TICKS_TOP - 4.0) { (first.year()) }
                    } @else {
                        line.month-tick x1=(x) y1=(TICKS_TOP + 1.0) x2=(x) y2=(TICKS_TOP + 4.0) {}
                    }
                }
                line.later-line x1=(LATER - 10.0) y1=(TICKS_TOP) x2=(LATER - 10.0) y2=(bottom) {}
                text.later x=(LATER) y=(TICKS_TOP - 4.0) text-anchor="middle" { (PlanWord::Later.text(lang)) }
            }
            @for (row, top, placed, band) in &rows {
                @let bar_y = top + NAME;
                g.row data-scheme=(row.scheme) {
                    text.row-name x=(AXIS_START) y=(top + 11.0) aria-hidden="true" {
                        (short_name(&row.scheme, lang))
                        @match (&row.validity, row.in_force) {
                            (Validity::Expired { .. }, _) => { tspan.row-state { " · " (PlanWord::NotInForce.text(lang)) } }
                            (Validity::Unknown, _) => { tspan.row-state { " · " (PlanWord::PeriodNotStated.text(lang)) } }
                            _ => {}
                        }
                    }
                    @match (&row.validity, row.in_force) {
                        (Validity::Unknown, _) => {
                            rect.period.unknown x=(AXIS_START) y=(bar_y + 1.0) width=(AXIS_END - AXIS_START) height=(band - 2.0) aria-hidden="true" {}
                        }
                        (_, Some((first, last))) => {
                            @let (a, b) = (t.x(first), t.x(last));
                            rect.period.in-force x=(a) y=(bar_y + 1.0) width=((b - a).max(1.0)) height=(band - 2.0) aria-hidden="true" {}
                            @if row.runs_on {
                                path.runs-on d={ "M" (b) " " (bar_y + 1.0) " l6 " ((band - 2.0) / 2.0) " l-6 " ((band - 2.0) / 2.0) " Z" } aria-hidden="true" {}
                            }
                        }
                        _ => {}
                    }
                    @for (i, x, lane) in placed {
                        @let e = &t.events[*i];
                        @let my = bar_y + LANE * (*lane as f64) + LANE / 2.0;
                        @let label = mark_label(e, lang);
                        g class={ "mark " (e.kind.name()) @if e.day > t.to { " beyond" } }
                            tabindex="0" role="img" aria-label=(label) data-day=(e.day)
                            transform={ "translate(" (x) " " (my) ")" } {
                            title { (label) }
                            circle.ring r="8" {}
                            (shape(e.kind))
                            @for (k, line) in tip_lines(e, lang).iter().enumerate() {
                                text.tip x=(AXIS_START - x) y=(caption_y + 14.0 * k as f64 - my) { (clip(line, room)) }
                            }
                        }
                    }
                }
            }
            @if t.today >= t.from && t.today <= t.to {
                @let x = t.x(t.today);
                g.today data-day=(t.today) aria-hidden="true" {
                    line x1=(x) y1=(TICKS_TOP) x2=(x) y2=(bottom) {}
                    text x=(x) y=(bottom + 10.0) text-anchor=(if x < WIDTH / 2.0 { "start" } else { "end" }) { (PlanWord::Today.text(lang)) }
                }
            }
            text.tip-hint x=(AXIS_START) y=(caption_y) aria-hidden="true" { (PlanWord::TimelineHint.text(lang)) }
        }
    }
}

/// The key of the picture's shapes, in words.
fn legend(lang: Lang) -> Markup {
    html! {
        ul.timeline-legend aria-label=(PlanWord::Legend.text(lang)) {
            li {
                svg.key viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true" { rect.period.in-force x="-8" y="-5" width="16" height="10" {} }
                (PlanWord::InForce.text(lang))
            }
            li {
                svg.key viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true" { rect.period.unknown x="-8" y="-5" width="16" height="10" {} }
                (PlanWord::PeriodNotStated.text(lang))
            }
            @for kind in KINDS {
                li {
                    svg.key viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true" { g class={ "mark " (kind.name()) } { (shape(kind)) } }
                    (kind_word(kind).text(lang))
                }
            }
        }
    }
}

/// The same facts as the picture, for screen readers and print: each measure's period in force,
/// then every date (scheme, day, what, criterion, source), scheme by scheme, each by day.
pub fn timeline_table(t: &Timeline, lang: Lang) -> Markup {
    let en = lang.is_en();
    html! {
        h3 { (PlanWord::PeriodsTitle.text(lang)) }
        ul.timeline-periods {
            @for row in &t.rows {
                @if let Some(scheme) = catalogue().scheme(&row.scheme) {
                    li data-scheme=(row.scheme) {
                        strong { (scheme.short_name.get(en)) } (Msg::Colon.text(lang)) (text::validity(&row.validity, lang))
                        (lang.pick("", " ")) span.note { (lang.pick("（", "(")) (scheme.period.citation.get(en)) (lang.pick("）", ")")) }
                    }
                }
            }
        }
        @if t.events.is_empty() {
            p { (PlanWord::NoDates.text(lang)) }
        } @else {
            div.table-scroll {
                table.timeline-table {
                    caption { (PlanWord::TimelineTable.text(lang)) }
                    thead { tr {
                        @for w in [PlanWord::ColScheme, PlanWord::ColDay, PlanWord::ColWhat, PlanWord::ColCriterion, PlanWord::ColCitation] {
                            th scope="col" { (w.text(lang)) }
                        }
                    } }
                    tbody {
                        @for e in &t.events {
                            tr class=(e.kind.name()) data-day=(e.day) {
                                td { (short_name(&e.scheme, lang)) }
                                td.day { (text::day(e.day, lang)) }
                                td { (kind_word(e.kind).text(lang)) }
                                td { (about(e, lang)) }
                                td { (citation(e, lang)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The timeline's section: heading, picture with its key, the table, the calendar download.
pub fn timeline_section(t: &Timeline, lang: Lang) -> Markup {
    html! {
        section.plan-section.timeline id="plan-timeline" aria-labelledby="plan-timeline-title" {
            h2 id="plan-timeline-title" { (PlanWord::TimelineTitle.text(lang)) }
            p.note { (PlanWord::TimelineIntro.text(lang)) }
            div.timeline-picture {
                (timeline_svg(t, lang))
                (legend(lang))
            }
            (timeline_table(t, lang))
            @if !t.events.is_empty() {
                p.no-print {
                    button type="button" data-plan-download=(super::fields::ICS) aria-describedby="plan-ics-hint" { (PlanWord::DownloadCalendar.text(lang)) }
                }
                p.note.no-print id="plan-ics-hint" { (PlanWord::CalendarHint.text(lang)) }
            }
        }
    }
}

/// The calendar of a report's dates with the plan (RFC 5545), worded in `lang`; `stamp` (UTC) is
/// when the file is written.
pub fn calendar(report: &Report, workplan: &Workplan, lang: Lang, stamp: NaiveDateTime) -> String {
    let events = dated_events(catalogue(), &report.profile, &workplan.engine_plan(), &report.schemes);
    let worded: Vec<CalendarEvent> = events
        .iter()
        .map(|e| CalendarEvent::worded(e, catalogue(), lang.is_en(), kind_word(e.kind).text(lang)))
        .collect();
    write(&worded, stamp)
}

/// The calendar file's name: the report's file name with `.ics`.
pub fn calendar_file_name(report: &Report) -> String {
    format!("{}.ics", report.file_stem())
}
