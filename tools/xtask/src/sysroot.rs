//! `cargo xtask sysroot`: builds the product library and installs the sysroot
//! (`bin/rcc-wrapper`, `include/`, `lib/` with crt objects, `libc.a`, `libc.so`).
use crate::exports;
use crate::util::{cc, root, run};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Libraries that exist for `-lm` and friends but are empty: everything is in libc.
const EMPTY_LIBS: [&str; 7] = ["m", "pthread", "rt", "dl", "util", "xnet", "crypt"];

/// Builds the Rust library as a static archive with the C entry points exported.
fn build_archive(root: &Path) -> Result<PathBuf, String> {
    let target = crate::util::target_dir().join("product");
    run(Command::new(env!("CARGO"))
        .current_dir(root)
        .env("RCC_PRODUCT", "1")
        .args([
            "rustc",
            "--quiet",
            "-p",
            "rcc",
            "--release",
            "--lib",
            "--crate-type",
            "staticlib",
        ])
        .arg("--target-dir")
        .arg(&target)
        .args(["--", "--cfg", "rcc_export"]))?;
    // rustc's standard library objects carry LLVM bitcode (.llvmbc) that binutils' LTO
    // plugin chokes on and that no link here uses: drop it.
    let clean = target.join("librcc-clean.a");
    run(Command::new("objcopy")
        .args(["--remove-section=.llvmbc", "--remove-section=.llvmcmd"])
        .arg(target.join("release/librcc.a"))
        .arg(&clean))?;
    Ok(clean)
}

/// Compiles the crt objects from `arch/x86_64/crt`.
fn build_crt(root: &Path, lib: &Path) -> Result<(), String> {
    let crt = root.join("arch/x86_64/crt");
    let c_flags = [
        "-c",
        "-O2",
        "-fno-stack-protector",
        "-fno-asynchronous-unwind-tables",
        "-ffreestanding",
        "-nostdinc",
    ];
    let objects: [(&str, &str, &[&str]); 5] = [
        ("crt1.o", "crt1.c", &["-fno-pic"]),
        ("Scrt1.o", "crt1.c", &["-fPIC"]),
        ("rcrt1.o", "crt1.c", &["-fPIC", "-DRCC_STATIC_PIE"]),
        ("crti.o", "crti.s", &[]),
        ("crtn.o", "crtn.s", &[]),
    ];
    for (out, src, extra) in objects {
        run(Command::new(cc())
            .args(c_flags)
            .args(extra)
            .arg(crt.join(src))
            .arg("-o")
            .arg(lib.join(out)))?;
    }
    Ok(())
}

/// The allocator entry points a program may define itself (C17 7.1.3 lets it replace the
/// malloc family; glibc and musl support it): libc's own calls must reach the program's.
const INTERPOSABLE: [&str; 10] = [
    "malloc",
    "free",
    "calloc",
    "realloc",
    "aligned_alloc",
    "posix_memalign",
    "memalign",
    "valloc",
    "pvalloc",
    "malloc_usable_size",
];

/// Links `libc.so` (entry `_dlstart`, exports only the C names) from the archive.
fn link_shared(archive: &Path, lib: &Path, names: &[String], scratch: &Path) -> Result<(), String> {
    let script = scratch.join("libc.map");
    let mut text = String::from("{\n  global:\n");
    for n in names {
        text.push_str(&format!("    {n};\n"));
    }
    text.push_str("  local: *;\n};\n");
    fs::write(&script, text).map_err(|e| e.to_string())?;
    // Functions a program may replace: calls to them inside libc.so stay preemptible
    // despite -Bsymbolic-functions (--dynamic-list-data keeps data symbols preemptible too).
    let dynamic = scratch.join("libc.dynlist");
    let mut list = String::from("{\n");
    for n in INTERPOSABLE
        .iter()
        .filter(|n| names.iter().any(|m| m == *n))
    {
        list.push_str(&format!("  {n};\n"));
    }
    list.push_str("};\n");
    fs::write(&dynamic, list).map_err(|e| e.to_string())?;
    run(Command::new(cc())
        .args(["-nostdlib", "-shared", "-o"])
        .arg(lib.join("libc.so"))
        .args([
            "-Wl,-e,_dlstart",
            "-Wl,-soname,libc.so",
            "-Wl,-Bsymbolic-functions",
            "-Wl,--hash-style=both",
        ])
        .arg("-Wl,--dynamic-list-data")
        .arg(format!("-Wl,--dynamic-list={}", dynamic.display()))
        .args([
            "-Wl,--gc-sections",
            "-Wl,--no-undefined",
            "-Wl,-z,noexecstack",
            "-Wl,-z,relro",
            "-Wl,-z,now",
            // Relative relocations as DT_RELR (a bitmap): stage 1 applies ~500 of them at
            // every start; packed, that is a few hundred instructions instead of ~5k, and
            // stage 2 no longer walks past them in DT_RELA.
            "-Wl,-z,pack-relative-relocs",
            "-Wl,--strip-debug",
        ])
        .arg(format!("-Wl,--version-script={}", script.display()))
        .arg("-Wl,--whole-archive")
        .arg(archive)
        .arg("-Wl,--no-whole-archive"))
}

/// Writes `libc.a`: the archive with every Rust-internal symbol renamed under `__rcc_`,
/// so it cannot clash with a user's (or a Rust program's own) definitions.
fn make_static(
    archive: &Path,
    lib: &Path,
    internal: &[String],
    scratch: &Path,
) -> Result<(), String> {
    let map = scratch.join("rename.map");
    let text: String = internal
        .iter()
        .map(|n| format!("{n} __rcc_{n}\n"))
        .collect();
    fs::write(&map, text).map_err(|e| e.to_string())?;
    let out = lib.join("libc.a");
    run(Command::new("objcopy")
        .arg(format!("--redefine-syms={}", map.display()))
        .arg("--strip-debug")
        .arg(archive)
        .arg(&out))?;
    run(Command::new("ranlib").arg(&out))
}

/// Copies the headers and generates `bits/syscall.h` from the syscall table.
fn install_headers(root: &Path, include: &Path) -> Result<(), String> {
    copy_tree(&root.join("include"), include)?;
    let table =
        fs::read_to_string(root.join("arch/x86_64/syscalls.tbl")).map_err(|e| e.to_string())?;
    fs::create_dir_all(include.join("bits")).map_err(|e| e.to_string())?;
    fs::write(
        include.join("bits/syscall.h"),
        crate::syscall_h::syscall_h(&table),
    )
    .map_err(|e| e.to_string())
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| e.to_string())?;
    for entry in fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let dest = to.join(entry.file_name());
        if entry.file_type().map_err(|e| e.to_string())?.is_dir() {
            copy_tree(&entry.path(), &dest)?;
        } else {
            fs::copy(entry.path(), &dest).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// Builds and installs `rcc-wrapper` into `bin/`.
fn install_wrapper(root: &Path, bin: &Path) -> Result<(), String> {
    run(Command::new(env!("CARGO")).current_dir(root).args([
        "build",
        "--quiet",
        "--release",
        "-p",
        "rcc-wrapper",
    ]))?;
    let target = crate::util::target_dir();
    fs::create_dir_all(bin).map_err(|e| e.to_string())?;
    let dest = bin.join("rcc-wrapper");
    let _ = fs::remove_file(&dest);
    fs::copy(target.join("release/rcc-wrapper"), &dest)
        .map_err(|e| format!("install rcc-wrapper: {e}"))?;
    Ok(())
}

/// The default sysroot location.
pub fn default_prefix() -> PathBuf {
    crate::util::target_dir().join("sysroot")
}

/// Builds everything and installs it under `prefix`.
pub fn install(prefix: &Path) -> Result<(), String> {
    let root = root();
    let lib = prefix.join("lib");
    let scratch = crate::util::target_dir().join("product/scratch");
    for d in [&lib, &scratch] {
        fs::create_dir_all(d).map_err(|e| e.to_string())?;
    }
    let archive = build_archive(&root)?;
    let syms = exports::archive_symbols(&archive)?;
    build_crt(&root, &lib)?;
    link_shared(&archive, &lib, &syms.exported, &scratch)?;
    make_static(&archive, &lib, &syms.internal, &scratch)?;
    for name in EMPTY_LIBS {
        fs::write(lib.join(format!("lib{name}.a")), "!<arch>\n").map_err(|e| e.to_string())?;
    }
    install_headers(&root, &prefix.join("include"))?;
    install_wrapper(&root, &prefix.join("bin"))?;
    let size = fs::metadata(lib.join("libc.so"))
        .map(|m| m.len())
        .unwrap_or(0);
    println!(
        "sysroot: {} (libc.so {} bytes, {} exported symbols)",
        prefix.display(),
        size,
        syms.exported.len()
    );
    Ok(())
}
