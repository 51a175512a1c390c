//! How fast the engine reads figures and dates: over the shared news and BBC corpora (128 and
//! 200 articles) when `../shared` is there, else over the repository's news fixtures.
//!
//! `cargo bench -p factcheck-engine --bench extract`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use factcheck_engine::document::Document;
use factcheck_text::extract::extract;
use factcheck_text::text::tokenize;
use std::hint::black_box;
use std::path::{Path, PathBuf};

fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let shared = root.join("../shared/corpus/news");
    let dirs: Vec<PathBuf> = if shared.is_dir() {
        vec![shared, root.join("../shared/corpus/bbc")]
    } else {
        ["news", "news2", "news3"].iter().map(|d| root.join("tests/fixtures").join(d).join("articles")).collect()
    };
    let mut files: Vec<PathBuf> = dirs
        .iter()
        .flat_map(|d| std::fs::read_dir(d).into_iter().flatten().flatten().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group(format!("corpus of {} texts", texts.len()));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("tokenize + extract", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(extract(t, &tokenize(t)));
            }
        })
    });
    group.bench_function("analyse (sentences, stems, index, figures)", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(Document::analyse("bench", t.as_str()));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
