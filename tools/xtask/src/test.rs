//! `cargo xtask test`: the whole test command — unit tests, the sysroot, the ABI check,
//! the exports snapshot, header coverage, and the conformance suite against rcc, musl and glibc.
use crate::util::{root, run};
use std::path::Path;
use std::process::Command;

pub fn test(prefix: &Path) -> Result<(), String> {
    let root = root();
    println!("== cargo test (workspace)");
    run(Command::new(env!("CARGO")).current_dir(&root).args([
        "test",
        "--workspace",
        "--release",
        "--quiet",
    ]))?;
    println!("== sysroot");
    crate::sysroot::install(prefix)?;
    println!("== rcc-wrapper smoke test");
    println!("{}", crate::smoke::smoke(prefix)?);
    println!("== ABI check against musl's headers");
    let scratch = crate::util::target_dir().join("abi-check");
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let summary = crate::abi_check::run(
        &prefix.join("include"),
        Path::new("/usr/include/x86_64-linux-musl"),
        &root.join("arch/x86_64/syscalls.tbl"),
        &scratch,
    )?;
    println!("{summary}");
    println!("== exported symbols");
    println!("{}", crate::exports::check(&prefix.join("lib"), false)?);
    println!("== header coverage (every declared function is defined)");
    let table = crate::coverage::check(prefix)?;
    println!("{}", table.lines().last().unwrap_or(""));
    println!("== conformance suite (libc-test)");
    run(Command::new(env!("CARGO"))
        .current_dir(&root)
        .args([
            "run",
            "--quiet",
            "--release",
            "-p",
            "libc-test",
            "--",
            "--sysroot",
        ])
        .arg(prefix))
}
