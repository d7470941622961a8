//! The report page's own parts as HTML (maud's `html!`, which escapes every interpolation): its
//! opening (title, date, verdict cards), the comparison by topic and its last line. The action
//! list and each scheme's section are the downloaded report's own (`report::html`), so the page
//! and the file say the same.

use crate::i18n::{Lang, Msg};
use crate::report::html::{action_list, scheme_section};
use crate::report::{text, Report};
use crate::schemes::catalogue;
use crate::ui::contract::{EMBED_SHARE, EMBED_SHARE_HINT};
use maud::{html, Markup};

/// The report page's opening: title (with the report's name), assessment date, a notice when
/// the report was judged by other rules than the app's, and the verdict cards.
pub fn page_head(report: &Report, lang: Lang) -> String {
    let title = Msg::ReportTitle.text(lang);
    let name = report.name.trim();
    html! {
        h1 { (title) @if !name.is_empty() { " · " (name) } }
        p { (Msg::AssessedOn.text(lang)) (Msg::Colon.text(lang)) (report.stamp.assessed_on) }
        @if !report.stamp.is_current() { p.notice { (Msg::RulesChanged.text(lang)) } }
        (verdict_cards(report, lang))
    }
    .into_string()
}

/// The report page's last line: date, app version, rules version and fingerprint.
pub fn page_stamp(report: &Report, lang: Lang) -> String {
    let st = &report.stamp;
    html! {
        p.stamp {
            (Msg::Stamp.text(lang)) ": " (st.assessed_on) " · platform-readiness " (st.app_version)
            " · rules " (st.rules_version) " · #" (st.rules_hash)
        }
    }
    .into_string()
}

/// The verdict of each scheme as a card with its readiness bar (the report page's opening).
fn verdict_cards(report: &Report, lang: Lang) -> Markup {
    let en = lang.is_en();
    let label = Msg::Readiness.text(lang);
    html! {
        ul.verdicts {
            @for s in &report.assessment.schemes {
                @if let Some(scheme) = catalogue().scheme(&s.scheme) {
                    @let readiness = s.readiness.min(100);
                    li class={ "verdict " (text::verdict_class(&s.verdict)) } {
                        a href={ "#scheme-" (scheme.id) } { strong { (scheme.short_name.get(en)) } }
                        p.verdict-label { (text::verdict(&s.verdict, lang)) }
                        svg.chart width="200" height="14" viewBox="0 0 200 14" role="img" aria-label={ (label) " " (readiness) "%" } {
                            rect x="0" y="0" width="200" height="14" rx="3" fill="#e3e8ee" {}
                            rect.fill x="0" y="0" width=(2 * u32::from(readiness)) height="14" rx="3" {}
                        }
                        p { (label) " " (readiness) "% · " (text::validity(&s.validity, lang)) }
                    }
                }
            }
        }
    }
}

/// The action list, the comparison by topic and every scheme's section: the body of the report
/// page after its buttons.
pub fn report_body(report: &Report, lang: Lang) -> String {
    html! {
        (action_list(report, lang))
        (topic_comparison(report, lang))
        @for s in &report.assessment.schemes {
            @if let Some(scheme) = catalogue().scheme(&s.scheme) { (scheme_section(s, scheme, report, lang)) }
        }
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
