//! The facts a text holds, for `factcheck extract`: every figure and date with where it
//! stands, and, for a starter claim file, a subject for each that picks it out.

use crate::document::Document;
use crate::subject::is_attribute_word;
use crate::text::{TokenKind, is_negation, is_stop_word};
use crate::verify::{Engine, Source};
use factcheck_core::{Claim, ClaimBody, DateValue, Operator, Value, ValueKind, Verdict};
use jiff::civil::Date;

/// One figure or date of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// `number`, `money`, `percent`, `quantity` or `date`.
    pub kind: ValueKind,
    /// The text as written.
    pub text: String,
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset after its end.
    pub end: usize,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// What it means; a date without a year gets one from `as_of` where given.
    pub value: Value,
    /// Index of the sentence holding it.
    pub sentence: usize,
}

/// Every fact of `doc`, in order.
pub fn facts(doc: &Document, as_of: Option<Date>) -> Vec<Fact> {
    doc.mentions()
        .map(|m| {
            let (line, column) = doc.line_col(m.start);
            let value = match &m.value {
                Value::Date(d) => Value::Date(d.resolve(as_of)),
                other => other.clone(),
            };
            Fact {
                kind: value.kind(),
                text: doc.text[m.start..m.end].to_string(),
                start: m.start,
                end: m.end,
                line,
                column,
                value,
                sentence: doc.sentence_at(m.start).unwrap_or(0),
            }
        })
        .collect()
}

/// How far into a text its date line may stand: a headline, a byline and a dateline come
/// first.
const DATELINE_BYTES: usize = 600;

/// The date a text gives itself near its top (`May 21, 2024`, `Published 2024-05-21`, a dateline
/// `WASHINGTON, May 21, 2024 (Reuters) -`): the first single day with a year in its first
/// 600 bytes (`DATELINE_BYTES`). A text's own date is what its yearless dates are read against.
pub fn dateline(doc: &Document) -> Option<Date> {
    doc.mentions().take_while(|m| m.start < DATELINE_BYTES).find_map(|m| match m.value {
        Value::Date(DateValue::Span { start, end }) if start == end => Some(start),
        _ => None,
    })
}

/// A claim proposed for a fact: `SUBJECT = TEXT`, verified against the text it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Starter {
    /// The fact.
    pub fact: Fact,
    /// Words around the fact that pick it out; `None` when no choice of nearby words makes
    /// the engine compare this fact and no other.
    pub subject: Option<String>,
}

/// For each fact of `text`, the fewest nearby content words that make a claim about it come
/// out `supported` with this very fact as evidence. Each proposal is checked by verifying it,
/// so a starter claim file loads and passes against the same text.
pub fn starters(path: &str, text: &str, as_of: Option<Date>) -> Vec<Starter> {
    let engine = Engine::new([Source { path: path.to_string(), text: text.to_string() }]);
    let doc = &engine.documents()[0];
    facts(doc, as_of)
        .into_iter()
        .map(|fact| {
            let subject = subject_for(&engine, &fact, as_of);
            Starter { fact, subject }
        })
        .collect()
}

/// The fewest nearby words (two at least where there are two) that make `SUBJECT = fact` come
/// out supported by this fact alone, in the engine's first document.
pub fn subject_for(engine: &Engine, fact: &Fact, as_of: Option<Date>) -> Option<String> {
    let doc = &engine.documents()[0];
    let words = nearby_words(doc, fact);
    // Two words at least where there are two: one word alone rarely names a thing.
    let sizes = (2..=words.len().min(5)).chain(1..2.min(words.len() + 1));
    sizes.into_iter().find_map(|n| {
        // The n nearest words, in text order.
        let mut chosen: Vec<&(usize, String)> = words.iter().take(n).collect();
        chosen.sort();
        let subject = chosen.iter().map(|(_, w)| w.as_str()).collect::<Vec<_>>().join(" ");
        picks(engine, &subject, fact, as_of).then_some(subject)
    })
}

/// Content words of the fact's sentence outside any figure, nearest first: words just after
/// the figure (what it counts) before words before it.
fn nearby_words(doc: &Document, fact: &Fact) -> Vec<(usize, String)> {
    let sentence = &doc.sentence(fact.sentence);
    let mentions = doc.mentions_in(fact.sentence);
    let in_mention = |k: usize| mentions.iter().any(|m| (m.first_token..m.end_token).contains(&k));
    let first = doc.tokens.starting_before(fact.start);
    let end = doc.tokens.ending_by(fact.end);
    let mut words: Vec<(usize, usize, String)> = sentence
        .tokens
        .clone()
        .filter(|&k| !in_mention(k))
        .filter_map(|k| {
            let t = doc.tokens.at(k);
            let w = t.word()?;
            if t.kind != TokenKind::Word
                || is_stop_word(w)
                || is_negation(w)
                || is_attribute_word(w)
                || w.chars().count() < 2
                || !w.chars().all(char::is_alphabetic)
            {
                return None;
            }
            // What a figure counts follows it (`30 ships`); what it is about mostly comes
            // before it in the same clause (`Japan's aid to Ukraine, totaling $12.1 billion`).
            // Commas between cost, and so do words that look like verbs.
            let (a, b) = if k >= end { (end, k) } else { (k + 1, first) };
            let commas =
                (a..b).filter(|&j| matches!(doc.tokens.at(j).punct(), Some(',' | ';' | ':' | '(' | ')'))).count();
            let counted = k >= end && (end..k).all(|j| doc.tokens.at(j).word().is_some_and(is_stop_word));
            // A subject names a thing: a word that reads as a verb or an adverb names none. A
            // lower-case word right before the figure, with nothing between, is mostly its verb
            // (`employs 1,200`, `rose 3%`, `totals $12.1 billion`): nouns reach a figure through
            // a preposition (`revenue of $2.3 billion`). A lower-case word in `-ly` is mostly an
            // adverb (`early`, `nearly`).
            let lower = doc.text[t.start..t.end].starts_with(|c: char| c.is_lowercase());
            if lower && (k + 1 == first || w.ends_with("ly")) {
                return None;
            }
            // Other endings of verbs are endings of nouns too (`trading`, `funding`): ranked
            // after other words, not left out.
            let verb_like = w.ends_with("ing") || w.ends_with("ed") || w.ends_with("es") && !w.ends_with("ies");
            let distance = if counted {
                0
            } else if k >= end {
                (k - end) * 3 + commas * 4 + 2
            } else {
                (first - k) + commas * 4
            } + if verb_like { 6 } else { 0 };
            Some((distance, k, doc.text[t.start..t.end].to_string()))
        })
        .collect();
    words.sort();
    let mut seen = std::collections::HashSet::new();
    words
        .into_iter()
        .filter(|(_, _, w)| seen.insert(w.to_lowercase()))
        .map(|(_, k, w)| (k, w.trim_end_matches(['\'', '’']).trim_end_matches("'s").trim_end_matches("’s").to_string()))
        .collect()
}

/// True when `SUBJECT = fact` is supported by this fact alone.
fn picks(engine: &Engine, subject: &str, fact: &Fact, as_of: Option<Date>) -> bool {
    let Ok(value) = factcheck_text::parse_literal(&fact.text) else { return false };
    if value.kind() != fact.kind {
        return false;
    }
    let mut claim = Claim::new("starter", ClaimBody::Compare { subject: subject.to_string(), op: Operator::Eq, value });
    claim.as_of = as_of;
    let result = engine.verify_claim(&claim);
    result.verdict == Verdict::Supported && result.evidence.iter().all(|e| e.start == fact.start && e.agrees)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_carry_positions_and_resolved_dates() {
        let text = "Aid totals $12.1 billion.\nThe summit opens on July 9.";
        let doc = Document::analyse("s.txt", text);
        let found = facts(&doc, Date::new(2024, 5, 21).ok());
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].kind, found[0].line, found[0].column), (ValueKind::Money, 1, 12));
        assert_eq!(found[1].value.to_string(), "2024-07-09");
        assert_eq!(&text[found[1].start..found[1].end], "July 9");
    }

    #[test]
    fn a_text_dates_itself_near_its_top() {
        let dated = Document::analyse("s.txt", "Acme results\n\nDENVER, May 21, 2024 - Acme opened on July 9.");
        assert_eq!(dateline(&dated), Date::new(2024, 5, 21).ok());
        // A yearless date, or a date far down the text, is no date line.
        let yearless = Document::analyse("s.txt", "Acme opened on July 9.");
        assert_eq!(dateline(&yearless), None);
        let late = format!("{}On May 21, 2024 it opened.", "Filler words here. ".repeat(40));
        assert_eq!(dateline(&Document::analyse("s.txt", &late)), None);
    }

    #[test]
    fn starter_subjects_leave_out_verbs_and_adverbs() {
        let text = "Acme Robotics employs 1,200 people. Acme opened early, at 10 o'clock on July 9.";
        for s in starters("s.txt", text, Date::new(2024, 5, 21).ok()) {
            let subject = s.subject.unwrap_or_default();
            for bad in ["employs", "early"] {
                assert!(!subject.split(' ').any(|w| w == bad), "`{subject}` for {}", s.fact.text);
            }
        }
    }

    #[test]
    fn starters_pick_their_own_fact() {
        let text = "Acme reported revenue of $94.8 billion, while net income fell to $20.1 billion. \
                    About 30 ships searched the area.";
        let all = starters("s.txt", text, None);
        assert_eq!(all.len(), 3);
        for s in &all {
            assert!(s.subject.is_some(), "{s:?}");
        }
        assert_eq!(all[2].subject.as_deref(), Some("ships searched"));
    }
}
