//! The statement-checking benchmark: each summary sentence of the QAGS CNN/DailyMail numeric
//! set is checked against its article, and the verdicts are compared with the crowd's
//! majority. Prints the figures and writes them to `benchmarks.md`.
//!
//! `cargo run --release -p factcheck-engine --example qags [-- PATH.jsonl]`
//! (default: `../shared/dev/qags-cnndm-numeric.jsonl`; this reads the shared dev set, which
//! users' machines do not have, so it is an example, not a test).

use factcheck_core::{Claim, ClaimBody, Verdict};
use factcheck_engine::{Engine, Source};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path =
        std::env::args().nth(1).map_or_else(|| root.join("../shared/dev/qags-cnndm-numeric.jsonl"), PathBuf::from);
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let rows: Vec<serde_json::Value> =
        data.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).expect("a JSON line")).collect();

    let started = std::time::Instant::now();
    let mut confusion: BTreeMap<(String, &'static str), usize> = BTreeMap::new();
    let mut errors: Vec<(String, String, &'static str, String)> = Vec::new();
    for row in &rows {
        let article = row["article"].as_str().unwrap_or_default();
        let sentence = row["sentence"].as_str().unwrap_or_default();
        let label = row["label"].as_str().unwrap_or_default().to_string();
        let engine = Engine::new([Source { path: "article".into(), text: article.into() }]);
        let result = engine.verify_claim(&Claim::new("s", ClaimBody::Statement(sentence.into())));
        let verdict = result.verdict.name();
        *confusion.entry((label.clone(), verdict)).or_default() += 1;
        let flagged = result.verdict != Verdict::Supported;
        if flagged != (label == "not_supported") {
            errors.push((label, sentence.to_string(), verdict, result.explanation));
        }
    }
    let elapsed = started.elapsed();

    let count = |label: &str, verdict: Option<&str>| -> usize {
        confusion.iter().filter(|((l, v), _)| l == label && verdict.is_none_or(|w| *v == w)).map(|(_, n)| n).sum()
    };
    let supported = count("supported", None);
    let unsupported = count("not_supported", None);
    let true_supported = count("supported", Some("supported"));
    let flagged_unsupported = unsupported - count("not_supported", Some("supported"));
    let flagged_supported = supported - true_supported;
    let recall_supported = ratio(true_supported, supported);
    let recall_flagged = ratio(flagged_unsupported, unsupported);
    let balanced = (recall_supported + recall_flagged) / 2.0;
    let precision_flagged = ratio(flagged_unsupported, flagged_unsupported + flagged_supported);
    let contradicted = count("supported", Some("contradicted")) + count("not_supported", Some("contradicted"));
    let precision_contradicted = ratio(count("not_supported", Some("contradicted")), contradicted);

    let mut md = String::new();
    let _ = writeln!(md, "<!-- qags:begin -->");
    let _ = writeln!(md, "## Statement checking: QAGS CNN/DailyMail, sentences with numbers\n");
    let _ = writeln!(
        md,
        "{} summary sentences, each checked as a statement against its source article and compared with the \
         majority of three crowd votes ({supported} supported, {unsupported} not supported). A sentence is *flagged* \
         when its verdict is anything but `supported`. Produced by\n`cargo run --release -p factcheck-engine --example qags`.\n",
        rows.len()
    );
    let _ = writeln!(md, "| human label | supported | contradicted | conflicting | not_found | total |");
    let _ = writeln!(md, "|---|---:|---:|---:|---:|---:|");
    for label in ["supported", "not_supported"] {
        let cells: Vec<String> = Verdict::ALL.iter().map(|v| count(label, Some(v.name())).to_string()).collect();
        let _ = writeln!(md, "| {label} | {} | {} |", cells.join(" | "), count(label, None));
    }
    let _ = writeln!(md);
    let _ = writeln!(md, "| measure | value | target |");
    let _ = writeln!(md, "|---|---:|---:|");
    let _ = writeln!(md, "| balanced accuracy | {balanced:.3} | ≥ 0.76 |");
    let _ = writeln!(md, "| recall of supported | {recall_supported:.3} | |");
    let _ = writeln!(md, "| recall of flagged (not supported sentences flagged) | {recall_flagged:.3} | |");
    let _ = writeln!(md, "| precision of flagged | {precision_flagged:.3} | |");
    let _ = writeln!(
        md,
        "| precision of `contradicted` ({contradicted} sentences) | {precision_contradicted:.3} | ≥ 0.95 |"
    );
    let _ = writeln!(md);
    let _ = writeln!(
        md,
        "Every run gives the same verdicts (no randomness, no model). Speed: `cargo bench -p factcheck-engine \
         --bench check` (criterion) times the {} checks, each analysing its article.",
        rows.len()
    );
    print!("{md}");
    println!("\n(this run: {:.0} ms for {} checks)", elapsed.as_secs_f64() * 1000.0, rows.len());
    if std::env::var_os("QAGS_ERRORS").is_some() {
        for (label, sentence, verdict, why) in &errors {
            println!("{label} -> {verdict}: {sentence}\n    {why}");
        }
    }
    let _ = write!(md, "<!-- qags:end -->");
    // Only this section of benchmarks.md is this example's: bench/run.sh writes the others.
    let path = root.join("benchmarks.md");
    let old = std::fs::read_to_string(&path).unwrap_or_else(|_| "# Benchmarks\n".to_string());
    let new = match (old.find("<!-- qags:begin -->"), old.find("<!-- qags:end -->")) {
        (Some(a), Some(b)) if a < b => format!("{}{md}{}", &old[..a], &old[b + "<!-- qags:end -->".len()..]),
        _ => format!("{}\n\n{md}\n", old.trim_end()),
    };
    std::fs::write(&path, new).expect("write benchmarks.md");
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}
