//! The evidence checklist as the report page shows it: the count per scheme, then one entry per
//! document with where its name comes from (the text's article and sentence, or a suggestion),
//! the schemes it serves, and the applicant's mark.

use super::evidence::{checklist, counts, Item, Source};
use super::plan_words::PlanWord;
use super::view::wire;
use super::{MarkState, Workplan};
use crate::i18n::Lang;
use crate::report::Report;
use crate::schemes::catalogue;
use maud::{html, Markup};

/// The three states, as the select's values (read back by [`super::view::apply`]).
const STATES: [(MarkState, &str, PlanWord); 3] = [
    (MarkState::Missing, "missing", PlanWord::Missing),
    (MarkState::InProgress, "in_progress", PlanWord::InProgress),
    (MarkState::Have, "have", PlanWord::Have),
];

/// The checklist section.
/// `open`: the item whose details stay open (the one the applicant is marking).
pub fn checklist_section(report: &Report, plan: &Workplan, editable: bool, open: Option<&str>, lang: Lang) -> Markup {
    let items = checklist(catalogue(), &report.schemes);
    let en = lang.is_en();
    let short = |id: &str| catalogue().scheme(id).map_or(id.to_string(), |s| s.short_name.get(en).to_string());
    html! {
        section.plan-section.checklist id="plan-checklist" aria-labelledby="plan-checklist-title" {
            h2 id="plan-checklist-title" { (PlanWord::ChecklistTitle.text(lang)) }
            p.note { (PlanWord::ChecklistIntro.text(lang)) }
            h3 { (PlanWord::CountsFor.text(lang)) }
            ul.evidence-counts {
                @for id in &report.schemes {
                    li { strong { (short(id)) } " · " (counts(&items, plan, id).words(lang)) }
                }
            }
            p.no-print {
                button type="button" data-plan-download=(super::fields::CSV) aria-describedby="plan-csv-hint" { (PlanWord::DownloadCsv.text(lang)) }
            }
            p.note.no-print id="plan-csv-hint" { (PlanWord::CsvHint.text(lang)) }
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
            summary.evidence-name { strong { (item.name.get(en)) } " " span class={ "pill mark-" (state_value) } { (state_word.text(lang)) } }
            p.evidence-schemes.note { (PlanWord::Schemes.text(lang)) (lang.pick("：", ": ")) (schemes.join(PlanWord::ListSeparator.text(lang))) }
            @for source in item.sources() {
                @match source {
                    Source::Text { scheme, article, quote } => {
                        details.evidence-source {
                            summary { (PlanWord::NamedBy.text(lang)) " · " (short(scheme)) " " (article.get(en)) }
                            blockquote.quote lang="zh-CN" { (quote) }
                        }
                    }
                    Source::Suggested { scheme } => {
                        p.evidence-source.suggested { span.pill { (PlanWord::Suggested.text(lang)) } " · " (short(scheme)) }
                    }
                }
            }
            @if editable {
                div.evidence-mark data-plan-evidence=(item.id) {
                    label for=(id("state")) { (PlanWord::State.text(lang)) }
                    select id=(id("state")) data-plan-field="state" {
                        @for (state, value, w) in STATES {
                            option value=(value) selected[state == mark.state] { (w.text(lang)) }
                        }
                    }
                    label for=(id("owner")) { (PlanWord::Owner.text(lang)) }
                    input type="text" id=(id("owner")) data-plan-field="owner" value=(mark.owner) maxlength="500";
                    label for=(id("due")) { (PlanWord::Due.text(lang)) }
                    input type="date" id=(id("due")) data-plan-field="due" value=[mark.due.map(|d| d.to_string())];
                    label for=(id("note")) { (PlanWord::Note.text(lang)) }
                    input type="text" id=(id("note")) data-plan-field="note" value=(mark.note) maxlength="500";
                }
            } @else {
                p.evidence-mark { (PlanWord::State.text(lang)) (lang.pick("：", ": ")) (state_word.text(lang))
                    @if !mark.owner.is_empty() { " · " (PlanWord::Owner.text(lang)) (lang.pick("：", ": ")) (mark.owner) }
                    @if let Some(due) = mark.due { " · " (PlanWord::Due.text(lang)) (lang.pick("：", ": ")) (crate::report::text::day(due, lang)) }
                    @if !mark.note.is_empty() { " · " (PlanWord::Note.text(lang)) (lang.pick("：", ": ")) (mark.note) }
                }
            }
          }
        }
    }
}

/// The checklist as a CSV file: its name and text.
pub fn checklist_file(report: &Report, plan: &Workplan, lang: Lang) -> (String, String) {
    let items = checklist(catalogue(), &report.schemes);
    let name = format!("{}-{}.csv", report.file_stem(), PlanWord::FileSuffix.text(lang));
    (name, super::csv::checklist_csv(&items, plan, catalogue(), lang))
}
