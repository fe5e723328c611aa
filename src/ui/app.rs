//! A first window: loads a plan and lists its terms and modules. The full planner
//! (board, matrix, inspector, editing) builds on this.

use std::path::{Path, PathBuf};

use crate::io::parse_plan;
use crate::model::{Category, Plan};

/// The 3-year example plan, so that the app opens on something useful on any machine.
const EXAMPLE_PLAN: &str = include_str!("../../curricula/cbec-higher-vocational-3-year.ron");
const EXAMPLE_NAME: &str = "cbec-higher-vocational-3-year.ron";

pub struct PlannerApp {
    plan: Option<Plan>,
    path: Option<PathBuf>,
    /// The last load error, shown above the plan until the next load.
    error: Option<String>,
    chinese: bool,
}

impl PlannerApp {
    /// Opens a file, or the bundled example when none is given.
    pub fn open(file: Option<PathBuf>) -> Self {
        let mut app = Self {
            plan: None,
            path: None,
            error: None,
            chinese: true,
        };
        match file {
            Some(path) => app.load(&path),
            None => app.load_example(),
        }
        app
    }

    pub fn plan(&self) -> Option<&Plan> {
        self.plan.as_ref()
    }

    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// Loads a plan; on failure the current plan stays and the error is shown.
    pub fn load(&mut self, path: &Path) {
        match crate::io::load_plan(path) {
            Ok(plan) => {
                self.plan = Some(plan);
                self.path = Some(path.to_owned());
                self.error = None;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
    }

    fn load_example(&mut self) {
        match parse_plan(Path::new(EXAMPLE_NAME), EXAMPLE_PLAN) {
            Ok(plan) => self.plan = Some(plan),
            Err(error) => self.error = Some(error.to_string()),
        }
    }

    /// Everything inside the window; tests and benchmarks call this directly.
    pub fn ui_contents(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("header").show(ui, |ui| self.header_ui(ui));
        egui::CentralPanel::default().show(ui, |ui| self.plan_ui(ui));
    }

    fn header_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let title = self.plan.as_ref().map_or(String::new(), |plan| {
                plan.title.in_language(self.chinese).to_owned()
            });
            ui.heading(title);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let label = if self.chinese { "English" } else { "中文" };
                if ui.button(label).clicked() {
                    self.chinese = !self.chinese;
                }
                if let Some(path) = &self.path {
                    ui.weak(path.display().to_string());
                }
            });
        });
        if let Some(error) = &self.error {
            ui.colored_label(
                ui.visuals().error_fg_color,
                egui::RichText::new(error).monospace(),
            );
        }
    }

    fn plan_ui(&self, ui: &mut egui::Ui) {
        let Some(plan) = &self.plan else {
            ui.label(self.text("没有打开的方案", "No plan open"));
            return;
        };
        let chinese = self.chinese;
        egui::ScrollArea::vertical().show(ui, |ui| {
            // One grid for all terms, so that the columns line up down the page.
            egui::Grid::new("terms")
                .striped(true)
                .num_columns(5)
                .spacing([16.0, 4.0])
                .show(ui, |ui| {
                    for header in [
                        self.text("代码", "Code"),
                        self.text("课程", "Module"),
                        self.text("学分", "Credits"),
                        self.text("学时", "Hours"),
                        self.text("类别", "Category"),
                    ] {
                        ui.strong(header);
                    }
                    ui.end_row();
                    for term in &plan.terms {
                        let modules: Vec<_> = term
                            .modules
                            .iter()
                            .filter_map(|id| plan.module(id))
                            .collect();
                        let credits: f64 = modules.iter().map(|module| module.credits).sum();
                        let hours: u32 = modules.iter().map(|module| module.hours()).sum();
                        ui.label("");
                        ui.heading(term.name.in_language(chinese));
                        ui.strong(format!("{credits}"));
                        ui.strong(format!("{hours}"));
                        ui.label("");
                        ui.end_row();
                        for module in modules {
                            ui.monospace(&module.code);
                            ui.label(module.name.in_language(chinese));
                            ui.label(format!("{}", module.credits));
                            ui.label(format!("{}", module.hours()));
                            ui.label(self.category_name(module.category));
                            ui.end_row();
                        }
                    }
                });
        });
    }

    fn category_name(&self, category: Category) -> &'static str {
        match category {
            Category::PublicBasic => self.text("公共基础", "Public basic"),
            Category::ProfessionalBasic => self.text("专业基础", "Professional basic"),
            Category::ProfessionalCore => self.text("专业核心", "Professional core"),
            Category::ProfessionalElective => self.text("专业选修", "Professional elective"),
            Category::Practice => self.text("实践", "Practice"),
        }
    }

    fn text(&self, chinese: &'static str, english: &'static str) -> &'static str {
        if self.chinese { chinese } else { english }
    }
}

impl eframe::App for PlannerApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_contents(ui);
    }
}
