//! Measurements per program (medians, noise) and their markdown tables.
use super::options::Libc;
use std::collections::HashMap;
use std::fmt::Write as _;

/// The measurements of one program: per case, per column, one value per run.
pub(super) struct Table {
    pub(super) program: String,
    pub(super) cases: Vec<String>,
    pub(super) values: HashMap<(String, usize), Vec<f64>>,
    /// Per column: why there is no value (build or run failure).
    pub(super) failures: Vec<Option<String>>,
    pub(super) unit: &'static str,
    /// Cases whose value is not a time (e.g. `KiB` of resident memory), by case.
    pub(super) case_units: HashMap<String, String>,
    pub(super) notes: Vec<String>,
}

impl Table {
    pub(super) fn new(program: &str, columns: usize, unit: &'static str) -> Table {
        Table {
            program: program.to_string(),
            cases: Vec::new(),
            values: HashMap::new(),
            failures: vec![None; columns],
            unit,
            case_units: HashMap::new(),
            notes: Vec::new(),
        }
    }

    pub(super) fn add(&mut self, case: &str, column: usize, value: f64) {
        if !self.cases.iter().any(|c| c == case) {
            self.cases.push(case.to_string());
        }
        self.values
            .entry((case.to_string(), column))
            .or_default()
            .push(value);
    }

    pub(super) fn median(&self, case: &str, column: usize) -> Option<f64> {
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

    /// The fastest run's value: on this machine a whole process sometimes runs a loop
    /// at about half speed (a state that lasts the process's life and strikes every libc
    /// alike), so with few runs the median can land in either mode; the minimum is what
    /// the code costs when nothing interferes.
    pub(super) fn best(&self, case: &str, column: usize) -> Option<f64> {
        self.values
            .get(&(case.to_string(), column))?
            .iter()
            .copied()
            .reduce(f64::min)
    }

    /// The largest median absolute deviation / median over the runs among the columns,
    /// as a fraction: robust against the odd run a busy machine spoils.
    pub(super) fn noise(&self, case: &str, columns: usize) -> Option<f64> {
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
pub(super) fn fmt_ns(ns: f64) -> String {
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

pub(super) fn fmt_value(v: f64, unit: &str) -> String {
    match unit {
        "ns" => fmt_ns(v),
        "KiB" => format!("{v:.0} KiB"),
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

pub(super) fn ratio(rcc: Option<f64>, other: Option<f64>) -> Option<f64> {
    match (rcc, other) {
        (Some(r), Some(o)) if r > 0.0 => Some(o / r),
        _ => None,
    }
}

pub(super) fn fmt_ratio(r: Option<f64>) -> String {
    r.map_or("n/a".into(), |r| format!("{r:.2}×"))
}

pub(super) fn geomean(v: &[f64]) -> Option<f64> {
    (!v.is_empty()).then(|| (v.iter().map(|x| x.ln()).sum::<f64>() / v.len() as f64).exp())
}

/// Index of a column by name (ratios are against "glibc" and "musl").
pub(super) fn column(libcs: &[Libc], name: &str) -> usize {
    libcs.iter().position(|l| l.name == name).expect("column")
}

pub(super) fn render_table(t: &Table, libcs: &[Libc], md: &mut String) {
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
        (" noise | best vs glibc | best vs musl |", "---:|---:|---:|")
    } else {
        ("", "")
    };
    let _ = writeln!(md, "{head} rcc vs glibc | rcc vs musl |{nh}");
    let _ = writeln!(md, "{rule}---:|---:|{nr}");
    for case in &t.cases {
        let mut row = format!("| {case} |");
        for c in 0..libcs.len() {
            let cell = t.median(case, c).map_or("n/a".into(), |v| {
                let unit = t.case_units.get(case).map_or(t.unit, String::as_str);
                fmt_value(v, unit)
            });
            let _ = write!(row, " {cell} |");
        }
        let r = t.median(case, 0);
        let b = t.best(case, 0);
        let best = format!(
            " {} | {} |",
            fmt_ratio(ratio(b, t.best(case, g))),
            fmt_ratio(ratio(b, t.best(case, m)))
        );
        let noise = match t.noise(case, libcs.len()) {
            _ if !timed => String::new(),
            Some(n) => format!(" {:.0}% |{best}", n * 100.0),
            None => format!(" |{best}"),
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
pub(super) fn render_summary(tables: &[Table], libcs: &[Libc], md: &mut String) {
    let (g, m) = (column(libcs, "glibc"), column(libcs, "musl"));
    md.push_str(
        "| benchmark | cases | rcc vs glibc (geomean) | rcc vs musl (geomean) | \
         best vs glibc | best vs musl | cases below glibc (median / best) |\n",
    );
    md.push_str("|---|---:|---:|---:|---:|---:|---:|\n");
    for t in tables {
        let rs = |col: usize, f: &dyn Fn(&str, usize) -> Option<f64>| -> Vec<f64> {
            t.cases
                .iter()
                .filter_map(|c| ratio(f(c, 0), f(c, col)))
                .collect()
        };
        let med = |c: &str, k: usize| t.median(c, k);
        let best = |c: &str, k: usize| t.best(c, k);
        let (vg, vm) = (rs(g, &med), rs(m, &med));
        let (bg, bm) = (rs(g, &best), rs(m, &best));
        let below = |v: &[f64]| v.iter().filter(|&&r| r < 1.0).count();
        let n = t.cases.iter().filter(|c| t.median(c, 0).is_some()).count();
        let _ = writeln!(
            md,
            "| {} | {n}/{} | {} | {} | {} | {} | {} / {} |",
            t.program,
            t.cases.len(),
            fmt_ratio(geomean(&vg)),
            fmt_ratio(geomean(&vm)),
            fmt_ratio(geomean(&bg)),
            fmt_ratio(geomean(&bm)),
            below(&vg),
            below(&bg)
        );
    }
    md.push('\n');
}
