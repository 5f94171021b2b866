//! Static TLS for the main thread: the program's `PT_TLS` image copied below the thread
//! descriptor (x86_64 TLS variant II), `%fs` set to the descriptor (musl: src/env/__init_tls.c).
use super::thread::Thread;
use crate::abi::mman::{MAP_ANONYMOUS, MAP_PRIVATE, PROT_READ, PROT_WRITE};

/// The main program's TLS module (module id 1): its initialisation image and layout.
#[derive(Clone, Copy)]
pub struct TlsModule {
    /// Run-time address of the `.tdata` image.
    pub image: *const u8,
    /// Bytes of `.tdata` to copy (`p_filesz`).
    pub len: usize,
    /// Bytes of the block (`p_memsz`).
    pub size: usize,
    pub align: usize,
    /// Distance from the thread pointer down to the block start (TPOFF = -offset + sym).
    pub offset: usize,
}

/// Module 1 as laid out at startup; `offset` is what TPOFF64 relocations subtract.
pub static mut MAIN_TLS: TlsModule = TlsModule {
    image: core::ptr::null(),
    len: 0,
    size: 0,
    align: 1,
    offset: 0,
};

/// Room for the main thread without a syscall: the descriptor, its TSD array and small
/// TLS blocks.
const BUILTIN: usize = 1024 + TSD_BYTES;
/// Bytes of a thread's TSD array, which lies right after its descriptor in every thread
/// (so `pthread_getspecific` is one `%fs`-relative load: see `TSD_OFFSET`).
const TSD_BYTES: usize = crate::thread::state::KEYS_MAX * 8;
/// Offset of the TSD array from the thread pointer.
pub const TSD_OFFSET: usize = core::mem::size_of::<Thread>();
#[repr(C, align(64))]
struct Builtin([u8; BUILTIN]);
static mut BUILTIN_AREA: Builtin = Builtin([0; BUILTIN]);
/// The main thread's DTV: `[module count, module 1 block address]`.
static mut MAIN_DTV: [usize; 2] = [0; 2];
/// The main thread's descriptor lives in the TLS area; this records it for the loader.
pub static mut MAIN_THREAD: *mut Thread = core::ptr::null_mut();

/// Places a TLS block of `size` bytes and alignment `align` whose image starts at address
/// `vaddr` so that its run-time start has the image's alignment; returns the offset below
/// the thread pointer (the linker computes the same value for local-exec accesses).
pub fn offset_for(size: usize, align: usize, vaddr: usize) -> usize {
    let align = align.max(1);
    size + (size.wrapping_neg().wrapping_sub(vaddr) & (align - 1))
}

/// Lays out `module` (if any), allocates the main thread's area, copies the TLS image,
/// fills in the descriptor and points `%fs` at it. Returns the descriptor.
///
/// # Safety
/// Startup only, once, before anything reads `errno` or the canary.
pub unsafe fn init_main_thread(module: Option<TlsModule>, canary: usize) -> *mut Thread {
    let mut m = module.unwrap_or(TlsModule {
        image: core::ptr::null(),
        len: 0,
        size: 0,
        align: 1,
        offset: 0,
    });
    m.align = m.align.max(1);
    m.offset = offset_for(m.size, m.align, m.image as usize);
    let align = m.align.max(core::mem::align_of::<Thread>()).max(16);
    let need = m.offset + TSD_OFFSET + TSD_BYTES + align;
    let area = if need <= BUILTIN {
        &raw mut BUILTIN_AREA as usize
    } else {
        let prot = PROT_READ | PROT_WRITE;
        // SAFETY: a fresh anonymous mapping owned by nobody else.
        match unsafe { crate::sys::mem::mmap(0, need, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) } {
            Ok(a) => a,
            Err(_) => crate::arch::entry::crash(),
        }
    };
    let tp = (area + m.offset + align - 1) & !(align - 1);
    let block = (tp - m.offset) as *mut u8;
    // SAFETY: [block, tp + size_of Thread) lies inside the area allocated above, and the
    // image is the program's mapped PT_TLS data; byte loops avoid calling memcpy this early.
    unsafe {
        let mut i = 0;
        while i < m.len {
            block.add(i).write_volatile(*m.image.add(i));
            i += 1;
        }
        while i < m.size {
            block.add(i).write_volatile(0);
            i += 1;
        }
        MAIN_TLS = m;
        MAIN_DTV = [1, block as usize];
        let t = tp as *mut Thread;
        t.write(Thread::ZERO);
        (*t).self_ptr = t;
        (*t).dtv = &raw mut MAIN_DTV as *mut usize;
        (*t).prev = t;
        (*t).next = t;
        (*t).canary = canary;
        (*t).pointer_guard = canary.rotate_left(17) ^ 0x9e37_79b9_7f4a_7c15;
        (*t).detach_state = core::sync::atomic::AtomicI32::new(crate::thread::state::JOINABLE);
        // The TSD array after the descriptor (`Thread::tsd`) is zero: the built-in area
        // is in .bss and a fresh mapping is zero-filled.
        if crate::sys::proc::arch_prctl(crate::arch::tp::ARCH_SET_FS, tp).is_err() {
            crate::arch::entry::crash();
        }
        (*t).tid = crate::sys::proc::set_tid_address(&raw mut (*t).tid);
        MAIN_THREAD = t;
        t
    }
}

/// Bytes past the descriptor: the TSD array and the two-word DTV.
const TAIL: usize = TSD_OFFSET + TSD_BYTES + 16;

/// Bytes a new thread's area needs: TLS block, descriptor, TSD, DTV and alignment slack.
pub fn thread_area_size() -> usize {
    // SAFETY: MAIN_TLS is written once at startup, before any thread is created.
    let m = unsafe { MAIN_TLS };
    m.offset + TAIL + m.align.max(64)
}

/// Builds a thread's TLS block, descriptor, TSD and DTV just below `top` (memory the
/// caller owns, at least `thread_area_size()` bytes). Returns the descriptor and the
/// lowest address used: the stack may grow down from there.
///
/// # Safety
/// `[top - thread_area_size(), top)` must be writable memory that nothing else uses.
pub unsafe fn init_thread_area(top: usize) -> (*mut Thread, usize) {
    // SAFETY: MAIN_TLS is written once at startup; the area belongs to the caller; the
    // calling thread's descriptor is valid.
    unsafe {
        let m = MAIN_TLS;
        let align = m.align.max(64);
        let tp = (top - TAIL) & !(align - 1);
        let block = (tp - m.offset) as *mut u8;
        core::ptr::copy_nonoverlapping(m.image, block, m.len);
        core::ptr::write_bytes(block.add(m.len), 0, m.size - m.len);
        let t = tp as *mut Thread;
        t.write(Thread::ZERO);
        core::ptr::write_bytes(Thread::tsd(t), 0, crate::thread::state::KEYS_MAX);
        let dtv = (tp + TSD_OFFSET + TSD_BYTES) as *mut usize;
        dtv.write(1);
        dtv.add(1).write(block as usize);
        let me = super::thread::current();
        (*t).self_ptr = t;
        (*t).dtv = dtv;
        (*t).prev = t;
        (*t).next = t;
        (*t).canary = (*me).canary;
        (*t).pointer_guard = (*me).pointer_guard;
        (t, block as usize & !15)
    }
}

#[cfg(test)]
mod tests {
    use super::offset_for;

    #[test]
    fn offsets_keep_image_alignment() {
        assert_eq!(offset_for(0, 1, 0), 0);
        assert_eq!(offset_for(4, 4, 0x1000), 4);
        assert_eq!(offset_for(5, 8, 0x1000), 8);
        assert_eq!(offset_for(100, 64, 0x2000), 128);
        // An image at vaddr 0x1010 with 32-byte alignment: block start ≡ 0x10 (mod 32).
        let off = offset_for(40, 32, 0x1010);
        assert_eq!((0usize.wrapping_sub(off)) & 31, 0x10);
        assert!(off >= 40);
    }
}
