//! `cargo xtask coverage`: the functions each installed header declares (with every
//! feature macro on), counted per header, and the check that each of them is defined by
//! `libc.so`: a declared function with no definition would be a stub in disguise.
//!
//! The declarations come from gcc's `-aux-info`, which lists every function prototype a
//! translation unit sees together with the file and line that declared it.
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Per header (relative to `include/`), the names of the functions it declares.
pub type Declared = BTreeMap<String, BTreeSet<String>>;

/// Every `.h` under `dir`, excluding `bits/` (fragments included by the public headers).
fn headers(dir: &Path, base: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    for e in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let p = e.map_err(|e| e.to_string())?.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "bits") {
                headers(&p, base, out)?;
            }
        } else if p.extension().is_some_and(|x| x == "h") {
            out.push(
                p.strip_prefix(base)
                    .map_err(|e| e.to_string())?
                    .to_path_buf(),
            );
        }
    }
    Ok(())
}

/// The declared name in one `-aux-info` prototype: the first identifier followed by
/// ` (` that does not open a pointer declarator (`void (*signal (int, ...))(int)`).
fn declared_name(proto: &str) -> Option<&str> {
    let b = proto.as_bytes();
    let mut i = 0;
    while let Some(off) = proto[i..].find(" (") {
        let at = i + off;
        if b.get(at + 2) != Some(&b'*') {
            let start = proto[..at]
                .rfind(|c: char| !(c == '_' || c.is_ascii_alphanumeric()))
                .map_or(0, |s| s + 1);
            if start < at {
                return Some(&proto[start..at]);
            }
        }
        i = at + 2;
    }
    None
}

/// Parses `-aux-info` output: `/* FILE:LINE:NC */ prototype;`. Only declarations (`C`),
/// not inline definitions (`F`), from files under `include`.
fn parse(text: &str, include: &Path, out: &mut Declared) {
    let prefix = format!("{}/", include.display());
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("/* ") else {
            continue;
        };
        let Some((loc, proto)) = rest.split_once(" */ ") else {
            continue;
        };
        let mut parts = loc.rsplitn(3, ':');
        let (Some(kind), Some(_line), Some(file)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let Some(header) = file.strip_prefix(&prefix) else {
            continue;
        };
        if !kind.ends_with('C') {
            continue;
        }
        if let Some(name) = declared_name(proto) {
            out.entry(header.to_string())
                .or_default()
                .insert(name.to_string());
        }
    }
}

/// The functions declared by the sysroot's headers, by header.
pub fn declared(prefix: &Path, scratch: &Path) -> Result<Declared, String> {
    let include = prefix.join("include");
    let mut list = Vec::new();
    headers(&include, &include, &mut list)?;
    list.sort();
    let src = scratch.join("coverage.c");
    let info = scratch.join("coverage.aux");
    let mut out = Declared::new();
    // `-aux-info` is gcc's: the host compiler is not asked, whatever `$CC` says.
    let gcc_include = crate::util::output(Command::new("gcc").arg("-print-file-name=include"))?;
    for h in &list {
        std::fs::write(&src, format!("#include <{}>\n", h.display())).map_err(|e| e.to_string())?;
        let res = Command::new("gcc")
            .args([
                "-D_GNU_SOURCE",
                "-D_ALL_SOURCE",
                "-nostdinc",
                "-fsyntax-only",
                "-w",
            ])
            .arg("-I")
            .arg(&include)
            .arg("-isystem")
            .arg(gcc_include.trim())
            .arg("-aux-info")
            .arg(&info)
            .arg(&src)
            .output()
            .map_err(|e| format!("gcc: {e}"))?;
        if !res.status.success() {
            return Err(format!(
                "coverage: <{}> does not compile alone: {}",
                h.display(),
                String::from_utf8_lossy(&res.stderr)
            ));
        }
        let text = std::fs::read_to_string(&info).map_err(|e| e.to_string())?;
        parse(&text, &include, &mut out);
    }
    Ok(out)
}

/// The dynamic symbols `libc.so` defines.
fn defined(lib: &Path) -> Result<BTreeSet<String>, String> {
    let text = crate::util::output(
        Command::new("nm")
            .args(["-D", "--defined-only", "--format=posix"])
            .arg(lib.join("libc.so")),
    )?;
    Ok(text
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(|s| s.split('@').next().unwrap_or(s).to_string())
        .collect())
}

/// The per-header table, and an error naming every declared function `libc.so` lacks.
pub fn check(prefix: &Path) -> Result<String, String> {
    let scratch = crate::util::target_dir().join("coverage");
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let declared = declared(prefix, &scratch)?;
    let have = defined(&prefix.join("lib"))?;
    let mut table = String::from("| header | functions declared |\n|---|---:|\n");
    let mut missing = Vec::new();
    let mut total = BTreeSet::new();
    for (h, names) in &declared {
        table.push_str(&format!("| {h} | {} |\n", names.len()));
        for n in names {
            total.insert(n.clone());
            if !have.contains(n) {
                missing.push(format!("{n} (<{h}>)"));
            }
        }
    }
    if !missing.is_empty() {
        return Err(format!(
            "declared in a header but not defined by libc.so: {}",
            missing.join(", ")
        ));
    }
    Ok(format!(
        "{table}\n{} functions declared by {} headers, each defined by libc.so",
        total.len(),
        declared.len()
    ))
}

#[cfg(test)]
mod tests {
    use super::declared_name;

    #[test]
    fn names_from_prototypes() {
        assert_eq!(
            declared_name("extern FILE *fopen (const char *, const char *);"),
            Some("fopen")
        );
        assert_eq!(
            declared_name("extern void (*signal (int, void (*) (int))) (int);"),
            Some("signal")
        );
        assert_eq!(declared_name("extern int x;"), None);
    }
}
