//! The other words a source may use for a claim's word, from the lexicon (`factcheck-lexicon`:
//! Open English WordNet and curated news equivalents), as stems to look for.

use crate::matcher::How;
use crate::text::{is_stop_word, stem, tokenize};
use foldhash::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// A word's alternatives: each a list of stems that must all stand in a sentence, with how
/// it relates to the word.
pub(crate) type Alternatives = Vec<(Vec<String>, How)>;

/// At most this many words of one relation per claim word: WordNet lists dozens of synonyms
/// for some words (`fast`), and the first, in its sorted order, are as good as any; the cap
/// keeps a claim's lookups bounded.
const MAX_PER_RELATION: usize = 12;

/// A word with more synonyms than this has none used.
const MAX_SYNONYMS: usize = 8;

/// The stems of a phrase's words (stop words kept inside a phrase of several words: `traded
/// at`), or nothing for a phrase of stop words alone.
fn phrase_stems(phrase: &str) -> Vec<String> {
    let words: Vec<String> = tokenize(phrase).iter().filter_map(|t| t.word().map(str::to_string)).collect();
    if words.iter().all(|w| is_stop_word(w)) && words.len() > 1 {
        return Vec::new();
    }
    words.iter().map(|w| stem(w)).collect()
}

/// The alternatives of claim word `word` (normalised), written after `previous` (for curated
/// phrases of two words: `share price`): each a list of stems that must all stand in a
/// sentence, with how it relates. A name (`name`) has none but its country's other names.
///
/// Remembered for the run (claims of one run repeat their words), up to [`MAX_REMEMBERED`]
/// words.
pub(crate) fn alternatives(word: &str, previous: Option<&str>, name: bool) -> Arc<Alternatives> {
    type Key = (String, Option<String>, bool);
    static REMEMBERED: OnceLock<Mutex<HashMap<Key, Arc<Alternatives>>>> = OnceLock::new();
    let remembered = REMEMBERED.get_or_init(Default::default);
    let key: Key = (word.to_string(), previous.map(str::to_string), name);
    if let Some(found) = remembered.lock().ok().and_then(|m| m.get(&key).cloned()) {
        return found;
    }
    let found = Arc::new(look_up(word, previous, name));
    if let Ok(mut m) = remembered.lock() {
        if m.len() >= MAX_REMEMBERED {
            m.clear();
        }
        m.insert(key, Arc::clone(&found));
    }
    found
}

/// The most claim words [`alternatives`] remembers at once: a few megabytes.
const MAX_REMEMBERED: usize = 50_000;

/// [`alternatives`], looked up.
fn look_up(word: &str, previous: Option<&str>, name: bool) -> Vec<(Vec<String>, How)> {
    let mut out: Vec<(Vec<String>, How)> = Vec::new();
    let push = |stems: Vec<String>, how: How, out: &mut Vec<(Vec<String>, How)>| {
        if !stems.is_empty() && !out.iter().any(|(s, _)| *s == stems) && stems != [stem(word)] {
            out.push((stems, how));
        }
    };
    if let Some(group) = crate::matcher::contrast::country_names(word) {
        for other in group.iter().filter(|w| **w != word) {
            push(vec![stem(other)], How::Alias, &mut out);
        }
    }
    if name || word.chars().any(|c| c.is_ascii_digit()) {
        return out;
    }
    // A single word: only content words, else every common word would match (`up` is a
    // curated equivalent of `rise`, but `rise` matching every `up` would not do).
    let single = |w: &str| w.chars().count() >= 3 && !is_stop_word(w);
    for form in factcheck_lexicon::irregular_forms(word) {
        if single(form) {
            push(vec![stem(form)], How::Inflection, &mut out);
        }
    }
    let mut phrases: Vec<&str> = factcheck_lexicon::equivalents(word).to_vec();
    if let Some(previous) = previous {
        phrases.extend(factcheck_lexicon::equivalents(&format!("{previous} {word}")));
    }
    for phrase in phrases {
        let stems = phrase_stems(phrase);
        if stems.len() > 1 || stems.first().is_some_and(|s| single(s) || !is_stop_word(phrase)) {
            push(stems, How::Curated, &mut out);
        }
    }
    for lemma in factcheck_lexicon::derivations(word).into_iter().filter(|w| single(w)).take(MAX_PER_RELATION) {
        push(vec![stem(lemma)], How::Derivation, &mut out);
    }
    // A word with many synonyms has them through loose senses (`summit`: `acme`, `breast`,
    // `meridian`...): only a short list is used.
    let synonyms = factcheck_lexicon::synonyms(word);
    if synonyms.len() <= MAX_SYNONYMS {
        for lemma in synonyms.into_iter().filter(|w| single(w)) {
            push(vec![stem(lemma)], How::Synonym, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(word: &str, previous: Option<&str>, other: &str, how: How) -> bool {
        alternatives(word, previous, false).iter().any(|(s, h)| *s == phrase_stems(other) && *h == how)
    }

    #[test]
    fn each_kind_of_link() {
        assert!(has("sales", None, "sold", How::Curated));
        // `died` is in the curated group of a death toll, and a derivation of `death` too: the
        // stronger link is kept.
        assert!(has("deaths", None, "die", How::Curated));
        assert!(has("growth", None, "grow", How::Derivation));
        assert!(has("publication", None, "publish", How::Derivation));
        assert!(has("teacher", None, "instructor", How::Synonym));
        assert!(has("jobless", None, "unemployment", How::Curated));
        // A word with a long list of loose synonyms gets none.
        assert!(!alternatives("summit", None, false).iter().any(|(_, h)| *h == How::Synonym));
        assert!(has("sells", None, "sold", How::Inflection));
        assert!(has("price", Some("share"), "traded at", How::Curated));
        assert!(alternatives("japan", None, true).iter().any(|(s, h)| *s == ["japanes"] && *h == How::Alias));
        // A name has no lexical alternatives.
        assert!(alternatives("archibald", None, true).is_empty());
    }
}
