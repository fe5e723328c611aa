//! The words questionnaire exports use that are not answers: the forms' bookkeeping column
//! headers, the marks of a chosen option, the separators of joined choices. Recognised, never
//! shown; they live here because they are Chinese as often as English.

/// Headers of the forms' own columns (Wenjuanxing, Google Forms, Microsoft Forms), compared
/// as letters and digits in lower case.
pub const BOOKKEEPING_HEADERS: [&str; 22] = [
    "序号",
    "编号",
    "提交答卷时间",
    "所用时间",
    "来源",
    "来源详情",
    "来自ip",
    "ip",
    "timestamp",
    "时间戳记",
    "时间戳",
    "id",
    "starttime",
    "completiontime",
    "email",
    "name",
    "lastmodifiedtime",
    "开始时间",
    "完成时间",
    "电子邮件",
    "名称",
    "上次修改时间",
];

/// An option column's answer meaning "chosen" (besides the option's own text).
pub const CHOSEN: [&str; 5] = ["1", "√", "✓", "✔", "是"];
/// An option column's answer meaning "not chosen".
pub const NOT_CHOSEN: [&str; 3] = ["", "0", "否"];

/// Separators of the options joined in one cell, the least ambiguous (Wenjuanxing's) first.
pub const SEPARATORS: [&str; 7] = ["┋", "|", ";", "；", "、", ", ", "，"];

/// Brackets around an option in a column header: `题目(选项)`, `题目（选项）`, `Question [Option]`.
pub const BRACKETS: [(&str, &str); 3] = [("(", ")"), ("（", "）"), ("[", "]")];
/// Marks between a question and an option in a column header.
pub const OPTION_MARKS: [&str; 5] = [" - ", " — ", " – ", ":", "："];

/// A question's number before its title: 第3题, (3), 3、, 3., Q3：… — the word around the
/// number, the brackets, and the marks after it.
pub const NUMBER_WORD_BEFORE: char = '第';
pub const NUMBER_WORD_AFTER: char = '题';
pub const NUMBER_OPENERS: [char; 2] = ['(', '（'];
pub const NUMBER_CLOSERS: [char; 2] = [')', '）'];
pub const NUMBER_ENDS: [char; 8] = ['、', '.', '．', ':', '：', ')', '）', ' '];

/// 问卷星 writes what a respondent typed beside an option between these, after the option:
/// "其他【请注明】〖我妈买的。〗".
pub const TYPED_OPEN: char = '〖';
pub const TYPED_CLOSE: char = '〗';
/// The form's prompt after such an option, "【请注明】": its brackets and the word every such
/// prompt holds (请注明, 请填写, 请说明).
pub const PROMPT_OPEN: char = '【';
pub const PROMPT_CLOSE: char = '】';
pub const PROMPT_WORD: char = '请';

/// Words too general to tell skills apart when an option is compared with a skill's names
/// for likeness ("外贸知识" and "经贸知识" are alike by 贸, not by 知识): left out of the comparison.
pub const GENERIC_WORDS: [&str; 20] = [
    "能力",
    "技能",
    "知识",
    "水平",
    "素质",
    "意识",
    "and",
    "or",
    "of",
    "the",
    "for",
    "to",
    "in",
    "with",
    "a",
    "an",
    "skill",
    "ability",
    "knowledge",
    "competence",
];

/// Marks of a question's kind after its text, left off when the text becomes a survey's
/// title: "需要哪些能力？【多选题】".
pub const KIND_MARKS: [&str; 14] = [
    "[多选题]",
    "【多选题】",
    "（多选题）",
    "(多选题)",
    "（多选）",
    "(多选)",
    "（可多选）",
    "(可多选)",
    "[单选题]",
    "【单选题】",
    "（单选）",
    "(单选)",
    "(select all that apply)",
    "(multiple choice)",
];

/// Marks that close a question but not a title: "需要哪些能力？" is cited as "需要哪些能力".
pub const TITLE_ENDS: [char; 4] = ['？', '?', '：', ':'];
