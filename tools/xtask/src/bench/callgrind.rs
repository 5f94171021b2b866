//! Instruction counts per op with valgrind's callgrind.
use super::options::Options;
use super::run::{bench_env, parse_lines, run_captured};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Instruction counts per op: one callgrind run per executable, each case dumped
/// separately (`--dump-after=bench_measure`).
pub(super) fn callgrind_program(
    exe: &Path,
    o: &Options,
    filter: Option<&str>,
    scratch: &Path,
) -> Result<Vec<(String, f64)>, String> {
    let base = scratch.join(format!(
        "cg.{}",
        exe.file_name().and_then(|n| n.to_str()).unwrap_or("x")
    ));
    clear_dumps(&base);
    let mut cmd = Command::new("valgrind");
    cmd.arg("--tool=callgrind")
        .arg(format!("--callgrind-out-file={}", base.display()))
        .args([
            "--collect-atstart=no",
            "--toggle-collect=bench_measure",
            "--dump-after=bench_measure",
        ])
        .arg(exe)
        .args(["-n", o.callgrind_iters()]);
    if let Some(f) = filter {
        cmd.args(["-f", f]);
    }
    let out = run_captured(bench_env(&mut cmd))?;
    let cases = parse_lines(&out);
    let mut res = Vec::new();
    for (i, (case, iters, _)) in cases.into_iter().enumerate() {
        let dump = PathBuf::from(format!("{}.{}", base.display(), i + 1));
        let ir = callgrind_total(&dump)?;
        res.push((case, ir as f64 / iters.max(1.0)));
    }
    clear_dumps(&base);
    Ok(res)
}

/// Instructions of a whole run (for startup).
pub(super) fn callgrind_whole(exe: &Path, scratch: &Path) -> Result<f64, String> {
    let base = scratch.join(format!(
        "cg.{}",
        exe.file_name().and_then(|n| n.to_str()).unwrap_or("x")
    ));
    clear_dumps(&base);
    let mut cmd = Command::new("valgrind");
    cmd.arg("--tool=callgrind")
        .arg(format!("--callgrind-out-file={}", base.display()))
        .arg(exe);
    run_captured(bench_env(&mut cmd))?;
    let ir = callgrind_total(&base)?;
    clear_dumps(&base);
    Ok(ir as f64)
}

pub(super) fn callgrind_total(dump: &Path) -> Result<u64, String> {
    let text = std::fs::read_to_string(dump).map_err(|e| format!("{}: {e}", dump.display()))?;
    text.lines()
        .find_map(|l| {
            l.strip_prefix("totals:")
                .or_else(|| l.strip_prefix("summary:"))
        })
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .ok_or(format!("{}: no totals line", dump.display()))
}

pub(super) fn clear_dumps(base: &Path) {
    let (Some(dir), Some(name)) = (base.parent(), base.file_name().and_then(|n| n.to_str())) else {
        return;
    };
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let f = e.file_name();
            let f = f.to_string_lossy();
            if f == name || f.strip_prefix(name).is_some_and(|r| r.starts_with('.')) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}
