//! Where factcheck may read and write. The files under the project root may come from a pull
//! request that anyone can open, so a path inside the root is trusted only as far as it
//! *resolves* inside the root: a symbolic link committed in the pull request cannot lead a read
//! or a write out of the project, and nothing under a version-control folder (`.git/`, where
//! CI keeps its checkout token) is ever read or written. A path that the command line itself
//! places outside the root (`--output junit=/tmp/report.xml`) is the caller's choice and is
//! taken as given.
//!
//! A refusal names the path as written and never what a link points at: the target may be the
//! very thing the link was made to reveal.

use std::fmt;
use std::path::{Component, Path, PathBuf};

/// Folders of version-control systems: their contents (credentials, hooks, object stores) are
/// never a source, a claim file or a report.
pub const VCS_FOLDERS: &[&str] = &[".git", ".hg", ".svn", ".bzr", "_darcs", ".jj", ".pijul", "CVS"];

/// Why a path is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// It lies in, or resolves into, a version-control folder.
    VersionControl,
    /// It is inside the project root as written, but resolves outside it (a symbolic link).
    LeadsOutside,
    /// It is a folder where a file is wanted.
    Folder,
    /// It is not a regular file (a FIFO, socket or device, which are never opened).
    NotRegular,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Refusal::VersionControl => {
                "is in a version-control folder (such as .git/), which factcheck never reads or writes"
            }
            Refusal::LeadsOutside => "is a symbolic link (or lies under one) that leads outside the project root",
            Refusal::Folder => "is a folder, not a file",
            Refusal::NotRegular => "is not a regular file (a FIFO, socket or device)",
        })
    }
}

/// `path` made absolute against the current folder and with `.` and `..` taken away as written,
/// without looking at the file system: where the path *says* it is.
pub fn lexical(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        std::fs::canonicalize(&cwd).unwrap_or(cwd).join(path)
    };
    let mut out = PathBuf::new();
    for c in absolute.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Whether a component of `path` below `root` (all of it, when it is not below `root`) names a
/// version-control folder.
fn in_vcs_folder(path: &Path, root: &Path) -> bool {
    let below = path.strip_prefix(root).unwrap_or(path);
    below.components().any(|c| matches!(c, Component::Normal(name) if VCS_FOLDERS.iter().any(|v| name == *v)))
}

/// Checks a path that is to be read as a file (a claim file, a snapshot, a text): not in a
/// version-control folder as written or as resolved, and, when it is written inside `root`,
/// resolving inside `root`. Returns the resolved path; a path that does not exist is returned
/// as written, for the read to say so.
pub fn readable(path: &Path, root: &Path) -> Result<PathBuf, Refusal> {
    let real = searchable(path, root)?;
    match std::fs::metadata(&real) {
        Ok(m) if m.is_dir() => Err(Refusal::Folder),
        Ok(m) if !m.is_file() => Err(Refusal::NotRegular),
        _ => Ok(real),
    }
}

/// Checks a folder that is to be searched for files, as [`readable`] does a file (whatever
/// kind of file it is): not in a version-control folder, and staying inside `root` when written
/// inside it.
pub fn searchable(path: &Path, root: &Path) -> Result<PathBuf, Refusal> {
    let written = lexical(path);
    if in_vcs_folder(&written, root) {
        return Err(Refusal::VersionControl);
    }
    let Ok(real) = std::fs::canonicalize(path) else {
        return Ok(path.to_path_buf());
    };
    if in_vcs_folder(&real, root) {
        return Err(Refusal::VersionControl);
    }
    if written.starts_with(root) && !real.starts_with(root) {
        return Err(Refusal::LeadsOutside);
    }
    Ok(real)
}

/// Checks a file that is to be written (a report, a snapshot): its folder must exist and, as
/// [`readable`] asks, stay where it is written; the file itself, when it exists, must be a
/// regular file or a link to one that stays inside `root` too. Returns the path to write: the
/// resolved folder joined with the file's name, so that the write cannot be turned aside by a
/// link swapped in between the check and the write higher up the path. (The write itself
/// replaces whatever stands at the name, a link included, and never follows it.)
pub fn writable(path: &Path, root: &Path) -> Result<PathBuf, Refusal> {
    let written = lexical(path);
    if in_vcs_folder(&written, root) {
        return Err(Refusal::VersionControl);
    }
    let (Some(parent), Some(name)) = (written.parent(), written.file_name()) else {
        return Err(Refusal::Folder);
    };
    let Ok(real_parent) = std::fs::canonicalize(parent) else {
        // A folder that does not exist: the write fails and says so.
        return Ok(path.to_path_buf());
    };
    if in_vcs_folder(&real_parent, root) {
        return Err(Refusal::VersionControl);
    }
    let inside = written.starts_with(root);
    if inside && !real_parent.starts_with(root) {
        return Err(Refusal::LeadsOutside);
    }
    let target = real_parent.join(name);
    match std::fs::symlink_metadata(&target) {
        Ok(m) if m.file_type().is_symlink() => match std::fs::canonicalize(&target) {
            Ok(real) if in_vcs_folder(&real, root) => Err(Refusal::VersionControl),
            Ok(real) if inside && !real.starts_with(root) => Err(Refusal::LeadsOutside),
            Ok(real) if real.is_dir() => Err(Refusal::Folder),
            Ok(_) => Ok(target),
            // A dangling link: where it points, as written.
            Err(_) => {
                let points_at = std::fs::read_link(&target).map(|to| lexical(&real_parent.join(to)));
                match points_at {
                    Ok(to) if in_vcs_folder(&to, root) => Err(Refusal::VersionControl),
                    Ok(to) if inside && !to.starts_with(root) => Err(Refusal::LeadsOutside),
                    // The write replaces the link itself, never what it points at.
                    _ => Ok(target),
                }
            }
        },
        Ok(m) if m.is_dir() => Err(Refusal::Folder),
        Ok(m) if !m.is_file() => Err(Refusal::NotRegular),
        _ => Ok(target),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexical_paths_drop_dots_without_resolving() {
        assert_eq!(lexical(Path::new("/a/b/../c/./d")), PathBuf::from("/a/c/d"));
        assert_eq!(lexical(Path::new("/a/../../b")), PathBuf::from("/b"));
    }

    #[test]
    fn version_control_folders_are_found_below_the_root() {
        let root = Path::new("/repo");
        assert!(in_vcs_folder(Path::new("/repo/.git/config"), root));
        assert!(in_vcs_folder(Path::new("/repo/sub/.hg/hgrc"), root));
        assert!(!in_vcs_folder(Path::new("/repo/.github/workflows/ci.yml"), root));
        assert!(!in_vcs_folder(Path::new("/repo/claims/git.yaml"), root));
        // A root that itself lies under such a folder is not held against its files.
        assert!(!in_vcs_folder(Path::new("/x/.git/worktree/claims/a.yaml"), Path::new("/x/.git/worktree")));
    }
}
