//! The report as one standalone HTML file: opens offline in any browser, runs no scripts (its
//! Content-Security-Policy forbids them), and prints cleanly. Written with maud's `html!`, which
//! escapes every text that goes into it — the applicant's report name above all; only the file's
//! own style sheet, a constant, goes in as it is.
//!
//! The action list and each scheme's section are also the report page's (`ui::pages::report`).

use super::model::Report;
use super::standing::{closest_first, closest_text, standing_text, verdict_text, Standing};
use super::text;
use crate::engine::score::plan;
use crate::engine::{Gap, Outcome, Profile, SchemeAssessment};
use crate::i18n::{Lang, Msg};
use crate::schemes::{catalogue, Cited, PerformanceTable, Scheme, RULES_HASH, RULES_VERSION};
use maud::{html, Markup, PreEscaped};

/// The policy of the file: no scripts, no fetches, inline styles and `data:` images only.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// The report's own rules (`style/report.css`, written without comments by build.rs among the
/// deferred texts, which every page but the start page has loaded): the file carries them after
/// its page style, and the app puts the same text in its page (`ui::app`), so the page and the
/// file look alike.
pub static REPORT_CSS: crate::schemes::Str =
    crate::schemes::Str::from_static(concat!("\u{1e}", env!("REPORT_CSS_TEXT")));

/// The file's page and type; the report's own rules follow ([`REPORT_CSS`]).
/// The file's page and type (`style/report-file.css`, with the deferred texts like the report's
/// own rules); the report's own rules follow ([`REPORT_CSS`]).
static STYLE: crate::schemes::Str = crate::schemes::Str::from_static(concat!("\u{1e}", env!("REPORT_FILE_CSS_TEXT")));

/// The whole report as a standalone HTML document in `lang`: the verdicts first, closest
/// scheme first, then what to do, then each scheme's criteria; how it was made in the footer.
pub fn standalone(report: &Report, lang: Lang) -> String {
    standalone_with_plan(report, lang, "")
}

/// The file with the working plan below the report: `plan` is the plan module's markup for a
/// file (`crate::plan::view::file_markup`, maud-escaped), or empty where the plan module has not
/// drawn the plan.
pub fn standalone_with_plan(report: &Report, lang: Lang, plan: &str) -> String {
    let title = Msg::ReportTitle.text(lang);
    let name = report.name.trim();
    let page = html! {
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(CSP);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { @if !name.is_empty() { (name) " · " } (title) }
                style { (PreEscaped(STYLE.as_str())) (PreEscaped(REPORT_CSS.as_str())) (print_footer(report, lang)) }
            }
            body {
                main {
                    h1 { (if name.is_empty() { title } else { name }) }
                    @if !name.is_empty() { p.subtitle { (title) } }
                    p { (Msg::AssessedOn.text(lang)) (Msg::Colon.text(lang)) (text::day(report.stamp.assessed_on, lang)) }
                    (lead(report, lang))
                    @if !report.stamp.is_current() { (rules_warning(lang)) }
                    (action_list(report, lang))
                    (scheme_sections(report, lang))
                    (PreEscaped(plan))
                }
                footer {
                    (stamp_line(report, lang))
                    p { (Msg::StandaloneNote.text(lang)) }
                    p { (Msg::FooterSources.text(lang)) }
                }
            }
        }
    };
    format!("<!DOCTYPE html>\n{}\n", page.into_string())
}

/// The report's opening, the page's and the file's: the closest scheme in one sentence, the
/// reminder that the bureau decides, and each scheme's verdict with its counts, closest first.
pub fn lead(report: &Report, lang: Lang) -> Markup {
    let en = lang.is_en();
    let order = closest_first(&report.assessment, catalogue());
    html! {
        p.closest { strong { (closest_text(&order, catalogue(), lang)) } }
        p.disclaimer { (Msg::Disclaimer.text(lang)) }
        ul.verdicts {
            @for (s, st) in &order {
                @if let Some(scheme) = catalogue().scheme(&s.scheme) {
                    li class={ "verdict " (text::verdict_class(&s.verdict)) @if *st != Standing::Open { " apart" } } {
                        a href={ "#scheme-" (scheme.id) } { strong { (scheme.short_name.get(en)) } }
                        p.verdict-label { (verdict_text(s, *st, lang)) }
                        p.counts { (standing_text(s, *st, lang)) }
                        p.validity { (text::validity(&s.validity, lang)) }
                    }
                }
            }
        }
    }
}

/// How the report was made, in one small line: date, rules version and fingerprint, app version.
pub fn stamp_line(report: &Report, lang: Lang) -> Markup {
    let st = &report.stamp;
    html! {
        p.stamp {
            (Msg::GeneratedInfo.text(lang)) (text::day(st.assessed_on, lang))
            " · " (Msg::RulesVersion.text(lang)) " " (st.rules_version) " (" (st.rules_hash) ")"
            " · " (Msg::AppVersion.text(lang)) " " (st.app_version)
        }
    }
}

/// Said near the top when the report was judged by rules other than the app's.
fn rules_warning(lang: Lang) -> Markup {
    html! {
        p.warning {
            (Msg::StampNotCurrent.text(lang)) (Msg::RulesVersion.text(lang)) " " (RULES_VERSION)
            " · " (Msg::RulesHash.text(lang)) " " (RULES_HASH)
        }
    }
}

/// The printed page's footer, "单位名称 · 评估日期 · 第 N 页", as an `@page` rule. The name is the
/// applicant's own text: it goes into a CSS string with every character that could end the
/// string, the rule or the style element written as a CSS escape.
pub fn print_footer(report: &Report, lang: Lang) -> PreEscaped<String> {
    let mut left = String::new();
    if !report.name.trim().is_empty() {
        left.push_str(report.name.trim());
        left.push_str(" · ");
    }
    left.push_str(&text::day(report.stamp.assessed_on, lang));
    let (before, after) = Msg::PageNumber.text(lang).split_once("{}").unwrap_or(("", ""));
    PreEscaped(format!(
        "@page {{ @bottom-left {{ content: \"{}\"; font-size: 8pt; color: #57606a; }} @bottom-right {{ content: \"{}\" counter(page) \"{}\"; font-size: 8pt; color: #57606a; }} }}",
        css_string(&left),
        css_string(before),
        css_string(after)
    ))
}

/// Text for inside a double-quoted CSS string: letters, digits, spaces and any non-ASCII
/// character as they are; every other ASCII character (quotes, backslash, `<`, `{`, line breaks…)
/// as a hexadecimal escape, so the text can neither end the string nor the style element.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == ' ' || !c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:x} ", c as u32));
        }
    }
    out
}

/// Every scheme's section, closest first (the order of the verdicts).
pub fn scheme_sections(report: &Report, lang: Lang) -> Markup {
    html! {
        @for (s, st) in closest_first(&report.assessment, catalogue()) {
            @if let Some(scheme) = catalogue().scheme(&s.scheme) { (scheme_section(s, st, scheme, report, lang)) }
        }
    }
}

fn quote(quote: &str, lang: Lang) -> Markup {
    // The quotes are the official Chinese texts, whatever the report's language.
    html! { span.quote lang=[lang.is_en().then_some("zh-CN")] { (quote) } }
}

/// What stands between the applicant and a criterion, in words: each shortfall with its figure,
/// the day a time rule is met or stops holding, the questions to answer, and the cautions.
pub fn gap_notes(o: &Outcome, lang: Lang) -> Vec<String> {
    let sep = Msg::Colon.text(lang);
    let mut notes: Vec<String> = o.shortfalls.iter().map(|s| text::shortfall(s, lang)).collect();
    // A time rule's shortfall already says "met from <day>": the day is not repeated.
    let said = |day| o.shortfalls.iter().any(|s| s.gap == Gap::Until { date: day });
    if let Some(d) = o.met_from.filter(|d| !said(*d)) {
        notes.push(format!("{}{sep}{}", Msg::MetFrom.text(lang), text::day(d, lang)));
    }
    if let Some(d) = o.holds_until {
        notes.push(format!("{}{sep}{}", Msg::HoldsUntil.text(lang), text::day(d, lang)));
    }
    if !o.missing.is_empty() {
        let names: Vec<String> = o.missing.iter().map(|f| text::fact_label(f, lang)).collect();
        notes.push(format!("{}{sep}{}", Msg::ToAnswer.text(lang), names.join(Msg::ListSep.text(lang))));
    }
    if o.soft {
        notes.push(Msg::SoftRule.text(lang).to_string());
    }
    if o.boundary {
        notes.push(text::boundary_caution(lang).to_string());
    }
    notes
}

/// One criterion: a table row on a wide screen, a card below 50rem (the style sheets): its
/// summary, its status, what is missing, and its article with the text's own words folded.
fn outcome_row(o: &Outcome, scheme: &Scheme, profile: &Profile, lang: Lang) -> Markup {
    let Some(c) = scheme.criteria.iter().find(|c| c.id == o.criterion) else { return html! {} };
    let en = lang.is_en();
    html! {
        tr id={ (scheme.id) "-" (c.id) } {
            td.criterion { (c.summary.get(en)) }
            td class={ "status " (text::status_class(o.status)) } { span.pill { (text::status(o.status, lang)) } }
            td.source { details { summary { (c.citation.get(en)) } (quote(&c.quote, lang)) } }
            td.gap {
                @for n in gap_notes(o, lang) { p { (n) } }
                // Only a note that speaks to these answers (its condition in the scheme data).
                @if let Some(n) = c.note.as_ref().filter(|_| crate::engine::note_applies(c, profile)) { p.note { (n.get(en)) } }
            }
        }
    }
}

/// A table of criteria with their status, source and gap, one row each.
fn criteria_table<'a>(
    outcomes: impl Iterator<Item = &'a Outcome>,
    scheme: &Scheme,
    profile: &Profile,
    lang: Lang,
) -> Markup {
    html! {
        table.criteria {
            thead { tr { @for m in [Msg::Criterion, Msg::Status, Msg::Source, Msg::Gap] { th scope="col" { (m.text(lang)) } } } }
            tbody { @for o in outcomes { (outcome_row(o, scheme, profile, lang)) } }
        }
    }
}

fn cited_list(title: Msg, items: &[Cited], lang: Lang) -> Markup {
    let en = lang.is_en();
    html! {
        @if !items.is_empty() {
            h3 { (title.text(lang)) }
            ol { @for i in items { li { (i.summary.get(en)) " " span.note { "(" (i.citation.get(en)) ")" } } } }
        }
    }
}

/// How many of a scheme's actions show before "显示全部".
const ACTIONS_SHOWN: usize = 5;

/// The action list, scheme by scheme, closest first: what to do about each criterion (solve,
/// wait for a day, answer, give evidence) with its figure or day inline, linked to its row; the
/// first five of each scheme, the rest folded under "显示全部".
pub fn action_list(report: &Report, lang: Lang) -> Markup {
    let en = lang.is_en();
    let actions = super::actions(&report.assessment);
    let groups: Vec<&[super::Action]> = actions.chunk_by(|a, b| a.scheme == b.scheme).collect();
    let item = |a: &super::Action| -> Markup {
        let Some(scheme) = catalogue().scheme(&a.scheme) else { return html! {} };
        let Some(c) = scheme.criteria.iter().find(|c| c.id == a.criterion) else { return html! {} };
        let outcome =
            report.assessment.scheme(&a.scheme).and_then(|s| s.outcomes.iter().find(|o| o.criterion == a.criterion));
        html! {
            li class={ "action " (text::action_class(a.kind)) } {
                span.pill { (text::action_kind(a.kind, lang)) } " "
                a href={ "#" (scheme.id) "-" (c.id) } { (c.summary.get(en)) }
                " " span.note { (c.citation.get(en)) }
                @if let Some(o) = outcome { @for n in gap_notes(o, lang) { br; span.figure { (n) } } }
            }
        }
    };
    html! {
        section.action-list {
            h2 { (Msg::ActionList.text(lang)) }
            @if groups.is_empty() { p { (Msg::NoActions.text(lang)) } }
            @for group in &groups {
                @let name = catalogue().scheme(&group[0].scheme).map(|s| s.short_name.get(en)).unwrap_or_default();
                h3 { (name) }
                ol { @for a in group.iter().take(ACTIONS_SHOWN) { (item(a)) } }
                @if group.len() > ACTIONS_SHOWN {
                    details.more {
                        summary { (Msg::ShowAll.text(lang).replace("{}", &group.len().to_string())) }
                        ol start=(ACTIONS_SHOWN + 1) { @for a in &group[ACTIONS_SHOWN..] { (item(a)) } }
                    }
                }
            }
        }
    }
}

/// One scheme's section: issuer, verdict, notices, period, criteria, duties, cited lists and the
/// performance table's plan.
pub fn scheme_section(
    s: &SchemeAssessment,
    standing: Standing,
    scheme: &Scheme,
    report: &Report,
    lang: Lang,
) -> Markup {
    let en = lang.is_en();
    let sep = Msg::Colon.text(lang);
    let period = &scheme.period;
    html! {
        section.scheme.scheme-report id={ "scheme-" (scheme.id) } {
          // Each scheme folds below its verdict (open at first; printed open).
          details.scheme-body open {
            summary {
                h2 { (scheme.name.get(en)) }
                p {
                    strong class=(text::verdict_class(&s.verdict)) { (verdict_text(s, standing, lang)) }
                    " · " (standing_text(s, standing, lang))
                }
            }
            p {
                (Msg::Issuer.text(lang)) (sep) (scheme.issuer.get(en))
                @if let Some(number) = &scheme.document_number { br; (Msg::DocumentNumber.text(lang)) (sep) (number) }
            }
            @for n in text::verdict_notes(s, scheme, lang) { p.warning { (n) } }
            @for n in scheme.notices.iter().filter(|n| s.notices.iter().any(|id| *id == n.id)) {
                p.warning { (n.summary.get(en)) " " span.note { "(" (n.citation.get(en)) ")" } (quote(&n.quote, lang)) }
            }
            p {
                (Msg::Validity.text(lang)) (sep) (text::validity(&s.validity, lang)) " "
                span.note { "(" (period.citation.get(en)) ")" } (quote(&period.quote, lang))
            }
            @if let Some(note) = &period.note { p.note { (note.get(en)) } }
            @if !period.milestones.is_empty() {
                h3 { (Msg::OtherDates.text(lang)) }
                ul { @for m in &period.milestones { li { (m.date) (sep) (m.label.get(en)) " " span.note { "(" (m.citation.get(en)) ")" } } } }
            }
            (criteria_table(s.outcomes.iter().filter(|o| !o.duty), scheme, &report.profile, lang))
            @if s.outcomes.iter().any(|o| o.duty) {
                h3 { (Msg::DutiesTitle.text(lang)) }
                p.note {
                    (Msg::DutiesNote.text(lang))
                }
                (criteria_table(s.outcomes.iter().filter(|o| o.duty), scheme, &report.profile, lang))
            }
            @if !s.unknown_facts.is_empty() {
                h3 { (Msg::Unanswered.text(lang)) }
                ul { @for f in &s.unknown_facts { li { (text::fact_label(f, lang)) } } }
            }
            (cited_list(Msg::Documents, &scheme.documents, lang))
            (cited_list(Msg::Process, &scheme.process, lang))
            (cited_list(Msg::Duties, &scheme.duties, lang))
            (cited_list(Msg::Support, &scheme.support, lang))
            @if let Some(table) = &scheme.performance { (score_plan(&scheme.id, table, report, lang)) }
          }
        }
    }
}

fn score_plan(scheme: &str, table: &PerformanceTable, report: &Report, lang: Lang) -> Markup {
    let en = lang.is_en();
    let sep = Msg::Colon.text(lang);
    let p = plan(scheme, table, &report.profile);
    html! {
        h3 { (table.title.get(en)) }
        p.note { (table.citation.get(en)) }
        p {
            strong { (Msg::ScoreTotal.text(lang)) (sep) (text::number(p.total)) " / " (p.max_total) }
            " · "
            strong { (Msg::ScoreBonus.text(lang)) (sep) (text::number(p.bonus)) " / " (p.max_bonus) }
        }
        @if p.open.is_empty() {
            p { (Msg::AllPointsRated.text(lang)) }
        } @else {
            p { (Msg::OpenPoints.text(lang)) }
            table.scores {
                thead { tr {
                    th scope="col" { (Msg::Indicator.text(lang)) }
                    th scope="col" class="num" { (Msg::Weight.text(lang)) }
                    th scope="col" class="num" { (Msg::PointsOpen.text(lang)) }
                    th scope="col" { (Msg::Evidence.text(lang)) }
                } }
                tbody {
                    @for open in &p.open {
                        @if let Some(ind) = table.indicators.iter().find(|i| i.id == open.indicator) {
                            tr {
                                td { (ind.name.get(en)) br; span.note { (ind.group.get(en)) } }
                                td.num { (ind.weight) }
                                td.num {
                                    (text::number(open.points))
                                    @if p.unrated.contains(&open.indicator) { " " span.note { "(" (Msg::NotRated.text(lang)) ")" } }
                                }
                                td { (ind.evidence.get(en)) }
                            }
                        }
                    }
                }
            }
        }
        p.note { (table.note.get(en)) }
        p.note { (table.tier_citation.get(en)) (quote(&table.tier_quote, lang)) }
    }
}
