//! rcc's conformance runner: builds every C test in `tests/<area>/<name>.c` against rcc
//! (static and dynamic), musl and glibc, runs them, and prints the outcome matrix.

mod build;
mod known;
mod matrix;
mod run;
mod spec;

use matrix::{Libc, Outcome, Verdict};
use spec::Spec;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// The only variable every test sees, with a fixed value so envp tests are deterministic.
const BASE_PATH: &str = "/usr/local/bin:/usr/bin:/bin";
/// Lines of stderr or build log shown per failing cell.
const DETAIL_LINES: usize = 8;

struct Options {
    sysroot: PathBuf,
    filter: Option<String>,
    jobs: usize,
    keep: bool,
}

const USAGE: &str = "usage: libc-test [--sysroot DIR] [--filter SUBSTR] [--jobs N] [--keep]";

fn parse_options() -> Result<Options, String> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut opts = Options {
        sysroot: std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| manifest.parent().unwrap_or(manifest).join("target"))
            .join("sysroot"),
        filter: None,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        keep: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--sysroot" => opts.sysroot = PathBuf::from(value("--sysroot")?),
            "--filter" => opts.filter = Some(value("--filter")?),
            "--jobs" | "-j" => {
                opts.jobs = value("--jobs")?
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or("--jobs needs a positive number")?;
            }
            "--keep" => opts.keep = true,
            "--help" | "-h" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    if opts.sysroot.is_relative() {
        let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
        opts.sysroot = cwd.join(&opts.sysroot);
    }
    Ok(opts)
}

/// One C test file.
struct Test {
    /// `area/name`.
    id: String,
    source: PathBuf,
    spec: Result<Spec, String>,
}

fn discover(root: &Path, filter: Option<&str>) -> Result<Vec<Test>, String> {
    let mut tests = Vec::new();
    let read = |dir: &Path| {
        std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .map(|e| e.map(|e| e.path()).map_err(|e| e.to_string()))
            .collect::<Result<Vec<_>, _>>()
    };
    for area in read(root)? {
        if !area.is_dir() {
            continue;
        }
        for source in read(&area)? {
            if source.extension().is_none_or(|e| e != "c") {
                continue;
            }
            let name = |p: &Path| {
                p.file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned()
            };
            let id = format!("{}/{}", name(&area), name(&source));
            if filter.is_some_and(|f| !id.contains(f)) {
                continue;
            }
            let spec = std::fs::read_to_string(&source)
                .map_err(|e| e.to_string())
                .and_then(|text| spec::parse(&text).map_err(|e| e.to_string()));
            tests.push(Test { id, source, spec });
        }
    }
    tests.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(tests)
}

/// The result of one test on one libc.
struct Cell {
    outcome: Outcome,
    /// Build log or the program's stderr (and stdout, when it was wrong).
    detail: String,
}

fn run_cell(test: &Test, spec: &Spec, libc: Libc, opts: &Options, scratch: &Path) -> Cell {
    let dir = scratch.join(test.id.replace('/', "__")).join(libc.name());
    let build_dir = dir.join("build");
    let run_dir = dir.join("run");
    if let Err(e) = std::fs::create_dir_all(&build_dir).and(std::fs::create_dir_all(&run_dir)) {
        return Cell {
            outcome: Outcome::Build,
            detail: format!("cannot create {}: {e}", dir.display()),
        };
    }
    let common = Path::new(env!("CARGO_MANIFEST_DIR")).join("common");
    let exe = match build::build(&test.source, &common, spec, libc, &opts.sysroot, &build_dir) {
        Ok(exe) => exe,
        Err(log) => {
            return Cell {
                outcome: Outcome::Build,
                detail: log,
            };
        }
    };
    let stdin = spec.stdin.as_ref().map(|text| {
        let path = build_dir.join("stdin");
        std::fs::write(&path, text).map(|()| path)
    });
    let stdin = match stdin.transpose() {
        Ok(path) => path,
        Err(e) => {
            return Cell {
                outcome: Outcome::Build,
                detail: format!("cannot write stdin file: {e}"),
            };
        }
    };
    let (out, err) = (build_dir.join("stdout"), build_dir.join("stderr"));
    let mut cmd = Command::new(&exe);
    cmd.args(&spec.args)
        .env_clear()
        .env("PATH", BASE_PATH)
        .envs(spec.env.iter().map(|(k, v)| (k, v)))
        .current_dir(&run_dir);
    let io = run::Io {
        stdin: stdin.as_deref(),
        stdout: &out,
        stderr: &err,
    };
    let ended = match run::run(cmd, &io, Duration::from_secs(spec.timeout_secs)) {
        Ok(ended) => ended,
        // As a shell reports it: e.g. a dynamic executable whose interpreter is missing.
        Err(e) => {
            return Cell {
                outcome: Outcome::FailExit(127),
                detail: format!("cannot execute {}: {e}", exe.display()),
            };
        }
    };
    let stdout = std::fs::read(&out).unwrap_or_default();
    let mut detail = String::from_utf8_lossy(&std::fs::read(&err).unwrap_or_default()).into_owned();
    let outcome = matrix::classify(spec, &ended, &stdout);
    if outcome == Outcome::FailStdout {
        let want = spec.expect_stdout.as_deref().unwrap_or_default();
        detail = format!(
            "stdout: {:?}\nwanted: {:?}\n{detail}",
            String::from_utf8_lossy(&stdout),
            want
        );
    }
    Cell { outcome, detail }
}

fn run_all(tests: &[Test], opts: &Options, scratch: &Path) -> Vec<Vec<Cell>> {
    let work: Vec<(usize, Libc)> = tests
        .iter()
        .enumerate()
        .filter(|(_, t)| t.spec.is_ok())
        .flat_map(|(i, _)| Libc::ALL.map(|l| (i, l)))
        .collect();
    let slots: Vec<Mutex<Option<Cell>>> = (0..tests.len() * 4).map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..opts.jobs.min(work.len().max(1)) {
            s.spawn(|| {
                while let Some(&(i, libc)) = work.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let Ok(spec) = &tests[i].spec else { continue };
                    let cell = run_cell(&tests[i], spec, libc, opts, scratch);
                    *slots[i * 4 + libc.index()].lock().unwrap() = Some(cell);
                }
            });
        }
    });
    let mut cells = slots.into_iter().map(|m| m.into_inner().unwrap());
    tests
        .iter()
        .map(|_| {
            (0..4)
                .map(|_| {
                    cells.next().flatten().unwrap_or(Cell {
                        outcome: Outcome::Build,
                        detail: "bad metadata".into(),
                    })
                })
                .collect()
        })
        .collect()
}

fn first_lines(text: &str) -> String {
    let mut lines: Vec<&str> = text.lines().take(DETAIL_LINES).collect();
    if text.lines().count() > DETAIL_LINES {
        lines.push("...");
    }
    lines
        .iter()
        .map(|l| format!("      {l}\n"))
        .collect::<String>()
}

fn main() -> ExitCode {
    let opts = match parse_options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("libc-test: {e}");
            return ExitCode::from(2);
        }
    };
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tests = match discover(&manifest.join("tests"), opts.filter.as_deref()) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("libc-test: {e}");
            return ExitCode::from(2);
        }
    };
    let known_path = manifest.join("known-differences.tsv");
    let rows = match std::fs::read_to_string(&known_path)
        .map_err(|e| e.to_string())
        .and_then(|t| known::parse(&t))
    {
        Ok(rows) => rows,
        Err(e) => {
            eprintln!("libc-test: {}: {e}", known_path.display());
            return ExitCode::from(2);
        }
    };
    let sysroot_present = opts.sysroot.join("bin/rcc-wrapper").is_file();
    if !sysroot_present {
        println!(
            "note: no {}/bin/rcc-wrapper: every rcc cell is BUILD",
            opts.sysroot.display()
        );
    }

    let scratch = std::env::temp_dir().join(format!("rcc-libc-test-{}", std::process::id()));
    let cells = run_all(&tests, &opts, &scratch);
    if opts.keep {
        println!("scratch kept in {}", scratch.display());
    } else {
        let _ = std::fs::remove_dir_all(&scratch);
    }

    let ok = report(
        &tests,
        &cells,
        &rows,
        sysroot_present,
        opts.filter.is_some(),
    );
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Prints the matrix, failure details, problems and the closing count line; returns whether
/// every rcc cell passed and nothing else is wrong.
fn report(
    tests: &[Test],
    cells: &[Vec<Cell>],
    rows: &[known::Row],
    sysroot_present: bool,
    filtered: bool,
) -> bool {
    let mut problems: Vec<String> = Vec::new();
    let mut details = String::new();
    let (mut passed, mut failed) = (0usize, 0usize);
    let width = tests.iter().map(|t| t.id.len()).max().unwrap_or(4).max(4) + 2;
    let mut table = format!("{:width$}", "test");
    for libc in Libc::ALL {
        table += &format!("{:14}", libc.name());
    }
    table = table.trim_end().to_string() + "\n";

    for (test, row) in tests.iter().zip(cells) {
        if let Err(e) = &test.spec {
            problems.push(format!("{}: bad rcc-test metadata: {e}", test.id));
            failed += 2;
            table += &format!("{:width$}(bad metadata)\n", test.id);
            continue;
        }
        let musl = &row[Libc::Musl.index()].outcome;
        let glibc = &row[Libc::Glibc.index()].outcome;
        if matrix::is_broken(musl, glibc) {
            problems.push(format!(
                "{}: broken test: fails on both musl ({musl}) and glibc ({glibc})",
                test.id
            ));
        }
        let mut line = format!("{:width$}", test.id);
        for libc in Libc::ALL {
            let cell = &row[libc.index()];
            let listed = known::lookup(rows, &test.id, libc);
            let mut mark = "";
            let mut complaint = None;
            if libc.is_rcc() {
                let verdict =
                    matrix::judge(musl, glibc, &cell.outcome, listed.map(|r| &r.expected));
                if verdict.passed() {
                    passed += 1;
                } else {
                    failed += 1;
                }
                match verdict {
                    Verdict::Pass => {}
                    Verdict::Known => mark = "*",
                    Verdict::Fail { required } => {
                        mark = "!";
                        complaint = Some(format!("expected {required}"));
                    }
                    Verdict::Stale { listed: l } => {
                        mark = "!";
                        complaint = Some(format!(
                            "stale known difference (line {}): listed {l}, now does what is required",
                            listed.map_or(0, |r| r.line)
                        ));
                    }
                    Verdict::KnownMismatch {
                        listed: l,
                        required,
                    } => {
                        mark = "!";
                        complaint = Some(format!(
                            "listed as {l} (line {}), required {required}",
                            listed.map_or(0, |r| r.line)
                        ));
                    }
                }
            } else if let Some(r) = listed {
                if matrix::reference_row_holds(&cell.outcome, &r.expected) {
                    mark = "*";
                } else {
                    mark = "!";
                    let msg = format!(
                        "{} {}: stale known difference (line {}): listed {}, got {}",
                        test.id,
                        libc.name(),
                        r.line,
                        r.expected,
                        cell.outcome
                    );
                    problems.push(msg);
                }
            }
            line += &format!("{:14}", format!("{}{mark}", cell.outcome));
            let hidden = libc.is_rcc() && !sysroot_present;
            let show = complaint.is_some() || (!libc.is_rcc() && cell.outcome != Outcome::Pass);
            if show && !hidden {
                details += &format!(
                    "  {} [{}]: {}{}\n",
                    test.id,
                    libc.name(),
                    cell.outcome,
                    complaint.map(|c| format!(" — {c}")).unwrap_or_default()
                );
                details += &first_lines(&cell.detail);
            }
        }
        table += line.trim_end();
        table += "\n";
    }
    if !filtered {
        for r in rows {
            if !tests.iter().any(|t| t.id == r.test) {
                problems.push(format!(
                    "known-differences.tsv line {}: no test named {}",
                    r.line, r.test
                ));
            }
        }
    }

    print!("{table}");
    println!("(* known difference, ! failed)");
    if !details.is_empty() {
        println!("\nfailures:\n{details}");
    }
    if !problems.is_empty() {
        println!("problems:");
        for p in &problems {
            println!("  {p}");
        }
        println!();
    }
    println!("{passed} passed, {failed} failed");
    failed == 0 && problems.is_empty()
}
