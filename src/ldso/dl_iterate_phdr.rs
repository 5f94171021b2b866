//! `dl_iterate_phdr` (LSB/GNU `<link.h>`; musl: ldso/dynlink.c and
//! src/ldso/dl_iterate_phdr.c for static programs): calls back for each loaded module.
//! The unwinder (libgcc's `_Unwind_Find_FDE`) finds exception tables this way.
use crate::abi::types::{c_char, c_int, c_void};
use crate::ldso::elf::{PT_TLS, Phdr};

/// `struct dl_phdr_info`.
#[repr(C)]
pub struct DlPhdrInfo {
    pub dlpi_addr: usize,
    pub dlpi_name: *const c_char,
    pub dlpi_phdr: *const Phdr,
    pub dlpi_phnum: u16,
    pub dlpi_adds: u64,
    pub dlpi_subs: u64,
    pub dlpi_tls_modid: usize,
    pub dlpi_tls_data: *mut c_void,
}

type Callback = unsafe extern "C" fn(*mut DlPhdrInfo, usize, *mut c_void) -> c_int;

static EMPTY: [c_char; 1] = [0];

/// The calling thread's TLS block for module 1, or null.
fn tls_block(modid: usize) -> *mut c_void {
    if modid == 0 {
        return core::ptr::null_mut();
    }
    // SAFETY: the DTV holds [count, module 1 block] for every thread.
    unsafe { *(*crate::rt::thread::current()).dtv.add(1) as *mut c_void }
}

/// `int dl_iterate_phdr(int (*cb)(struct dl_phdr_info *, size_t, void *), void *data);`
/// — stops at the first non-zero return of `cb` and returns it.
///
/// # Safety
/// `cb` must be a valid callback.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn dl_iterate_phdr(cb: Callback, data: *mut c_void) -> c_int {
    // SAFETY: the loader's records (dynamic programs) or the kernel's auxv (static ones)
    // describe mapped headers.
    unsafe {
        if crate::rt::start::LOADED_DYNAMICALLY {
            let maps = &*(&raw const super::debug::MAPS);
            for (i, d) in super::stage2::modules().into_iter().enumerate() {
                let mut info = DlPhdrInfo {
                    dlpi_addr: d.base,
                    dlpi_name: maps[i].l_name,
                    dlpi_phdr: d.phdr,
                    dlpi_phnum: d.phnum as u16,
                    dlpi_adds: 1,
                    dlpi_subs: 0,
                    dlpi_tls_modid: d.tls_id,
                    dlpi_tls_data: tls_block(d.tls_id),
                };
                let r = cb(&mut info, core::mem::size_of::<DlPhdrInfo>(), data);
                if r != 0 {
                    return r;
                }
            }
            return 0;
        }
        let (hdrs, base) = crate::rt::start::static_program();
        let modid = hdrs.iter().any(|p| p.p_type == PT_TLS) as usize;
        let mut info = DlPhdrInfo {
            dlpi_addr: base,
            dlpi_name: EMPTY.as_ptr(),
            dlpi_phdr: hdrs.as_ptr(),
            dlpi_phnum: hdrs.len() as u16,
            dlpi_adds: 1,
            dlpi_subs: 0,
            dlpi_tls_modid: modid,
            dlpi_tls_data: tls_block(modid),
        };
        cb(&mut info, core::mem::size_of::<DlPhdrInfo>(), data)
    }
}
