//! `cargo xtask bench` options, the columns (libcs) and the programs to run.
use crate::util::cc;
use std::path::Path;
use std::time::Duration;

/// The program that is spawned, not run for its output.
pub(super) const STARTUP: &str = "startup";

/// Programs in report order; any other `benches/c/*.c` follows alphabetically.
pub(super) const ORDER: [&str; 8] = [
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
pub(super) const RUN_TIMEOUT: Duration = Duration::from_secs(300);

pub(super) struct Options {
    pub(super) filter: Option<String>,
    pub(super) runs: usize,
    pub(super) quick: bool,
    pub(super) callgrind: bool,
    pub(super) glibc_static: bool,
    pub(super) sysroot: bool,
    pub(super) criterion: bool,
    pub(super) interleaved: bool,
    pub(super) against: Option<String>,
    pub(super) sweep: bool,
}

impl Options {
    pub(super) fn parse(args: &[String]) -> Result<Options, String> {
        let mut o = Options {
            filter: None,
            runs: 0,
            quick: false,
            callgrind: false,
            glibc_static: false,
            sysroot: true,
            criterion: false,
            interleaved: false,
            against: None,
            sweep: false,
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
                "--interleaved" => o.interleaved = true,
                "--sweep" => o.sweep = true,
                "--against" => {
                    o.interleaved = true;
                    o.against = Some(value()?.clone());
                }
                _ => return Err(format!("bench: unknown option {a}")),
            }
        }
        if o.runs == 0 {
            o.runs = if o.quick { 3 } else { 5 };
        }
        Ok(o)
    }

    /// Arguments for the programs' bench.h: batch time and batch count.
    pub(super) fn batch_args(&self) -> [&'static str; 4] {
        if self.quick {
            ["-t", "2", "-b", "2"]
        } else {
            ["-t", "10", "-b", "3"]
        }
    }

    pub(super) fn spawns(&self) -> usize {
        if self.quick { 50 } else { 200 }
    }

    pub(super) fn callgrind_iters(&self) -> &'static str {
        if self.quick { "20" } else { "100" }
    }
}

/// One way of building a program: a column of the report.
pub(super) struct Libc {
    pub(super) name: &'static str,
    pub(super) compiler: Vec<String>,
    pub(super) flags: &'static [&'static str],
}

pub(super) fn libcs(prefix: &Path, o: &Options) -> Vec<Libc> {
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

/// The C programs, in report order, kept by the filter (a program whose name does not
/// match still runs: the filter may name one of its cases).
pub(super) fn programs(dir: &Path) -> Result<Vec<String>, String> {
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
pub(super) fn case_filter<'a>(o: &'a Options, program: &str) -> Option<&'a str> {
    o.filter.as_deref().filter(|f| !program.contains(f))
}
