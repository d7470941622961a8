//! The app's own words in zh-CN (default) and English. Scheme texts carry both languages in the
//! scheme data; everything else is here, so a message cannot exist in one language only.

use crate::schemes::variant_index;
use serde::Serialize;

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    Zh,
    #[serde(rename = "en")]
    En,
}

crate::deserialize_by_name!(Lang { Zh = "zh-CN", En = "en" });

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Reads a language code as found in a URL or in storage; anything else is `None`.
    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "zh-cn" | "zh" | "zh-hans" => Some(Lang::Zh),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn is_en(self) -> bool {
        self == Lang::En
    }

    /// Picks the text of this language from a (zh, en) pair.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        if self.is_en() {
            en
        } else {
            zh
        }
    }
}

macro_rules! messages {
    ($($name:ident => $zh:expr, $en:expr;)*) => {
        /// A message of the app's own interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($name),* }

        /// Every message's words in one text per language, in the order of [`Msg`], and where
        /// each ends. (A `match` of one arm per message weighed 7 KB of code in the wasm, a table
        /// of two string references per message 5 KB of data; these are the texts and 4 bytes
        /// per message.)
        const ZH: &str = concat!($($zh),*);
        const EN: &str = concat!($($en),*);
        const ENDS: [[u16; 2]; [$(Msg::$name),*].len()] = {
            // Each text fits 16-bit offsets; the build stops if it ever does not.
            assert!(ZH.len() <= u16::MAX as usize && EN.len() <= u16::MAX as usize);
            let lens = [$([$zh.len() as u16, $en.len() as u16]),*];
            let mut ends = [[0u16; 2]; [$(Msg::$name),*].len()];
            let (mut zh, mut en, mut i) = (0u16, 0u16, 0);
            while i < lens.len() {
                zh += lens[i][0];
                en += lens[i][1];
                ends[i] = [zh, en];
                i += 1;
            }
            ends
        };

        impl Msg {
            pub fn text(self, lang: Lang) -> &'static str {
                let (i, l) = (self as usize, usize::from(lang.is_en()));
                let start = if i == 0 { 0 } else { ENDS[i - 1][l] as usize };
                let all = if lang.is_en() { EN } else { ZH };
                all.get(start..ENDS[i][l] as usize).unwrap_or_default()
            }
        }
    };
}

messages! {
    AppName => "科创平台申报自评", "Innovation platform readiness check";
    Tagline => "对照中试基地和技术创新中心的认定办法，逐条检查申报条件：缺什么、差多少、何时可以申报。", "Check your organisation against Chinese pilot-base and innovation-centre schemes, criterion by criterion: what is missing, by how much, and from when you could apply.";
    Audience => "供企业、高校和科研院所申报前自评，也供科技局嵌入本单位网站。所有数据只保存在本浏览器中，不会上传。", "For companies, universities and research institutes before they apply, and for science and technology bureaus to embed on their sites. Your answers stay in this browser; nothing is uploaded.";
    LanguageSwitch => "English", "中文";
    LanguageSwitchLabel => "Switch to English", "切换为中文";
    SkipToContent => "跳到正文", "Skip to content";
    ChooseSchemes => "选择要自评的办法", "Choose the schemes to check";
    ChooseSchemesHint => "默认全选。取消勾选不需要的办法，问卷只问所选办法需要的问题。", "All are selected. Untick any you do not need; you will only be asked what the chosen schemes need.";
    Issuer => "发布机关", "Issued by";
    Region => "适用地区", "Region";
    KindPilotBase => "中试基地", "Pilot-scale test base";
    KindInnovationCentre => "技术创新中心", "Technology innovation centre";
    CriteriaCount => "项条件", "criteria";
    StartAssessment => "开始自评", "Start the check";
    ContinueAssessment => "继续上次的自评", "Continue where you left off";
    NewAssessment => "开始新的自评", "Start a new check";
    NoSchemeChosen => "请至少选择一项办法。", "Choose at least one scheme.";
    StepOf => "步骤", "Step";
    Back => "上一步", "Back";
    Next => "下一步", "Next";
    ToCheck => "检查答案", "Check your answers";
    ReturnToCheck => "保存并返回检查页", "Save and return to the check page";
    Steps => "全部步骤", "All steps";
    Yes => "是", "Yes";
    No => "否", "No";
    DontKnow => "暂不确定", "I don't know yet";
    LeaveEmpty => "不清楚可留空，相关条件将显示为“待补充信息”。", "Leave it empty if you don't know yet; the criteria will show as “answer needed”.";
    UsedBy => "哪些条件用到这个问题", "Which criteria use this question";
    ErrorSummary => "请修改以下问题", "There is a problem";
    ErrNotANumber => "请输入数字，例如 2000", "Enter a number, like 2000";
    ErrNegative => "不能为负数", "This cannot be negative";
    ErrNotWhole => "请输入整数", "Enter a whole number";
    ErrTooLarge => "数字过大，请检查单位", "This number is too large: check the unit";
    ErrTooSmall => "数字小于允许的最小值（例如依托单位至少 1 家）", "This is below the smallest value allowed (at least 1 supporting unit, for example)";
    ErrNotADate => "请按“年-月-日”填写日期，例如 2020-03-01 或 2020年3月1日", "Enter the date as year-month-day, like 2020-03-01";
    ErrDateOrder => "请先写年份：按“年-月-日”填写，例如 1963-10-02", "Write the year first (year-month-day), like 1963-10-02: a day-month or month-day order cannot be told apart";
    ErrNoSuchDay => "没有这一天，请核对月份和日期", "There is no such day: check the month and the day";
    ErrNotAScore => "请输入得分，例如 4 或 4分", "Enter the points, like 4";
    ErrInFuture => "日期不能晚于今天", "The date cannot be after today";
    ErrTooEarly => "日期不能早于 1900 年", "The date cannot be before 1900";
    ErrAboveOther => "不能多于上一级人数", "This cannot be more than the number it is part of";
    ErrAboveWeight => "得分应在 0 到 {} 分之间", "Enter between 0 and {} points";
    ErrUnitArea => "单位应为平方米（m²），例如 2000 或 1.5万", "Enter square metres (m²), like 2000";
    ErrUnitWanYuan => "单位应为万元，例如 500 或 5000元", "Enter 万元 (10,000 yuan), like 500 or 5000元";
    ErrUnitPeople => "单位应为人，例如 6", "Enter a number of people, like 6";
    ErrUnitItems => "单位应为项（次），例如 2", "Enter a number of items, like 2";
    ErrUnitOrganisations => "单位应为家，例如 3", "Enter a number of organisations, like 3";
    ErrUnitPercent => "单位应为百分比（%），例如 60", "Enter a percentage, like 60";
    ErrUnitYears => "单位应为年，例如 3", "Enter a number of years, like 3";
    ErrSeparators => "请只填一个数，千位分隔符每三位一个，例如 2,000", "Enter one number; separators go every three digits, like 2,000";
    RecordedAs => "已按 {}记录", "Recorded as {}";
    IncidentsNone => "没有", "None";
    IncidentsSome => "有", "Yes, there were";
    IncidentAdd => "添加一起事件", "Add an incident";
    IncidentNumber => "第 {} 起", "Incident {}";
    IncidentRemove => "删除", "Remove";
    IncidentDate => "日期", "Date";
    IncidentKind => "类别", "Kind";
    IncidentSeverity => "等级", "Grade";
    CheckTitle => "核对填报信息", "Check your answers";
    Change => "修改", "Change";
    NotAnswered => "暂不确定（未回答）", "Not known yet (no answer)";
    SeeReport => "生成自评报告", "See the report";
    LiveReadiness => "实时自评结果", "Readiness so far";
    ReportTitle => "自评报告", "Readiness report";
    AssessedOn => "评估日期", "Assessed on";
    Criterion => "条件", "Criterion";
    Status => "结论", "Status";
    Source => "出处", "Source";
    Gap => "差距与日期", "Gap and dates";
    Unanswered => "尚未回答、可能影响结论的问题", "Unanswered questions that could change the verdict";
    Documents => "需准备的材料", "Documents to prepare";
    Process => "申报程序", "Process";
    Duties => "认定后的义务", "Duties after recognition";
    Support => "支持政策", "Support offered";
    Validity => "有效期", "Period in force";
    Stamp => "判定依据", "Judged by";
    Print => "打印", "Print";
    EditAnswers => "修改答案", "Change answers";
    SoftRule => "一般性要求（“一般”“原则上”），不作为硬性门槛", "As-a-rule requirement (一般 / 原则上), not a hard bar";
    HoldsUntil => "持续满足至", "Holds until";
    StorageBlocked => "此浏览器不允许本页保存数据，答案只保存在当前页面中；关闭前请下载报告。", "This browser does not let the page save data: answers are kept only while the page is open. Download the report before you close it.";
    OrgName => "单位名称（用于报告标题和文件名，可不填）", "Organisation name (for the report title and file names; optional)";
    SaveReport => "保存报告", "Save the report";
    ReportSaved => "报告已保存到本浏览器。", "The report is saved in this browser.";
    SaveFailed => "无法保存：浏览器存储不可用或已满。请下载报告文件保存。", "Could not save: browser storage is blocked or full. Download the report file instead.";
    DownloadJson => "下载数据文件（JSON，可再导入）", "Download the data file (JSON, can be imported)";
    DownloadHtml => "下载报告网页（HTML，可离线打开和打印）", "Download the report page (HTML, opens offline and prints)";
    ShareLink => "分享链接（数据保存在链接中，不经过服务器）", "Share link (the data travel in the link itself, through no server)";
    CopyLink => "复制链接", "Copy the link";
    LinkCopied => "链接已复制", "Link copied";
    SharedNotice => "这是通过链接打开的报告。可以保存到本浏览器。", "This report was opened from a link. You can save it in this browser.";
    EmbedShareHint => "本工具嵌在 {} 的网页中。点击下面的按钮，该网页才会收到各办法的结论（不含您填写的内容）。", "This tool is shown in a page of {}. It receives the schemes' verdicts only if you click below (none of your answers).";
    EmbedShare => "把结论发送给该网站", "Send the verdicts to this site";
    EmbedShared => "已把结论发送给 {}。", "The verdicts were sent to {}.";
    SharedBroken => "链接中的报告数据已损坏或无法识别，未作任何更改。", "The report in this link is damaged or not recognised; nothing was changed.";
    TextsLoading => "正在加载各办法的条文和问题……", "Loading the schemes' articles and questions…";
    TextsFailed => "各办法的条文和问题未能加载，本页暂无法显示。请检查网络后刷新页面；已填写的信息不受影响。", "The schemes' articles and questions could not be loaded, so this page cannot be shown yet. Check the connection and reload the page; your answers are not affected.";
    RulesChanged => "此报告保存时使用的规则版本与当前不同，结论已按当前规则重新判定。", "This report was saved under other rules; its verdicts are re-judged under the current rules.";
    SavedReports => "已保存的报告", "Saved reports";
    NoReports => "还没有保存的报告。", "No saved reports yet.";
    Open => "打开", "Open";
    Rename => "重命名", "Rename";
    Duplicate => "复制为新的自评", "Duplicate as a new check";
    Delete => "删除", "Delete";
    Undo => "撤销", "Undo";
    Deleted => "报告已删除。", "The report was deleted.";
    CompareTitle => "报告对比", "Compare reports";
    SelectForCompare => "对比", "Compare";
    Import => "导入报告文件", "Import a report file";
    ImportHint => "选择或拖放此前下载的 JSON 数据文件。", "Choose or drop a JSON data file downloaded earlier.";
    ImportDone => "已导入报告。", "The report was imported.";
    ImportTooLarge => "文件过大（超过 1 MB），不是本工具的报告文件。", "The file is too large (over 1 MB) to be a report of this tool.";
    ImportNotJson => "无法读取：这不是本工具的 JSON 报告文件。", "Cannot read it: this is not a JSON report file of this tool.";
    ImportForeign => "这是其他应用或其他类型的文件，未导入。", "This file belongs to another app or another kind of data; nothing was imported.";
    ImportNewer => "此文件由更新版本的工具生成，请使用新版本打开。未作任何更改。", "This file was made by a newer version of the tool; open it there. Nothing was changed.";
    Unreadable => "无法读取的存储数据（已保留，未覆盖）", "Stored data that could not be read (kept, not overwritten)";
    DownloadRaw => "下载原始数据", "Download the raw data";
    NewAssessmentStarted => "已开始新的自评，之前的自评已保存在“已保存的报告”中。", "A new check has started; the previous one is kept under “Saved reports”.";
    Untitled => "未命名自评", "Untitled check";
    ActionList => "行动清单（按优先顺序）", "Action list (in order of priority)";
    StorageFull => "浏览器存储空间已满，最新的答案只保存在当前页面中。请下载报告文件，或删除不需要的已保存报告。", "Browser storage is full: your latest answers are kept only while this page is open. Download the report, or delete saved reports you no longer need.";
    DraftReadFailed => "无法读取已保存的答案：本页暂只在内存中工作，不覆盖已保存的内容，能读取时自动合并。", "The saved answers could not be read: this page works in memory and overwrites nothing; it merges them once they can be read.";
    NewerVersionOpen => "本工具的较新版本已保存了答案：本页已停止保存，以免覆盖。请重新加载本页。", "A newer version of this tool has saved answers: this page has stopped saving so as not to overwrite them. Please reload it.";
    ReplaceNotSaved => "未作更改：进行中的自评无法先保存到“已保存的报告”（存储不可用或已满）。", "Nothing was changed: the check in progress could not first be saved under “Saved reports” (storage blocked or full).";
    PreviousKept => "之前进行中的自评已保存在“已保存的报告”中。", "The check that was in progress is kept under “Saved reports”.";
    ReportGone => "此报告已不存在（可能已在其他标签页中删除），未作任何更改。", "This report no longer exists (deleted in another tab?); nothing was changed.";
    ListReadFailed => "无法读取已保存的报告，未作任何更改。请稍后重新加载本页。", "The saved reports could not be read; nothing was changed. Reload the page in a moment.";
    StorageRefused => "未作更改：浏览器存储不可用或已满。", "Nothing was changed: browser storage is blocked or full.";
    NameTooLong => "名称超过 200 个字符，未作更改。", "The name is longer than 200 characters; nothing was changed.";
    UndoFailed => "无法恢复：浏览器存储不可用或已满。可先删除其他报告再撤销，或下载它的数据文件。", "It could not be put back: browser storage is blocked or full. Delete another report and undo again, or download its data file.";
    ImportTooManyIncidents => "未导入：文件中的事件超过 200 起。", "Not imported: the file lists more than 200 incidents.";
    IncidentLimit => "最多可记录 200 起事件，未添加。", "200 incidents at most can be recorded; none was added.";
    UseSharedAnswers => "用这些答案继续自评", "Go on with these answers";
    FooterPrivacy => "本工具在浏览器中运行，不向任何服务器发送数据。", "This tool runs in your browser and sends nothing to any server.";
    FooterSources => "依据的官方文本见各条款引文。", "Each criterion cites the official text it comes from.";
    // The standalone HTML report (src/report/html.rs).
    ReportSummary => "结论概览", "Summary";
    Scheme => "办法", "Scheme";
    Verdict => "总体结论", "Verdict";
    HardCriteria => "硬性条件：", "Hard criteria: ";
    CountUnmet => "{} 项不满足", "{} not met";
    CountWaiting => "{} 项待到期后满足", "{} met only from a later day";
    CountUnknown => "{} 项待补充", "{} to answer";
    CountDeclared => "{} 项需提供证明", "{} to prove";
    CountAllMet => "均已满足", "all met";
    StandingOutsideRegion => "不接受您所在地区的单位申报（见“申报单位所在地”一条）", "Does not take applicants from your region (see the criterion on where the applicant is)";
    StandingNotInForce => "目前不能据此申报", "No application can be made under it now";
    VerdictOutsideRegion => "不适用于您所在地区", "Not for your region";
    Closest => "最接近：{}——{}", "Closest: {} — {}";
    Disclaimer => "本报告是自评结果，仅供参考，以主管部门审核为准。", "This report is a self-check and a guide only: the bureau's review decides.";
    GeneratedInfo => "生成信息：", "Made on ";
    PageNumber => "第 {} 页", "Page {}";
    ShowAll => "显示全部（共 {} 项）", "Show all ({})";
    NoActions => "没有需要处理的事项。", "Nothing to do.";
    NoneOpen => "所选办法都不接受您所在地区的单位申报，或已不在有效期内。", "None of the chosen schemes is open to you: each takes applicants from elsewhere or is not in force.";
    DocumentNumber => "文号", "Document number";
    AppVersion => "应用版本", "App version";
    RulesVersion => "规则版本", "Rules version";
    RulesHash => "规则指纹", "Rules fingerprint";
    StampNotCurrent => "注意：本报告判定时所用的规则与本应用现行规则不同，重新自评的结论可能不同。现行规则：", "Note: this report was judged by rules other than those built into this app, so a fresh check may reach other outcomes. Current rules: ";
    MetFrom => "最早满足日期", "Met from";
    ToAnswer => "待回答", "To answer";
    OtherDates => "文本规定的其他日期", "Other dates the text sets";
    ScoreTotal => "指标得分", "Main indicators";
    ScoreBonus => "加分项", "Bonus";
    OpenPoints => "尚未取得的分值（从多到少）", "Points still open, largest first";
    Indicator => "指标", "Indicator";
    Weight => "分值", "Weight";
    Evidence => "佐证材料", "Evidence";
    PointsOpen => "尚缺分值", "Points open";
    NotRated => "未自评", "not rated";
    AllPointsRated => "各项指标均已按满分自评。", "Every indicator is rated at full points.";
    StandaloneNote => "本文件由“科创平台申报自评”生成，可离线打开和打印，不含任何脚本。自评结果仅供参考，以主管部门的认定为准。", "Made by the innovation platform readiness check. This file opens offline, prints, and contains no scripts. The self-check is a guide only; the recognising authority decides.";
    // Words of the pages and the report that were written beside their code.
    Colon => "：", ": ";
    CompareByTopic => "按主题对比各办法", "Compare the schemes topic by topic";
    Topic => "主题", "Topic";
    Differences => "不同之处", "Differences";
    ListSep => "；", "; ";
    Points => "分值", "Points";
    ScoreLabel => "{} 得分（0–{} 分）", "{}: points (0–{})";
    EvidenceFor => "佐证材料：", "Evidence: ";
    ScoreSoFar => "已自评 {} / {} 项，合计 {} 分（仅为您自填分数之和，文本未给出计分公式）", "Rated {} of {}, {} points in all (the sum of your own ratings; the text gives no scoring formula)";
    UnitWanYuan => "万元", "× 10,000 yuan (万元)";
    UnitPerson => "人", "people";
    UnitItem => "项", "items";
    UnitOrganisation => "家", "organisations";
    UnitYear => "年", "years";
    StatusMet => "符合", "Met";
    StatusNotMet => "不符合", "Not met";
    StatusUnknown => "待补充信息", "Answer needed";
    StatusNotApplicable => "不适用", "Not applicable";
    StatusDeclared => "自述符合，需提供证明", "Declared: evidence needed";
    VerdictReady => "条件已具备", "Ready to apply";
    VerdictGaps => "尚有差距", "Gaps to close";
    VerdictNoDay => "按目前情况，没有哪一天能同时满足全部条件", "As things stand, no day meets every condition at once";
    VerdictNotInForce => "办法不在有效期内", "Scheme not in force";
    MeasurePeriod => "本办法的有效期", "the measure's period in force";
    UndatedUntil => "文本未载明本办法的施行或截止日期，无法判断到那一天本办法是否仍然有效；请以主管部门届时的申报通知为准。", "The text does not state when the measure starts or ends, so whether it is still in force on that day cannot be told; follow the bureau's call for applications at the time.";
    BoundaryCaution => "本判断取决于期限的边界日当天（周年日、期限的最后一天或年龄上限的最后一天），各方对当日的理解可能不同；请先向主管部门确认，再据此安排申报。", "This judgement turns on a boundary day (an anniversary, the last day of a period or of an age limit), and readings of that day differ: confirm with the bureau before relying on it.";
    ActionCloseGap => "必须解决", "Must be solved";
    ActionWait => "等待至该日", "Wait for the day";
    ActionAnswer => "待补充回答", "Answer the question";
    ActionEvidence => "备齐证明材料", "Gather the evidence";
    InForceUntil => "现行有效，有效期至 ", "In force until ";
    InForceNoEnd => "现行有效（文本未规定截止日期）", "In force (the text sets no end date)";
    EndedOn => "已失效，有效期截至 ", "No longer in force: ended on ";
    StartsOn => "尚未施行，施行日期 ", "Not yet in force: starts on ";
    ValidityUnknown => "文本未载明施行或截止日期，请以主管部门当前的申报通知为准", "The text does not state when it starts or ends: follow the bureau's current call for applications";
    GapRequired => "须具备此条件（目前答“否”）", "Required (answered no)";
    GapMustNot => "不得存在此情形", "this must not be the case";
    DutiesTitle => "认定后须建立并保持的安排", "Arrangements to set up and keep once recognised";
    DutiesNote => "以下是本办法对已认定平台运行管理的要求，不是申报条件，不影响上面的判断；已有相关安排的，可在此对照。", "These are the measure's rules for running a recognised platform, not conditions of the application: they do not change the verdict above. Where the arrangement already exists, it is checked here.";
    ShareUnknownVersion => "无法打开此分享链接：它由本工具的其他版本生成，或不是本工具的链接。", "This share link cannot be opened: it was made by another version of this tool, or is not a link of this tool.";
    ShareTooLong => "无法打开此分享链接：链接过长，可能已被篡改。", "This share link cannot be opened: it is too long and may have been tampered with.";
    ShareBadBase64 => "无法打开此分享链接：链接内容已损坏，可能在复制时被截断或改动。请重新复制完整链接。", "This share link cannot be opened: it is damaged, perhaps cut short or changed when it was copied. Copy the whole link again.";
    ShareBadJson => "无法打开此分享链接：链接中的数据无法读取。请让对方重新生成链接。", "This share link cannot be opened: the data in it cannot be read. Ask for a new link.";
    ShareBadDate => "无法打开此分享链接：其中的评估日期无效（须为 1900 年至 2200 年之间的真实日期）。", "This share link cannot be opened: its assessment date is not valid (it must be a real date between 1900 and 2200).";
    ShareNoKnownScheme => "无法打开此分享链接：其中没有本工具支持的办法。", "This share link cannot be opened: it names no scheme this tool knows.";
    ShareTooManyIncidents => "无法打开此分享链接：其中列出的事件超过 200 起。", "This share link cannot be opened: it lists more than 200 incidents.";
    KindSafety => "生产安全事故", "Safety accident";
    KindQuality => "质量事故", "Quality accident";
    KindEnvironment => "环境违法行为", "Environmental violation";
    GradeGeneral => "一般", "General (一般)";
    GradeLarger => "较大", "Larger (较大)";
    GradeMajor => "重大", "Major (重大)";
    GradeExtraordinary => "特别重大", "Extraordinary (特别重大)";
    GradeNotSerious => "不属于严重违法", "Not serious";
    GradeSerious => "严重环境违法行为", "Serious (严重)";
}
