//! The report page's own parts as escaped HTML: its opening (title, date, verdict cards), the
//! comparison by topic and its last line. The action list and each scheme's section are the
//! downloaded report's own (`report::html`), so the page and the file say the same.

use crate::i18n::{Lang, Msg};
use crate::report::html::{action_list, escape, scheme_section};
use crate::report::{text, Report};
use crate::schemes::catalogue;
use std::fmt::Write;

/// The report page's opening: title (with the report's name), assessment date, a notice when
/// the report was judged by other rules than the app's, and the verdict cards.
pub fn page_head(report: &Report, lang: Lang) -> String {
    let title = Msg::ReportTitle.text(lang);
    let name = report.name.trim();
    let mut h = if name.is_empty() {
        format!("<h1>{}</h1>", escape(title))
    } else {
        format!("<h1>{} · {}</h1>", escape(title), escape(name))
    };
    let _ =
        write!(h, "<p>{}{}{}</p>", escape(Msg::AssessedOn.text(lang)), lang.pick("：", ": "), report.stamp.assessed_on);
    if !report.stamp.is_current() {
        let _ = write!(h, "<p class=\"notice\">{}</p>", escape(Msg::RulesChanged.text(lang)));
    }
    h.push_str(&verdict_cards(report, lang));
    h
}

/// The report page's last line: date, app version, rules version and fingerprint.
pub fn page_stamp(report: &Report, lang: Lang) -> String {
    let st = &report.stamp;
    format!(
        "<p class=\"stamp\">{}: {} · platform-readiness {} · rules {} · #{}</p>",
        escape(Msg::Stamp.text(lang)),
        st.assessed_on,
        escape(&st.app_version),
        escape(&st.rules_version),
        escape(&st.rules_hash)
    )
}

/// The verdict of each scheme as a card with its readiness bar (the report page's opening).
pub fn verdict_cards(report: &Report, lang: Lang) -> String {
    let en = lang.is_en();
    let mut h = String::from("<ul class=\"verdicts\">\n");
    for s in &report.assessment.schemes {
        let Some(scheme) = catalogue().scheme(&s.scheme) else { continue };
        let readiness = s.readiness.min(100);
        let _ = writeln!(
            h,
            "<li class=\"verdict {class}\"><a href=\"#scheme-{id}\"><strong>{name}</strong></a><p class=\"verdict-label\">{verdict}</p>\
             <svg class=\"chart\" width=\"200\" height=\"14\" viewBox=\"0 0 200 14\" role=\"img\" aria-label=\"{label} {readiness}%\">\
             <rect x=\"0\" y=\"0\" width=\"200\" height=\"14\" rx=\"3\" fill=\"#e3e8ee\"></rect><rect class=\"fill\" x=\"0\" y=\"0\" width=\"{width}\" height=\"14\" rx=\"3\"></rect></svg>\
             <p>{label} {readiness}% · {validity}</p></li>",
            class = text::verdict_class(&s.verdict),
            id = escape(&scheme.id),
            name = escape(scheme.short_name.get(en)),
            verdict = escape(&text::verdict(&s.verdict, lang)),
            label = escape(Msg::Readiness.text(lang)),
            width = 2 * u32::from(readiness),
            validity = escape(&text::validity(&s.validity, lang)),
        );
    }
    h.push_str("</ul>\n");
    h
}

/// The action list, the comparison by topic and every scheme's section: the body of the report
/// page after its buttons.
pub fn report_body(report: &Report, lang: Lang) -> String {
    let mut h = String::with_capacity(64 * 1024);
    action_list(&mut h, report, lang);
    topic_comparison(&mut h, report, lang);
    for s in &report.assessment.schemes {
        if let Some(scheme) = catalogue().scheme(&s.scheme) {
            scheme_section(&mut h, s, scheme, report, lang);
        }
    }
    h
}

fn topic_comparison(h: &mut String, report: &Report, lang: Lang) {
    if report.schemes.len() < 2 {
        return;
    }
    let en = lang.is_en();
    let _ = write!(
        h,
        "<details class=\"topic-compare\">\n<summary><h2>{}</h2></summary>\n<div class=\"table-scroll\">\n<table>\n<thead><tr><th scope=\"col\">{}</th>",
        escape(lang.pick("按主题对比各办法", "Compare the schemes topic by topic")),
        escape(lang.pick("主题", "Topic")),
    );
    for id in &report.schemes {
        let _ = write!(
            h,
            "<th scope=\"col\">{}</th>",
            escape(catalogue().scheme(id).map(|s| s.short_name.get(en)).unwrap_or_default())
        );
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for row in crate::report::compare_by_topic(&report.schemes) {
        let topic = catalogue().topics.iter().find(|t| t.id == row.topic).map(|t| t.name.get(en)).unwrap_or_default();
        let _ = write!(h, "<tr><th scope=\"row\">{}</th>", escape(topic));
        for (ids, scheme_id) in row.cells.iter().zip(&report.schemes) {
            h.push_str("<td><ul class=\"compact\">");
            let criteria = catalogue().scheme(scheme_id).map(|s| &s.criteria[..]).unwrap_or_default();
            for c in ids.iter().filter_map(|cid| criteria.iter().find(|c| &c.id == cid)) {
                let status = report.assessment.scheme(scheme_id).and_then(|s| s.status_of(&c.id));
                let _ = write!(
                    h,
                    "<li>{} <span class=\"status {}\">({})</span></li>",
                    escape(c.summary.get(en)),
                    status.map(text::status_class).unwrap_or(""),
                    escape(status.map(|s| text::status(s, lang)).unwrap_or("")),
                );
            }
            h.push_str("</ul></td>");
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n</div>\n</details>\n");
}

/// The embedded report's offer to send the verdicts to `parent` (the embedding page's origin):
/// what it would learn, the button, and once `sent`, the confirmation.
pub fn embed_share(parent: &str, sent: bool, lang: Lang) -> String {
    let parent = escape(parent);
    let with_parent = |msg: Msg| escape(msg.text(lang)).replace("{}", &parent);
    format!(
        "<p id=\"embed-share-hint\">{}</p><button type=\"button\" id=\"embed-share\" aria-describedby=\"embed-share-hint\">{}</button><p role=\"status\">{}</p>",
        with_parent(Msg::EmbedShareHint),
        escape(Msg::EmbedShare.text(lang)),
        if sent { with_parent(Msg::EmbedShared) } else { String::new() }
    )
}
