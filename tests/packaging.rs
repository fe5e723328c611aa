//! What the installers take from the tree: the console front answers as the program does, the
//! uninstaller removes every example plan it installs, the .deb's files exist, the desktop
//! entry and the icons are what desktops ask for.

use std::path::Path;
use std::process::Command;

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

fn run(program: &str, arguments: &[&str]) -> std::io::Result<(Option<i32>, Vec<u8>, Vec<u8>)> {
    let output = Command::new(program).args(arguments).output()?;
    Ok((output.status.code(), output.stdout, output.stderr))
}

#[test]
fn the_console_front_prints_what_the_program_prints_and_returns_its_exit_code() -> Result {
    let program = env!("CARGO_BIN_EXE_curriculum-planner");
    let front = env!("CARGO_BIN_EXE_curriculum-planner-console");
    let missing = std::env::temp_dir().join("no-such-plan-here.ron");
    let missing = missing.to_string_lossy();
    let cases: [&[&str]; 4] = [
        &["check", "curricula/cbec-higher-vocational-3-year.ron"],
        &[
            "report",
            "--json",
            "curricula/pinghu-stroller-bag-staff-short-course.ron",
        ],
        &["check", &missing],
        &["--version"],
    ];
    for arguments in cases {
        let expected = run(program, arguments)?;
        let through_front = run(front, arguments)?;
        assert_eq!(through_front, expected, "{arguments:?}");
    }
    // A failing case really fails, so the exit codes above are not all 0.
    assert_ne!(run(front, &["check", &missing])?.0, Some(0));
    Ok(())
}

#[test]
fn the_uninstaller_removes_every_example_plan_the_installer_puts_in() -> Result {
    let script = std::fs::read_to_string("packaging/windows/installer.nsi")?;
    let uninstall = after(&script, "Section \"Uninstall\"")?;
    assert!(script.contains(r#"File "${STAGING}\curricula\*.ron""#));
    for entry in std::fs::read_dir("curricula")? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.ends_with(".ron") {
            let line = format!(r#"Delete "$INSTDIR\examples\{name}""#);
            assert!(uninstall.contains(&line), "the uninstaller leaves {name}");
        }
    }
    // Only what it installed: never a recursive delete of a folder a user can write to.
    assert!(!uninstall.contains("RMDir /r"));
    Ok(())
}

#[test]
fn every_file_the_debian_package_takes_exists() -> Result {
    let manifest = std::fs::read_to_string("Cargo.toml")?;
    let assets = after(&manifest, "assets = [")?
        .split("\n]")
        .next()
        .unwrap_or_default();
    let mut checked = 0;
    for line in assets.lines() {
        let Some(source) = line
            .trim()
            .strip_prefix("[\"")
            .and_then(|rest| rest.split('"').next())
        else {
            continue;
        };
        if source.starts_with("target/") {
            continue;
        }
        if let Some(folder) = source.strip_suffix("/*.ron") {
            assert!(
                std::fs::read_dir(folder)?.count() > 0,
                "{source} matches nothing"
            );
        } else {
            assert!(
                Path::new(source).is_file(),
                "the .deb takes {source}, which is missing"
            );
        }
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} assets read");
    Ok(())
}

#[test]
fn the_desktop_entry_names_the_app_in_both_languages_and_finds_its_icon() -> Result {
    let entry = std::fs::read_to_string("packaging/linux/curriculum-planner.desktop")?;
    let lines: Vec<&str> = entry.lines().collect();
    for expected in [
        "Name=Curriculum Planner",
        "Name[zh_CN]=课程规划",
        "Exec=curriculum-planner %f",
        "Icon=curriculum-planner",
        "Type=Application",
    ] {
        assert!(
            lines.contains(&expected),
            "the desktop entry lacks {expected}"
        );
    }
    assert!(Path::new("assets/icon/curriculum-planner.svg").is_file());
    Ok(())
}

/// Width and height from a PNG's header.
fn png_size(path: &str) -> std::io::Result<(u32, u32)> {
    let bytes = std::fs::read(path)?;
    let number = |at: usize| {
        bytes
            .get(at..at + 4)
            .and_then(|slice| slice.try_into().ok())
            .map_or(0, u32::from_be_bytes)
    };
    Ok((number(16), number(20)))
}

#[test]
fn the_icon_comes_in_the_sizes_desktops_and_windows_ask_for() -> Result {
    for size in [16, 24, 32, 48, 64, 128, 256, 512] {
        let path = format!("assets/icon/curriculum-planner-{size}.png");
        assert_eq!(png_size(&path)?, (size, size), "{path}");
    }
    // The ICO's directory: a count, then 16 bytes an image, width and height first (0 = 256).
    let ico = std::fs::read("assets/icon/curriculum-planner.ico")?;
    assert_eq!(ico.get(..4), Some(&[0, 0, 1, 0][..]), "not an icon file");
    let count = usize::from(ico.get(4).copied().unwrap_or(0));
    let sizes: Vec<u32> = (0..count)
        .filter_map(|index| ico.get(6 + 16 * index).copied())
        .map(|width| if width == 0 { 256 } else { u32::from(width) })
        .collect();
    for size in [16, 32, 48, 256] {
        assert!(
            sizes.contains(&size),
            "the ICO lacks {size}×{size}: {sizes:?}"
        );
    }
    Ok(())
}

/// The text after the first `marker`, or an error naming the marker that is missing.
fn after<'a>(text: &'a str, marker: &str) -> std::result::Result<&'a str, String> {
    text.split_once(marker)
        .map(|(_, rest)| rest)
        .ok_or_else(|| format!("no {marker:?}"))
}
