//! `cargo xtask bench --interleaved [--against REV]`: rcc's string functions against the
//! host glibc's inside one process, batch by batch (`benches/ab/string.c`), for
//! differences smaller than the process-level report's noise. `--against REV` adds the
//! same functions built from git revision REV, to measure a change.
use super::options::Options;
use crate::util::{cc, output, root, run, target_dir};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `archive` with every symbol renamed `<prefix><name>`, written to `out`.
pub(super) fn prefixed(archive: &Path, prefix: &str, out: &Path) -> Result<(), String> {
    run(Command::new("objcopy")
        .arg(format!("--prefix-symbols={prefix}"))
        .arg(archive)
        .arg(out))
}

/// Builds the sysroot of git revision `rev` in a scratch worktree under `dir`; returns its
/// libc.a.
fn build_revision(rev: &str, dir: &Path) -> Result<PathBuf, String> {
    let tree = dir.join("old-tree");
    let repo = root();
    if tree.exists() {
        let _ = run(Command::new("git")
            .current_dir(&repo)
            .args(["worktree", "remove", "--force"])
            .arg(&tree));
        let _ = std::fs::remove_dir_all(&tree);
    }
    run(Command::new("git")
        .current_dir(&repo)
        .args(["worktree", "add", "--detach", "--quiet"])
        .arg(&tree)
        .arg(rev))?;
    let sysroot = dir.join("old-sysroot");
    let built = run(Command::new(env!("CARGO"))
        .current_dir(&tree)
        .env("CARGO_TARGET_DIR", dir.join("old-target"))
        .args(["xtask", "sysroot", "--prefix"])
        .arg(&sysroot));
    let _ = run(Command::new("git")
        .current_dir(&repo)
        .args(["worktree", "remove", "--force"])
        .arg(&tree));
    built.map(|()| sysroot.join("lib/libc.a"))
}

/// Code offsets (bytes) at which the benchmark program is built: rcc's functions (and the
/// old revision's) move by these, through every 16-byte position of a 64-byte line.
const PADS: [usize; 4] = [0, 16, 32, 48];

/// Per case: at each code offset, the best time of each libc over the processes; and
/// each process's ratio.
struct Case {
    best: [[f64; 3]; PADS.len()],
    ratios: Vec<f64>,
}

impl Case {
    /// Libc `k`'s time: the median over the code offsets of its best time at each.
    fn time(&self, k: usize) -> f64 {
        let mut v: Vec<f64> = self.best.iter().map(|b| b[k]).collect();
        v.sort_by(f64::total_cmp);
        (v[v.len() / 2 - 1] + v[v.len() / 2]) / 2.0
    }

    /// The slowest over the fastest of rcc's best times at the code offsets.
    fn spread(&self) -> f64 {
        let v = self.best.iter().map(|b| b[0]);
        v.clone().fold(0.0, f64::max) / v.fold(f64::INFINITY, f64::min)
    }
}

pub(super) fn interleaved(prefix: &Path, o: &Options) -> Result<(), String> {
    let dir = target_dir().join("bench/ab");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mine = dir.join("librcc-prefixed.a");
    prefixed(&prefix.join("lib/libc.a"), "rcc_", &mine)?;
    let mut link = vec![mine];
    if let Some(rev) = &o.against {
        println!("building {rev}");
        let theirs = dir.join("libold-prefixed.a");
        prefixed(&build_revision(rev, &dir)?, "old_", &theirs)?;
        link.push(theirs);
    }
    let mut exes = Vec::new();
    for pad in PADS {
        let exe = dir.join(format!("string-{pad}"));
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(format!("{} \"$@\"", cc()))
            .arg("cc")
            .args(["-O2", "-no-pie", "-Wl,--gc-sections", "-o"])
            .arg(&exe)
            .arg(format!("-DPAD={pad}"))
            .arg(root().join("benches/ab/string.c"))
            .args(&link);
        if o.against.is_some() {
            cmd.arg("-DWITH_OLD");
        }
        run(&mut cmd)?;
        exes.push(exe);
    }

    let rounds = if o.quick { "5" } else { "15" };
    let mut cases: BTreeMap<String, Case> = BTreeMap::new();
    let mut order = Vec::new();
    for r in 0..o.runs {
        println!(
            "process {}/{} (at {} code offsets)",
            r + 1,
            o.runs,
            PADS.len()
        );
        for (p, exe) in exes.iter().enumerate() {
            let mut cmd = Command::new(exe);
            cmd.args(["-r", rounds]);
            if let Some(f) = &o.filter {
                cmd.args(["-f", f]);
            }
            for line in output(&mut cmd)?.lines() {
                let w: Vec<&str> = line.split_whitespace().collect();
                let val = |i: usize| w.get(i).and_then(|v| v.parse::<f64>().ok());
                let (Some(rcc), Some(glibc)) = (val(2), val(4)) else {
                    continue;
                };
                let old = val(6).unwrap_or(f64::NAN);
                let c = cases.entry(w[0].to_string()).or_insert_with(|| {
                    order.push(w[0].to_string());
                    Case {
                        best: [[f64::INFINITY; 3]; PADS.len()],
                        ratios: Vec::new(),
                    }
                });
                for (b, v) in c.best[p].iter_mut().zip([rcc, glibc, old]) {
                    *b = b.min(v);
                }
                c.ratios.push(glibc / rcc);
            }
        }
    }
    let md = table(&order, &cases, o.against.as_deref());
    let path = target_dir().join("bench/interleaved.md");
    std::fs::write(&path, &md).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("\n{md}\nreport: {}", path.display());
    Ok(())
}

/// The report: per case the times (`Case::time`), glibc's over rcc's, the median of the
/// per-process ratios, rcc's spread over the code offsets and, with `--against`, the
/// old revision's time over rcc's.
fn table(order: &[String], cases: &BTreeMap<String, Case>, against: Option<&str>) -> String {
    let mut md = String::from(
        "| case | rcc ns | glibc ns | vs glibc | vs glibc (median of processes) | rcc spread over offsets |",
    );
    if let Some(rev) = against {
        let _ = write!(md, " {rev} ns | vs {rev} |");
    }
    md.push_str("\n|---|---:|---:|---:|---:|---:|");
    if against.is_some() {
        md.push_str("---:|---:|");
    }
    md.push('\n');
    let mut below = 0;
    for name in order {
        let c = &cases[name];
        let mut r = c.ratios.clone();
        r.sort_by(f64::total_cmp);
        let median = r[r.len() / 2];
        let (rcc, glibc) = (c.time(0), c.time(1));
        let ratio = glibc / rcc;
        if ratio < 1.0 {
            below += 1;
        }
        let _ = write!(
            md,
            "| {name} | {rcc:.2} | {glibc:.2} | {ratio:.2}× | {median:.2}× | {:.2} |",
            c.spread()
        );
        if against.is_some() {
            let old = c.time(2);
            let _ = write!(md, " {old:.2} | {:.2}× |", old / rcc);
        }
        md.push('\n');
    }
    let _ = writeln!(
        md,
        "\n{below} of {} cases below 1.0× glibc. Times: per code offset of rcc's functions \
         ({PADS:?} bytes), the best over the processes; then the mean of the middle two \
         over the offsets.",
        order.len()
    );
    md
}
