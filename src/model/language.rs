//! The two working languages. Every name in a plan exists in both (`Names`); the sentences
//! the app says are in `crate::catalogue`.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// Simplified Chinese (zh-CN): the staff's first language.
    #[default]
    Chinese,
    English,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Chinese, Language::English];

    pub fn is_chinese(self) -> bool {
        self == Self::Chinese
    }

    /// The other working language: where a name is shown in one, a tooltip gives the other.
    pub fn other(self) -> Self {
        match self {
            Self::Chinese => Self::English,
            Self::English => Self::Chinese,
        }
    }

    /// The code the command line and files use: `zh` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Chinese => "zh",
            Self::English => "en",
        }
    }
}

/// `zh`, `zh-CN`, `en`, `en-GB`… as `--lang` takes them.
impl std::str::FromStr for Language {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let code = text.trim().to_ascii_lowercase();
        if code == "zh" || code.starts_with("zh-") || code.starts_with("zh_") {
            Ok(Self::Chinese)
        } else if code == "en" || code.starts_with("en-") || code.starts_with("en_") {
            Ok(Self::English)
        } else {
            Err(format!("unknown language \"{text}\" (zh or en)"))
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.code())
    }
}
