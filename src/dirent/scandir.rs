//! `scandir` (POSIX.1-2017 scandir(); musl: src/dirent/scandir.c).
use super::__dirent::{Dir, next};
use crate::abi::dirent::dirent;
use crate::abi::errno::{ENOENT, ENOMEM};
use crate::abi::types::{c_char, c_int, c_void};
use crate::errno::{errno, set_errno};
use crate::malloc::libc::{free, malloc, realloc};

/// The filter callback.
pub type Filter = Option<unsafe extern "C" fn(*const dirent) -> c_int>;
/// The comparison callback, as `alphasort`.
pub type Compar = Option<unsafe extern "C" fn(*mut *const dirent, *mut *const dirent) -> c_int>;

/// Frees the first `n` entries of `list` and `list` itself.
///
/// # Safety
/// `list` holds `n` malloc'd entries and came from malloc (or is null with `n == 0`).
unsafe fn free_all(list: *mut *mut dirent, n: usize) {
    for i in 0..n {
        // SAFETY: the caller guarantees `n` live entries.
        unsafe { free((*list.add(i)).cast::<c_void>()) };
    }
    // SAFETY: as above.
    unsafe { free(list.cast::<c_void>()) };
}

/// Reads every entry of `d` that `sel` accepts into a malloc'd array of malloc'd copies.
///
/// # Safety
/// `d` is a live stream; `sel` is null or a valid callback.
unsafe fn collect(d: &mut Dir, sel: Filter) -> Result<(*mut *mut dirent, usize), c_int> {
    let mut list: *mut *mut dirent = core::ptr::null_mut();
    let (mut n, mut cap) = (0usize, 0usize);
    loop {
        let de = match next(d) {
            Ok(Some(de)) => de,
            Ok(None) => break,
            Err(e) if e.0 == ENOENT => break,
            Err(e) => {
                // SAFETY: `list` holds `n` entries from this loop.
                unsafe { free_all(list, n) };
                return Err(e.0);
            }
        };
        // SAFETY: `sel` is a valid callback; `de` a valid entry.
        if let Some(f) = sel
            && unsafe { f(de) } == 0
        {
            continue;
        }
        if n == cap {
            cap = if cap == 0 { 32 } else { cap * 2 };
            let bytes = cap.saturating_mul(core::mem::size_of::<*mut dirent>());
            // SAFETY: `list` is null or came from realloc.
            let grown = unsafe { realloc(list.cast::<c_void>(), bytes) }.cast::<*mut dirent>();
            if grown.is_null() {
                // SAFETY: `list` holds `n` entries.
                unsafe { free_all(list, n) };
                return Err(ENOMEM);
            }
            list = grown;
        }
        // SAFETY: `de` is a whole record of d_reclen bytes.
        let len = unsafe { (*de).d_reclen } as usize;
        // SAFETY: malloc's contract.
        let copy = unsafe { malloc(len) }.cast::<dirent>();
        if copy.is_null() {
            // SAFETY: `list` holds `n` entries.
            unsafe { free_all(list, n) };
            return Err(ENOMEM);
        }
        // SAFETY: `copy` has `len` bytes; `de` is `len` readable bytes; `n < cap`.
        unsafe {
            core::ptr::copy_nonoverlapping(de.cast::<u8>(), copy.cast::<u8>(), len);
            *list.add(n) = copy;
        }
        n += 1;
    }
    Ok((list, n))
}

/// `int scandir(const char *dir, struct dirent ***list, int (*sel)(const struct dirent *),
/// int (*cmp)(const struct dirent **, const struct dirent **));`
///
/// Stores a malloc'd array of malloc'd entries (the caller frees each and the array) and
/// returns how many there are, sorted with `cmp` when it is not null.
///
/// # Safety
/// `dir` is NUL-terminated; `list` is writable; the callbacks are null or valid.
///
/// # Errors
/// As `opendir` and `readdir`, and `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn scandir(
    dir: *const c_char,
    list: *mut *mut *mut dirent,
    sel: Filter,
    cmp: Compar,
) -> c_int {
    // SAFETY: the caller guarantees `dir`.
    let d = unsafe { super::opendir::opendir(dir) };
    if d.is_null() {
        return -1;
    }
    let saved = errno();
    // SAFETY: `d` is a live stream; the callbacks are the caller's.
    let got = unsafe { collect(&mut *d, sel) };
    // SAFETY: `d` is live and not used again.
    unsafe { super::closedir::closedir(d) };
    set_errno(saved);
    let (arr, n) = match got {
        Ok(v) => v,
        Err(e) => {
            set_errno(e);
            return -1;
        }
    };
    if let Some(c) = cmp
        && n > 1
    {
        // SAFETY: the comparator takes two pointers to array elements, which is what
        // qsort passes; the two function-pointer types have the same ABI.
        unsafe {
            let c: unsafe extern "C" fn(*const c_void, *const c_void) -> c_int =
                core::mem::transmute(c);
            crate::stdlib::qsort::qsort(arr.cast(), n, core::mem::size_of::<*mut dirent>(), c);
        }
    }
    // SAFETY: the caller guarantees `list`.
    unsafe { *list = arr };
    n as c_int
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak scandir64", ".set scandir64, scandir");
