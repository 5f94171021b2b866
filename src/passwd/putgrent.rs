//! `putgrent` (GNU; musl: src/passwd/putgrent.c): writes one group-format line.
use super::put::Put;
use crate::abi::errno::EINVAL;
use crate::abi::pwd::group;
use crate::abi::types::c_int;
use crate::stdio::file::File;

/// `int putgrent(const struct group *gr, FILE *f);` — writes
/// `name:passwd:gid:member,member...` and a newline; null strings are written empty, a
/// null `gr_mem` as no members.
///
/// # Safety
/// `gr` is null or a valid entry (`gr_mem` null or null-terminated); `f` is null or a
/// live stream.
///
/// # Errors
/// `EINVAL` for a null `gr` or `f` (as glibc; musl would crash); the stream's write
/// error.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn putgrent(gr: *const group, f: *mut File) -> c_int {
    if gr.is_null() || f.is_null() {
        crate::errno::set_errno(EINVAL);
        return -1;
    }
    // SAFETY: both pointers are valid (checked non-null; the caller's contract), and
    // `gr_mem` is null or ends with a null pointer.
    unsafe {
        let gr = &*gr;
        let mut w = Put::begin(f);
        w.cstr(gr.gr_name);
        w.bytes(b":");
        w.cstr(gr.gr_passwd);
        w.bytes(b":");
        w.num(false, gr.gr_gid as u64);
        w.bytes(b":");
        let mut m = gr.gr_mem;
        if !m.is_null() {
            let mut first = true;
            while !(*m).is_null() {
                if !first {
                    w.bytes(b",");
                }
                first = false;
                w.cstr(*m);
                m = m.add(1);
            }
        }
        w.bytes(b"\n");
        w.finish()
    }
}
