//! Reading a SysV x86_64 `va_list` from Rust: the `v*printf`/`v*scanf` entry points get a
//! pointer to the 24-byte struct the C caller's `va_start` filled in (SysV psABI 3.5.7).

/// The C `va_list` element: `{ gp_offset, fp_offset, overflow_arg_area, reg_save_area }`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct VaListRaw {
    pub gp_offset: u32,
    pub fp_offset: u32,
    pub overflow_arg_area: *mut u8,
    pub reg_save_area: *mut u8,
}

// ABI: the layout C's `__builtin_va_list` has on x86_64.
const _: () = assert!(core::mem::size_of::<VaListRaw>() == 24);
const _: () = assert!(core::mem::offset_of!(VaListRaw, overflow_arg_area) == 8);
const _: () = assert!(core::mem::offset_of!(VaListRaw, reg_save_area) == 16);

/// Past this `gp_offset` the six integer registers are used up.
const GP_END: u32 = 48;
/// Past this `fp_offset` the eight vector registers are used up.
const FP_END: u32 = 176;

/// A cursor over the variadic arguments; `Clone` is `va_copy`.
#[derive(Clone, Copy, Debug)]
pub struct VaList {
    raw: VaListRaw,
}

impl VaList {
    /// Copies the caller's `va_list` (the caller's copy is indeterminate afterwards, as C
    /// says of a `va_list` passed to a `v*` function, so working on a copy is allowed).
    ///
    /// # Safety
    /// `ap` points to a `va_list` initialised by `va_start` (or `va_copy`) whose frame is
    /// still live.
    pub unsafe fn from_ptr(ap: *const VaListRaw) -> VaList {
        // SAFETY: caller contract: `ap` is a valid, initialised `va_list`.
        VaList {
            raw: unsafe { *ap },
        }
    }

    /// Builds a cursor from its raw parts (used by tests to fake a call frame).
    pub fn from_raw(raw: VaListRaw) -> VaList {
        VaList { raw }
    }

    /// The next INTEGER-class argument (any integer type or pointer), as 64 bits; a
    /// narrower type sits in the low bits.
    ///
    /// # Safety
    /// The caller passed another integer-class argument.
    #[inline]
    pub unsafe fn next_gp(&mut self) -> u64 {
        let r = &mut self.raw;
        if r.gp_offset < GP_END {
            // SAFETY: gp_offset < 48 indexes the saved rdi..r9 in the register save area.
            let v = unsafe {
                r.reg_save_area
                    .add(r.gp_offset as usize)
                    .cast::<u64>()
                    .read_unaligned()
            };
            r.gp_offset += 8;
            v
        } else {
            // SAFETY: the next stack argument slot, 8 bytes, per the caller's contract.
            let v = unsafe { r.overflow_arg_area.cast::<u64>().read_unaligned() };
            // SAFETY: stays within (or one past) the caller's argument area.
            r.overflow_arg_area = unsafe { r.overflow_arg_area.add(8) };
            v
        }
    }

    /// The next SSE-class argument (`double`; `float` was promoted by the caller).
    ///
    /// # Safety
    /// The caller passed another `double`.
    #[inline]
    pub unsafe fn next_fp(&mut self) -> f64 {
        let r = &mut self.raw;
        if r.fp_offset < FP_END {
            // SAFETY: fp_offset in 48..176 indexes a saved xmm register's low 8 bytes.
            let v = unsafe {
                r.reg_save_area
                    .add(r.fp_offset as usize)
                    .cast::<f64>()
                    .read_unaligned()
            };
            r.fp_offset += 16;
            v
        } else {
            // SAFETY: the next stack argument slot, 8 bytes.
            let v = unsafe { r.overflow_arg_area.cast::<f64>().read_unaligned() };
            // SAFETY: stays within (or one past) the caller's argument area.
            r.overflow_arg_area = unsafe { r.overflow_arg_area.add(8) };
            v
        }
    }

    /// The next `long double` (class X87, always in memory, 16-aligned): its 64-bit
    /// significand and its sign/exponent word.
    ///
    /// # Safety
    /// The caller passed another `long double`.
    #[inline]
    pub unsafe fn next_long_double(&mut self) -> (u64, u16) {
        let r = &mut self.raw;
        let p = (r.overflow_arg_area as usize + 15) & !15;
        let p = p as *mut u8;
        // SAFETY: the 16-byte, 16-aligned stack slot of the argument.
        let (m, se) = unsafe {
            (
                p.cast::<u64>().read_unaligned(),
                p.add(8).cast::<u16>().read_unaligned(),
            )
        };
        // SAFETY: one past the slot, still within the caller's argument area.
        r.overflow_arg_area = unsafe { p.add(16) };
        (m, se)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[repr(C, align(16))]
    struct Stack([u64; 8]);

    #[test]
    fn registers_then_stack() {
        let mut save = [0u64; 22];
        save[5] = 16; // r9
        save[20] = 3.0f64.to_bits(); // xmm7 at offset 160
        // Stack: int, double, int, then a long double realigned to 16 (slot 3 skipped).
        let mut st = Stack([17, 2.5f64.to_bits(), 9, 0xdead, 1 << 63, 0x3fff, 5, 0]);
        let base = st.0.as_mut_ptr().cast::<u8>();
        let mut ap = VaList::from_raw(VaListRaw {
            gp_offset: 40,
            fp_offset: 160,
            overflow_arg_area: base,
            reg_save_area: save.as_mut_ptr().cast(),
        });
        let copy = ap;
        // SAFETY: every read stays within `save`/`st`.
        unsafe {
            assert_eq!(ap.next_gp(), 16);
            assert_eq!(ap.next_fp(), 3.0);
            assert_eq!(ap.next_gp(), 17);
            assert_eq!(ap.next_fp(), 2.5);
            assert_eq!(ap.next_gp(), 9);
            assert_eq!(ap.next_long_double(), (1 << 63, 0x3fff));
            assert_eq!(ap.next_gp(), 5);
            let mut c = copy;
            assert_eq!(c.next_gp(), 16);
        }
    }
}
