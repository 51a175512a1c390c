//! Base forms of a word form, as WordNet's "morphy" finds them: the word itself if it is a
//! lemma, the lemmas the data lists it as a form of (irregular forms: `went` -> `go`), and
//! the lemmas that detaching a regular ending gives (`sales` -> `sale`, `died` -> `die`).

use crate::Pos;
use crate::table::{Id, Table};

/// Endings a noun form may have, and what replaces them in the lemma (WordNet's rules).
const NOUN_RULES: &[(&str, &str)] = &[
    ("s", ""),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("ies", "y"),
];

/// Endings a verb form may have, and what replaces them in the lemma.
const VERB_RULES: &[(&str, &str)] =
    &[("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];

/// Endings of an adjective's comparative and superlative, and what replaces them in the lemma.
/// (Doubled consonants, `bigger`, are listed forms in the data.)
const ADJECTIVE_RULES: &[(&str, &str)] = &[("er", ""), ("est", ""), ("er", "e"), ("est", "e")];

/// The longest word the rules are tried on, in bytes; longer ones are looked up as they are.
/// (The longest lemma of the table is shorter: a test checks it.)
pub(crate) const LONGEST_WORD: usize = 64;

/// The (lemma, part of speech) readings of one word form, without allocating: a form has a
/// handful (`saw`: `saw` as noun and verb, `see`), far fewer than [`Readings::CAPACITY`].
pub(crate) struct Readings {
    items: [(Id, Pos); Readings::CAPACITY],
    len: usize,
}

impl Readings {
    /// Four parts of speech of the word itself, every rule (20) and the listed forms (a test
    /// checks the data has at most eight readings of one form) fit.
    const CAPACITY: usize = 32;

    pub(crate) fn new() -> Readings {
        Readings { items: [(0, Pos::Noun); Readings::CAPACITY], len: 0 }
    }

    fn push(&mut self, reading: (Id, Pos)) {
        if self.len < Readings::CAPACITY && !self.as_slice().contains(&reading) {
            self.items[self.len] = reading;
            self.len += 1;
        }
    }

    pub(crate) fn as_slice(&self) -> &[(Id, Pos)] {
        &self.items[..self.len]
    }

    /// Whether some reading is of lemma `id`.
    pub(crate) fn has_lemma(&self, id: Id) -> bool {
        self.as_slice().iter().any(|&(i, _)| i == id)
    }
}

/// Adds the readings of `word` (lower case) to `out`.
pub(crate) fn readings(table: &Table, word: &str, out: &mut Readings) {
    if let Some(id) = table.id(word) {
        for pos in Pos::ALL {
            if table.pos[id as usize].contains(pos) {
                out.push((id, pos));
            }
        }
    }
    for &reading in table.forms_of(word) {
        out.push(reading);
    }
    if word.len() > LONGEST_WORD {
        return;
    }
    let mut buffer = [0u8; LONGEST_WORD + 3];
    for (pos, rules) in [(Pos::Noun, NOUN_RULES), (Pos::Verb, VERB_RULES), (Pos::Adjective, ADJECTIVE_RULES)] {
        for (ending, replacement) in rules {
            let Some(stem) = word.strip_suffix(ending).filter(|s| !s.is_empty()) else { continue };
            // The ending is ASCII, so the stem ends on a character boundary and the candidate is
            // UTF-8 again.
            let candidate = &mut buffer[..stem.len() + replacement.len()];
            candidate[..stem.len()].copy_from_slice(stem.as_bytes());
            candidate[stem.len()..].copy_from_slice(replacement.as_bytes());
            let Ok(candidate) = std::str::from_utf8(candidate) else { continue };
            if let Some(id) = table.id(candidate)
                && table.pos[id as usize].contains(pos)
            {
                out.push((id, pos));
            }
        }
    }
}
