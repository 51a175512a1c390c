//! Training and evaluation from CoNLL-U treebanks (for `cargo xtask syntax`).

use crate::Model;
use crate::conllu::Sentence;
use crate::model::{Averaged, Perceptron, Scorer, freeze};
use crate::parser::{self, NO_LABEL, SHIFT, State, TRANSITIONS};
use crate::tagger::{self, Form, UPOS, best};

/// How training goes.
#[derive(Debug, Clone)]
pub struct Options {
    /// Passes over the data for the tagger.
    pub tagger_epochs: usize,
    /// Passes over the data for the parser.
    pub parser_epochs: usize,
    /// Folds of jackknifed tags the parser is trained on (0: gold tags).
    pub folds: usize,
    /// How many features each classifier keeps: tagger, transitions, labeller.
    pub budgets: [usize; 3],
    /// How often a feature must occur in training to be learned at all: tagger, transitions,
    /// labeller.
    pub min_counts: [u32; 3],
    /// The seed of the order in which the parser sees the sentences (and of its exploration).
    pub parser_seed: u64,
}

/// A deterministic pseudo-random sequence, so training gives the same model every time.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn order(&mut self, n: usize) -> Vec<usize> {
        let mut v: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            v.swap(i, (self.next() as usize) % (i + 1));
        }
        v
    }
}

/// Features seen at least `min` times: rarer ones are mostly noise, and cost model bytes.
fn frequent(counts: std::collections::HashMap<u32, u32>, min: u32) -> std::collections::HashSet<u32> {
    counts.into_iter().filter(|&(_, c)| c >= min).map(|(f, _)| f).collect()
}

fn train_tagger(data: &[(&[Form], &[u8])], epochs: usize, min_count: u32) -> Averaged {
    let mut counts = std::collections::HashMap::new();
    let mut feats = Vec::new();
    for (forms, gold) in data {
        for j in 0..forms.len() {
            let prev = j.checked_sub(1).map_or(tagger::NO_TAG, |k| gold[k]);
            let prev2 = j.checked_sub(2).map_or(tagger::NO_TAG, |k| gold[k]);
            tagger::features(forms, j, prev, prev2, &mut feats);
            feats.iter().for_each(|f| *counts.entry(*f).or_insert(0u32) += 1);
        }
    }
    let mut p = Perceptron::new(Some(frequent(counts, min_count)));
    let mut rng = Lcg(17);
    let mut scores = vec![0.0f32; UPOS.len()];
    for _ in 0..epochs {
        for i in rng.order(data.len()) {
            let (forms, gold) = data[i];
            let mut prev = [tagger::NO_TAG; 2];
            for (j, &truth) in gold.iter().enumerate() {
                tagger::features(forms, j, prev[0], prev[1], &mut feats);
                p.score(&feats, &mut scores);
                let guess = best(&scores);
                p.tick();
                p.update(&feats, truth as usize, guess);
                // Trained on its own previous guesses, as it will run.
                prev = [guess as u8, prev[0]];
            }
        }
    }
    Averaged(p.averaged())
}

/// Counts the transition and label features of the states the oracle walks through.
fn parser_counts(
    data: &[(&[Form], Vec<u8>, &Sentence)],
    label_of: &std::collections::HashMap<&str, usize>,
) -> (std::collections::HashMap<u32, u32>, std::collections::HashMap<u32, u32>) {
    let (mut tc, mut lc) = (std::collections::HashMap::new(), std::collections::HashMap::new());
    let mut feats = Vec::new();
    for (forms, tags, gold) in data {
        let mut st = State::new(forms.len());
        while !st.done() {
            parser::features(&st, forms, tags, &mut feats);
            feats.iter().for_each(|f| *tc.entry(*f).or_insert(0u32) += 1);
            let t = (0..TRANSITIONS).filter(|&t| st.valid(t)).min_by_key(|&t| st.cost(t, &gold.heads)).unwrap_or(SHIFT);
            let label = if t == SHIFT {
                NO_LABEL
            } else {
                let (h, d) = st.arc(t);
                parser::label_features(&st, forms, tags, h, d, &mut feats);
                feats.iter().for_each(|f| *lc.entry(*f).or_insert(0u32) += 1);
                label_of[gold.labels[d as usize].as_str()] as u8
            };
            st.apply(t, label);
        }
    }
    (tc, lc)
}

fn train_parser(
    data: &[(&[Form], Vec<u8>, &Sentence)],
    labels: &[String],
    epochs: usize,
    min_counts: [u32; 2],
    seed: u64,
) -> (Averaged, Averaged) {
    let label_of: std::collections::HashMap<&str, usize> =
        labels.iter().enumerate().map(|(i, l)| (l.as_str(), i)).collect();
    let (tc, lc) = parser_counts(data, &label_of);
    let mut tp = Perceptron::new(Some(frequent(tc, min_counts[0])));
    let mut lp = Perceptron::new(Some(frequent(lc, min_counts[1])));
    let mut rng = Lcg(seed);
    let mut feats = Vec::new();
    let mut lfeats = Vec::new();
    let mut scores = [0.0f32; TRANSITIONS];
    let mut lscores = vec![0.0f32; labels.len()];
    for epoch in 0..epochs {
        for i in rng.order(data.len()) {
            let (forms, tags, gold) = (&data[i].0, &data[i].1, data[i].2);
            let mut st = State::new(forms.len());
            while !st.done() {
                parser::features(&st, forms, tags, &mut feats);
                tp.score(&feats, &mut scores);
                let valid: Vec<usize> = (0..TRANSITIONS).filter(|&t| st.valid(t)).collect();
                let costs: Vec<usize> = valid.iter().map(|&t| st.cost(t, &gold.heads)).collect();
                let min = costs.iter().copied().min().unwrap_or(0);
                let pick = |set: &mut dyn Iterator<Item = usize>| {
                    set.fold(None, |b: Option<usize>, t| match b {
                        Some(b) if scores[b] >= scores[t] => Some(b),
                        _ => Some(t),
                    })
                };
                let guess = pick(&mut valid.iter().copied()).unwrap_or(SHIFT);
                let right =
                    pick(&mut valid.iter().zip(&costs).filter(|(_, c)| **c == min).map(|(t, _)| *t)).unwrap_or(guess);
                let guess_ok = costs[valid.iter().position(|&t| t == guess).unwrap_or(0)] == min;
                tp.tick();
                if !guess_ok {
                    tp.update(&feats, right, guess);
                }
                // Dynamic oracle: after the first pass, follow a wrong guess nine times in ten.
                let t = if guess_ok || (epoch > 0 && !rng.next().is_multiple_of(10)) { guess } else { right };
                let label = if t == SHIFT {
                    NO_LABEL
                } else {
                    let (h, d) = st.arc(t);
                    parser::label_features(&st, forms, tags, h, d, &mut lfeats);
                    lp.score(&lfeats, &mut lscores);
                    let guess_label = best(&lscores);
                    if gold.heads[d as usize] == h {
                        let truth = label_of[gold.labels[d as usize].as_str()];
                        lp.tick();
                        lp.update(&lfeats, truth, guess_label);
                    }
                    guess_label as u8
                };
                st.apply(t, label);
            }
        }
    }
    (Averaged(tp.averaged()), Averaged(lp.averaged()))
}

/// Trains a tagger and a parser on `sentences` and returns the model file's bytes.
pub fn train(sentences: &[Sentence], options: &Options) -> Vec<u8> {
    let forms: Vec<Vec<Form>> = sentences.iter().map(|s| s.words.iter().map(|w| Form::of(w)).collect()).collect();
    let tagged: Vec<(&[Form], &[u8])> =
        forms.iter().zip(sentences).map(|(f, s)| (f.as_slice(), s.tags.as_slice())).collect();
    let tagger = train_tagger(&tagged, options.tagger_epochs, options.min_counts[0]);
    // The parser learns from tags as good as the tagger's on unseen text: each fold is tagged
    // by a tagger trained on the others.
    let mut tags: Vec<Vec<u8>> = sentences.iter().map(|s| s.tags.clone()).collect();
    for fold in 0..options.folds {
        let rest: Vec<(&[Form], &[u8])> =
            tagged.iter().enumerate().filter(|(i, _)| i % options.folds != fold).map(|(_, x)| *x).collect();
        let t = train_tagger(&rest, options.tagger_epochs, options.min_counts[0]);
        for (i, f) in forms.iter().enumerate().filter(|(i, _)| i % options.folds == fold) {
            tags[i] = tagger::tag(&t, f);
        }
    }
    let mut labels: Vec<String> = sentences.iter().flat_map(|s| s.labels.iter().cloned()).collect();
    labels.sort();
    labels.dedup();
    let data: Vec<(&[Form], Vec<u8>, &Sentence)> =
        forms.iter().zip(tags).zip(sentences).map(|((f, t), s)| (f.as_slice(), t, s)).collect();
    let (transitions, labeller) = train_parser(
        &data,
        &labels,
        options.parser_epochs,
        [options.min_counts[1], options.min_counts[2]],
        options.parser_seed,
    );
    let mut parts = [Vec::new(), Vec::new(), Vec::new()];
    freeze(UPOS.len(), &tagger.0, options.budgets[0], &mut parts[0]);
    freeze(TRANSITIONS, &transitions.0, options.budgets[1], &mut parts[1]);
    freeze(labels.len(), &labeller.0, options.budgets[2], &mut parts[2]);
    Model::write(&labels, [&parts[0], &parts[1], &parts[2]])
}
