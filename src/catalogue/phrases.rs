//! The phrases: every sentence and label the app shows, in Chinese and English side by side.
//! A phrase missing in one language does not compile; `{}` marks where a number or a name
//! goes (`Language::fill`).

use crate::model::Language;

macro_rules! phrases {
    ($($name:ident => $chinese:literal, $english:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Text {
            $($name),*
        }

        impl Text {
            pub const ALL: &[Text] = &[$(Text::$name),*];

            pub fn in_language(self, language: Language) -> &'static str {
                match language {
                    Language::Chinese => match self {
                        $(Text::$name => $chinese),*
                    },
                    Language::English => match self {
                        $(Text::$name => $english),*
                    },
                }
            }
        }
    };
}

phrases! {
    // Menus
    MenuFile => "文件", "File";
    MenuEdit => "编辑", "Edit";
    MenuView => "视图", "View";
    MenuHelp => "帮助", "Help";
    New => "新建空白方案", "New blank plan";
    NewFromTemplate => "从模板新建", "New from template";
    NewFromTemplateEntry => "从模板新建：{}", "New from template: {}";
    CompareMenu => "与其他方案比较…", "Compare with another plan…";
    CommandPalette => "命令面板…", "Command palette…";
    PaletteSearch => "命令", "Command";
    PaletteHint => "输入命令名称（中文或英文）", "Type part of a command's name (English or Chinese)";
    PaletteNoMatch => "没有匹配的命令", "No command matches";
    Open => "打开…", "Open…";
    OpenRecent => "最近打开", "Open recent";
    NoRecentFiles => "（无）", "(none)";
    Save => "保存", "Save";
    SaveAs => "另存为…", "Save as…";
    Revert => "还原到已保存", "Revert to saved";
    Quit => "退出", "Quit";
    Undo => "撤销", "Undo";
    Redo => "重做", "Redo";
    RemoveFromTerm => "移出学期", "Remove from term";
    DuplicateModule => "复制课程", "Duplicate module";
    NewModule => "新建课程", "New module";
    ListSeparator => "、", ", ";
    CopyOf => "{}（副本）", "{} (copy)";
    NewPlanTitle => "新培养方案", "New training plan";
    AppName => "人才培养方案规划", "Curriculum planner";
    DeleteModule => "删除课程", "Delete module";
    AddTerm => "添加学期", "Add term";
    RemoveTerm => "删除学期", "Remove term";
    LanguageChinese => "中文", "中文";
    LanguageEnglish => "English", "English";
    ThemeLight => "浅色主题", "Light theme";
    ThemeDark => "深色主题", "Dark theme";
    ShowFindings => "检查结果", "Findings";
    AboutText => "人才培养方案规划工具：把企业调查的技能需求对应到课程模块和本地产业，安排学期，并与调查权重比较。",
        "Curriculum planner: map surveyed skill requirements to course modules and local industries, arrange terms, and compare plans with the survey weightings.";
    // Tabs and panels
    TermBoard => "学期安排", "Term board";
    Matrix => "能力矩阵", "Matrix";
    PrintPreview => "打印预览", "Print preview";
    ProgrammeDocumentTab => "培养方案", "Programme document";
    SurveyTab => "需求调查", "Demand survey";
    HoursRefused => "学时须是 0 到 5000 之间的整数；方案仍为 {} 学时", "Hours are a whole number from 0 to 5,000; the plan keeps {}";
    CreditsRefused => "学分须是 0 到 60 之间、以 0.5 为单位的数；方案仍为 {} 学分", "Credits are a number from 0 to 60 in steps of 0.5; the plan keeps {}";
    HelpTitle => "帮助", "Help";
    HelpLevelsTitle => "I / R / M：课程把能力培养到什么程度", "I / R / M: how far a module takes a skill";
    HelpLevels => "I（初步掌握，Introduced）：第一次接触；R（巩固提高，Reinforced）：练习、加深；M（熟练掌握，Mastered）：能独立完成。在能力矩阵里点格子切换等级。同一能力应先 I、后 R、再 M（按学期顺序）。", "I (introduced): first met; R (reinforced): practised and deepened; M (mastered): done unaided. Click a cell of the matrix to change the level. A skill should come as I, then R, then M, in term order.";
    HelpEmphasisTitle => "投入（emphasis）", "Emphasis (effort)";
    HelpEmphasis => "方案对能力 s 的投入 E_s = Σ 课程学时 × 等级 / 3（I=1，R=2，M=3）；投入比重 e_s = E_s / Σ E。", "The plan's effort on skill s: E_s = Σ module hours × level / 3 (I=1, R=2, M=3); its share e_s = E_s / Σ E.";
    HelpScoreTitle => "与调查的吻合度", "Alignment with the survey";
    HelpScore => "需求比重 d_s = 调查中需要该能力的比例 w_s / Σ w。吻合度 = 1 − ½ Σ |e_s − d_s|：1 表示方案在各能力上的投入比重与企业需求完全一致，0 表示完全不重合。余弦相似度比较 E 与 w 两个向量的方向。差距 = e_s − d_s，负数为投入不足。", "Demand share d_s = the survey's share w_s / Σ w. Alignment = 1 − ½ Σ |e_s − d_s|: 1 means the plan spends effort exactly as employers weight skills, 0 none in common. Cosine similarity compares the directions of E and w. Gap = e_s − d_s; negative is under-served.";
    HelpWorkedExample => "本方案的例子：{}的投入 E = {}，占 {}%；企业需要它的比例 {}%，需求比重 {}%；差距 {} 个百分点。全部能力合起来，吻合度 {}，余弦相似度 {}。", "In this plan: {} has effort E = {}, a share of {} %; {} % of employers want it, a demand share of {} %; the gap is {} points. Over all skills the alignment is {}, the cosine {}.";
    HelpRulesTitle => "规则", "Rules";
    HelpRules => "三年制高职按教育部《关于职业院校专业人才培养方案制订与实施工作的指导意见》（教职成〔2019〕13号）：总学时不少于 2500，每学分 16–18 学时，公共基础课不少于总学时的 1/4，选修课不少于 10%，实践学时不少于 50%，专业核心课 6–8 门，顶岗实习一般 6 个月。本科按学分范围，短期培训按学时范围；导入的课程体系不检查规则。", "Three-year higher vocational plans follow the MOE guidance on programme plans (教职成〔2019〕13号): at least 2,500 hours, 16–18 hours per credit, public basic courses at least a quarter of the hours, electives at least 10 %, practice at least 50 %, 6–8 professional core modules, an internship of about six months. Degrees are checked by a credit range, short courses by an hour range; imported curricula are not checked.";
    HelpShortcutsTitle => "键盘快捷键", "Keyboard shortcuts";
    HelpMoveCard => "移动选中的课程卡片", "Move the selected module card";
    HelpEscape => "回到方案信息；关闭对话框", "Back to the plan's details; close a dialog";
    ShowHelp => "帮助…", "Help…";
    ShowLibrary => "课程库面板", "Library panel";
    ShowInspector => "属性面板", "Inspector panel";
    ShowLibraryHint => "显示课程库（Ctrl+B）", "Show the library (Ctrl+B)";
    ShowInspectorHint => "显示属性面板（Ctrl+I）", "Show the inspector (Ctrl+I)";
    HideLibraryHint => "收起课程库，给学期安排腾出地方（Ctrl+B）", "Hide the library to give the board room (Ctrl+B)";
    KindRulesOffer => "{}通常按“{}”检查。", "A {} is usually checked against {}.";
    KindRulesApply => "改用此规则", "Use these rules";
    MatrixTermTip => "课程所在的学期（第几学期）", "The term the module is taught in";
    MatrixCodeTip => "课程代码", "The module's code";
    MatrixNameTip => "课程名称；点击选中课程，在属性面板中编辑", "The module's name; click to select it and edit it in the inspector";
    MatrixSkillTotalTip => "各课程在该能力上的等级权重之和（I=1，R=2，M=3）", "The levels of all modules for this skill, added up (I = 1, R = 2, M = 3)";
    MatrixIndustryTotalTip => "服务该产业的课程学时之和", "The hours of the modules that serve this industry";
    MatrixCellsTip => "点击单元格：无 → I → R → M → 无；选中后可用方向键移动，I、R、M 设定等级，0 或 Delete 清除", "Click a cell: none → I → R → M → none; with a cell selected, arrows move, I, R, M set the level, 0 or Delete clears it";
    HideInspectorHint => "收起属性面板，给学期安排腾出地方（Ctrl+I）", "Hide the inspector to give the board room (Ctrl+I)";
    ProblemTaughtWithoutCredits => "课程“{}”有 {} 学时却是 0 学分：按学分计的方案不会把它计入每学分学时的规定", "module \"{}\" has {} hours but 0 credits: a plan that counts credits leaves it out of the hours-per-credit rule";
    BackToPlan => "← 方案信息", "← Plan details";
    BackToPlanHint => "回到方案本身的信息：目标产业、规则、调查（Esc）", "Back to the plan's own details: target industries, rules, survey (Esc)";
    ChartDemand => "企业需求 d_s", "Employer demand d_s";
    RadarName => "能力结构雷达图", "Skill profile radar";
    ComparisonChartDescription => "各方案投入比重对比图：{}", "Effort shares of the compared plans: {}";
    IndustryChartDescription => "目标产业学时图：{}", "Hours per target industry: {}";
    GapHeading => "补足差距", "Close the gap";
    GapExplained => "对投入不足的能力，列出课程库中加入后最能提高吻合度（按每学时计）的课程，排在先修课之后的学期；对投入过多的能力，列出移出或降低等级最有帮助的课程。每条的效果都已实际算过。", "For each under-served skill, the library modules that raise the score most per hour, placed after their prerequisites; for each over-served skill, the modules whose removal or lower level helps most. Every effect shown has been worked out.";
    GapNone => "没有能提高吻合度的单项调整。", "No single change raises the score.";
    GapAdd => "加入", "Add";
    GapRemove => "移出", "Remove";
    GapLower => "降低等级", "Lower";
    GapRaise => "提高等级", "Raise";
    GapRaiseWhat => "{} 升为 {}", "{} up to {}";
    GapAddWhat => "{}（{}）", "{} ({})";
    GapLowerWhat => "{} 降为 {}", "{} down to {}";
    GapDropWhat => "{} 不再培养此能力", "{} no longer builds it";
    GapPromise => "{}：吻合度 {} → {}（{}）", "{}: score {} → {} ({})";
    WhatIfHeading => "假设：如果企业更看重……", "What if employers wanted…";
    WhatIfExplained => "拖动滑块临时改变调查的权重，看吻合度怎样变化；方案不会改变，除非选择“保留这些权重”。", "Move a slider to change the survey's weights for a moment and see the score follow; the plan does not change unless you keep the weights.";
    WhatIfScore => "临时假设下的吻合度 {}（调查原样为 {}）", "Score under these temporary weights {} (with the survey as it is {})";
    WhatIfReset => "恢复原来的权重", "Reset the weights";
    WhatIfRanking => "临时假设下的排名：{}", "Ranking under these weights: {}";
    WhatIfGaps => "临时假设下的差距（百分点）：{}", "Gaps under these weights (points): {}";
    WhatIfKeep => "保留这些权重", "Keep these weights";
    ChartEffort => "方案投入 e_s", "Plan effort e_s";
    ChartDescription => "需求与投入对比图：{}", "Demand and effort chart: {}";
    ChartDescriptionSkill => "{} 需求 {}%、投入 {}%", "{} demand {} %, effort {} %";
    ImportQuestionnaire => "从问卷导入…", "Import a questionnaire…";
    ImportedQuestionnaire => "导入的问卷（尚未采用）", "Imported questionnaire (not yet used)";
    ImportQuestion => "能力来自哪道题", "Question that gives the skills";
    ImportOption => "选项", "Option";
    ImportCount => "人数", "Count";
    ImportSkill => "对应能力", "Skill";
    ImportNoSkill => "（不对应）", "(none)";
    ImportAccept => "采用这份调查", "Use this survey";
    ImportRememberAlias => "记为别名", "Remember as an alias";
    SurveyFacts => "地区：{}　年份：{}　答卷 {} 份", "Region: {}   Year: {}   {} respondents";
    SurveyShare => "比例", "Share";
    SurveyInterval => "95% 置信区间（Wilson）", "95 % interval (Wilson)";
    SurveyEditShares => "修改比例", "Edit the shares";
    SurveyDetails => "调查信息与背景表", "The survey's details and context tables";
    SurveyTitleChinese => "调查名称（中文）", "Title (Chinese)";
    SurveyTitleEnglish => "调查名称（英文）", "Title (English)";
    SurveySource => "来源", "Source";
    SurveyRegionChinese => "地区（中文）", "Region (Chinese)";
    SurveyRegionEnglish => "地区（英文）", "Region (English)";
    SurveyYear => "年份", "Year";
    QuestionnaireFiles => "问卷导出文件", "Questionnaire exports";
    DocumentHint => "这里是打印的人才培养方案中除课程和学期安排以外的文字；空着的部分打印为“（待填写）”。课程的考核方式和教学内容在课程的属性中填写，学期的教学周数在学期的属性中填写。", "The text of the printed programme besides its modules and terms; what is left empty prints as \"(not stated yet)\". A module's assessment and description are in its properties, a term's teaching weeks in the term's.";
    InChinese => "中文", "Chinese";
    SpecificationSkillsLabel => "对应调查能力：", "Survey skills:";
    InEnglish => "英文", "English";
    DocumentAddRow => "添加一项", "Add an item";
    DocumentRemoveRow => "删除此项", "Remove this item";
    PreviewPreviousPage => "上一页", "Previous page";
    PreviewNextPage => "下一页", "Next page";
    PreviewZoom => "缩放", "Zoom";
    PreviewFitWidth => "适合宽度", "Fit width";
    PreviewWorking => "正在排版……", "Laying out…";
    ExportPdf => "导出 PDF…", "Export PDF…";
    ExportWord => "导出 Word…", "Export Word…";
    ExportExcel => "导出 Excel…", "Export Excel…";
    Print => "打印…", "Print…";
    ExportedTitle => "已导出", "Exported";
    ExportedBody => "已写出 {}", "Written: {}";
    PrintedBody => "已把 {} 交给系统的 PDF 阅读器，请在那里打印。如果没有出现阅读器，请用任意 PDF 阅读器打开这个文件打印。", "{} was handed to the system's PDF viewer: print from there. If no viewer appears, open this file in any PDF reader and print it.";
    ExportFailedTitle => "无法导出", "Cannot export";
    PdfFiles => "PDF 文档", "PDF documents";
    WordFiles => "Word 文档", "Word documents";
    ExcelFiles => "Excel 工作簿", "Excel workbooks";
    Library => "课程库", "Module library";
    Inspector => "属性", "Inspector";
    Search => "搜索", "Search";
    SearchHint => "代码或名称", "Code or name";
    AnySkill => "全部能力", "Any skill";
    AnyIndustry => "全部产业", "Any industry";
    AnyDelivery => "全部形式", "Any delivery";
    AnyCategory => "全部类别", "Any category";
    Skill => "能力", "Skill";
    Industry => "产业", "Industry";
    Delivery => "授课形式", "Delivery";
    Category => "类别", "Category";
    Partner => "合作方", "Partner";
    InPlan => "本方案", "In plan";
    FromLibrary => "课程库", "Library";
    ModulesShown => "显示 {} / {} 门课程", "{} of {} modules";
    TermNumber => "第{}学期", "Term {}";
    PhaseNumber => "第{}阶段", "Phase {}";
    CodeTakenTitle => "课程代码已被使用", "The code is taken";
    CodeTakenQuestion => "要加入的“{}”的代码 {} 已被方案中的“{}”使用。同一方案里两门课程不能用同一个代码。", "\"{}\" has the code {}, which \"{}\" in the plan already uses. Two modules of a plan cannot share a code.";
    CodeTakenRename => "换一个代码加入", "Add it under another code";
    CodeTakenReplace => "用它替换“{}”", "Replace \"{}\" with it";
    NewPlanTitleDialog => "新建方案", "New plan";
    NewPlanKindQuestion => "这是什么样的培养方案？", "What kind of programme is it?";
    NewKindVocational => "三年制高职：6 个学期，按教育部 2019 年规定检查（总学时不少于 2500，实践不少于一半）", "3-year higher vocational: 6 semesters, checked against the MOE 2019 rules (at least 2,500 hours, at least half practice)";
    NewKindUndergraduate => "四年制本科：8 个学期，总学分 150–180", "4-year undergraduate: 8 semesters, 150–180 credits";
    NewKindShortCourse => "短期培训：按学时计（16–120 学时），分阶段安排", "Short course: counted in hours (16–120), arranged in phases";
    NewFromTemplatesHeading => "或从示例方案开始：", "Or start from an example plan:";
    DropHere => "拖入课程", "Drop modules here";
    Skills => "能力", "Skills";
    Industries => "产业", "Industries";
    Total => "合计", "Total";
    Demand => "调查需求", "Survey demand";
    NoModules => "方案中还没有安排课程", "No modules placed in the plan yet";
    // Inspector
    PlanDetails => "方案信息", "Plan details";
    TitleChinese => "标题（中文）", "Title (Chinese)";
    TitleEnglish => "标题（英文）", "Title (English)";
    InstitutionChinese => "院校（中文）", "Institution (Chinese)";
    InstitutionEnglish => "院校（英文）", "Institution (English)";
    ProgrammeKind => "培养类型", "Programme kind";
    TermSystem => "学期制", "Term system";
    Semester => "学期制（两学期）", "Semesters";
    Quarter => "学季制", "Quarters";
    Rules => "规则", "Rules";
    TargetIndustries => "服务产业", "Target industries";
    Code => "代码", "Code";
    Name => "名称", "Name";
    // Which language a field holds, where there is room for one character.
    MarkChinese => "中", "中";
    MarkEnglish => "EN", "EN";
    NameChinese => "名称（中文）", "Name (Chinese)";
    NameEnglish => "名称（英文）", "Name (English)";
    Credits => "学分", "Credits";
    Hours => "学时", "Hours";
    TheoryHours => "理论学时", "Theory hours";
    PracticeHours => "实践学时", "Practice hours";
    Prerequisites => "先修课程", "Prerequisites";
    Corequisites => "同修课程", "Co-requisites";
    Term => "学期", "Term";
    NotPlaced => "未安排", "Not placed";
    LevelNone => "无", "None";
    SelectHint => "在学期安排或课程库中选择一门课程，或在此编辑方案信息。", "Select a module on the board or in the library, or edit the plan's details here.";
    AddRequisite => "添加…", "Add…";
    Survey => "企业调查", "Employer survey";
    NoSurvey => "方案没有调查，无法计算吻合度", "The plan has no survey to judge it against";
    Respondents => "受访企业数", "Respondents";
    AddSkill => "添加能力", "Add skill";
    AddIndustry => "添加产业", "Add industry";
    RemoveDefinition => "删除", "Remove";
    DefinitionInUse => "有课程、调查或服务产业在使用，不能删除", "In use by a module, the survey or the target industries";
    // Status bar and findings
    StatusCredits => "{} 学分", "{} credits";
    StatusOneCredit => "{} 学分", "{} credit";
    StatusHours => "{} 学时", "{} hours";
    StatusPractice => "实践 {}", "practice {}";
    StatusAlignment => "与调查吻合度 {}", "survey alignment {}";
    TipDemand => "调查中需要这项能力的企业比例 w_s", "Share of surveyed employers who want the skill, w_s";
    TipDemandShare => "需求比重 d_s = w_s / Σ w：这项能力在全部需求中占的比重", "Demand share d_s = w_s / Σ w: the skill's part of all demand";
    TipEmphasisShare => "投入比重 e_s = E_s / Σ E，E_s = Σ 学时 × 等级 / 3", "Effort share e_s = E_s / Σ E, with E_s = Σ hours × level / 3";
    TipGap => "差距 = e_s − d_s（百分点）：负数表示投入不足", "Gap = e_s − d_s in points: negative is under-served";
    TipTopLevel => "方案中任何课程把这项能力培养到的最高等级（I、R、M）", "The highest level any module of the plan takes the skill to (I, R, M)";
    TipIndustryHours => "服务该产业的课程学时之和（一门课程服务几个产业，就各计一次）", "Hours of the modules that serve the industry (a module serving several counts for each)";
    TipIndustryModules => "服务该产业的课程门数", "Number of modules that serve the industry";
    TipTarget => "方案的目标产业", "A target industry of the plan";
    StatusScoreChange => "上一次修改带来的吻合度变化", "What the last change did to the score";
    AlignmentFormula => "吻合度 = 1 − ½ Σ|e_s − d_s|：e_s 为能力 s 在方案中的比重（Σ 学时 × 等级 / 3），d_s 为调查中需要该能力的比例（归一化）。1 表示方案投入与企业需求的权重完全一致。余弦相似度 {}。",
        "alignment = 1 − ½ Σ|e_s − d_s|: e_s is skill s's share of the plan's emphasis (Σ hours × level / 3), d_s its share of the survey's demand. 1 means the plan spends effort exactly as employers weight the skills. Cosine similarity {}.";
    StatusNoSurvey => "无调查", "no survey";
    StatusFindings => "{} 项检查结果", "{} findings";
    FindingsTitle => "检查结果", "Findings";
    NoFindings => "没有问题", "No problems";
    Error => "错误", "Error";
    Warning => "警告", "Warning";
    RuleFailed => "未达到规则", "Rule not met";
    // Files and dialogs
    Untitled => "未命名", "Untitled";
    UnsavedTitle => "有未保存的更改", "Unsaved changes";
    UnsavedQuestion => "“{}”有未保存的更改。是否保存？", "“{}” has unsaved changes. Save them?";
    Discard => "不保存", "Discard";
    Cancel => "取消", "Cancel";
    RecoveryTitle => "恢复未保存的工作", "Recover unsaved work";
    RecoveryQuestion => "上次程序没有正常退出。找到“{}”的恢复副本（{}）。是否恢复？",
        "The app did not close normally last time. A recovery copy of “{}” was found ({}). Recover it?";
    Recover => "恢复", "Recover";
    OpenFailed => "无法打开文件", "Could not open the file";
    SaveFailed => "无法保存文件", "Could not save the file";
    Close => "关闭", "Close";
    EditRefused => "无法执行：{}", "Not done: {}";
    PlanFiles => "培养方案", "Curriculum plans";
    MinutesAgo => "{} 分钟前", "{} minutes ago";
    // Domain words
    PublicBasic => "公共基础课", "Public basic";
    ProfessionalBasic => "专业基础课", "Professional basic";
    ProfessionalCore => "专业核心课", "Professional core";
    ProfessionalElective => "专业选修课", "Professional elective";
    Practice => "实践/实习", "Practice";
    Classroom => "课堂教学", "Classroom";
    ComputerSimulation => "计算机模拟实训", "Computer simulation";
    EnterpriseInternship => "企业顶岗实习", "Enterprise internship";
    PractitionerLecture => "外贸从业者讲座", "Practitioner lecture";
    CertificateTraining => "证书培训", "Certificate training";
    EntrepreneurshipMentoring => "创业指导", "Entrepreneurship mentoring";
    School => "学校", "School";
    Enterprise => "企业", "Enterprise";
    Government => "政府", "Government";
    HigherVocational3Year => "三年制高职", "3-year higher vocational";
    Undergraduate4Year => "四年制本科", "4-year undergraduate";
    ShortCourse => "短期培训", "Short course";
    RulesMoe2019 => "教育部2019高职规定", "MOE 2019 higher vocational";
    RulesUndergraduate => "本科学分范围", "Undergraduate credit range";
    RulesShortCourse => "短期培训学时范围", "Short-course hours";
    RulesNone => "不检查规则", "No rules";
    MinimumCredits => "最少学分", "Minimum credits";
    MaximumCredits => "最多学分", "Maximum credits";
    MinimumHours => "最少学时", "Minimum hours";
    MaximumHours => "最多学时", "Maximum hours";
    LevelIntroduced => "I 初步掌握", "I introduced";
    LevelReinforced => "R 巩固提高", "R reinforced";
    LevelMastered => "M 熟练掌握", "M mastered";
    // Analysis tab
    Analysis => "分析", "Analysis";
    AnalysisAlignment => "与企业调查的吻合度", "Alignment with the employer survey";
    AnalysisScore => "吻合度 {} · 余弦相似度 {}", "Alignment {} · cosine similarity {}";
    AnalysisScoreExplained => "1 表示方案在各能力上的投入比重与企业的需求比重完全一致，0 表示方案没有投入企业需要的任何能力。方案投入按 学时 × 等级（I=1，R=2，M=3）/ 3 计。",
        "1 means the plan spreads its effort across skills exactly as employers weight them; 0 means it spends none on what they want. Effort counts hours × level (I = 1, R = 2, M = 3) / 3.";
    ColumnDemand => "需要的企业", "Wanted by";
    ColumnDemandShare => "需求比重", "Demand share";
    ColumnEmphasisShare => "投入比重", "Effort share";
    ColumnGap => "差距（百分点）", "Gap (points)";
    ColumnTopLevel => "最高等级", "Top level";
    MostUnderServed => "投入最不足：{}（{} 个百分点）", "Most under-served: {} ({} points)";
    EffortMoveAdvice => "建议：把约 {} 学时的 R 级（巩固提高）培养——或 {} 学时 M 级（熟练掌握）——从“{}”移到“{}”，吻合度 {} → {}。做法：在下方“补足差距”中为后者提高课程等级或加入课程，为前者降低课程等级。",
        "To do: move about {} hours taught at R (reinforced) — or {} at M (mastered) — from “{}” to “{}”: alignment {} → {}. How: in “Close the gap” below, raise a level or add a module for the second, lower a level for the first.";
    RemedyAddHours => "还差 {} 学时", "{} hours short";
    RemedyRemoveHours => "超出 {} 学时；学时最多的课程：", "{} hours too many; the modules with the most hours:";
    RemedyAddCredits => "还差 {} 学分", "{} credits short";
    RemedyRemoveCredits => "超出 {} 学分；学分最多的课程：", "{} credits too many; the modules with the most credits:";
    RemedyAddHoursIn => "再加约 {} 学时的{}", "About {} more hours of {}";
    RemedyTheoryToPractice => "约 {} 个理论学时要改为实践学时；理论学时最多的课程：", "About {} theory hours to teach as practice; the modules with the most theory:";
    RemedyHoursPerCredit => "{} 门课程的每学分学时超出范围，调整其学时或学分：", "{} modules lie outside the hours-per-credit range; change their hours or credits:";
    RemedyAddCoreModules => "还差 {} 门专业核心课；现有：", "{} professional core modules short; there are:";
    RemedyRemoveCoreModules => "多了 {} 门专业核心课；现有：", "{} professional core modules too many; there are:";
    RemedyAddInternship => "还差约 {} 周企业顶岗实习（一周一学分）；现有：", "About {} weeks of enterprise internship short (a credit a week); there are:";
    RemedyRemoveInternship => "多出约 {} 周企业顶岗实习（一周一学分）；相关课程：", "About {} weeks of enterprise internship too many (a credit a week); the modules:";
    RemedyModules => "相关课程（{} 门）", "The modules ({})";
    CreditsShort => "学分", "Cr.";
    LibraryTermTip => "方案中安排的学期；空白表示还没有安排", "The term the plan places it in; blank when not placed";
    TermHere => "本方案学期", "Term here";
    TermThere => "另一方案学期", "Term there";
    MostOverServed => "投入超出最多：{}（+{} 个百分点）", "Most over-served: {} (+{} points)";
    NotMastered => "至少一半企业需要、但没有课程培养到 M 的能力：{}", "Wanted by at least half the employers but taken to M by no module: {}";
    Orphans => "没有课程培养的能力：{}", "Built by no module: {}";
    ProgressionIssue => "{}：{} 最早在第{}学期，早于 {}（第{}学期）", "{}: {} first in term {}, before {} (term {})";
    ColumnModules => "课程数", "Modules";
    ColumnTarget => "目标产业", "Target";
    UnservedTargets => "没有课程服务的目标产业：{}", "Target industries no module serves: {}";
    NoIndustries => "方案没有产业。", "The plan names no industries.";
    NoRules => "方案没有选择规则。", "The plan checks no rules.";
    AnalysisStructure => "课程结构", "Curriculum structure";
    StructureTotals => "阻塞因子 {} · 延迟因子 {} · 中心性 {} · 结构复杂度 {}（合计）", "Blocking {} · delay {} · centrality {} · structural complexity {} (totals)";
    StructureExplained => "按 CurricularAnalytics 的定义：阻塞因子是以该课程为先修的课程数，延迟因子是经过它的最长先修链上的课程数，复杂度 = 阻塞 + 延迟。",
        "By the CurricularAnalytics definitions: blocking counts the modules that need a module first, delay the modules on the longest requisite chain through it; complexity = blocking + delay.";
    RequisiteDistance => "先修距离合计 {} 个学期", "Requisite distance {} terms in total";
    CreditBalance => "每学期学分：最少 {} · 最多 {} · 平均 {} · 标准差 {}", "Credits per term: least {} · most {} · mean {} · standard deviation {}";
    MostComplex => "复杂度最高的课程", "Most complex modules";
    ComplexityOf => "复杂度 {}（阻塞 {}，延迟 {}）", "complexity {} (blocking {}, delay {})";
    TooLarge => "过大", "too large";
    StructureWithheld => "结构指标未计算：先修关系网太大，计算需要超过 {} 步（一般方案只需几千步），会耗时过长", "Structure figures withheld: the requisite network is so large that counting it would take more than {} steps (an ordinary plan takes a few thousand)";
    StructureCycle => "先修关系成环，无法计算结构：{}", "The requisites form a cycle, no structure figures: {}";
    // Comparison with other plans
    CompareHeading => "与其他方案比较", "Compare with other plans";
    CompareAdd => "＋ 添加比较方案…", "＋ Add a plan to compare…";
    CompareHint => "按本方案的企业调查比较；比较的方案只读取，不会被修改。", "Compared against this plan's survey; the other plans are only read.";
    CompareNeedsSurvey => "本方案没有企业调查，无法比较。", "This plan has no survey to compare against.";
    ThisPlan => "本方案", "This plan";
    CompareRemove => "不再比较这个方案", "Stop comparing this plan";
    CompareSkillGap => "差距：{}", "Gap: {}";
    CompareRanking => "按吻合度排名：{}", "Ranked by alignment: {}";
    CompareStability => "在 {} 次重抽样的调查中，排名保持不变的比例：{}", "Share of {} resampled surveys under which the ranking holds: {}";
    CompareSameModules => "两个方案的课程和学期安排相同。", "Both plans place the same modules in the same terms.";
    CompareAdded => "另一方案多出 {} 门课程：{}", "The other plan adds {} modules: {}";
    CompareRemoved => "另一方案少了 {} 门课程：{}", "The other plan drops {} modules: {}";
    CompareMoved => "另一方案调整了 {} 门课程的学期：{}", "The other plan moves {} modules: {}";
    FigureAlignment => "吻合度", "Alignment";
    FigureCosine => "余弦相似度", "Cosine similarity";
    FigureModules => "课程数", "Modules";
    FigurePracticeShare => "实践学时占比", "Practice share";
    FigureRulesFailed => "未通过的规则", "Rules failed";
    FigureNotMastered => "高需求但未达 M 的能力", "Wanted skills not taken to M";
    FigureUnservedTargets => "无课程服务的目标产业", "Target industries not served";
    FigureComplexity => "结构复杂度", "Structural complexity";
    FigureOther => "其他", "Other";
    BetterHigher => "越高越好", "Higher is better";
    BetterLower => "越低越好", "Lower is better";
    // Findings of the checks (`model::validate`)
    ProblemDuplicateModuleId => "课程标识“{}”重复定义", "module id \"{}\" is defined more than once";
    ProblemDuplicateSkillId => "能力标识“{}”重复定义", "skill id \"{}\" is defined more than once";
    ProblemDuplicateIndustryId => "产业标识“{}”重复定义", "industry id \"{}\" is defined more than once";
    ProblemBlankModuleCode => "课程“{}”没有课程代码", "module \"{}\" has no code";
    ProblemDuplicateModuleCode => "课程“{}”的代码“{}”已被课程“{}”使用", "module \"{}\" has code \"{}\", which module \"{}\" already uses";
    ProblemUnnamedModule => "课程“{}”没有中文或英文名称", "module \"{}\" has no name in either language";
    ProblemUnknownModuleInTerm => "第{}学期列出的课程“{}”在文件中没有定义", "term {} lists module \"{}\", which the file does not define";
    ProblemTwiceInTerm => "课程“{}”在第{}学期列出了两次（一门课可开在几个学期，但每学期一次）", "module \"{}\" is listed twice in term {} (a module may run in several terms, once in each)";
    ProblemPlacedHoursDiffer => "课程“{}”各学期安排的学时（周学时×周数）合计 {}，与课程的 {} 学时不符", "the placements of module \"{}\" add up to {} hours (weekly hours × weeks), not the module's {} hours";
    ProblemHoursWithoutWeeklyForm => "课程“{}”在第{}学期的 {} 学时不能平分到 {} 个教学周，请写明周学时×周数（如 4×12）", "module \"{}\" in term {} has {} hours, which do not divide into whole weekly hours over {} teaching weeks; state weekly hours × weeks (e.g. 4 × 12)";
    ProblemLongerThanTeachingWeeks => "课程“{}”在第{}学期安排 {} 周，但该学期只有 {} 个教学周", "module \"{}\" in term {} runs {} weeks, but the term has only {} teaching weeks";
    ProblemBlocksOverfillTerm => "第{}学期的集中实践和实习共 {} 周，但除教学和考试外只剩 {} 周（最后一项是“{}”）", "term {} places {} weeks of block practice and internship, but only {} weeks are left beside teaching and exams (the last is \"{}\")";
    ProblemCalendarDoesNotAddUp => "第{}学期各类周数合计 {} 周，与学期的 {} 周不符", "the kinds of week of term {} add up to {}, not the term's {} weeks";
    ProblemWeeksInPhase => "短期培训的第{}阶段按学时计，课程“{}”却写了周学时或周数", "phase {} of a short course counts hours, but module \"{}\" is given weekly hours or weeks";
    ProblemDuplicateGroupId => "选修课组标识“{}”重复定义", "elective group id \"{}\" is defined more than once";
    ProblemUnknownModuleInGroup => "选修课组“{}”列出的课程“{}”在文件中没有定义", "elective group \"{}\" offers module \"{}\", which the file does not define";
    ProblemModuleInTwoGroups => "课程“{}”同时属于选修课组“{}”和“{}”（只计第一个）", "module \"{}\" is in elective groups \"{}\" and \"{}\" (only the first counts)";
    ProblemGroupModuleNotPlaced => "选修课组“{}”的课程“{}”没有安排在任何学期，学生无法选修", "elective group \"{}\" offers module \"{}\", which is in no term, so no student can take it";
    ProblemGroupCannotBeMet => "选修课组“{}”开设 {} 学分 {} 门，少于至少选修的 {} 学分 {} 门", "elective group \"{}\" places {} credits in {} modules, less than the {} credits and {} modules a student must take";
    ProblemElectiveInNoGroup => "选修课“{}”不在任何选修课组中，因此每个学生都必修", "elective \"{}\" is in no elective group, so every student must take it";
    ProblemUnknownRequisite => "课程“{}”的先修课程“{}”没有定义", "module \"{}\" requires \"{}\", which the file does not define";
    ProblemRequisiteCycle => "先修关系成环：{}", "requisite cycle: {}";
    ProblemPrerequisiteNotEarlier => "课程“{}”（第{}学期）的先修课程“{}”应在更早的学期，但在第{}学期",
        "module \"{}\" (term {}) needs prerequisite \"{}\" in an earlier term, but it is in term {}";
    ProblemCorequisiteLater => "课程“{}”（第{}学期）的同修课程“{}”应在同一或更早的学期，但在第{}学期",
        "module \"{}\" (term {}) needs co-requisite \"{}\" in the same or an earlier term, but it is in term {}";
    ProblemRequisiteNotScheduled => "课程“{}”需要的“{}”没有安排在任何学期", "module \"{}\" requires \"{}\", which is in no term";
    ProblemHoursDoNotFitCredits => "课程“{}”{} 学时对应 {} 学分，应为 {}–{} 学时（现为每学分 {} 学时）", "module \"{}\" has {} hours for {} credits; expected {}–{} hours ({} hours per credit)";
    ProblemInvalidCredits => "课程“{}”的学分 {} 无效，学分应为不小于 0 的数", "module \"{}\" has {} credits; credits must be a number ≥ 0";
    ProblemUnknownSkill => "课程“{}”培养的能力“{}”没有定义", "module \"{}\" builds skill \"{}\", which the file does not define";
    ProblemSkillListedTwice => "课程“{}”对能力“{}”给出了多个等级", "module \"{}\" gives skill \"{}\" more than one level";
    ProblemUnknownIndustry => "课程“{}”服务的产业“{}”没有定义", "module \"{}\" serves industry \"{}\", which the file does not define";
    ProblemUnknownTargetIndustry => "服务产业“{}”没有定义", "target industry \"{}\" is not defined in the file";
    ProblemUnknownSurveySkill => "调查中的能力“{}”没有定义", "the survey weights skill \"{}\", which the file does not define";
    ProblemShareOutOfRange => "调查中“{}”的比例为 {}，应在 0 到 1 之间", "the survey share of \"{}\" is {}; a share lies between 0 and 1";
    ProblemSurveySkillTwice => "调查中能力“{}”出现了两次（只计第一次的比例）", "the survey names skill \"{}\" twice (only its first share counts)";
    ProblemIndustryListedTwice => "课程“{}”两次列出产业“{}”（只计一次）", "module \"{}\" lists industry \"{}\" twice (counted once)";
    ProblemTargetIndustryTwice => "服务产业“{}”列出了两次（只计一次）", "target industry \"{}\" is listed twice (counted once)";
    ProblemEmptyModuleId => "有课程的 id 为空，无法在学期或先修课程中引用它", "a module has an empty id, so no term or requisite can refer to it";
    ProblemEmptySkillId => "有能力的 id 为空，无法在课程或调查中引用它", "a skill has an empty id, so no module or survey can refer to it";
    ProblemEmptyIndustryId => "有产业的 id 为空，无法在课程或服务产业中引用它", "an industry has an empty id, so no module or target can refer to it";
    ProblemNoRespondents => "调查的受访人数为 0，但给出了需求比例", "the survey gives shares but has 0 respondents";
    ProblemSurveyWithoutSkills => "调查没有列出任何能力，无法据此评价方案；请重新导入问卷并把选项对应到能力", "the survey names no skill, so no plan can be judged against it; import the questionnaire again and match its options to skills";
    ProblemNoDemand => "调查中每项能力的需求比例都是 0，无法计算吻合度", "every share in the survey is 0, so no alignment can be computed";
    ProblemNoTerms => "方案没有学期：没有课程被安排，学分、学时和规则都无从计算", "the plan has no terms: no module is taught, so credits, hours and rules count nothing";
    // Edits the plan refused
    EditUnknownModule => "方案中没有课程“{}”", "no module \"{}\" in the plan";
    EditAlreadyScheduled => "课程“{}”已在第{}学期", "module \"{}\" is already in term {}";
    EditNotInTerm => "课程“{}”不在第{}学期", "module \"{}\" is not in term {}";
    EditNotScheduled => "课程“{}”不在任何学期", "module \"{}\" is in no term";
    EditNoSuchTerm => "没有第{}学期", "there is no term {}";
    EditDuplicateModule => "课程“{}”已经定义", "module \"{}\" is already defined";
    EditUnknownIndustry => "方案中没有产业“{}”", "no industry \"{}\" in the plan";
    EditUnknownSkill => "方案中没有能力“{}”", "no skill \"{}\" in the plan";
    EditLevelAlreadySet => "课程“{}”已有能力“{}”的等级", "module \"{}\" already has a level for skill \"{}\"";
    // Rules of the plan's profile
    RuleNameHours => "总学时", "Total hours";
    RuleNameCredits => "总学分", "Total credits";
    RuleNameHoursPerCredit => "每学分学时", "Hours per credit";
    RuleNamePublicBasicShare => "公共基础课学时占比", "Public-basic share of hours";
    RuleNameElectiveShare => "选修课学时占比", "Elective share of hours";
    RuleNamePracticeShare => "实践学时占比", "Practice share of hours";
    RuleNameCoreModules => "专业核心课门数", "Professional core modules";
    RuleNameInternship => "顶岗实习月数", "Enterprise internship";
    RuleHours => "总学时：{}", "{} hours";
    RuleCredits => "总学分：{}", "{} credits";
    RuleHoursPerCredit => "每学分学时不合规定的讲授课程：{} 门（共 {} 门，应为每学分 {}–{} 学时）", "{} of {} taught modules outside {}–{} hours per credit";
    RulePublicBasicShare => "公共基础课学时占比：{}", "public-basic courses {} of hours";
    RuleElectiveShare => "选修课学时占比：{}", "electives {} of hours";
    RulePracticeShare => "实践学时占比：{}", "practice {} of hours";
    RuleCoreModules => "专业核心课门数：{}", "{} professional core modules";
    RuleInternship => "顶岗实习 {} 周，约 {} 个月（每周 1 学分）", "enterprise internship {} weeks ≈ {} months (one credit per week)";
    RuleWithLimits => "{}（{}）", "{} ({})";
    RuleBetween => "应为 {}–{}", "{}–{}";
    RuleAtLeast => "至少 {}", "at least {}";
    RuleAtMost => "至多 {}", "at most {}";
    // The `report` and `compare` text (command line)
    ReportSummary => "{} 门课程 · {} 学分 · {} 学时（实践 {} 学时，{}）", "{} modules · {} credits · {} hours ({} practice, {})";
    ReportTerm => "{}：{} 门课程，{} 学分，{} 学时", "{}: {} modules, {} credits, {} hours";
    ReportNoSurvey => "吻合度：没有企业调查（在方案中加入调查，或使用 --survey）。", "Alignment: no survey (add one to the plan or pass --survey).";
    ReportAlignment => "与调查的吻合度：{}（1 − ½ Σ|e_s − d_s|），余弦相似度 {}", "Alignment with the survey: {} (1 − ½ Σ|e_s − d_s|), cosine {}";
    ReportWithheld => "{}：有 {} 个错误会使统计数字出错，因此不输出报告；请先修正这些错误（可用 check 查看）。", "{}: {} error(s) would make the figures wrong, so no report is printed; fix them first (check lists them).";
    ReportDespiteErrors => "{}：有 {} 个错误；以下数字不受其影响，但方案尚未完成。", "{}: {} error(s); the figures below are not affected by them, but the plan is not finished.";
    FormatKeepsComments => "{}：文件中有注释（// 或 /* */），规范格式无法保留，因此未改动。如确要去掉注释，请加 --drop-comments（原文件连同注释保存为 .bak）。", "{}: the file has comments (// or /* */) that the canonical form cannot keep, so it was left unchanged. To format it anyway and remove them, add --drop-comments (the original with its comments is kept as .bak).";
    OpenBackup => "打开备份 {}", "Open the backup {}";
    CommentsTitle => "保存会去掉注释", "Saving removes the comments";
    CommentsQuestion => "“{}”中有注释（// 或 /* */），本程序保存时无法保留。保存后，带注释的原文件保留为“{}”。", "\"{}\" has comments (// or /* */) that the planner cannot keep when it saves. The original with its comments is kept as \"{}\".";
    SaveWithoutComments => "保存（去掉注释）", "Save without comments";
    // Files that cannot be read
    LoadCannotRead => "{}：无法读取文件：{}", "{}: cannot read the file: {}";
    LoadNotText => "{}：此处既不是 UTF-8 也不是 GB18030 文本；请将文件另存为 UTF-8", "{}: the file is neither UTF-8 nor GB18030 text here; save it as UTF-8";
    LoadTooLarge => "{}：文件有 {} MiB，超过读取文件的上限 {} MiB；如确需读取，请使用 --max-file-size", "{}: the file is {} MiB, more than the {} MiB a file read here can be; to read it anyway, pass --max-file-size";
    LoadMissingVersion => "{}：文件没有 format_version（格式版本）；这是课程规划的文件吗？", "{}: the file has no format_version; is it a curriculum planner file?";
    LoadUnknownKind => "{}：文件开头是“{}”，而不是方案（Plan）、课程库（Library）或调查（SurveyDocument）", "{}: the file starts with “{}”, not with a plan (Plan), a library (Library) or a survey (SurveyDocument)";
    LoadNewerVersion => "{}：格式版本 {} 比本程序能读的版本（最高 {}）新；请更新课程规划后再打开", "{}: format_version {} is newer than this app reads (up to {}); update the curriculum planner to open it";
    LoadUnknownVersion => "{}：格式版本 {} 不是本程序能读的版本（可读：{}）", "{}: format_version {} is not a version this app reads (it reads: {})";
    LoadWrongKind => "{}：这里需要{}文件，但这是{}文件", "{}: expected a {} file, found a {} file";
    KindPlan => "方案", "plan";
    KindLibrary => "课程库", "library";
    KindSurvey => "调查", "survey";
    IoNotFound => "文件不存在", "there is no such file";
    IoPermissionDenied => "没有权限", "permission denied";
    IoIsAFolder => "这是一个文件夹", "it is a folder";
    IoDiskFull => "磁盘已满", "the disk is full";
    IoReadOnly => "磁盘为只读", "the disk is read-only";
    SaveCannotWrite => "{}：无法保存：{}；磁盘上的文件没有改动", "{}: cannot save: {}; the file on disk is unchanged";
    SaveCannotSerialize => "{}：无法写出文件：{}", "{}: cannot write the document: {}";
    // What the parser found wrong, in plain words
    SyntaxInTheFile => "文件中", "the file";
    SyntaxInModule => "课程“{}”", "module “{}”";
    SyntaxInSkill => "能力“{}”", "skill “{}”";
    SyntaxInIndustry => "产业“{}”", "industry “{}”";
    SyntaxInTerm => "第 {} 个学期", "term {}";
    SyntaxInSurvey => "调查", "the survey";
    SyntaxInNamed => "{}“{}”", "{} “{}”";
    SyntaxInStruct => "{}（第 {} 个）", "{} number {}";
    SyntaxEndOfFile => "文件在结构完整之前就结束了（可能缺少右括号，或文件被截断）", "the file ends before its structure is complete (a closing bracket may be missing, or the file was cut off)";
    SyntaxExpectedList => "这里应为以 [ 开始的列表", "a list starting with [ is expected here";
    SyntaxExpectedListEnd => "这里应为 ] 结束列表（或缺少逗号）", "a ] closing the list is expected here (or a comma is missing)";
    SyntaxEmptyFile => "文件是空的", "the file is empty";
    SyntaxFullWidthMark => "“{}”是全角符号，这里应为半角的“{}”", "“{}” is a full-width mark; use “{}”";
    SyntaxExpectedComma => "这里缺少逗号", "a comma is missing here";
    SyntaxExpectedOpening => "这里应为 (", "a ( is expected here";
    SyntaxExpectedClosing => "这里应为 ) 结束（或缺少逗号）", "a ) closing it is expected here (or a comma is missing)";
    SyntaxExpectedValue => "这里的值写法不对", "the value here is not written as expected";
    SyntaxExpectedText => "这里应为用英文双引号括起的文字，如 \"文字\"", "text in double quotes, like \"text\", is expected here";
    SyntaxUnclosedText => "文字缺少结束的双引号", "the text has no closing double quote";
    SyntaxExpectedWholeNumber => "这里应为整数", "a whole number is expected here";
    SyntaxExpectedNumber => "这里应为数字", "a number is expected here";
    SyntaxNumberTooLarge => "数字太大（或为负数），超出允许的范围", "the number is too large (or negative) for this field";
    SyntaxExpectedTrueFalse => "这里应为 true 或 false", "true or false is expected here";
    SyntaxBadEscape => "文字中有无效的反斜杠转义", "the text has a backslash escape that is not valid";
    SyntaxUnclosedComment => "注释没有结束（缺少 */）", "a comment is not closed (*/ is missing)";
    SyntaxUnexpectedCharacter => "这里不应出现字符“{}”", "the character “{}” does not belong here";
    SyntaxTrailingText => "文件结束后还有多余的内容", "there is more text after the end of the document";
    SyntaxExpectedName => "这里应为字段名", "a field name is expected here";
    SyntaxNameStartsWrongly => "“{}”不能作为字段名：名称只能以字母开头，不能以数字或符号开头", "“{}” cannot be a field name: a name starts with a letter, not a digit or a sign";
    SyntaxNestedTooDeep => "括号嵌套太深，不像方案文件", "brackets are nested too deeply for a plan file";
    SyntaxUnknownAttribute => "文件开头的 #![...] 行无法识别；请删除这一行", "the #![...] line at the top is not one this app knows; remove it";
    SyntaxWrongStructName => "这里应为 {}，而不是“{}”", "a {} is expected here, not “{}”";
    SyntaxWrongValue => "{}：这里是 {}，应为 {}", "{}: found {} where {} is expected";
    SyntaxWrongLength => "{}：应为 {}，但有 {} 项", "{}: expected {}, found {} items";
    SyntaxUnknownChoice => "“{}”不是可选的值；可选：{}", "“{}” is not one of the choices: {}";
    SyntaxUnknownField => "{}中没有字段“{}”；可用的字段：{}", "{} has no field “{}”; its fields are: {}";
    SyntaxMissingField => "{}缺少字段“{}”", "{} lacks the field “{}”";
    SyntaxDuplicateField => "{}中字段“{}”出现了两次", "{} has the field “{}” twice";
    SyntaxOther => "这里的内容无效：{}", "the text here is not valid: {}";
    SyntaxNotText => "文件中有不是文字的字节", "the file has bytes that are not text";
    SyntaxUnreadable => "这里的内容无法读取", "the text here cannot be read";
    SyntaxProbablyMissing => "（可能在第 {} 行附近：缺少“{}”来结束 {}（从第 {} 行开始））", " (probably near line {}: a `{}` seems to be missing to close the {} opened on line {})";
    CsvUnreadable => "CSV 无法读取：{}", "unreadable CSV: {}";
    CsvMissingColumn => "缺少“{}”列", "missing column “{}”";
    CsvNoCourses => "没有“Courses”部分：这是 CurricularAnalytics 的 CSV 文件吗？", "no “Courses” section: is this a CurricularAnalytics CSV?";
    CsvNoCourseId => "有课程没有 Course ID", "a course without a Course ID";
    CsvCreditsNotANumber => "课程 {}：Credit Hours“{}”不是数字", "course {}: Credit Hours “{}” is not a number";
    CsvTermOutOfRange => "课程 {}：Term“{}”不是 1 到 {} 之间的学期号", "course {}: Term “{}” is not a term number from 1 to {}";
    CsvCourseTwice => "Course ID {} 用了两次（第一次在第 {} 行）", "Course ID {} is used twice (first in row {})";
    CsvUnknownRequisite => "课程 {} 要求的课程 {} 不在文件中", "course {} requires course {}, which the file does not list";
    CsvCycle => "先修关系形成了循环：{}", "the requisites form a cycle: {}";
    NoAlignmentShort => "无法计算", "no alignment";
    NoAlignmentNoDemand => "无法计算吻合度：调查中每项能力的需求比例都是 0。", "No alignment: the survey gives every skill a share of 0.";
    NoAlignmentNoEffort => "无法计算吻合度：方案中没有课程培养调查或方案所列的任何能力。", "No alignment: no module builds any of the skills the survey or the plan lists.";
    ReportColumnSkill => "能力", "skill";
    ReportColumnDemand => "需求", "demand";
    ReportColumnTop => "最高", "top";
    ReportUnderServed => "投入不足", "under-served";
    ReportOverServed => "投入过多", "over-served";
    ReportNotMastered => "至少一半企业需要、但没有课程培养到 M：{}", "wanted by ≥ 50 % but never mastered (M): {}";
    ReportOrphans => "没有课程培养：{}", "built by no module: {}";
    ReportProgression => "进阶顺序：{} 的 {} 在第{}学期，早于 {}（第{}学期）", "progression: {} reaches {} in term {} before {} in term {}";
    ReportIndustries => "产业（服务各产业的课程学时）：", "Industries (hours of the modules serving each):";
    ReportIndustryHours => "{} 学时，{} 门课程", "{} h in {} modules";
    ReportTarget => "（目标产业）", "  (target)";
    ReportRules => "规则：", "Rules:";
    ReportStructure => "结构：复杂度 {}，阻塞因子 {}，延迟因子 {}，中心性 {}", "Structure: complexity {}, blocking {}, delay {}, centrality {}";
    ReportRequisiteDistance => "先修距离 {} 个学期", "requisite distance {}";
    ReportCreditBalance => "每学期学分：{}–{}，平均 {}，标准差 {}", "credits per term: {}–{}, mean {}, standard deviation {}";
    CompareBetterMark => "（* 为较优值）", "(* the better value)";
    CompareRankingHolds => "排名保持不变的比例为 {}（共 {} 次重抽样的调查，n = {}，随机种子 {}）。", "The ranking holds in {} of {} resampled surveys (n = {}, seed {}).";
    CompareFromTo => "从 [1] 到 [2]：增加 {}；删除 {}", "From [1] to [2]: added {}; removed {}";
    CompareMovedLine => "调整学期 {}：第{}学期 → 第{}学期", "moved {}: term {} → term {}";
    CompareNoSurvey => "没有一个方案带有企业调查；请用 --survey SURVEY.ron 指定", "none of the plans has a survey; pass one with --survey SURVEY.ron";
    // `check`
    SeverityError => "错误", "error";
    SeverityWarning => "警告", "warning";
    CheckOk => "{}：通过，{}", "{}: ok, {}";
    CheckPlanSummary => "方案“{}”：{} 个学期，{} 门课程", "plan “{}”: {} terms, {} modules";
    CheckLibrarySummary => "课程库：{} 门课程，{} 项能力，{} 个产业", "library: {} modules, {} skills, {} industries";
    CheckSurveySummary => "调查“{}”：n = {}，{} 项能力", "survey “{}”: n = {}, {} skills";
    CheckCounts => "{}：{} 个错误，{} 个警告", "{}: {} error(s), {} warning(s)";
    CannotWriteOutput => "无法写出结果：{}", "cannot write the output: {}";
    // `fmt` and `export`
    Formatted => "{}：已改写为规范格式", "{}: formatted";
    FormatNotCanonical => "{}：不是规范格式", "{}: not in canonical form";
    FormatCannotWrite => "{}：无法写成 RON：{}", "{}: cannot write the document as RON: {}";
    ExportCannotWrite => "{}：无法写出 CSV：{}", "{}: cannot write CSV: {}";

    // The printed programme document (人才培养方案)
    DocumentKindTitle => "专业人才培养方案", "Talent Training Programme";
    DocumentMajorLine => "专业：{}（{}）", "Major: {} ({})";
    DocumentMajorLineNoCode => "专业：{}", "Major: {}";
    DocumentProgrammeKind => "层次：{}", "Level: {}";
    DocumentRules => "依据：{}", "Rules: {}";
    DocumentPrinted => "印制日期：{}", "Printed: {}";
    DocumentContents => "目录", "Contents";
    DocumentPage => "第 {} 页 / 共 {} 页", "Page {} of {}";
    DocumentNotStated => "（待填写）", "(not stated yet)";
    SectionMajor => "一、专业名称及代码", "1. Major and code";
    SectionEntry => "二、入学要求", "2. Entry requirements";
    SectionLength => "三、修业年限", "3. Length of study";
    SectionOccupations => "四、职业面向", "4. Occupations";
    SectionObjective => "五、培养目标与培养规格", "5. Objective and specifications";
    SectionCourses => "六、课程设置及要求", "6. Courses and their requirements";
    SectionSchedule => "七、教学进程总体安排", "7. Teaching schedule";
    SectionGuarantees => "八、实施保障", "8. Implementation guarantees";
    SectionGraduation => "九、毕业要求", "9. Graduation requirements";
    SectionAppendix => "十、附录", "10. Appendices";
    MajorName => "专业名称", "Major";
    MajorCode => "专业代码", "Code";
    OccupationSector => "所属行业", "Sector";
    OccupationName => "主要职业类别", "Occupations";
    OccupationPosts => "主要岗位（群）", "Typical posts";
    OccupationCertificates => "职业技能等级证书", "Certificates";
    ObjectiveHeading => "（一）培养目标", "5.1 Objective";
    SpecificationsHeading => "（二）培养规格", "5.2 Specifications";
    SpecificationQuality => "1. 素质", "Quality";
    SpecificationKnowledge => "2. 知识", "Knowledge";
    SpecificationAbility => "3. 能力", "Ability";
    SpecificationSkills => "对应调查能力：{}", "Survey skills: {}";
    CourseHours => "{} 学分，{} 学时（理论 {}，实践 {}），{}，{}", "{} credits, {} hours ({} theory, {} practice), {}, {}";
    ScheduleHeading => "（一）教学进程表", "7.1 Schedule of modules";
    ScheduleCategory => "课程类别", "Category";
    ScheduleCode => "课程代码", "Code";
    ScheduleName => "课程名称", "Module";
    ScheduleCredits => "学分", "Credits";
    ScheduleHours => "学时", "Hours";
    ScheduleTotal => "总计", "Total";
    ScheduleTheory => "理论", "Theory";
    SchedulePractice => "实践", "Practice";
    ScheduleAssessment => "考核方式", "Assessment";
    ScheduleWeeklyHours => "各学期周学时", "Hours per week in each term";
    ScheduleSubtotal => "小计", "Subtotal";
    ScheduleTeachingWeeks => "{} 周", "{} weeks";
    ScheduleGrandTotal => "合计", "Total";
    ScheduleNote => "注：周学时 = 课程学时 ÷ 该学期教学周数；括号内为集中安排的实践学时（实习、实训周）。", "Note: hours per week = the module's hours ÷ the term's teaching weeks; figures in brackets are practice hours taught as a block (internships, training weeks).";
    AssessmentExam => "考试", "Exam";
    AssessmentCoursework => "考查", "Coursework";
    HoursHeading => "（二）学时分配", "7.2 Distribution of hours";
    HoursShare => "占总学时", "Share of hours";
    HoursTheoryPractice => "理论 {} 学时，实践 {} 学时，实践学时占 {}。", "{} hours of theory and {} of practice: practice is {} of all hours.";
    RulesHeading => "（三）对照规定的检查", "7.3 Checks against the rules";
    RuleMet => "符合", "met";
    RuleNotMet => "不符合", "not met";
    GuaranteeStaff => "（一）师资队伍", "8.1 Teaching staff";
    GuaranteeFacilities => "（二）教学设施", "8.2 Facilities";
    GuaranteeResources => "（三）教学资源", "8.3 Teaching resources";
    GuaranteeMethods => "（四）教学方法", "8.4 Teaching methods";
    GuaranteeAssessment => "（五）学习评价", "8.5 Assessment of learning";
    GuaranteeQuality => "（六）质量管理", "8.6 Quality management";
    AppendixMatrix => "附录一 能力与课程对应矩阵", "Appendix 1. Skills and modules";
    AppendixMatrixNote => "I：初步掌握（介绍）；R：巩固提高（强化）；M：熟练掌握（精通）。", "I: introduced; R: reinforced; M: mastered.";
    AppendixAlignment => "附录二 与企业调查的吻合度", "Appendix 2. Alignment with the employer survey";
    AppendixAlignmentScore => "吻合度 {}", "Alignment {}";
    AppendixSurvey => "调查：{}，{} 家企业，{} 年。来源：{}", "Survey: {}, {} enterprises, {}. Source: {}";
    AppendixDemand => "企业需求 d_s", "Employer demand d_s";
    AppendixEffort => "方案投入 e_s", "Plan effort e_s";
    AppendixNoSurvey => "本方案没有对照的调查。", "This plan has no survey to compare with.";
    AppendixIndustries => "附录三 地方产业覆盖", "Appendix 3. Local industries served";
    IndustryColumn => "产业", "Industry";
    IndustryModules => "课程数", "Modules";
    IndustryTarget => "目标产业", "Target";
    IndustryUnserved => "没有课程服务的目标产业：{}", "Target industries no module serves: {}";
    Yes => "是", "yes";
    QuestionnaireUnreadable => "{}：无法读取问卷：{}", "{}: cannot read the questionnaire: {}";
    QuestionnaireFormulaWithoutValue => "{}：单元格 {} 是公式，但文件里没有保存它的计算结果（文件由程序生成，尚未在电子表格中打开过）；请在 Excel、WPS 或 LibreOffice 中打开并保存后再导入", "{}: cell {} holds a formula whose result was never saved in the file (it was made by a program and not opened in a spreadsheet since); open it in Excel, WPS or LibreOffice, save it, and import it again";
    QuestionnaireDeclaresTooMuch => "{}：无法读取此文件：它声明了{}，超出任何问卷导出文件所有；文件可能已损坏，请重新导出", "{}: this file could not be read: it declares {}, more than any questionnaire export has. It may be damaged; export it again";
    QuestionnaireDeclaresCells => "一张 {} 行 × {} 列的工作表", "a sheet of {} rows × {} columns";
    QuestionnaireDeclaresStrings => "{} 个共享文本", "{} shared texts";
    QuestionnaireDeclaresLargePart => "部件 {}（解压后 {} MiB）", "a part {} that inflates to {} MiB";
    QuestionnaireNotAligned => "{} 与 {} 不是同一份问卷，不能汇总。只在 {} 中的题目：{}；只在 {} 中的题目：{}", "{} and {} are not the same questionnaire and cannot be pooled. Questions only in {}: {}; only in {}: {}";
    QuestionnaireNoAnswers => "{}：没有答卷", "{}: no answers";
    QuestionnaireRowSkipped => "{}：该行有 {} 个答案，表头只有 {} 列，已略过", "{}: the row has {} answers but the header only {} columns; left out";
    QuestionnaireRespondents => "答卷 {} 份", "{} respondents";
    QuestionSingle => "单选", "single choice";
    QuestionMultiple => "多选", "multiple choice";
    QuestionText => "文本", "text";
    QuestionnaireNoSkillQuestion => "{}：没有一道题的选项对应能力；用 --question N 指定，或用 --map 选项=能力 对应", "{}: no question's options name a skill; pick one with --question N or map options with --map OPTION=SKILL";
    QuestionnaireNoSkillMatched => "{}：未写出。第 {} 题“{}”没有一个选项对应能力；用 --map 选项=能力 对应，或用 --question N 换一道题", "{}: not written. No option of question {} (“{}”) matches a skill; map options with --map OPTION=SKILL or pick another question with --question N";
    QuestionnaireMatched => "  “{}” → {}", "  \"{}\" → {}";
    QuestionnaireUnmatched => "  “{}” → （未对应任何能力，用 --map 指定）", "  \"{}\" → (no skill; map it with --map)";
    QuestionnaireSurveyWritten => "已写出调查 {}", "Survey written: {}";
    QuestionnaireNotReadTitle => "无法导入问卷", "The questionnaire could not be imported";
    ReadingQuestionnaire => "正在读取问卷 {}…", "Reading the questionnaire {}…";
    PreviewCancelled => "已取消排版。", "Laying out was cancelled.";
    PreviewTryAgain => "重新排版", "Lay it out again";
    SaveWouldReplaceSurvey => "{} 是一份调查文件，方案不会保存在它上面；请另选文件名", "{} is a survey file; the plan is not saved over it. Choose another name";
    SaveWouldReplaceLibrary => "{} 是一份课程库文件，方案不会保存在它上面；请另选文件名", "{} is a library file; the plan is not saved over it. Choose another name";
    OutputIsInput => "{} 就是本命令读取的文件 {}，不会覆盖它；请另选输出文件", "{} is {}, a file this command reads; it is not overwritten. Choose another output file";
    OutputIsDocument => "{} 是已有的方案、调查或课程库文件，不会覆盖它；请另选输出文件", "{} is an existing plan, survey or library file; it is not overwritten. Choose another output file";
    OutputForceHint => "（确要覆盖请加 --force）", " (or add --force to overwrite it)";
    WorkerCannotStart => "无法启动后台进程：{}", "The worker process could not be started: {}";
    WorkerCancelled => "已取消", "Cancelled";
    WorkerQuestionnaireMemory => "{}：无法读取此文件：它要求的内存超过了问卷文件所能需要的（上限 {} MiB）。文件可能已损坏，请重新导出", "{}: this file could not be read: it asks for more memory than a questionnaire can need (the limit is {} MiB). It may be damaged; export it again";
    WorkerQuestionnaireTime => "{}：无法在 {} 秒内读完此文件，已停止。文件可能已损坏，请重新导出", "{}: this file could not be read within {} s and was stopped. It may be damaged; export it again";
    WorkerFileDamaged => "{}：此文件已损坏，无法读取（{}）", "{}: this file is damaged and cannot be read ({})";
    WorkerTemplateMemory => "方案的模板 {} 要求的内存超过了培养方案文档所能需要的（上限 {} MiB），文档未生成。请检查该模板；删去方案文件中的 template 一项即可改用内置格式", "The plan's template {} asks for more memory than a programme document can need (the limit is {} MiB); nothing was written. Check the template; without the plan's template line the bundled layout prints";
    WorkerTemplateTime => "方案的模板 {} 未能在 {} 秒内完成排版，已停止，文档未生成。请检查该模板（或请提供模板的同事检查）；删去方案文件中的 template 一项即可改用内置格式", "The plan's template {} did not finish laying out the document within {} s and was stopped; nothing was written. Check the template (or ask the colleague who made it); without the plan's template line the bundled layout prints";
    WorkerTemplateFailed => "方案的模板 {} 排版时出错停止（{}），文档未生成", "The plan's template {} stopped with an error ({}); nothing was written";
    WorkerUnexpectedReply => "后台进程的回答无法识别", "The worker's answer could not be understood";
    WorkerStopped => "后台工作意外中止", "The background work stopped unexpectedly";
    WorkerBundledTemplate => "内置模板", "the bundled template";
    WorkerLimitHint => "（可用 --worker-memory MiB 和 --worker-time 秒 放宽限制）", "(--worker-memory MIB and --worker-time SECONDS raise the limits)";
    No => "否", "no";
    PrintTitle => "打印", "Print";
    ScheduleBlockCell => "集中 {}", "block {}";
    ScheduleBlockWeeks => "{}周", "{} wk";
    SchedulePhaseLength => "{} 天 {} 学时", "{} d · {} h";
    SheetSchedule => "教学进程表", "Schedule";
    TeachingWeeks => "教学周数", "Teaching weeks";
    TermWeeks => "学期周数", "Weeks in the term";
    WeekKindOrientation => "入学教育与军训", "Orientation and military training";
    WeekKindTeaching => "课堂教学", "Classroom teaching";
    WeekKindExams => "考试", "Exams";
    WeekKindBlockPractice => "集中实践", "Block practice";
    WeekKindInternship => "岗位实习", "Internship";
    WeekKindFlexible => "机动", "Flexible";
    WeekKindsAddUp => "各类周数合计 {} 周", "The kinds add up to {} weeks";
    PhaseDays => "天数", "Days";
    PhaseHours => "学时", "Hours";
    PhaseDates => "日期", "Dates";
    PlacementWeekly => "周学时×周数", "Weekly hours × weeks";
    PlacementBlock => "集中周", "Block weeks";
    PlacementHours => "学时", "Hours";
    PlacementsHeading => "各学期安排", "Placements";
    PlacementsAddUp => "合计 {} 学时（课程 {} 学时）", "{} hours in all (the module has {})";
    PlaceInAnotherTerm => "再安排到…", "Also run in…";
    ElectiveGroupsHeading => "选修课组", "Elective groups";
    GroupRule => "{}：开设 {} 门 {} 学分，至少选修 {} 学分", "{}: {} modules of {} credits offered, at least {} credits to take";
    GroupNone => "（必修）", "(required)";
    MinCredits => "至少选修学分", "Minimum credits";
    MinModules => "至少选修门数", "Minimum modules";
    StatusPathCredits => "学生修读 {} 学分 · 开设 {} 学分", "path {} credits · offered {}";
    DescriptionChinese => "教学内容（中文）", "Description (Chinese)";
    DescriptionEnglish => "教学内容（英文）", "Description (English)";
    WordBodyFont => "宋体", "Times New Roman";
    WordHeadingFont => "黑体", "Arial";
    DocumentListItem => "（{}）{}", "{}. {}";
    DocumentSkillsNote => "{}（{}）", "{} ({})";
    SheetMatrix => "能力课程矩阵", "Skills matrix";
    SheetAlignment => "调查吻合度", "Survey alignment";
    SheetGap => "差距 e_s − d_s", "Gap e_s − d_s";
    DocumentTemplateRefused => "模板“{}”不能使用：方案只能指定与方案文件在同一文件夹中的 .typ 文件", "template \"{}\" refused: a plan may only name a .typ file in its own folder";
    DocumentTemplateUnreadable => "{}：无法读取模板：{}", "{}: cannot read the template: {}";
    DocumentLayoutAt => "模板第 {} 行第 {} 列：{}", "template line {}, column {}: {}";
    DocumentLayoutFailed => "文档无法排版：{}", "the document could not be laid out: {}";
    DocumentWorkbookFailed => "表格无法写出：{}", "the spreadsheet could not be written: {}";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_is_translated() {
        for text in Text::ALL {
            let chinese = text.in_language(Language::Chinese);
            let english = text.in_language(Language::English);
            assert!(!chinese.is_empty() && !english.is_empty(), "{text:?}");
            assert_eq!(
                chinese.matches("{}").count(),
                english.matches("{}").count(),
                "{text:?} has different places to fill"
            );
        }
    }

    #[test]
    fn fill_puts_values_in_order() {
        assert_eq!(
            Language::English.fill(Text::ModulesShown, &[&3, &74]),
            "3 of 74 modules"
        );
        assert_eq!(Language::Chinese.fill(Text::TermNumber, &[&2]), "第2学期");
    }
}
