//! `if_nameindex` and `if_freenameindex` (POSIX.1-2017; musl: src/network/if_nameindex.c,
//! if_freenameindex.c). The list comes from a netlink `RTM_GETLINK` dump.
use crate::abi::errno::{ENOBUFS, ENOMEM};
use crate::abi::netinet_in::if_nameindex;
use crate::abi::socket::{AF_NETLINK, SOCK_CLOEXEC, SOCK_RAW};
use crate::abi::types::{c_int, c_void};
use crate::errno::c_ret;
use crate::malloc::libc::{free, malloc, realloc};
use crate::sys::{Errno, fs, net};

const NLMSG_ERROR: u16 = 2;
const NLMSG_DONE: u16 = 3;
const RTM_NEWLINK: u16 = 16;
const RTM_GETLINK: u16 = 18;
const NLM_F_REQUEST: u16 = 1;
const NLM_F_DUMP: u16 = 0x300;
const IFLA_IFNAME: u16 = 3;
const HDR: usize = 16;
const NAME: usize = 16;

/// One interface found so far: its index and NUL-padded name.
#[derive(Clone, Copy)]
struct Entry {
    index: u32,
    name: [u8; NAME],
}

/// A malloc'd, growing array of entries.
struct Entries {
    ptr: *mut Entry,
    len: usize,
    cap: usize,
}

impl Entries {
    fn push(&mut self, e: Entry) -> Result<(), Errno> {
        if self.len == self.cap {
            let cap = self.cap * 2 + 8;
            // SAFETY: `ptr` is null or came from realloc; the size cannot overflow for
            // any count the kernel can report.
            let p = unsafe { realloc(self.ptr.cast(), cap * size_of::<Entry>()) };
            if p.is_null() {
                return Err(Errno(ENOMEM));
            }
            (self.ptr, self.cap) = (p.cast(), cap);
        }
        // SAFETY: `len < cap` after the growth above.
        unsafe { self.ptr.add(self.len).write(e) };
        self.len += 1;
        Ok(())
    }
}

impl Drop for Entries {
    fn drop(&mut self) {
        // SAFETY: `ptr` is null or our own allocation.
        unsafe { free(self.ptr.cast()) };
    }
}

fn u16_at(b: &[u8], off: usize) -> u16 {
    b.get(off..off + 2)
        .map_or(0, |s| u16::from_ne_bytes([s[0], s[1]]))
}

fn u32_at(b: &[u8], off: usize) -> u32 {
    b.get(off..off + 4)
        .map_or(0, |s| u32::from_ne_bytes([s[0], s[1], s[2], s[3]]))
}

/// Takes the index and `IFLA_IFNAME` out of one `RTM_NEWLINK` message body.
fn parse_link(body: &[u8]) -> Option<Entry> {
    let index = u32_at(body, 4);
    let mut off = 16; // struct ifinfomsg
    while off + 4 <= body.len() {
        let len = u16_at(body, off) as usize;
        if len < 4 || off + len > body.len() {
            break;
        }
        if u16_at(body, off + 2) == IFLA_IFNAME {
            let mut name = [0u8; NAME];
            let text = &body[off + 4..off + len];
            let n = text
                .iter()
                .position(|&c| c == 0)
                .unwrap_or(text.len())
                .min(NAME - 1);
            name[..n].copy_from_slice(&text[..n]);
            return Some(Entry { index, name });
        }
        off += (len + 3) & !3;
    }
    None
}

/// Dumps every link over netlink socket `fd` into `out`.
fn dump(fd: c_int, out: &mut Entries) -> Result<(), Errno> {
    let mut req = [0u8; HDR + 16];
    req[0..4].copy_from_slice(&((HDR + 16) as u32).to_ne_bytes());
    req[4..6].copy_from_slice(&RTM_GETLINK.to_ne_bytes());
    req[6..8].copy_from_slice(&(NLM_F_REQUEST | NLM_F_DUMP).to_ne_bytes());
    req[8..12].copy_from_slice(&1u32.to_ne_bytes());
    net::send(fd, &req, 0)?;
    let mut buf = [0u8; 8192];
    loop {
        let n = net::recv(fd, &mut buf, 0)?;
        let msgs = &buf[..n];
        let mut off = 0;
        while off + HDR <= msgs.len() {
            let len = u32_at(msgs, off) as usize;
            if len < HDR || off + len > msgs.len() {
                break;
            }
            match u16_at(msgs, off + 4) {
                NLMSG_DONE => return Ok(()),
                NLMSG_ERROR => return Err(Errno(ENOBUFS)),
                RTM_NEWLINK => {
                    if let Some(e) = parse_link(&msgs[off + HDR..off + len]) {
                        out.push(e)?;
                    }
                }
                _ => {}
            }
            off += (len + 3) & !3;
        }
    }
}

/// Builds the caller's array: `n + 1` entries (the last zero) followed by the names.
fn collect() -> Result<*mut if_nameindex, Errno> {
    let mut found = Entries {
        ptr: core::ptr::null_mut(),
        len: 0,
        cap: 0,
    };
    let fd = net::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, 0)?;
    let r = dump(fd, &mut found);
    let _ = fs::close(fd);
    r?;
    let n = found.len;
    let head = (n + 1) * size_of::<if_nameindex>();
    // SAFETY: plain allocation.
    let block = unsafe { malloc(head + n * NAME) }.cast::<u8>();
    if block.is_null() {
        return Err(Errno(ENOMEM));
    }
    let list = block.cast::<if_nameindex>();
    for i in 0..n {
        // SAFETY: `i < n` entries were pushed; `block` holds `n + 1` headers and `n`
        // names, and malloc's alignment suits `if_nameindex`.
        unsafe {
            let e = *found.ptr.add(i);
            let name = block.add(head + i * NAME);
            core::ptr::copy_nonoverlapping(e.name.as_ptr(), name, NAME);
            list.add(i).write(if_nameindex {
                if_index: e.index,
                if_name: name.cast(),
            });
        }
    }
    // SAFETY: the terminating entry is inside the block.
    unsafe {
        list.add(n).write(if_nameindex {
            if_index: 0,
            if_name: core::ptr::null_mut(),
        })
    };
    Ok(list)
}

/// `struct if_nameindex *if_nameindex(void);`
///
/// Every interface, ended by an entry with index 0 and a null name; free it with
/// `if_freenameindex`.
///
/// # Errors
/// `ENOBUFS` if the kernel reports an error, `ENOMEM`, socket errors.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn if_nameindex() -> *mut if_nameindex {
    c_ret(collect(), core::ptr::null_mut())
}

/// `void if_freenameindex(struct if_nameindex *idx);`
///
/// # Safety
/// `idx` came from `if_nameindex` and is not used afterwards.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn if_freenameindex(idx: *mut if_nameindex) {
    // SAFETY: the list and its names are one allocation.
    unsafe { free(idx.cast::<c_void>()) };
}
