//! The clause of a statement a figure belongs to: the words that make its fact, checked alone
//! when no one sentence of the source holds the whole statement (a summary fuses facts the
//! source gives apart).

use crate::extract::Mention;
use crate::text::Token;
use std::ops::Range;

/// The tokens of the clause around figure `m` of a statement: up to the commas, `and`,
/// `while`, `but`, `which` or `who` on either side of it, or a `before` or `after` that opens
/// a clause of a participle (`dropped to 141.60 before strengthening to 140.55`).
pub(super) fn clause_around(tokens: &[Token], m: &Mention) -> Range<usize> {
    // `before` or `after` opening a clause of its own (`before strengthening to 140.55`).
    let participle = |k: usize| {
        tokens[k].word().is_some_and(|w| matches!(w, "before" | "after"))
            && tokens.get(k + 1).and_then(Token::word).is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
    };
    let boundary = |k: usize| {
        let t = &tokens[k];
        t.punct().is_some_and(|p| matches!(p, ',' | ';' | ':' | '(' | ')' | '.'))
            || t.word().is_some_and(|w| matches!(w, "and" | "but" | "while" | "whereas" | "which" | "who"))
            || participle(k)
    };
    let start = (0..m.first_token).rev().find(|&k| boundary(k)).map_or(0, |k| k + 1);
    let end = (m.end_token..tokens.len()).find(|&k| boundary(k)).unwrap_or(tokens.len());
    start..end
}

/// Dependency relations that open a clause of its own, or set a description beside a word
/// (`appos`): the words under them make another fact than their head's (`after speaking to the BBC` of `Four months after speaking to the BBC,
/// Holmes stormed to gold`; `and trading was suspended` after `would value Southcorp at
/// A$3.1bn`).
const CLAUSAL: &[&str] = &["acl", "advcl", "ccomp", "csubj", "conj", "parataxis", "list", "appos"];

/// The tokens of a statement (`tokens` of `text`, parsed as `tree`) that make the fact of
/// figure `m`, read from the tree: the clause of the verb the figure depends on, without the
/// clauses under it (those the figure stands in excepted). `None` when the tree places the
/// figure under no verb.
pub(super) fn fact_of_figure(tree: &factcheck_syntax::Tree, tokens: &[Token], m: &Mention) -> Option<Vec<bool>> {
    let words = &tree.words;
    let word_of = |k: usize| tree.word_at(tokens[k].start);
    let figure = (m.first_token..m.end_token).find_map(word_of)?;
    // The verb the figure depends on, and the words on the way up to it.
    let mut path = vec![figure];
    let mut verb = figure;
    while words[verb].upos != "VERB" {
        verb = words[verb].head?;
        if path.len() > words.len() {
            return None;
        }
        path.push(verb);
    }
    // A word belongs to the fact when the way up from it to the verb crosses no clausal
    // relation, but for the relations on the figure's own way up.
    let belongs = |mut w: usize| {
        for _ in 0..=words.len() {
            if w == verb {
                return true;
            }
            let clausal = CLAUSAL.iter().any(|r| words[w].deprel.split(':').next() == Some(*r));
            if clausal && !path.contains(&w) {
                return false;
            }
            match words[w].head {
                Some(h) => w = h,
                None => return false,
            }
        }
        false
    };
    Some((0..tokens.len()).map(|k| word_of(k).is_some_and(belongs)).collect())
}
