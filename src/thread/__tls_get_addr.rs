//! `__tls_get_addr`: general-dynamic TLS access (x86_64 psABI; musl: src/thread/__tls_get_addr.c).

/// The argument the compiler passes: `{ module id, offset within the module's block }`.
#[repr(C)]
pub struct TlsIndex {
    pub module: usize,
    pub offset: usize,
}

/// `void *__tls_get_addr(tls_index *ti);` — every module's block is allocated at thread
/// start (static TLS only so far), so this is a DTV lookup.
///
/// # Safety
/// `ti` must come from a DTPMOD64/DTPOFF64 pair the loader filled in.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __tls_get_addr(ti: *const TlsIndex) -> *mut u8 {
    // SAFETY: the DTV holds one entry per loaded module, indexed by module id.
    unsafe {
        let dtv = (*crate::rt::thread::current()).dtv;
        (*dtv.add((*ti).module) + (*ti).offset) as *mut u8
    }
}
