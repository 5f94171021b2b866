//! `cargo xtask bench`: the process-level benchmark report. Builds each `benches/c/*.c`
//! against rcc, musl and glibc, runs the builds interleaved, and writes the medians and
//! the rcc ratios to `<target>/bench/report.md`.
//! (Past 500 lines: building, running, parsing and the markdown report are one pipeline; a
//! split into build/run/report modules is the next cleanup.)
//!
//! Options: `--filter TEXT` (programs or cases whose name contains TEXT), `--runs N`,
//! `--quick` (short batches, fewer runs), `--callgrind` (instruction counts as well),
//! `--glibc-static` (a `cc -static` column too), `--no-sysroot` (use the installed one),
//! `--criterion` (instead: the criterion benches in `benches/string.rs`, rcc vs glibc).
use crate::util::{cc, root, target_dir};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The program that is spawned, not run for its output.
const STARTUP: &str = "startup";
/// Programs in report order; any other `benches/c/*.c` follows alphabetically.
const ORDER: [&str; 8] = [
    "string",
    STARTUP,
    "getenv",
    "qsort",
    "strtod",
    "malloc",
    "time",
    "localtime",
];
/// How long one run of one program may take before it counts as hung.
const RUN_TIMEOUT: Duration = Duration::from_secs(300);

struct Options {
    filter: Option<String>,
    runs: usize,
    quick: bool,
    callgrind: bool,
    glibc_static: bool,
    sysroot: bool,
    criterion: bool,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options, String> {
        let mut o = Options {
            filter: None,
            runs: 0,
            quick: false,
            callgrind: false,
            glibc_static: false,
            sysroot: true,
            criterion: false,
        };
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let mut value = || it.next().ok_or(format!("{a} needs a value"));
            match a.as_str() {
                "--filter" => o.filter = Some(value()?.clone()),
                "--runs" => {
                    let v = value()?;
                    o.runs = v.parse().map_err(|_| format!("--runs {v}: not a number"))?;
                }
                "--prefix" => {
                    value()?;
                }
                "--quick" => o.quick = true,
                "--callgrind" => o.callgrind = true,
                "--glibc-static" => o.glibc_static = true,
                "--no-sysroot" => o.sysroot = false,
                "--criterion" => o.criterion = true,
                _ => return Err(format!("bench: unknown option {a}")),
            }
        }
        if o.runs == 0 {
            o.runs = if o.quick { 3 } else { 5 };
        }
        Ok(o)
    }

    /// Arguments for the programs' bench.h: batch time and batch count.
    fn batch_args(&self) -> [&'static str; 4] {
        if self.quick {
            ["-t", "2", "-b", "2"]
        } else {
            ["-t", "10", "-b", "3"]
        }
    }

    fn spawns(&self) -> usize {
        if self.quick { 50 } else { 200 }
    }

    fn callgrind_iters(&self) -> &'static str {
        if self.quick { "20" } else { "100" }
    }
}

/// One way of building a program: a column of the report.
struct Libc {
    name: &'static str,
    compiler: Vec<String>,
    flags: &'static [&'static str],
}

fn libcs(prefix: &Path, o: &Options) -> Vec<Libc> {
    let wrapper = prefix.join("bin/rcc-wrapper").display().to_string();
    let host: Vec<String> = cc().split_whitespace().map(String::from).collect();
    let mut v = vec![
        Libc {
            name: "rcc",
            compiler: vec![wrapper],
            flags: &["-static"],
        },
        Libc {
            name: "musl",
            compiler: vec!["musl-gcc".into()],
            flags: &["-static"],
        },
        Libc {
            name: "glibc",
            compiler: host.clone(),
            flags: &[],
        },
    ];
    if o.glibc_static {
        v.push(Libc {
            name: "glibc-static",
            compiler: host,
            flags: &["-static"],
        });
    }
    v
}

/// Compiles `src` to `out`; on failure, a one-line reason (the missing symbols if the
/// link failed, else the first error).
fn build(compiler: &[String], flags: &[&str], src: &Path, out: &Path) -> Result<PathBuf, String> {
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

/// The environment every benchmark runs in, the same for each libc. getenv.c depends on
/// the order (Command sorts by name): AAA_FIRST first, ZZZ_LAST last.
fn bench_env(cmd: &mut Command) -> &mut Command {
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
fn run_captured(cmd: &mut Command) -> Result<String, String> {
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
fn parse_lines(text: &str) -> Vec<(String, f64)> {
    text.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            match f[..] {
                [case, value, _unit] => Some((case.to_string(), value.parse().ok()?)),
                _ => None,
            }
        })
        .collect()
}

/// The measurements of one program: per case, per column, one value per run.
struct Table {
    program: String,
    cases: Vec<String>,
    values: HashMap<(String, usize), Vec<f64>>,
    /// Per column: why there is no value (build or run failure).
    failures: Vec<Option<String>>,
    unit: &'static str,
    notes: Vec<String>,
}

impl Table {
    fn new(program: &str, columns: usize, unit: &'static str) -> Table {
        Table {
            program: program.to_string(),
            cases: Vec::new(),
            values: HashMap::new(),
            failures: vec![None; columns],
            unit,
            notes: Vec::new(),
        }
    }

    fn add(&mut self, case: &str, column: usize, value: f64) {
        if !self.cases.iter().any(|c| c == case) {
            self.cases.push(case.to_string());
        }
        self.values
            .entry((case.to_string(), column))
            .or_default()
            .push(value);
    }

    fn median(&self, case: &str, column: usize) -> Option<f64> {
        let mut v = self.values.get(&(case.to_string(), column))?.clone();
        if v.is_empty() {
            return None;
        }
        v.sort_by(f64::total_cmp);
        let n = v.len();
        Some(if n % 2 == 1 {
            v[n / 2]
        } else {
            (v[n / 2 - 1] + v[n / 2]) / 2.0
        })
    }

    /// The largest median absolute deviation / median over the runs among the columns,
    /// as a fraction: robust against the odd run a busy machine spoils.
    fn noise(&self, case: &str, columns: usize) -> Option<f64> {
        (0..columns)
            .filter_map(|c| {
                let v = self.values.get(&(case.to_string(), c))?;
                let med = self.median(case, c)?;
                if v.len() < 2 || med <= 0.0 {
                    return None;
                }
                let mut dev = Table::new("", 1, "");
                for x in v {
                    dev.add("d", 0, (x - med).abs());
                }
                Some(dev.median("d", 0)? / med)
            })
            .reduce(f64::max)
    }
}

/// A time in ns shown with a unit that keeps three or four significant digits.
fn fmt_ns(ns: f64) -> String {
    if ns >= 1e9 {
        format!("{:.3} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else if ns >= 100.0 {
        format!("{ns:.0} ns")
    } else {
        format!("{ns:.1} ns")
    }
}

fn fmt_value(v: f64, unit: &str) -> String {
    match unit {
        "ns" => fmt_ns(v),
        _ => {
            if v >= 1e6 {
                format!("{:.2}M", v / 1e6)
            } else if v >= 1e3 {
                format!("{:.1}k", v / 1e3)
            } else {
                format!("{v:.0}")
            }
        }
    }
}

fn ratio(rcc: Option<f64>, other: Option<f64>) -> Option<f64> {
    match (rcc, other) {
        (Some(r), Some(o)) if r > 0.0 => Some(o / r),
        _ => None,
    }
}

fn fmt_ratio(r: Option<f64>) -> String {
    r.map_or("n/a".into(), |r| format!("{r:.2}×"))
}

fn geomean(v: &[f64]) -> Option<f64> {
    (!v.is_empty()).then(|| (v.iter().map(|x| x.ln()).sum::<f64>() / v.len() as f64).exp())
}

/// Index of a column by name (ratios are against "glibc" and "musl").
fn column(libcs: &[Libc], name: &str) -> usize {
    libcs.iter().position(|l| l.name == name).expect("column")
}

fn render_table(t: &Table, libcs: &[Libc], md: &mut String) {
    let (g, m) = (column(libcs, "glibc"), column(libcs, "musl"));
    let _ = writeln!(md, "### {}\n", t.program);
    let mut head = "| case |".to_string();
    let mut rule = "|---|".to_string();
    for l in libcs {
        let _ = write!(head, " {} |", l.name);
        rule.push_str("---:|");
    }
    // Callgrind counts come from one run: no noise column.
    let timed = t.unit == "ns";
    let (nh, nr) = if timed {
        (" noise |", "---:|")
    } else {
        ("", "")
    };
    let _ = writeln!(md, "{head} rcc vs glibc | rcc vs musl |{nh}");
    let _ = writeln!(md, "{rule}---:|---:|{nr}");
    for case in &t.cases {
        let mut row = format!("| {case} |");
        for c in 0..libcs.len() {
            let cell = t
                .median(case, c)
                .map_or("n/a".into(), |v| fmt_value(v, t.unit));
            let _ = write!(row, " {cell} |");
        }
        let r = t.median(case, 0);
        let noise = match t.noise(case, libcs.len()) {
            _ if !timed => String::new(),
            Some(n) => format!(" {:.0}% |", n * 100.0),
            None => " |".into(),
        };
        let _ = writeln!(
            md,
            "{row} {} | {} |{noise}",
            fmt_ratio(ratio(r, t.median(case, g))),
            fmt_ratio(ratio(r, t.median(case, m)))
        );
    }
    for (c, f) in t.failures.iter().enumerate() {
        if let Some(f) = f {
            let _ = writeln!(md, "\n{}: n/a ({f})", libcs[c].name);
        }
    }
    for n in &t.notes {
        let _ = writeln!(md, "\n{n}");
    }
    md.push('\n');
}

/// Geometric means of the ratios of every program that has them: the README's line.
fn render_summary(tables: &[Table], libcs: &[Libc], md: &mut String) {
    let (g, m) = (column(libcs, "glibc"), column(libcs, "musl"));
    md.push_str("| benchmark | cases | rcc vs glibc (geomean) | rcc vs musl (geomean) |\n");
    md.push_str("|---|---:|---:|---:|\n");
    for t in tables {
        let rs = |col: usize| -> Vec<f64> {
            t.cases
                .iter()
                .filter_map(|c| ratio(t.median(c, 0), t.median(c, col)))
                .collect()
        };
        let (vg, vm) = (rs(g), rs(m));
        let n = t.cases.iter().filter(|c| t.median(c, 0).is_some()).count();
        let _ = writeln!(
            md,
            "| {} | {n}/{} | {} | {} |",
            t.program,
            t.cases.len(),
            fmt_ratio(geomean(&vg)),
            fmt_ratio(geomean(&vm))
        );
    }
    md.push('\n');
}

/// The C programs, in report order, kept by the filter (a program whose name does not
/// match still runs: the filter may name one of its cases).
fn programs(dir: &Path) -> Result<Vec<String>, String> {
    let mut found: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "c").then(|| p.file_stem()?.to_str().map(String::from))?
        })
        .collect();
    found.sort_by_key(|n| {
        (
            ORDER.iter().position(|o| o == n).unwrap_or(ORDER.len()),
            n.clone(),
        )
    });
    Ok(found)
}

/// A program's case filter: none if the program's name matches, else the filter text.
fn case_filter<'a>(o: &'a Options, program: &str) -> Option<&'a str> {
    o.filter.as_deref().filter(|f| !program.contains(f))
}

/// Builds one program for every column into `bin`.
fn build_all(
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
fn build_startup(
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

/// Spawns `exe` `n` times, waiting for each; the mean time of one spawn in ns.
fn time_spawns(exe: &Path, n: usize) -> Result<f64, String> {
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
fn rotation(n: usize, r: usize) -> impl Iterator<Item = usize> {
    (0..n).map(move |i| (i + r) % n)
}

/// Instruction counts per op: one callgrind run per executable, each case dumped
/// separately (`--dump-after=bench_measure`).
fn callgrind_program(
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
    for (i, (case, iters)) in cases.into_iter().enumerate() {
        let dump = PathBuf::from(format!("{}.{}", base.display(), i + 1));
        let ir = callgrind_total(&dump)?;
        res.push((case, ir as f64 / iters.max(1.0)));
    }
    clear_dumps(&base);
    Ok(res)
}

/// Instructions of a whole run (for startup).
fn callgrind_whole(exe: &Path, scratch: &Path) -> Result<f64, String> {
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

fn callgrind_total(dump: &Path) -> Result<u64, String> {
    let text = std::fs::read_to_string(dump).map_err(|e| format!("{}: {e}", dump.display()))?;
    text.lines()
        .find_map(|l| {
            l.strip_prefix("totals:")
                .or_else(|| l.strip_prefix("summary:"))
        })
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .ok_or(format!("{}: no totals line", dump.display()))
}

fn clear_dumps(base: &Path) {
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

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

/// The criterion benches: their own workspace (`benches/Cargo.toml`), so that
/// `cargo test --workspace` never builds criterion; built under `<target>/criterion`.
fn criterion(o: &Options) -> Result<(), String> {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(root().join("benches"))
        .env("CARGO_TARGET_DIR", target_dir().join("criterion"))
        .args(["bench", "--bench", "string", "--"]);
    if o.quick {
        cmd.args(["--warm-up-time", "0.5", "--measurement-time", "1"]);
    }
    if let Some(f) = &o.filter {
        cmd.arg(f);
    }
    crate::util::run(&mut cmd)
}

pub fn bench(prefix: &Path, args: &[String]) -> Result<(), String> {
    let o = Options::parse(args)?;
    if o.criterion {
        return criterion(&o);
    }
    if o.sysroot {
        crate::sysroot::install(prefix)?;
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
            for c in rotation(ncol, r) {
                let Some(exe) = &ex[c] else { continue };
                let mut cmd = Command::new(exe);
                cmd.args(batch);
                if let Some(f) = filter {
                    cmd.args(["-f", f]);
                }
                match run_captured(bench_env(&mut cmd)) {
                    Ok(out) => {
                        for (case, v) in parse_lines(&out) {
                            t.add(&case, c, v);
                        }
                    }
                    Err(e) => {
                        eprintln!("{} on {}: {e}", t.program, libcs[c].name);
                        t.failures[c] = Some(format!("run failed: {e}"));
                    }
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

/// The empty startup table, with its notes.
fn startup_table(
    libcs: &[Libc],
    rows: &[(String, Vec<Result<PathBuf, String>>)],
    spawns: usize,
) -> Table {
    let mut t = Table::new(STARTUP, libcs.len(), "ns");
    for (row, ex) in rows {
        for (c, e) in ex.iter().enumerate() {
            if let Err(e) = e {
                t.notes.push(format!("{row} {}: n/a ({e})", libcs[c].name));
            }
        }
    }
    t.notes.push(format!(
        "One op is one spawn + exec + wait of benches/c/startup.c, the mean of {spawns} in a \
         row. startup/static is `-static` for every libc (glibc too); startup/dynamic runs \
         under rcc's libc.so, musl's ld-musl and glibc's ld.so as interpreters."
    ));
    t
}

fn report(o: &Options, libcs: &[Libc], tables: &[Table], cg: &[Table]) -> String {
    let mut md = String::new();
    md.push_str("# rcc benchmark report\n\n");
    let cols: Vec<String> = libcs
        .iter()
        .map(|l| {
            format!(
                "{} = `{} {} -O2`",
                l.name,
                l.compiler.join(" ").rsplit('/').next().unwrap_or(""),
                l.flags.join(" ")
            )
        })
        .collect();
    let _ = writeln!(
        md,
        "Built from `benches/c/*.c`: {}. Generated by `cargo xtask bench`; CPU: {}; \
         {} runs, libcs interleaved in rotating order.\n",
        cols.join(", ").replace("  ", " "),
        cpu_model(),
        o.runs
    );
    md.push_str(
        "Each value is the median over the runs of the program's best timed batch, per op. \
         **Ratios are other libc's time / rcc's time: > 1 means rcc is faster** (a throughput \
         ratio). `noise` is the largest median absolute deviation / median over the runs among \
         the libcs; ratios within a few times that of 1 are not a difference. n/a: the benchmark does not build \
         or run for that libc (usually a function rcc does not have yet).\n\n",
    );
    md.push_str("## Summary\n\n");
    render_summary(tables, libcs, &mut md);
    md.push_str("## Time per op\n\n");
    for t in tables {
        render_table(t, libcs, &mut md);
    }
    if !cg.is_empty() {
        md.push_str(
            "## Instructions per op (callgrind)\n\nInstructions executed inside \
             `bench_measure` per op (the whole process for startup), one run: noise-free, \
             but blind to cache misses, branch mispredictions and `cpuid` traps. Ratios as \
             above: > 1 means rcc executes fewer instructions.\n\n",
        );
        for t in cg {
            let mut t2 = Table::new(&t.program, libcs.len(), "Ir");
            t2.cases = t.cases.clone();
            t2.values = t.values.clone();
            t2.failures = t.failures.clone();
            render_table(&t2, libcs, &mut md);
        }
    }
    md
}
