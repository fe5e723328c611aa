//! Files made to hurt: workbooks that declare sizes no export has, damaged .xls files, and
//! plan templates that loop, recurse exponentially or load a huge image. Each ends in a
//! plain message within the worker's limits; the process that asked lives on, and no file
//! is left half-written.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use std::path::{Path, PathBuf};

use rand::RngExt;

use curriculum_planner::model::Plan;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `survey import FILE --lang en` with short limits so that a hang ends soon.
fn import(path: &Path) -> std::process::Output {
    common::run_planner(&[
        "survey",
        "import",
        "--lang",
        "en",
        "--worker-time",
        "20",
        "--worker-memory",
        "512",
        path.to_str().unwrap(),
    ])
}

fn assert_refused_plainly(output: &std::process::Output, expected: &[&str]) {
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        expected.iter().any(|words| stderr.contains(words)),
        "expected one of {expected:?} in: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.len() < 2_000, "a short message: {stderr}");
}

#[test]
fn a_workbook_declaring_a_far_corner_cell_is_refused_with_a_message() {
    let folder = tempfile::tempdir().unwrap();
    let far = common::hostile::far_corner_workbook(folder.path());
    assert_refused_plainly(
        &import(&far),
        &["declares a sheet of 1048576 rows × 16384 columns, more than any questionnaire"],
    );
}

#[test]
fn a_workbook_declaring_four_billion_shared_strings_is_refused_with_a_message() {
    let folder = tempfile::tempdir().unwrap();
    let strings = common::hostile::huge_string_count_workbook(folder.path());
    assert_refused_plainly(
        &import(&strings),
        &["declares 4294967295 shared texts, more than any questionnaire"],
    );
}

fn xls_fixture() -> Vec<u8> {
    std::fs::read(common::repository_path(
        "tests/fixtures/questionnaires/wenjuanxing-40.xls",
    ))
    .unwrap()
}

#[test]
fn the_xls_fixture_reads_whole() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("whole.xls");
    std::fs::write(&path, xls_fixture()).unwrap();
    let output = import(&path);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("40 respondents"));
}

/// Damaged copies of the .xls fixture that make the spreadsheet library panic (a slice
/// index past the end, a failed assertion) or ask for more memory than any questionnaire
/// needs, found by `a_cut_off_or_byte_flipped_xls_gets_a_message_never_a_crash`'s search.
#[test]
fn an_xls_that_crashes_the_reader_gets_a_message_and_the_command_lives_on() {
    let folder = tempfile::tempdir().unwrap();
    let whole = xls_fixture();
    let mut flipped = whole.clone();
    for (at, value) in [(9059, 216), (3365, 46), (4897, 111)] {
        flipped[at] ^= value;
    }
    let cases: [(&str, Vec<u8>, &str); 4] = [
        (
            "cut-8629",
            whole[..8629].to_vec(),
            "is damaged and cannot be read (slice index",
        ),
        (
            "cut-8821",
            whole[..8821].to_vec(),
            "is damaged and cannot be read (assertion",
        ),
        (
            "cut-8768",
            whole[..8768].to_vec(),
            "is damaged and cannot be read (index out of bounds",
        ),
        (
            "flipped",
            flipped,
            "asks for more memory than a questionnaire can need",
        ),
    ];
    for (name, bytes, expected) in cases {
        let path = folder.path().join(format!("{name}.xls"));
        std::fs::write(&path, bytes).unwrap();
        let output = import(&path);
        assert_refused_plainly(&output, &[expected]);
        assert!(
            text(&output.stderr).starts_with(path.to_str().unwrap()),
            "{name}: the file is named first"
        );
    }
}

#[test]
fn a_cut_off_or_byte_flipped_xls_gets_a_message_never_a_crash() {
    let folder = tempfile::tempdir().unwrap();
    let whole = xls_fixture();
    // A small search, the same every run: cut-offs and 1–4 flipped bytes.
    let mut random = <rand_pcg::Pcg64 as rand::SeedableRng>::seed_from_u64(2026);
    for case in 0..40 {
        let mut bytes = whole.clone();
        if case % 3 == 0 {
            bytes.truncate(RngExt::random_range(&mut random, 512..whole.len()));
        } else {
            for _ in 0..RngExt::random_range(&mut random, 1..=4) {
                let at = RngExt::random_range(&mut random, 0..bytes.len());
                bytes[at] ^= RngExt::random_range(&mut random, 1..=255u8);
            }
        }
        let path = folder.path().join(format!("case-{case}.xls"));
        std::fs::write(&path, bytes).unwrap();
        let output = import(&path);
        let stderr = text(&output.stderr);
        // A flip in an unused byte may leave the file readable; anything else is a message.
        assert!(
            matches!(output.status.code(), Some(0 | 2)),
            "case {case}: {:?} {stderr}",
            output.status
        );
        if output.status.code() == Some(2) {
            assert!(
                stderr.starts_with(path.to_str().unwrap()),
                "case {case}: {stderr}"
            );
            assert!(stderr.len() < 2_000, "case {case}: {stderr}");
        }
    }
}

/// The 3-year plan in `folder`, printing with its own template `template.typ` (`source`).
fn plan_with_template(folder: &Path, source: &str) -> PathBuf {
    let mut plan: Plan = curriculum_planner::io::load_plan(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    plan.document.template = Some(String::from("template.typ"));
    std::fs::write(folder.join("template.typ"), source).unwrap();
    let path = folder.join("plan.ron");
    curriculum_planner::io::save_plan(&path, &plan).unwrap();
    path
}

fn export_pdf(plan: &Path, output: &Path) -> std::process::Output {
    common::run_planner(&[
        "export",
        "--lang",
        "en",
        "--worker-time",
        "10",
        "--worker-memory",
        "1024",
        plan.to_str().unwrap(),
        "--pdf",
        output.to_str().unwrap(),
    ])
}

/// A WebAssembly module exporting its memory and `run: (i32) -> i32`, whose body is
/// `loop br 0 end unreachable`: it never returns.
const LOOPING_PLUGIN: &[u8] = &[
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
    0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f, // types: (i32) -> i32
    0x03, 0x02, 0x01, 0x00, // functions: one of type 0
    0x05, 0x03, 0x01, 0x00, 0x01, // memory: one page
    0x07, 0x10, 0x02, // exports: two
    0x06, b'm', b'e', b'm', b'o', b'r', b'y', 0x02, 0x00, // "memory", memory 0
    0x03, b'r', b'u', b'n', 0x00, 0x00, // "run", function 0
    0x0a, 0x0a, 0x01, 0x08, 0x00, // code: one body of 8 bytes, no locals
    0x03, 0x40, 0x0c, 0x00, 0x0b, 0x00, 0x0b, // loop br 0 end unreachable end
];

#[test]
fn a_template_with_a_looping_plugin_is_stopped_at_the_time_limit() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("loop.wasm"), LOOPING_PLUGIN).unwrap();
    let plan = plan_with_template(
        folder.path(),
        "#let p = plugin(\"loop.wasm\")\n#str(p.run(bytes(\"x\")))\n",
    );
    let output_path = folder.path().join("out.pdf");
    let output = export_pdf(&plan, &output_path);
    assert_refused_plainly(
        &output,
        &["did not finish laying out the document within 10 s"],
    );
    assert!(!output_path.exists(), "nothing half-written");
}

#[test]
fn an_exponentially_recursive_template_is_stopped_at_the_time_limit() {
    let folder = tempfile::tempdir().unwrap();
    // Every call has new arguments, so no cache saves the 2^60 calls.
    let plan = plan_with_template(
        folder.path(),
        "#let f(n, path) = if n <= 0 { path.len() } else { f(n - 1, path + \"a\") + f(n - 1, path + \"b\") }\n#f(60, \"\")\n",
    );
    let output_path = folder.path().join("out.pdf");
    let output = export_pdf(&plan, &output_path);
    assert_refused_plainly(
        &output,
        &[
            "did not finish laying out the document within 10 s",
            "asks for more memory than a programme document can need",
        ],
    );
    assert!(!output_path.exists(), "nothing half-written");
}

#[test]
fn a_template_showing_a_50000_pixel_square_image_gets_a_message() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::repository_path("tests/fixtures/templates/huge-image.png"),
        folder.path().join("huge.png"),
    )
    .unwrap();
    let plan = plan_with_template(folder.path(), "#image(\"huge.png\", width: 10cm)\n");
    let output_path = folder.path().join("out.pdf");
    let output = export_pdf(&plan, &output_path);
    assert_refused_plainly(
        &output,
        &["template.typ asks for more memory than a programme document can need"],
    );
    assert!(!output_path.exists(), "nothing half-written");
}

#[test]
fn a_plans_own_template_still_prints_through_the_worker() {
    let folder = tempfile::tempdir().unwrap();
    let plan = plan_with_template(
        folder.path(),
        "#let data = json(sys.inputs.data)\n= #data.at(\"title\", default: \"Plan\")\nPrinted by the plan's own template.\n",
    );
    let output_path = folder.path().join("out.pdf");
    let output = export_pdf(&plan, &output_path);
    assert!(
        output.status.code().unwrap() <= 1,
        "{}",
        text(&output.stderr)
    );
    let pdf = std::fs::read(&output_path).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
}
