//! The exported symbol list: read from the product archive, and compared against the
//! committed snapshot `tools/xtask/exports.txt` (a change to it is a reviewed diff).
use crate::util::{output, root};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

pub struct ArchiveSymbols {
    /// C names libc exports (from rcc's own objects and the C shims).
    pub exported: Vec<String>,
    /// Every other global symbol defined in the archive (Rust-mangled, compiler builtins,
    /// `__rcc_` internals): renamed in `libc.a`, local in `libc.so`.
    pub internal: Vec<String>,
}

/// Whether a global symbol defined by rcc's own code is part of the C interface.
fn is_c_interface(name: &str) -> bool {
    let c_ident = name.bytes().all(|b| b == b'_' || b.is_ascii_alphanumeric())
        && !name.starts_with(|c: char| c.is_ascii_digit());
    c_ident
        && !(name.starts_with("_ZN")
            || name.starts_with("_R")
            || name.starts_with("__rcc_")
            || name.starts_with("rust_"))
}

/// Whether an archive member is rcc's own code: the crate's codegen units (`rcc-*`) or
/// an object compiled from `src/shim/<stem>.c` (named `<hash>-<stem>.o` by the cc crate).
fn is_own_member(member: &str, shim_stems: &[String]) -> bool {
    member.starts_with("rcc-")
        || shim_stems
            .iter()
            .any(|s| member.ends_with(&format!("-{s}.o")))
}

/// Classifies the archive's defined global symbols: rcc's own objects provide the C
/// interface; core, compiler_builtins and `__rcc_` names are internal.
pub fn archive_symbols(archive: &Path) -> Result<ArchiveSymbols, String> {
    let shim_stems: Vec<String> = std::fs::read_dir(root().join("src/shim"))
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok()?.path().file_stem()?.to_str().map(str::to_string))
        .collect();
    let text = output(
        Command::new("nm")
            .args(["-A", "-g", "--defined-only"])
            .arg(archive),
    )?;
    let mut exported = BTreeSet::new();
    let mut internal = BTreeSet::new();
    for line in text.lines() {
        // "<archive>:<member>:<value> <type> <name>"
        let mut fields = line.split_whitespace();
        let (Some(loc), Some(name)) = (fields.next(), fields.last()) else {
            continue;
        };
        let member = loc.rsplit(':').nth(1).unwrap_or("");
        if is_own_member(member, &shim_stems) && is_c_interface(name) {
            exported.insert(name.to_string());
        } else {
            internal.insert(name.to_string());
        }
    }
    let internal = internal
        .difference(&exported)
        .filter(|n| !n.starts_with("__rcc_"))
        .cloned()
        .collect();
    Ok(ArchiveSymbols {
        exported: exported.into_iter().collect(),
        internal,
    })
}

/// `name kind` for each line of `nm` output (`value kind name`), sorted: the kind is nm's
/// letter (`T` function, `W` weak, `D`/`B` data, `i` IFUNC...), so a symbol that changes
/// kind shows in the snapshot's diff as well as one that appears or goes.
fn named_kinds(nm: &str, keep: impl Fn(&str) -> bool) -> String {
    let lines: BTreeSet<String> = nm
        .lines()
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            let (kind, name) = (f.nth(1)?, f.next()?);
            keep(name).then(|| format!("{name} {kind}\n"))
        })
        .collect();
    lines.into_iter().collect()
}

/// The defined dynamic symbols of `libc.so`, one per line, sorted.
pub fn shared_exports(so: &Path) -> Result<String, String> {
    let text = output(Command::new("nm").args(["-D", "--defined-only"]).arg(so))?;
    Ok(named_kinds(&text, |_| true))
}

/// The defined global symbols of `libc.a` that user code can link against.
pub fn static_exports(a: &Path) -> Result<String, String> {
    let text = output(Command::new("nm").args(["-g", "--defined-only"]).arg(a))?;
    Ok(named_kinds(&text, |n| !n.starts_with("__rcc_")))
}

fn snapshot_text(lib: &Path) -> Result<String, String> {
    Ok(format!(
        "# libc.so dynamic symbols\n{}# libc.a global symbols\n{}",
        shared_exports(&lib.join("libc.so"))?,
        static_exports(&lib.join("libc.a"))?
    ))
}

/// Compares the installed libraries' symbols with the snapshot; `bless` rewrites it.
pub fn check(lib: &Path, bless: bool) -> Result<String, String> {
    let path = root().join("tools/xtask/exports.txt");
    let now = snapshot_text(lib)?;
    if bless {
        std::fs::write(&path, &now).map_err(|e| e.to_string())?;
        return Ok(format!(
            "exports: snapshot written ({} lines)",
            now.lines().count()
        ));
    }
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    if old == now {
        return Ok(format!(
            "exports: {} lines match the snapshot",
            now.lines().count()
        ));
    }
    let (o, n): (BTreeSet<&str>, BTreeSet<&str>) = (old.lines().collect(), now.lines().collect());
    let mut msg = String::from(
        "exports differ from tools/xtask/exports.txt (run `cargo xtask bless` if intended):\n",
    );
    for l in n.difference(&o) {
        msg.push_str(&format!("  + {l}\n"));
    }
    for l in o.difference(&n) {
        msg.push_str(&format!("  - {l}\n"));
    }
    Err(msg)
}
