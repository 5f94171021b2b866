//! `<search.h>`: linear search, doubly linked queues, binary trees and hash tables (POSIX; musl: src/search/).
pub mod hsearch;
pub mod insque;
pub mod lsearch;
pub mod tdelete;
pub mod tdestroy;
pub mod tfind;
pub mod tsearch;
pub mod twalk;
