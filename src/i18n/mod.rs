//! The app's own words in zh-CN (default) and English. Scheme texts carry both languages in the
//! scheme data; everything else is here, so a message cannot exist in one language only.

use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    Zh,
    #[serde(rename = "en")]
    En,
}

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

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$name),*];

            pub fn text(self, lang: Lang) -> &'static str {
                match self { $(Msg::$name => lang.pick($zh, $en)),* }
            }
        }
    };
}

messages! {
    AppName => "科创平台申报自评", "Innovation platform readiness check";
    Tagline => "对照五项中试基地和技术创新中心认定办法，逐条检查申报条件：缺什么、差多少、何时可以申报。", "Check your organisation against five Chinese pilot-base and innovation-centre schemes, criterion by criterion: what is missing, by how much, and from when you could apply.";
    Audience => "供企业、高校和科研院所申报前自评，也供科技局嵌入本单位网站。所有数据只保存在本浏览器中，不会上传。", "For companies, universities and research institutes before they apply, and for science and technology bureaus to embed on their sites. Your answers stay in this browser; nothing is uploaded.";
    LanguageSwitch => "English", "中文";
    LanguageSwitchLabel => "Switch to English", "切换为中文";
    SkipToContent => "跳到正文", "Skip to content";
    ChooseSchemes => "选择要自评的办法", "Choose the schemes to check";
    ChooseSchemesHint => "默认全选。取消勾选不需要的办法，问卷只问所选办法需要的问题。", "All are selected. Untick any you do not need; you will only be asked what the chosen schemes need.";
    Issuer => "发布机关", "Issued by";
    Region => "适用地区", "Region";
    Kind => "类型", "Kind";
    KindPilotBase => "中试基地", "Pilot-scale test base";
    KindInnovationCentre => "技术创新中心", "Technology innovation centre";
    CriteriaCount => "项条件", "criteria";
    InForce => "现行有效", "In force";
    InForceUntil => "有效期至", "In force until";
    Expired => "已失效", "No longer in force";
    ExpiredOn => "已于此日失效：", "Ended on";
    NotYetInForce => "尚未施行", "Not yet in force";
    ValidityUnknown => "文本未载明施行日期", "The text does not state its dates";
    StartAssessment => "开始自评", "Start the check";
    ContinueAssessment => "继续上次的自评", "Continue where you left off";
    NewAssessment => "开始新的自评", "Start a new check";
    NoSchemeChosen => "请至少选择一项办法。", "Choose at least one scheme.";
    Loading => "正在加载……", "Loading…";
    FooterPrivacy => "本工具在浏览器中运行，不向任何服务器发送数据。", "This tool runs in your browser and sends nothing to any server.";
    FooterSources => "依据的官方文本见各条款引文。", "Each criterion cites the official text it comes from.";
}
