//! The plan module's own words in zh-CN and English. Kept apart from `crate::i18n` so that the
//! main app's first load carries none of them.
//!
//! One entry per [`Word`]; [`word`] gives its text in a language. Add a variant and its line in
//! the table: the `match` has no fallback, so a word cannot exist in one language only.

use crate::i18n::Lang;

/// A word or phrase of the plan module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    // The checklist's columns (CSV headers and table heads).
    Material,
    Source,
    Schemes,
    State,
    Owner,
    Due,
    Note,
    // A material the text does not name.
    Suggested,
    // The application as a whole, not one criterion.
    WholeApplication,
    // How far an item is gathered.
    Have,
    InProgress,
    Missing,
    // The per-scheme count: "证明材料：12 项已备，3 项进行中，4 项缺".
    CountsLead,
    CountsHave,
    CountsInProgress,
    CountsMissing,
    // Between the entries of a list in one cell.
    ListSeparator,
    // The checklist on the report page.
    ChecklistTitle,
    ChecklistIntro,
    DownloadCsv,
    CsvHint,
    NamedBy,
    CountsFor,
    FileSuffix,
}

/// The word in `lang`.
pub fn word(w: Word, lang: Lang) -> &'static str {
    let (zh, en) = match w {
        Word::Material => ("材料", "Evidence"),
        Word::Source => ("来源", "Source"),
        Word::Schemes => ("适用方案", "Schemes"),
        Word::State => ("状态", "Status"),
        Word::Owner => ("负责人", "Owner"),
        Word::Due => ("完成期限", "Due"),
        Word::Note => ("备注", "Note"),
        Word::Suggested => ("建议（文本未列明）", "Suggested (not named in the text)"),
        Word::WholeApplication => ("整份申报", "The whole application"),
        Word::Have => ("已备", "Have"),
        Word::InProgress => ("进行中", "In progress"),
        Word::Missing => ("缺", "Missing"),
        Word::CountsLead => ("证明材料：", "Evidence: "),
        Word::CountsHave => (" 项已备", " ready"),
        Word::CountsInProgress => (" 项进行中", " in progress"),
        Word::CountsMissing => (" 项缺", " missing"),
        Word::ListSeparator => ("；", "; "),
        Word::ChecklistTitle => ("证明材料清单", "Evidence checklist"),
        Word::ChecklistIntro => (
            "每份材料只列一次，并注明它用于哪些方案。标注每份材料的进度，可以填写负责人、完成期限和备注；这些标注与您的填报信息一起保存在本浏览器中。文本未列明的材料是建议，不是办法的要求。",
            "Each document is listed once, with the schemes it serves. Mark how far each one is; an owner, a due date and a note are optional. The marks are kept with your answers in this browser. A document the text does not name is a suggestion, not a requirement of the measure.",
        ),
        Word::DownloadCsv => ("下载清单（CSV，可用 Excel 或 WPS 打开）", "Download the checklist (CSV, opens in Excel or WPS)"),
        Word::CsvHint => ("打印本页时，清单单独成页。", "When this page is printed, the checklist starts on a page of its own."),
        Word::NamedBy => ("文本列明", "Named by the text"),
        Word::CountsFor => ("各方案的材料进度", "Evidence by scheme"),
        Word::FileSuffix => ("证明材料清单", "evidence-checklist"),
    };
    lang.pick(zh, en)
}
