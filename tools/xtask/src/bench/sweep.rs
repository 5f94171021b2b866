//! `cargo xtask bench --sweep [--filter FUNCTION] [--runs N]`: rcc's string functions
//! against the host glibc's in one process (`benches/ab/sweep.c`) at the sizes between the
//! benchmark's (8 to 2000 bytes) and at 8 placements of the data; per cell the median of
//! N processes' ratios (glibc time / rcc time), cells under 0.97 marked.
use super::interleaved::prefixed;
use super::options::Options;
use crate::util::{cc, output, root, run, target_dir};
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

const FUNCTIONS: [&str; 10] = [
    "memcpy", "memmove", "memset", "memcmp", "strlen", "memchr", "strchr", "strrchr", "strcmp",
    "strcpy",
];

/// One line of the program's output: the function, the size and a ratio per placement.
fn parse(line: &str) -> Option<(String, usize, Vec<f64>)> {
    let mut w = line.split_whitespace();
    let name = w.next()?.to_string();
    let n = w.next()?.parse().ok()?;
    let v: Vec<f64> = w.map(|x| x.parse().ok()).collect::<Option<_>>()?;
    Some((name, n, v))
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

pub(super) fn sweep(prefix: &Path, o: &Options) -> Result<(), String> {
    let dir = target_dir().join("bench/ab");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let lib = dir.join("librcc-prefixed.a");
    prefixed(&prefix.join("lib/libc.a"), "rcc_", &lib)?;
    let exe = dir.join("sweep");
    run(Command::new("sh")
        .arg("-c")
        .arg(format!("{} \"$@\"", cc()))
        .arg("cc")
        .args(["-O2", "-no-pie", "-Wl,--gc-sections", "-o"])
        .arg(&exe)
        .arg(root().join("benches/ab/sweep.c"))
        .arg(&lib))?;
    let mut md = String::from(
        "| function | bytes | 0 | 64 | 128 | 192 | 1 (+3) | 65 (+3) | 130 (+65) | 250 (+5) |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    let mut low = 0;
    let wanted = FUNCTIONS
        .iter()
        .filter(|f| o.filter.as_deref().is_none_or(|x| f.contains(x)));
    for f in wanted {
        println!("{f}: {} processes", o.runs);
        let mut runs = Vec::new();
        for _ in 0..o.runs {
            let out = output(Command::new(&exe).arg(f))?;
            runs.push(out.lines().filter_map(parse).collect::<Vec<_>>());
        }
        for (i, (name, n, first)) in runs[0].iter().enumerate() {
            let _ = write!(md, "| {name} | {n} |");
            for p in 0..first.len() {
                let m = median(runs.iter().map(|r| r[i].2[p]).collect());
                let mark = if m < 0.97 { " **" } else { "" };
                low += usize::from(m < 0.97);
                let _ = write!(md, " {m:.2}{mark} |");
            }
            md.push('\n');
        }
    }
    let _ = writeln!(
        md,
        "\nglibc time / rcc time, the median over the processes (each value the best of 31 \
         rounds); columns: the source's offset past a 256-byte boundary (and the \
         destination's further offset). {low} cells under 0.97 (marked **)."
    );
    let path = target_dir().join("bench/sweep.md");
    std::fs::write(&path, &md).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("\n{md}\nreport: {}", path.display());
    Ok(())
}
