//! Claim files from untrusted pull requests: sources stay inside the project root, nothing
//! blocks, nothing unbounded is read. Each refusal is an error naming the claim file's line.

use factcheck_loader::{LoadOptions, load_with};
use std::path::{Path, PathBuf};

/// A scratch project: `root/` holding `claims.yaml` and `article.txt`, and `outside.txt`
/// beside the root.
struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("factcheck-confine-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("root/sub")).unwrap();
        std::fs::write(dir.join("root/article.txt"), "Aid totals $12.1 billion.").unwrap();
        std::fs::write(dir.join("outside.txt"), "Aid totals $15 billion.").unwrap();
        Scratch { dir }
    }

    fn root(&self) -> PathBuf {
        self.dir.join("root")
    }

    fn options(&self) -> LoadOptions {
        LoadOptions { root: std::fs::canonicalize(self.root()).unwrap(), ..LoadOptions::for_dir(&self.root()) }
    }

    /// Loads a claim file whose source is `source`; the errors as text.
    fn load(&self, source: &str, options: &LoadOptions) -> Result<usize, Vec<String>> {
        let file = self.root().join("claims.yaml");
        std::fs::write(&file, format!("source: {source:?}\nclaims:\n  - id: a\n    claim: aid = $12.1B\n")).unwrap();
        load_with(&[file], options).map(|w| w.sources.len()).map_err(|e| e.0.iter().map(|e| e.to_string()).collect())
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn refused(result: Result<usize, Vec<String>>, words: &str) {
    match result {
        Ok(_) => panic!("loaded, but should be refused for: {words}"),
        Err(errors) => {
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert!(errors[0].contains(words), "{errors:?}");
            assert!(errors[0].contains("claims.yaml:1:9"), "the error names the claim file's line: {errors:?}");
        }
    }
}

#[test]
fn sources_inside_the_root_load() {
    let s = Scratch::new("inside");
    assert_eq!(s.load("article.txt", &s.options()), Ok(1));
    assert_eq!(s.load("sub/../article.txt", &s.options()), Ok(1));
}

#[test]
fn escapes_are_refused_unless_allowed() {
    let s = Scratch::new("escape");
    refused(s.load("../outside.txt", &s.options()), "outside the project root");
    let absolute = s.dir.join("outside.txt");
    refused(s.load(absolute.to_str().unwrap(), &s.options()), "absolute path");
    let allowed = LoadOptions { allow_outside_root: true, ..s.options() };
    assert_eq!(s.load("../outside.txt", &allowed), Ok(1));
}

#[cfg(unix)]
#[test]
fn symbolic_links_out_of_the_root_are_refused() {
    let s = Scratch::new("symlink");
    std::os::unix::fs::symlink(s.dir.join("outside.txt"), s.root().join("link.txt")).unwrap();
    refused(s.load("link.txt", &s.options()), "outside the project root");
    std::os::unix::fs::symlink(s.root().join("article.txt"), s.root().join("inner.txt")).unwrap();
    assert_eq!(s.load("inner.txt", &s.options()), Ok(1));
}

#[test]
fn folders_are_refused() {
    let s = Scratch::new("folder");
    refused(s.load("sub", &s.options()), "is a folder");
}

#[cfg(unix)]
#[test]
fn fifos_and_devices_are_refused_without_blocking() {
    let s = Scratch::new("fifo");
    let fifo = s.root().join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|st| st.success()) {
        refused(s.load("pipe.txt", &s.options()), "not a regular file");
    }
    let allowed = LoadOptions { allow_outside_root: true, ..s.options() };
    refused(s.load("/dev/zero", &allowed), "not a regular file");
}

#[test]
fn sizes_and_counts_are_limited() {
    let s = Scratch::new("limits");
    let small = LoadOptions { max_source_bytes: 10, ..s.options() };
    refused(s.load("article.txt", &small), "larger than the limit of 10 bytes");

    let file = s.root().join("many.yaml");
    let claims: String = (0..5).map(|i| format!("  - id: c{i}\n    claim: aid = $12.1B\n")).collect();
    std::fs::write(&file, format!("source: article.txt\nclaims:\n{claims}")).unwrap();
    let few = LoadOptions { max_claims_per_file: 4, ..s.options() };
    let errors = load_with(std::slice::from_ref(&file), &few).unwrap_err().0;
    assert!(errors[0].to_string().contains("5 claims in one file is more than the limit of 4"), "{errors:?}");

    let tiny = LoadOptions { max_claim_file_bytes: 16, ..s.options() };
    let errors = load_with(&[file], &tiny).unwrap_err().0;
    let message = format!("{}: {}", errors[0], std::error::Error::source(&errors[0]).unwrap());
    assert!(message.contains("larger than the limit of 16 bytes"), "{message}");
}

#[test]
fn the_root_is_the_folder_with_factcheck_toml_or_git() {
    let s = Scratch::new("root");
    std::fs::write(s.root().join("factcheck.toml"), "").unwrap();
    let found = factcheck_loader::project_root(&s.root().join("sub"));
    assert_eq!(found, std::fs::canonicalize(s.root()).unwrap());
    assert!(Path::new(&found).is_absolute());
}

/// Every claim file a fuzz target crashed on (tests/crashes/) loads or fails with errors,
/// without a panic.
#[test]
fn fuzz_crashes_stay_fixed() {
    let s = Scratch::new("crashes");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/crashes");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let _ = factcheck_loader::load_str_with(&s.root().join("claims.yaml"), &text, &s.options());
        seen += 1;
    }
    assert!(seen >= 1);
}
