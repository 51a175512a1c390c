//! Syntax for factcheck: which word a word depends on.
//!
//! A part-of-speech tagger and an arc-hybrid dependency parser, both averaged perceptrons over
//! hashed features, trained on Universal Dependencies English (EWT and the news, interview and
//! biography documents of GUM) by `cargo xtask syntax`. The model is embedded in the binary
//! (`model/en.bin`, CC BY-SA 4.0 as the treebank it was trained on: see `model/NOTICE.md`).
//! The same words always give the same tree: there is no randomness at run time and no state
//! shared between calls.

mod conllu;
mod model;
mod parser;
mod tagger;
mod tokenize;

#[cfg(feature = "train")]
pub mod train;

use std::ops::Range;
use std::sync::OnceLock;

pub use conllu::{Scores, Sentence, evaluate, read_conllu};
pub use tagger::UPOS;
pub use tokenize::words;

use model::{Frozen, Reader};

/// The model the repository commits.
static MODEL_BYTES: &[u8] = include_bytes!("../model/en.bin");
const MAGIC: &[u8; 8] = b"FCSYN\x001\x00";

/// A tagger and a parser, read from model bytes.
pub struct Model<'a> {
    labels: Vec<&'a str>,
    tagger: Frozen<'a>,
    transitions: Frozen<'a>,
    labeller: Frozen<'a>,
}

/// The model embedded in the binary.
pub fn model() -> &'static Model<'static> {
    static MODEL: OnceLock<Model<'static>> = OnceLock::new();
    MODEL.get_or_init(|| Model::read(MODEL_BYTES).expect("the embedded syntax model is well formed"))
}

/// One word of an analysed sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Where the word stands, in bytes of the analysed text.
    pub span: Range<usize>,
    /// Its universal part of speech (`NOUN`, `NUM`, ...).
    pub upos: &'static str,
    /// The index of the word it depends on, or `None` for the root of the sentence.
    pub head: Option<usize>,
    /// The dependency relation to its head (`nsubj`, `obj`, `nummod`, `nmod:poss`, ...).
    pub deprel: String,
}

/// A sentence as a dependency tree.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tree {
    /// The words in order.
    pub words: Vec<Word>,
}

impl Tree {
    /// The word whose span holds byte `at`, if any.
    pub fn word_at(&self, at: usize) -> Option<usize> {
        self.words.iter().position(|w| w.span.start <= at && at < w.span.end)
    }

    /// The number of arcs on the path between words `a` and `b`.
    pub fn path_length(&self, a: usize, b: usize) -> usize {
        let up = |mut i: usize| {
            let mut chain = vec![i];
            while let Some(h) = self.words.get(i).and_then(|w| w.head) {
                if chain.len() > self.words.len() {
                    break;
                }
                chain.push(h);
                i = h;
            }
            chain
        };
        let (ua, ub) = (up(a), up(b));
        for (da, x) in ua.iter().enumerate() {
            if let Some(db) = ub.iter().position(|y| y == x) {
                return da + db;
            }
        }
        ua.len() + ub.len()
    }
}

impl<'a> Model<'a> {
    /// Reads a model file written by `cargo xtask syntax`.
    pub fn read(bytes: &'a [u8]) -> Option<Model<'a>> {
        let mut r = Reader { bytes };
        if r.take(MAGIC.len())? != MAGIC {
            return None;
        }
        let count = r.u32()? as usize;
        let labels = (0..count).map(|_| r.string()).collect::<Option<Vec<_>>>()?;
        Some(Model {
            labels,
            tagger: Frozen::read(&mut r)?,
            transitions: Frozen::read(&mut r)?,
            labeller: Frozen::read(&mut r)?,
        })
    }

    /// Tags and parses one sentence.
    pub fn analyse(&self, sentence: &str) -> Tree {
        let spans = words(sentence);
        let texts: Vec<&str> = spans.iter().map(|r| &sentence[r.clone()]).collect();
        let (tags, heads, labels) = self.analyse_words(&texts);
        Tree {
            words: spans
                .into_iter()
                .enumerate()
                .map(|(i, span)| Word {
                    span,
                    upos: UPOS[tags[i] as usize],
                    head: heads[i],
                    deprel: labels[i].to_string(),
                })
                .collect(),
        }
    }

    /// Tags and parses words already cut: each word's tag number, head and label.
    pub(crate) fn analyse_words(&self, words: &[&str]) -> (Vec<u8>, Vec<Option<usize>>, Vec<&'a str>) {
        let forms: Vec<tagger::Form> = words.iter().map(|w| tagger::Form::of(w)).collect();
        let tags = tagger::tag(&self.tagger, &forms);
        let st = parser::parse(&self.transitions, &self.labeller, self.labels.len(), &forms, &tags);
        let n = words.len();
        let heads =
            (0..n).map(|i| st.heads[i]).map(|h| if h as usize >= n { None } else { Some(h as usize) }).collect();
        let labels = (0..n).map(|i| self.labels.get(st.labels[i] as usize).copied().unwrap_or("dep")).collect();
        (tags, heads, labels)
    }

    /// The bytes of a model.
    #[cfg(feature = "train")]
    pub(crate) fn write(labels: &[String], parts: [&[u8]; 3]) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&(labels.len() as u32).to_le_bytes());
        for l in labels {
            out.extend_from_slice(&(l.len() as u32).to_le_bytes());
            out.extend_from_slice(l.as_bytes());
        }
        parts.iter().for_each(|p| out.extend_from_slice(p));
        out
    }
}

/// Tags and parses one sentence with the embedded model.
pub fn analyse(sentence: &str) -> Tree {
    model().analyse(sentence)
}
