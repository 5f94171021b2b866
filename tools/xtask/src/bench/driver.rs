//! `cargo xtask bench`: builds each `benches/c/*.c` against rcc, musl and glibc, runs the
//! builds interleaved, and writes the medians and the rcc ratios to `<target>/bench/report.md`.
//!
//! Options: `--filter TEXT` (programs or cases whose name contains TEXT), `--runs N`,
//! `--quick` (short batches, fewer runs), `--callgrind` (instruction counts as well),
//! `--glibc-static` (a `cc -static` column too), `--no-sysroot` (use the installed one),
//! `--criterion` (instead: the criterion benches `benches/string.rs` and `benches/stdio.rs`,
//! rcc vs glibc), `--interleaved` and `--against REV` (instead: rcc's string functions and
//! glibc's, and REV's, in one process; see `interleaved.rs`), `--sweep` (instead: those
//! functions at sizes between the benchmark's and 8 placements; see `sweep.rs`).
use super::callgrind::{callgrind_program, callgrind_whole};
use super::compile::{build_all, build_startup};
use super::options::{Options, STARTUP, case_filter, libcs, programs};
use super::report::{report, startup_table};
use super::run::{bench_env, parse_lines, rotation, run_captured, time_spawns};
use super::table::Table;
use crate::util::{root, target_dir};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The criterion benches: their own workspace (`benches/Cargo.toml`), so that
/// `cargo test --workspace` never builds criterion; built under `<target>/criterion`.
pub(super) fn criterion(o: &Options) -> Result<(), String> {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(root().join("benches"))
        .env("CARGO_TARGET_DIR", target_dir().join("criterion"))
        .args(["bench", "--bench", "string", "--bench", "stdio", "--"]);
    if o.quick {
        cmd.args(["--warm-up-time", "0.5", "--measurement-time", "1"]);
    }
    if let Some(f) = &o.filter {
        cmd.arg(f);
    }
    crate::util::run(&mut cmd)
}

/// Programs always run whole: their cases share set-up that is costly to repeat (stdio
/// writes a 50 MB input file) or state (malloc_rss measures one heap's history).
const WHOLE_RUN: [&str; 2] = ["stdio", "malloc_rss"];

/// Runs `exe` (column `c` of `t`) once with `filter` as its `-f`, adding every case it
/// prints, or only `only` when given; a failure marks the column.
fn measure(
    t: &mut Table,
    c: usize,
    exe: &Path,
    batch: [&str; 4],
    filter: Option<&str>,
    only: Option<&str>,
    libcs: &[super::options::Libc],
) {
    let mut cmd = Command::new(exe);
    cmd.args(batch);
    if let Some(f) = filter {
        cmd.args(["-f", f]);
    }
    match run_captured(bench_env(&mut cmd)) {
        Ok(out) => {
            for (case, v, unit) in parse_lines(&out) {
                if only.is_some_and(|o| o != case) {
                    continue;
                }
                t.add(&case, c, v);
                if unit != "ns/op" {
                    t.case_units.insert(case, unit);
                }
            }
        }
        Err(e) => {
            eprintln!("{} on {}: {e}", t.program, libcs[c].name);
            t.failures[c] = Some(format!("run failed: {e}"));
        }
    }
}

pub fn bench(prefix: &Path, args: &[String]) -> Result<(), String> {
    let o = Options::parse(args)?;
    if o.criterion {
        return criterion(&o);
    }
    if o.sysroot {
        crate::sysroot::install(prefix)?;
    }
    if o.sweep {
        return super::sweep::sweep(prefix, &o);
    }
    if o.interleaved {
        return super::interleaved::interleaved(prefix, &o);
    }
    let src_dir = root().join("benches/c");
    let out_dir = target_dir().join("bench");
    let bin = out_dir.join("bin");
    std::fs::create_dir_all(&bin).map_err(|e| e.to_string())?;
    let libcs = libcs(prefix, &o);
    let ncol = libcs.len();

    // Build everything first, then measure.
    let mut tables = Vec::new();
    let mut exes: Vec<Vec<Option<PathBuf>>> = Vec::new();
    let mut startup_rows = Vec::new();
    for p in programs(&src_dir)? {
        let src = src_dir.join(format!("{p}.c"));
        if p == STARTUP {
            let keep = |row: &str| o.filter.as_deref().is_none_or(|f| row.contains(f));
            startup_rows = build_startup(&libcs, &src, &bin)
                .into_iter()
                .filter(|(row, _)| keep(row))
                .collect();
            tables.push(startup_table(&libcs, &startup_rows, o.spawns()));
            exes.push(Vec::new());
            continue;
        }
        print!("build {p}:");
        let built = build_all(&p, &libcs, &src, &bin);
        let mut t = Table::new(&p, ncol, "ns");
        for (c, b) in built.iter().enumerate() {
            match b {
                Ok(_) => print!(" {}", libcs[c].name),
                Err(e) => {
                    print!(" {} n/a", libcs[c].name);
                    t.failures[c] = Some(e.clone());
                }
            }
        }
        println!();
        exes.push(built.into_iter().map(Result::ok).collect());
        tables.push(t);
    }

    // Measure: run after run, each program on every libc in turn (rotated).
    let batch = o.batch_args();
    for r in 0..o.runs {
        println!("run {}/{}", r + 1, o.runs);
        for (t, ex) in tables.iter_mut().zip(&exes) {
            if t.program == STARTUP {
                continue;
            }
            let filter = case_filter(&o, &t.program);
            if r == 0 || WHOLE_RUN.contains(&t.program.as_str()) {
                // The first run learns the program's cases.
                for c in rotation(ncol, r) {
                    let Some(exe) = &ex[c] else { continue };
                    measure(t, c, exe, batch, filter, None, &libcs);
                }
                continue;
            }
            // Later runs go case by case, each libc in turn, so that the libcs' values for
            // one case are taken within a fraction of a second of each other: this
            // machine's speed drifts over seconds (a shared host), and whole-program runs
            // a few seconds apart compared a case at different speeds.
            for case in t.cases.clone() {
                for c in rotation(ncol, r) {
                    let Some(exe) = &ex[c] else { continue };
                    measure(t, c, exe, batch, Some(&case), Some(&case), &libcs);
                }
            }
        }
        if let Some(st) = tables.iter_mut().find(|t| t.program == STARTUP) {
            for (row, ex) in &startup_rows {
                for c in rotation(ncol, r) {
                    let Ok(exe) = &ex[c] else { continue };
                    match time_spawns(exe, o.spawns()) {
                        Ok(ns) => st.add(row, c, ns),
                        Err(e) => eprintln!("{row} on {}: {e}", libcs[c].name),
                    }
                }
            }
        }
    }
    // Drop what the filter left empty, keeping `exes` aligned with `tables`.
    let keep: Vec<bool> = tables
        .iter()
        .map(|t| {
            !t.cases.is_empty() || (o.filter.is_none() && t.failures.iter().any(Option::is_some))
        })
        .collect();
    let mut k = keep.iter();
    tables.retain(|_| *k.next().unwrap_or(&false));
    let mut k = keep.iter();
    exes.retain(|_| *k.next().unwrap_or(&false));

    let mut cg_tables = Vec::new();
    if o.callgrind {
        let scratch = out_dir.join("callgrind");
        std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
        for (t, ex) in tables.iter().zip(&exes) {
            println!("callgrind {}", t.program);
            let mut ct = Table::new(&t.program, ncol, "Ir");
            ct.failures = t.failures.clone();
            if t.program == STARTUP {
                for (row, ex) in &startup_rows {
                    for (c, exe) in ex.iter().enumerate() {
                        if let Ok(exe) = exe {
                            match callgrind_whole(exe, &scratch) {
                                Ok(ir) => ct.add(row, c, ir),
                                Err(e) => eprintln!("callgrind {row} {}: {e}", libcs[c].name),
                            }
                        }
                    }
                }
            } else {
                for (c, exe) in ex.iter().enumerate() {
                    let Some(exe) = exe else { continue };
                    match callgrind_program(exe, &o, case_filter(&o, &t.program), &scratch) {
                        Ok(v) => v.into_iter().for_each(|(case, ir)| ct.add(&case, c, ir)),
                        Err(e) => eprintln!("callgrind {} {}: {e}", t.program, libcs[c].name),
                    }
                }
            }
            cg_tables.push(ct);
        }
    }

    let md = report(&o, &libcs, &tables, &cg_tables);
    let path = out_dir.join("report.md");
    std::fs::write(&path, &md).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("\n{md}");
    println!("report: {}", path.display());
    Ok(())
}
