//! The user, group and shadow databases, read from `/etc` directly (musl: src/passwd/).
pub mod getgr_r;
pub mod getgrent;
pub mod getgrouplist;
pub mod getpw_r;
pub mod getpwent;
pub mod getspnam;
pub mod getspnam_r;
pub(crate) mod grp_parse;
pub mod initgroups;
pub mod lckpwdf;
pub(crate) mod lines;
pub(crate) mod pwd_parse;
pub(crate) mod static_buf;
