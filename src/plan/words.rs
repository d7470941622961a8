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
    };
    lang.pick(zh, en)
}
