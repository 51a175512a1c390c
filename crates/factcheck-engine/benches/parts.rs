//! Where the time of `factcheck verify` goes, part by part, over the repository's news
//! fixture articles (`tests/fixtures/news*/articles`, about 40 KB; no `../shared` needed):
//! sentence segmentation, tokenization, extraction of figures and dates, the whole document
//! analysis (all of those, stems and the stem index), subject matching for a compact claim
//! (candidate sentences and their coverage) and one claim's verdict on an analysed document.
//!
//! `cargo bench -p factcheck-engine --bench parts`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use factcheck_core::{Claim, ClaimBody, Operator};
use factcheck_engine::Engine;
use factcheck_engine::document::Document;
use factcheck_engine::facts::{facts, subject_for};
use factcheck_engine::subject::{Subject, candidate_sentences, coverage, resolve_stems};
use factcheck_text::extract::extract;
use factcheck_text::parse_literal;
use factcheck_text::segment::sentences;
use factcheck_text::text::tokenize;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

fn articles() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut files: Vec<PathBuf> = ["news", "news2", "news3"]
        .iter()
        .flat_map(|d| std::fs::read_dir(root.join(d).join("articles")).into_iter().flatten().flatten())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

/// Compact claims (`SUBJECT = VALUE`) made from the facts of each article, as `factcheck
/// extract --format yaml` makes them: (article index, subject, value).
fn claims(engine: &Engine) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    for (d, doc) in engine.documents().iter().enumerate() {
        let one = Engine::from_documents(vec![Arc::clone(doc)]);
        for fact in facts(doc, None).iter().take(10) {
            if let Some(subject) = subject_for(&one, fact, None) {
                out.push((d, subject, fact.text.clone()));
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let texts = articles();
    assert!(!texts.is_empty(), "no fixture articles");
    let bytes: usize = texts.iter().map(String::len).sum();
    let tokens: Vec<_> = texts.iter().map(|t| tokenize(t)).collect();
    let docs: Vec<Arc<Document>> = texts.iter().map(|t| Arc::new(Document::analyse("bench", t.as_str()))).collect();
    let engine = Engine::from_documents(docs.clone());

    let mut text = c.benchmark_group(format!("parts/{} articles", texts.len()));
    text.throughput(Throughput::Bytes(bytes as u64));
    text.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2)).sample_size(30);
    text.bench_function("segment", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(sentences(t));
            }
        })
    });
    text.bench_function("tokenize", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(tokenize(t));
            }
        })
    });
    text.bench_function("extract (tokens given)", |b| {
        b.iter(|| {
            for (t, toks) in texts.iter().zip(&tokens) {
                black_box(extract(t, toks));
            }
        })
    });
    text.bench_function("analyse", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(Document::analyse("bench", t.as_str()));
            }
        })
    });
    text.finish();

    let made = claims(&engine);
    assert!(made.len() >= 20, "too few claims from the fixtures: {}", made.len());
    let compare: Vec<Claim> = made
        .iter()
        .filter_map(|(d, subject, value)| {
            let value = parse_literal(value).ok()?;
            let mut claim = Claim::new("c", ClaimBody::Compare { subject: subject.clone(), op: Operator::Eq, value });
            claim.sources = vec![*d];
            Some(claim)
        })
        .collect();
    let mut claim = c.benchmark_group(format!("parts/{} claims", compare.len()));
    claim.throughput(Throughput::Elements(compare.len() as u64));
    claim.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2)).sample_size(30);
    claim.bench_function("subject match (candidates + coverage)", |b| {
        b.iter(|| {
            for (d, subject, _) in &made {
                let doc = &docs[*d];
                let subject = Subject::from_text(subject, &[], &[]);
                let stems = resolve_stems(doc, &subject);
                for s in candidate_sentences(doc, &stems) {
                    black_box(coverage(doc, &subject, s..s + 1, &stems));
                }
            }
        })
    });
    claim.bench_function("verdict (verify_claim)", |b| {
        b.iter(|| {
            for c in &compare {
                black_box(engine.verify_claim(c));
            }
        })
    });
    claim.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
