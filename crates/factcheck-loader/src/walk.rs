//! The folder walk that finds claim files (and pending snapshots). The folders may come from a
//! pull request, so the walk is bounded: each folder is searched once however many links lead
//! to it (a link back to a folder above is a loop, said once and not followed), it goes at most
//! [`MAX_DEPTH`] folders deep and looks at most at [`MAX_ENTRIES`] entries, and a file or folder
//! that resolves out of the project root is refused, not read.

use crate::confine::{self, Refusal};
use crate::error::display_path;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The deepest folder searched below a folder given: deeper is an error, not a silent cut.
pub const MAX_DEPTH: usize = 64;
/// The most entries (files and folders) one run's walks look at. The largest benchmark run
/// holds 200,000 claim files; a tree of more than this is an error.
pub const MAX_ENTRIES: usize = 1_000_000;

/// What a walk found.
#[derive(Debug, Default)]
pub struct Found {
    /// The files the walk keeps, in sorted order, folder by folder.
    pub files: Vec<PathBuf>,
    /// Folders reached a second time (by a symbolic link), as shown, with the folder they are:
    /// searched once, said once.
    pub repeats: Vec<(String, String)>,
    /// Files and folders refused, as shown, with why.
    pub refused: Vec<(String, Refusal)>,
}

/// Why a walk stopped.
#[derive(Debug, thiserror::Error)]
pub enum WalkError {
    /// A folder cannot be listed.
    #[error("cannot list `{path}`")]
    Io {
        /// The folder as shown.
        path: String,
        /// Why.
        #[source]
        cause: std::io::Error,
    },
    /// The tree is deeper than [`MAX_DEPTH`].
    #[error("`{path}` lies more than {MAX_DEPTH} folders deep; factcheck does not search that far")]
    TooDeep {
        /// The folder as shown.
        path: String,
    },
    /// The tree holds more than [`MAX_ENTRIES`] entries.
    #[error("the folders searched hold more than {limit} entries; factcheck stops at `{path}`")]
    TooMany {
        /// The limit.
        limit: usize,
        /// The folder being listed when the limit was reached.
        path: String,
    },
}

/// A walk over folders inside `root`, remembering the folders it has searched.
pub struct Walk<'a> {
    root: &'a Path,
    keep: &'a dyn Fn(&Path) -> bool,
    /// Each folder searched, by its resolved path, with the path it was first reached by, as
    /// shown.
    visited: HashMap<PathBuf, String>,
    /// Entries looked at so far.
    entries: usize,
    /// Let files and folders resolve outside the root (never into a version-control folder).
    pub allow_outside_root: bool,
    /// The most entries looked at ([`MAX_ENTRIES`] unless set lower).
    pub max_entries: usize,
    /// A folder whose name the walk would keep as a file is refused rather than searched
    /// (`x.report.md.new` as a folder is a mistake or a trick, not a place to look in).
    pub refuse_folders_kept: bool,
    /// What was found.
    pub found: Found,
}

impl<'a> Walk<'a> {
    /// A walk keeping the files `keep` accepts, confined to `root` (canonical).
    pub fn new(root: &'a Path, keep: &'a dyn Fn(&Path) -> bool) -> Walk<'a> {
        Walk {
            root,
            keep,
            visited: HashMap::new(),
            entries: 0,
            allow_outside_root: false,
            max_entries: MAX_ENTRIES,
            refuse_folders_kept: false,
            found: Found::default(),
        }
    }

    /// Searches `dir` at any depth.
    pub fn folder(&mut self, dir: &Path) -> Result<(), WalkError> {
        self.search(dir, 0)
    }

    fn search(&mut self, dir: &Path, depth: usize) -> Result<(), WalkError> {
        let shown = || display_path(dir);
        if depth > MAX_DEPTH {
            return Err(WalkError::TooDeep { path: shown() });
        }
        let real = match confine::searchable(dir, self.root) {
            Ok(real) => real,
            // A version-control folder holds no claim files: passed over without a word, so
            // that `factcheck verify .` does not trip on `.git/`.
            Err(Refusal::VersionControl) if depth > 0 => return Ok(()),
            Err(Refusal::LeadsOutside) if self.allow_outside_root => {
                std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf())
            }
            Err(why) => {
                self.found.refused.push((shown(), why));
                return Ok(());
            }
        };
        if let Some(first) = self.visited.get(&real) {
            self.found.repeats.push((shown(), first.clone()));
            return Ok(());
        }
        self.visited.insert(real, shown());
        let listing = std::fs::read_dir(dir).map_err(|cause| WalkError::Io { path: shown(), cause })?;
        let mut paths = Vec::new();
        for entry in listing {
            self.entries += 1;
            if self.entries > self.max_entries {
                return Err(WalkError::TooMany { limit: self.max_entries, path: shown() });
            }
            paths.push(entry.map_err(|cause| WalkError::Io { path: shown(), cause })?.path());
        }
        paths.sort();
        for p in paths {
            if p.is_dir() {
                if self.refuse_folders_kept && (self.keep)(&p) {
                    self.found.refused.push((display_path(&p), Refusal::Folder));
                } else {
                    self.search(&p, depth + 1)?;
                }
            } else if (self.keep)(&p) {
                match confine::readable(&p, self.root) {
                    Ok(_) => self.found.files.push(p),
                    Err(Refusal::LeadsOutside) if self.allow_outside_root => self.found.files.push(p),
                    Err(why) => self.found.refused.push((display_path(&p), why)),
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Scratch(PathBuf);

    impl Scratch {
        fn new(name: &str) -> Scratch {
            let dir = std::env::temp_dir().join(format!("factcheck-walk-{}-{name}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            Scratch(std::fs::canonicalize(dir).unwrap())
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn yaml(p: &Path) -> bool {
        p.extension().is_some_and(|e| e == "yaml")
    }

    #[test]
    fn a_tree_too_deep_is_an_error_not_a_cut() {
        let s = Scratch::new("deep");
        let mut deep = s.0.clone();
        for i in 0..=MAX_DEPTH {
            deep.push(format!("d{i}"));
        }
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::write(deep.join("x.yaml"), "").unwrap();
        let mut walk = Walk::new(&s.0, &yaml);
        assert!(matches!(walk.folder(&s.0), Err(WalkError::TooDeep { .. })));
        // One level less is searched to the bottom.
        std::fs::rename(deep.join("x.yaml"), deep.parent().unwrap().join("x.yaml")).unwrap();
        std::fs::remove_dir(&deep).unwrap();
        let mut walk = Walk::new(&s.0, &yaml);
        walk.folder(&s.0).unwrap();
        assert_eq!(walk.found.files.len(), 1);
    }

    #[test]
    fn too_many_entries_stop_the_walk() {
        let s = Scratch::new("many");
        for i in 0..20 {
            std::fs::write(s.0.join(format!("f{i}.yaml")), "").unwrap();
        }
        let mut walk = Walk::new(&s.0, &yaml);
        walk.max_entries = 10;
        let e = walk.folder(&s.0).unwrap_err();
        assert!(e.to_string().contains("more than 10 entries"), "{e}");
        let mut walk = Walk::new(&s.0, &yaml);
        walk.folder(&s.0).unwrap();
        assert_eq!(walk.found.files.len(), 20);
    }

    #[cfg(unix)]
    #[test]
    fn each_folder_is_searched_once() {
        let s = Scratch::new("loop");
        std::fs::create_dir_all(s.0.join("claims/sub")).unwrap();
        std::fs::write(s.0.join("claims/sub/x.yaml"), "").unwrap();
        std::os::unix::fs::symlink("..", s.0.join("claims/sub/up")).unwrap();
        std::os::unix::fs::symlink("sub", s.0.join("claims/again")).unwrap();
        let mut walk = Walk::new(&s.0, &yaml);
        walk.folder(&s.0.join("claims")).unwrap();
        assert_eq!(walk.found.files.len(), 1, "{:?}", walk.found.files);
        let repeats: Vec<&str> = walk.found.repeats.iter().map(|(p, _)| p.rsplit('/').next().unwrap()).collect();
        // `again` comes first in sorted order, so `sub` is the folder reached a second time.
        assert_eq!(repeats, ["up", "sub"]);
    }
}
