//! The evidence checklist as the report page shows it: the count per scheme, then one entry per
//! document with where its name comes from (the text's article and sentence, or a suggestion),
//! the schemes it serves, and the applicant's mark.

use super::evidence::{checklist, counts, Item, Source};
use super::view::wire;
use super::words::{word, Word};
use super::{MarkState, Workplan};
use crate::i18n::Lang;
use crate::report::Report;
use crate::schemes::catalogue;
use maud::{html, Markup};

/// The three states, as the select's values (read back by [`super::view::apply`]).
const STATES: [(MarkState, &str, Word); 3] = [
    (MarkState::Missing, "missing", Word::Missing),
    (MarkState::InProgress, "in_progress", Word::InProgress),
    (MarkState::Have, "have", Word::Have),
];

/// The checklist section.
/// `open`: the item whose details stay open (the one the applicant is marking).
pub fn checklist_section(report: &Report, plan: &Workplan, editable: bool, open: Option<&str>, lang: Lang) -> Markup {
    let items = checklist(catalogue(), &report.schemes);
    let en = lang.is_en();
    let short = |id: &str| catalogue().scheme(id).map_or(id.to_string(), |s| s.short_name.get(en).to_string());
    html! {
        section.plan-section.checklist id="plan-checklist" aria-labelledby="plan-checklist-title" {
            h2 id="plan-checklist-title" { (word(Word::ChecklistTitle, lang)) }
            p.note { (word(Word::ChecklistIntro, lang)) }
            h3 { (word(Word::CountsFor, lang)) }
            ul.evidence-counts {
                @for id in &report.schemes {
                    li { strong { (short(id)) } " · " (counts(&items, plan, id).words(lang)) }
                }
            }
            p.no-print {
                button type="button" data-plan-download="csv" aria-describedby="plan-csv-hint" { (word(Word::DownloadCsv, lang)) }
            }
            p.note.no-print id="plan-csv-hint" { (word(Word::CsvHint, lang)) }
            ol.evidence-items {
                @for item in &items {
                    (entry(item, plan, editable, open.is_some_and(|o| o == item.id), lang, &short))
                }
            }
        }
    }
}

fn entry(
    item: &Item,
    plan: &Workplan,
    editable: bool,
    open: bool,
    lang: Lang,
    short: &dyn Fn(&str) -> String,
) -> Markup {
    let en = lang.is_en();
    let mark = plan.evidence.get(item.id).cloned().unwrap_or_default();
    let id = |field: &str| wire::evidence_field(item.id, field);
    let (_, state_value, state_word) = STATES.iter().find(|(s, _, _)| *s == mark.state).copied().unwrap_or(STATES[0]);
    let schemes: Vec<String> = item.schemes().iter().map(|s| short(s)).collect();
    html! {
        li.evidence-item data-state=(state_value) {
          // Closed, one line per document: its name and how far it is; opened, where it comes
          // from and the mark's fields (printing opens them all).
          details open[open] {
            summary.evidence-name { strong { (item.name.get(en)) } " " span class={ "pill mark-" (state_value) } { (word(state_word, lang)) } }
            p.evidence-schemes.note { (word(Word::Schemes, lang)) (lang.pick("：", ": ")) (schemes.join(word(Word::ListSeparator, lang))) }
            @for source in item.sources() {
                @match source {
                    Source::Text { scheme, article, quote } => {
                        details.evidence-source {
                            summary { (word(Word::NamedBy, lang)) " · " (short(scheme)) " " (article.get(en)) }
                            blockquote.quote lang="zh-CN" { (quote) }
                        }
                    }
                    Source::Suggested { scheme } => {
                        p.evidence-source.suggested { span.pill { (word(Word::Suggested, lang)) } " · " (short(scheme)) }
                    }
                }
            }
            @if editable {
                div.evidence-mark data-plan-evidence=(item.id) {
                    label for=(id("state")) { (word(Word::State, lang)) }
                    select id=(id("state")) data-plan-field="state" {
                        @for (state, value, w) in STATES {
                            option value=(value) selected[state == mark.state] { (word(w, lang)) }
                        }
                    }
                    label for=(id("owner")) { (word(Word::Owner, lang)) }
                    input type="text" id=(id("owner")) data-plan-field="owner" value=(mark.owner) maxlength="500";
                    label for=(id("due")) { (word(Word::Due, lang)) }
                    input type="date" id=(id("due")) data-plan-field="due" value=[mark.due.map(|d| d.to_string())];
                    label for=(id("note")) { (word(Word::Note, lang)) }
                    input type="text" id=(id("note")) data-plan-field="note" value=(mark.note) maxlength="500";
                }
            } @else {
                p.evidence-mark { (word(Word::State, lang)) (lang.pick("：", ": ")) (word(state_word, lang))
                    @if !mark.owner.is_empty() { " · " (word(Word::Owner, lang)) (lang.pick("：", ": ")) (mark.owner) }
                    @if let Some(due) = mark.due { " · " (word(Word::Due, lang)) (lang.pick("：", ": ")) (crate::report::text::day(due, lang)) }
                    @if !mark.note.is_empty() { " · " (word(Word::Note, lang)) (lang.pick("：", ": ")) (mark.note) }
                }
            }
          }
        }
    }
}

/// The checklist as a CSV file: its name and text.
pub fn checklist_file(report: &Report, plan: &Workplan, lang: Lang) -> (String, String) {
    let items = checklist(catalogue(), &report.schemes);
    let name = format!("{}-{}.csv", report.file_stem(), word(Word::FileSuffix, lang));
    (name, super::csv::checklist_csv(&items, plan, catalogue(), lang))
}
