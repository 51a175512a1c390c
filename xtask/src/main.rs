//! Developer tasks. `cargo xtask corpus --size small|large|tiny|article [--scale N] [--seed S]
//! [--from DIR] --out DIR` builds a benchmark corpus: source documents recombined from real news
//! articles, and claim files about them (true claims made from the facts the extractor finds,
//! altered ones expected `contradicted`, and some `not_found`), plus `subjects.txt` (every
//! claim's subject words, one per line, for `rg -F -f`). Deterministic from the seed. `article`
//! is one document of about 20 KB with 50 claims: the single-article case.
//!
//! `cargo xtask hostile --out DIR` writes the hostile sources of `bench/hostile.sh`: text a pull
//! request could bring to CI to make the engine use unbounded memory or time (see [`hostile`]).
//!
//! `cargo xtask lexicon [--from DIR] [--out DIR] [--check]` compiles Open English WordNet into
//! the embedded table of `crates/factcheck-lexicon` (see [`lexicon`]).

mod lexicon;
mod syntax;

use factcheck_core::{Claim, ClaimBody, DateValue, Operator, Value, ValueKind, Verdict};
use factcheck_engine::facts::{Fact, facts, subject_for};
use factcheck_engine::{Engine, Source};
use factcheck_text::parse_literal;
use factcheck_text::segment::sentences;
use rayon::prelude::*;
use rust_decimal::Decimal;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// xorshift64*: a deterministic generator with no dependency.
#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

struct Options {
    /// Bytes of source text to make.
    bytes: usize,
    /// Claims per document.
    claims: usize,
    /// One document of `bytes`, rather than documents of 3 to 8 KB.
    one_document: bool,
    seed: u64,
    from: PathBuf,
    out: PathBuf,
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: cargo xtask corpus --size tiny|small|large|article [--scale N] [--seed S] [--from DIR] --out DIR\n\
         tiny: ~200 KB; small: ~10 MB, ~20k claims; large: ~1 GB, ~1M claims; article: one ~20 KB\n\
         document with 50 claims; --scale multiplies the size\n\
         usage: cargo xtask hostile --out DIR\n\
         the hostile sources of bench/hostile.sh (5 million one-line sentences, one 60 MB line)\n\
         usage: cargo xtask lexicon [--from DIR] [--out DIR] [--check]\n\
         the table of crates/factcheck-lexicon from Open English WordNet (default: \n\
         ../shared/lexicon/open-english-wordnet into crates/factcheck-lexicon/data); --check\n\
         compares a fresh build with the committed table\n\
         usage: cargo xtask syntax [--ud DIR] [--out FILE] [--evaluate]\n\
         trains the tagger and parser of crates/factcheck-syntax from ../shared/ud (EWT train and\n\
         four fifths of GUM news) and prints UPOS, UAS and LAS on EWT dev and test and the held-out\n\
         GUM documents; --evaluate measures the committed model without training"
    );
    ExitCode::from(2)
}

fn parse(args: &[String]) -> Option<Options> {
    let mut size = "small".to_string();
    let mut scale = 1usize;
    let mut seed = 1u64;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut from = root.join("../shared/corpus/news");
    let mut out = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--size" => size = it.next()?.clone(),
            "--scale" => scale = it.next()?.parse().ok()?,
            "--seed" => seed = it.next()?.parse().ok()?,
            "--from" => from = PathBuf::from(it.next()?),
            "--out" => out = Some(PathBuf::from(it.next()?)),
            _ => return None,
        }
    }
    let (bytes, claims, one_document) = match size.as_str() {
        "tiny" => (200_000, 10, false),
        "small" => (10_000_000, 10, false),
        "large" => (1_000_000_000, 5, false),
        "article" => (20_000, 50, true),
        _ => return None,
    };
    Some(Options { bytes: bytes * scale, claims, one_document, seed, from, out: out? })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("hostile") => match args.get(1..) {
            Some([flag, out]) if flag == "--out" => finish(hostile(Path::new(out))),
            _ => usage(),
        },
        Some("lexicon") => match lexicon::parse(&args[1..]) {
            Some(options) => finish(lexicon::run(&options)),
            None => usage(),
        },
        Some("syntax") => match syntax::parse(&args[1..]) {
            Some(task) => finish(syntax::run(&task)),
            None => usage(),
        },
        Some("corpus") => match parse(&args[1..]) {
            Some(options) => finish(corpus(&options)),
            None => usage(),
        },
        _ => usage(),
    }
}

/// A task's summary on standard output, or its error on standard error, and the exit code.
fn finish(result: Result<impl std::fmt::Display, impl std::fmt::Display>) -> ExitCode {
    match result {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Paragraphs of the source articles that hold at least one figure or date.
fn paragraphs(from: &Path) -> Result<Vec<String>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(from)
        .map_err(|e| format!("cannot list {}: {e}", from.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).map_err(|e| format!("cannot read {}: {e}", f.display()))?;
        for p in text.split('\n').map(str::trim).filter(|p| p.len() > 80) {
            let doc = factcheck_engine::document::Document::analyse("p", p);
            if doc.mentions().next().is_some() {
                out.push(p.to_string());
            }
        }
    }
    if out.is_empty() {
        return Err(format!("no paragraphs with figures in {}", from.display()));
    }
    Ok(out)
}

/// A claim line of a claim file, as YAML.
fn yaml_claim(out: &mut String, id: &str, claim: &str, expect: Option<&str>) {
    let quoted = claim.replace('\\', "\\\\").replace('"', "\\\"");
    let _ = writeln!(out, "  - id: {id}\n    claim: \"{quoted}\"");
    if let Some(e) = expect {
        let _ = writeln!(out, "    expect: {e}");
    }
}

/// A value that does not fit `fact`, written so the value reader reads it back.
fn altered(fact: &Fact, rng: &mut Rng) -> Option<String> {
    let factor = Decimal::from(2 + rng.below(3) as i64);
    let amount = |a: &factcheck_core::Amount| (a.value * factor + Decimal::ONE).normalize();
    Some(match &fact.value {
        Value::Money { currency, amount: a } => format!("{} {}", currency.as_deref().unwrap_or("USD"), amount(a)),
        Value::Percent(a) => format!("{}%", amount(a)),
        Value::Number(a) => amount(a).to_string(),
        Value::Quantity { unit, amount: a } if !unit.contains(['°', '/']) => format!("{} {unit}", amount(a)),
        Value::Date(DateValue::Span { start, end }) if start.year() == end.year() && start.month() == end.month() => {
            let later = start.checked_add(jiff::Span::new().years(1 + rng.below(5) as i64)).ok()?;
            later.to_string()
        }
        _ => return None,
    })
}

/// The words the generator puts in subjects the documents never mention.
const ABSENT: &[&str] = &["zanzibar", "ferry", "tariff", "quokka", "observatory", "saffron", "glacier", "harbour"];

/// One document and its claim file; the claims are checked against it as they are made, so the
/// corpus passes `factcheck verify` as a whole.
fn document(i: usize, pool: &[String], options: &Options, target_bytes: usize) -> (String, String, Vec<String>, usize) {
    let mut rng = Rng::new(options.seed ^ (i as u64).wrapping_mul(0xA24B_AED4_963E_E407));
    let mut text = format!("Document {i}\n\n");
    while text.len() < target_bytes {
        text.push_str(&pool[rng.below(pool.len())]);
        text.push_str("\n\n");
    }
    let name = format!("doc-{i:06}");
    let engine = Engine::new([Source { path: format!("{name}.txt"), text: text.clone() }]);
    let doc = &engine.documents()[0];
    let mut found = facts(doc, None);
    // Shuffle, so that claims come from all over the document.
    for k in (1..found.len()).rev() {
        found.swap(k, rng.below(k + 1));
    }
    let mut yaml = format!("source: ../sources/{name}.txt\nclaims:\n");
    let mut subjects = Vec::new();
    let mut made = 0;
    let mut alter_due = false;
    let check = |subject: &str, value: &str| -> Option<Verdict> {
        let value = parse_literal(value).ok()?;
        let claim = Claim::new("c", ClaimBody::Compare { subject: subject.into(), op: Operator::Eq, value });
        Some(engine.verify_claim(&claim).verdict)
    };
    for fact in &found {
        if made >= options.claims {
            break;
        }
        if matches!(fact.kind, ValueKind::Text | ValueKind::List) || fact.text.contains(['\n', '"']) {
            continue;
        }
        let Some(subject) = subject_for(&engine, fact, None) else { continue };
        let id = format!("c{made}");
        // Every third claim is altered; a fact that cannot be passes the turn to the next.
        alter_due |= made % 3 == 2;
        if alter_due
            && let Some(value) = altered(fact, &mut rng)
            && check(&subject, &value) == Some(Verdict::Contradicted)
        {
            yaml_claim(&mut yaml, &id, &format!("{subject} = {value}"), Some("contradicted"));
            alter_due = false;
        } else {
            yaml_claim(&mut yaml, &id, &format!("{subject} = {}", fact.text), None);
        }
        subjects.push(subject);
        made += 1;
        if made % 7 == 3 && made < options.claims {
            let subject = format!("{} {}", ABSENT[rng.below(ABSENT.len())], ABSENT[rng.below(ABSENT.len())]);
            if check(&subject, "$5 million") == Some(Verdict::NotFound) {
                yaml_claim(&mut yaml, &format!("c{made}"), &format!("{subject} = $5 million"), Some("not_found"));
                subjects.push(subject);
                made += 1;
            }
        }
    }
    if made == 0 {
        // A claim file needs a claim: the first sentence, as a quote.
        let first = sentences(&text).into_iter().next().map_or("Document".to_string(), |r| text[r].to_string());
        yaml_claim(&mut yaml, "c0", &first, None);
        yaml = yaml.replacen("    claim:", "    quote:", 1);
        made = 1;
    }
    (text, yaml, subjects, made)
}

/// What one document added: bytes of text, claims, and the claims' subjects.
type Written = (usize, usize, Vec<String>);

fn corpus(options: &Options) -> Result<String, String> {
    let pool = paragraphs(&options.from)?;
    let sources = options.out.join("sources");
    let claims = options.out.join("claims");
    for dir in [&sources, &claims] {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    // Documents of 3 to 8 KB, as many as the size asks.
    let per_doc = 5_000;
    let count = if options.one_document { 1 } else { options.bytes.div_ceil(per_doc).max(1) };
    let written: Vec<Result<Written, String>> = (0..count)
        .into_par_iter()
        .map(|i| {
            let target = if options.one_document { options.bytes } else { 3_000 + (i * 7919) % 5_000 };
            let (text, yaml, subjects, made) = document(i, &pool, options, target);
            let name = format!("doc-{i:06}");
            std::fs::write(sources.join(format!("{name}.txt")), &text).map_err(|e| e.to_string())?;
            std::fs::write(claims.join(format!("{name}.yaml")), &yaml).map_err(|e| e.to_string())?;
            Ok((text.len(), made, subjects))
        })
        .collect();
    let (mut bytes, mut made, mut subjects) = (0usize, 0usize, String::new());
    for w in written {
        let (b, m, s) = w?;
        bytes += b;
        made += m;
        for subject in s {
            subjects.push_str(&subject);
            subjects.push('\n');
        }
    }
    std::fs::write(options.out.join("subjects.txt"), subjects).map_err(|e| e.to_string())?;
    // The corpus is its own project root for `factcheck verify`.
    std::fs::write(options.out.join("factcheck.toml"), "").map_err(|e| e.to_string())?;
    Ok(format!("{count} documents, {:.1} MB of text, {made} claims in {}", bytes as f64 / 1e6, options.out.display()))
}

/// Sentences of the many-sentence hostile source: 5 million lines of 10 bytes, 50 MB.
pub const HOSTILE_SENTENCES: usize = 5_000_000;
/// Clauses of the one-line hostile source: 6 million of 10 bytes, 60 MB, in one sentence.
pub const HOSTILE_CLAUSES: usize = 6_000_000;

/// The `k`th sentence of the many-sentence source: `Al won 1.` to `Al won 9.`, one a line, so
/// that the subject `Al won` stands in every sentence and its values disagree.
fn hostile_sentence(k: usize) -> String {
    format!("Al won {}.\n", 1 + k % 9)
}

/// Writes into `out` the hostile inputs: `many-sentences.txt` (5 million short sentences, one
/// a line, 50 MB), `one-line.txt` (one sentence of 6 million clauses on one line, 60 MB),
/// `claims-3.yaml` and `claims-3-one-line.yaml` (a compare claim, a statement and an absent
/// quote, which folds the whole text), `claims-1000.yaml` (1,000 claims whose subject stands
/// in every sentence) and a `factcheck.toml` that makes `out` the project root.
fn hostile(out: &Path) -> Result<String, String> {
    use std::io::Write as _;
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let write = |name: &str, fill: &dyn Fn(&mut dyn std::io::Write) -> std::io::Result<()>| {
        let path = out.join(name);
        let file = std::fs::File::create(&path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
        fill(&mut w).and_then(|()| w.flush()).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    write("many-sentences.txt", &|w| {
        (0..HOSTILE_SENTENCES).try_for_each(|k| w.write_all(hostile_sentence(k).as_bytes()))
    })?;
    write("one-line.txt", &|w| {
        (0..HOSTILE_CLAUSES - 1).try_for_each(|k| write!(w, "Al won {}, ", 1 + k % 9))?;
        w.write_all(b"Al won 9.")
    })?;
    // Verdicts as expected of the engine: the many sentences give every value from 1 to 9, so
    // `Al won = 7` is conflicting and a statement's `7` does not fit the other values; in the
    // one line, the value nearest the subject is its own.
    let three = |source: &str, compared: &str, stated: &str| {
        format!(
            "# Hostile input (cargo xtask hostile): one claim of each kind.\nsource: {source}\nclaims:\n\
             \x20 - id: al-won\n    claim: Al won = 7\n    expect: {compared}\n\
             \x20 - id: al-won-statement\n    claim: Al won 7.\n    expect: {stated}\n\
             \x20 - id: absent-quote\n    quote: Al won 10.\n    expect: not_found\n"
        )
    };
    write("claims-3.yaml", &|w| w.write_all(three("many-sentences.txt", "conflicting", "contradicted").as_bytes()))?;
    write("claims-3-one-line.yaml", &|w| w.write_all(three("one-line.txt", "supported", "supported").as_bytes()))?;
    write("claims-1000.yaml", &|w| {
        writeln!(w, "# Hostile input (cargo xtask hostile): 1,000 claims whose subject stands in every sentence.")?;
        writeln!(w, "source: many-sentences.txt\nclaims:")?;
        for i in 0..1000 {
            // Every tenth a statement; the others compare claims, most with a value no
            // sentence gives (contradicted), the first nine with one some give (conflicting).
            if i % 10 == 9 {
                writeln!(w, "  - id: c{i}\n    claim: Al won {}.\n    expect: contradicted", 1 + i % 9)?;
            } else {
                let expect = if i < 9 { "conflicting" } else { "contradicted" };
                writeln!(w, "  - id: c{i}\n    claim: Al won = {}\n    expect: {expect}", 1 + i)?;
            }
        }
        Ok(())
    })?;
    write("factcheck.toml", &|w| {
        w.write_all(b"# The hostile inputs are their own project root (cargo xtask hostile).\n")
    })?;
    Ok(format!(
        "{HOSTILE_SENTENCES} sentences ({} MB) and {HOSTILE_CLAUSES} clauses on one line ({} MB) in {}",
        HOSTILE_SENTENCES * 10 / 1_000_000,
        HOSTILE_CLAUSES * 10 / 1_000_000,
        out.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use factcheck_core::Outcome;

    /// A tiny corpus made from the repository's own news articles: every claim file loads,
    /// and every claim passes when verified (true, altered and absent-subject claims alike).
    #[test]
    fn tiny_corpus_from_the_fixtures_verifies() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let out = std::env::temp_dir().join(format!("factcheck-xtask-corpus-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        let args: Vec<String> = ["--size", "tiny", "--seed", "7", "--from"]
            .iter()
            .map(|s| s.to_string())
            .chain([root.join("tests/fixtures/news/articles").display().to_string()])
            .chain(["--out".to_string(), out.display().to_string()])
            .collect();
        let options = parse(&args).expect("the arguments parse");
        let summary = corpus(&options).expect("the corpus is generated");
        assert!(summary.contains("claims in"), "{summary}");

        let options = factcheck_loader::LoadOptions::for_dir(&out);
        let files =
            factcheck_loader::claim_files(&[out.join("claims")], &options).expect("claim files are found").files;
        assert!(files.len() >= 3, "{} claim files", files.len());
        let workspace = factcheck_loader::load_with(&files, &options).expect("the corpus loads");
        let engine = Engine::new(workspace.sources.into_iter().map(|s| Source { path: s.path, text: s.text }));
        let report = engine.verify(&workspace.claims);
        let failing: Vec<String> = report
            .results
            .iter()
            .filter(|r| r.outcome != Outcome::Pass)
            .map(|r| format!("{} {}: {} is {:?}, expected {:?}", r.file, r.id, r.claim, r.verdict, r.expect))
            .collect();
        assert!(failing.is_empty(), "failing claims:\n{}", failing.join("\n"));
        let expects = |v: Verdict| report.results.iter().filter(|r| r.expect == v).count();
        assert!(
            expects(Verdict::Supported) > 0 && expects(Verdict::Contradicted) > 0 && expects(Verdict::NotFound) > 0,
            "a mix of claims"
        );
        let subjects = std::fs::read_to_string(out.join("subjects.txt")).expect("subjects.txt is written");
        assert!(subjects.lines().count() >= report.results.len() - files.len(), "a subject per claim");
        let _ = std::fs::remove_dir_all(&out);
    }

    /// The large corpus has fewer claims per document than the small one; its documents get
    /// absent-subject (`not_found`) claims too.
    #[test]
    fn large_corpus_documents_have_every_kind_of_claim() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let from = root.join("tests/fixtures/news/articles");
        let args: Vec<String> = ["--size", "large", "--from", &from.display().to_string(), "--out", "unused"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let options = parse(&args).expect("the arguments parse");
        let pool = paragraphs(&options.from).expect("the fixtures have paragraphs");
        let claim_files: Vec<String> = (0..20).map(|i| document(i, &pool, &options, 5_000).1).collect();
        let with = |expect: &str| claim_files.iter().filter(|yaml| yaml.contains(expect)).count();
        assert!(with("expect: not_found") >= 15, "{} of 20 documents", with("expect: not_found"));
        assert!(with("expect: contradicted") >= 15, "{} of 20 documents", with("expect: contradicted"));
    }

    /// The benchmark runners are not run in CI, but they must at least parse.
    #[test]
    fn bench_runner_parses() {
        for name in ["run.sh", "hostile.sh"] {
            let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../bench").join(name);
            let status = std::process::Command::new("bash").arg("-n").arg(&script).status().expect("bash runs");
            assert!(status.success(), "bash -n {}", script.display());
        }
    }
}
