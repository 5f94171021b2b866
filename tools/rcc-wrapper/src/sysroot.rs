//! Finding the rcc sysroot (`bin/ include/ lib/`): `$RCC_SYSROOT`, or the directory above
//! the one holding this executable (`<sysroot>/bin/rcc-wrapper`).

use std::path::{Path, PathBuf};

/// Where the sysroot is: `RCC_SYSROOT` if set and non-empty, else derived from `exe`.
pub fn locate(env_sysroot: Option<&str>, exe: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(dir) = env_sysroot.filter(|s| !s.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    let exe = exe.ok_or("cannot find own executable; set RCC_SYSROOT")?;
    exe.parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .ok_or_else(|| format!("cannot derive a sysroot from {}", exe.display()))
}

/// Finds the sysroot for this process and checks it looks like one.
pub fn find() -> Result<PathBuf, String> {
    let env = std::env::var("RCC_SYSROOT").ok();
    let exe = std::env::current_exe().ok();
    let root = locate(env.as_deref(), exe.as_deref())?;
    if !root.join("include").is_dir() {
        return Err(format!(
            "{} is not an rcc sysroot (no include/); set RCC_SYSROOT",
            root.display()
        ));
    }
    Ok(root)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_wins() {
        let exe = Path::new("/opt/rcc/bin/rcc-wrapper");
        assert_eq!(
            locate(Some("/x/sys"), Some(exe)).unwrap(),
            PathBuf::from("/x/sys")
        );
    }

    #[test]
    fn empty_env_is_unset() {
        let exe = Path::new("/opt/rcc/bin/rcc-wrapper");
        assert_eq!(
            locate(Some(""), Some(exe)).unwrap(),
            PathBuf::from("/opt/rcc")
        );
    }

    #[test]
    fn from_executable() {
        let exe = Path::new("/opt/rcc/bin/rcc-wrapper");
        assert_eq!(locate(None, Some(exe)).unwrap(), PathBuf::from("/opt/rcc"));
        assert!(locate(None, None).is_err());
        assert!(locate(None, Some(Path::new("/"))).is_err());
    }
}
