//! Running benchmark programs: the fixed environment, a timeout, output parsing, spawn timing.
use super::options::RUN_TIMEOUT;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The environment every benchmark runs in, the same for each libc. getenv.c depends on
/// the order (Command sorts by name): AAA_FIRST first, ZZZ_LAST last.
pub(super) fn bench_env(cmd: &mut Command) -> &mut Command {
    cmd.env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("TZ", "Europe/Berlin")
        .env("AAA_FIRST", "1")
        .env("ZZZ_LAST", "1");
    for i in 0..40 {
        cmd.env(
            format!("BENCH_FILL_{i:02}"),
            "some value of moderate length",
        );
    }
    cmd
}

/// Runs `cmd` to completion within RUN_TIMEOUT; returns its standard output.
pub(super) fn run_captured(cmd: &mut Command) -> Result<String, String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    // The programs print a few kilobytes at most: well within a pipe's buffer.
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > RUN_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err("timed out".into());
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if !status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(format!("{status} {}", err.lines().next().unwrap_or("")));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `<case> <value> <unit>` lines; anything else is ignored.
pub(super) fn parse_lines(text: &str) -> Vec<(String, f64, String)> {
    text.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            match f[..] {
                [case, value, unit] => {
                    Some((case.to_string(), value.parse().ok()?, unit.to_string()))
                }
                _ => None,
            }
        })
        .collect()
}

/// Spawns `exe` `n` times, waiting for each; the mean time of one spawn in ns.
pub(super) fn time_spawns(exe: &Path, n: usize) -> Result<f64, String> {
    let start = Instant::now();
    for _ in 0..n {
        let status = bench_env(&mut Command::new(exe))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("exited with {status}"));
        }
    }
    Ok(start.elapsed().as_nanos() as f64 / n as f64)
}

/// Column order for run `r`: rotated, so no libc always goes first.
pub(super) fn rotation(n: usize, r: usize) -> impl Iterator<Item = usize> {
    (0..n).map(move |i| (i + r) % n)
}
