//! Sources a hostile pull request could bring to CI: a claim looks at a bounded number of
//! sentences and says when it did, and a document's memory stays a small multiple of its text.
//! (Behaviour and counted bytes only: nothing here is timed.)

use factcheck_core::{Claim, ClaimBody, ClaimResult, Operator, Verdict};
use factcheck_engine::subject::MAX_CANDIDATES;
use factcheck_engine::{Engine, Source};
use factcheck_text::parse_literal;

fn engine(text: String) -> Engine {
    Engine::new([Source { path: "s.txt".into(), text }])
}

fn compare(engine: &Engine, subject: &str, value: &str) -> ClaimResult {
    let value = parse_literal(value).unwrap();
    engine.verify_claim(&Claim::new("c", ClaimBody::Compare { subject: subject.into(), op: Operator::Eq, value }))
}

fn statement(engine: &Engine, text: &str) -> ClaimResult {
    engine.verify_claim(&Claim::new("c", ClaimBody::Statement(text.into())))
}

fn quote(engine: &Engine, text: &str) -> ClaimResult {
    engine.verify_claim(&Claim::new("c", ClaimBody::Quote(text.into())))
}

/// The note of a claim that looked at the capped number of sentences of `s.txt`, of `sharing`.
fn cap_note(sharing: &str) -> String {
    format!(
        "looked at the 1,000 sentences of s.txt that share the most words with the subject, of {sharing} that share some"
    )
}

#[test]
fn a_subject_in_more_sentences_than_the_cap_is_judged_on_the_cap_and_says_so() {
    assert_eq!(MAX_CANDIDATES, 1_000, "the notes below name the cap");
    let engine = engine("Acme won 7 games.\n".repeat(MAX_CANDIDATES + 500));
    let supported = compare(&engine, "Acme games won", "7");
    assert_eq!(supported.verdict, Verdict::Supported, "{}", supported.explanation);
    assert!(supported.explanation.contains(&cap_note("1,500")), "{}", supported.explanation);
    let contradicted = compare(&engine, "Acme games won", "8");
    assert_eq!(contradicted.verdict, Verdict::Contradicted, "{}", contradicted.explanation);
    assert!(contradicted.explanation.contains(&cap_note("1,500")), "{}", contradicted.explanation);
    let st = statement(&engine, "Acme won 7 games.");
    assert_eq!(st.verdict, Verdict::Supported, "{}", st.explanation);
    assert!(st.explanation.contains(&cap_note("1,500")), "{}", st.explanation);
}

#[test]
fn the_sentences_looked_at_are_those_sharing_the_most_words() {
    // 1,500 sentences name Acme alone; the last one alone says what it won: ranked first.
    let mut text = "Acme played.\n".repeat(MAX_CANDIDATES + 500);
    text.push_str("Acme won 9 games.\n");
    let engine = engine(text);
    let r = compare(&engine, "Acme games won", "9");
    assert_eq!(r.verdict, Verdict::Supported, "{}", r.explanation);
    assert!(r.explanation.contains(&cap_note("1,501")), "{}", r.explanation);
    assert_eq!(r.evidence[0].line as usize, MAX_CANDIDATES + 501);
    assert_eq!(compare(&engine, "Acme games won", "8").verdict, Verdict::Contradicted);
}

#[test]
fn at_the_cap_nothing_is_said() {
    let engine = engine("Acme won 7 games.\n".repeat(MAX_CANDIDATES));
    let r = compare(&engine, "Acme games won", "7");
    assert_eq!(r.verdict, Verdict::Supported);
    assert!(!r.explanation.contains("looked at"), "{}", r.explanation);
}

/// Short sentences, one a line (`Al won 7.`): ten bytes and four tokens a sentence.
fn short_sentences(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 16);
    let mut k = 0;
    while text.len() < bytes {
        text.push_str(&format!("Al won {}.\n", 1 + k % 9));
        k += 1;
    }
    text
}

/// One endless sentence on one line: `Al won 7, Al won 8, ...`.
fn one_line(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 16);
    let mut k = 0;
    while text.len() < bytes {
        text.push_str(&format!("Al won {}, ", 1 + k % 9));
        k += 1;
    }
    text.push_str("Al won 9.");
    text
}

/// Verifies claims of each kind that look at many sentences (values read, the text folded for
/// a quote), and returns the document's heap over its text length.
fn heap_after_claims(text: String) -> f64 {
    let engine = engine(text);
    for value in ["7", "10"] {
        compare(&engine, "Al won", value);
    }
    statement(&engine, "Al won 7.");
    assert_eq!(quote(&engine, "Al won 10.").verdict, Verdict::NotFound);
    let doc = &engine.documents()[0];
    // Every value of the document, read once, whether kept or not.
    assert!(doc.mentions().count() > doc.sentences.len() / 2);
    doc.heap_bytes() as f64 / doc.text.len() as f64
}

#[test]
fn a_source_of_short_sentences_costs_a_small_multiple_of_its_text() {
    let ratio = heap_after_claims(short_sentences(1_000_000));
    eprintln!("heap is {ratio:.2} times the text");
    assert!(ratio < 8.0, "heap is {ratio:.2} times the text");
}

#[test]
fn a_source_of_one_endless_line_costs_a_small_multiple_of_its_text() {
    let ratio = heap_after_claims(one_line(500_000));
    eprintln!("heap is {ratio:.2} times the text");
    assert!(ratio < 8.0, "heap is {ratio:.2} times the text");
}

/// An endless sentence is read as sentences of a bounded length, and its values are those of
/// the same text read at once.
#[test]
fn an_endless_sentence_is_cut_without_losing_values() {
    let text = one_line(200_000);
    let doc = factcheck_engine::document::Document::analyse("s.txt", text.clone());
    assert!(doc.sentences.len() > 1);
    assert!(doc.sentence_list().all(|s| s.tokens.len() <= factcheck_engine::document::MAX_SENTENCE_TOKENS));
    let tokens = factcheck_text::text::tokenize(&text);
    assert_eq!(doc.tokens.len(), tokens.len());
    assert!((0..tokens.len()).all(|k| doc.tokens.at(k) == tokens[k].view()));
    let whole = factcheck_text::extract::extract(&text, &tokens);
    let read: Vec<_> = doc.mentions().collect();
    // Cut at sentence ends (block ends too), the reading may lose a figure that runs over a
    // cut; here none does.
    assert_eq!(read, whole);
}
