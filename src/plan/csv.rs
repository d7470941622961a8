//! The evidence checklist as a CSV file that Excel and WPS open with the Chinese intact: UTF-8
//! with a byte-order mark, CRLF line ends, and fields quoted as RFC 4180 says (a field holding a
//! comma, a double quote, a CR or an LF is put in double quotes, its double quotes doubled).
//!
//! Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a
//! formula (and some also after a leading tab or CR). An owner or note typed by the applicant, or
//! read from a shared file, could start so; such a cell gets a leading apostrophe, which the
//! spreadsheet shows as text and does not run.

use super::evidence::{Item, Source};
use super::plan_words::PlanWord;
use crate::i18n::Lang;
use crate::plan::{MarkState, Workplan};
use crate::schemes::Catalogue;

/// The byte-order mark that tells Excel the file is UTF-8.
pub const BOM: char = '\u{feff}';

/// The checklist with the applicant's marks: one header row, then one row per item, in the
/// checklist's order. Columns: 材料, 来源 (article of each text naming it, or "建议（文本未列明）"),
/// 适用办法, 状态, 负责人, 完成期限, 备注 (English headers and words for [`Lang::En`]).
pub fn checklist_csv(items: &[Item], plan: &Workplan, catalogue: &Catalogue, lang: Lang) -> String {
    let en = lang.is_en();
    let scheme_name =
        |id: &str| catalogue.scheme(id).map_or_else(|| id.to_string(), |s| s.short_name.get(en).to_string());
    let separator = PlanWord::ListSeparator.text(lang);
    let colon = lang.pick("：", ": ");
    let mut out = String::new();
    out.push(BOM);
    let header = [
        PlanWord::Material,
        PlanWord::Source,
        PlanWord::Schemes,
        PlanWord::State,
        PlanWord::Owner,
        PlanWord::Due,
        PlanWord::Note,
    ];
    row(&mut out, header.iter().map(|w| w.text(lang).to_string()));
    for item in items {
        let sources: Vec<String> = item
            .sources()
            .iter()
            .map(|s| match s {
                Source::Text { scheme, article, .. } => format!("{} {}", scheme_name(scheme), article.get(en)),
                Source::Suggested { scheme } => {
                    format!("{}{colon}{}", scheme_name(scheme), PlanWord::Suggested.text(lang))
                }
            })
            .collect();
        let schemes: Vec<String> = item.schemes().iter().map(|s| scheme_name(s)).collect();
        let mark = plan.evidence.get(item.id);
        let state = match item.state(plan) {
            MarkState::Have => PlanWord::Have,
            MarkState::InProgress => PlanWord::InProgress,
            MarkState::Missing => PlanWord::Missing,
        };
        row(
            &mut out,
            [
                item.name.get(en).to_string(),
                sources.join(separator),
                schemes.join(separator),
                state.text(lang).to_string(),
                mark.map(|m| m.owner.clone()).unwrap_or_default(),
                // NaiveDate's Display is ISO 8601: 2027-03-01.
                mark.and_then(|m| m.due).map(|d| d.to_string()).unwrap_or_default(),
                mark.map(|m| m.note.clone()).unwrap_or_default(),
            ],
        );
    }
    out
}

/// One record, ended by CRLF.
fn row(out: &mut String, cells: impl IntoIterator<Item = String>) {
    for (n, cell) in cells.into_iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        field(out, &cell);
    }
    out.push_str("\r\n");
}

/// One field: defused (see the module's note on formula injection), then quoted if it must be.
fn field(out: &mut String, cell: &str) {
    let defused;
    let cell = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        defused = format!("'{cell}");
        defused.as_str()
    } else {
        cell
    };
    if cell.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}
