//! Directory streams (POSIX <dirent.h>; musl: src/dirent/).
pub mod __dirent;
pub mod __getdents;
pub mod alphasort;
pub mod closedir;
pub mod dirfd;
pub mod fdopendir;
pub mod opendir;
pub mod readdir;
pub mod readdir_r;
pub mod rewinddir;
pub mod scandir;
pub mod seekdir;
pub mod telldir;
pub mod versionsort;
