//! `realpath` (POSIX.1-2017 realpath(); musl: src/misc/realpath.c). Resolves in user
//! space with `readlink` on each prefix, as musl 1.2.2+ does: no `/proc` needed.
use crate::abi::errno::{EINVAL, ELOOP, ENAMETOOLONG, ENOENT, ENOMEM};
use crate::abi::types::c_char;
use crate::errno::c_ret;
use crate::sys::{Errno, check, nr::*, syscall2, syscall3};

const PATH_MAX: usize = 4096;
/// Symbolic links followed before `ELOOP` (`SYMLOOP_MAX` in musl's limits.h).
const SYMLOOP_MAX: usize = 40;

const TOOLONG: Errno = Errno(ENAMETOOLONG);

/// Number of `/` bytes at the start of `s`.
fn slashes(s: &[u8]) -> usize {
    s.iter().take_while(|&&b| b == b'/').count()
}

/// `readlink(path)` into `buf[..size]`.
fn read_link(path: &[u8], buf: &mut [u8], size: usize) -> Result<usize, Errno> {
    // SAFETY: path is NUL-terminated (callers write the NUL); size <= buf.len().
    check(unsafe {
        syscall3(
            SYS_readlink,
            path.as_ptr() as usize,
            buf.as_mut_ptr() as usize,
            size,
        )
    })
}

/// Resolves the `len`-byte path at `name` into `out`; returns the length (NUL written).
///
/// `stack` holds the components still to visit at its end (from `p`); each is appended
/// to `out` and `readlink`ed: a link's contents are pushed back onto `stack`, anything
/// else stays. `..` pops `out`, except leading ones, which apply to the cwd at the end.
///
/// # Safety
/// `name` is readable for `len` bytes.
unsafe fn resolve(name: *const u8, len: usize, out: &mut [u8; PATH_MAX]) -> Result<usize, Errno> {
    let mut stack = [0u8; PATH_MAX + 1];
    let mut p = stack.len() - len - 1;
    // SAFETY: len < PATH_MAX bytes fit at the end of stack, before the final NUL.
    unsafe { core::ptr::copy_nonoverlapping(name, stack.as_mut_ptr().add(p), len) };
    let (mut q, mut links, mut ups) = (0usize, 0usize, 0usize);
    // Set when the last component was followed by '/': it must be a directory.
    let mut want_dir = false;
    'restart: loop {
        loop {
            if stack[p] == b'/' {
                // An absolute base: reset the output. Exactly two leading slashes stay.
                want_dir = false;
                ups = 0;
                out[0] = b'/';
                q = 1;
                p += 1;
                if stack[p] == b'/' && stack[p + 1] != b'/' {
                    out[1] = b'/';
                    q = 2;
                }
                p += slashes(&stack[p..]);
                continue;
            }
            let comp = stack[p..]
                .iter()
                .take_while(|&&b| b != 0 && b != b'/')
                .count();
            if comp == 0 && !want_dir {
                break 'restart;
            }
            if comp == 1 && stack[p] == b'.' {
                p += 1;
                p += slashes(&stack[p..]);
                continue;
            }
            // Copy the component (with a separating '/') after the output, NUL-terminated,
            // to readlink it before deciding whether it stays.
            let mut l = comp;
            if q > 0 && out[q - 1] != b'/' {
                if p == 0 {
                    return Err(TOOLONG);
                }
                p -= 1;
                stack[p] = b'/';
                l += 1;
            }
            if q + l >= PATH_MAX {
                return Err(TOOLONG);
            }
            out[q..q + l].copy_from_slice(&stack[p..p + l]);
            out[q + l] = 0;
            p += l;
            let up = comp == 2 && stack[p - 2] == b'.' && stack[p - 1] == b'.';
            if up && q <= 3 * ups {
                // Nothing left to cancel: keep the "..", applied to the cwd later.
                ups += 1;
                q += l;
                p += slashes(&stack[p..]);
                continue;
            }
            // Known directories need no readlink for "..".
            if !up || want_dir {
                match read_link(&out[..], &mut stack, p) {
                    Ok(k) if k == p => return Err(TOOLONG),
                    Ok(0) => return Err(Errno(ENOENT)),
                    Ok(k) => {
                        links += 1;
                        if links == SYMLOOP_MAX {
                            return Err(Errno(ELOOP));
                        }
                        // Link contents ending in '/' absorb the slashes already there.
                        if stack[k - 1] == b'/' {
                            p += slashes(&stack[p..]);
                        }
                        p -= k;
                        stack.copy_within(0..k, p);
                        continue 'restart;
                    }
                    Err(Errno(EINVAL)) => {}
                    Err(e) => return Err(e),
                }
            }
            want_dir = false;
            if up {
                while q > 0 && out[q - 1] != b'/' {
                    q -= 1;
                }
                if q > 1 && (q > 2 || out[0] != b'/') {
                    q -= 1;
                }
            } else {
                if comp > 0 {
                    q += l;
                }
                want_dir = stack[p] != 0;
            }
            p += slashes(&stack[p..]);
        }
    }
    out[q] = 0;
    if out[0] != b'/' {
        q = prepend_cwd(out, q, ups, &mut stack)?;
    }
    Ok(q)
}

/// Puts the working directory (less one level per leading `..`) before the relative
/// result `out[..q]`.
fn prepend_cwd(
    out: &mut [u8; PATH_MAX],
    q: usize,
    ups: usize,
    cwd: &mut [u8],
) -> Result<usize, Errno> {
    // SAFETY: cwd is writable for its length.
    let n = check(unsafe { syscall2(SYS_getcwd, cwd.as_mut_ptr() as usize, cwd.len()) })?;
    if n == 0 || cwd[0] != b'/' {
        return Err(Errno(ENOENT));
    }
    let mut l = cwd.iter().position(|&b| b == 0).unwrap_or(0);
    let mut skip = 0;
    for _ in 0..ups {
        while l > 1 && cwd[l - 1] != b'/' {
            l -= 1;
        }
        if l > 1 {
            l -= 1;
        }
        skip += 2;
        if skip < q {
            skip += 1;
        }
    }
    if q > skip && cwd[l - 1] != b'/' {
        cwd[l] = b'/';
        l += 1;
    }
    let rest = q.saturating_sub(skip);
    if l + rest + 1 >= PATH_MAX {
        return Err(TOOLONG);
    }
    out.copy_within(skip..skip + rest + 1, l);
    out[..l].copy_from_slice(&cwd[..l]);
    Ok(l + rest)
}

/// `char *realpath(const char *restrict path, char *restrict resolved);`
///
/// The absolute path naming `path` with no `.`, `..`, symbolic links or repeated `/`,
/// stored in `resolved` (`PATH_MAX` bytes) or, when `resolved` is null, in memory from
/// `malloc` for the caller to free.
///
/// # Safety
/// `path` is null or NUL-terminated; `resolved` is null or writable for `PATH_MAX` bytes.
///
/// # Errors
/// `EINVAL` (null `path`), `ENOENT` (empty path or a missing component), `ENOTDIR`,
/// `ELOOP` (40 links), `ENAMETOOLONG`, `EACCES`, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn realpath(path: *const c_char, resolved: *mut c_char) -> *mut c_char {
    c_ret(
        // SAFETY: the caller's contract.
        unsafe { real(path, resolved) },
        core::ptr::null_mut(),
    )
}

unsafe fn real(path: *const c_char, resolved: *mut c_char) -> Result<*mut c_char, Errno> {
    if path.is_null() {
        return Err(Errno(EINVAL));
    }
    let mut len = 0;
    // SAFETY: the walk stops at the terminator or after PATH_MAX bytes.
    while len < PATH_MAX && unsafe { *path.add(len) } != 0 {
        len += 1;
    }
    if len == 0 {
        return Err(Errno(ENOENT));
    }
    if len >= PATH_MAX {
        return Err(TOOLONG);
    }
    let mut out = [0u8; PATH_MAX];
    // SAFETY: path has len readable bytes.
    let q = unsafe { resolve(path as *const u8, len, &mut out)? };
    let dst = if resolved.is_null() {
        // SAFETY: plain allocation.
        let m = unsafe { crate::malloc::libc::malloc(q + 1) } as *mut c_char;
        if m.is_null() {
            return Err(Errno(ENOMEM));
        }
        m
    } else {
        resolved
    };
    // SAFETY: dst has room for q + 1 bytes (PATH_MAX or the fresh allocation).
    unsafe { core::ptr::copy_nonoverlapping(out.as_ptr(), dst as *mut u8, q + 1) };
    Ok(dst)
}
