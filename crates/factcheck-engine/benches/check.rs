//! How fast statements are checked: the 231 sentences of the QAGS numeric dev set, each
//! against its own article (analysed each time, as `factcheck check` does), when `../shared`
//! is there; else every sentence of the repository's news articles against its own article.
//!
//! `cargo bench -p factcheck-engine --bench check`

use criterion::{Criterion, criterion_group, criterion_main};
use factcheck_core::{Claim, ClaimBody};
use factcheck_engine::{Engine, Source};
use factcheck_text::segment::sentences;
use std::hint::black_box;
use std::path::Path;

/// (article, statement) pairs.
fn cases() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    if let Ok(data) = std::fs::read_to_string(root.join("../shared/dev/qags-cnndm-numeric.jsonl")) {
        return data
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|row| {
                (
                    row["article"].as_str().unwrap_or_default().into(),
                    row["sentence"].as_str().unwrap_or_default().into(),
                )
            })
            .collect();
    }
    let mut out = Vec::new();
    for dir in ["news", "news2", "news3"] {
        for entry in
            std::fs::read_dir(root.join("tests/fixtures").join(dir).join("articles")).into_iter().flatten().flatten()
        {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                for range in sentences(&text).into_iter().take(10) {
                    out.push((text.clone(), text[range].to_string()));
                }
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let cases = cases();
    c.bench_function(&format!("{} statement checks, each against its article", cases.len()), |b| {
        b.iter(|| {
            for (article, statement) in &cases {
                let engine = Engine::new([Source { path: "article".into(), text: article.clone() }]);
                black_box(engine.verify_claim(&Claim::new("s", ClaimBody::Statement(statement.clone()))));
            }
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
