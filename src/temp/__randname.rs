//! The random `XXXXXX` replacement and template check shared by the `mk*temp` functions
//! (musl: src/temp/__randname.c; the bytes come from `getrandom` here, not the clock).
use crate::abi::errno::{EEXIST, EINTR, EINVAL};
use crate::abi::types::c_char;
use crate::string::strlen::str_len;
use crate::sys::{Errno, check, nr::SYS_getrandom, syscall3};

/// How many names the `mk*temp` functions try before giving up, as musl.
pub const RETRIES: usize = 100;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The address of the six `X`s in `template`, `suffix` bytes before its end.
///
/// # Safety
/// `template` is NUL-terminated.
///
/// # Errors
/// `EINVAL` when the six bytes there are not all `X` (or the template is too short).
pub unsafe fn xs(template: *mut c_char, suffix: usize) -> Result<*mut u8, Errno> {
    // SAFETY: the caller's contract; indices stay below the length.
    unsafe {
        let l = str_len(template as *const u8);
        if l < 6 || suffix > l - 6 {
            return Err(Errno(EINVAL));
        }
        let p = (template as *mut u8).add(l - suffix - 6);
        for i in 0..6 {
            if *p.add(i) != b'X' {
                return Err(Errno(EINVAL));
            }
        }
        Ok(p)
    }
}

/// Writes six random name bytes at `p` (letters, digits, `-`, `_`).
///
/// # Safety
/// `p` is writable for six bytes.
pub unsafe fn randname(p: *mut u8) {
    let mut r = [0u8; 8];
    let mut got = 0;
    while got < 6 {
        // SAFETY: writes into the rest of `r`.
        let rest = unsafe { r.as_mut_ptr().add(got) };
        match check(unsafe { syscall3(SYS_getrandom, rest as usize, 8 - got, 0) }) {
            Ok(n) => got += n,
            Err(Errno(EINTR)) => {}
            Err(_) => {
                // No getrandom (very old kernel): fall back to a counter mixed with the
                // stack address and the time stamp counter.
                let t = crate::sys::proc::gettid() as u64 ^ (p as u64).rotate_left(17);
                let x = t.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ tsc();
                r = x.to_le_bytes();
                got = 8;
            }
        }
    }
    for (i, b) in r.iter().take(6).enumerate() {
        // SAFETY: i < 6, inside the caller's six bytes.
        unsafe { *p.add(i) = ALPHABET[(*b & 63) as usize] };
    }
}

fn tsc() -> u64 {
    static COUNTER: core::sync::atomic::AtomicU64 = core::sync::atomic::AtomicU64::new(1);
    COUNTER.fetch_add(0x5851_f42d_4c95_7f2d, core::sync::atomic::Ordering::Relaxed)
}

/// Runs `attempt` with fresh names at `p` until it succeeds or fails other than with
/// `EEXIST` (at most [`RETRIES`] times); restores the `X`s on failure.
///
/// # Safety
/// `p` is the six-byte name slot inside a live template.
pub unsafe fn try_names<T>(
    p: *mut u8,
    mut attempt: impl FnMut() -> Result<T, Errno>,
) -> Result<T, Errno> {
    let mut err = Errno(EEXIST);
    for _ in 0..RETRIES {
        // SAFETY: the caller's contract.
        unsafe { randname(p) };
        match attempt() {
            Ok(v) => return Ok(v),
            Err(Errno(EEXIST)) => {}
            Err(e) => {
                err = e;
                break;
            }
        }
    }
    for i in 0..6 {
        // SAFETY: as above.
        unsafe { *p.add(i) = b'X' };
    }
    Err(err)
}
