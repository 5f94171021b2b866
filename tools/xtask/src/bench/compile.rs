//! Building each benchmark program for every column.
use super::options::Libc;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Compiles `src` to `out`; on failure, a one-line reason (the missing symbols if the
/// link failed, else the first error).
pub(super) fn build(
    compiler: &[String],
    flags: &[&str],
    src: &Path,
    out: &Path,
) -> Result<PathBuf, String> {
    let res = Command::new(&compiler[0])
        .args(&compiler[1..])
        .args(flags)
        .arg("-O2")
        .arg(src)
        .arg("-o")
        .arg(out)
        .output()
        .map_err(|e| format!("{}: {e}", compiler[0]))?;
    if res.status.success() {
        return Ok(out.to_path_buf());
    }
    let err = String::from_utf8_lossy(&res.stderr);
    let mut missing: Vec<&str> = err
        .split("undefined reference to `")
        .skip(1)
        .filter_map(|s| s.split('\'').next())
        .collect();
    missing.sort_unstable();
    missing.dedup();
    if !missing.is_empty() {
        return Err(format!("missing {}", missing.join(", ")));
    }
    let first = err
        .lines()
        .find(|l| l.contains("error"))
        .unwrap_or("build failed");
    Err(first
        .split("error: ")
        .last()
        .unwrap_or(first)
        .trim()
        .to_string())
}

/// Builds one program for every column into `bin`.
pub(super) fn build_all(
    program: &str,
    libcs: &[Libc],
    src: &Path,
    bin: &Path,
) -> Vec<Result<PathBuf, String>> {
    libcs
        .iter()
        .map(|l| {
            build(
                &l.compiler,
                l.flags,
                src,
                &bin.join(format!("{program}-{}", l.name)),
            )
        })
        .collect()
}

/// The startup table: rows static and dynamic; per row and column, the executable.
pub(super) fn build_startup(
    libcs: &[Libc],
    src: &Path,
    bin: &Path,
) -> Vec<(String, Vec<Result<PathBuf, String>>)> {
    let mut rows = Vec::new();
    for (row, dynamic) in [("startup/static", false), ("startup/dynamic", true)] {
        let exes = libcs
            .iter()
            .map(|l| {
                let mut flags: Vec<&str> = l
                    .flags
                    .iter()
                    .copied()
                    .filter(|f| *f != "-static")
                    .collect();
                if !dynamic {
                    flags.push("-static");
                } else if l.name == "glibc-static" {
                    return Err("same as glibc".to_string());
                }
                let kind = if dynamic { "dynamic" } else { "static" };
                build(
                    &l.compiler,
                    &flags,
                    src,
                    &bin.join(format!("startup-{kind}-{}", l.name)),
                )
            })
            .collect();
        rows.push((row.to_string(), exes));
    }
    rows
}
