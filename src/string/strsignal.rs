//! `strsignal` (POSIX.1-2008; musl: src/string/strsignal.c). Texts match musl's.
use crate::abi::types::{c_char, c_int};
use core::ffi::CStr;

/// The description of signal `sig`, as musl words it.
///
/// DIFF(glibc): glibc says "Real-time signal N" and "Unknown signal N"; rcc follows musl.
pub(crate) fn describe(sig: c_int) -> &'static CStr {
    match sig {
        1 => c"Hangup",
        2 => c"Interrupt",
        3 => c"Quit",
        4 => c"Illegal instruction",
        5 => c"Trace/breakpoint trap",
        6 => c"Aborted",
        7 => c"Bus error",
        8 => c"Arithmetic exception",
        9 => c"Killed",
        10 => c"User defined signal 1",
        11 => c"Segmentation fault",
        12 => c"User defined signal 2",
        13 => c"Broken pipe",
        14 => c"Alarm clock",
        15 => c"Terminated",
        16 => c"Stack fault",
        17 => c"Child process status",
        18 => c"Continued",
        19 => c"Stopped (signal)",
        20 => c"Stopped",
        21 => c"Stopped (tty input)",
        22 => c"Stopped (tty output)",
        23 => c"Urgent I/O condition",
        24 => c"CPU time limit exceeded",
        25 => c"File size limit exceeded",
        26 => c"Virtual timer expired",
        27 => c"Profiling timer expired",
        28 => c"Window changed",
        29 => c"I/O possible",
        30 => c"Power failure",
        31 => c"Bad system call",
        32 => c"RT32",
        33 => c"RT33",
        34 => c"RT34",
        35 => c"RT35",
        36 => c"RT36",
        37 => c"RT37",
        38 => c"RT38",
        39 => c"RT39",
        40 => c"RT40",
        41 => c"RT41",
        42 => c"RT42",
        43 => c"RT43",
        44 => c"RT44",
        45 => c"RT45",
        46 => c"RT46",
        47 => c"RT47",
        48 => c"RT48",
        49 => c"RT49",
        50 => c"RT50",
        51 => c"RT51",
        52 => c"RT52",
        53 => c"RT53",
        54 => c"RT54",
        55 => c"RT55",
        56 => c"RT56",
        57 => c"RT57",
        58 => c"RT58",
        59 => c"RT59",
        60 => c"RT60",
        61 => c"RT61",
        62 => c"RT62",
        63 => c"RT63",
        64 => c"RT64",
        _ => c"Unknown signal",
    }
}

/// `char *strsignal(int sig);`
///
/// A static description of `sig` ("Unknown signal" outside 1..=64). The string must not
/// be modified.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn strsignal(sig: c_int) -> *mut c_char {
    describe(sig).as_ptr().cast_mut()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(describe(1), c"Hangup");
        assert_eq!(describe(11), c"Segmentation fault");
        assert_eq!(describe(34), c"RT34");
        assert_eq!(describe(0), c"Unknown signal");
        assert_eq!(describe(65), c"Unknown signal");
        assert_eq!(strsignal(-1), describe(0).as_ptr().cast_mut());
    }
}
