//! For a Windows build only: embeds the icon, the version information Explorer shows and the
//! application manifest (packaging/windows/curriculum-planner.rc). Other targets build nothing.

fn main() {
    println!("cargo::rerun-if-changed=packaging/windows");
    println!("cargo::rerun-if-changed=assets/icon/curriculum-planner.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let version =
        |part: &str| std::env::var(format!("CARGO_PKG_VERSION_{part}")).unwrap_or_default();
    let macros = [
        format!("VERSION_MAJOR={}", version("MAJOR")),
        format!("VERSION_MINOR={}", version("MINOR")),
        format!("VERSION_PATCH={}", version("PATCH")),
    ];
    // The resource goes to the binaries only (the window's and the console front's).
    if let Err(error) = embed_resource::compile("packaging/windows/curriculum-planner.rc", &macros)
        .manifest_required()
    {
        println!("cargo::error=the Windows resource did not compile: {error}");
    }
}
