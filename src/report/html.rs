//! The report as one standalone HTML file: opens offline in any browser, runs no scripts (its
//! Content-Security-Policy forbids them), and prints cleanly. Every text that goes into it —
//! the applicant's report name above all — is escaped.

use super::model::Report;
use super::text;
use crate::engine::score::plan;
use crate::engine::{Gap, Outcome, SchemeAssessment};
use crate::i18n::{Lang, Msg};
use crate::schemes::{catalogue, Cited, PerformanceTable, Scheme, RULES_HASH, RULES_VERSION};
use std::fmt::Write;

/// The policy of the file: no scripts, no fetches, inline styles and `data:` images only.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

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
    let mut h = String::with_capacity(64 * 1024);
    let title = Msg::ReportTitle.text(lang);
    let name = report.name.trim();
    let head_title = if name.is_empty() { title.to_string() } else { format!("{name} · {title}") };
    h.push_str("<!DOCTYPE html>\n");
    let _ = writeln!(h, "<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">", lang.code());
    let _ = writeln!(h, "<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n");
    let _ = writeln!(h, "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>", escape(&head_title));

    let _ = writeln!(h, "<h1>{}</h1>", escape(if name.is_empty() { title } else { name }));
    if !name.is_empty() {
        let _ = writeln!(h, "<p class=\"subtitle\">{}</p>", escape(title));
    }
    stamp(&mut h, report, lang);

    let schemes: Vec<(&SchemeAssessment, &Scheme)> = report
        .assessment
        .schemes
        .iter()
        .filter_map(|s| catalogue().scheme(&s.scheme).map(|scheme| (s, scheme)))
        .collect();
    summary(&mut h, &schemes, lang);
    action_list(&mut h, report, lang);
    for (s, scheme) in &schemes {
        scheme_section(&mut h, s, scheme, report, lang);
    }

    let _ = writeln!(
        h,
        "</main>\n<footer><p>{}</p><p>{}</p></footer>\n</body>\n</html>",
        escape(Msg::StandaloneNote.text(lang)),
        escape(Msg::FooterSources.text(lang))
    );
    h
}

fn stamp(h: &mut String, report: &Report, lang: Lang) {
    let st = &report.stamp;
    let _ = writeln!(h, "<section class=\"stamp\" aria-label=\"{}\">\n<table>\n<tbody>", escape(Msg::Stamp.text(lang)));
    for (label, value) in [
        (Msg::AssessedOn, st.assessed_on.to_string()),
        (Msg::AppVersion, st.app_version.clone()),
        (Msg::RulesVersion, st.rules_version.clone()),
        (Msg::RulesHash, st.rules_hash.clone()),
    ] {
        let _ = writeln!(h, "<tr><th scope=\"row\">{}</th><td>{}</td></tr>", escape(label.text(lang)), escape(&value));
    }
    h.push_str("</tbody>\n</table>\n");
    if !st.is_current() {
        let _ = writeln!(
            h,
            "<p class=\"warning\">{}{} {RULES_VERSION} · {} {RULES_HASH}</p>",
            escape(Msg::StampNotCurrent.text(lang)),
            escape(Msg::RulesVersion.text(lang)),
            escape(Msg::RulesHash.text(lang)),
        );
    }
    h.push_str("</section>\n");
}

fn bar(h: &mut String, readiness: u8) {
    let _ = write!(
        h,
        "<span class=\"bar\" aria-hidden=\"true\"><span style=\"width:{}%\"></span></span>{}%",
        readiness.min(100),
        readiness
    );
}

fn summary(h: &mut String, schemes: &[(&SchemeAssessment, &Scheme)], lang: Lang) {
    let en = lang.is_en();
    let _ = write!(
        h,
        "<section class=\"summary\">\n<h2>{}</h2>\n<table>\n<thead><tr>",
        escape(Msg::ReportSummary.text(lang))
    );
    for m in [Msg::Scheme, Msg::Verdict, Msg::Readiness, Msg::Validity] {
        let _ = write!(h, "<th scope=\"col\">{}</th>", escape(m.text(lang)));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for (s, scheme) in schemes {
        let _ = write!(
            h,
            "<tr><td><a href=\"#scheme-{}\">{}</a></td><td class=\"{}\"><strong>{}</strong></td><td class=\"num\">",
            escape(&scheme.id),
            escape(scheme.short_name.get(en)),
            text::verdict_class(&s.verdict),
            escape(&text::verdict(&s.verdict, lang)),
        );
        bar(h, s.readiness);
        let _ = writeln!(h, "</td><td>{}</td></tr>", escape(&text::validity(&s.validity, lang)));
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn quote(h: &mut String, quote: &str, lang: Lang) {
    // The quotes are the official Chinese texts, whatever the report's language.
    let attr = if lang.is_en() { " lang=\"zh-CN\"" } else { "" };
    let _ = write!(h, "<span class=\"quote\"{attr}>{}</span>", escape(quote));
}

fn outcome_row(h: &mut String, o: &Outcome, scheme: &Scheme, lang: Lang) {
    let Some(c) = scheme.criteria.iter().find(|c| c.id == o.criterion) else { return };
    let en = lang.is_en();
    let sep = lang.pick("：", ": ");
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
        notes.push(format!("{}{sep}{}", Msg::ToAnswer.text(lang), names.join(lang.pick("；", "; "))));
    }
    if o.soft {
        notes.push(Msg::SoftRule.text(lang).to_string());
    }
    if o.boundary {
        notes.push(text::boundary_caution(lang).to_string());
    }
    let _ = write!(
        h,
        "<tr id=\"{}-{}\"><td>{}</td><td class=\"status {}\">{}</td><td><strong>{}</strong>",
        escape(&scheme.id),
        escape(&c.id),
        escape(c.summary.get(en)),
        text::status_class(o.status),
        escape(text::status(o.status, lang)),
        escape(c.citation.get(en)),
    );
    quote(h, &c.quote, lang);
    h.push_str("</td><td>");
    for n in &notes {
        let _ = write!(h, "<p>{}</p>", escape(n));
    }
    if let Some(n) = &c.note {
        let _ = write!(h, "<p class=\"note\">{}</p>", escape(n.get(en)));
    }
    h.push_str("</td></tr>\n");
}

/// A table of criteria with their status, source and gap, one row each.
fn criteria_table<'a>(h: &mut String, outcomes: impl Iterator<Item = &'a Outcome>, scheme: &Scheme, lang: Lang) {
    h.push_str("<table class=\"criteria\">\n<thead><tr>");
    for m in [Msg::Criterion, Msg::Status, Msg::Source, Msg::Gap] {
        let _ = write!(h, "<th scope=\"col\">{}</th>", escape(m.text(lang)));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for o in outcomes {
        outcome_row(h, o, scheme, lang);
    }
    h.push_str("</tbody>\n</table>\n");
}

fn cited_list(h: &mut String, title: Msg, items: &[Cited], lang: Lang) {
    if items.is_empty() {
        return;
    }
    let en = lang.is_en();
    let _ = writeln!(h, "<h3>{}</h3>\n<ol>", escape(title.text(lang)));
    for i in items {
        let _ = writeln!(
            h,
            "<li>{} <span class=\"note\">({})</span></li>",
            escape(i.summary.get(en)),
            escape(i.citation.get(en))
        );
    }
    h.push_str("</ol>\n");
}

/// The action list: what to do for each criterion not yet met, linked to its row.
pub fn action_list(h: &mut String, report: &Report, lang: Lang) {
    let en = lang.is_en();
    let _ = writeln!(
        h,
        "<details class=\"action-list\" open>\n<summary><h2>{}</h2></summary>\n<ol>",
        escape(Msg::ActionList.text(lang))
    );
    for a in super::actions(&report.assessment) {
        let Some(scheme) = catalogue().scheme(&a.scheme) else { continue };
        let Some(c) = scheme.criteria.iter().find(|c| c.id == a.criterion) else { continue };
        let _ = writeln!(
            h,
            "<li><a href=\"#{}-{}\"><strong>{}</strong> · {} {}</a>{}{}</li>",
            escape(&scheme.id),
            escape(&c.id),
            escape(text::action_kind(a.kind, lang)),
            escape(scheme.short_name.get(en)),
            escape(c.citation.get(en)),
            lang.pick("：", ": "),
            escape(c.summary.get(en)),
        );
    }
    h.push_str("</ol>\n</details>\n");
}

/// One scheme's section: issuer, verdict, notices, period, criteria, duties, cited lists and the
/// performance table's plan.
pub fn scheme_section(h: &mut String, s: &SchemeAssessment, scheme: &Scheme, report: &Report, lang: Lang) {
    let en = lang.is_en();
    let sep = lang.pick("：", ": ");
    let _ = writeln!(
        h,
        "<section class=\"scheme scheme-report\" id=\"scheme-{}\">\n<h2>{}</h2>",
        escape(&scheme.id),
        escape(scheme.name.get(en))
    );
    let _ = write!(h, "<p>{}{sep}{}", escape(Msg::Issuer.text(lang)), escape(scheme.issuer.get(en)));
    if let Some(number) = &scheme.document_number {
        let _ = write!(h, "<br>{}{sep}{}", escape(Msg::DocumentNumber.text(lang)), escape(number));
    }
    h.push_str("</p>\n");
    let _ = write!(
        h,
        "<p><strong class=\"{}\">{}</strong> · {} ",
        text::verdict_class(&s.verdict),
        escape(&text::verdict(&s.verdict, lang)),
        escape(Msg::Readiness.text(lang)),
    );
    bar(h, s.readiness);
    h.push_str("</p>\n");
    for n in text::verdict_notes(s, scheme, lang) {
        let _ = writeln!(h, "<p class=\"warning\">{}</p>", escape(&n));
    }
    for n in scheme.notices.iter().filter(|n| s.notices.iter().any(|id| *id == n.id)) {
        let _ = write!(
            h,
            "<p class=\"warning\">{} <span class=\"note\">({})</span>",
            escape(n.summary.get(en)),
            escape(n.citation.get(en))
        );
        quote(h, &n.quote, lang);
        h.push_str("</p>\n");
    }

    let period = &scheme.period;
    let _ = write!(
        h,
        "<p>{}{sep}{} <span class=\"note\">({})</span>",
        escape(Msg::Validity.text(lang)),
        escape(&text::validity(&s.validity, lang)),
        escape(period.citation.get(en)),
    );
    quote(h, &period.quote, lang);
    h.push_str("</p>\n");
    if let Some(note) = &period.note {
        let _ = writeln!(h, "<p class=\"note\">{}</p>", escape(note.get(en)));
    }
    if !period.milestones.is_empty() {
        let _ = writeln!(h, "<h3>{}</h3>\n<ul>", escape(Msg::OtherDates.text(lang)));
        for m in &period.milestones {
            let _ = writeln!(
                h,
                "<li>{}{sep}{} <span class=\"note\">({})</span></li>",
                m.date,
                escape(m.label.get(en)),
                escape(m.citation.get(en))
            );
        }
        h.push_str("</ul>\n");
    }

    criteria_table(h, s.outcomes.iter().filter(|o| !o.duty), scheme, lang);
    if s.outcomes.iter().any(|o| o.duty) {
        let _ = writeln!(
            h,
            "<h3>{}</h3>\n<p class=\"note\">{}</p>",
            escape(lang.pick("认定后须建立并保持的安排", "Arrangements to set up and keep once recognised")),
            escape(lang.pick(
                "以下是本办法对已认定平台运行管理的要求，不是申报条件，不影响上面的判断；已有相关安排的，可在此对照。",
                "These are the measure's rules for running a recognised platform, not conditions of the application: they do not change the verdict above. Where the arrangement already exists, it is checked here.",
            )),
        );
        criteria_table(h, s.outcomes.iter().filter(|o| o.duty), scheme, lang);
    }

    if !s.unknown_facts.is_empty() {
        let _ = writeln!(h, "<h3>{}</h3>\n<ul>", escape(Msg::Unanswered.text(lang)));
        for f in &s.unknown_facts {
            let _ = writeln!(h, "<li>{}</li>", escape(&text::fact_label(f, lang)));
        }
        h.push_str("</ul>\n");
    }
    cited_list(h, Msg::Documents, &scheme.documents, lang);
    cited_list(h, Msg::Process, &scheme.process, lang);
    cited_list(h, Msg::Duties, &scheme.duties, lang);
    cited_list(h, Msg::Support, &scheme.support, lang);
    if let Some(table) = &scheme.performance {
        score_plan(h, table, report, lang);
    }
    h.push_str("</section>\n");
}

fn score_plan(h: &mut String, table: &PerformanceTable, report: &Report, lang: Lang) {
    let en = lang.is_en();
    let sep = lang.pick("：", ": ");
    let p = plan(table, &report.profile);
    let _ = writeln!(
        h,
        "<h3>{}</h3>\n<p class=\"note\">{}</p>",
        escape(table.title.get(en)),
        escape(table.citation.get(en))
    );
    let _ = writeln!(
        h,
        "<p><strong>{}{sep}{} / {}</strong> · <strong>{}{sep}{} / {}</strong></p>",
        escape(Msg::ScoreTotal.text(lang)),
        text::number(p.total),
        p.max_total,
        escape(Msg::ScoreBonus.text(lang)),
        text::number(p.bonus),
        p.max_bonus,
    );
    if p.open.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", escape(Msg::AllPointsRated.text(lang)));
    } else {
        let _ = write!(h, "<p>{}</p>\n<table class=\"scores\">\n<thead><tr>", escape(Msg::OpenPoints.text(lang)));
        for (m, class) in [
            (Msg::Indicator, ""),
            (Msg::Weight, " class=\"num\""),
            (Msg::PointsOpen, " class=\"num\""),
            (Msg::Evidence, ""),
        ] {
            let _ = write!(h, "<th scope=\"col\"{class}>{}</th>", escape(m.text(lang)));
        }
        h.push_str("</tr></thead>\n<tbody>\n");
        for open in &p.open {
            let Some(ind) = table.indicators.iter().find(|i| i.id == open.indicator) else { continue };
            let rated = if p.unrated.contains(&open.indicator) {
                format!(" <span class=\"note\">({})</span>", escape(Msg::NotRated.text(lang)))
            } else {
                String::new()
            };
            let _ = writeln!(
                h,
                "<tr><td>{}<br><span class=\"note\">{}</span></td><td class=\"num\">{}</td><td class=\"num\">{}{rated}</td><td>{}</td></tr>",
                escape(ind.name.get(en)),
                escape(ind.group.get(en)),
                ind.weight,
                text::number(open.points),
                escape(ind.evidence.get(en)),
            );
        }
        h.push_str("</tbody>\n</table>\n");
    }
    let _ = writeln!(h, "<p class=\"note\">{}</p>", escape(table.note.get(en)));
    let _ = write!(h, "<p class=\"note\">{}", escape(table.tier_citation.get(en)));
    quote(h, &table.tier_quote, lang);
    h.push_str("</p>\n");
}
