//! The report as one standalone HTML file: opens offline in any browser, runs no scripts (its
//! Content-Security-Policy forbids them), and prints cleanly. Written with maud's `html!`, which
//! escapes every text that goes into it — the applicant's report name above all; only the file's
//! own style sheet, a constant, goes in as it is.
//!
//! The action list and each scheme's section are also the report page's (`ui::pages::report`).

use super::model::Report;
use super::text;
use crate::engine::score::plan;
use crate::engine::{Gap, Outcome, SchemeAssessment};
use crate::i18n::{Lang, Msg};
use crate::schemes::{catalogue, Cited, PerformanceTable, Scheme, RULES_HASH, RULES_VERSION};
use maud::{html, Markup, PreEscaped};

/// The policy of the file: no scripts, no fetches, inline styles and `data:` images only.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; line-height: 1.6; color: #1b1f24; background: #fff; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #1b1f24; padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
.subtitle { font-size: 1.1rem; color: #444c56; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; }
th, td { border: 1px solid #c9d1d9; padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #eef1f4; }
td p { margin: 0 0 .3rem; }
td p:last-child { margin-bottom: 0; }
.quote { display: block; color: #444c56; font-size: .9em; margin-top: .2rem; }
.stamp { font-size: .9rem; }
.stamp th { width: 12rem; background: #f6f8fa; }
.warning { border-left: 4px solid #9a6700; background: #fff8c5; padding: .5rem .75rem; }
.note { color: #444c56; font-size: .92em; }
.status { font-weight: bold; white-space: nowrap; }
.met, .ready { color: #116329; }
.not_met, .gaps, .not-in-force { color: #a40e26; }
.unknown, .not-yet { color: #7d4e00; }
.declared { color: #0a3069; }
.not_applicable { color: #57606a; }
.bar { display: inline-block; width: 6rem; height: .7rem; background: #e3e8ee; border-radius: 3px; vertical-align: middle; margin-right: .4rem; overflow: hidden; }
.bar > span { display: block; height: 100%; background: #57606a; }
.num { text-align: right; white-space: nowrap; }
footer { margin-top: 2rem; border-top: 1px solid #c9d1d9; padding-top: .5rem; font-size: .85rem; color: #57606a; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  tr, th, td, li, .warning { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  section.scheme { break-before: page; page-break-before: always; }
}
"#;

/// The whole report as a standalone HTML document in `lang`.
pub fn standalone(report: &Report, lang: Lang) -> String {
    let title = Msg::ReportTitle.text(lang);
    let name = report.name.trim();
    let schemes: Vec<(&SchemeAssessment, &Scheme)> = report
        .assessment
        .schemes
        .iter()
        .filter_map(|s| catalogue().scheme(&s.scheme).map(|scheme| (s, scheme)))
        .collect();
    let page = html! {
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(CSP);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { @if !name.is_empty() { (name) " · " } (title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                main {
                    h1 { (if name.is_empty() { title } else { name }) }
                    @if !name.is_empty() { p.subtitle { (title) } }
                    (stamp(report, lang))
                    (summary(&schemes, lang))
                    (action_list(report, lang))
                    @for (s, scheme) in &schemes { (scheme_section(s, scheme, report, lang)) }
                }
                footer { p { (Msg::StandaloneNote.text(lang)) } p { (Msg::FooterSources.text(lang)) } }
            }
        }
    };
    format!("<!DOCTYPE html>\n{}\n", page.into_string())
}

fn stamp(report: &Report, lang: Lang) -> Markup {
    let st = &report.stamp;
    html! {
        section.stamp aria-label=(Msg::Stamp.text(lang)) {
            table { tbody {
                @for (label, value) in [
                    (Msg::AssessedOn, st.assessed_on.to_string()),
                    (Msg::AppVersion, st.app_version.clone()),
                    (Msg::RulesVersion, st.rules_version.clone()),
                    (Msg::RulesHash, st.rules_hash.clone()),
                ] {
                    tr { th scope="row" { (label.text(lang)) } td { (value) } }
                }
            } }
            @if !st.is_current() {
                p.warning {
                    (Msg::StampNotCurrent.text(lang)) (Msg::RulesVersion.text(lang)) " " (RULES_VERSION)
                    " · " (Msg::RulesHash.text(lang)) " " (RULES_HASH)
                }
            }
        }
    }
}

fn bar(readiness: u8) -> Markup {
    html! {
        span.bar aria-hidden="true" { span style={ "width:" (readiness.min(100)) "%" } {} }
        (readiness) "%"
    }
}

fn summary(schemes: &[(&SchemeAssessment, &Scheme)], lang: Lang) -> Markup {
    let en = lang.is_en();
    html! {
        section.summary {
            h2 { (Msg::ReportSummary.text(lang)) }
            table {
                thead { tr { @for m in [Msg::Scheme, Msg::Verdict, Msg::Readiness, Msg::Validity] { th scope="col" { (m.text(lang)) } } } }
                tbody {
                    @for (s, scheme) in schemes {
                        tr {
                            td { a href={ "#scheme-" (scheme.id) } { (scheme.short_name.get(en)) } }
                            td class=(text::verdict_class(&s.verdict)) { strong { (text::verdict(&s.verdict, lang)) } }
                            td.num { (bar(s.readiness)) }
                            td { (text::validity(&s.validity, lang)) }
                        }
                    }
                }
            }
        }
    }
}

fn quote(quote: &str, lang: Lang) -> Markup {
    // The quotes are the official Chinese texts, whatever the report's language.
    html! { span.quote lang=[lang.is_en().then_some("zh-CN")] { (quote) } }
}

fn outcome_row(o: &Outcome, scheme: &Scheme, lang: Lang) -> Markup {
    let Some(c) = scheme.criteria.iter().find(|c| c.id == o.criterion) else { return html! {} };
    let en = lang.is_en();
    let sep = Msg::Colon.text(lang);
    let mut notes: Vec<String> = o.shortfalls.iter().map(|s| text::shortfall(s, lang)).collect();
    // A time rule's shortfall already says "met from <day>": the day is not repeated.
    let said = |day| o.shortfalls.iter().any(|s| s.gap == Gap::Until { date: day });
    if let Some(d) = o.met_from.filter(|d| !said(*d)) {
        notes.push(format!("{}{sep}{d}", Msg::MetFrom.text(lang)));
    }
    if let Some(d) = o.holds_until {
        notes.push(format!("{}{sep}{d}", Msg::HoldsUntil.text(lang)));
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
    html! {
        tr id={ (scheme.id) "-" (c.id) } {
            td { (c.summary.get(en)) }
            td class={ "status " (text::status_class(o.status)) } { (text::status(o.status, lang)) }
            td { strong { (c.citation.get(en)) } (quote(&c.quote, lang)) }
            td {
                @for n in &notes { p { (n) } }
                @if let Some(n) = &c.note { p.note { (n.get(en)) } }
            }
        }
    }
}

/// A table of criteria with their status, source and gap, one row each.
fn criteria_table<'a>(outcomes: impl Iterator<Item = &'a Outcome>, scheme: &Scheme, lang: Lang) -> Markup {
    html! {
        table.criteria {
            thead { tr { @for m in [Msg::Criterion, Msg::Status, Msg::Source, Msg::Gap] { th scope="col" { (m.text(lang)) } } } }
            tbody { @for o in outcomes { (outcome_row(o, scheme, lang)) } }
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

/// The action list: what to do for each criterion not yet met, linked to its row.
pub fn action_list(report: &Report, lang: Lang) -> Markup {
    let en = lang.is_en();
    html! {
        details.action-list open {
            summary { h2 { (Msg::ActionList.text(lang)) } }
            ol {
                @for a in super::actions(&report.assessment) {
                    @if let Some((scheme, c)) = catalogue()
                        .scheme(&a.scheme)
                        .and_then(|s| s.criteria.iter().find(|c| c.id == a.criterion).map(|c| (s, c)))
                    {
                        li {
                            a href={ "#" (scheme.id) "-" (c.id) } {
                                strong { (text::action_kind(a.kind, lang)) } " · " (scheme.short_name.get(en)) " " (c.citation.get(en))
                            }
                            (Msg::Colon.text(lang)) (c.summary.get(en))
                        }
                    }
                }
            }
        }
    }
}

/// One scheme's section: issuer, verdict, notices, period, criteria, duties, cited lists and the
/// performance table's plan.
pub fn scheme_section(s: &SchemeAssessment, scheme: &Scheme, report: &Report, lang: Lang) -> Markup {
    let en = lang.is_en();
    let sep = Msg::Colon.text(lang);
    let period = &scheme.period;
    html! {
        section.scheme.scheme-report id={ "scheme-" (scheme.id) } {
            h2 { (scheme.name.get(en)) }
            p {
                (Msg::Issuer.text(lang)) (sep) (scheme.issuer.get(en))
                @if let Some(number) = &scheme.document_number { br; (Msg::DocumentNumber.text(lang)) (sep) (number) }
            }
            p {
                strong class=(text::verdict_class(&s.verdict)) { (text::verdict(&s.verdict, lang)) }
                " · " (Msg::Readiness.text(lang)) " " (bar(s.readiness))
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
            (criteria_table(s.outcomes.iter().filter(|o| !o.duty), scheme, lang))
            @if s.outcomes.iter().any(|o| o.duty) {
                h3 { (Msg::DutiesTitle.text(lang)) }
                p.note {
                    (Msg::DutiesNote.text(lang))
                }
                (criteria_table(s.outcomes.iter().filter(|o| o.duty), scheme, lang))
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
