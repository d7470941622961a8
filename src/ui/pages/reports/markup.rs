//! The saved-reports page's read-only parts as escaped HTML: the report cards and the comparison
//! of two reports.

use crate::engine::SchemeAssessment;
use crate::i18n::{Lang, Msg};
use crate::report::html::escape;
use crate::report::{text, Report};
use crate::schemes::catalogue;
use std::fmt::Write;

/// The saved reports as cards, newest first as given: a checkbox to pick two for comparison
/// (checked for those in `chosen`), name and date, each scheme's verdict, and the buttons.
/// The buttons carry `data-action` (open, rename, duplicate, delete) and every control
/// `data-id`, the report's id, for the page's one listener.
pub fn saved_report_cards(reports: &[crate::report::Report], chosen: &[String], lang: Lang) -> String {
    let mut h = String::new();
    for r in reports {
        let id = escape(&r.id);
        let _ = write!(
            h,
            "<li class=\"card saved\"><input type=\"checkbox\" id=\"cmp-{id}\" data-id=\"{id}\"{}><div><label for=\"cmp-{id}\" class=\"card-title\">{} · {}</label><span class=\"visually-hidden\">{}</span><ul class=\"card-meta\">",
            if chosen.contains(&r.id) { " checked" } else { "" },
            escape(&r.name),
            r.stamp.assessed_on,
            escape(Msg::SelectForCompare.text(lang)),
        );
        for s in &r.assessment.schemes {
            let name = crate::schemes::catalogue()
                .scheme(&s.scheme)
                .map(|c| c.short_name.get(lang.is_en()))
                .unwrap_or_default();
            let _ = write!(h, "<li>{}: {}</li>", escape(name), escape(&text::verdict_and_readiness(s, lang)));
        }
        h.push_str("</ul><div class=\"actions\">");
        for (action, msg) in
            [("open", Msg::Open), ("rename", Msg::Rename), ("duplicate", Msg::Duplicate), ("delete", Msg::Delete)]
        {
            let _ = write!(
                h,
                "<button type=\"button\" data-action=\"{action}\" data-id=\"{id}\">{}</button>",
                escape(msg.text(lang))
            );
        }
        h.push_str("</div></div></li>");
    }
    h
}

/// Two reports side by side: the verdict of each scheme in both, then the criteria whose status
/// differs (the saved-reports page's comparison).
pub fn comparison(a: &Report, b: &Report, lang: Lang) -> String {
    let en = lang.is_en();
    let mut h = String::new();
    let _ = write!(
        h,
        "<h2>{}</h2>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        escape(Msg::CompareTitle.text(lang)),
        escape(lang.pick("办法", "Scheme")),
        escape(&a.name),
        escape(&b.name),
        escape(lang.pick("不同之处", "Differences")),
    );
    let cell =
        |s: Option<&SchemeAssessment>| s.map(|s| text::verdict_and_readiness(s, lang)).unwrap_or_else(|| "—".into());
    for scheme in catalogue().schemes.iter() {
        let (sa, sb) = (a.assessment.scheme(&scheme.id), b.assessment.scheme(&scheme.id));
        if sa.is_none() && sb.is_none() {
            continue;
        }
        let _ = write!(
            h,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td><ul>",
            escape(scheme.short_name.get(en)),
            escape(&cell(sa)),
            escape(&cell(sb))
        );
        for c in scheme.criteria.iter() {
            let (x, y) = (sa.and_then(|s| s.status_of(&c.id)), sb.and_then(|s| s.status_of(&c.id)));
            if x != y {
                let _ = write!(
                    h,
                    "<li>{} {}: {} → {}</li>",
                    escape(c.citation.get(en)),
                    escape(c.summary.get(en)),
                    escape(x.map(|s| text::status(s, lang)).unwrap_or("—")),
                    escape(y.map(|s| text::status(s, lang)).unwrap_or("—")),
                );
            }
        }
        h.push_str("</ul></td></tr>\n");
    }
    h.push_str("</tbody>\n</table>\n");
    h
}
