//! `__syscall_ret`: a raw kernel return in the C convention (musl: src/internal/syscall_ret.c).
//! Internal only; the many one-syscall entry points of `unistd/`, `stat/`, `mman/`... use it.

/// Returns `r`, or `-1` with `errno` set when `r` is a `-errno` value (`-4095..=-1`).
#[inline]
pub fn __syscall_ret(r: isize) -> isize {
    if (-4095..0).contains(&r) {
        super::set_errno(-r as crate::abi::types::c_int);
        -1
    } else {
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_errors_only() {
        assert_eq!(__syscall_ret(5), 5);
        assert_eq!(__syscall_ret(-4096), -4096);
        assert_eq!(__syscall_ret(-2), -1);
        assert_eq!(super::super::errno(), 2);
    }
}
