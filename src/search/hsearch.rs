//! `hcreate`, `hsearch`, `hdestroy` (POSIX.1-2017) and the GNU reentrant `hcreate_r`,
//! `hsearch_r`, `hdestroy_r` (musl: src/search/hsearch.c). Open addressing with
//! triangular probing over a power-of-two table that doubles when three quarters full,
//! as musl: `ENTER` fails only when memory runs out.
use crate::abi::errno::{ENOMEM, ESRCH};
use crate::abi::search::{ENTRY, hsearch_data};
use crate::abi::types::{c_char, c_int, c_void};
use crate::errno::set_errno;
use crate::malloc::libc::{calloc, free};

/// `ACTION` values (`<search.h>`).
const FIND: c_int = 0;

const MINSIZE: usize = 8;
const MAXSIZE: usize = usize::MAX / 2 + 1;

/// What `hsearch_data.__tab` points to.
#[repr(C)]
struct Table {
    entries: *mut ENTRY,
    mask: usize,
    used: usize,
}

/// The table behind `hcreate`/`hsearch`/`hdestroy`.
static mut GLOBAL: hsearch_data = hsearch_data {
    __tab: core::ptr::null_mut(),
    __unused1: 0,
    __unused2: 0,
};

/// Hash of a NUL-terminated key.
///
/// # Safety
/// `k` is NUL-terminated.
unsafe fn hash(k: *const c_char) -> usize {
    let mut h: usize = 0;
    let mut p = k as *const u8;
    // SAFETY: stops at the NUL.
    unsafe {
        while *p != 0 {
            h = h.wrapping_mul(31).wrapping_add(*p as usize);
            p = p.add(1);
        }
    }
    h
}

/// Whether two NUL-terminated strings are equal.
///
/// # Safety
/// Both are NUL-terminated.
unsafe fn same(a: *const c_char, b: *const c_char) -> bool {
    let mut i = 0;
    // SAFETY: stops at the first difference or the shared NUL.
    unsafe {
        while *a.add(i) == *b.add(i) {
            if *a.add(i) == 0 {
                return true;
            }
            i += 1;
        }
    }
    false
}

/// The slot holding `key`, or the empty slot where it would go.
///
/// # Safety
/// `t` is a live table with at least one empty slot.
unsafe fn lookup(t: *mut Table, key: *const c_char, h: usize) -> *mut ENTRY {
    let (mut i, mut j) = (h, 1usize);
    // SAFETY: indices are masked into the table; an empty slot ends the probe.
    unsafe {
        loop {
            let e = (*t).entries.add(i & (*t).mask);
            if (*e).key.is_null() || same((*e).key, key) {
                return e;
            }
            i = i.wrapping_add(j);
            j += 1;
        }
    }
}

/// Makes `t` hold at least `nel` slots (a power of two), moving the old entries.
///
/// # Safety
/// `t` is a live table (its `entries` may be null).
unsafe fn resize(t: *mut Table, nel: usize) -> bool {
    let nel = nel.min(MAXSIZE);
    let mut size = MINSIZE;
    while size < nel {
        size *= 2;
    }
    // SAFETY: t is live; the new array is zeroed (all keys null).
    unsafe {
        let old = (*t).entries;
        let old_size = if old.is_null() { 0 } else { (*t).mask + 1 };
        let fresh = calloc(size, size_of::<ENTRY>()) as *mut ENTRY;
        if fresh.is_null() {
            return false;
        }
        (*t).entries = fresh;
        (*t).mask = size - 1;
        for k in 0..old_size {
            let e = old.add(k);
            if !(*e).key.is_null() {
                *lookup(t, (*e).key, hash((*e).key)) = ENTRY {
                    key: (*e).key,
                    data: (*e).data,
                };
            }
        }
        free(old as *mut c_void);
    }
    true
}

/// `int hcreate_r(size_t nel, struct hsearch_data *htab);` — returns non-zero on success.
///
/// # Safety
/// `htab` is writable and not holding a live table.
///
/// # Errors
/// `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn hcreate_r(nel: usize, htab: *mut hsearch_data) -> c_int {
    // SAFETY: the caller's contract; the new table is zeroed.
    unsafe {
        let t = calloc(1, size_of::<Table>()) as *mut Table;
        if t.is_null() {
            set_errno(ENOMEM);
            return 0;
        }
        if !resize(t, nel) {
            free(t as *mut c_void);
            set_errno(ENOMEM);
            return 0;
        }
        (*htab).__tab = t as *mut c_void;
    }
    1
}

/// `void hdestroy_r(struct hsearch_data *htab);` — frees the table (not the keys).
///
/// # Safety
/// `htab` is null-tabled or from `hcreate_r`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn hdestroy_r(htab: *mut hsearch_data) {
    // SAFETY: the caller's contract.
    unsafe {
        let t = (*htab).__tab as *mut Table;
        if !t.is_null() {
            free((*t).entries as *mut c_void);
        }
        free(t as *mut c_void);
        (*htab).__tab = core::ptr::null_mut();
    }
}

/// `int hsearch_r(ENTRY item, ACTION action, ENTRY **retval, struct hsearch_data *htab);`
///
/// Finds `item.key`; with `ENTER` inserts `item` when absent (an existing entry is left
/// as it is). Returns non-zero with `*retval` set, or 0 with `*retval` NULL.
///
/// # Safety
/// `item.key` is NUL-terminated and outlives the table; `htab` is from `hcreate_r`.
///
/// # Errors
/// `ESRCH` (FIND of an absent key, as glibc), `ENOMEM` (growing failed).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn hsearch_r(
    item: ENTRY,
    action: c_int,
    retval: *mut *mut ENTRY,
    htab: *mut hsearch_data,
) -> c_int {
    // SAFETY: the caller's contract; the table always keeps a free slot.
    unsafe {
        let t = (*htab).__tab as *mut Table;
        let h = hash(item.key);
        let mut e = lookup(t, item.key, h);
        if !(*e).key.is_null() {
            *retval = e;
            return 1;
        }
        if action == FIND {
            *retval = core::ptr::null_mut();
            set_errno(ESRCH);
            return 0;
        }
        *e = item;
        (*t).used += 1;
        if (*t).used > (*t).mask - (*t).mask / 4 {
            if !resize(t, 2 * (*t).used) {
                (*t).used -= 1;
                (*e).key = core::ptr::null_mut();
                *retval = core::ptr::null_mut();
                set_errno(ENOMEM);
                return 0;
            }
            e = lookup(t, item.key, h);
        }
        *retval = e;
        1
    }
}

/// `int hcreate(size_t nel);` — the process-wide table; non-zero on success.
///
/// # Errors
/// `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn hcreate(nel: usize) -> c_int {
    // SAFETY: GLOBAL is the static table (hsearch is not thread-safe, per POSIX).
    unsafe { hcreate_r(nel, &raw mut GLOBAL) }
}

/// `void hdestroy(void);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn hdestroy() {
    // SAFETY: as in hcreate.
    unsafe { hdestroy_r(&raw mut GLOBAL) }
}

/// `ENTRY *hsearch(ENTRY item, ACTION action);` — `hsearch_r` on the process-wide table.
///
/// # Safety
/// As `hsearch_r`; `hcreate` was called.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn hsearch(item: ENTRY, action: c_int) -> *mut ENTRY {
    let mut e = core::ptr::null_mut();
    // SAFETY: as in hcreate; the caller's contract.
    unsafe { hsearch_r(item, action, &mut e, &raw mut GLOBAL) };
    e
}
