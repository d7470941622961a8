//! The app's own words in zh-CN (default) and English. Scheme texts carry both languages in the
//! scheme data; everything else is here (the list is `words.rs`), so a message cannot exist in
//! one language only. The words only the pages after the start page show are not built into a
//! release build: they travel with the scheme data's deferred texts (see `Msg::text`).

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

/// The first deferred text that is one of the interface's words (build.rs: `LATER_WORDS`).
const LATER_BASE: usize = {
    let digits = env!("LATER_WORDS").as_bytes();
    let (mut n, mut i) = (0, 0);
    while i < digits.len() {
        n = n * 10 + (digits[i] - b'0') as usize;
        i += 1;
    }
    n
};

macro_rules! messages {
    (
        first { $($name:ident => $zh:expr, $en:expr;)* }
        later { $($later:ident => $lzh:expr, $len:expr;)* }
    ) => {
        /// A message of the app's own interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($name,)* $($later),* }

        /// The messages built into the app: the `first` ones, which come before the `later`
        /// ones in [`Msg`].
        const FIRST: usize = [$(Msg::$name),*].len();

        /// Every built-in message's words in one text per language, in the order of [`Msg`], and
        /// where each ends. (A `match` of one arm per message weighed 7 KB of code in the wasm, a
        /// table of two string references per message 5 KB of data; these are the texts and 4
        /// bytes per message.)
        const ZH: &str = concat!($($zh),*);
        const EN: &str = concat!($($en),*);
        const ENDS: [[u16; 2]; FIRST] = {
            // Each text fits 16-bit offsets; the build stops if it ever does not.
            assert!(ZH.len() <= u16::MAX as usize && EN.len() <= u16::MAX as usize);
            let lens = [$([$zh.len() as u16, $en.len() as u16]),*];
            let mut ends = [[0u16; 2]; FIRST];
            let (mut zh, mut en, mut i) = (0u16, 0u16, 0);
            while i < lens.len() {
                zh += lens[i][0];
                en += lens[i][1];
                ends[i] = [zh, en];
                i += 1;
            }
            ends
        };

        /// The `later` messages and their words as written, to check the deferred texts against.
        #[cfg(test)]
        const LATER: &[(Msg, [&str; 2])] = &[$((Msg::$later, [$lzh, $len])),*];

        impl Msg {
            /// The words in `lang`. A `later` message is one of the deferred texts, the Chinese
            /// and then the English of each (empty until a release build has loaded them; every
            /// page that shows one waits for them).
            pub fn text(self, lang: Lang) -> &'static str {
                let (i, l) = (self as usize, usize::from(lang.is_en()));
                if i >= FIRST {
                    return crate::schemes::deferred_text(LATER_BASE + 2 * (i - FIRST) + l);
                }
                let start = if i == 0 { 0 } else { ENDS[i - 1][l] as usize };
                let all = if lang.is_en() { EN } else { ZH };
                all.get(start..ENDS[i][l] as usize).unwrap_or_default()
            }
        }
    };
}

include!("words.rs");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_later_words_are_read_from_the_deferred_texts_as_written() {
        assert!(!LATER.is_empty());
        for (msg, [zh, en]) in LATER {
            assert!((*msg as usize) >= FIRST, "{msg:?}");
            assert_eq!(msg.text(Lang::Zh), *zh, "{msg:?}");
            assert_eq!(msg.text(Lang::En), *en, "{msg:?}");
        }
    }

    #[test]
    fn the_first_words_are_built_in() {
        assert_eq!(Msg::AppName.text(Lang::Zh), "科创平台申报自评");
        assert_eq!(Msg::AppName.text(Lang::En), "Innovation platform readiness check");
        for msg in [Msg::TextsLoading, Msg::TextsFailed, Msg::StorageBlocked, Msg::ValidityUnknown] {
            assert!((msg as usize) < FIRST, "{msg:?}");
            assert!(!msg.text(Lang::Zh).is_empty() && !msg.text(Lang::En).is_empty(), "{msg:?}");
        }
    }
}
