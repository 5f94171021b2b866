//! `cargo xtask demo`: build the sysroot, compile `examples/hello.c` with rcc-wrapper
//! statically and dynamically, run both, and compare stripped sizes with musl and glibc.
use crate::util::{cc, root, run};
use std::path::Path;
use std::process::Command;

fn build(compiler: &str, extra: &[&str], out: &Path) -> Result<u64, String> {
    let src = root().join("examples/hello.c");
    run(Command::new(compiler)
        .args(extra)
        .arg("-O2")
        .arg(&src)
        .arg("-o")
        .arg(out))?;
    let stripped = out.with_extension("stripped");
    run(Command::new("strip").arg("-o").arg(&stripped).arg(out))?;
    Ok(std::fs::metadata(&stripped)
        .map_err(|e| e.to_string())?
        .len())
}

fn show(label: &str, exe: &Path, size: Result<u64, String>) -> Result<(), String> {
    match size {
        Ok(n) => {
            let out = Command::new(exe)
                .output()
                .map_err(|e| format!("{}: {e}", exe.display()))?;
            let text = String::from_utf8_lossy(&out.stdout);
            println!(
                "{label:<14} {n:>8} bytes  exit {:<3} {}",
                out.status.code().unwrap_or(-1),
                text.trim_end()
            );
        }
        Err(e) => println!(
            "{label:<14} (not built: {})",
            e.lines().next().unwrap_or("")
        ),
    }
    Ok(())
}

pub fn demo(prefix: &Path) -> Result<(), String> {
    crate::sysroot::install(prefix)?;
    let dir = crate::util::target_dir().join("demo");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let wrapper = prefix.join("bin/rcc-wrapper");
    let wrapper = wrapper.to_str().ok_or("sysroot path is not UTF-8")?;
    println!("examples/hello.c, stripped size and output:");
    let cases: [(&str, &str, &[&str]); 5] = [
        ("rcc static", wrapper, &["-static"]),
        ("rcc dynamic", wrapper, &[]),
        ("musl static", "musl-gcc", &["-static"]),
        ("glibc static", &cc(), &["-static"]),
        ("glibc dynamic", &cc(), &[]),
    ];
    for (label, compiler, flags) in cases {
        let exe = dir.join(label.replace(' ', "-"));
        let size = build(compiler, flags, &exe);
        show(label, &exe, size)?;
    }
    Ok(())
}
