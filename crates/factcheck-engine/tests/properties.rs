//! Properties of the value reader: every notation of an amount reads as the same interval, every
//! notation of a share (`two-thirds`, `2/3`, `66.7%`) as overlapping ones, a number inside a
//! name (`Boeing 737`) never reaches a verdict, and
//! no input, however odd, makes the extractor panic or return spans that are out of order,
//! overlapping, or not on character boundaries.

use factcheck_core::Value;
use factcheck_text::extract::extract;
use factcheck_text::parse_literal;
use factcheck_text::text::tokenize;
use proptest::prelude::*;

/// The notations of one amount: `{sym}` the symbol, `{code}` the ISO code, `{name}` the
/// currency's name, `{n}` the number, `{w}`/`{s}` the scale as a word and as a suffix.
const NOTATIONS: &[&str] = &[
    "{sym}{n} {w}",
    "{sym}{n}{s}",
    "{sym}{n} {s}",
    "{code} {n} {w}",
    "{code}{n} {w}",
    "{n} {w} {name}",
    "{n}{s} {name}",
];

/// Capitalised words that names made of a word and a number begin with.
const NAME_WORDS: &[&str] = &[
    "Boeing",
    "Section",
    "Route",
    "Apollo",
    "Article",
    "Airbus",
    "Windows",
    "Chapter",
    "Highway",
    "Interstate",
    "Gemini",
];

fn notation(template: &str, n: &str, scale: usize, currency: usize) -> String {
    let (sym, code, name) = [("$", "USD", "dollars"), ("€", "EUR", "euros"), ("£", "GBP", "pounds sterling")][currency];
    let (w, s) = [("thousand", "k"), ("million", "m"), ("billion", "bn"), ("trillion", "tn")][scale];
    // `{n}{s} pounds sterling` reads `sterling` after a currency name: keep to words there.
    let name = if name.contains(' ') { "sterling" } else { name };
    template
        .replace("{sym}", sym)
        .replace("{code}", code)
        .replace("{name}", name)
        .replace("{n}", n)
        .replace("{w}", w)
        .replace("{s}", s)
}

proptest! {
    #[test]
    fn every_notation_of_an_amount_reads_the_same(
        whole in 1u32..1000,
        decimals in 0usize..3,
        fraction in 0u32..1000,
        scale in 0usize..4,
        currency in 0usize..3,
    ) {
        let n = if decimals == 0 {
            whole.to_string()
        } else {
            format!("{whole}.{:0width$}", fraction % 10u32.pow(decimals as u32), width = decimals)
        };
        let mut read = Vec::new();
        for template in NOTATIONS {
            let text = notation(template, &n, scale, currency);
            let value = parse_literal(&text).map_err(|e| TestCaseError::fail(format!("{text}: {}", e.message)))?;
            prop_assert!(matches!(value, Value::Money { .. }), "{} read as {:?}", text, value);
            read.push((text, value));
        }
        let (first_text, first) = &read[0];
        for (text, value) in &read[1..] {
            prop_assert_eq!(value, first, "{} and {} differ", text, first_text);
        }
    }

    #[test]
    fn every_notation_of_a_share_reads_overlapping_intervals(share in 0usize..SHARES.len(), of in 0usize..2) {
        let (words, figures, percent, ratio) = SHARES[share];
        let tail = [" of voters", ""][of];
        let mut read = Vec::new();
        for notation in [words, figures, percent].into_iter().chain(ratio) {
            let text = format!("{notation}{tail}");
            let value = parse_literal(&text).map_err(|e| TestCaseError::fail(format!("{text}: {}", e.message)))?;
            let amount = match &value {
                Value::Percent(a) => a.clone(),
                other => return Err(TestCaseError::fail(format!("{text} read as {other:?}"))),
            };
            read.push((text, amount));
        }
        for (a, x) in &read {
            for (b, y) in &read {
                prop_assert!(x.interval.overlaps(&y.interval), "{} {} and {} {} do not overlap", a, x.interval, b, y.interval);
            }
        }
    }

    #[test]
    fn a_number_inside_a_name_never_reaches_a_verdict(
        name in 0usize..NAME_WORDS.len(),
        n in 2u32..1000,
        wording in 0usize..3,
    ) {
        let word = NAME_WORDS[name];
        let text = [
            format!("Yesterday the {word} {n} made headlines again."),
            format!("Officials said the {word} {n} was in the news on Tuesday."),
            format!("The story of the {word} {n} and its makers."),
        ][wording].clone();
        let figures: Vec<String> = extract(&text, &tokenize(&text)).iter().map(|m| text[m.start..m.end].to_string()).collect();
        prop_assert!(!figures.iter().any(|f| f.contains(&n.to_string())), "{}: read {:?}", text, figures);
        let engine = factcheck_engine::Engine::new([factcheck_engine::Source { path: "s.txt".into(), text: text.clone() }]);
        let claim = factcheck_core::Claim::new(
            "c",
            factcheck_core::ClaimBody::Compare {
                subject: format!("{word} number"),
                op: factcheck_core::Operator::Eq,
                value: parse_literal(&n.to_string()).unwrap(),
            },
        );
        let verdict = engine.verify_claim(&claim).verdict;
        prop_assert_eq!(verdict, factcheck_core::Verdict::NotFound, "{}", text);
    }

    #[test]
    fn extractor_spans_are_ordered_and_on_char_boundaries(text in any::<String>()) {
        check_spans(&text)?;
    }

    #[test]
    fn extractor_spans_hold_on_figure_like_text(
        text in "([0-9]{1,4}|[.,/%$€£¥-]|\\s|July|May|billion|bn|k|m|percent|about|more than|between|and|to| |é|日本){0,40}"
    ) {
        check_spans(&text)?;
    }
}

/// One share written four ways: in words, in figures, as a percentage to the tenth, and as a
/// count of a whole (where English has one).
const SHARES: &[(&str, &str, &str, Option<&str>)] = &[
    ("two-thirds", "2/3", "66.7%", None),
    ("two thirds", "2/3", "66.7 per cent", None),
    ("one third", "1/3", "33.3%", Some("one in three")),
    ("a third", "1/3", "33.3%", Some("1 in 3")),
    ("half", "1/2", "50%", Some("one in two")),
    ("a quarter", "1/4", "25%", Some("one in four")),
    ("three quarters", "3/4", "75%", Some("three out of four")),
    ("one fifth", "1/5", "20%", Some("one in five")),
    ("three fifths", "3/5", "60%", Some("3 out of 5")),
    ("one-eighth", "1/8", "12.5%", Some("one in eight")),
    ("nine tenths", "9/10", "90%", Some("nine in 10")),
    ("a tenth", "1/10", "10%", Some("one in ten")),
];

fn check_spans(text: &str) -> Result<(), TestCaseError> {
    let tokens = tokenize(text);
    let mentions = extract(text, &tokens);
    let mut last_end = 0;
    for m in &mentions {
        prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        prop_assert!(m.start >= last_end && m.start < m.end && m.end <= text.len());
        last_end = m.end;
    }
    Ok(())
}
