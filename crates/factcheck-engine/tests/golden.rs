//! The matcher's golden corpus, measured without the binary: every claim of the fixture
//! folders (claim, article, expected verdict), loaded with the loader and verified by the
//! engine. A claim that fails must be listed in `tests/fixtures/known-failures.txt` with why;
//! a listed claim that now passes must leave the list. The test prints each folder's
//! accuracy (`cargo test -p factcheck-engine --test golden -- --nocapture`).

use factcheck_core::Outcome;
use factcheck_engine::{Engine, Source};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The folders of claims with an expected verdict each: those tuned on (news, news2, news3),
/// the blind batches (measured at first sight before they were learned from), the Acme
/// article of issue 12 and the qualifier suite.
const FOLDERS: &[&str] = &[
    "news",
    "news2",
    "news3",
    "news4",
    "news5",
    "news6",
    "bbc1",
    "news7",
    "bbc2",
    "news8",
    "bbc3",
    "news9",
    "bbc4",
    "news10",
    "bbc5",
    "news11",
    "bbc6",
    "bbc7",
    "bbc8",
    "bbc9",
    "bbc10",
    "bbc11",
    "bbc12",
    "bbc13",
    "bbc14",
    "bbc15",
    "bbc16",
    "bbc17",
    "bbc18",
    "acme",
    "qualifiers",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `folder/file#id` of every claim that fails, and the count per folder.
fn failures() -> (BTreeSet<String>, Vec<(String, usize, usize)>) {
    let root = root();
    let mut failing = BTreeSet::new();
    let mut per_folder = Vec::new();
    for folder in FOLDERS {
        let dir = root.join("tests/fixtures").join(folder);
        let options = factcheck_loader::LoadOptions::for_dir(&root);
        let files = factcheck_loader::claim_files(&[dir], &options).expect("the claim files are found").files;
        let workspace = factcheck_loader::load_with(&files, &options).expect("the fixtures load");
        let engine =
            Engine::new(workspace.sources.iter().map(|s| Source { path: s.path.clone(), text: s.text.clone() }));
        let report = engine.verify(&workspace.claims);
        let mut failed = 0;
        for result in &report.results {
            if result.outcome != Outcome::Pass {
                failed += 1;
                let file = Path::new(&result.file).file_name().map(|f| f.to_string_lossy().to_string());
                failing.insert(format!("{folder}/{}#{}", file.unwrap_or_default(), result.id));
            }
        }
        per_folder.push((folder.to_string(), report.results.len() - failed, report.results.len()));
    }
    (failing, per_folder)
}

#[test]
fn every_failing_claim_is_a_known_failure() {
    let listed = std::fs::read_to_string(root().join("tests/fixtures/known-failures.txt")).expect("the list");
    let known: BTreeSet<String> = listed
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    let (failing, per_folder) = failures();
    for (folder, passed, total) in &per_folder {
        println!("{folder:<12} {passed:>3}/{total:<3} {:.1}%", 100.0 * *passed as f64 / *total as f64);
    }
    let (passed, total) = per_folder.iter().fold((0, 0), |(p, t), (_, fp, ft)| (p + fp, t + ft));
    println!("{:<12} {passed:>3}/{total:<3} {:.1}%", "all", 100.0 * passed as f64 / total as f64);
    let new: Vec<&String> = failing.difference(&known).collect();
    let fixed: Vec<&String> = known.difference(&failing).collect();
    assert!(new.is_empty(), "claims that fail and are not known failures: {new:#?}");
    assert!(fixed.is_empty(), "known failures that now pass (take them off the list): {fixed:#?}");
}
