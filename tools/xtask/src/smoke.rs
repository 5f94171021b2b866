//! The sysroot smoke test in `cargo xtask test`: `rcc-wrapper` with each available
//! compiler (gcc, clang) in every link mode builds `examples/hello.c`, the program runs
//! (directly, and through `libc.so ./prog` for dynamic ones) and prints the greeting;
//! a static hello must not pull in Rust's formatting machinery (size guard).
use crate::util::{output, root};
use std::path::Path;
use std::process::Command;

const GREETING: &str = "Hello from rcc!\n";

fn check_run(cmd: &mut Command, what: &str) -> Result<(), String> {
    let out = cmd.output().map_err(|e| format!("{what}: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    if out.status.success() && text == GREETING {
        Ok(())
    } else {
        Err(format!("{what}: status {}, stdout {text:?}", out.status))
    }
}

pub fn smoke(prefix: &Path) -> Result<String, String> {
    let wrapper = prefix.join("bin/rcc-wrapper");
    let libc_so = prefix.join("lib/libc.so");
    let dir = crate::util::target_dir().join("smoke");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let src = root().join("examples/hello.c");
    let compilers: Vec<&str> = ["gcc", "clang"]
        .into_iter()
        .filter(|c| {
            Command::new(c)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .collect();
    let modes: [(&str, &[&str], bool); 4] = [
        ("pie", &[], true),
        ("no-pie", &["-no-pie"], true),
        ("static", &["-static"], false),
        ("static-pie", &["-static-pie"], false),
    ];
    let mut count = 0;
    for cc in &compilers {
        for (mode, flags, dynamic) in modes {
            let exe = dir.join(format!("hello-{cc}-{mode}"));
            let what = format!("RCC_CC={cc} rcc-wrapper {}", flags.join(" "));
            let built = Command::new(&wrapper)
                .env("RCC_CC", cc)
                .args(flags)
                .arg("-O2")
                .arg(&src)
                .arg("-o")
                .arg(&exe)
                .output()
                .map_err(|e| format!("{what}: {e}"))?;
            if !built.status.success() {
                return Err(format!(
                    "{what}: build failed\n{}",
                    String::from_utf8_lossy(&built.stderr)
                ));
            }
            check_run(&mut Command::new(&exe), &what)?;
            count += 1;
            if dynamic {
                let interp = output(Command::new("readelf").arg("-l").arg(&exe))?;
                if !interp.contains(&*libc_so.to_string_lossy()) {
                    return Err(format!("{what}: interpreter is not {}", libc_so.display()));
                }
                check_run(
                    Command::new(&libc_so).arg(&exe),
                    &format!("libc.so ./{mode} ({cc})"),
                )?;
                count += 1;
            } else {
                let syms = output(Command::new("nm").arg(&exe))?;
                if let Some(s) = syms.lines().find(|l| l.contains("core3fmt")) {
                    return Err(format!("{what}: static hello links core::fmt ({s})"));
                }
            }
        }
    }
    Ok(format!(
        "smoke: {count} builds and runs ok with {}",
        compilers.join(", ")
    ))
}
