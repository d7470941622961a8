//! The plan module's own words in zh-CN and English: the evidence checklist, the timeline, the
//! fixes, the forward verdicts, the narrow margins and the rules diff. They live here, beside the
//! plan and apart from `crate::i18n`, so that the main app's first load carries none of them.
//!
//! One line per [`PlanWord`] gives both languages; [`PlanWord::text`] picks one. The `match`
//! that the macro writes has no fallback, so a word cannot exist in one language only.
//!
//! A word with figures holds numbered places, `{0}`, `{1}`, …, that [`PlanWord::fill`] puts the
//! figures in: each language orders them as its sentence needs.

use crate::i18n::Lang;

macro_rules! plan_words {
    ($($(#[$doc:meta])* $name:ident => $zh:expr, $en:expr;)*) => {
        /// One of the plan's own words.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum PlanWord { $($(#[$doc])* $name),* }

        impl PlanWord {
            /// Every word, in the order of the enum.
            pub const ALL: &'static [PlanWord] = &[$(PlanWord::$name),*];

            /// The word in zh-CN and in English.
            pub fn both(self) -> (&'static str, &'static str) {
                match self { $(PlanWord::$name => ($zh, $en)),* }
            }
        }
    };
}

impl PlanWord {
    /// The word in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        let (zh, en) = self.both();
        lang.pick(zh, en)
    }

    /// The word in `lang` with `{i}` replaced by `figures[i]`.
    pub fn fill(self, lang: Lang, figures: &[&str]) -> String {
        let mut out = self.text(lang).to_string();
        for (i, figure) in figures.iter().enumerate() {
            out = out.replace(&format!("{{{i}}}"), figure);
        }
        out
    }

    /// How many figures the word takes: its highest `{i}` plus one.
    pub fn places(text: &str) -> usize {
        (0..10).rev().find(|i| text.contains(&format!("{{{i}}}"))).map_or(0, |i| i + 1)
    }
}

plan_words! {
    // ── Evidence checklist ──────────────────────────────────────────────────────────────
    // The checklist's columns (CSV headers and table heads).
    Material => "材料", "Evidence";
    Source => "来源", "Source";
    Schemes => "适用办法", "Schemes";
    State => "状态", "Status";
    Owner => "负责人", "Owner";
    Due => "完成期限", "Due";
    Note => "备注", "Note";
    /// A material the text does not name.
    Suggested => "建议（文本未列明）", "Suggested (not named in the text)";
    /// The application as a whole, not one criterion.
    WholeApplication => "整份申报材料", "The whole application";
    // How far an item is gathered.
    Have => "已备", "Have";
    InProgress => "准备中", "In progress";
    Missing => "尚缺", "Missing";
    // The per-scheme count: "证明材料：12 份已备，3 份准备中，4 份尚缺".
    CountsLead => "证明材料：", "Evidence: ";
    CountsHave => " 份已备", " ready";
    CountsInProgress => " 份准备中", " in progress";
    CountsMissing => " 份尚缺", " missing";
    /// Between the entries of a list in one cell.
    ListSeparator => "；", "; ";
    // The checklist on the report page.
    ChecklistTitle => "证明材料清单", "Evidence checklist";
    ChecklistIntro => "每份材料只列一次，并注明适用于哪些办法。可以标注每份材料的准备进度，并选填负责人、完成期限和备注；这些标注与您的填报信息一起保存在本浏览器中。文本未列明的材料仅为建议，不是办法的要求。", "Each document is listed once, with the schemes it serves. Mark how far each one is; an owner, a due date and a note are optional. The marks are kept with your answers in this browser. A document the text does not name is a suggestion, not a requirement of the measure.";
    DownloadCsv => "下载材料清单（CSV 表格，可用 Excel 或 WPS 打开）", "Download the checklist (CSV, opens in Excel or WPS)";
    CsvHint => "打印本页时，材料清单单独成页。", "When this page is printed, the checklist starts on a page of its own.";
    NamedBy => "文本列明", "Named by the text";
    CountsFor => "各办法的材料准备情况", "Evidence by scheme";
    /// The checklist file's name after the report's.
    FileSuffix => "证明材料清单", "evidence-checklist";

    // ── Timeline ──────────────────────────────────────────────────────────────────────────
    TimelineTitle => "时间线：关键日期", "Timeline: key dates";
    TimelineIntro => "未来 36 个月内各办法的有效期和关键日期。可用 Tab 键逐个查看图中的标记；下表列出同样的内容。", "Each measure's period in force and the dates that matter over the next 36 months. Tab through the marks of the picture to read them; the table below says the same.";
    /// The picture's name: from, to.
    TimelineChart => "时间线图：{0}至 {1}", "Timeline from {0} to {1}";
    TimelineHint => "将鼠标移到标记上，或用 Tab 键选中标记，可在此查看对应的条件和出处", "Point at a mark, or move to it with the Tab key, to read it here";
    TimelineTable => "时间线上的日期", "The dates of the timeline";
    PeriodsTitle => "各办法的有效期", "Each measure's period in force";
    NoDates => "今后没有需要关注的日期。", "No dates ahead.";
    Legend => "图例", "Key";
    InForce => "有效期内", "In force";
    PeriodNotStated => "文本未载明有效期", "period not stated";
    NotInForce => "已不在有效期内", "not in force";
    Today => "今天", "Today";
    Later => "之后", "later";
    ColScheme => "办法", "Scheme";
    ColDay => "日期", "Day";
    ColWhat => "事项", "What";
    ColCriterion => "条件", "Criterion";
    ColCitation => "出处", "Source";
    KindRuleMet => "时间条件开始满足", "A time rule is met";
    KindLastDay => "仍满足条件的最后一天", "Last day a rule holds";
    KindReady => "按现状最早可申报", "Earliest day to apply, as things are";
    KindReadyWithPlan => "按计划最早可申报", "Earliest day to apply, with the plan";
    KindMeasureEnds => "办法有效期的最后一天", "Last day the measure is in force";
    KindMilestone => "办法规定的其他日期", "Another date the measure sets";
    DownloadCalendar => "下载日历文件（.ics）", "Download the calendar (.ics)";
    CalendarHint => "每个日期生成一个全天日程，注明办法、条件和出处，可导入 Outlook、企业微信或钉钉。", "One all-day event per date, with the scheme, criterion and source; it can be imported into Outlook, WeCom or DingTalk.";

    // ── Fixes ─────────────────────────────────────────────────────────────────────────────
    FixesTitle => "先补哪一项最有用", "Which fix unlocks the most";
    ClosestTitle => "最接近的办法", "Closest schemes";
    ClosestLabel => "最接近的办法和只差一步的办法", "The closest schemes and those one change away";
    OneAwayTitle => "只差一步", "One change away";
    /// How many hard criteria stand open.
    GapsOpen => "还有 {0} 项硬性条件未满足", "hard criteria still open: {0}";
    NoneOneAway => "没有只差一步就可申报的办法。", "No scheme is one change away.";
    NothingToFix => "所选办法没有需要补足的硬性条件。", "No hard criterion of the chosen schemes is left to close.";
    RankedTitle => "改进事项（按效果排序）", "Fixes, most useful first";
    MakesReady => "完成后可申报：", "Then ready: ";
    MakesCloser => "离申报更近一步：", "One step closer: ";
    MakesFurther => "反而离申报更远：", "Further away: ";
    /// Hard gaps left across the chosen schemes.
    GapsLeft => "完成后还剩 {0} 项硬性条件未满足", "Hard criteria open after it: {0}";
    AskedBy => "对应条件：", "Asked by: ";
    /// A criterion the step's figure does not reach: its figure.
    NotEnoughFor => "（不够：此条要求 {0}）", " (not enough: this one asks {0})";
    OtherWays => "其他做法：", "Other ways: ";
    /// One possible answer and what it changes.
    IfAnswer => "如果回答“{0}”：", "If the answer is “{0}”: ";
    NoChange => "不改变任何结论", "changes no verdict";
    DependsOnAnswer => "结果取决于新的情况。", "What it changes depends on the new value.";
    /// fact, amount, to.
    StepRaise => "{0}：增加 {1}（达到 {2}）", "{0}: +{1} (to {2})";
    /// parent fact, to.
    StepAlso => "同时{0}也须至少为 {1}", "{0} must then be at least {1} too";
    /// fact, amount, to.
    StepLower => "{0}：减少 {1}（降到 {2}）", "{0}: −{1} (down to {2})";
    /// part, whole, amount.
    StepQualify => "在现有的“{1}”中，再有 {2}符合“{0}”", "Of the current “{1}”, another {2} qualify as “{0}”";
    /// part, whole, amount.
    StepHire => "新聘 {2}“{0}”（同时计入“{1}”）", "Hire {2} as “{0}” (counted in “{1}” too)";
    /// part, whole, amount.
    StepReplace => "“{0}”减少 {2}（“{1}”不变）", "“{0}”: {2} fewer (“{1}” unchanged)";
    /// part, whole, amount.
    StepWiden => "“{1}”增加 {2}（不属于“{0}”）", "“{1}”: another {2} who are not “{0}”";
    StepAnswerYes => "{0}：落实（回答“是”）", "{0}: put it in place (answer “yes”)";
    StepAnswerNo => "{0}：须为“否”", "{0}: must be “no”";
    /// fact, option.
    StepChoose => "{0}：选择“{1}”", "{0}: “{1}”";
    StepWait => "等到 {0}", "Wait until {0}";
    StepProvide => "补充回答：{0}", "Answer this: {0}";
    StepRenew => "{0}：需要新的情况（例如更换人员），本工具无法推算", "{0}: needs a new value (a new person, say), which the tool cannot guess";

    // ── Forward verdicts and the plan ───────────────────────────────────────────────────
    ForwardTitle => "按计划推算", "Judged with your plan";
    PlanNote => "计划中的数值只用于推算，不会改动您已填报的信息。", "Planned values are used to look ahead only; they never change your answers.";
    AsIs => "按现状：", "As things are: ";
    WithPlan => "按计划：", "With your plan: ";
    ForwardFrom => "自 {0}起可申报", "ready from {0}";
    ForwardUntil => "（至 {0}）", " (until {0})";
    PlanSame => "计划不改变这一结论", "the plan does not change this";
    BlockedNotInForce => "办法不在有效期内", "the measure is not in force";
    BlockedMissing => "仍待补充：{0}", "still to answer: {0}";
    BlockedGaps => "仍有条件无法满足：{0}", "criteria still not met: {0}";
    /// from, ended.
    BlockedAfterPeriod => "要到 {0}才能全部满足，而办法的有效期到 {1}为止", "all met only from {0}, but the measure is in force only until {1}";
    BlockedNoCommonDay => "各项条件没有同时满足的一天", "no day has every criterion at once";
    PlannedTitle => "计划中的变化", "Planned changes";
    Planned => "计划", "planned";
    NoChanges => "还没有计划中的变化。", "No planned changes yet.";
    /// day, fact, value.
    ChangeSet => "{0}起，{1}为 {2}", "From {0}, {1}: {2}";
    /// day, incident.
    ChangeIncident => "{0}：假设发生一起{1}", "{0}: if an incident happened: {1}";
    Remove => "删除", "Remove";
    /// The planned change, said.
    RemoveLabel => "删除计划：{0}", "Remove planned change: {0}";
    AddTitle => "添加计划中的变化", "Add a planned change";
    AddDate => "自哪一天起", "From (date)";
    AddFact => "哪一项信息", "Which answer";
    AddValue => "计划的值", "Planned value";
    AddValueHint => "数字按该问题的单位填写，日期按“年-月-日”填写。", "Numbers in the question's unit; dates as year-month-day.";
    AddButton => "加入计划", "Add to the plan";
    ChooseOne => "请选择", "Choose";
    ErrNoDate => "请填写这项变化的日期", "Enter the day of the change";
    ErrDateBefore => "计划的日期须晚于评估日期", "The day must be after the assessment date";
    ErrNoFact => "请选择会变化的信息", "Choose what changes";
    ErrNoValue => "请填写计划的值", "Enter the planned value";
    ErrTooMany => "计划最多包含 100 项变化", "A plan holds at most 100 changes";

    // ── Narrow margins ──────────────────────────────────────────────────────────────────
    MarginsTitle => "勉强满足的条件", "Criteria met by a narrow margin";
    MarginsIntro => "以下条件目前满足，但余地很小。", "These criteria hold today, but by little.";
    NoMargins => "没有勉强满足的条件。", "No criterion is met by a narrow margin.";
    /// fact, have, threshold, percent.
    MarginAtLeast => "{0} {1}，仅比要求的 {2} 多 {3} %", "{0} {1}: only {3} % above the {2} required";
    /// fact, have, threshold, percent.
    MarginAtMost => "{0} {1}，仅比上限 {2} 少 {3} %", "{0} {1}: only {3} % under the limit of {2}";
    /// fact, have, threshold.
    MarginAtLeastExactly => "{0} {1}，刚好达到要求的 {2}", "{0} {1}: exactly the {2} required";
    /// fact, have, threshold.
    MarginAtMostExactly => "{0} {1}，刚好等于上限 {2}", "{0} {1}: exactly at the limit of {2}";
    /// part, share, part count, whole count, limit, people.
    MarginShareAtLeast => "{0}占比 {1} %（{3} 人中有 {2} 人），要求至少 {4} %：再减少 {5} 人就不满足", "{0}: {1} % ({2} of {3}), at least {4} % required: {5} fewer and it fails";
    /// part, share, part count, whole count, limit, people.
    MarginShareAtMost => "{0}占比 {1} %（{3} 人中有 {2} 人），要求不超过 {4} %：再增加 {5} 人就会超过", "{0}: {1} % ({2} of {3}), at most {4} % allowed: {5} more and it is over";
    /// criterion, last day, days.
    MarginLapses => "{0}：只满足到 {1}，还剩 {2} 天", "{0}: holds only until {1}, {2} days from now";
    /// criterion, first free day, days.
    MarginWindow => "{0}：该起事件自 {1}起超出规定期限，还剩 {2} 天", "{0}: from {1} the incident falls outside the period, in {2} days";

    // ── Rules diff ──────────────────────────────────────────────────────────────────────
    DiffTitle => "评估规则已更新：有哪些变化", "The rules have changed: what moved";
    /// then version, then hash, now hash.
    DiffIntro => "这份报告当时按规则版本 {0}（规则指纹 {1}）评估；下面按现行规则（规则指纹 {2}）重新评估同样的填报信息。", "This report was judged by rules {0} (fingerprint {1}); below, the same answers judged by the rules now (fingerprint {2}).";
    DiffThen => "当时：", "Then: ";
    DiffNow => "现在：", "Now: ";
    DiffVerdictSame => "结论未变", "verdict unchanged";
    DiffNotRecorded => "当时未记录", "not recorded then";
    DiffNotThen => "当时没有此条", "not in the rules then";
    DiffGoneCriterion => "现行规则已无此条", "no longer in the rules";
    DiffNoCriteria => "各项条件的结论没有变化。", "No criterion's status moved.";
    DiffGoneSchemes => "现行规则已不再包含：{0}", "No longer in the rules: {0}";
}
