//! Element layouts for the sort: fixed-size words swapped as one value, or any size swapped
//! in 8-byte pieces. Elements need not be aligned; the comparator only ever sees
//! addresses inside the array (C17 7.22.5p2).
use core::marker::PhantomData;

/// How the sort moves one element.
pub trait Elem: Copy {
    fn size(self) -> usize;
    /// # Safety
    /// `a` and `b` are valid, distinct or equal, element addresses.
    unsafe fn swap(self, a: *mut u8, b: *mut u8);
}

/// Elements of exactly `size_of::<T>()` bytes.
pub struct Word<T>(PhantomData<T>);

impl<T> Word<T> {
    pub const fn new() -> Self {
        Word(PhantomData)
    }
}

impl<T> Clone for Word<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Word<T> {}

impl<T: Copy> Elem for Word<T> {
    #[inline(always)]
    fn size(self) -> usize {
        core::mem::size_of::<T>()
    }
    #[inline(always)]
    unsafe fn swap(self, a: *mut u8, b: *mut u8) {
        // SAFETY: both are valid element addresses (caller); unaligned access is allowed.
        unsafe {
            let x = a.cast::<T>().read_unaligned();
            let y = b.cast::<T>().read_unaligned();
            a.cast::<T>().write_unaligned(y);
            b.cast::<T>().write_unaligned(x);
        }
    }
}

/// Elements of any size, given at run time.
#[derive(Clone, Copy)]
pub struct Bytes(pub usize);

impl Elem for Bytes {
    #[inline(always)]
    fn size(self) -> usize {
        self.0
    }
    #[inline]
    unsafe fn swap(self, a: *mut u8, b: *mut u8) {
        if a == b {
            return;
        }
        let mut i = 0;
        // SAFETY: both ranges are `self.0` bytes of valid, distinct elements (caller).
        unsafe {
            while i + 8 <= self.0 {
                let x = a.add(i).cast::<u64>().read_unaligned();
                let y = b.add(i).cast::<u64>().read_unaligned();
                a.add(i).cast::<u64>().write_unaligned(y);
                b.add(i).cast::<u64>().write_unaligned(x);
                i += 8;
            }
            while i < self.0 {
                core::ptr::swap(a.add(i), b.add(i));
                i += 1;
            }
        }
    }
}
