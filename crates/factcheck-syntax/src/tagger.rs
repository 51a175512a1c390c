//! The part-of-speech tagger: a greedy averaged perceptron over the word, its affixes and
//! shape, its neighbours and the two tags before it.

use crate::model::{Scorer, feature, hash_str};

/// The seventeen universal parts of speech, in the order of their class numbers.
pub const UPOS: [&str; 17] = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ",
    "SYM", "VERB", "X",
];

/// The tag number of "no word here" (before the start, after the end, the root).
pub(crate) const NO_TAG: u8 = UPOS.len() as u8;
const START: u64 = 0x0053_5441_5254;
const END: u64 = 0x0045_4e44;

/// What the tagger and the parser read off a word, hashed once.
#[derive(Clone, Copy)]
pub(crate) struct Form {
    pub(crate) lower: u64,
    suffix1: u64,
    suffix2: u64,
    suffix3: u64,
    suffix4: u64,
    prefix1: u64,
    prefix2: u64,
    prefix3: u64,
    shape: u64,
    /// The parts of speech WordNet gives the word or its inflections (bits: noun 1, verb 2,
    /// adjective 4, adverb 8; 16 when it knows none): what a tagger knows of a word it never
    /// saw in training.
    lexicon: u64,
}

impl Form {
    pub(crate) fn of(word: &str) -> Form {
        let lower = word.to_lowercase();
        let chars: Vec<char> = lower.chars().collect();
        let tail = |n: usize| -> u64 {
            let s: String = chars[chars.len().saturating_sub(n)..].iter().collect();
            hash_str(&s) ^ (n as u64)
        };
        let head = |n: usize| -> u64 {
            let s: String = chars[..n.min(chars.len())].iter().collect();
            hash_str(&s) ^ ((n as u64) << 8)
        };
        Form {
            lower: hash_str(&lower),
            suffix1: tail(1),
            suffix2: tail(2),
            suffix3: tail(3),
            suffix4: tail(4),
            prefix1: head(1),
            prefix2: head(2),
            prefix3: head(3),
            shape: hash_str(&shape(word)),
            lexicon: lexicon_bits(&lower),
        }
    }

    fn edge(start: bool) -> Form {
        let v = if start { START } else { END };
        Form {
            lower: v,
            suffix1: v,
            suffix2: v,
            suffix3: v,
            suffix4: v,
            prefix1: v,
            prefix2: v,
            prefix3: v,
            shape: v,
            lexicon: v,
        }
    }
}

fn lexicon_bits(lower: &str) -> u64 {
    use factcheck_lexicon::Pos;
    let bits = factcheck_lexicon::lemmas(lower).iter().fold(0u64, |b, (_, pos)| {
        b | match pos {
            Pos::Noun => 1,
            Pos::Verb => 2,
            Pos::Adjective => 4,
            Pos::Adverb => 8,
        }
    });
    if bits == 0 { 16 } else { bits }
}

/// `Acme` is `Xx`, `2.3` is `d.d`, `U.S.` is `X.X.`: runs of a kind of character folded to one.
fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = ' ';
    for c in word.chars().take(12) {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_alphabetic() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if k != last {
            out.push(k);
        }
        last = k;
    }
    out
}

/// The features of word `i` given the tags already chosen before it.
pub(crate) fn features(forms: &[Form], i: usize, prev: u8, prev2: u8, out: &mut Vec<u32>) {
    let at = |j: isize| -> Form {
        if j < 0 { Form::edge(true) } else { forms.get(j as usize).copied().unwrap_or(Form::edge(false)) }
    };
    let i = i as isize;
    let w = at(i);
    let (p1, p2, n1, n2) = (at(i - 1), at(i - 2), at(i + 1), at(i + 2));
    let (t1, t2) = (u64::from(prev), u64::from(prev2));
    out.clear();
    out.extend([
        feature(0, 0, 0, 0),
        feature(1, w.lower, 0, 0),
        feature(2, w.suffix1, 0, 0),
        feature(3, w.suffix2, 0, 0),
        feature(4, w.suffix3, 0, 0),
        feature(5, w.suffix4, 0, 0),
        feature(6, w.prefix1, 0, 0),
        feature(7, w.prefix2, 0, 0),
        feature(8, w.shape, 0, 0),
        feature(9, t1, 0, 0),
        feature(10, t1, t2, 0),
        feature(11, t1, w.lower, 0),
        feature(12, p1.lower, 0, 0),
        feature(13, p1.suffix3, 0, 0),
        feature(14, p2.lower, 0, 0),
        feature(15, n1.lower, 0, 0),
        feature(16, n1.suffix3, 0, 0),
        feature(17, n2.lower, 0, 0),
        feature(18, p1.lower, w.lower, 0),
        feature(19, w.lower, n1.lower, 0),
        feature(20, t1, w.suffix3, 0),
        feature(21, w.shape, n1.shape, 0),
        feature(22, p1.shape, w.shape, 0),
        feature(23, t1, n1.lower, 0),
        feature(24, w.suffix3, n1.suffix3, 0),
        feature(25, i.min(3) as u64, w.shape, 0),
        feature(26, n1.shape, 0, 0),
        feature(27, t2, w.lower, 0),
        feature(28, w.prefix3, 0, 0),
        feature(29, w.lexicon, 0, 0),
        feature(30, w.lexicon, w.suffix3, 0),
        feature(31, w.lexicon, t1, 0),
        feature(32, n1.lexicon, w.lexicon, 0),
        feature(33, p1.lexicon, w.lexicon, 0),
        feature(34, w.lexicon, w.shape, 0),
    ]);
}

/// Tags the words (their forms) greedily from left to right.
pub(crate) fn tag(scorer: &dyn Scorer, forms: &[Form]) -> Vec<u8> {
    let mut tags = Vec::with_capacity(forms.len());
    let mut feats = Vec::new();
    let mut scores = [0.0f32; UPOS.len()];
    for i in 0..forms.len() {
        let prev = if i >= 1 { tags[i - 1] } else { NO_TAG };
        let prev2 = if i >= 2 { tags[i - 2] } else { NO_TAG };
        features(forms, i, prev, prev2, &mut feats);
        scorer.score(&feats, &mut scores);
        tags.push(best(&scores) as u8);
    }
    tags
}

/// The highest-scoring class; the lower number wins a tie, so the choice is deterministic.
pub(crate) fn best(scores: &[f32]) -> usize {
    let mut b = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[b] {
            b = i;
        }
    }
    b
}
