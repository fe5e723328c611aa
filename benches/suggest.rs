#![allow(clippy::expect_used)] // a missing shipped file should stop the benchmark

//! Issue 24's figure: the whole suggestion on the shipped library with the seed survey
//! (6 terms, 130–160 credits, at most 32 credits a term): time, score and whether it is proved
//! optimal. `cargo bench --bench suggest`.

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use curriculum_planner::analysis::suggestion::{Budget, Problem, solve};
use curriculum_planner::io::{Document, load_document, load_survey};

fn main() {
    let library = match load_document(Path::new("assets/library.ron")).expect("the shipped library")
    {
        Document::Library(library) => library,
        _ => panic!("assets/library.ron is not a library"),
    };
    let survey =
        load_survey(Path::new("assets/surveys/jiaxing-2018.ron")).expect("the seed survey");
    let budget = Budget {
        terms: 6,
        credits: (130.0, 160.0),
        hours: None,
        term_credits: Some(32.0),
    };
    let started = Instant::now();
    let problem = Problem::from_library(&library, &survey, &budget, &HashMap::new());
    let suggested = solve(&problem);
    let elapsed = started.elapsed();
    match suggested {
        Ok(suggested) => println!(
            "shipped library ({} modules): score {:.4}, optimal {}, gap {:.4}, {:.2} s",
            problem.candidates.len(),
            suggested.score,
            suggested.optimal,
            suggested.gap(),
            elapsed.as_secs_f64()
        ),
        Err(error) => println!(
            "shipped library: {error} after {:.2} s",
            elapsed.as_secs_f64()
        ),
    }
}
