//! Reading a C compiler command line: which inputs it names, whether it links, and how.
//! The same questions musl-gcc's specs file answers for gcc; here they are answered for
//! gcc and clang alike by looking at the arguments.

/// How the output is linked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkMode {
    /// Position-independent executable with `libc.so` as its interpreter (the default).
    DynamicPie,
    /// Non-PIE executable with `libc.so` as its interpreter (`-no-pie`).
    DynamicNoPie,
    /// Static non-PIE executable (`-static`).
    Static,
    /// Static position-independent executable that relocates itself (`-static-pie`).
    StaticPie,
    /// Shared object (`-shared`).
    Shared,
    /// Relocatable object (`-r`): a partial link, no start files or libraries.
    Relocatable,
}

/// What a command line asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scan {
    /// Whether any input file (a source, an object, an archive, or `-` for stdin) is named.
    pub has_inputs: bool,
    /// Whether some input goes through the preprocessor, so include flags matter (clang
    /// warns about an unused `-nostdinc` on a command that only links or assembles).
    pub preprocesses: bool,
    /// `-c`, `-S`, `-E`, `-M`, `-MM` or `-fsyntax-only`: nothing is linked.
    pub compile_only: bool,
    /// The kind of link asked for.
    pub mode: LinkMode,
    /// `-nostdlib`: no start files and no default libraries.
    pub nostdlib: bool,
    /// `-nostartfiles`: no crt1/crti/crtbegin/crtend/crtn.
    pub nostartfiles: bool,
    /// `-nodefaultlibs`: no `-lc` and no libgcc.
    pub nodefaultlibs: bool,
    /// `-nolibc`: no `-lc`, libgcc still linked.
    pub nolibc: bool,
    /// `-pthread`: defines `_REENTRANT`; libpthread is empty, everything is in libc.
    pub pthread: bool,
    /// `-nostdinc`: the user wants no system include directories, ours included.
    pub nostdinc: bool,
}

impl Scan {
    /// Whether the command links, so link flags and start files must be added.
    pub fn links(&self) -> bool {
        self.has_inputs && !self.compile_only
    }

    /// Whether the start files (crt1, crti, crtbegin, crtend, crtn) are linked.
    pub fn start_files(&self) -> bool {
        self.links() && !self.nostdlib && !self.nostartfiles && self.mode != LinkMode::Relocatable
    }

    /// Whether libgcc is linked.
    pub fn libgcc(&self) -> bool {
        self.links() && !self.nostdlib && !self.nodefaultlibs && self.mode != LinkMode::Relocatable
    }

    /// Whether `-lc` is linked.
    pub fn libc(&self) -> bool {
        self.libgcc() && !self.nolibc
    }
}

/// Options that take their value as the next argument when written alone; that next
/// argument is never an input file.
const SEPARATE_VALUE: &[&str] = &[
    "-o",
    "-x",
    "-I",
    "-D",
    "-U",
    "-A",
    "-B",
    "-L",
    "-l",
    "-T",
    "-u",
    "-z",
    "-e",
    "-F",
    "-include",
    "-imacros",
    "-isystem",
    "-idirafter",
    "-iquote",
    "-iprefix",
    "-iwithprefix",
    "-iwithprefixbefore",
    "-isysroot",
    "-imultilib",
    "-iframework",
    "-ivfsoverlay",
    "-MF",
    "-MT",
    "-MQ",
    "-MJ",
    "-Xlinker",
    "-Xassembler",
    "-Xpreprocessor",
    "-Xclang",
    "-mllvm",
    "-target",
    "-arch",
    "--param",
    "--sysroot",
    "-aux-info",
    "-dumpbase",
    "-dumpbase-ext",
    "-dumpdir",
    "-serialize-diagnostics",
];

/// Whether `arg` is an option whose value is the next argument.
pub fn takes_separate_value(arg: &str) -> bool {
    SEPARATE_VALUE.contains(&arg)
}

/// Link-shape options the wrapper replaces with its own when it links. `-r` is not among
/// them: it passes through to the compiler.
pub fn is_link_shape_option(arg: &str) -> bool {
    matches!(
        arg,
        "-static"
            | "-static-pie"
            | "-shared"
            | "-pie"
            | "-no-pie"
            | "-nostdlib"
            | "-nostartfiles"
            | "-nodefaultlibs"
            | "-nolibc"
    )
}

/// Reads the command line (without the program name).
pub fn scan(args: &[String]) -> Scan {
    let mut s = Scan {
        has_inputs: false,
        preprocesses: false,
        compile_only: false,
        mode: LinkMode::DynamicPie,
        nostdlib: false,
        nostartfiles: false,
        nodefaultlibs: false,
        nolibc: false,
        pthread: false,
        nostdinc: false,
    };
    let (mut shared, mut relocatable, mut static_, mut static_pie) = (false, false, false, false);
    let mut no_pie = false;
    // The `-x` language in force; `None` means "by file name".
    let mut lang: Option<&str> = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let a = arg.as_str();
        if a == "-x" {
            lang = iter.next().map(String::as_str).filter(|l| *l != "none");
            continue;
        }
        if let Some(l) = a.strip_prefix("-x").filter(|l| !l.is_empty()) {
            lang = Some(l).filter(|l| *l != "none");
            continue;
        }
        if takes_separate_value(a) {
            iter.next();
            continue;
        }
        match a {
            "-" => {
                s.has_inputs = true;
                s.preprocesses |= lang.is_none_or(language_preprocesses);
            }
            "-c" | "-S" | "-E" | "-M" | "-MM" | "-fsyntax-only" => s.compile_only = true,
            "-shared" => shared = true,
            "-r" => relocatable = true,
            "-static" => static_ = true,
            "-static-pie" => static_pie = true,
            "-pie" => no_pie = false,
            "-no-pie" => no_pie = true,
            "-nostdlib" => s.nostdlib = true,
            "-nostartfiles" => s.nostartfiles = true,
            "-nodefaultlibs" => s.nodefaultlibs = true,
            "-nolibc" => s.nolibc = true,
            "-pthread" => s.pthread = true,
            "-nostdinc" => s.nostdinc = true,
            _ if !a.starts_with('-') && !a.is_empty() => {
                s.has_inputs = true;
                s.preprocesses |= match lang {
                    Some(l) => language_preprocesses(l),
                    None => name_preprocesses(a),
                };
            }
            _ => {}
        }
    }
    s.mode = if shared {
        LinkMode::Shared
    } else if relocatable {
        LinkMode::Relocatable
    } else if static_pie {
        LinkMode::StaticPie
    } else if static_ {
        LinkMode::Static
    } else if no_pie {
        LinkMode::DynamicNoPie
    } else {
        LinkMode::DynamicPie
    };
    s
}

/// Whether a `-x` language runs the preprocessor.
fn language_preprocesses(lang: &str) -> bool {
    lang != "assembler" && !lang.ends_with("cpp-output")
}

/// Whether a file, by its name, is a source the preprocessor reads (gcc's suffix rules;
/// an unknown suffix is a linker input).
fn name_preprocesses(name: &str) -> bool {
    let Some((_, ext)) = name.rsplit_once('.') else {
        return false;
    };
    matches!(
        ext,
        "c" | "h"
            | "S"
            | "sx"
            | "cc"
            | "cp"
            | "cxx"
            | "cpp"
            | "CPP"
            | "c++"
            | "C"
            | "hh"
            | "hpp"
            | "hxx"
            | "H"
            | "m"
            | "mm"
            | "M"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sc(args: &[&str]) -> Scan {
        let v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        scan(&v)
    }

    #[test]
    fn inputs_and_option_values() {
        assert!(sc(&["hello.c"]).has_inputs);
        assert!(sc(&["-"]).has_inputs);
        assert!(sc(&["a.o", "libx.a"]).has_inputs);
        assert!(!sc(&["--version"]).has_inputs);
        assert!(!sc(&["-o", "out"]).has_inputs);
        assert!(!sc(&["-I", "dir", "-D", "X", "-include", "f.h"]).has_inputs);
        assert!(!sc(&["-Xlinker", "foo", "-l", "m", "-L", "lib"]).has_inputs);
        assert!(!sc(&["-MF", "deps", "-MT", "tgt"]).has_inputs);
        assert!(sc(&["-o", "out", "x.c"]).has_inputs);
        assert!(sc(&["-x", "c", "x"]).has_inputs);
        assert!(!sc(&["-print-file-name=include"]).has_inputs);
    }

    #[test]
    fn which_inputs_preprocess() {
        assert!(sc(&["x.c"]).preprocesses);
        assert!(sc(&["-c", "dir.d/x.S"]).preprocesses);
        assert!(sc(&["a.o", "b.cpp"]).preprocesses);
        assert!(sc(&["-"]).preprocesses);
        assert!(sc(&["-x", "c", "x.txt"]).preprocesses);
        assert!(sc(&["-xc", "-"]).preprocesses);
        assert!(!sc(&["a.o", "libb.a", "libc.so.6", "noext"]).preprocesses);
        assert!(!sc(&["-c", "x.s", "y.i"]).preprocesses);
        assert!(!sc(&["-x", "assembler", "x.S"]).preprocesses);
        assert!(!sc(&["-x", "c", "-x", "none", "a.o"]).preprocesses);
        assert!(!sc(&["-x", "cpp-output", "-"]).preprocesses);
        assert!(!sc(&["--version"]).preprocesses);
    }

    #[test]
    fn compile_only_flags() {
        for f in ["-c", "-S", "-E", "-M", "-MM", "-fsyntax-only"] {
            assert!(sc(&[f, "x.c"]).compile_only, "{f}");
            assert!(!sc(&[f, "x.c"]).links(), "{f}");
        }
        for f in ["-MD", "-MMD", "-O2", "-g"] {
            assert!(!sc(&[f, "x.c"]).compile_only, "{f}");
            assert!(sc(&[f, "x.c"]).links(), "{f}");
        }
    }

    #[test]
    fn modes() {
        assert_eq!(sc(&["x.c"]).mode, LinkMode::DynamicPie);
        assert_eq!(sc(&["-no-pie", "x.c"]).mode, LinkMode::DynamicNoPie);
        assert_eq!(sc(&["-no-pie", "-pie", "x.c"]).mode, LinkMode::DynamicPie);
        assert_eq!(sc(&["-pie", "-no-pie", "x.c"]).mode, LinkMode::DynamicNoPie);
        assert_eq!(sc(&["-static", "x.c"]).mode, LinkMode::Static);
        assert_eq!(sc(&["-static", "-no-pie", "x.c"]).mode, LinkMode::Static);
        assert_eq!(sc(&["-static-pie", "x.c"]).mode, LinkMode::StaticPie);
        assert_eq!(
            sc(&["-static", "-static-pie", "x.c"]).mode,
            LinkMode::StaticPie
        );
        assert_eq!(sc(&["-shared", "x.c"]).mode, LinkMode::Shared);
        assert_eq!(sc(&["-static", "-shared", "x.c"]).mode, LinkMode::Shared);
        assert_eq!(sc(&["-r", "x.o"]).mode, LinkMode::Relocatable);
        // `-static-libgcc` is not `-static`.
        assert_eq!(sc(&["-static-libgcc", "x.c"]).mode, LinkMode::DynamicPie);
    }

    #[test]
    fn library_switches() {
        let s = sc(&["x.o"]);
        assert!(s.start_files() && s.libc() && s.libgcc());
        let s = sc(&["-nostdlib", "x.o"]);
        assert!(!s.start_files() && !s.libc() && !s.libgcc());
        let s = sc(&["-nostartfiles", "x.o"]);
        assert!(!s.start_files() && s.libc() && s.libgcc());
        let s = sc(&["-nodefaultlibs", "x.o"]);
        assert!(s.start_files() && !s.libc() && !s.libgcc());
        let s = sc(&["-nolibc", "x.o"]);
        assert!(s.start_files() && !s.libc() && s.libgcc());
        let s = sc(&["-r", "x.o"]);
        assert!(!s.start_files() && !s.libc() && !s.libgcc());
        let s = sc(&["-c", "x.c"]);
        assert!(!s.start_files() && !s.libc() && !s.libgcc());
    }
}
