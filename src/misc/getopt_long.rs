//! `getopt_long`, `getopt_long_only` (GNU extensions; musl: src/misc/getopt_long.c).
//! Non-options are permuted past the options unless `optstring` starts with `+` or `-`.
use super::getopt::{
    __optpos, __optreset, arg, bytes, getopt, message, optarg, opterr, optind, optopt,
};
use crate::abi::getopt::{option, required_argument};
use crate::abi::types::{c_char, c_int};

/// Moves `argv[src]` to `argv[dest]`, shifting the elements between up by one.
///
/// # Safety
/// `0 <= dest <= src < argc`; `argv`'s pointer array is writable (as with glibc and
/// musl, the `const` in the prototype is not honoured by permuting getopt_long).
unsafe fn permute(argv: *const *mut c_char, dest: c_int, src: c_int) {
    let av = argv.cast_mut();
    // SAFETY: caller contract.
    unsafe {
        let moved = *av.add(src as usize);
        let mut i = src as usize;
        while i > dest as usize {
            *av.add(i) = *av.add(i - 1);
            i -= 1;
        }
        *av.add(dest as usize) = moved;
    }
}

/// # Safety
/// As for `getopt_long`.
unsafe fn long_scan(
    argc: c_int,
    argv: *const *mut c_char,
    optstring: *const c_char,
    longopts: *const option,
    idx: *mut c_int,
    long_only: bool,
) -> c_int {
    // SAFETY: the getopt globals are process state (not thread-safe by contract).
    unsafe {
        if optind == 0 || __optreset != 0 {
            __optreset = 0;
            __optpos = 0;
            optind = 1;
        }
        if optind >= argc || optind < 0 || arg(argv, optind).is_null() {
            return -1;
        }
        let skipped = optind;
        let os = bytes(optstring);
        if !matches!(os.first(), Some(b'+' | b'-')) {
            // Find the next option; the non-options before it are moved after it below.
            let mut i = optind;
            loop {
                if i >= argc || arg(argv, i).is_null() {
                    return -1;
                }
                let a = arg(argv, i);
                if *a == b'-' as c_char && *a.add(1) != 0 {
                    break;
                }
                i += 1;
            }
            optind = i;
        }
        let resumed = optind;
        let ret = long_core(argc, argv, optstring, longopts, idx, long_only);
        if resumed > skipped {
            let used = optind - resumed;
            for _ in 0..used {
                permute(argv, skipped, optind - 1);
            }
            optind = skipped + used;
        }
        ret
    }
}

/// One option at `argv[optind]` (which starts with `-`).
///
/// # Safety
/// As for `getopt_long`; `argv[optind]` is an option element.
unsafe fn long_core(
    argc: c_int,
    argv: *const *mut c_char,
    optstring: *const c_char,
    longopts: *const option,
    idx: *mut c_int,
    long_only: bool,
) -> c_int {
    // SAFETY: strings are read up to their terminators; `longopts` ends with a null name.
    unsafe {
        optarg = core::ptr::null_mut();
        let cur = arg(argv, optind).cast::<u8>();
        let os = bytes(optstring);
        let is_long = *cur == b'-'
            && ((long_only && *cur.add(1) != 0 && *cur.add(1) != b'-')
                || (*cur.add(1) == b'-' && *cur.add(2) != 0));
        if longopts.is_null() || !is_long {
            return getopt(argc, argv, optstring);
        }
        let colon = os.get(matches!(os.first(), Some(b'+' | b'-')) as usize) == Some(&b':');
        let start = cur.add(1);
        let typed = if *start == b'-' { start.add(1) } else { start };
        // The typed name ends at '=' or the end of the element.
        let mut tlen = 0;
        while *typed.add(tlen) != 0 && *typed.add(tlen) != b'=' {
            tlen += 1;
        }
        let name_typed = core::slice::from_raw_parts(typed, tlen);
        let (mut count, mut found) = (0, 0usize);
        let mut i = 0;
        while !(*longopts.add(i)).name.is_null() {
            let name = bytes((*longopts.add(i)).name);
            if name.starts_with(name_typed) {
                found = i;
                if name.len() == tlen {
                    count = 1;
                    break;
                }
                count += 1;
            }
            i += 1;
        }
        // `-x` under getopt_long_only: a short option x wins over abbreviations.
        if count == 1
            && long_only
            && typed == start
            && tlen == 1
            && name_typed.first().is_some_and(|c| os.contains(c))
        {
            count += 1;
        }
        if count == 1 {
            let o = &*longopts.add(found);
            let rest = typed.add(tlen);
            optind += 1;
            if *rest == b'=' {
                if o.has_arg == 0 {
                    optopt = o.val;
                    if !colon && opterr != 0 {
                        message(
                            arg(argv, 0),
                            b": option does not take an argument: ",
                            bytes(o.name),
                        );
                    }
                    return b'?' as c_int;
                }
                optarg = rest.add(1).cast();
            } else if o.has_arg == required_argument {
                optarg = if optind <= argc {
                    arg(argv, optind)
                } else {
                    core::ptr::null_mut()
                };
                if optarg.is_null() {
                    optopt = o.val;
                    if colon {
                        return b':' as c_int;
                    }
                    if opterr != 0 {
                        message(
                            arg(argv, 0),
                            b": option requires an argument: ",
                            bytes(o.name),
                        );
                    }
                    return b'?' as c_int;
                }
                optind += 1;
            }
            if !idx.is_null() {
                *idx = found as c_int;
            }
            if !o.flag.is_null() {
                *o.flag = o.val;
                return 0;
            }
            return o.val;
        }
        if *cur.add(1) == b'-' {
            optopt = 0;
            if !colon && opterr != 0 {
                let what: &[u8] = if count > 0 {
                    b": option is ambiguous: "
                } else {
                    b": unrecognized option: "
                };
                message(arg(argv, 0), what, bytes(cur.add(2).cast()));
            }
            optind += 1;
            return b'?' as c_int;
        }
        getopt(argc, argv, optstring)
    }
}

/// `int getopt_long(int argc, char *const *argv, const char *optstring,
///                  const struct option *longopts, int *longindex);`
///
/// Like `getopt`, plus `--name`, `--name=value` and `--name value` long options, which
/// may be abbreviated to any unambiguous prefix (an exact match always wins).
///
/// # Safety
/// As for `getopt`; `longopts` is null or an array ended by an entry with a null name;
/// `longindex` is null or writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getopt_long(
    argc: c_int,
    argv: *const *mut c_char,
    optstring: *const c_char,
    longopts: *const option,
    longindex: *mut c_int,
) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { long_scan(argc, argv, optstring, longopts, longindex, false) }
}

/// `int getopt_long_only(int argc, char *const *argv, const char *optstring,
///                       const struct option *longopts, int *longindex);`
///
/// As `getopt_long`, but `-name` is tried as a long option first.
///
/// # Safety
/// As for `getopt_long`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getopt_long_only(
    argc: c_int,
    argv: *const *mut c_char,
    optstring: *const c_char,
    longopts: *const option,
    longindex: *mut c_int,
) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { long_scan(argc, argv, optstring, longopts, longindex, true) }
}
