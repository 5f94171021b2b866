//! Compiling one C test against one libc.

use crate::matrix::{Ended, Libc};
use crate::run;
use crate::spec::Spec;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// Flags every test is compiled with, before its own `cflags`.
pub const BASE_CFLAGS: &[&str] = &["-O1", "-std=gnu11", "-Wall"];

const BUILD_TIMEOUT: Duration = Duration::from_secs(120);

/// The compiler command line prefix for `libc`, or why there is none.
pub fn compiler(libc: Libc, sysroot: &Path) -> Result<Command, String> {
    let wrapper = sysroot.join("bin/rcc-wrapper");
    let cmd = match libc {
        Libc::RccStatic | Libc::RccDynamic => {
            if !wrapper.is_file() {
                return Err(format!("{} does not exist", wrapper.display()));
            }
            let mut cmd = Command::new(&wrapper);
            if libc == Libc::RccStatic {
                cmd.arg("-static");
            }
            cmd
        }
        Libc::Musl => {
            let mut cmd = Command::new("musl-gcc");
            cmd.arg("-static");
            cmd
        }
        Libc::Glibc => Command::new("cc"),
    };
    Ok(cmd)
}

/// Builds `source` into `dir/test`; on failure returns the build log.
pub fn build(
    source: &Path,
    common: &Path,
    spec: &Spec,
    libc: Libc,
    sysroot: &Path,
    dir: &Path,
) -> Result<PathBuf, String> {
    let mut cmd = compiler(libc, sysroot)?;
    let exe = dir.join("test");
    cmd.args(BASE_CFLAGS)
        .args(&spec.cflags)
        .arg("-I")
        .arg(common)
        .arg(source)
        .arg("-o")
        .arg(&exe)
        .current_dir(dir);
    let log = dir.join("build.log");
    let io = run::Io {
        stdin: None,
        stdout: &log,
        stderr: &log,
    };
    let text = || std::fs::read_to_string(&log).unwrap_or_default();
    match run::run(cmd, &io, BUILD_TIMEOUT) {
        Ok(Ended::Exited(0)) if exe.is_file() => Ok(exe),
        Ok(Ended::Exited(0)) => Err(format!("compiler produced no {}", exe.display())),
        Ok(Ended::Exited(code)) => Err(format!("compiler exited {code}\n{}", text())),
        Ok(Ended::Signaled(sig)) => Err(format!("compiler killed by signal {sig}\n{}", text())),
        Ok(Ended::TimedOut) => Err("compiler timed out".into()),
        Err(e) => Err(format!("cannot run compiler: {e}")),
    }
}
