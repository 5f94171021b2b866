//! Planning the compiler command: the user's arguments wrapped in rcc's include
//! directories, start files and libraries (what musl's musl-gcc specs do for gcc).
//! A pure function of the arguments, the sysroot and the compiler's probed answers.
//! (Past 500 lines only because of its unit tests, one per mode and flag.)

use crate::args::{LinkMode, is_link_shape_option, scan, takes_separate_value};
use crate::probe::Probe;
use std::path::Path;

/// The command to run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The program (first word of `$RCC_CC`).
    pub program: String,
    /// Everything after it.
    pub args: Vec<String>,
}

impl Plan {
    /// The command as one shell-quoted line, for `RCC_WRAPPER_VERBOSE`.
    pub fn display(&self) -> String {
        std::iter::once(&self.program)
            .chain(&self.args)
            .map(|w| shell_quote(w))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The start object and the crtbegin/crtend pair for a link mode.
fn crt_objects(mode: LinkMode) -> (Option<&'static str>, &'static str, &'static str) {
    match mode {
        LinkMode::DynamicPie => (Some("Scrt1.o"), "crtbeginS.o", "crtendS.o"),
        LinkMode::DynamicNoPie => (Some("crt1.o"), "crtbegin.o", "crtend.o"),
        LinkMode::Static => (Some("crt1.o"), "crtbeginT.o", "crtend.o"),
        LinkMode::StaticPie => (Some("rcrt1.o"), "crtbeginS.o", "crtendS.o"),
        LinkMode::Shared | LinkMode::Relocatable => (None, "crtbeginS.o", "crtendS.o"),
    }
}

/// What `plan` will ask the probe for: `-print-file-name` names, and whether libgcc.
pub fn wanted(args: &[String]) -> (Vec<&'static str>, bool) {
    let s = scan(args);
    let names = if s.start_files() {
        let (_, begin, end) = crt_objects(s.mode);
        vec![begin, end]
    } else {
        Vec::new()
    };
    (names, s.libgcc())
}

/// Plans the command for `args` (the wrapper's arguments, without its own name).
pub fn plan(args: &[String], sysroot: &Path, probe: &Probe) -> Plan {
    let s = scan(args);
    let (program, cc_rest) = match probe.cc.split_first() {
        Some((p, rest)) => (p.clone(), rest.to_vec()),
        None => ("cc".to_string(), Vec::new()),
    };
    let mut out = cc_rest;
    let path = |p: &Path| p.to_string_lossy().into_owned();
    let lib = sysroot.join("lib");
    let lib_file = |name: &str| path(&lib.join(name));

    // Include flags go on commands that preprocess, and on those with no input at all
    // (`-v`, `-print-*`), which may ask about them.
    let preprocesses = s.preprocesses || !s.has_inputs;
    if preprocesses && !s.nostdinc {
        out.push("-nostdinc".into());
        out.push("-isystem".into());
        out.push(path(&sysroot.join("include")));
        if let Some(dir) = &probe.include_dir {
            out.push("-idirafter".into());
            out.push(path(dir));
        }
    }
    if preprocesses && s.pthread {
        out.push("-D_REENTRANT".into());
    }

    if !s.links() {
        out.extend(args.iter().filter(|a| *a != "-pthread").cloned());
        return Plan { program, args: out };
    }

    out.push("-nostdlib".into());
    out.push(format!("-L{}", path(&lib)));
    let static_link = matches!(s.mode, LinkMode::Static | LinkMode::StaticPie);
    match s.mode {
        LinkMode::DynamicPie => out.push("-pie".into()),
        LinkMode::DynamicNoPie => out.push("-no-pie".into()),
        // `-static` alone links non-PIE with gcc and clang; clang warns that an added
        // `-no-pie` is unused, which `-Werror` builds would reject.
        LinkMode::Static => out.push("-static".into()),
        LinkMode::StaticPie => out.push("-static-pie".into()),
        LinkMode::Shared => out.push("-shared".into()),
        LinkMode::Relocatable => {}
    }
    if static_link {
        // libc.a is Rust code in function sections: drop what the program never reaches.
        out.push("-Wl,--gc-sections".into());
    }
    if matches!(s.mode, LinkMode::DynamicPie | LinkMode::DynamicNoPie) {
        // libc.so is also the dynamic linker.
        out.push(format!("-Wl,-dynamic-linker,{}", lib_file("libc.so")));
    }

    let (start, begin, end) = crt_objects(s.mode);
    if s.start_files() {
        if let Some(start) = start {
            out.push(lib_file(start));
        }
        out.push(lib_file("crti.o"));
        if let Some(b) = probe.file(begin) {
            out.push(path(b));
        }
    }

    out.extend(
        args.iter()
            .filter(|a| *a != "-pthread" && !is_link_shape_option(a))
            .cloned(),
    );

    let trailing_start = out.len();
    let libgcc = s
        .libgcc()
        .then(|| probe.libgcc.as_deref().map(path))
        .flatten();
    let libc = s.libc().then(|| "-lc".to_string());
    let libs: Vec<String> = libc.into_iter().chain(libgcc).collect();
    if static_link && libs.len() > 1 {
        // libgcc and libc may each need the other; an archive group resolves both ways.
        out.push("-Wl,--start-group".into());
        out.extend(libs);
        out.push("-Wl,--end-group".into());
    } else {
        out.extend(libs);
    }

    if s.start_files() {
        if let Some(e) = probe.file(end) {
            out.push(path(e));
        }
        out.push(lib_file("crtn.o"));
    }
    if out.len() > trailing_start && language_left_set(args) {
        // A user's `-x c` would make the compiler read our objects as C source.
        out.splice(
            trailing_start..trailing_start,
            ["-x".to_string(), "none".to_string()],
        );
    }
    Plan { program, args: out }
}

/// Whether the arguments end with a `-x LANG` (or `-xLANG`) other than `none` in force.
fn language_left_set(args: &[String]) -> bool {
    let mut lang: Option<&str> = None;
    let mut iter = args.iter();
    while let Some(a) = iter.next() {
        if a == "-x" {
            lang = iter.next().map(String::as_str);
        } else if let Some(l) = a.strip_prefix("-x").filter(|l| !l.is_empty()) {
            lang = Some(l);
        } else if takes_separate_value(a) {
            iter.next();
        }
    }
    lang.is_some_and(|l| l != "none")
}

/// Quotes a word for a POSIX shell when it needs it.
fn shell_quote(w: &str) -> String {
    let plain = !w.is_empty()
        && w.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./=,:+@%".contains(&b));
    if plain {
        w.to_string()
    } else {
        format!("'{}'", w.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    const SYS: &str = "/sys";
    const GCCLIB: &str = "/gcc/lib";

    fn probe_with(cc: &[&str]) -> Probe {
        let mut p = Probe {
            cc: cc.iter().map(|s| s.to_string()).collect(),
            include_dir: Some(PathBuf::from("/gcc/include")),
            libgcc: Some(PathBuf::from(format!("{GCCLIB}/libgcc.a"))),
            ..Probe::default()
        };
        for n in [
            "crtbegin.o",
            "crtbeginS.o",
            "crtbeginT.o",
            "crtend.o",
            "crtendS.o",
        ] {
            p.files
                .insert(n.into(), PathBuf::from(format!("{GCCLIB}/{n}")));
        }
        p
    }

    fn run_with(probe: &Probe, args: &[&str]) -> Vec<String> {
        let v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let p = plan(&v, Path::new(SYS), probe);
        std::iter::once(p.program).chain(p.args).collect()
    }

    fn run(args: &[&str]) -> Vec<String> {
        run_with(&probe_with(&["gcc"]), args)
    }

    fn inc() -> Vec<String> {
        [
            "-nostdinc",
            "-isystem",
            "/sys/include",
            "-idirafter",
            "/gcc/include",
        ]
        .map(String::from)
        .to_vec()
    }

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    fn cmd(cc: &str, middle: &str) -> Vec<String> {
        let mut v = words(cc);
        v.extend(inc());
        v.extend(words(middle));
        v
    }

    fn pos(v: &[String], w: &str) -> usize {
        v.iter()
            .position(|x| x == w)
            .unwrap_or_else(|| panic!("{w} not in {v:?}"))
    }

    #[test]
    fn dynamic_pie_default() {
        assert_eq!(
            run(&["hello.c", "-o", "hello"]),
            cmd(
                "gcc",
                "-nostdlib -L/sys/lib -pie -Wl,-dynamic-linker,/sys/lib/libc.so \
                 /sys/lib/Scrt1.o /sys/lib/crti.o /gcc/lib/crtbeginS.o \
                 hello.c -o hello -lc /gcc/lib/libgcc.a /gcc/lib/crtendS.o /sys/lib/crtn.o"
            )
        );
    }

    #[test]
    fn explicit_pie_is_the_default() {
        assert_eq!(run(&["-pie", "hello.c"]), run(&["hello.c"]));
    }

    #[test]
    fn no_pie() {
        assert_eq!(
            run(&["-no-pie", "hello.c"]),
            cmd(
                "gcc",
                "-nostdlib -L/sys/lib -no-pie -Wl,-dynamic-linker,/sys/lib/libc.so \
                 /sys/lib/crt1.o /sys/lib/crti.o /gcc/lib/crtbegin.o \
                 hello.c -lc /gcc/lib/libgcc.a /gcc/lib/crtend.o /sys/lib/crtn.o"
            )
        );
    }

    #[test]
    fn static_link() {
        assert_eq!(
            run(&["-static", "hello.c", "-o", "h"]),
            cmd(
                "gcc",
                "-nostdlib -L/sys/lib -static -Wl,--gc-sections \
                 /sys/lib/crt1.o /sys/lib/crti.o /gcc/lib/crtbeginT.o \
                 hello.c -o h -Wl,--start-group -lc /gcc/lib/libgcc.a -Wl,--end-group \
                 /gcc/lib/crtend.o /sys/lib/crtn.o"
            )
        );
    }

    #[test]
    fn static_pie() {
        assert_eq!(
            run(&["-static-pie", "hello.c"]),
            cmd(
                "gcc",
                "-nostdlib -L/sys/lib -static-pie -Wl,--gc-sections \
                 /sys/lib/rcrt1.o /sys/lib/crti.o /gcc/lib/crtbeginS.o \
                 hello.c -Wl,--start-group -lc /gcc/lib/libgcc.a -Wl,--end-group \
                 /gcc/lib/crtendS.o /sys/lib/crtn.o"
            )
        );
    }

    #[test]
    fn shared() {
        assert_eq!(
            run(&["-shared", "-fPIC", "lib.c", "-o", "libx.so"]),
            cmd(
                "gcc",
                "-nostdlib -L/sys/lib -shared \
                 /sys/lib/crti.o /gcc/lib/crtbeginS.o \
                 -fPIC lib.c -o libx.so -lc /gcc/lib/libgcc.a /gcc/lib/crtendS.o /sys/lib/crtn.o"
            )
        );
    }

    #[test]
    fn relocatable() {
        assert_eq!(
            run(&["-r", "a.o", "b.o", "-o", "ab.o"]),
            words("gcc -nostdlib -L/sys/lib -r a.o b.o -o ab.o")
        );
    }

    #[test]
    fn nostdlib() {
        assert_eq!(
            run(&["-nostdlib", "start.S", "-o", "x"]),
            cmd(
                "gcc",
                "-nostdlib -L/sys/lib -pie -Wl,-dynamic-linker,/sys/lib/libc.so start.S -o x"
            )
        );
        let v = run(&["-static", "-nostdlib", "start.S"]);
        assert_eq!(
            v,
            cmd(
                "gcc",
                "-nostdlib -L/sys/lib -static -Wl,--gc-sections start.S"
            )
        );
    }

    #[test]
    fn nostartfiles() {
        assert_eq!(
            run(&["-nostartfiles", "x.c"]),
            cmd(
                "gcc",
                "-nostdlib -L/sys/lib -pie -Wl,-dynamic-linker,/sys/lib/libc.so \
                 x.c -lc /gcc/lib/libgcc.a"
            )
        );
    }

    #[test]
    fn nodefaultlibs_and_nolibc() {
        assert_eq!(
            run(&["-nodefaultlibs", "x.c"]),
            cmd(
                "gcc",
                "-nostdlib -L/sys/lib -pie -Wl,-dynamic-linker,/sys/lib/libc.so \
                 /sys/lib/Scrt1.o /sys/lib/crti.o /gcc/lib/crtbeginS.o \
                 x.c /gcc/lib/crtendS.o /sys/lib/crtn.o"
            )
        );
        let v = run(&["-nolibc", "-static", "x.c"]);
        assert!(!v.contains(&"-lc".to_string()));
        assert!(!v.contains(&"-Wl,--start-group".to_string()));
        assert!(v.contains(&"/gcc/lib/libgcc.a".to_string()));
    }

    #[test]
    fn compile_only_modes_add_no_link_flags() {
        for flag in ["-c", "-S", "-E", "-M", "-MM", "-fsyntax-only"] {
            assert_eq!(
                run(&[flag, "x.c"]),
                cmd("gcc", &format!("{flag} x.c")),
                "{flag}"
            );
        }
    }

    #[test]
    fn dependency_output_still_links() {
        let v = run(&["-MD", "-MF", "x.d", "x.c", "-o", "x"]);
        assert!(v.contains(&"/sys/lib/Scrt1.o".to_string()));
        assert!(pos(&v, "-MD") < pos(&v, "x.c"));
    }

    #[test]
    fn compile_with_output() {
        assert_eq!(
            run(&["-c", "x.c", "-o", "x.o", "-O2", "-g"]),
            cmd("gcc", "-c x.c -o x.o -O2 -g")
        );
        // Compile-only keeps link-shape flags as the user wrote them.
        assert_eq!(run(&["-c", "-static", "x.c"]), cmd("gcc", "-c -static x.c"));
    }

    #[test]
    fn several_inputs_in_order() {
        let v = run(&["a.c", "b.o", "-x", "c", "c.txt", "libd.a", "-o", "prog"]);
        let i = pos(&v, "a.c");
        assert_eq!(v[i..i + 8], words("a.c b.o -x c c.txt libd.a -o prog")[..]);
        assert!(pos(&v, "/sys/lib/crti.o") < i);
        assert!(pos(&v, "-lc") > i + 7);
    }

    #[test]
    fn user_libraries_before_libc() {
        let v = run(&[
            "main.o",
            "-L",
            "mylib",
            "-lfoo",
            "-l",
            "bar",
            "-lm",
            "-lpthread",
        ]);
        let lc = pos(&v, "-lc");
        for l in ["-lfoo", "bar", "-lm", "-lpthread", "mylib"] {
            assert!(pos(&v, l) < lc, "{l}");
        }
        // Our library directory is searched before any the user names.
        assert!(pos(&v, "-L/sys/lib") < pos(&v, "mylib"));
    }

    #[test]
    fn linker_options_pass_through() {
        let v = run(&[
            "x.c",
            "-Wl,--as-needed,-z,now",
            "-Xlinker",
            "--no-undefined",
            "-Wl,-rpath,/opt",
        ]);
        let i = pos(&v, "x.c");
        assert_eq!(
            v[i..i + 5],
            words("x.c -Wl,--as-needed,-z,now -Xlinker --no-undefined -Wl,-rpath,/opt")[..]
        );
    }

    #[test]
    fn link_only_gets_no_include_flags() {
        assert_eq!(
            run(&["-nostdlib", "a.o", "libb.a", "-o", "x"]),
            words(
                "gcc -nostdlib -L/sys/lib -pie -Wl,-dynamic-linker,/sys/lib/libc.so a.o libb.a -o x"
            )
        );
        assert_eq!(run(&["-pthread", "-c", "x.s"]), words("gcc -c x.s"));
        let v = run(&["a.o", "b.c"]);
        assert_eq!(v[1..6], inc()[..]);
    }

    #[test]
    fn pthread() {
        let v = run(&["-pthread", "-c", "t.c"]);
        assert_eq!(v, cmd("gcc", "-D_REENTRANT -c t.c"));
        let v = run(&["-pthread", "t.c", "-lpthread"]);
        assert!(!v.contains(&"-pthread".to_string()));
        assert!(v.contains(&"-D_REENTRANT".to_string()));
        assert!(pos(&v, "-lpthread") < pos(&v, "-lc"));
    }

    #[test]
    fn no_inputs_pass_through() {
        for args in [
            &["--version"][..],
            &["-dumpmachine"],
            &["-print-file-name=include"],
            &["-print-libgcc-file-name"],
            &["-v"],
            &["-static", "--help"],
        ] {
            let mut want = vec!["gcc".to_string()];
            want.extend(inc());
            want.extend(args.iter().map(|s| s.to_string()));
            assert_eq!(run(args), want, "{args:?}");
        }
    }

    #[test]
    fn stdin_is_an_input() {
        assert_eq!(run(&["-E", "-x", "c", "-"]), cmd("gcc", "-E -x c -"));
        let v = run(&["-x", "c", "-", "-o", "a"]);
        assert!(v.contains(&"/sys/lib/Scrt1.o".to_string()));
    }

    #[test]
    fn language_is_reset_before_our_objects() {
        let v = run(&["-x", "c", "-", "-o", "a"]);
        let x = pos(&v, "none");
        assert_eq!(v[x - 1], "-x");
        assert!(x > pos(&v, "-o") && x < pos(&v, "-lc"));
        let v = run(&["-xc", "a.txt", "-static"]);
        assert!(pos(&v, "none") < pos(&v, "-Wl,--start-group"));
        // Nothing to reset: no `-x`, `-x none` last, or nothing appended.
        assert!(!run(&["x.c"]).contains(&"none".to_string()));
        let v = run(&["-x", "c", "a", "-x", "none", "b.o"]);
        assert_eq!(v.iter().filter(|w| *w == "none").count(), 1);
        assert!(!run(&["-nostdlib", "-x", "c", "a"]).contains(&"none".to_string()));
        // `-Xlinker -x` is a linker option, not a language.
        assert!(!run(&["x.c", "-Xlinker", "-x"]).contains(&"none".to_string()));
    }

    #[test]
    fn option_values_are_not_inputs() {
        assert_eq!(
            run(&["-o", "out", "-I", "inc", "-D", "X=1"]),
            cmd("gcc", "-o out -I inc -D X=1")
        );
    }

    #[test]
    fn compiler_with_several_words() {
        let v = run_with(&probe_with(&["ccache", "gcc"]), &["-c", "x.c"]);
        assert_eq!(v, cmd("ccache gcc", "-c x.c"));
        let p = plan(
            &["x.c".to_string()],
            Path::new(SYS),
            &probe_with(&["ccache", "clang", "-m64"]),
        );
        assert_eq!(p.program, "ccache");
        assert_eq!(p.args[..2], ["clang", "-m64"]);
        assert_eq!(p.args[2], "-nostdinc");
    }

    #[test]
    fn missing_probe_answers_are_omitted() {
        let probe = Probe {
            cc: vec!["clang".into()],
            ..Probe::default()
        };
        assert_eq!(
            run_with(&probe, &["-static", "x.c"]),
            words(
                "clang -nostdinc -isystem /sys/include \
                 -nostdlib -L/sys/lib -static -Wl,--gc-sections \
                 /sys/lib/crt1.o /sys/lib/crti.o x.c -lc /sys/lib/crtn.o"
            )
        );
    }

    #[test]
    fn user_nostdinc_drops_our_include_dirs() {
        assert_eq!(
            run(&["-nostdinc", "-c", "k.c"]),
            words("gcc -nostdinc -c k.c")
        );
    }

    #[test]
    fn wanted_queries() {
        let w = |a: &[&str]| wanted(&a.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(w(&["x.c"]), (vec!["crtbeginS.o", "crtendS.o"], true));
        assert_eq!(
            w(&["-static", "x.c"]),
            (vec!["crtbeginT.o", "crtend.o"], true)
        );
        assert_eq!(
            w(&["-no-pie", "x.c"]),
            (vec!["crtbegin.o", "crtend.o"], true)
        );
        assert_eq!(w(&["-c", "x.c"]), (vec![], false));
        assert_eq!(w(&["--version"]), (vec![], false));
        assert_eq!(w(&["-nostartfiles", "x.c"]), (vec![], true));
        assert_eq!(w(&["-nostdlib", "x.c"]), (vec![], false));
    }

    #[test]
    fn quoting() {
        let p = Plan {
            program: "gcc".into(),
            args: vec![
                "-DX=a b".into(),
                "it's".into(),
                "-o".into(),
                "x".into(),
                "".into(),
            ],
        };
        assert_eq!(p.display(), r"gcc '-DX=a b' 'it'\''s' -o x ''");
    }
}
