//! `mallinfo`, `mallinfo2` (glibc extensions, glibc's field layout; musl has neither):
//! allocator statistics gathered from the segment headers and the large-block table.
use crate::abi::types::c_int;

/// glibc's `struct mallinfo2`; `struct mallinfo` has the same fields as `int`.
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct Mallinfo2 {
    /// Bytes mapped for small-block segments.
    pub arena: usize,
    /// Spans of small blocks.
    pub ordblks: usize,
    pub smblks: usize,
    /// Large blocks (mapped directly) and their bytes.
    pub hblks: usize,
    pub hblkhd: usize,
    pub usmblks: usize,
    pub fsmblks: usize,
    /// Bytes in small blocks in use (blocks freed by other threads count until collected).
    pub uordblks: usize,
    /// `arena - uordblks`.
    pub fordblks: usize,
    pub keepcost: usize,
}

#[repr(C)]
pub struct Mallinfo {
    pub arena: c_int,
    pub ordblks: c_int,
    pub smblks: c_int,
    pub hblks: c_int,
    pub hblkhd: c_int,
    pub usmblks: c_int,
    pub fsmblks: c_int,
    pub uordblks: c_int,
    pub fordblks: c_int,
    pub keepcost: c_int,
}

fn gather() -> Mallinfo2 {
    let mut m = Mallinfo2::default();
    {
        let _g = super::lock::lock();
        // SAFETY: the global lock is held.
        let segs = unsafe {
            super::segment::for_each_span(|s| {
                m.ordblks += 1;
                m.uordblks += s.used as usize * s.block_size as usize;
            })
        };
        m.arena = segs * super::segment::SEG_SIZE;
    }
    (m.hblks, m.hblkhd) = super::large::stats();
    m.fordblks = m.arena - m.uordblks.min(m.arena);
    m
}

/// `struct mallinfo2 mallinfo2(void);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn mallinfo2() -> Mallinfo2 {
    gather()
}

/// `struct mallinfo mallinfo(void);` — as `mallinfo2`, each field truncated to `int` as in
/// glibc.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn mallinfo() -> Mallinfo {
    let m = gather();
    Mallinfo {
        arena: m.arena as c_int,
        ordblks: m.ordblks as c_int,
        smblks: m.smblks as c_int,
        hblks: m.hblks as c_int,
        hblkhd: m.hblkhd as c_int,
        usmblks: m.usmblks as c_int,
        fsmblks: m.fsmblks as c_int,
        uordblks: m.uordblks as c_int,
        fordblks: m.fordblks as c_int,
        keepcost: m.keepcost as c_int,
    }
}
