//! Any bytes as a claim file: an error or claims, never a panic or a hang. Sources resolve in
//! an empty scratch root, so nothing outside it is read.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

fn root() -> &'static PathBuf {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        let dir = std::env::temp_dir().join("factcheck-fuzz-root");
        std::fs::create_dir_all(&dir).expect("scratch root");
        std::fs::write(dir.join("article.txt"), "Japan's aid to Ukraine totals $12.1 billion.").expect("article");
        std::fs::canonicalize(dir).expect("canonical root")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let options = factcheck_loader::LoadOptions { root: root().clone(), ..factcheck_loader::LoadOptions::for_dir(root()) };
    let _ = factcheck_loader::load_str_with(&root().join("claims.yaml"), text, &options);
});
