//! Times the table's first load and `link`, `lemmas` and `synonyms` calls, and prints how pairs
//! of news words relate: `cargo run --release -p factcheck-lexicon --example timing [a/b ...]`.

use std::hint::black_box;
use std::time::Instant;

const PAIRS: &[(&str, &str)] = &[
    ("share price", "traded"),
    ("cost", "bill"),
    ("jobless", "unemployment"),
    ("jobless", "unemployed"),
    ("takings", "took"),
    ("sales", "sold"),
    ("deaths", "died"),
    ("publication", "published"),
    ("age", "year-old"),
    ("duration", "lasted"),
    ("quarterly", "quarter"),
    ("slow", "fast"),
    ("rise", "fall"),
    ("rose", "fell"),
    ("Japan", "Japanese"),
    ("price", "year"),
    ("cost", "be"),
];

fn main() {
    let start = Instant::now();
    let first = factcheck_lexicon::link("sold", "sells");
    println!("first call (parses the table): {:?} -> {first:?}", start.elapsed());

    let args: Vec<String> = std::env::args().skip(1).collect();
    let asked: Vec<(String, String)> =
        args.iter().filter_map(|a| a.split_once('/')).map(|(a, b)| (a.to_string(), b.to_string())).collect();
    let pairs: Vec<(String, String)> =
        if asked.is_empty() { PAIRS.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect() } else { asked };
    for (a, b) in &pairs {
        let news = factcheck_lexicon::equivalents(a).contains(&b.as_str());
        println!(
            "{a:>12} / {b:<12} link: {:<12} news equivalent: {news}",
            format!("{:?}", factcheck_lexicon::link(a, b))
        );
    }

    let words = ["sold", "sells", "deaths", "died", "price", "year", "unemployment", "jobless", "rose", "fell"];
    let rounds = 200_000;
    let start = Instant::now();
    for i in 0..rounds {
        let a = words[i % words.len()];
        let b = words[(i / words.len() + i) % words.len()];
        black_box(factcheck_lexicon::link(black_box(a), black_box(b)));
    }
    println!("link: {:?} per call", start.elapsed() / rounds as u32);
    let start = Instant::now();
    for i in 0..rounds {
        black_box(factcheck_lexicon::lemmas(black_box(words[i % words.len()])));
    }
    println!("lemmas: {:?} per call", start.elapsed() / rounds as u32);
    let start = Instant::now();
    for i in 0..rounds {
        black_box(factcheck_lexicon::synonyms(black_box(words[i % words.len()])));
    }
    println!("synonyms: {:?} per call", start.elapsed() / rounds as u32);
}
