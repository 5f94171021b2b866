//! Asking the host compiler where its own pieces are: its freestanding include directory
//! (intrinsics headers), the crtbegin/crtend objects and libgcc.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The compiler's answers the plan needs. `None` or a missing entry means "not found".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Probe {
    /// The compiler command: `$RCC_CC` split into words (e.g. `["ccache", "gcc"]`).
    pub cc: Vec<String>,
    /// The compiler's own include directory (stddef.h, immintrin.h, ...).
    pub include_dir: Option<PathBuf>,
    /// `-print-file-name=NAME` answers by NAME (crtbegin*.o, crtend*.o).
    pub files: BTreeMap<String, PathBuf>,
    /// `-print-libgcc-file-name`.
    pub libgcc: Option<PathBuf>,
}

impl Probe {
    /// The compiler's path for `name`, if it found one.
    pub fn file(&self, name: &str) -> Option<&Path> {
        self.files.get(name).map(PathBuf::as_path)
    }

    /// Runs the compiler to answer what is needed: always the include directory, then
    /// the given `-print-file-name` names, and libgcc if `want_libgcc`. The queries run
    /// side by side to keep the wrapper's overhead low.
    pub fn gather(cc: Vec<String>, names: &[&str], want_libgcc: bool) -> Probe {
        let include = spawn_query(&cc, "-print-file-name=include");
        let files: Vec<_> = names
            .iter()
            .map(|n| (*n, spawn_query(&cc, &format!("-print-file-name={n}"))))
            .collect();
        let libgcc = want_libgcc.then(|| spawn_query(&cc, "-print-libgcc-file-name"));

        let include_dir = finish(include)
            .filter(|d| is_compiler_include(d))
            .or_else(|| {
                // clang may answer `include` unresolved; its resource dir holds the headers.
                finish(spawn_query(&cc, "-print-resource-dir"))
                    .map(|d| d.join("include"))
                    .filter(|d| is_compiler_include(d))
            });
        let files = files
            .into_iter()
            .filter_map(|(n, c)| finish(c).map(|p| (n.to_string(), p)))
            .collect();
        let libgcc = libgcc.and_then(finish);
        Probe {
            cc,
            include_dir,
            files,
            libgcc,
        }
    }
}

/// Splits `$RCC_CC` into words; unset or blank means `cc`.
pub fn compiler_words(rcc_cc: Option<&str>) -> Vec<String> {
    let words: Vec<String> = rcc_cc
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_string)
        .collect();
    if words.is_empty() {
        vec!["cc".to_string()]
    } else {
        words
    }
}

fn spawn_query(cc: &[String], query: &str) -> Option<Child> {
    let (prog, rest) = cc.split_first()?;
    Command::new(prog)
        .args(rest)
        .arg(query)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()
}

/// Waits for a query; its answer is a path only if the compiler resolved it to an
/// existing absolute path (an unresolved name comes back bare).
fn finish(child: Option<Child>) -> Option<PathBuf> {
    let out = child?.wait_with_output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?;
    let path = PathBuf::from(text.trim());
    (path.is_absolute() && path.exists()).then_some(path)
}

fn is_compiler_include(dir: &Path) -> bool {
    dir.join("stddef.h").is_file()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        assert_eq!(compiler_words(None), ["cc"]);
        assert_eq!(compiler_words(Some("  ")), ["cc"]);
        assert_eq!(compiler_words(Some("clang")), ["clang"]);
        assert_eq!(
            compiler_words(Some("ccache  gcc -m64")),
            ["ccache", "gcc", "-m64"]
        );
    }

    #[test]
    fn missing_compiler_finds_nothing() {
        let p = Probe::gather(
            vec!["/nonexistent/rcc-no-such-cc".into()],
            &["crtbeginS.o"],
            true,
        );
        assert_eq!(p.include_dir, None);
        assert!(p.files.is_empty());
        assert_eq!(p.libgcc, None);
    }

    /// Runs the host `cc` if there is one; checks the answers are usable paths.
    #[test]
    fn host_compiler() {
        let p = Probe::gather(vec!["cc".into()], &["crtbeginS.o", "no-such-file.o"], true);
        if p.include_dir.is_none() {
            return; // no host compiler
        }
        assert!(p.include_dir.as_ref().unwrap().join("stddef.h").is_file());
        assert!(p.file("no-such-file.o").is_none());
        if let Some(b) = p.file("crtbeginS.o") {
            assert!(b.is_file());
        }
    }
}
