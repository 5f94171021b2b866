//! `cargo xtask`: build, link, install, test, demo.
//!
//! - `sysroot [--prefix DIR]`: build libc.a, libc.so, crt objects, headers, rcc-wrapper.
//! - `demo`: the sysroot, then examples/hello.c static and dynamic, run and sized.
//! - `test`: cargo test, the sysroot, ABI check, exports snapshot, the conformance suite.
//! - `bless`: rewrite the exports snapshot after a deliberate ABI change.
//! - `coverage`: functions declared per header; fails if one is not defined by libc.so.
//! - `bench`: the process-level benchmark report (see benches/README.md).
mod abi_check;
mod bench;
mod coverage;
mod demo;
mod exports;
mod smoke;
mod syscall_h;
mod sysroot;
mod test;
mod util;

use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let prefix = args
        .iter()
        .position(|a| a == "--prefix")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
        .unwrap_or_else(sysroot::default_prefix);
    let result = match args.first().map(String::as_str) {
        Some("sysroot") => sysroot::install(&prefix),
        Some("demo") => demo::demo(&prefix),
        Some("test") => test::test(&prefix),
        Some("coverage") => sysroot::install(&prefix)
            .and_then(|()| coverage::check(&prefix).map(|t| println!("{t}"))),
        Some("bench") => bench::bench(&prefix, &args[1..]),
        Some("bless") => sysroot::install(&prefix)
            .and_then(|()| exports::check(&prefix.join("lib"), true))
            .map(|m| println!("{m}")),
        _ => Err(
            "usage: cargo xtask <sysroot | demo | test | bless | coverage | bench> [--prefix DIR]"
                .to_string(),
        ),
    };
    if let Err(e) = result {
        eprintln!("xtask: {e}");
        std::process::exit(1);
    }
}
