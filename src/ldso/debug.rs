//! The debugger interface (System V gABI `r_debug` protocol, as gdb's solib-svr4 reads
//! it; musl: ldso/dynlink.c `debug`, `_dl_debug_state`): a list of loaded modules
//! whose address the loader stores in the program's `DT_DEBUG` entry.
use crate::abi::types::c_char;

/// `struct link_map` (the public prefix of each loaded module's record).
#[repr(C)]
pub struct LinkMap {
    pub l_addr: usize,
    pub l_name: *const c_char,
    pub l_ld: *const usize,
    pub l_next: *mut LinkMap,
    pub l_prev: *mut LinkMap,
}

/// `struct r_debug`.
#[repr(C)]
pub struct RDebug {
    pub r_version: i32,
    pub r_map: *mut LinkMap,
    pub r_brk: usize,
    /// RT_CONSISTENT (0), RT_ADD (1), RT_DELETE (2).
    pub r_state: i32,
    pub r_ldbase: usize,
}

/// `_r_debug`: what `DT_DEBUG` points at.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
#[allow(non_upper_case_globals)]
pub static mut _r_debug: RDebug = RDebug {
    r_version: 1,
    r_map: core::ptr::null_mut(),
    r_brk: 0,
    r_state: 0,
    r_ldbase: 0,
};

/// Nodes for the program and libc.so.
pub static mut MAPS: [LinkMap; 2] = [const {
    LinkMap {
        l_addr: 0,
        l_name: core::ptr::null(),
        l_ld: core::ptr::null(),
        l_next: core::ptr::null_mut(),
        l_prev: core::ptr::null_mut(),
    }
}; 2];

/// `void _dl_debug_state(void);` — debuggers set a breakpoint here to hear of changes.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
#[inline(never)]
pub extern "C" fn _dl_debug_state() {
    // Keep the function from being folded into another or removed.
    core::hint::black_box(());
}

static EMPTY: [c_char; 1] = [0];

/// Fills in the list (program first, then libc.so named `libc_name`) and stores its
/// address in the program's `DT_DEBUG` entry, if it has one.
///
/// # Safety
/// Loader stage 2 only: after relocation (this touches exported data through the GOT),
/// before RELRO protection; both modules are described.
pub unsafe fn publish(prog: &super::dso::Dso, libc: &super::dso::Dso, libc_name: *const c_char) {
    // SAFETY: single-threaded start-up; the program's dynamic section is still writable.
    unsafe {
        let maps = &mut *(&raw mut MAPS);
        let (a, b) = maps.split_at_mut(1);
        let (p, l) = (&mut a[0], &mut b[0]);
        p.l_addr = prog.base;
        p.l_name = EMPTY.as_ptr();
        p.l_ld = prog.dynv;
        p.l_next = l;
        l.l_addr = libc.base;
        l.l_name = libc_name;
        l.l_ld = libc.dynv;
        l.l_prev = p;
        let dbg = &mut *(&raw mut _r_debug);
        dbg.r_map = p;
        dbg.r_brk = _dl_debug_state as *const () as usize;
        dbg.r_ldbase = libc.base;
        if prog.dynv.is_null() {
            return;
        }
        let mut d = prog.dynv as *mut usize;
        while *d != super::elf::DT_NULL {
            if *d == DT_DEBUG {
                *d.add(1) = dbg as *mut RDebug as usize;
            }
            d = d.add(2);
        }
        _dl_debug_state();
    }
}

const DT_DEBUG: usize = 21;
