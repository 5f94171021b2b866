//! The static line buffer behind getpwnam/getgrnam/getspnam and the *ent functions,
//! grown with malloc as entries need (musl keeps one per database the same way).
use crate::abi::errno::ENOMEM;
use crate::malloc::libc::realloc;
use crate::sys::Errno;

/// A malloc'd buffer that is only ever grown, never freed (it backs returned pointers).
pub struct StaticBuf {
    pub ptr: *mut u8,
    pub cap: usize,
}

impl StaticBuf {
    pub const fn new() -> StaticBuf {
        StaticBuf {
            ptr: core::ptr::null_mut(),
            cap: 0,
        }
    }

    /// Copies `bytes` in (growing first) and returns the copy.
    pub fn store(&mut self, bytes: &[u8]) -> Result<*mut u8, Errno> {
        self.reserve(bytes.len())?;
        // SAFETY: `ptr` holds at least `bytes.len()` bytes after reserve.
        unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), self.ptr, bytes.len()) };
        Ok(self.ptr)
    }

    /// Ensures room for `n` bytes.
    pub fn reserve(&mut self, n: usize) -> Result<(), Errno> {
        if n > self.cap {
            // SAFETY: `ptr` is null or our own allocation.
            let p = unsafe { realloc(self.ptr.cast(), n) };
            if p.is_null() {
                return Err(Errno(ENOMEM));
            }
            (self.ptr, self.cap) = (p.cast(), n);
        }
        Ok(())
    }
}

impl Default for StaticBuf {
    fn default() -> Self {
        StaticBuf::new()
    }
}
