//! The report page's own parts as HTML (maud's `html!`, which escapes every interpolation): its
//! opening (title, date, verdict cards), the comparison by topic and its last line. The action
//! list and each scheme's section are the downloaded report's own (`report::html`), so the page
//! and the file say the same.

use crate::i18n::{Lang, Msg};
use crate::report::html::{action_list, lead, print_footer, scheme_sections, stamp_line};
use crate::report::{text, Report};
use crate::schemes::catalogue;
use crate::ui::contract::{EMBED_SHARE, EMBED_SHARE_HINT};
use maud::{html, Markup};

/// The report page's opening: title (with the report's name), assessment date, the closest
/// scheme and each verdict with its counts (`report::html::lead`, the file's own), and a notice
/// when the report was judged by other rules than the app's.
pub fn page_head(report: &Report, lang: Lang) -> String {
    let title = Msg::ReportTitle.text(lang);
    let name = report.name.trim();
    html! {
        h1 { (title) @if !name.is_empty() { " · " (name) } }
        p { (Msg::AssessedOn.text(lang)) (Msg::Colon.text(lang)) (text::day(report.stamp.assessed_on, lang)) }
        @if !report.stamp.is_current() { p.notice { (Msg::RulesChanged.text(lang)) } }
        (lead(report, lang))
        // The printed page's footer names the applicant, the date and the page.
        style { (print_footer(report, lang)) }
    }
    .into_string()
}

/// The report page's last line: how the report was made (date, rules, app version).
pub fn page_stamp(report: &Report, lang: Lang) -> String {
    stamp_line(report, lang).into_string()
}

/// The action list, the comparison by topic and every scheme's section: the body of the report
/// page after its buttons.
pub fn report_body(report: &Report, lang: Lang) -> String {
    html! {
        (action_list(report, lang))
        (topic_comparison(report, lang))
        (scheme_sections(report, lang))
    }
    .into_string()
}

/// Every topic's criteria side by side, one column per scheme (only for two schemes or more).
fn topic_comparison(report: &Report, lang: Lang) -> Markup {
    let en = lang.is_en();
    html! {
        @if report.schemes.len() >= 2 {
            details.topic-compare {
                summary { h2 { (Msg::CompareByTopic.text(lang)) } }
                div.table-scroll { table {
                    thead { tr {
                        th scope="col" { (Msg::Topic.text(lang)) }
                        @for id in &report.schemes {
                            th scope="col" { (catalogue().scheme(id).map(|s| s.short_name.get(en)).unwrap_or_default()) }
                        }
                    } }
                    tbody {
                        @for row in crate::report::compare_by_topic(&report.schemes) {
                            tr {
                                th scope="row" {
                                    (catalogue().topics.iter().find(|t| t.id == row.topic).map(|t| t.name.get(en)).unwrap_or_default())
                                }
                                @for (ids, scheme_id) in row.cells.iter().zip(&report.schemes) {
                                    @let criteria = catalogue().scheme(scheme_id).map(|s| &s.criteria[..]).unwrap_or_default();
                                    td { ul.compact {
                                        @for c in ids.iter().filter_map(|cid| criteria.iter().find(|c| &c.id == cid)) {
                                            @let status = report.assessment.scheme(scheme_id).and_then(|s| s.status_of(&c.id));
                                            li {
                                                (c.summary.get(en)) " "
                                                span class={ "status " (status.map(text::status_class).unwrap_or("")) } {
                                                    "(" (status.map(|s| text::status(s, lang)).unwrap_or("")) ")"
                                                }
                                            }
                                        }
                                    } }
                                }
                            }
                        }
                    }
                } }
            }
        }
    }
}

/// The embedded report's offer to send the verdicts to `parent` (the embedding page's origin):
/// what it would learn, the button, and once `sent`, the confirmation.
pub fn embed_share(parent: &str, sent: bool, lang: Lang) -> String {
    // The words name the origin where they say `{}`.
    let with_parent = |msg: Msg| match msg.text(lang).split_once("{}") {
        Some((before, after)) => html! { (before) (parent) (after) },
        None => html! { (msg.text(lang)) },
    };
    html! {
        p id=(EMBED_SHARE_HINT) { (with_parent(Msg::EmbedShareHint)) }
        button type="button" id=(EMBED_SHARE) aria-describedby=(EMBED_SHARE_HINT) { (Msg::EmbedShare.text(lang)) }
        p role="status" { @if sent { (with_parent(Msg::EmbedShared)) } }
    }
    .into_string()
}
