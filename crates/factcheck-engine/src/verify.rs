//! Verdicts: for each claim, find what its sources say about its subject and compare.

use crate::document::Document;
use crate::extract::{Mention, currencies_agree, extract, rate_ratio};
use crate::matcher::{
    ADMIT, ADMIT_STATEMENT, CONTRADICT_MIN, Context, Features, How, Judged, TIGHT_MARGIN, contrast, decide, headline,
    reference, refers_back, score, term_weights, topics, worth_judging,
};
use crate::subject::{
    Coverage, MAX_CANDIDATES, Subject, TermStems, coverage, extend_by_last_name, names_introduced, opposite_words,
    ranked_candidates, resolve_stems, thousands,
};
use crate::text::{Token, TokenAt, TokenKind, is_negation, is_stop_word, stem, tokenize};
use factcheck_core::{
    Bound, Claim, ClaimBody, ClaimResult, DateValue, Evidence, Interval, NearMiss, Operator, Outcome, Report,
    Tolerance, Value, ValueKind, Verdict,
};
use jiff::civil::Date;
use rayon::prelude::*;
use rust_decimal::Decimal;
use smol_str::SmolStr;
use std::ops::Range;
use std::sync::Arc;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

// The value tied to the subject in a sentence, and the claim's value as a target.
mod clause;
mod observe;
mod target;

use clause::*;
use observe::*;
use target::*;

/// A source text to verify claims against.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path shown in reports.
    pub path: String,
    /// The text.
    pub text: String,
}

/// The most evidence items a claim's result carries (and source values its explanation
/// names): a source that states the subject's value in thousands of places gives a report of
/// readable size, whose explanation says how many more there were.
pub const MAX_EVIDENCE: usize = 20;

/// Verifies claims against sources that it analyses once, whatever the number of claims.
#[derive(Debug)]
pub struct Engine {
    documents: Vec<Arc<Document>>,
}

/// What one source sentence says about a claim.
#[derive(Debug, Clone)]
struct Observation {
    doc: usize,
    sentences: Range<usize>,
    at: Range<usize>,
    value: Option<Value>,
    agrees: bool,
    /// How far the figure stands from the subject's words (see [`distance`]), when it is one.
    tie: Option<usize>,
}

impl Engine {
    /// Analyses every source.
    pub fn new(sources: impl IntoIterator<Item = Source>) -> Engine {
        // Sources are analysed on all cores (rayon's pool; `--jobs` sizes it); the order of
        // `documents` is the order given.
        let sources: Vec<Source> = sources.into_iter().collect();
        Engine { documents: sources.into_par_iter().map(|s| Arc::new(Document::analyse(s.path, s.text))).collect() }
    }

    /// An engine over documents already analysed (kept by a caller that verifies claims in
    /// batches, so that a source named again later is not analysed again).
    pub fn from_documents(documents: Vec<Arc<Document>>) -> Engine {
        Engine { documents }
    }

    /// The analysed sources, in the order given.
    pub fn documents(&self) -> &[Arc<Document>] {
        &self.documents
    }

    /// Verifies every claim, in order.
    pub fn verify(&self, claims: &[Claim]) -> Report {
        // In parallel, in the claims' order: the report is the same whatever the thread count.
        Report { results: claims.par_iter().map(|c| self.verify_claim(c)).collect() }
    }

    /// Verifies one claim against its sources.
    pub fn verify_claim(&self, claim: &Claim) -> ClaimResult {
        let docs: Vec<usize> = claim.sources.iter().copied().filter(|&d| d < self.documents.len()).collect();
        let (verdict, explanation, claim_value, observations, near) = match &claim.body {
            ClaimBody::Compare { subject, op, value } => self.compare(claim, &docs, subject, *op, value),
            ClaimBody::Quote(quote) => {
                let (v, e, c, o) = self.quote(&docs, quote);
                (v, e, c, o, Vec::new())
            }
            ClaimBody::Statement(text) => {
                let (v, e, c, o) = self.statement(claim, &docs, text);
                (v, e, c, o, Vec::new())
            }
        };
        let (explanation, observations) = cap_evidence(explanation, observations);
        let evidence = observations.iter().map(|o| self.evidence(o)).collect();
        let mut result = result_of(claim, verdict, explanation, claim_value, evidence);
        result.near = near;
        result
    }

    fn evidence(&self, o: &Observation) -> Evidence {
        let doc = &self.documents[o.doc];
        let first = &doc.sentence(o.sentences.start);
        let last = &doc.sentence(o.sentences.end - 1);
        let sentence_start = first.range.start;
        let (line, column) = doc.line_col(o.at.start);
        let (sentence_line, _) = doc.line_col(sentence_start);
        Evidence {
            source: doc.path.clone(),
            start: o.at.start,
            end: o.at.end,
            line,
            column,
            sentence: doc.text[sentence_start..last.range.end].to_string(),
            sentence_line,
            offset_in_sentence: o.at.start - sentence_start,
            matched: doc.text[o.at.clone()].to_string(),
            value: o.value.as_ref().map(ToString::to_string),
            agrees: o.agrees,
        }
    }

    fn sources_named(&self, docs: &[usize]) -> String {
        let names: Vec<&str> = docs.iter().map(|&d| self.documents[d].path.as_str()).collect();
        names.join(", ")
    }

    /// `SUBJECT OP VALUE`: the candidates of every source are scored (see [`crate::matcher`]),
    /// the value each admitted one ties to the subject is judged, and [`decide`] gives the
    /// verdict from the best of them.
    fn compare(
        &self,
        claim: &Claim,
        docs: &[usize],
        subject_text: &str,
        op: Operator,
        value: &Value,
    ) -> (Verdict, String, Option<String>, Vec<Observation>, Vec<NearMiss>) {
        let name_value = matches!(value, Value::Text(t) if t.starts_with(char::is_uppercase));
        let subject_tokens = tokenize(subject_text);
        let mut subject = Subject::from_tokens(subject_text, &subject_tokens, &[], &claim.aliases).with_roles(
            subject_text,
            &subject_tokens,
            name_value,
        );
        let qualifiers = contrast::of_claim(subject_text, &subject_tokens);
        subject.qualifiers = qualifiers.clone();
        let mut target = Target::new(op, value, claim.tolerance, claim.as_of);
        if let Target::Amount { limit, .. } = &mut target {
            *limit = names_a_limit(subject_text);
        }
        let shown = target.describe();
        let words = subject.terms.iter().map(|t| t.word.as_str()).collect::<Vec<_>>().join(" ");
        if subject.terms.is_empty() {
            let why = format!("the subject `{subject_text}` has no content words to look for");
            return (Verdict::NotFound, why, shown, vec![], vec![]);
        }
        let mut notes: Vec<String> = Vec::new();
        // Each judged value with the index of its candidate in `admitted`.
        let mut judged: Vec<Judged<(Observation, usize)>> = Vec::new();
        // The closest candidates, for a not_found: the three best kept as they come.
        let mut near: Vec<Near> = Vec::new();
        let (mut seen, mut touched) = (false, false);
        let mut present = vec![false; subject.terms.len()];
        let mut other_kind: Option<(String, Value, String)> = None;
        let mut admitted: Vec<(usize, Coverage, Features)> = Vec::new();
        // Candidates too weak to be admitted, which may still hold the claimed value.
        let mut reserve: Vec<(usize, Coverage, Features)> = Vec::new();
        // A name claimed as the value (`coach = Jim Caldwell`), or every item of a list of
        // words (`includes [Barcelona, FC Cologne]`), standing in a sentence says much of what
        // the sentence is about: it needs less of the subject's words there.
        // A word value that few sentences of the source hold (`chitin`) tells which sentence as
        // a name does.
        let telling = |doc: &Document| match &target {
            Target::Words { text, stems, .. } => {
                text.starts_with(char::is_uppercase)
                    || stems.iter().any(|s| doc.sentence_frequency(&[s.as_str()]) <= RARE_VALUE_SENTENCES)
            }
            _ => false,
        };
        let value_in = |doc: &Document, telling: bool, sid: usize| match &target {
            Target::Words { .. } if telling => words_in(doc, &doc.sentence(sid), &target).is_some(),
            Target::AllOf(items) => {
                items.len() >= 2 && items.iter().all(|t| words_in(doc, &doc.sentence(sid), t).is_some())
            }
            _ => false,
        };
        for &d in docs {
            let doc = &self.documents[d];
            let telling = telling(doc);
            for (cov, features) in self.candidates(d, &subject, &qualifiers, &mut present, &mut notes).list {
                // The value is looked for only where it can make the difference.
                let admit = if !features.admitted(ADMIT)
                    && features.admitted(crate::matcher::ADMIT_WITH_NAMED_VALUE)
                    && value_in(doc, telling, cov.sentences.start)
                {
                    crate::matcher::ADMIT_WITH_NAMED_VALUE
                } else if !features.admitted(crate::matcher::ADMIT_WITH_NAMED_VALUE)
                    && features.admitted(crate::matcher::ADMIT_WITH_NAME_BY_ROLE)
                    && name_by_role(doc, &cov, &subject, &target)
                {
                    crate::matcher::ADMIT_WITH_NAME_BY_ROLE
                } else {
                    ADMIT
                };
                seen |= features.admitted(ADMIT);
                touched |= features.score > 0.0;
                // Cloned only when it may be among the closest.
                if near.len() < MAX_CLOSEST || near.last().is_some_and(|n| n.features.score <= features.score) {
                    keep_closest(&mut near, Near { doc: d, cov: cov.clone(), features: features.clone() });
                }
                if features.admitted(admit) {
                    admitted.push((d, cov, features));
                } else if features.admitted(crate::matcher::ADMIT_WITH_FITTING_VALUE) {
                    reserve.push((d, cov, features));
                }
            }
        }
        // The strongest first: once a value is judged, a candidate too weak to stand with it
        // need not be read (its values are read from the text the first time they are asked
        // for).
        by_score(&mut admitted);
        // The way the subject says its figure moved (`rise in prices`), if it says one way: by
        // a verb or noun of a rise or a fall, not `higher` or `lower` (`higher education`).
        let directions: Vec<bool> = subject_tokens
            .iter()
            .filter_map(|t| t.word().filter(|w| !matches!(*w, "up" | "down" | "higher" | "lower")))
            .filter_map(|w| crate::subject::direction_of_word(w, &stem(w)))
            .collect();
        let subject_moved = directions.first().copied().filter(|&d| directions.iter().all(|&e| e == d));
        let mut best: Option<f64> = None;
        for (i, (d, cov, features)) in admitted.iter().enumerate() {
            if !worth_judging(best, features.score) {
                break;
            }
            let doc = &self.documents[*d];
            if !target.may_be_in(doc, cov) {
                continue;
            }
            let observations = observe(
                doc,
                *d,
                Candidate { cov, hows: &features.hows },
                &subject,
                &target,
                claim.as_of,
                Pick::Nearest,
            );
            if observations.is_empty() && other_kind.is_none() {
                // What it does state, when that is the same kind in another currency or unit.
                other_kind = doc.mentions_in(cov.sentences.start).iter().find_map(|m| {
                    target
                        .other_currency_or_unit(&m.value)
                        .map(|how| (doc.text[m.start..m.end].to_string(), m.value.clone(), how))
                });
            }
            for mut o in observations {
                // A figure that fits, said to have moved the other way (`has fallen by 80%` for
                // a `rise in the cost` of 80%), does not: shown with the word that says so.
                if let Some(want) = subject_moved
                    && o.agrees
                    && !matches!(o.value, Some(Value::Date(_)))
                    && let Some((up, k)) =
                        moved(&**doc, doc.tokens.starting_before(o.at.start), doc.tokens.starting_before(o.at.end))
                    && up != want
                {
                    let word = doc.tokens.at(k);
                    o.at = word.start.min(o.at.start)..word.end.max(o.at.end);
                    o.agrees = false;
                }
                best = Some(best.map_or(features.score, |b: f64| b.max(features.score)));
                // `<=` though TIGHT_TIE is 0 today: it is a setting, tried at 1 and 2.
                #[allow(clippy::absurd_extreme_comparisons)]
                let mut tight = o.tie.is_some_and(|t| t <= TIGHT_TIE);
                // The tree is parsed only where the tie can change the verdict: a figure that
                // disagrees, from a candidate too weak to contradict untied.
                let weak = (CONTRADICT_MIN - TIGHT_MARGIN..CONTRADICT_MIN).contains(&features.score);
                // The tree says whose figure it is among the words the sentence holds: not when
                // a word the claim capitalises (`ExoMars launch`) is missing.
                let named = || subject.terms.iter().zip(&features.hows).all(|(t, h)| !t.capitalised || h.is_some());
                if !tight && !o.agrees && weak && o.tie.is_some() && named() {
                    // Tied to a word that says what is measured (`budget`, `students`), not only
                    // to a name: the tree tells whose figure it is, the word which figure.
                    let common = term_positions(cov, &subject, 0..usize::MAX, common_word);
                    tight = Syntax::of(doc, cov.sentences.start)
                        .path(doc, &o.at, &common)
                        .is_some_and(|p| p <= TREE_TIE_ARCS);
                }
                judged.push(Judged { score: features.score, agrees: o.agrees, tight, item: (o, i) });
            }
        }
        let (mut verdict, mut kept) = decide(judged, CONTRADICT_MIN, |kept| settle(kept, claim.as_of));
        // The sentence after the subject's, found before `reserve` goes to the fallback.
        let next = (verdict == Verdict::NotFound && kept.is_empty())
            .then(|| continuation(&admitted, &reserve, &subject))
            .flatten();
        if verdict == Verdict::NotFound && kept.is_empty() {
            (verdict, kept) = self.fitting_value(&mut admitted, reserve, &subject, &target, claim.as_of, &present);
        }
        if verdict == Verdict::NotFound
            && kept.is_empty()
            && let Some(next) = next
        {
            (verdict, kept) = self.judge_continuation(&mut admitted, next, &subject, &target, claim.as_of);
        }
        if verdict == Verdict::NotFound {
            let why = if let Some(name) = crate::matcher::absent_name(&subject, &present) {
                format!("no sentence of {} names `{name}`", self.sources_named(docs))
            } else if seen && kept.is_empty() {
                let mut why = format!(
                    "{} mentions `{words}` but states no {} for it",
                    self.sources_named(docs),
                    target.kind_wanted()
                );
                if let Some((text, value, how)) = other_kind {
                    why.push_str(&format!(": it gives `{text}` ({value}), {how}"));
                }
                why
            } else if !kept.is_empty() {
                format!(
                    "the sentences closest to `{words}` hold only part of it, too little to contradict the claim: {}",
                    listed(
                        &kept.iter().map(|j| format!("`{}`", self.matched_text(&j.item.0))).collect::<Vec<_>>(),
                        ", "
                    )
                )
            } else if touched {
                format!("no sentence of {} holds enough of `{words}`", self.sources_named(docs))
            } else {
                format!("no sentence of {} mentions `{words}`", self.sources_named(docs))
            };
            let (closest, misses) = self.closest(&subject, near);
            let why = format!("{why}{closest}");
            return (Verdict::NotFound, with_notes(why, &notes), shown, vec![], misses);
        }
        let how_found = kept
            .first()
            .map(|j| {
                let (d, cov, features) = &admitted[j.item.1];
                found_how(&self.documents[*d], &subject, cov, &features.hows)
            })
            .unwrap_or_default();
        let observations: Vec<Observation> = kept.into_iter().map(|j| j.item.0).collect();
        // A bare number compared with an amount of money or a quantity: said, since the
        // currency or unit was not checked.
        let wanted = match &target {
            Target::Amount { proto, .. } => Some(proto.kind()),
            Target::AnyOf(items) => items.iter().find_map(|t| match t {
                Target::Amount { proto, .. } => Some(proto.kind()),
                _ => None,
            }),
            _ => None,
        };
        if let Some(other) = observations
            .iter()
            .filter_map(|o| o.value.as_ref())
            .find(|v| wanted == Some(ValueKind::Number) && matches!(v.kind(), ValueKind::Money | ValueKind::Quantity))
            // `years the mural was hidden = 37` names its unit in words.
            .filter(|v| !matches!(v, Value::Quantity { unit, .. } if observe::names_unit(&subject, unit)))
        {
            let what = if other.kind() == ValueKind::Money { "currency" } else { "unit" };
            notes.push(format!("the claim names no {what}: compared on the amount only"));
        }
        let source_values: Vec<String> = observations.iter().map(|o| format!("`{}`", self.matched_text(o))).collect();
        let explanation = match verdict {
            Verdict::Supported => format!("the source gives {} for `{words}`", listed(&source_values, " and ")),
            Verdict::Contradicted => {
                format!(
                    "the source gives {} for `{words}`, which does not fit the claim",
                    listed(&source_values, " and ")
                )
            }
            _ => format!(
                "the source gives both values that fit the claim and values that do not for `{words}`: {}",
                listed(&source_values, ", ")
            ),
        };
        (verdict, with_notes(format!("{explanation}{how_found}"), &notes), shown, observations, vec![])
    }

    /// When no admitted candidate ties a value to the subject: the candidates, admitted or
    /// held in `reserve` (weaker, down to [`crate::matcher::ADMIT_WITH_FITTING_VALUE`]), that
    /// state the claimed value anywhere in their sentence support the claim. A reader who finds
    /// the claimed figure among the subject's words takes it; such a candidate never
    /// contradicts, and not when a word the claim capitalises stands nowhere in the source.
    /// The candidates of `reserve` are appended to `admitted`, which the kept items index.
    fn fitting_value(
        &self,
        admitted: &mut Vec<(usize, Coverage, Features)>,
        mut reserve: Vec<(usize, Coverage, Features)>,
        subject: &Subject,
        target: &Target,
        as_of: Option<Date>,
        present: &[bool],
    ) -> (Verdict, Vec<Judged<(Observation, usize)>>) {
        if !subject.terms.iter().zip(present).all(|(t, p)| !t.capitalised || *p) {
            return (Verdict::NotFound, vec![]);
        }
        by_score(&mut reserve);
        admitted.extend(reserve);
        let runs = subject.capital_runs();
        let mut fitting = Vec::new();
        for (i, (d, cov, features)) in admitted.iter().enumerate() {
            let doc = &self.documents[*d];
            // Each name of the subject stands in the sentence or its context: every capitalised
            // word that is no common word, and of a run of capitals (`Lincoln Memorial
            // Library`) a word before its last, which is often a common noun (`library`). And
            // a word that says what is measured stands in the sentence itself (not only `rose`).
            let found = |term: usize| features.hows[term].is_some();
            let named = subject
                .terms
                .iter()
                .enumerate()
                .all(|(term, t)| !(t.name || t.capitalised) || found(term) || factcheck_lexicon::is_lemma(&t.word))
                && runs.iter().all(|run| run.len() < 2 || (run.start..run.end - 1).any(found));
            let own_word = subject
                .terms
                .iter()
                .zip(&features.hows)
                .any(|(t, h)| h.is_some_and(How::in_sentence) && !observe::change_word(t));
            if !named || !own_word || !target.may_be_in(doc, cov) {
                continue;
            }
            for o in
                observe(doc, *d, Candidate { cov, hows: &features.hows }, subject, target, as_of, Pick::AnyAgreeing)
            {
                // A bound (`at least 300,000`) fits a figure far from it: it says too little to
                // support from a weak candidate.
                let bounded = o
                    .value
                    .as_ref()
                    .and_then(Value::amount)
                    .is_none_or(|a| a.interval.low_value().is_some() && a.interval.high_value().is_some());
                if o.agrees && bounded {
                    fitting.push(Judged { score: features.score, agrees: true, tight: false, item: (o, i) });
                }
            }
        }
        decide(fitting, CONTRADICT_MIN, |kept| settle(kept, as_of))
    }

    /// Judges the sentence after the subject's (see [`continuation`]) at its own score, which
    /// seldom reaches [`CONTRADICT_MIN`]: it supports more than it contradicts. The candidate
    /// is appended to `admitted`, which the kept items index.
    fn judge_continuation(
        &self,
        admitted: &mut Vec<(usize, Coverage, Features)>,
        next: (usize, Coverage, Features),
        subject: &Subject,
        target: &Target,
        as_of: Option<Date>,
    ) -> (Verdict, Vec<Judged<(Observation, usize)>>) {
        let (d, cov, features) = &next;
        let doc = &self.documents[*d];
        let observations =
            observe(doc, *d, Candidate { cov, hows: &features.hows }, subject, target, as_of, Pick::Nearest);
        let i = admitted.len();
        let judged: Vec<Judged<(Observation, usize)>> = observations
            .into_iter()
            .map(|o| Judged { score: features.score, agrees: o.agrees, tight: false, item: (o, i) })
            .collect();
        admitted.push(next);
        decide(judged, CONTRADICT_MIN, |kept| settle(kept, as_of))
    }

    /// The text an observation points at.
    fn matched_text(&self, o: &Observation) -> &str {
        &self.documents[o.doc].text[o.at.clone()]
    }

    /// The candidates of source `d` for `subject`, scored: each sentence holding a subject
    /// word (at most [`MAX_CANDIDATES`], those holding the most; `notes` says when a source
    /// had more) and each sentence after one that refers back to it, with their features.
    /// Marks in `present` the subject words some sentence holds.
    fn candidates(
        &self,
        d: usize,
        subject: &Subject,
        qualifiers: &[contrast::Qualifier],
        present: &mut [bool],
        notes: &mut Vec<String>,
    ) -> DocCandidates<'_> {
        let doc = &self.documents[d];
        let spelled = crate::matcher::with_spelled_out_acronyms(doc, subject);
        let subject = spelled.as_ref().unwrap_or(subject);
        let stems = resolve_stems(doc, subject);
        let mut held = vec![false; stems.len()];
        for (t, alternatives) in stems.iter().enumerate() {
            let all: Vec<&str> = alternatives.iter().flatten().flatten().copied().collect();
            held[t] = doc.sentence_frequency(&all) > 0;
            present[t] |= held[t];
        }
        let weights = term_weights(doc, subject, &stems);
        let topical = topics(doc, subject, &stems);
        let candidates = ranked_candidates(doc, &stems);
        notes.extend(candidates.note(doc));
        let mut covered: Vec<Coverage> =
            candidates.sentences.iter().map(|&sid| coverage(doc, subject, sid..sid + 1, &stems)).collect();
        // News names someone in full once, then by the surname.
        let runs = subject.name_runs();
        let mut introduced = Vec::new();
        if !runs.is_empty() {
            introduced = names_introduced(doc, &covered, &runs, &stems);
            for cov in &mut covered {
                extend_by_last_name(doc, cov, &runs, &introduced);
            }
        }
        // A surname the source gives to more than one person (`Serena Williams and Venus
        // Williams`) does not take its first names from the sentence before.
        let ambiguous = |cov: &Coverage| -> Vec<usize> {
            runs.iter()
                .zip(&introduced)
                .filter(|(run, full)| !**full && cov.hows[run.end - 1].is_some())
                .flat_map(|(run, _)| run.start..run.end - 1)
                .collect()
        };
        // A sentence that refers back to a candidate (`It rose 5%`) is a candidate too, and so
        // is one that refers back to such a sentence, up to a chain of `reference::CHAIN`.
        let mut listed: Vec<usize> = covered.iter().map(|c| c.sentences.start).collect();
        let mut frontier = listed.clone();
        for _ in 0..reference::CHAIN {
            let followers: Vec<usize> = frontier
                .iter()
                .map(|&sid| sid + 1)
                .filter(|&next| next < doc.sentences.len() && listed.binary_search(&next).is_err())
                .filter(|&next| refers_back(doc, next))
                .collect();
            if followers.is_empty() {
                break;
            }
            covered.extend(followers.iter().map(|&sid| coverage(doc, subject, sid..sid + 1, &stems)));
            listed.extend(&followers);
            listed.sort_unstable();
            frontier = followers;
        }
        covered.sort_by_key(|c| c.sentences.start);
        let head = headline(doc);
        let at = |sid: usize| covered.binary_search_by_key(&sid, |c| c.sentences.start).ok();
        // In sentence order, so that a sentence's context is the sentence before with what it
        // carries on by referring back in its turn.
        let mut list: Vec<(Coverage, Features)> = Vec::with_capacity(covered.len());
        for i in 0..covered.len() {
            let sid = covered[i].sentences.start;
            let previous = match i.checked_sub(1) {
                // What the sentence before carries on: how its features found each word.
                Some(p) if covered[p].sentences.start + 1 == sid => Some(list[p].1.hows.as_slice()),
                _ => None,
            };
            // Words referring back matter only where the sentence before is a candidate. A
            // sentence that names someone before its first referring word refers to that one
            // (`Mr Blair's other firsts include becoming the first Labour leader`, `China's
            // involvement, notwithstanding its ties`), not back.
            let mut referring = Vec::new();
            if previous.is_some() {
                referring = reference::referring(doc, sid);
                // `positions` is sorted, as `names_another` needs.
                if !referring.is_empty() && reference::names_another(doc, sid, &covered[i].positions, &referring) {
                    referring.clear();
                }
            }
            let context = Context {
                previous,
                headline: head.filter(|&h| h != sid).and_then(at).map(|h| &covered[h]),
                referring: &referring,
                topics: &topical,
                not_from_context: ambiguous(&covered[i]),
                named_second: match i.checked_sub(1) {
                    // Only a person is the one a sentence is about in this sense: `it` and
                    // `they` carry on the whole matter (`GM unveiled a scheme for its Opel
                    // models. It is to deploy 35,000 cars`).
                    // And only where it could carry a name the sentence lacks (the tree is dear).
                    Some(p)
                        if !referring.is_empty()
                            && referring.iter().all(|(_, k)| *k == reference::Kind::Person)
                            && previous.is_some_and(|hows| {
                                hows.iter().zip(&subject.terms).zip(&covered[i].hows).any(|((h, t), own)| {
                                    own.is_none()
                                        && (t.name || t.capitalised)
                                        && h.is_some_and(|h| h.in_sentence() || h == How::Coreferent)
                                })
                            }) =>
                    {
                        reference::named_second(doc, covered[p].sentences.start, &covered[p].found)
                    }
                    _ => Vec::new(),
                },
                held: &held,
                following: following_name(doc, subject, sid, &covered, i),
            };
            let features = score(doc, subject, &weights, &covered[i], &context, qualifiers);
            let mut cov = covered[i].clone();
            // A name found by reference stands where the words referring to it do (`It was
            // travelling at 32,000 feet`): the figure is tied to them.
            // Only when no word of the subject stands in the sentence itself: those place it.
            if cov.anchor.is_empty() && features.hows.contains(&Some(How::Coreferent)) {
                cov.anchor.extend(referring.iter().map(|(k, _)| *k));
                cov.anchor.sort_unstable();
                cov.anchor.dedup();
            }
            list.push((cov, features));
        }
        DocCandidates { doc: d, spelled, stems, weights, held, list }
    }

    /// For a not_found: the (at most three, kept by [`keep_closest`]) sentences that came closest, with the words they
    /// hold and lack, or the qualifier that set them apart.
    fn closest(&self, subject: &Subject, near: Vec<Near>) -> (String, Vec<NearMiss>) {
        let mut misses: Vec<NearMiss> = Vec::new();
        let mut shown: Vec<String> = Vec::new();
        for n in near.iter().take(MAX_CLOSEST) {
            let doc = &self.documents[n.doc];
            let sentence = doc.sentence(n.cov.sentences.start);
            let (line, column) = doc.line_col(sentence.range.start);
            let hows = &n.features.hows;
            let lacks: Vec<String> =
                subject.terms.iter().zip(hows).filter(|(_, h)| h.is_none()).map(|(t, _)| t.word.clone()).collect();
            let exact = subject.terms.iter().zip(hows).filter(|(_, h)| **h == Some(How::Exact)).map(|(t, _)| &t.word);
            // The words it has: plain for the JSON report (`toll as cost, a synonym` where not
            // as written), in backticks for the explanation.
            let has: Vec<String> = exact.cloned().chain(how_parts(doc, subject, &n.cov, hows, false, false)).collect();
            let quoted_how = how_parts(doc, subject, &n.cov, hows, false, true);
            let lacks_quoted = lacks.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(", ");
            let (why, what) = match &n.features.clash {
                Some((own, other)) => {
                    let why = format!("names {} where the claim has {}", other.member, own.member);
                    (why.clone(), why)
                }
                None if lacks.is_empty() => {
                    let why = "holds the subject but no value of the claim's kind tied to it".to_string();
                    (why.clone(), why)
                }
                None if quoted_how.is_empty() => {
                    ("holds too little of the subject".to_string(), format!("lacks {lacks_quoted}"))
                }
                None => (
                    "holds too little of the subject".to_string(),
                    format!("has {}; lacks {lacks_quoted}", quoted_how.join("; ")),
                ),
            };
            let text = &doc.text[sentence.range.clone()];
            let mut excerpt: String = text.chars().take(90).collect();
            if excerpt.len() < text.len() {
                excerpt.push('…');
            }
            let excerpt = excerpt.split_whitespace().collect::<Vec<_>>().join(" ");
            shown.push(format!("{}:{line}:{column} \"{excerpt}\" {what}", doc.path));
            misses.push(NearMiss {
                source: doc.path.clone(),
                line,
                column,
                sentence: text.to_string(),
                has,
                lacks,
                why,
            });
        }
        let text = if shown.is_empty() { String::new() } else { format!("; closest: {}", shown.join("; ")) };
        (text, misses)
    }

    /// `quote: TEXT`: the text must stand in a source verbatim, after folding typography.
    fn quote(&self, docs: &[usize], quote: &str) -> (Verdict, String, Option<String>, Vec<Observation>) {
        let needle = Folded::new(quote).text.trim().to_string();
        for &d in docs {
            let doc = &self.documents[d];
            if needle.is_empty() {
                break;
            }
            let folded = doc.folded.get_or_init(|| Folded::new(&doc.text));
            let hay = &folded.text;
            // A match must cover whole characters of the source: `Zoe` is not in `Zoë`, though
            // the decomposed `Zoë` starts with it.
            let whole = |at: usize| {
                let end = at + needle.len();
                !hay[end..].chars().next().is_some_and(is_combining_mark)
                    && folded.opens_character(at)
                    && (end == hay.len() || folded.opens_character(end))
            };
            if let Some(at) = hay.match_indices(&needle).map(|(at, _)| at).find(|&at| whole(at)) {
                let start = folded.source_offset_in(&doc.text, at);
                let last = folded.source_offset_in(&doc.text, at + needle.len() - 1);
                let end = last + doc.text[last..].chars().next().map_or(1, char::len_utf8);
                let sid = doc.sentence_at(start).unwrap_or(0);
                let last = doc.sentence_at(end.saturating_sub(1)).unwrap_or(sid).max(sid);
                let obs = Observation {
                    doc: d,
                    sentences: sid..last + 1,
                    at: start..end,
                    value: None,
                    agrees: true,
                    tie: None,
                };
                return (Verdict::Supported, format!("the quote stands verbatim in {}", doc.path), None, vec![obs]);
            }
        }
        let needle = needle.to_lowercase();
        let case_note = docs.iter().any(|&d| {
            let doc = &self.documents[d];
            contains_lowercased(&doc.folded.get_or_init(|| Folded::new(&doc.text)).text, &needle)
        });
        let why = if case_note {
            format!("{} has this text only with different capitals", self.sources_named(docs))
        } else {
            format!("{} does not contain this text", self.sources_named(docs))
        };
        (Verdict::NotFound, why, None, vec![])
    }

    /// A sentence: each figure in it is checked against the source's value for the statement's
    /// other words, and the words must stand in one source sentence (or two adjacent) with the
    /// same polarity. Candidates are found and scored as for compact claims.
    fn statement(
        &self,
        claim: &Claim,
        docs: &[usize],
        text: &str,
    ) -> (Verdict, String, Option<String>, Vec<Observation>) {
        let tokens = tokenize(text);
        let mentions = extract(text, &tokens);
        let skip: Vec<Range<usize>> = mentions.iter().map(|m| m.first_token..m.end_token).collect();
        let mut subject = Subject::from_tokens(text, &tokens, &skip, &claim.aliases).with_opposites();
        if subject.terms.is_empty() {
            return (Verdict::NotFound, "the statement has no content words to look for".into(), None, vec![]);
        }
        // Qualifiers that are the statement's own figures (`in 2015` of a date checked as a
        // figure) place its other figures, but a sentence with another year is left to the
        // figure check to contradict.
        let mut qualifiers = contrast::of_claim(text, &tokens);
        for q in &mut qualifiers {
            q.figure = skip.iter().any(|r| r.contains(&q.at));
        }
        subject.qualifiers = qualifiers.clone();
        let words = subject.terms.iter().map(|t| t.word.as_str()).collect::<Vec<_>>().join(" ");
        let mut notes: Vec<String> = Vec::new();
        let mut present = vec![false; subject.terms.len()];
        // Each source's candidates, scored once for all the statement's figures and words.
        let scored: Vec<DocCandidates<'_>> =
            docs.iter().map(|&d| self.candidates(d, &subject, &qualifiers, &mut present, &mut notes)).collect();
        let mut admitted: Vec<(usize, Coverage, Features)> = scored
            .iter()
            .flat_map(|dc| {
                dc.list
                    .iter()
                    .filter(|(_, f)| f.admitted(ADMIT_STATEMENT))
                    .map(move |(c, f)| (dc.doc, c.clone(), f.clone()))
            })
            .collect();
        by_score(&mut admitted);
        // Each figure: compared like a compact claim whose subject is the statement's words.
        let mut figure_results = Vec::new();
        let statement_stems: Vec<SmolStr> = tokens
            .iter()
            .map(|t| if t.word().is_some() { crate::text::stem_smol(&t.norm) } else { SmolStr::default() })
            .collect();
        let claimed = ClaimWords { tokens: &tokens, stems: &statement_stems };
        let mut pairs: Option<Vec<(usize, Coverage, Features)>> = None;
        // The statement's tree, parsed at most once: for its figures' clauses and its negations.
        let parsed: std::cell::OnceCell<factcheck_syntax::Tree> = std::cell::OnceCell::new();
        for (k, m) in mentions.iter().enumerate() {
            let mut target = Target::new(Operator::Eq, &m.value, claim.tolerance, claim.as_of);
            if let Target::Amount { counted, .. } = &mut target {
                let nouns = counted_nouns(&claimed, m.end_token);
                *counted = if let Some(side) = score_side(&claimed, &mentions, k) {
                    Counted::Score(side)
                } else if age_holder(&claimed, m).is_some() {
                    Counted::Age
                } else if nouns.is_empty() {
                    Counted::After(word_before(&claimed, m.first_token).map(str::to_string))
                } else {
                    Counted::Noun(nouns.into_iter().map(str::to_string).collect())
                };
            }
            let mut judged = self.judge_figure(&admitted, &subject, &target, claim.as_of);
            // A value that does not fit contradicts the figure only where it stands with the
            // figure's clause (`Eight out of 10 voters do not trust politicians` is not
            // contradicted by `Some 87% said politicians did not keep their promises`).
            // The clause's words are those of the subject the candidate found in its sentence.
            // And a value that fits another figure of the statement is that one's (`more than
            // £100,000` of `earnings above £100,000`, not against `would raise about £4.6bn`).
            let clause = clause_around(&tokens, m);
            let others: Vec<Target> = mentions
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != k)
                .map(|(_, n)| Target::new(Operator::Eq, &n.value, claim.tolerance, claim.as_of))
                .collect();
            judged.retain(|j| {
                if j.agrees {
                    return true;
                }
                let o = &j.item.0;
                let another = o.value.as_ref().is_some_and(|v| {
                    let doc = &self.documents[o.doc];
                    let mentions = doc.mentions_in(o.sentences.start);
                    let at = mentions.iter().position(|n| n.start == o.at.start);
                    at.is_some_and(|at| {
                        others
                            .iter()
                            .any(|t| t.judge(v, claim.as_of, Around::of(doc, &mentions, at, &[])) == Some(true))
                    })
                });
                if another {
                    return false;
                }
                let found = admitted
                    .iter()
                    .find(|(d, cov, _)| *d == o.doc && cov.sentences == o.sentences)
                    .map(|(_, _, f)| &f.hows);
                found.is_some_and(|hows| {
                    let doc = &self.documents[o.doc];
                    let terms = subject.terms.iter().zip(hows).filter(|(t, _)| clause.contains(&t.token));
                    let (words, beside) = terms.fold((0, 0), |(n, b), (_, h)| {
                        (n + 1, b + usize::from(h.is_some_and(|h| h.in_sentence() || h == How::Coreferent)))
                    });
                    // A clause of one word says too little to place the figure.
                    words < 2 || half_beside(words, beside, headline(doc) == Some(o.sentences.start))
                })
            });
            let (mut verdict, mut kept) =
                decide(judged, crate::matcher::CONTRADICT_MIN_STATEMENT, |kept| settle(kept, claim.as_of));
            // No one sentence holds enough of the statement around the figure: two adjacent
            // ones may, as the contract allows (`Airbus announced a pre-sale.` then `Boeing's
            // European competitor is to sell 10 of its A350`).
            if verdict == Verdict::NotFound {
                let pairs = pairs.get_or_insert_with(|| self.adjacent_pairs(&scored, &subject, &qualifiers));
                let mut judged = self.judge_figure(pairs, &subject, &target, claim.as_of);
                judged.retain(|j| {
                    let o = &j.item.0;
                    let doc = &self.documents[o.doc];
                    let figure = m.first_token..m.end_token;
                    !fuses_two_facts(doc, o, (&tokens, &statement_stems), clause.clone(), figure)
                });
                (verdict, kept) =
                    decide(judged, crate::matcher::CONTRADICT_MIN_STATEMENT, |kept| settle(kept, claim.as_of));
            }
            let mut observations: Vec<Observation> = kept.into_iter().map(|j| j.item.0).collect();
            if verdict == Verdict::NotFound {
                observations.clear();
                if let Some(found) = self.appositive(docs, &tokens, m, &mut notes) {
                    observations.push(found);
                    verdict = Verdict::Supported;
                } else if let Some(found) = self.counted_in_other_words(&admitted, &subject, &target, claim.as_of) {
                    observations.push(found);
                    verdict = Verdict::Supported;
                } else if let Some(found) =
                    self.fact_alone(claim, docs, (text, &tokens, &parsed), m, &target, &qualifiers)
                {
                    observations.push(found);
                    verdict = Verdict::Supported;
                }
            }
            figure_results.push((m, verdict, observations));
        }
        if let Some((m, _, obs)) =
            figure_results.iter().find(|(_, v, _)| matches!(v, Verdict::Contradicted | Verdict::Conflicting))
        {
            let found: Vec<String> =
                obs.iter().filter(|o| !o.agrees).map(|o| format!("`{}`", self.matched_text(o))).collect();
            let why =
                format!("`{}` does not fit the source, which gives {}", &text[m.start..m.end], listed(&found, " and "));
            return (Verdict::Contradicted, with_notes(why, &notes), None, obs.clone());
        }
        // A figure that fits, where the source gives the word before it another figure of the
        // same kind (`profits rose 8%` where the source has `rose 1% ... would have been 8%
        // higher`; `close 10% of the factories` where it has `close 20% of the group's factories
        // and shed 10% of the workforce`): the statement gives the word a neighbour's figure.
        for (m, _, obs) in &figure_results {
            // Dates are placed by their qualifiers (`units in November`), not by a word.
            let Some(ours) = word_before(&claimed, m.first_token) else { continue };
            if ours.starts_with(|c: char| c.is_ascii_digit()) || matches!(m.value, Value::Date(_)) {
                continue;
            }
            let target = Target::new(Operator::Eq, &m.value, claim.tolerance, claim.as_of);
            for o in obs.iter().filter(|o| o.agrees) {
                let doc = &self.documents[o.doc];
                let sid = o.sentences.start;
                let first = doc.tokens.starting_before(o.at.start);
                if word_before(&**doc, first) == Some(ours) {
                    continue;
                }
                // The fitting figure has a verb of its own (`shed 10%`, `would have been 8%`),
                // not a list's earlier item before it (`won the 1998 World Cup and 2000 ...`).
                let own_verb = (first.saturating_sub(4)..first)
                    .rev()
                    .find(|&j| doc.tokens.at(j).word().is_some_and(|w| !is_stop_word(w) || matches!(w, "been" | "be")))
                    .is_some_and(|j| Syntax::of(doc, sid).is_verb(doc, j));
                if !own_verb {
                    continue;
                }
                let mentions = doc.mentions_in(sid);
                let sentence_qualifiers = contrast::of_sentence(doc, sid);
                let ranges: Vec<Range<usize>> = mentions.iter().map(|n| n.first_token..n.end_token).collect();
                let other = mentions.iter().enumerate().find(|(k, n)| {
                    n.value.kind() == m.value.kind()
                        && n.first_token != first
                        && word_before(&**doc, n.first_token) == Some(ours)
                        && target.judge(&n.value, claim.as_of, Around::of(doc, &mentions, *k, &[])) == Some(false)
                        // A figure of another quarter, year or country than the statement's.
                        && !contrast::belongs_to_other(
                            doc,
                            &qualifiers,
                            &sentence_qualifiers,
                            n.first_token..n.end_token,
                            &ranges,
                        )
                });
                if let Some((_, n)) = other {
                    // Shown from the word on either side (`rose 1%`, `rose 8%`).
                    let start = word_before_at(&**doc, n.first_token).map_or(n.start, |j| doc.tokens.at(j).start);
                    let theirs = &doc.text[start..n.end];
                    let our_start = word_before_at(&claimed, m.first_token).map_or(m.start, |j| tokens[j].start);
                    let why =
                        format!("the source has `{theirs}` where the statement has `{}`", &text[our_start..m.end]);
                    let evidence = Observation {
                        doc: o.doc,
                        sentences: o.sentences.clone(),
                        at: n.start..n.end,
                        value: Some(n.value.clone()),
                        agrees: false,
                        tie: None,
                    };
                    return (Verdict::Contradicted, with_notes(why, &notes), None, vec![evidence]);
                }
            }
        }
        // A year that fits, where the source gives the word before it another year (`returned to
        // profitability in 2003` where it has `returned to profit in 2004 after posting huge
        // losses in 2003`): the statement gives the word a neighbour's year.
        if let Some(found) = self.neighbours_year(text, &claimed, &figure_results) {
            return (Verdict::Contradicted, with_notes(found.0, &notes), None, vec![found.1]);
        }
        // A figure that fits, said to have moved the other way (`risen by 80%` where the source
        // has `fallen by 80%`).
        for (m, _, obs) in &figure_results {
            let Some((ours, our_word)) = moved(&claimed, m.first_token, m.end_token) else { continue };
            for o in obs.iter().filter(|o| o.agrees) {
                let doc = &self.documents[o.doc];
                let (first, end) = (doc.tokens.starting_before(o.at.start), doc.tokens.starting_before(o.at.end));
                if let Some((theirs, their_word)) = moved(&**doc, first, end)
                    && theirs != ours
                {
                    let ours = tokens[our_word].start.min(m.start)..tokens[our_word].end.max(m.end);
                    let word = doc.tokens.at(their_word);
                    let theirs = word.start.min(o.at.start)..word.end.max(o.at.end);
                    let why =
                        format!("the source has `{}` where the statement has `{}`", &doc.text[theirs], &text[ours]);
                    let o = Observation { agrees: false, ..o.clone() };
                    return (Verdict::Contradicted, with_notes(why, &notes), None, vec![o]);
                }
            }
        }
        if let Some((m, _, _)) = figure_results.iter().find(|(_, v, _)| *v == Verdict::NotFound) {
            let mut why = format!(
                "the source states no {} for `{words}` that `{}` can be compared with",
                m.value.kind().name(),
                &text[m.start..m.end]
            );
            // The closest sentence, when a qualifier set it apart (`in Switzerland` where the
            // statement has `in Austria`).
            let clashing = scored
                .iter()
                .flat_map(|dc| dc.list.iter().map(move |(c, f)| (dc.doc, c, f)))
                .filter(|(_, _, f)| f.clash.is_some() && f.score >= ADMIT_STATEMENT)
                .max_by(|a, b| a.2.score.total_cmp(&b.2.score));
            if let Some((d, cov, f)) = clashing
                && let Some((own, other)) = &f.clash
            {
                let doc = &self.documents[d];
                let (line, column) = doc.line_col(doc.sentence(cov.sentences.start).range.start);
                why.push_str(&format!(
                    "; the closest sentence ({}:{line}:{column}) has {} where the statement has {}",
                    doc.path, other.member, own.member
                ));
            }
            return (Verdict::NotFound, with_notes(why, &notes), None, vec![]);
        }

        // The words: the best candidate, or pair of adjacent sentences, holding them.
        let mut best: Option<(usize, Coverage, f64)> = None;
        for dc in &scored {
            let (d, doc) = (&dc.doc, &self.documents[dc.doc]);
            let (matched, stems, weights) = (dc.subject(&subject), &dc.stems, &dc.weights);
            let alone = Context::alone(&dc.held);
            // How many of the statement's words each sentence holds alone, and whether that
            // is enough.
            let single: std::collections::HashMap<usize, (usize, bool)> = dc
                .list
                .iter()
                .map(|(c, f)| {
                    let own = f.hows.iter().all(|h| h.is_none_or(How::in_sentence));
                    let held = f.hows.iter().filter(|h| h.is_some_and(How::in_sentence)).count();
                    (c.sentences.start, (held, own && f.admitted(ADMIT_STATEMENT)))
                })
                .collect();
            for (cov, features) in &dc.list {
                let sid = cov.sentences.start;
                let mut options: Vec<(Coverage, Features)> = vec![(cov.clone(), features.clone())];
                if sid + 1 < doc.sentences.len() {
                    let pair = coverage(doc, matched, sid..sid + 2, stems);
                    // Beside a sentence that holds enough alone, the other must add words it
                    // lacks, not only other forms of words it has (`rose` where it has
                    // `increase`): else its words (`fall`) are read as the statement's for
                    // nothing.
                    let held = |sid: usize| single.get(&sid).copied().unwrap_or((0, false));
                    let (this, next) = (held(sid), held(sid + 1));
                    if pair.matched > this.0.max(next.0) || !(this.1 || next.1) {
                        let f = score(doc, matched, weights, &pair, &alone, &qualifiers);
                        options.push((pair, f));
                    }
                }
                for (cov, f) in options {
                    // Only the words of the sentences themselves: context lends a compact
                    // subject its name, not a statement its content.
                    let own = f.hows.iter().all(|h| h.is_none_or(How::in_sentence));
                    let better = best.as_ref().is_none_or(|(_, b, s)| {
                        (f.score, std::cmp::Reverse(cov.sentences.len())) > (*s, std::cmp::Reverse(b.sentences.len()))
                    });
                    if own && f.admitted(ADMIT_STATEMENT) && better {
                        best = Some((*d, cov, f.score));
                    }
                }
            }
        }
        // A statement that fuses facts standing apart in the source (a summary's figure from
        // one sentence, another from a later one) rests on the sentences its figures were found
        // in: their words together must hold enough of the statement's.
        let mut fact_sentences: Option<Vec<usize>> = None;
        if best.is_none()
            && !figure_results.is_empty()
            && figure_results.iter().all(|(_, v, obs)| *v == Verdict::Supported && !obs.is_empty())
        {
            let d = figure_results[0].2[0].doc;
            let mut sids: Vec<usize> = figure_results
                .iter()
                .filter(|(_, _, obs)| obs[0].doc == d)
                .flat_map(|(_, _, obs)| obs[0].sentences.clone())
                .collect();
            sids.sort_unstable();
            sids.dedup();
            if let Some(dc) = scored.iter().find(|dc| dc.doc == d)
                && sids.len() >= 2
            {
                let doc = &self.documents[d];
                let matched = dc.subject(&subject);
                let alone = Context::alone(&dc.held);
                let merged = merged_coverage(sids.iter().map(|&sid| coverage(doc, matched, sid..sid + 1, &dc.stems)));
                let f = score(doc, matched, &dc.weights, &merged, &alone, &qualifiers);
                if f.admitted(ADMIT_STATEMENT) {
                    best = Some((d, merged, f.score));
                    fact_sentences = Some(sids);
                }
            }
        }
        // A statement with no figure whose best sentence differs from it in one qualifier only
        // (`the 17th President` where the source has `the 18th President`, `his left hip` where
        // it has `his right hip`) is contradicted by it, when it holds the statement's words
        // strongly.
        if best.is_none() && mentions.is_empty() {
            let clashing = scored
                .iter()
                .flat_map(|dc| dc.list.iter().map(move |(c, f)| (dc.doc, c, f)))
                // The qualifier stands for the statement's figure: as strong as a figure's
                // sentence must be to contradict it.
                .filter(|(_, _, f)| {
                    f.clash.is_some() && !f.missing_name && f.score >= crate::matcher::CONTRADICT_MIN_STATEMENT
                })
                .filter(|(_, _, f)| f.hows.iter().all(|h| h.is_none_or(How::in_sentence)))
                .max_by(|a, b| a.2.score.total_cmp(&b.2.score));
            if let Some((d, cov, f)) = clashing
                && let Some((own, other)) = &f.clash
            {
                let doc = &self.documents[d];
                // The evidence is the source's qualifier, with an ordinal's suffix (`18th`).
                let first = doc.tokens.at(other.at);
                let last = match doc.tokens.get(other.at + 1) {
                    Some(next)
                        if next.start == first.end && next.word().is_some_and(crate::text::is_ordinal_suffix) =>
                    {
                        next
                    }
                    _ => first,
                };
                // As the source writes it (`inaugural` for the first).
                let theirs = &doc.text[first.start..last.end];
                let why = format!("the source has `{theirs}` where the statement has `{}`", own.member);
                let o = Observation {
                    doc: d,
                    sentences: cov.sentences.clone(),
                    at: first.start..last.end,
                    value: None,
                    agrees: false,
                    tie: None,
                };
                return (Verdict::Contradicted, with_notes(why, &notes), None, vec![o]);
            }
        }
        let Some((d, cov, _)) = best else {
            let why = if let Some(name) = crate::matcher::absent_name(&subject, &present) {
                format!("no sentence of {} names `{name}`", self.sources_named(docs))
            } else {
                format!("no sentence of {} holds enough of `{words}`", self.sources_named(docs))
            };
            return (Verdict::NotFound, with_notes(why, &notes), None, vec![]);
        };
        let doc = &self.documents[d];
        let range = doc.sentence(cov.sentences.start).range.start..doc.sentence(cov.sentences.end - 1).range.end;
        // The statement's evidence when no figure is: the sentence (or two) it rests on.
        let whole = |agrees: bool| Observation {
            doc: d,
            sentences: cov.sentences.clone(),
            at: range.clone(),
            value: None,
            agrees,
            tie: None,
        };
        let span_note = match &fact_sentences {
            Some(_) => " (across the sentences its figures stand in)",
            None if cov.sentences.len() > 1 => " (across two adjacent sentences)",
            None => "",
        };
        // The words of the sentences it rests on (not those between its facts' sentences).
        let rests_on: Vec<usize> = fact_sentences.clone().unwrap_or_else(|| cov.sentences.clone().collect());
        let source_tokens = || rests_on.iter().flat_map(|&sid| doc.sentence(sid).tokens);
        let source_stems: Vec<&str> = source_tokens().map(|k| doc.stem(k)).collect();
        let source_words: Vec<&str> = source_tokens().map(|k| doc.tokens.at(k).norm).collect();
        let source_negations = negations_near(doc, &cov);
        let statement_positions: Vec<usize> = (0..tokens.len())
            .filter(|&k| tokens[k].word().is_some_and(|w| !is_stop_word(w) && !is_negation(w)))
            .collect();
        // Negations of the statement, read as those of the source are.
        let statement_tree = (text.len() <= 4096 && (0..tokens.len()).any(|k| negates(&claimed, k)))
            .then(|| parsed.get_or_init(|| factcheck_syntax::analyse(text)));
        let statement_word_starts: Vec<usize> = statement_positions.iter().map(|&k| tokens[k].start).collect();
        let statement_negations = (0..tokens.len())
            .filter(|&k| negates(&claimed, k))
            .filter(|&k| {
                near(&statement_positions, k + 1, k + 2)
                    || statement_tree
                        .as_ref()
                        .is_some_and(|t| negation_reaches(t, text, 0, tokens[k].start, &statement_word_starts))
            })
            .count();
        let statement_words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        let statement_stem_list: Vec<&str> = statement_stems.iter().map(SmolStr::as_str).collect();
        let flipped = (statement_negations % 2 != source_negations % 2)
            || opposite_words(&subject.stems, &source_stems)
            || subject.opposed_in(&source_stems, &source_words)
            || swapped_around_contrast(&statement_words, &statement_stem_list, &source_words, &source_stems)
            || order_swapped(&statement_words, &source_words)
            || ups_and_downs(&statement_words).is_some_and(|ours| ups_and_downs(&source_words) == Some(!ours));
        let mut observations: Vec<Observation> = figure_results.into_iter().flat_map(|(_, _, o)| o).collect();
        // A name of the statement whose last word the sentence gives another name
        // (`the Rose Bowl` where it has `the Sugar Bowl`): the sentence names something else.
        if let Some((theirs, ours)) = renamed(text, &tokens, doc, &cov) {
            let why = format!("the source has `{theirs}` where the statement has `{ours}`{span_note}");
            return (Verdict::Contradicted, with_notes(why, &notes), None, vec![whole(false)]);
        }
        // A rank the source gives a superlative and the statement does not (`France's second
        // largest carmaker` for `France's largest carmaker`), or the other way round.
        if let Some((theirs, ours)) = ranked_superlative(&statement_words, &source_words) {
            let why = format!("the source has `{theirs}` where the statement has `{ours}`{span_note}");
            return (Verdict::Contradicted, with_notes(why, &notes), None, vec![whole(false)]);
        }
        if flipped {
            let why = format!(
                "the source says the opposite{span_note}: a negation or an opposite word stands on one side only"
            );
            return (Verdict::Contradicted, with_notes(why, &notes), None, vec![whole(false)]);
        }
        if observations.is_empty() {
            observations.push(whole(true));
        }
        let why = format!(
            "{} of {} content words stand in the source{span_note}, with the same polarity",
            cov.matched,
            subject.terms.len()
        ) + if mentions.is_empty() { "" } else { "; every figure fits" };
        (Verdict::Supported, with_notes(why, &notes), None, observations)
    }
}

/// True when a pair of adjacent sentences (`o`, with the figure found in one of them) fuses two
/// facts for a statement's clause (`clause`, around its figure at tokens `figure`).
///
/// The figure's own clause stands in the figure's sentence, half its words at least (one in a
/// headline; see [`half_beside`]), and a clause whose words the pair splits (`The 2002 world
/// cup winner rolled up to fourth in the clausura`, the winner in one sentence and the climb to
/// fourth in the next) fuses two facts into one that neither sentence states. Unless the two
/// sentences are about one thing (the second refers back to the first, `The St Kitts and Nevis
/// star` after `Kim Collins`, or the first is the headline) and the words from the other
/// sentence do not stand where the figure's sentence has others (`met in the first round of
/// the walker cup in 2007` where it has `met in the first round of the amateur championship in
/// 2007`).
fn fuses_two_facts(
    doc: &Document,
    o: &Observation,
    (tokens, stems): (&[Token], &[SmolStr]),
    clause: Range<usize>,
    figure: Range<usize>,
) -> bool {
    let Some(own) = doc.sentence_at(o.at.start) else { return true };
    let holds = |sid: usize, stem: &str| sentence_holds(doc, sid, stem);
    let content = |k: usize| clause_word(tokens, &figure, k);
    let split = |k: usize| {
        content(k)
            && !holds(own, &stems[k])
            && o.sentences.clone().filter(|&sid| sid != own).any(|other| holds(other, &stems[k]))
    };
    if !clause_beside(doc, own, (tokens, stems), clause.clone(), figure.clone()) {
        return true;
    }
    let split_at: Vec<usize> = clause.clone().filter(|&k| split(k)).collect();
    if split_at.is_empty() {
        return false;
    }
    let (first, second) = (o.sentences.start, o.sentences.end - 1);
    if !(headline(doc) == Some(first) || refers_back(doc, second)) {
        return true;
    }
    // Each run of split words, between the statement's words on either side of it.
    let statement_stems: Vec<&str> = stems.iter().map(SmolStr::as_str).collect();
    let own_tokens = doc.sentence(own).tokens;
    let figure_token = doc.tokens.starting_before(o.at.start);
    let at_in_own = |k: usize| -> Vec<usize> {
        if figure.contains(&k) {
            return vec![figure_token];
        }
        own_tokens.clone().filter(|&j| doc.stem(j) == stems[k].as_str()).collect()
    };
    let anchor = |k: usize| figure.contains(&k) || (content(k) && !split(k));
    split_at.iter().any(|&k| {
        let left = (clause.start..k).rev().find(|&j| anchor(j));
        let right = (k + 1..clause.end).find(|&j| anchor(j));
        let (Some(left), Some(right)) = (left, right) else { return false };
        at_in_own(left).iter().any(|&jl| {
            at_in_own(right).iter().any(|&jr| {
                jl < jr
                    && jr - jl <= SUBSTITUTION_REACH
                    && (jl + 1..jr).any(|j| {
                        doc.tokens.at(j).word().is_some_and(|w| !is_stop_word(w))
                            && !statement_stems.contains(&doc.stem(j))
                    })
            })
        })
    })
}

/// True when sentence `own` holds half the words of a statement's clause (`clause`, around
/// its figure at tokens `figure`), one at least in a headline, which is short (`Dundee Utd 4-1
/// Aberdeen`): a value found with fewer (`a move he said would save £1bn` against `that worked
/// out at £143,000 per asylum seeker`) is some other fact's.
fn clause_beside(
    doc: &Document,
    own: usize,
    (tokens, stems): (&[Token], &[SmolStr]),
    clause: Range<usize>,
    figure: Range<usize>,
) -> bool {
    let content = |k: usize| clause_word(tokens, &figure, k);
    let words = clause.clone().filter(|&k| content(k)).count();
    let beside = clause.filter(|&k| content(k) && sentence_holds(doc, own, &stems[k])).count();
    words == 0 || half_beside(words, beside, headline(doc) == Some(own))
}

/// True when token `k` of a statement is a content word of a clause, not its figure (tokens
/// `figure`).
fn clause_word(tokens: &[Token], figure: &Range<usize>, k: usize) -> bool {
    !figure.contains(&k) && tokens[k].word().is_some_and(|w| !is_stop_word(w))
}

/// True when sentence `sid` of `doc` holds a word of stem `stem`.
fn sentence_holds(doc: &Document, sid: usize, stem: &str) -> bool {
    doc.sentence(sid).tokens.any(|k| doc.stem(k) == stem)
}

/// True when `beside` of a clause's `words` stand with a value: half of them, or one in a
/// headline, which is short (`Dundee Utd 4-1 Aberdeen`).
fn half_beside(words: usize, beside: usize, in_headline: bool) -> bool {
    if in_headline { beside > 0 } else { 2 * beside >= words }
}

/// How many tokens apart two words of a statement may stand in the source with others of the
/// source's between them, for those others to be what the statement replaced.
const SUBSTITUTION_REACH: usize = 8;

/// A name of two or more capitalised words in a statement (`Rose Bowl`) whose words but the
/// last stand nowhere in the sentences of `cov`, where those sentences write its last word after
/// another capitalised word (`Sugar Bowl`): the source's name and the statement's.
fn renamed(text: &str, tokens: &[Token], doc: &Document, cov: &Coverage) -> Option<(String, String)> {
    let capital = |t: &Token| t.word().is_some() && text[t.start..].starts_with(char::is_uppercase);
    let range = doc.sentence(cov.sentences.start).tokens.start..doc.sentence(cov.sentences.end - 1).tokens.end;
    let source_capital = |k: usize| doc.tokens.at(k).word().is_some() && doc.capitalised(k);
    let mut k = 1;
    while k < tokens.len() {
        if !capital(&tokens[k]) {
            k += 1;
            continue;
        }
        let start = k;
        while k < tokens.len() && capital(&tokens[k]) {
            k += 1;
        }
        if k - start < 2 {
            continue;
        }
        let (firsts, last) = (&tokens[start..k - 1], &tokens[k - 1]);
        let stands = |w: &str| range.clone().any(|j| doc.tokens.at(j).norm == w);
        if firsts.iter().any(|t| stands(&t.norm) || is_stop_word(&t.norm)) {
            continue;
        }
        let other = range.clone().skip(1).find(|&j| {
            doc.tokens.at(j).norm == last.norm
                && source_capital(j)
                && source_capital(j - 1)
                && doc.tokens.at(j - 1).word().is_some_and(|w| !is_stop_word(w))
        });
        if let Some(j) = other {
            let theirs = doc.text[doc.tokens.start(j - 1)..doc.tokens.at(j).end].to_string();
            let ours = text[tokens[start].start..last.end].to_string();
            return Some((theirs, ours));
        }
    }
    None
}

/// The words that set one thing against another (`A rather than B`, `A instead of B`, `A, not
/// B`), as the words of a text in order.
const CONTRASTS: &[&[&str]] = &[&["rather", "than"], &["instead", "of"], &[",", "not"]];

/// The stems of the (at most three) content words right before and right after the first
/// contrast of [`CONTRASTS`] in a text (its normalised words and their stems, token by token).
fn around_contrast<'a>(words: &[&str], stems: &[&'a str]) -> Option<(Vec<&'a str>, Vec<&'a str>)> {
    let content = |k: &usize| !stems[*k].is_empty() && !is_stop_word(words[*k]) && !is_negation(words[*k]);
    let k = (0..words.len()).find(|&k| CONTRASTS.iter().any(|m| words[k..].starts_with(m)))?;
    let marker = CONTRASTS.iter().find(|m| words[k..].starts_with(m))?;
    let before: Vec<&str> = (0..k).rev().filter(content).take(3).map(|j| stems[j]).collect();
    let after: Vec<&str> = (k + marker.len()..words.len()).filter(content).take(3).map(|j| stems[j]).collect();
    (!before.is_empty() && !after.is_empty()).then_some((before, after))
}

/// True when a statement and its source sentence set the same two things against each other
/// the other way round (`a hard drive rather than cheaper flash memory`, `cheaper flash memory
/// rather than hard drives`; `employers, not taxpayers`, `taxpayers, not employers`).
fn swapped_around_contrast(
    statement_words: &[&str],
    statement_stems: &[&str],
    source_words: &[&str],
    source_stems: &[&str],
) -> bool {
    let shared = |a: &[&str], b: &[&str]| a.iter().any(|x| b.iter().any(|y| crate::text::stems_match(x, y)));
    match (around_contrast(statement_words, statement_stems), around_contrast(source_words, source_stems)) {
        (Some((before, after)), Some((source_before, source_after))) => {
            // The first word on each side names the thing: `drive` before, `memory` after.
            shared(&before[..1], &source_after)
                && shared(&after, &source_before[..1])
                && !shared(&before[..1], &source_before[..1])
        }
        _ => false,
    }
}

/// A word claimed as a value that at most this many sentences of the source hold is as telling
/// as a name (see `compare`).
const RARE_VALUE_SENTENCES: usize = 2;

/// True when a statement orders two events one way (`withdrew the claims before he threatened
/// to sue`) and its sentence the other (`after he threatened`): `before` and `after` are stop
/// words, which the opposites of [`opposite_words`] do not see.
fn order_swapped(statement: &[&str], source: &[&str]) -> bool {
    let has = |words: &[&str], w: &str| words.contains(&w);
    [("before", "after"), ("after", "before")]
        .iter()
        .any(|(a, b)| has(statement, a) && !has(statement, b) && has(source, b) && !has(source, a))
}

/// `explanation`, with the notes of sources whose candidate sentences were capped.
fn with_notes(explanation: String, notes: &[String]) -> String {
    if notes.is_empty() { explanation } else { format!("{explanation} ({})", notes.join("; ")) }
}

/// Keeps at most [`MAX_EVIDENCE`] observations, in order: the first ones, and the first that
/// disagrees (or agrees) when all those kept are of the other kind, so that a conflicting
/// verdict still shows both. The explanation says how many were left out.
fn cap_evidence(explanation: String, observations: Vec<Observation>) -> (String, Vec<Observation>) {
    if observations.len() <= MAX_EVIDENCE {
        return (explanation, observations);
    }
    let more = observations.len() - MAX_EVIDENCE;
    let mut keep: Vec<usize> = (0..MAX_EVIDENCE).collect();
    for kind in [true, false] {
        if !keep.iter().any(|&i| observations[i].agrees == kind)
            && let Some(j) = observations.iter().position(|o| o.agrees == kind)
        {
            keep.pop();
            keep.push(j);
        }
    }
    let kept = observations.into_iter().enumerate().filter(|(i, _)| keep.contains(i)).map(|(_, o)| o).collect();
    let place = if more == 1 { "place" } else { "places" };
    (format!("{explanation} ({more} more {place} in the source not listed)"), kept)
}

/// At most [`MAX_EVIDENCE`] of `values`, joined with `separator`.
fn listed(values: &[String], separator: &str) -> String {
    values[..values.len().min(MAX_EVIDENCE)].join(separator)
}

impl Engine {
    /// A statement's figure that no sentence holding the statement's words gives, looked for as
    /// a fact of its own: its clause's words (up to the commas, `and`, `while` or `but` around
    /// it) and the statement's names, as a compact claim's subject (`Some £14m was spent
    /// developing the technology, which just 200 students used`: `spent developing the
    /// technology` for £14m, where the source gives the students in the next sentence). It can
    /// support the figure only: a statement's facts stand in different sentences, and one found
    /// alone says too little of the statement to contradict it.
    fn fact_alone(
        &self,
        claim: &Claim,
        docs: &[usize],
        (text, tokens, tree): (&str, &[Token], &std::cell::OnceCell<factcheck_syntax::Tree>),
        m: &Mention,
        target: &Target,
        qualifiers: &[contrast::Qualifier],
    ) -> Option<Observation> {
        // The clause by its punctuation and conjunctions, then by the tree (`Four months after
        // speaking to the BBC, Holmes stormed to gold`: the figure's verb is `stormed`), parsed
        // once for the statement and only when the first finds nothing.
        let boundary = clause_around(tokens, m);
        // The whole statement is one clause: the statement's own search said it all.
        let by_boundary = (!(boundary.start == 0 && tokens[boundary.end..].iter().all(|t| t.word().is_none())))
            .then(|| (0..tokens.len()).map(|k| boundary.contains(&k)).collect::<Vec<bool>>());
        let search = |clause: &[bool]| self.fact_in_clause(claim, docs, (text, tokens), m, target, qualifiers, clause);
        if let Some(found) = by_boundary.as_deref().and_then(search) {
            return Some(found);
        }
        if text.len() > 4096 {
            return None;
        }
        let fact = fact_of_figure(tree.get_or_init(|| factcheck_syntax::analyse(text)), tokens, m)?;
        let content = |k: usize| tokens[k].word().is_some_and(|w| !is_stop_word(w));
        let partial = (0..tokens.len()).any(|k| content(k) && !fact[k]);
        if !partial || by_boundary.as_ref() == Some(&fact) {
            return None;
        }
        search(&fact)
    }

    /// [`Engine::fact_alone`] for one clause of the statement (`clause`, which of its tokens
    /// the clause holds).
    #[allow(clippy::too_many_arguments)]
    fn fact_in_clause(
        &self,
        claim: &Claim,
        docs: &[usize],
        (text, tokens): (&str, &[Token]),
        m: &Mention,
        target: &Target,
        qualifiers: &[contrast::Qualifier],
        clause: &[bool],
    ) -> Option<Observation> {
        let name = |k: usize| tokens[k].word().is_some() && text[tokens[k].start..].starts_with(char::is_uppercase);
        let subject_of = |with_names: bool| {
            let skip: Vec<Range<usize>> = (0..tokens.len())
                .filter(|&k| {
                    let clause = clause[k] && !(m.first_token..m.end_token).contains(&k);
                    !(clause || (with_names && k > 0 && name(k)))
                })
                .map(|k| k..k + 1)
                .collect();
            Subject::from_tokens(text, tokens, &skip, &claim.aliases)
        };
        // The statement's names, where the clause names no one and says little by itself; a
        // clause of its own words (`the carrier made a firm order for 30 aircraft`) may stand
        // where the names do not, and one that names someone (`Kelly Holmes stormed to
        // gold`) needs no other names (`the BBC Sport website` of the clause beside it).
        let own = subject_of(false);
        let names_own = own.terms.iter().any(|t| t.name);
        let mut subject = if names_own || own.terms.len() >= 4 { own } else { subject_of(true) };
        subject.qualifiers = qualifiers.to_vec();
        if subject.terms.len() < 2 {
            return None;
        }
        let (mut present, mut notes) = (vec![false; subject.terms.len()], Vec::new());
        let mut admitted: Vec<(usize, Coverage, Features)> = Vec::new();
        for &d in docs {
            for (cov, features) in self.candidates(d, &subject, qualifiers, &mut present, &mut notes).list {
                if features.admitted(ADMIT) {
                    admitted.push((d, cov, features));
                }
            }
        }
        by_score(&mut admitted);
        let judged = self.judge_figure(&admitted, &subject, target, claim.as_of);
        let (verdict, kept) = decide(judged, CONTRADICT_MIN, |kept| kept);
        (verdict == Verdict::Supported).then(|| kept.into_iter().next().map(|j| j.item.0)).flatten()
    }

    /// Each candidate sentence of `scored` with the one after it, scored on the words the two
    /// hold themselves (context lends a statement no content), where that holds enough of
    /// the statement: the strongest first.
    fn adjacent_pairs(
        &self,
        scored: &[DocCandidates<'_>],
        subject: &Subject,
        qualifiers: &[contrast::Qualifier],
    ) -> Vec<(usize, Coverage, Features)> {
        let mut pairs = Vec::new();
        for dc in scored {
            let doc = &self.documents[dc.doc];
            let matched = dc.subject(subject);
            let alone = Context::alone(&dc.held);
            // A pair holds at most what its two sentences hold: where neither holds half of the
            // statement, the two cannot make enough (cheaper than their coverage).
            let strong: Vec<usize> = dc
                .list
                .iter()
                .filter(|(_, f)| f.score >= ADMIT_STATEMENT / 2.0)
                .map(|(c, _)| c.sentences.start)
                .collect();
            for (cov, _) in &dc.list {
                let sid = cov.sentences.start;
                if sid + 1 >= doc.sentences.len() || !(strong.contains(&sid) || strong.contains(&(sid + 1))) {
                    continue;
                }
                let pair = coverage(doc, matched, sid..sid + 2, &dc.stems);
                let f = score(doc, matched, &dc.weights, &pair, &alone, qualifiers);
                if f.admitted(ADMIT_STATEMENT) {
                    pairs.push((dc.doc, pair, f));
                }
            }
        }
        by_score(&mut pairs);
        pairs
    }

    /// What the candidates of `admitted` (strongest first) say of a statement's figure: in each,
    /// a value that fits, else the nearest of its kind; the search ends at the first candidate
    /// too weak to stand with the best judged (see [`worth_judging`]).
    fn judge_figure(
        &self,
        admitted: &[(usize, Coverage, Features)],
        subject: &Subject,
        target: &Target,
        as_of: Option<Date>,
    ) -> Vec<Judged<(Observation, ())>> {
        let mut judged = Vec::new();
        let mut best: Option<f64> = None;
        for (d, cov, features) in admitted {
            if !worth_judging(best, features.score) {
                break;
            }
            let doc = &self.documents[*d];
            if !target.may_be_in(doc, cov) {
                continue;
            }
            let mut observations =
                observe(doc, *d, Candidate { cov, hows: &features.hows }, subject, target, as_of, Pick::AnyAgreeing);
            // A pair of sentences holds the figure in either (`The yen dropped to 141.60 per euro.
            // It later strengthened to 140.55.`): the second's values are read too, as the
            // pair's.
            if cov.sentences.len() == 2 && observations.iter().all(|o| !o.agrees) {
                let second = Coverage { sentences: cov.sentences.end - 1..cov.sentences.end, ..cov.clone() };
                let candidate = Candidate { cov: &second, hows: &features.hows };
                let later = observe(doc, *d, candidate, subject, target, as_of, Pick::AnyAgreeing);
                if observations.is_empty() || later.iter().any(|o| o.agrees) {
                    observations =
                        later.into_iter().map(|o| Observation { sentences: cov.sentences.clone(), ..o }).collect();
                }
            }
            for o in observations {
                best = Some(best.map_or(features.score, |b: f64| b.max(features.score)));
                judged.push(Judged { score: features.score, agrees: o.agrees, tight: false, item: (o, ()) });
            }
        }
        judged
    }

    /// A year of a statement that fits its source sentence, where that sentence gives the word
    /// before the year (a content word, see [`word_before`]) another year, and the year that
    /// fits follows another word: why (`the source has ...`) and the evidence.
    fn neighbours_year(
        &self,
        text: &str,
        claimed: &ClaimWords<'_>,
        figure_results: &[(&Mention, Verdict, Vec<Observation>)],
    ) -> Option<(String, Observation)> {
        let year = |v: &Value| matches!(v, Value::Date(d) if d.calendar_year().is_some());
        let alike = |a: &str, b: &str| {
            crate::text::stems_match(a, b) || (a.len().min(b.len()) >= 5 && (a.starts_with(b) || b.starts_with(a)))
        };
        for (m, _, obs) in figure_results {
            if !year(&m.value) {
                continue;
            }
            let Some(ours) = word_before(claimed, m.first_token) else { continue };
            for o in obs.iter().filter(|o| o.agrees) {
                let doc = &self.documents[o.doc];
                let Some(sid) = doc.sentence_at(o.at.start) else { continue };
                let first = doc.tokens.starting_before(o.at.start);
                // A list's later item shares the earlier one's word (`won the 1998 World Cup
                // and 2000 European Championship`).
                let listed = first > 0
                    && (doc.tokens.at(first - 1).punct() == Some(',')
                        || matches!(doc.tokens.at(first - 1).word(), Some("and" | "or")));
                if listed || word_before(&**doc, first).is_some_and(|w| alike(w, ours)) {
                    continue;
                }
                let mentions = doc.mentions_in(sid);
                let other = mentions.iter().find(|n| {
                    year(&n.value)
                        && n.value != m.value
                        && n.first_token != first
                        && word_before(&**doc, n.first_token).is_some_and(|w| alike(w, ours))
                });
                if let Some(n) = other {
                    let start = word_before_at(&**doc, n.first_token).map_or(n.start, |j| doc.tokens.at(j).start);
                    let our_start = word_before_at(claimed, m.first_token).map_or(m.start, |j| claimed.tokens[j].start);
                    let why = format!(
                        "the source has `{}` where the statement has `{}`",
                        &doc.text[start..n.end],
                        &text[our_start..m.end]
                    );
                    let evidence = Observation {
                        doc: o.doc,
                        sentences: sid..sid + 1,
                        at: n.start..n.end,
                        value: Some(n.value.clone()),
                        agrees: false,
                        tie: None,
                    };
                    return Some((why, evidence));
                }
            }
        }
        None
    }

    /// A bare number of a statement that counts its thing in other words than the source (`two
    /// back-up tapes` for `two tapes`, `the top two` for `the best two players`): where no
    /// sentence gives a number counting the same noun or after the same word, a number of the
    /// statement's sentence that counts any word of the statement and fits supports it. It
    /// never contradicts: what a number counts decides which one it is.
    fn counted_in_other_words(
        &self,
        admitted: &[(usize, Coverage, Features)],
        subject: &Subject,
        target: &Target,
        as_of: Option<Date>,
    ) -> Option<Observation> {
        let Target::Amount { counted: Counted::After(_) | Counted::Noun(_), .. } = target else { return None };
        let mut widened = target.clone();
        if let Target::Amount { counted, .. } = &mut widened {
            *counted = Counted::Noun(subject.stems.clone());
        }
        let judged = self.judge_figure(admitted, subject, &widened, as_of);
        let (verdict, kept) = decide(judged, crate::matcher::CONTRADICT_MIN_STATEMENT, |kept| kept);
        (verdict == Verdict::Supported).then(|| kept.into_iter().next().map(|j| j.item.0)).flatten()
    }

    /// A statement's appositive figure (`Sapp, 42, was charged`: a name, a comma, a number, a
    /// comma) is often given in another sentence of the source than the one the statement
    /// rests on: it fits when some sentence gives the same name the same number the same way.
    /// This can support a figure, never contradict one.
    ///
    /// Only the first [`MAX_CANDIDATES`] sentences of a source holding the name are looked at
    /// (`notes` says so when a source has more): each costs reading its values.
    fn appositive(
        &self,
        docs: &[usize],
        tokens: &[Token],
        m: &Mention,
        notes: &mut Vec<String>,
    ) -> Option<Observation> {
        let Value::Number(amount) = &m.value else { return None };
        let comma_before = m.first_token >= 2 && tokens[m.first_token - 1].punct() == Some(',');
        let closes = tokens.get(m.end_token).is_none_or(|t| t.punct() == Some(','));
        let name = tokens.get(m.first_token.checked_sub(2)?)?.word().filter(|w| !is_stop_word(w))?;
        if !(comma_before && closes) {
            return None;
        }
        let name = stem(name);
        for &d in docs {
            let doc = &self.documents[d];
            // Only the sentences holding the name can give it a number the same way.
            let mut named = doc.sentences_with(&doc.matching_stems(&name));
            if named.len() > MAX_CANDIDATES {
                notes.push(format!(
                    "looked at the first {} sentences of {} that name `{name}`, of {}",
                    thousands(MAX_CANDIDATES),
                    doc.path,
                    thousands(named.len())
                ));
                named.truncate(MAX_CANDIDATES);
            }
            for sid in named {
                for sm in doc.mentions_in(sid).iter() {
                    let Value::Number(a) = &sm.value else { continue };
                    let t = sm.first_token;
                    let same_way = t >= 2
                        && doc.tokens.at(t - 1).punct() == Some(',')
                        && crate::text::stems_match(doc.stem(t - 2), &name);
                    if same_way && a.interval.overlaps(&amount.interval) {
                        return Some(Observation {
                            doc: d,
                            sentences: sid..sid + 1,
                            at: sm.start..sm.end,
                            value: Some(sm.value.clone()),
                            agrees: true,
                            tie: None,
                        });
                    }
                }
            }
        }
        None
    }
}

/// How a sentence of the paragraph after sentence `sid` (`covered[i]`, among `covered`, in
/// sentence order) holds the subject's words, where `sid` opens by referring to a person (`The
/// 26-year-old landed 17.30m`) and names no one, nor does the sentence before it in the
/// paragraph (a report whose text has lost the name that opened the paragraph, or that names
/// someone only in the quote after): the one it refers to is named later. At most
/// [`FOLLOWING_REACH`] sentences on, none opening a paragraph.
fn following_name<'c>(
    doc: &Document,
    subject: &Subject,
    sid: usize,
    covered: &'c [Coverage],
    i: usize,
) -> Option<&'c [Option<How>]> {
    // Only for a name the sentence lacks; the cheap tests first.
    let named = |hows: &[Option<How>]| {
        subject.terms.iter().zip(hows).any(|(t, h)| (t.name || t.capitalised) && h.is_some_and(How::in_sentence))
    };
    let lacks_a_name =
        subject.terms.iter().zip(&covered[i].hows).any(|(t, h)| (t.name || t.capitalised) && h.is_none());
    if sid < 2 || !lacks_a_name || doc.opens_paragraph(sid) {
        return None;
    }
    let tokens = doc.sentence(sid).tokens;
    let opening = crate::matcher::reference::referring(doc, sid).first().is_some_and(|(k, kind)| {
        *kind == crate::matcher::reference::Kind::Person && *k < tokens.start + OPENING_REFERENCE
    });
    if !opening {
        return None;
    }
    // A person's name: a capitalised word that follows no preposition (`in Sheffield`), and
    // opening the sentence only with another after it (`Kelly Holmes`, not `The`).
    let names_someone = |s: usize| {
        let t = doc.sentence(s).tokens;
        let name_word =
            |k: usize| doc.tokens.at(k).word().is_some_and(|w| w.len() > 1 && !is_stop_word(w)) && doc.capitalised(k);
        let placed = |k: usize| doc.tokens.at(k - 1).word().is_some_and(crate::matcher::reference::is_preposition);
        (t.start + 1 < t.end && name_word(t.start) && name_word(t.start + 1))
            || (t.start + 1..t.end).any(|k| name_word(k) && !placed(k) && !doc.capitalised(k - 1))
    };
    // The sentence before, in the same paragraph (a sentence opening one refers back to the
    // paragraph before, which this does not read), and not the headline.
    if names_someone(sid) || names_someone(sid - 1) {
        return None;
    }
    covered[i + 1..]
        .iter()
        .take_while(|c| c.sentences.start <= sid + FOLLOWING_REACH)
        .take_while(|c| !(sid + 1..=c.sentences.start).any(|s| doc.opens_paragraph(s)))
        .find(|c| named(&c.hows))
        .map(|c| c.hows.as_slice())
}

/// Within how many tokens of its start a sentence opens by referring to someone (`The
/// 26-year-old`: the age's last token is the fifth).
const OPENING_REFERENCE: usize = 6;

/// How many sentences after a sentence referring to someone unnamed the name may come.
const FOLLOWING_REACH: usize = 2;

/// The sentence after the subject's. Where the strongest candidate of `admitted` holding every
/// word of the subject in its own sentence states no value of the kind, the next sentence may
/// give it, about the same thing (`The BBC's online search engine was used a record amount in
/// 2004. More than 277 million enquiries were made`): one, among `weaker` candidates or the
/// admitted, that holds a common word of the subject itself and finds the rest in the sentence
/// before or the headline. Only that one is cloned.
fn continuation(
    admitted: &[(usize, Coverage, Features)],
    weaker: &[(usize, Coverage, Features)],
    subject: &Subject,
) -> Option<(usize, Coverage, Features)> {
    let whole = |f: &Features| f.hows.iter().all(|h| h.is_some_and(How::in_sentence));
    let (d, sid) = admitted.iter().find(|(_, _, f)| whole(f)).map(|(d, c, _)| (*d, c.sentences.start))?;
    let common = |t: &crate::subject::Term| !(t.name || t.capitalised || observe::change_word(t));
    let follows = |(e, cov, f): &&(usize, Coverage, Features)| {
        *e == d
            && cov.sentences == (sid + 1..sid + 2)
            && subject.terms.iter().zip(&f.hows).any(|(t, h)| common(t) && h.is_some_and(How::in_sentence))
            && f.hows.iter().all(|h| {
                h.is_some_and(|h| h.in_sentence() || matches!(h, How::Previous | How::Coreferent | How::Headline))
            })
    };
    weaker.iter().chain(admitted).find(follows).cloned()
}

/// True when sorted `positions` hold one in `low..=high` (binary search: sentences can hold
/// many matches).
fn near(positions: &[usize], low: usize, high: usize) -> bool {
    positions.get(positions.partition_point(|&p| p < low)).is_some_and(|&p| p <= high)
}

/// Whether the name claimed as the value stands in candidate `cov`'s sentence with a common
/// word of the subject hanging from it or it from that word (`coach Jim Caldwell`, `ASW
/// Chairman Patrick Liotard-Vogt`): the sentence gives the subject's role to the name.
fn name_by_role(doc: &Document, cov: &Coverage, subject: &Subject, target: &Target) -> bool {
    let Target::Words { text, .. } = target else { return false };
    if !text.starts_with(char::is_uppercase) {
        return false;
    }
    let sid = cov.sentences.start;
    let Some(at) = words_in(doc, &doc.sentence(sid), target) else { return false };
    let sentence = doc.sentence(sid).tokens;
    let roles = term_positions(cov, subject, sentence, common_word);
    !roles.is_empty() && Syntax::of(doc, sid).path(doc, &at, &roles).is_some_and(|p| p <= ROLE_ARCS)
}

/// Negation words of the covered sentences that bear on the subject's words: just before one,
/// or over one in the sentence's tree (see [`negation_reaches`]).
fn negations_near(doc: &Document, cov: &Coverage) -> usize {
    let mut count = 0;
    let mut shared: Vec<usize> = Vec::new();
    for sid in cov.sentences.clone() {
        let sentence = doc.sentence(sid);
        let negations: Vec<usize> = sentence.tokens.clone().filter(|&k| negates(doc, k)).collect();
        if negations.is_empty() {
            continue;
        }
        if shared.is_empty() {
            shared = cov.positions.iter().map(|&k| doc.tokens.start(k)).collect();
        }
        let mut tree = None;
        // A negation said twice of the same word (`I don't regret it, I don't regret`) is one.
        let mut negated: Vec<&str> = Vec::new();
        for k in negations {
            if let Some(next) = (k + 1..=k + 2).find(|j| cov.positions.binary_search(j).is_ok()) {
                let stem = doc.stem(next);
                if negated.contains(&stem) {
                    continue;
                }
                negated.push(stem);
            }
            count += usize::from(
                near(&cov.positions, k + 1, k + 2) || {
                    let tree = tree.get_or_insert_with(|| doc.tree(sid));
                    negation_reaches(tree, &doc.text, sentence.range.start, doc.tokens.start(k), &shared)
                },
            );
        }
    }
    count
}

/// Whether the negation word at byte `at` (of a text whose tree `tree` starts at byte `base`)
/// bears on a word starting at one of the bytes `words`: the word it hangs from, or what that
/// word governs as an open complement (`is not going to be released`: `not` hangs from
/// `going`, whose complement is `released`).
fn negation_reaches(tree: &factcheck_syntax::Tree, text: &str, base: usize, at: usize, words: &[usize]) -> bool {
    let Some(negation) = at.checked_sub(base).and_then(|a| tree.word_at(a)) else { return false };
    // `won't` is `wo` then `n't` to the tree: the negation is the second.
    let negation = match tree.words.get(negation + 1) {
        Some(next)
            if tree.words[negation].upos == "AUX"
                && next.upos == "PART"
                && next.span.start == tree.words[negation].span.end =>
        {
            negation + 1
        }
        _ => negation,
    };
    let Some(mut head) = tree.words[negation].head else { return false };
    // An auxiliary stands for its verb (`does not ... expect`).
    if tree.words[head].upos == "AUX"
        && let Some(verb) = tree.words[head].head
    {
        head = verb;
    }
    // A negation on a noun quantifies it (`with not a single bet of this size`), unless the
    // noun is a predicate (`That blue isn't from a pigment`: `pigment` has the copula): the
    // window rule of [`negations_near`] reads quantifiers; the tree adds predicates only.
    let copula = tree.words.iter().any(|w| w.head == Some(head) && w.deprel == "cop");
    if !matches!(tree.words[head].upos, "VERB" | "ADJ") && !copula {
        return false;
    }
    let mut scope = vec![head];
    let mut i = 0;
    // Two steps at most: `not going to try to sell`.
    while i < scope.len() && scope.len() < 3 {
        let w = scope[i];
        scope.extend(
            tree.words.iter().enumerate().filter(|(_, x)| x.head == Some(w) && x.deprel == "xcomp").map(|(j, _)| j),
        );
        i += 1;
    }
    // `be`, a verb with no content of its own (`won't be a problem`, parsed as a verb whose
    // subject is `problem`), says what it negates through the noun after it: a word of the
    // verb's own span is no shared word, that noun is.
    let span = &tree.words[head].span;
    let be = text
        .get(base + span.start..base + span.end)
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "be" | "is" | "are" | "was" | "were" | "been" | "being"));
    if be {
        scope.extend(
            tree.words
                .iter()
                .enumerate()
                .filter(|(j, x)| x.head == Some(head) && *j > head && x.deprel == "nsubj" && x.upos == "NOUN")
                .map(|(j, _)| j),
        );
    }
    scope.iter().any(|&w| {
        let span = &tree.words[w].span;
        words.iter().any(|&b| b >= base && span.contains(&(b - base)))
    })
}

/// The superlatives of `words` (`largest`, `biggest`, `best`), each with the ordinal written
/// before it, over a hyphen (`second-largest`), if any.
fn superlatives<'w>(words: &[&'w str]) -> Vec<(&'w str, Option<&'w str>)> {
    // A superlative is a form of an adjective, not a lemma itself (`modest`, `forest` and
    // `interest` end in -est and are words of their own); `best` and `worst` are both.
    let superlative = |w: &str| {
        matches!(w, "best" | "worst")
            || (w.ends_with("est")
                && !factcheck_lexicon::is_lemma(w)
                && factcheck_lexicon::lemmas(w).iter().any(|(_, pos)| *pos == factcheck_lexicon::Pos::Adjective))
    };
    let ordinal = |w: &str| {
        matches!(
            w,
            "second"
                | "third"
                | "fourth"
                | "fifth"
                | "sixth"
                | "seventh"
                | "eighth"
                | "ninth"
                | "tenth"
                | "2nd"
                | "3rd"
        ) || (w.ends_with("th") && w.starts_with(|c: char| c.is_ascii_digit()))
    };
    (0..words.len())
        .filter(|&k| superlative(words[k]))
        .map(|k| {
            let before = (0..k).rev().find(|&j| words[j] != "-").map(|j| words[j]);
            (words[k], before.filter(|w| ordinal(w)))
        })
        .collect()
}

/// A superlative both sides use, ranked by an ordinal on one side only or by another ordinal
/// (`second largest` against `largest`): the two texts, as the source and the statement write
/// them.
fn ranked_superlative(statement: &[&str], source: &[&str]) -> Option<(String, String)> {
    let theirs = superlatives(source);
    let shown = |(w, rank): (&str, Option<&str>)| rank.map_or(w.to_string(), |r| format!("{r} {w}"));
    superlatives(statement).into_iter().find_map(|(w, rank)| {
        let same_word: Vec<Option<&str>> = theirs.iter().filter(|(t, _)| *t == w).map(|(_, r)| *r).collect();
        (!same_word.is_empty() && !same_word.contains(&rank)).then(|| (shown((w, same_word[0])), shown((w, rank))))
    })
}

/// Which way `up` or `down` says a figure went, where it says so (`well up on last year`,
/// `down 5%`, `up from 831`) rather than with a verb (`set up`, `shut down`): `Some(true)` for
/// up, `Some(false)` for down, `None` for neither or both.
fn ups_and_downs(words: &[&str]) -> Option<bool> {
    let said = |which: &str| {
        words.windows(2).any(|w| {
            w[0] == which
                && (matches!(w[1], "on" | "from" | "by" | "over" | "against")
                    || w[1].starts_with(|c: char| c.is_ascii_digit()))
        })
    };
    match (said("up"), said("down")) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// True when token `k` is a negation word: `no` before a figure is `number` (`no 1 jersey`).
/// In a source, a negation counts only just before a word the statement shares (`did not
/// veto`, `is not excluded`): one in a clause the statement leaves out says nothing about it.
fn negates(words: &impl Words, k: usize) -> bool {
    let word = words.token(k).word();
    // `without` denies what follows it (`ended without agreement`).
    word.is_some_and(|w| is_negation(w) || w == "without")
        && !(word == Some("no") && k + 1 < words.count() && words.token(k + 1).kind == TokenKind::Number)
}

/// Words that may stand between a figure and the verb that says how it moved (`has fallen by
/// some 80%`, `rose from 831`).
const BEFORE_MOVED_FIGURE: &[&str] = &[
    "by", "to", "from", "some", "about", "around", "nearly", "almost", "more", "than", "over", "a", "an", "further",
    "another", "just", "only", "roughly", "has", "have", "had", "been", "was", "were", "is", "are",
];

/// Which way the figure of tokens `first..end` moved, as the words right around it say: a verb
/// of a rise or a fall before it, over at most three words of [`BEFORE_MOVED_FIGURE`] (`has
/// fallen by 80%`, `up 5%`), or the word right after it (`a 5% rise`, `16% higher`).
fn moved(words: &impl Words, first: usize, end: usize) -> Option<(bool, usize)> {
    let said = |k: usize| {
        let t = words.token(k);
        t.word().and_then(|w| crate::subject::direction_of_word(w, words.stem(k))).map(|up| (up, k))
    };
    let mut k = first;
    for _ in 0..4 {
        let Some(before) = k.checked_sub(1) else { break };
        if let Some(found) = said(before) {
            return Some(found);
        }
        match words.token(before).word() {
            Some(w) if BEFORE_MOVED_FIGURE.contains(&w) => k = before,
            _ => break,
        }
    }
    (end < words.count()).then(|| said(end)).flatten()
}

/// One coverage of several sentences' coverages: the words any of them holds, each found the
/// strongest way it was, over the sentences from the first to the last.
fn merged_coverage(covs: impl Iterator<Item = Coverage>) -> Coverage {
    let mut merged: Option<Coverage> = None;
    for c in covs {
        let Some(m) = merged.as_mut() else {
            merged = Some(c);
            continue;
        };
        m.sentences = m.sentences.start.min(c.sentences.start)..m.sentences.end.max(c.sentences.end);
        for (t, how) in c.hows.iter().enumerate() {
            if let Some(h) = how {
                m.hows[t] = Some(m.hows[t].map_or(*h, |o| o.min(*h)));
                m.terms[t] = true;
            }
        }
        m.positions.extend(c.positions);
        m.positions.sort_unstable();
        m.positions.dedup();
        m.anchor.extend(c.anchor);
        m.anchor.sort_unstable();
        m.anchor.dedup();
        m.found.extend(c.found);
        m.found.sort_unstable();
        m.found.dedup();
        m.matched = m.terms.iter().filter(|t| **t).count();
    }
    merged.expect("at least one coverage")
}

/// Tokens with their stems, of a source or of a claim's text: what the readers of a figure's
/// context look at.
trait Words {
    /// How many tokens there are.
    fn count(&self) -> usize;
    /// Token `k`.
    fn token(&self, k: usize) -> TokenAt<'_>;
    /// The stem of token `k` (see [`Document::stem`]).
    fn stem(&self, k: usize) -> &str;
}

impl Words for Document {
    fn count(&self) -> usize {
        self.tokens.len()
    }
    fn token(&self, k: usize) -> TokenAt<'_> {
        self.tokens.at(k)
    }
    fn stem(&self, k: usize) -> &str {
        Document::stem(self, k)
    }
}

/// The tokens of a claim's text with their stems.
struct ClaimWords<'a> {
    tokens: &'a [Token],
    stems: &'a [SmolStr],
}

impl Words for ClaimWords<'_> {
    fn count(&self) -> usize {
        self.tokens.len()
    }
    fn token(&self, k: usize) -> TokenAt<'_> {
        self.tokens[k].view()
    }
    fn stem(&self, k: usize) -> &str {
        &self.stems[k]
    }
}

/// Among the observations a verdict rests on, drops an agreeing value that only agrees because
/// it is vaguer than a disagreeing one (`in July` against `July 9` when the claim says `July
/// 19`).
fn settle<T>(mut observations: Vec<Judged<(Observation, T)>>, as_of: Option<Date>) -> Vec<Judged<(Observation, T)>> {
    // Each distinct value is compared once: a source that repeats a figure a million times
    // costs a million lookups, not a million squared comparisons.
    let distinct = |agrees: bool| -> Vec<(String, &Value)> {
        let mut values: Vec<(String, &Value)> = observations
            .iter()
            .filter(|o| o.agrees == agrees)
            .filter_map(|o| o.item.0.value.as_ref())
            .map(|v| (v.to_string(), v))
            .collect();
        values.sort_by(|a, b| a.0.cmp(&b.0));
        values.dedup_by(|a, b| a.0 == b.0);
        values
    };
    let (agreeing, disagreeing) = (distinct(true), distinct(false));
    // A hostile source could still hold a million distinct values on each side: beyond this
    // many comparisons, vaguer values are kept (the verdict may then be `conflicting` where
    // it would be `contradicted`) rather than the run hanging.
    const MAX_COMPARISONS: usize = 4_000_000;
    if agreeing.len().saturating_mul(disagreeing.len()) > MAX_COMPARISONS {
        return observations;
    }
    let vaguer: std::collections::HashSet<String> = agreeing
        .into_iter()
        .filter(|(_, v)| disagreeing.iter().any(|(_, d)| strictly_contains(v, d, as_of)))
        .map(|(key, _)| key)
        .collect();
    if !vaguer.is_empty() {
        observations.retain(|o| !o.agrees || o.item.0.value.as_ref().is_none_or(|v| !vaguer.contains(&v.to_string())));
    }
    observations
}

/// Orders candidates from the strongest, then by source and sentence (so the order, and
/// what is read, is the same on every run).
fn by_score(candidates: &mut [(usize, Coverage, Features)]) {
    candidates.sort_by(|a, b| {
        b.2.score.total_cmp(&a.2.score).then(a.0.cmp(&b.0)).then(a.1.sentences.start.cmp(&b.1.sentences.start))
    });
}

/// The most closest sentences a not_found names.
const MAX_CLOSEST: usize = 3;

/// Keeps in `near` the [`MAX_CLOSEST`] best candidates so far, the best first (by score,
/// then source and sentence).
fn keep_closest(near: &mut Vec<Near>, candidate: Near) {
    if candidate.features.score <= 0.0 {
        return;
    }
    let key = |n: &Near| (n.doc, n.cov.sentences.start);
    let at = near.partition_point(|n| {
        n.features.score > candidate.features.score
            || (n.features.score == candidate.features.score && key(n) <= key(&candidate))
    });
    if at < MAX_CLOSEST {
        near.insert(at, candidate);
        near.truncate(MAX_CLOSEST);
    }
}

/// The scored candidates of one source for a subject, with what scoring them took: the
/// subject as this source spells its initials out (when it does), its words' stems in the
/// source and their weights.
struct DocCandidates<'d> {
    doc: usize,
    spelled: Option<Subject>,
    stems: Vec<TermStems<'d>>,
    weights: Vec<f64>,
    /// Which subject words some sentence of the source holds.
    held: Vec<bool>,
    list: Vec<(Coverage, Features)>,
}

impl DocCandidates<'_> {
    /// The subject these candidates were scored for.
    fn subject<'s>(&'s self, asked: &'s Subject) -> &'s Subject {
        self.spelled.as_ref().unwrap_or(asked)
    }
}

/// Where a not_found came close: a candidate sentence and its features.
struct Near {
    doc: usize,
    cov: Coverage,
    features: Features,
}

/// How the winning candidate holds the subject's words, where not all as written: ` (the
/// sentence has `sales` as `sold`, a news equivalent; `acme` in the sentence before)`.
fn found_how(doc: &Document, subject: &Subject, cov: &Coverage, hows: &[Option<How>]) -> String {
    let parts = how_parts(doc, subject, cov, hows, true, true);
    if parts.is_empty() { String::new() } else { format!(" (the sentence has {})", parts.join("; ")) }
}

/// Each subject word found other than as written, as `` `sales` as `sold`, a news equivalent
/// `` (with `no `word`` for those not found, if `missing`); `quote` puts the words in
/// backticks (for explanations) or not (for the JSON report's `near`).
fn how_parts(
    doc: &Document,
    subject: &Subject,
    cov: &Coverage,
    hows: &[Option<How>],
    missing: bool,
    quote: bool,
) -> Vec<String> {
    let q = |w: &str| if quote { format!("`{w}`") } else { w.to_string() };
    subject
        .terms
        .iter()
        .enumerate()
        .zip(hows)
        .filter_map(|((t, term), h)| match h {
            Some(How::Exact) => None,
            Some(h) if h.in_sentence() && *h != How::Surname => {
                let written = cov.found.iter().find(|(_, ft)| *ft == t).map(|(p, _)| {
                    let token = doc.tokens.at(*p);
                    doc.text[token.start..token.end].to_string()
                });
                Some(match written {
                    Some(w) => format!("{} as {}, {}", q(&term.word), q(&w), h.name()),
                    None => format!("{} as {}", q(&term.word), h.name()),
                })
            }
            Some(h) => Some(format!("{} {}", q(&term.word), h.name())),
            None => missing.then(|| format!("no {}", q(&term.word))),
        })
        .collect()
}

fn strictly_contains(outer: &Value, inner: &Value, as_of: Option<Date>) -> bool {
    match (outer, inner) {
        (Value::Date(a), Value::Date(b)) => {
            let (a, b) = (a.resolve(as_of), b.resolve(as_of));
            a.contains(&b) && a != b
        }
        _ => match (outer.amount(), inner.amount()) {
            (Some(a), Some(b)) => a.interval.contains(&b.interval) && a.interval != b.interval,
            _ => false,
        },
    }
}

/// A claim's result: its verdict with what explains it; it passes when the verdict is the
/// expected one.
pub(crate) fn result_of(
    claim: &Claim,
    verdict: Verdict,
    explanation: String,
    claim_value: Option<String>,
    evidence: Vec<Evidence>,
) -> ClaimResult {
    ClaimResult {
        file: claim.file.clone(),
        id: claim.id.clone(),
        line: claim.line,
        column: claim.column,
        claim: claim.text.clone(),
        line_text: claim.line_text.clone(),
        kind: claim.body.kind_name(),
        expect: claim.expect,
        verdict,
        outcome: Outcome::of(verdict, &[claim.expect]),
        severity: claim.severity,
        explanation,
        claim_value,
        evidence,
        near: Vec::new(),
        note: claim.note.clone(),
    }
}

/// True when `hay` in lower case holds `needle` (in lower case). The text is lower-cased a
/// megabyte at a time, the pieces overlapping by more than a match can span, rather than all
/// at once: a lower-cased copy of a source would cost as much memory as the source, for each
/// quote not found. (`Σ` at the very end of a piece may be taken for a word's last letter.)
fn contains_lowercased(hay: &str, needle: &str) -> bool {
    const PIECE: usize = 1 << 20;
    // A character can be three times longer than its lower case (the Kelvin sign and `k`).
    let overlap = 3 * needle.len() + 4;
    let boundary = |mut at: usize| {
        while !hay.is_char_boundary(at) {
            at += 1;
        }
        at
    };
    let mut start = 0;
    loop {
        let end = boundary((start + PIECE).min(hay.len()));
        if hay[start..end].to_lowercase().contains(needle) {
            return true;
        }
        if end == hay.len() {
            return false;
        }
        start = boundary(end.saturating_sub(overlap).max(start + 1));
    }
}

/// The folding of one character of a text for quotes: white space runs become one space,
/// typographic quotes and apostrophes ASCII, dashes `-`, and accented letters their decomposed
/// form, so that a quote matches a source that stores `é` as one character or as `e` and an
/// accent (the same text in Unicode). `in_space` says whether the character before was white
/// space; the output goes to `out` (nothing for white space after white space).
fn fold_char(c: char, in_space: &mut bool, out: &mut String) {
    let folded = match c {
        c if c.is_whitespace() => {
            if *in_space {
                return;
            }
            *in_space = true;
            ' '
        }
        '’' | '‘' | 'ʼ' | '′' => '\'',
        '“' | '”' | '„' | '″' => '"',
        '–' | '—' | '‒' | '−' => '-',
        c => c,
    };
    if !c.is_whitespace() {
        *in_space = false;
    }
    if folded.is_ascii() {
        out.push(folded);
    } else {
        out.extend(std::iter::once(folded).nfd());
    }
}

/// A document's text folded for quotes (see [`fold_char`]), with what it takes to go back to
/// the source: one bit a folded byte for whether a source character's folding starts there,
/// and every [`Folded::STEP`] bytes of the source where its folding starts, from which the
/// folding is redone to find the source offset of a folded byte. (A source offset for each
/// folded byte took eight bytes a byte of text.)
#[derive(Debug)]
pub(crate) struct Folded {
    /// The folded text.
    pub(crate) text: String,
    /// Bit `i % 64` of word `i / 64`: a source character's folding starts at folded byte `i`.
    opens: Vec<u64>,
    /// `(source offset, folded offset, in white space)` at the first character of the source
    /// at or after each multiple of [`Folded::STEP`] bytes.
    steps: Vec<(usize, usize, bool)>,
}

impl Folded {
    /// Source bytes between two points the folding can be redone from.
    const STEP: usize = 256;

    /// Folds `source`.
    pub(crate) fn new(source: &str) -> Folded {
        let mut text = String::with_capacity(source.len());
        let mut opens: Vec<u64> = Vec::with_capacity(source.len() / 64 + 1);
        let mut steps = Vec::with_capacity(source.len() / Self::STEP + 1);
        let mut in_space = false;
        let mut next_step = 0;
        for (i, c) in source.char_indices() {
            if i >= next_step {
                steps.push((i, text.len(), in_space));
                next_step = i - i % Self::STEP + Self::STEP;
            }
            let at = text.len();
            fold_char(c, &mut in_space, &mut text);
            if text.len() > at {
                opens.resize(text.len().div_ceil(64), 0);
                opens[at / 64] |= 1 << (at % 64);
            }
        }
        text.shrink_to_fit();
        opens.shrink_to_fit();
        steps.shrink_to_fit();
        Folded { text, opens, steps }
    }

    /// True when a source character's folding starts at folded byte `at`.
    pub(crate) fn opens_character(&self, at: usize) -> bool {
        self.opens.get(at / 64).is_some_and(|w| w & (1 << (at % 64)) != 0)
    }

    /// The source offset of the character whose folding holds folded byte `at`, given the
    /// source the folding was made from.
    pub(crate) fn source_offset_in(&self, source: &str, at: usize) -> usize {
        let k = self.steps.partition_point(|&(_, f, _)| f <= at).saturating_sub(1);
        let Some(&(from, mut folded_at, mut in_space)) = self.steps.get(k) else { return 0 };
        let mut out = String::new();
        for (i, c) in source[from..].char_indices() {
            out.clear();
            fold_char(c, &mut in_space, &mut out);
            if at < folded_at + out.len() {
                return from + i;
            }
            folded_at += out.len();
        }
        source.len()
    }

    /// Bytes of heap held.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.text.capacity() + self.opens.capacity() * 8 + self.steps.capacity() * size_of::<(usize, usize, bool)>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use factcheck_text::parse_literal;

    pub(super) fn claim(body: ClaimBody) -> Claim {
        Claim::new("c", body)
    }

    pub(super) fn compare(subject: &str, op: Operator, value: &str) -> Claim {
        let value = parse_literal(value).unwrap();
        claim(ClaimBody::Compare { subject: subject.into(), op, value })
    }

    pub(super) fn verdict(text: &str, c: &Claim) -> Verdict {
        let engine = Engine::new([Source { path: "s.txt".into(), text: text.into() }]);
        engine.verify_claim(c).verdict
    }

    const EARNINGS: &str = "Acme reported revenue of $94.8 billion for the quarter, while net income fell to $20.1 billion. \
        The company employs 12,000 people in 40 countries.\n\nAcme shares rose 3% on Tuesday.";

    #[test]
    fn the_value_tied_to_the_subject_is_compared() {
        assert_eq!(verdict(EARNINGS, &compare("Acme revenue", Operator::Eq, "$94.8B")), Verdict::Supported);
        assert_eq!(verdict(EARNINGS, &compare("Acme net income", Operator::Eq, "$20.1 billion")), Verdict::Supported);
        // The other figure of the sentence does not make the claim conflicting.
        assert_eq!(verdict(EARNINGS, &compare("Acme net income", Operator::Eq, "$94.8B")), Verdict::Contradicted);
        // `The company` refers back to Acme, and `employs` is what its employees are.
        assert_eq!(verdict(EARNINGS, &compare("Acme employees", Operator::Eq, "12,000")), Verdict::Supported);
        assert_eq!(verdict(EARNINGS, &compare("Acme employs people", Operator::Eq, "12,000")), Verdict::Supported);
        assert_eq!(verdict(EARNINGS, &compare("Acme share rise", Operator::Eq, "3%")), Verdict::Supported);
    }

    #[test]
    fn operators_and_tolerance() {
        assert_eq!(verdict(EARNINGS, &compare("Acme revenue", Operator::Gt, "$90B")), Verdict::Supported);
        assert_eq!(verdict(EARNINGS, &compare("Acme revenue", Operator::Lt, "$90B")), Verdict::Contradicted);
        assert_eq!(verdict(EARNINGS, &compare("Acme revenue", Operator::Ne, "$90B")), Verdict::Supported);
        assert_eq!(verdict(EARNINGS, &compare("Acme revenue", Operator::Approx, "$90B")), Verdict::Supported);
        let mut c = compare("Acme revenue", Operator::Eq, "$98B");
        assert_eq!(verdict(EARNINGS, &c), Verdict::Contradicted);
        c.tolerance = Some(Tolerance::Relative(Decimal::new(5, 2)));
        assert_eq!(verdict(EARNINGS, &c), Verdict::Supported);
    }

    #[test]
    fn kinds_and_currencies_must_match() {
        // A percentage is not compared with money, nor dollars with euros.
        assert_eq!(verdict(EARNINGS, &compare("Acme revenue", Operator::Eq, "94.8%")), Verdict::NotFound);
        assert_eq!(verdict(EARNINGS, &compare("Acme revenue", Operator::Eq, "€94.8B")), Verdict::NotFound);
    }

    #[test]
    fn an_open_bound_reaches_ten_times_its_figure() {
        let text = "The campaign reached more than 2.4 million viewers.";
        let eq = |v: &str| verdict(text, &compare("campaign viewers", Operator::Eq, v));
        assert_eq!(eq("2.4 billion"), Verdict::Contradicted);
        assert_eq!(eq("3 million"), Verdict::Supported);
        assert_eq!(eq("20 million"), Verdict::Supported);
        // A claim's operator keeps its whole half-line.
        assert_eq!(verdict(text, &compare("campaign viewers", Operator::Gt, "1 million")), Verdict::Supported);
        let upto = "Each file may be up to 512 MB.";
        assert_eq!(verdict(upto, &compare("file", Operator::Eq, "1 MB")), Verdict::Contradicted);
        assert_eq!(verdict(upto, &compare("file", Operator::Eq, "100 MB")), Verdict::Supported);
    }

    #[test]
    fn a_bound_of_a_limit_states_the_limit() {
        let text = "The maximum file size is up to 512 MB.";
        let c = |v: &str| compare("maximum file size", Operator::Eq, v);
        let (v, why) = explained(text, &c("128 MB"));
        assert_eq!(v, Verdict::Contradicted, "{why}");
        assert_eq!(verdict(text, &c("512 MB")), Verdict::Supported);
        let min = "The minimum age of drivers is at least 18 years.";
        assert_eq!(verdict(min, &compare("minimum age of drivers", Operator::Eq, "21 years")), Verdict::Contradicted);
        assert_eq!(verdict(min, &compare("minimum age of drivers", Operator::Eq, "18 years")), Verdict::Supported);
        // Without a limit in the subject, the bound holds the figures below it.
        let files = "Attached files can be up to 512 MB in size.";
        assert_eq!(verdict(files, &compare("attached file size", Operator::Eq, "128 MB")), Verdict::Supported);
    }

    #[test]
    fn a_shared_currency_name_compares_with_its_codes_only() {
        let text = "The ministry paid 300 riyals to each family.";
        let paid = |v: &str| verdict(text, &compare("ministry paid family", Operator::Eq, v));
        assert_eq!(paid("SAR 300"), Verdict::Supported);
        assert_eq!(paid("QAR 300"), Verdict::Supported);
        assert_eq!(paid("300 riyals"), Verdict::Supported);
        assert_eq!(paid("AED 300"), Verdict::NotFound);
        assert_eq!(paid("300 dirhams"), Verdict::NotFound);
        assert_eq!(paid("SAR 400"), Verdict::Contradicted);
        let saudi = "The ministry paid SAR 42 million to the fund.";
        assert_eq!(
            verdict(saudi, &compare("ministry paid fund", Operator::Eq, "42 million riyals")),
            Verdict::Supported
        );
        assert_eq!(verdict(saudi, &compare("ministry paid fund", Operator::Eq, "42 million pesos")), Verdict::NotFound);
    }

    #[test]
    fn rates_compare_across_prefixes_and_times() {
        let text = "The drive reads 4 GB/s and the API serves 6,000 requests per hour.";
        assert_eq!(verdict(text, &compare("drive reads", Operator::Eq, "4,000 MB/s")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("drive reads", Operator::Eq, "2,000 MB/s")), Verdict::Contradicted);
        assert_eq!(verdict(text, &compare("API serves", Operator::Eq, "100 requests per minute")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("API serves", Operator::Eq, "50 req/s")), Verdict::Contradicted);
    }

    pub(super) fn explained(text: &str, c: &Claim) -> (Verdict, String) {
        let engine = Engine::new([Source { path: "s.txt".into(), text: text.into() }]);
        let r = engine.verify_claim(c);
        (r.verdict, r.explanation)
    }

    #[test]
    fn another_currency_is_shown_and_a_bare_number_compares_on_the_amount() {
        let (v, why) = explained(EARNINGS, &compare("Acme revenue", Operator::Eq, "94.8 billion euros"));
        assert_eq!(v, Verdict::NotFound);
        assert!(why.contains("`$94.8 billion`") && why.contains("in USD, and the claim is in EUR"), "{why}");
        let (v, why) = explained(EARNINGS, &compare("Acme revenue", Operator::Eq, "94.8 billion"));
        assert_eq!(v, Verdict::Supported);
        assert!(why.contains("the claim names no currency"), "{why}");
        assert_eq!(verdict(EARNINGS, &compare("Acme revenue", Operator::Eq, "90 billion")), Verdict::Contradicted);
        // A figure of the claim's own kind in the sentence is compared before any amount.
        assert_eq!(verdict(EARNINGS, &compare("Acme employs people", Operator::Eq, "12,000")), Verdict::Supported);
    }

    #[test]
    fn lists_of_figures_dates_and_words() {
        let text = "The prizes were $5 million and $10 million. The meetings were held on July 9 and July 12. \
            Supported versions are 2.3.0+ and 1.2 of the library.";
        let list = |subject: &str, op: Operator, items: &[&str]| {
            let value = Value::List(
                items.iter().map(|i| parse_literal(i).unwrap_or_else(|_| Value::Text((*i).to_string()))).collect(),
            );
            claim(ClaimBody::Compare { subject: subject.into(), op, value })
        };
        assert_eq!(
            verdict(text, &list("prizes", Operator::Includes, &["$5 million", "$10 million"])),
            Verdict::Supported
        );
        assert_eq!(verdict(text, &list("prizes", Operator::Includes, &["$10 million"])), Verdict::Supported);
        assert_eq!(verdict(text, &list("meetings", Operator::Includes, &["July 9", "July 12"])), Verdict::Supported);
        assert_ne!(
            verdict(text, &list("prizes", Operator::Includes, &["$5 million", "$7 million"])),
            Verdict::Supported
        );
        assert_eq!(verdict(text, &list("supported versions", Operator::In, &["2.3.0+", "4.0"])), Verdict::Supported);
    }

    #[test]
    fn fiscal_years_match_only_fiscal_years() {
        let text = "Acme's revenue peaked in fiscal 2015.";
        assert_eq!(verdict(text, &compare("Acme revenue peaked", Operator::Eq, "FY2015")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("Acme revenue peaked", Operator::Eq, "FY15")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("Acme revenue peaked", Operator::Eq, "fiscal 2016")), Verdict::Contradicted);
        // A calendar year or month is not a fiscal year, either way round.
        assert_eq!(verdict(text, &compare("Acme revenue peaked", Operator::Eq, "2015")), Verdict::NotFound);
        assert_eq!(verdict(text, &compare("Acme revenue peaked", Operator::Eq, "July 2015")), Verdict::NotFound);
        let text = "Acme's revenue peaked in 2015.";
        assert_eq!(verdict(text, &compare("Acme revenue peaked", Operator::Eq, "FY2015")), Verdict::NotFound);
    }

    #[test]
    fn decades_parts_of_periods_and_month_spans_are_vaguer_values() {
        // A decade supports a year in it, as a vaguer value does, and contradicts one outside.
        let text = "The plant was built in the 1990s.";
        assert_eq!(verdict(text, &compare("plant built", Operator::Eq, "1995")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("plant built", Operator::Eq, "2003")), Verdict::Contradicted);
        assert_eq!(verdict(text, &compare("plant built", Operator::Eq, "the '90s")), Verdict::Supported);
        // A part of a year, in a claim literal too.
        let text = "The tax cut took effect in mid-2014.";
        assert_eq!(verdict(text, &compare("tax cut", Operator::Eq, "mid-2014")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("tax cut", Operator::Eq, "July 2014")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("tax cut", Operator::Eq, "late 2014")), Verdict::Contradicted);
        // A span of months without a year supports a month inside it, across a year end too.
        let text = "The strike lasted from November to February.";
        let mut c = compare("strike lasted", Operator::Eq, "December");
        c.as_of = Date::new(2025, 1, 10).ok();
        assert_eq!(verdict(text, &c), Verdict::Supported);
        let mut c = compare("strike lasted", Operator::Eq, "January 2025");
        c.as_of = Date::new(2025, 1, 10).ok();
        assert_eq!(verdict(text, &c), Verdict::Supported);
        let mut c = compare("strike lasted", Operator::Eq, "June");
        c.as_of = Date::new(2025, 1, 10).ok();
        assert_eq!(verdict(text, &c), Verdict::Contradicted);
        let text = "Talks ran between August and October.";
        assert_eq!(verdict(text, &compare("talks ran", Operator::Eq, "September")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("talks ran", Operator::Eq, "September 2019")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("talks ran", Operator::Eq, "May")), Verdict::Contradicted);
    }

    #[test]
    fn a_precise_value_beats_a_vaguer_one_in_the_same_sentence() {
        let text = "The summit, held in July, opened on July 19.";
        let mut c = compare("summit date", Operator::Eq, "July 9");
        c.as_of = Date::new(2024, 5, 21).ok();
        assert_eq!(verdict(text, &c), Verdict::Contradicted);
        let mut c = compare("summit date", Operator::Eq, "July 19");
        c.as_of = Date::new(2024, 5, 21).ok();
        assert_eq!(verdict(text, &c), Verdict::Supported);
    }

    #[test]
    fn conflicting_sources_and_vaguer_values() {
        let text = "The summit opens on July 9. Officials said the summit opens on July 10.";
        assert_eq!(verdict(text, &compare("summit opens", Operator::Eq, "July 9")), Verdict::Conflicting);
        let text = "The summit is in July. The summit opens on July 9.";
        assert_eq!(verdict(text, &compare("summit", Operator::Eq, "July 9")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("summit", Operator::Eq, "July 19")), Verdict::Contradicted);
    }

    #[test]
    fn a_name_given_in_full_may_then_go_by_its_last_word() {
        let text = "The speaker is Craig Roberts Scott, a military historian. \
                    Scott has more than 30 years' experience.";
        let experience = |name: &str, years: &str| compare(&format!("{name} experience"), Operator::Eq, years);
        assert_eq!(verdict(text, &experience("Craig Roberts Scott", "more than 30 years")), Verdict::Supported);
        assert_eq!(verdict(text, &experience("Craig Roberts Scott", "20 years")), Verdict::Contradicted);
        // Not when the document never gives the full name...
        let other = "The speaker is Walter Scott. Scott has 30 years' experience.";
        assert_eq!(verdict(other, &experience("Craig Roberts Scott", "30 years")), Verdict::NotFound);
        // ...nor when the last word also belongs to someone else...
        let titles = compare("Serena Williams Wimbledon titles", Operator::Eq, "7");
        let one = "Serena Williams played at Wimbledon. Williams won 7 titles by 2016.";
        assert_eq!(verdict(one, &titles), Verdict::Supported);
        let two = "Serena Williams and Venus Williams played at Wimbledon. Williams won 7 titles by 2016.";
        assert_eq!(verdict(two, &titles), Verdict::NotFound);
        // ...nor when the word is not written as a name.
        let computers = compare("Lincoln Memorial Library public computers", Operator::Eq, "5");
        let capital = "Lincoln Memorial Library opened in May. The Library has 5 public computers.";
        assert_eq!(verdict(capital, &computers), Verdict::Supported);
        // (The sentence before lends its names, weakly: here it is not the sentence before.)
        let lower = "Lincoln Memorial Library opened in May. It rained. The school library has 5 public computers.";
        assert_eq!(verdict(lower, &computers), Verdict::NotFound);
    }

    #[test]
    fn statements_check_figures_and_polarity() {
        let text = "Russia's exclusion from the peace summit remains conspicuous. Sales rose 5% in 2023.";
        let st = |s: &str| claim(ClaimBody::Statement(s.into()));
        assert_eq!(verdict(text, &st("Russia is excluded from the peace summit")), Verdict::Supported);
        assert_eq!(verdict(text, &st("Russia is not excluded from the peace summit")), Verdict::Contradicted);
        assert_eq!(verdict(text, &st("Sales rose 5% in 2023")), Verdict::Supported);
        assert_eq!(verdict(text, &st("Sales rose 7% in 2023")), Verdict::Contradicted);
        assert_eq!(verdict(text, &st("Sales fell 5% in 2023")), Verdict::Contradicted);
        assert_eq!(verdict(text, &st("Profits doubled at the bakery")), Verdict::NotFound);
    }

    #[test]
    fn an_appositive_age_may_stand_in_another_sentence() {
        let text = "Warren Sapp, 42, was arrested in Phoenix. He was charged with assault in February.";
        let st = |s: &str| claim(ClaimBody::Statement(s.into()));
        assert_eq!(verdict(text, &st("Sapp, 42, was charged with assault in February.")), Verdict::Supported);
        // The two sentences together give Sapp another age.
        assert_eq!(verdict(text, &st("Sapp, 43, was charged with assault in February.")), Verdict::Contradicted);
        // Apart, the figure only fits where the source gives that name that number, and
        // contradicts nothing.
        let apart = "Warren Sapp, 42, was arrested in Phoenix. The police were called at noon. The \
                     arrest followed a complaint. Sapp was charged with assault in February.";
        assert_eq!(verdict(apart, &st("Sapp, 42, was charged with assault in February.")), Verdict::Supported);
        assert_eq!(verdict(apart, &st("Sapp, 43, was charged with assault in February.")), Verdict::NotFound);
    }

    #[test]
    fn statements_may_rest_on_two_adjacent_sentences() {
        let text = "The ministry opened a hospital. It serves the northern villages.";
        let c = claim(ClaimBody::Statement("The ministry hospital serves northern villages".into()));
        let engine = Engine::new([Source { path: "s.txt".into(), text: text.into() }]);
        let r = engine.verify_claim(&c);
        assert_eq!(r.verdict, Verdict::Supported);
        assert!(r.explanation.contains("two adjacent sentences"), "{}", r.explanation);
    }

    #[test]
    fn text_lists_and_quotes() {
        let text = "Japan joins Britain, Canada, and France in security commitments with Ukraine. \
                    The NATO summit opens in Washington.";
        assert_eq!(verdict(text, &compare("NATO summit location", Operator::Eq, "Washington")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("NATO summit location", Operator::Eq, "Vilnius")), Verdict::Contradicted);
        let list = |items: &[&str]| Value::List(items.iter().map(|i| Value::Text((*i).into())).collect());
        let includes = |items: &[&str]| {
            claim(ClaimBody::Compare {
                subject: "security commitments".into(),
                op: Operator::Includes,
                value: list(items),
            })
        };
        assert_eq!(verdict(text, &includes(&["Britain", "France"])), Verdict::Supported);
        assert_eq!(verdict(text, &includes(&["Britain", "Germany", "France"])), Verdict::Contradicted);
        let quote = |q: &str| claim(ClaimBody::Quote(q.into()));
        assert_eq!(
            verdict("He called it a “Peace Formula” — twice.", &quote("\"Peace Formula\" - twice")),
            Verdict::Supported
        );
        assert_eq!(verdict("He called it a Peace Formula.", &quote("peace formula")), Verdict::NotFound);
    }

    #[test]
    fn ordinals_and_codes_are_found_as_written() {
        let text = "Rick Pitino's 4th ranked Cardinals were underdogs against Kentucky.";
        let rank = |r: &str| compare("Cardinals ranked", Operator::Eq, r);
        assert_eq!(verdict(text, &rank("4th")), Verdict::Supported);
        assert_eq!(verdict(text, &rank("5th")), Verdict::NotFound);
        let jets = "The air force flies 40 F-16 jets.";
        assert_eq!(verdict(jets, &compare("air force jets", Operator::Eq, "F-16")), Verdict::Supported);
        assert_eq!(verdict(jets, &compare("air force jets", Operator::Eq, "F-35")), Verdict::NotFound);
    }

    #[test]
    fn accents_and_their_unicode_forms_do_not_hide_a_match() {
        // The source stores its accents as separate combining characters.
        let text = "Zoe\u{308} Smith, 42, won the race in Sa\u{303}o Paulo. \
                    Ren\u{e9}e Dubois was quoted saying \u{201c}the caf\u{e9} is closed\u{201d}.";
        let age = |name: &str| compare(&format!("{name} age"), Operator::Eq, "42");
        assert_eq!(verdict(text, &age("Zo\u{eb} Smith")), Verdict::Supported, "precomposed claim");
        assert_eq!(verdict(text, &age("Zoe Smith")), Verdict::Supported, "claim without the accent");
        assert_eq!(verdict(text, &compare("Zoe Smith age", Operator::Eq, "43")), Verdict::Contradicted);
        let quote = |q: &str| claim(ClaimBody::Quote(q.into()));
        assert_eq!(verdict(text, &quote("the caf\u{e9} is closed")), Verdict::Supported);
        assert_eq!(
            verdict(text, &quote("won the race in S\u{e3}o Paulo")),
            Verdict::Supported,
            "NFC quote, NFD source"
        );
        // Verbatim means verbatim: the accent is part of the text quoted.
        assert_eq!(verdict(text, &quote("won the race in Sao Paulo")), Verdict::NotFound);
        assert_eq!(verdict(text, &quote("Zoe Smith")), Verdict::NotFound);
        // A quote is a run of whole characters: `Chloe` is not in `Chloë`, though `Chloë`
        // decomposed starts with it; `Chlo` is.
        assert_eq!(verdict("Chlo\u{eb} left.", &quote("Chloe")), Verdict::NotFound);
        assert_eq!(verdict("Chloe\u{308} left.", &quote("Chloe")), Verdict::NotFound);
        assert_eq!(verdict("Chlo\u{eb} left.", &quote("Chlo")), Verdict::Supported);
    }

    #[test]
    fn evidence_points_at_the_value() {
        let engine = Engine::new([Source { path: "s.txt".into(), text: EARNINGS.into() }]);
        let r = engine.verify_claim(&compare("Acme net income", Operator::Eq, "$20.1B"));
        let e = &r.evidence[0];
        assert_eq!(e.matched, "$20.1 billion");
        assert_eq!(&EARNINGS[e.start..e.end], "$20.1 billion");
        assert_eq!((e.line, e.column), (1, 82));
        assert_eq!(&e.sentence[e.offset_in_sentence..e.offset_in_sentence + e.matched.len()], "$20.1 billion");
    }

    #[test]
    fn evidence_is_capped_and_the_explanation_counts_the_rest() {
        // 30 sentences that contradict the claim, then 5 that support it.
        let mut text = "Japan's aid totals $15 billion. ".repeat(30);
        text.push_str(&"Japan's aid totals $12.1 billion. ".repeat(5));
        let engine = Engine::new([Source { path: "s.txt".into(), text }]);
        let r = engine.verify_claim(&compare("Japan aid", Operator::Eq, "$12.1B"));
        assert_eq!(r.verdict, Verdict::Conflicting);
        assert_eq!(r.evidence.len(), MAX_EVIDENCE);
        // Both kinds stay, in the source's order.
        assert!(r.evidence.iter().any(|e| e.agrees) && r.evidence.iter().any(|e| !e.agrees));
        assert!(r.evidence.windows(2).all(|w| w[0].start < w[1].start));
        assert!(r.explanation.ends_with("(15 more places in the source not listed)"), "{}", r.explanation);
        assert_eq!(r.explanation.matches('`').count(), 2 * MAX_EVIDENCE + 2, "{}", r.explanation);
        // At the limit, nothing is left out and nothing is said.
        let text = "Japan's aid totals $15 billion. ".repeat(MAX_EVIDENCE);
        let engine = Engine::new([Source { path: "s.txt".into(), text }]);
        let r = engine.verify_claim(&compare("Japan aid", Operator::Eq, "$12.1B"));
        assert_eq!((r.verdict, r.evidence.len()), (Verdict::Contradicted, MAX_EVIDENCE));
        assert!(!r.explanation.contains("not listed"), "{}", r.explanation);
    }

    #[test]
    fn shares_compare_with_percentages() {
        let text = "Two-thirds of voters backed the plan. A third of adults own a car. \
            More than half of Americans rent. Nine in 10 doctors agree.";
        assert_eq!(verdict(text, &compare("share of voters backed", Operator::Eq, "67%")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("share of voters backed", Operator::Eq, "66.7%")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("share of voters backed", Operator::Eq, "2/3")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("share of voters backed", Operator::Eq, "75%")), Verdict::Contradicted);
        assert_eq!(verdict(text, &compare("adults own a car", Operator::Eq, "33%")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("adults own a car", Operator::Eq, "one in three")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("adults own a car", Operator::Eq, "40%")), Verdict::Contradicted);
        assert_eq!(verdict(text, &compare("Americans rent", Operator::Gt, "50%")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("Americans rent", Operator::Eq, "60%")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("Americans rent", Operator::Eq, "45%")), Verdict::Contradicted);
        assert_eq!(verdict(text, &compare("doctors agree", Operator::Eq, "90%")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("doctors agree", Operator::Eq, "9 out of 10")), Verdict::Supported);
        // A share is not a count: `Two-thirds` is not 2.
        assert_ne!(verdict(text, &compare("share of voters backed", Operator::Eq, "2")), Verdict::Supported);
    }

    #[test]
    fn percentage_points_are_not_a_percent_change() {
        let text = "The jobless rate rose 3.2 percentage points. Prices rose 3.2% in May.";
        let points = compare("jobless rate rose", Operator::Eq, "3.2 percentage points");
        assert_eq!(verdict(text, &points), Verdict::Supported);
        assert_eq!(verdict(text, &compare("jobless rate rose", Operator::Eq, "3.2%")), Verdict::NotFound);
        assert_eq!(verdict(text, &compare("prices rose", Operator::Eq, "3.2%")), Verdict::Supported);
        assert_ne!(verdict(text, &compare("prices rose", Operator::Eq, "3.2 percentage points")), Verdict::Supported);
    }

    #[test]
    fn fractions_of_amounts_are_amounts() {
        let text = "The fund raised one and a half million dollars. The trail is 2½ miles long. \
            A quarter of a million people marched.";
        assert_eq!(verdict(text, &compare("fund raised", Operator::Eq, "$1.5 million")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("fund raised", Operator::Eq, "$1.6 million")), Verdict::Contradicted);
        assert_eq!(verdict(text, &compare("trail long", Operator::Eq, "2.5 miles")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("people marched", Operator::Eq, "250,000")), Verdict::Supported);
    }
}

#[cfg(test)]
mod reading_tests {
    //! Each way the matcher finds a subject's words, on a real-looking sentence.
    use super::tests::{claim, compare, explained, verdict};
    use factcheck_core::{ClaimBody, Operator, Verdict};

    /// A statement claim of `text`.
    fn st(text: &str) -> factcheck_core::Claim {
        claim(ClaimBody::Statement(text.into()))
    }

    #[test]
    fn a_value_contradicts_a_figure_only_beside_the_figures_clause() {
        // 87% stands with the poll's words but not with `voters do not trust politicians to
        // tell the truth`: it is another fact's.
        let text = "Voters 'don't trust politicians'\n\nEight out of 10 voters do not trust politicians to tell the truth, a new poll conducted for the BBC suggests.\n\nAnd 87% of the 1,000 adults quizzed by ICM for BBC News 24 said politicians did not deliver what they promised. The poll comes after Foreign Secretary Jack Straw predicted trust would be \"the key choice\" at the next election. Both the Tories and the Lib Dems are keen to emphasise a perceived lack of trust in Tony Blair, following his claims over Iraqi weapons.";
        assert_eq!(
            verdict(
                text,
                &st(
                    "Eight out of 10 voters do not trust politicians to tell the truth, according to an ICM poll of 1,000 adults for BBC News 24."
                )
            ),
            Verdict::Supported
        );
    }

    #[test]
    fn a_value_that_fits_another_figure_of_the_statement_contradicts_none() {
        // `more than £100,000` is the statement's `above £100,000`; the source says nothing of
        // what the rate would raise.
        let text = "Charles Kennedy said the Lib Dems want a new 50% rate of income tax on earnings of \
                    more than £100,000 a year.";
        let raise =
            st("Kennedy said a 50% income tax rate on earnings above £100,000 would raise about £4.6bn a year.");
        assert_eq!(verdict(text, &raise), Verdict::NotFound);
    }

    #[test]
    fn a_boost_to_rates_is_a_rise() {
        // `signalling further rises` rests on `a continued boost to interest rates in 2005`.
        let text = "Fed warns of more US rate rises\n\nThe US looks set for a continued boost to interest rates in 2005, according to the Federal Reserve.\n\nMinutes of the December meeting which pushed rates up to 2.25% showed that policy-makers at the Fed are worried about accelerating inflation. The clear signal pushed the dollar up to $1.3270 to the euro by 0400 GMT on Wednesday, but depressed US shares. \"The markets are starting to fear a more aggressive Fed in 2005,\" said Richard Yamarone of Argus Research. The Dow Jones index dropped almost 100 points on Tuesday, with the Nasdaq also falling as key tech stocks were hit by broker downgrades. The dollar also gained ground against sterling on Tuesday, reaching $1.8832 to the pound before slipping slightly on Wednesday morning.";
        let summary = "Minutes of the Federal Reserve's December meeting, which pushed US interest rates up to 2.25%, showed policymakers are worried about accelerating inflation, signalling further rises in 2005.";
        assert_eq!(verdict(text, &st(summary)), Verdict::Supported);
    }

    #[test]
    fn a_change_from_one_figure_to_another_may_count_a_noun_and_a_value_between() {
        let text = "At the same time, reported fraud throughout the EU dropped from 10,276 cases worth \
                    £808m to 8,177 cases worth £644m.";
        let latest = |v: &str| compare("latest number of reported fraud cases across the EU", Operator::Eq, v);
        assert_eq!(verdict(text, &latest("8,177")), Verdict::Supported);
        assert_eq!(verdict(text, &latest("10,276")), Verdict::Contradicted);
        let previous = compare("previous number of reported fraud cases in the EU", Operator::Eq, "10,276");
        assert_eq!(verdict(text, &previous), Verdict::Supported);
        // The sums the cases were worth change too, each a few words after its `from` and `to`.
        let worth = |v: &str| compare("latest value of reported fraud throughout the EU", Operator::Eq, v);
        assert_eq!(verdict(text, &worth("£644 million")), Verdict::Supported);
        assert_eq!(verdict(text, &worth("£808m")), Verdict::Contradicted);
    }

    #[test]
    fn a_figure_of_a_fused_statement_is_checked_in_its_own_clause_read_from_the_tree() {
        // The summary joins two facts the source gives apart; each figure's fact is the clause
        // of its verb (`would value Southcorp at A$3.1bn ($2.4bn)`, `was suspended at A$4.25`).
        let text = "Australian brewer Fosters has bought a large stake in Australian winemaker Southcorp.\n\n\
                    Fosters bought 18.8% of Southcorp, the global winemaker behind the Penfolds brand, for \
                    4.17 Australian dollars per share. A bid at that price would value the company at A$3.1bn \
                    ($2.4bn; £1.25bn ). Fosters said it was in discussions.\n\n\
                    In a separate statement, Southcorp confirmed the brewer had asked for talks. Both firms \
                    asked the Sydney stock market to suspend trading in their shares until Monday. \
                    Southcorp's shares were suspended at A$4.25.";
        let fused = "A bid at that price would value Southcorp at A$3.1bn ($2.4bn; £1.25bn), and trading in \
                     its shares was suspended at A$4.25.";
        assert_eq!(verdict(text, &st(fused)), Verdict::Supported);
        // The figure's clause names its own subject: the names of the clause beside it (`the
        // BBC Sport website`) are not looked for with it.
        let text = "Last April, Kelly Holmes spoke to the BBC Sport website about her loneliness and her \
                    fight to stay fit.\n\nIt just goes to show even the most meticulous athletes cannot \
                    predict what fate has in store for them. Four months later, Holmes stormed to double \
                    Olympic gold and has since been made a Dame.";
        let fused = "Four months after speaking to the BBC Sport website last April about her loneliness and \
                     her fight to stay fit, Kelly Holmes stormed to double Olympic gold.";
        assert_eq!(verdict(text, &st(fused)), Verdict::Supported);
    }

    #[test]
    fn a_statement_may_rest_on_two_adjacent_sentences_about_one_thing() {
        // The headline's score and the next sentence's cup.
        let cup = "Dundee Utd 4-1 Aberdeen\n\nDundee United eased into the semi-final of the Scottish \
                   Cup with an emphatic win over Aberdeen.";
        assert_eq!(verdict(cup, &st("Dundee United beat Aberdeen 4-1 in the Scottish Cup.")), Verdict::Supported);
        // Two sentences about two teams: the winner of one and the climb of the other are no
        // one fact.
        let league = "The 2002 World Cup winner came on as the game approached full time.\n\nTigres moved \
                      up to fourth in the clausura after a home victory over Monterrey.";
        let fused = st("The 2002 World Cup winner moved up to fourth in the clausura.");
        assert_ne!(verdict(league, &fused), Verdict::Supported);
        // About one pair of players, but the second sentence's cup stands where the first has
        // the championship they met in.
        let golf = "The pair met in the first round of the amateur championship in 2007. Later that \
                    year they were on the same team in the Walker Cup.";
        assert_ne!(
            verdict(golf, &st("The pair met in the first round of the Walker Cup in 2007.")),
            Verdict::Supported
        );
    }

    #[test]
    fn other_forms_derivations_equivalents_and_synonyms() {
        let text = "Ticket prices rose 15% in 2020. The study's publication came on March 3, 2021. \
                    Acme's takings were $2 billion. The instructor earns $40,000 a year.";
        // `rise` as `rose`: another form.
        assert_eq!(verdict(text, &compare("ticket price rise", Operator::Eq, "15%")), Verdict::Supported);
        // `published` as `publication`: a derivation.
        assert_eq!(verdict(text, &compare("study published", Operator::Eq, "March 3, 2021")), Verdict::Supported);
        // `revenue` as `takings`: a curated news equivalent.
        assert_eq!(verdict(text, &compare("Acme revenue", Operator::Eq, "$2 billion")), Verdict::Supported);
        // `teacher` as `instructor`: a synonym.
        assert_eq!(verdict(text, &compare("teacher pay", Operator::Eq, "$40,000")), Verdict::Supported);
    }

    #[test]
    fn names_by_alias_acronym_and_reference() {
        let text = "Japanese aid to Ukraine totals $12.1 billion.";
        assert_eq!(verdict(text, &compare("Japan aid", Operator::Eq, "$12.1B")), Verdict::Supported);
        let text = "The National Genealogical Society meets this spring. Its conference is on May 13, 2015.";
        assert_eq!(verdict(text, &compare("NGS conference", Operator::Eq, "May 13, 2015")), Verdict::Supported);
        // `The company` refers back to Acme.
        let text = "Acme Robotics makes robots for factories. The company employs 12,000 people.";
        assert_eq!(verdict(text, &compare("Acme Robotics staff", Operator::Eq, "12,000")), Verdict::Supported);
        // Without a word referring back, the sentence before lends its words only weakly: not
        // enough to contradict.
        let text = "Acme Robotics makes robots for factories. Rivals employ 9,000 people.";
        assert_ne!(verdict(text, &compare("Acme Robotics staff", Operator::Eq, "12,000")), Verdict::Contradicted);
    }

    #[test]
    fn qualifiers_that_disagree_set_a_sentence_apart() {
        let text = "Acme Robotics said on Tuesday it would cut 1,200 jobs. Its net loss for the fourth \
                    quarter was $340 million. Revenue fell 12% to $2.3 billion, the Denver-based company said.";
        let loss = |s: &str| compare(s, Operator::Eq, "$340 million");
        assert_eq!(verdict(text, &loss("Acme fourth-quarter net loss")), Verdict::Supported);
        assert_eq!(verdict(text, &loss("Acme first quarter net loss")), Verdict::NotFound);
        assert_eq!(verdict(text, &loss("Acme net loss for the third quarter")), Verdict::NotFound);
        let text = "It shipped 14,100 robots in the first quarter but only 11,250 in the fourth quarter.";
        let shipped = |v: &str| compare("robots shipped in the fourth quarter", Operator::Eq, v);
        assert_eq!(verdict(text, &shipped("11,250")), Verdict::Supported);
        assert_eq!(verdict(text, &shipped("14,100")), Verdict::Contradicted);
    }

    #[test]
    fn the_final_quarter_is_the_fourth_and_a_quarter_after_a_figure_places_that_one() {
        let text = "Consumer spending grew 4.2% in the final quarter, down from the third quarter's 5.1%. In the \
                    final quarter of 2004, businesses increased spending on software by 18%, up from 17.5% in the \
                    third quarter.";
        let spending = |s: &str, v: &str| compare(s, Operator::Eq, v);
        assert_eq!(verdict(text, &spending("third-quarter consumer spending growth", "5.1%")), Verdict::Supported);
        assert_eq!(verdict(text, &spending("fourth-quarter consumer spending growth", "5.1%")), Verdict::Contradicted);
        assert_eq!(
            verdict(text, &spending("business spending on software in the fourth quarter", "18%")),
            Verdict::Supported
        );
    }

    #[test]
    fn someone_referred_to_but_not_yet_named_is_named_after() {
        // The paragraph's name is lost (as in a corpus that cut it): `The 28-year-old` is the
        // one the quote after names.
        let text = "Gardener won the 60m title in Sheffield.\n\nalso impressed in the pentathlon events. The \
                    28-year-old reached 1.80m in the high jump and clocked 8.47secs in the hurdles. \"I've \
                    surprised myself,\" said Sotherton.";
        let jump = |v: &str| compare("Sotherton's high jump", Operator::Eq, v);
        assert_eq!(verdict(text, &jump("1.80m")), Verdict::Supported);
        assert_eq!(verdict(text, &jump("1.90m")), Verdict::Contradicted);
        // A sentence before that names someone is the one referred to.
        let text = "Gardener won the 60m title in Sheffield.\n\nKelly Holmes impressed in the pentathlon events. \
                    The 28-year-old reached 1.80m in the high jump. \"I've surprised myself,\" said Sotherton.";
        assert_eq!(verdict(text, &jump("1.90m")), Verdict::NotFound);
    }

    #[test]
    fn the_sentence_after_the_subject_s_may_give_its_figure() {
        let text = "The BBC's online search engine was used a record amount in 2004, helping with enquiries \
                    both simple and strange. More than 277 million enquiries were made, asking for information.";
        let enquiries = compare("BBC online search enquiries in 2004", Operator::Gt, "277 million");
        assert_eq!(verdict(text, &enquiries), Verdict::Supported);
    }

    #[test]
    fn a_role_written_with_another_country_is_that_one_s() {
        let text = "A crestfallen France coach, Bernard Laporte, simply observed that there was a Welsh half. \
                    Wales coach Mike Ruddock was delighted.";
        let coach = |v: &str| compare("Wales coach", Operator::Eq, v);
        assert_eq!(verdict(text, &coach("Mike Ruddock")), Verdict::Supported);
        assert_eq!(verdict(text, &coach("Bernard Laporte")), Verdict::Contradicted);
        assert_eq!(verdict(text, &compare("France coach", Operator::Eq, "Bernard Laporte")), Verdict::Supported);
    }

    #[test]
    fn attribute_words_said_of_many_and_scores_in_points() {
        let text = "ABN Amro currently has more than 100,000 staff. It will cut one in twenty of them.";
        let staff = compare("ABN Amro staff numbers", Operator::Gt, "100,000");
        assert_eq!(verdict(text, &staff), Verdict::Supported);
        let text = "Wales turned a 15-6 half-time deficit in Paris into an 18-15 lead within five minutes.";
        let points = compare("Wales' points in the final score in Paris", Operator::Eq, "24");
        assert_eq!(verdict(text, &points), Verdict::NotFound);
    }

    #[test]
    fn an_age_after_at_in_a_life_s_events_is_an_age() {
        let text = "Mr Nogar, who died in 1994 aged 72, always used to make two tapes of sessions.";
        let died = |n: &str| st(&format!("Nogar, who died in 1994 at {n}, made two tapes of sessions."));
        assert_eq!(verdict(text, &died("72")), Verdict::Supported);
        assert_eq!(verdict(text, &died("75")), Verdict::Contradicted);
    }

    #[test]
    fn a_number_may_count_its_thing_in_other_words() {
        let text = "These eight players will be brought together in London on 3-5 December for the Bloodline \
                    Tournament that will find the best two players.";
        let top = |n: &str| {
            st(&format!(
                "Eight players will face off in London at the Bloodline Tournament, which will pick the top {n}."
            ))
        };
        assert_eq!(verdict(text, &top("two")), Verdict::Supported);
        // Never a contradiction: what a number counts says which one it is.
        assert_eq!(verdict(text, &top("three")), Verdict::NotFound);
    }

    #[test]
    fn a_year_goes_with_the_word_before_it() {
        let text = "German airline Lufthansa has returned to profit in 2004 after posting huge losses in 2003.";
        assert_eq!(verdict(text, &st("Lufthansa returned to profitability in 2003.")), Verdict::Contradicted);
        assert_eq!(verdict(text, &st("Lufthansa returned to profitability in 2004.")), Verdict::Supported);
        // A list's later item shares the earlier one's word.
        let text = "Desailly won the 1998 World Cup and 2000 European Championship with France.";
        assert_eq!(verdict(text, &st("Desailly won the 2000 European Championship with France.")), Verdict::Supported);
    }

    #[test]
    fn a_figure_of_a_pair_may_stand_in_its_second_sentence() {
        let text = "Dealers were busy. The yen, meanwhile, dropped to 141.60 per euro in afternoon trading. It \
                    later strengthened to 140.55. Investors are concerned about the deficits.";
        let moved = |v: &str| {
            st(&format!("The yen dropped to 141.60 per euro in afternoon trading before strengthening to {v}."))
        };
        assert_eq!(verdict(text, &moved("140.55")), Verdict::Supported);
        assert_eq!(verdict(text, &moved("140.85")), Verdict::Contradicted);
    }

    #[test]
    fn a_negation_of_be_reaches_its_predicate_however_it_is_written() {
        let text = "Many investors think that product market inflation won't be a problem until the \
                    utilisation rates are at 80% or higher, Cary Leahy said.";
        let not =
            st("Cary Leahy said many investors think inflation will not be a problem until utilisation reaches 80%.");
        assert_eq!(verdict(text, &not), Verdict::Supported);
        let is = st("Cary Leahy said many investors think inflation will be a problem until utilisation reaches 80%.");
        assert_eq!(verdict(text, &is), Verdict::Contradicted);
    }

    #[test]
    fn a_sentence_that_holds_a_statement_alone_is_read_alone() {
        // The sentence before has `rose` for `rise`, and `fall`: it adds no word of the
        // statement, so its `fall` is not read as the statement's opposite.
        let text = "Output from factories rose 0.3%, while the carmaking sector saw production fall 0.5%. The \
                    latest increase means industrial output has grown 4.2% in the past year.";
        let grown = st("The latest rise means industrial output has grown 4.2% over the past year.");
        assert_eq!(verdict(text, &grown), Verdict::Supported);
    }

    #[test]
    fn a_figure_of_the_clause_naming_the_subject_is_its_own() {
        let text = "Universal is to start producing films on the HD-DVD format in 2005, and Paramount will \
                    start releasing titles using the standard in 2006.";
        let releases = |v: &str| compare("Paramount's first HD-DVD releases", Operator::Eq, v);
        assert_eq!(verdict(text, &releases("2006")), Verdict::Supported);
        assert_eq!(verdict(text, &releases("2005")), Verdict::Contradicted);
        let text = "The widest Phobos gets is about 17 miles (27 km), and the widest Deimos gets is roughly nine \
                    miles (15 km).";
        assert_eq!(verdict(text, &compare("widest Deimos", Operator::Eq, "15 km")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("widest Phobos", Operator::Eq, "27 km")), Verdict::Supported);
    }

    #[test]
    fn a_bare_number_is_compared_with_money_only_where_the_counted_words_stand() {
        let text = "The surge was led by Howl's Moving Castle, which took 20bn yen to become the biggest film \
                    in Japan. Some 170 million cinema admissions were made in Japan in 2004.";
        let admissions = compare("Howl's Moving Castle admissions", Operator::Eq, "15 million");
        assert_eq!(verdict(text, &admissions), Verdict::NotFound);
        let takings = compare("Howl's Moving Castle takings in yen", Operator::Eq, "20 billion");
        assert_eq!(verdict(text, &takings), Verdict::Supported);
    }

    #[test]
    fn up_and_down_before_a_figure_are_its_move() {
        let text = "Advertising revenues were up over 10% year-on-year, with circulation revenues expected to \
                    increase almost 10%.";
        assert_eq!(verdict(text, &compare("advertising revenue growth", Operator::Gt, "10%")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("circulation revenue growth", Operator::Gt, "10%")), Verdict::Contradicted);
    }

    #[test]
    fn a_score_is_the_same_scores_in_the_same_order() {
        let text = "Melzer beat Agassi in San Jose. Agassi was bamboozled by the drop shots, losing 6-3 6-1.";
        let score = |v: &str| compare("score of Agassi's defeat", Operator::Eq, v);
        assert_eq!(verdict(text, &score("6-3 6-1")), Verdict::Supported);
        assert_eq!(verdict(text, &score("6–3, 6–1")), Verdict::Supported);
        assert_eq!(verdict(text, &score("6-1 6-3")), Verdict::Contradicted);
        // A span of days, of ages or a share is no score.
        let text = "The players meet in London on 3-5 December for the Bloodline final, open to those aged 18-24.";
        assert_eq!(verdict(text, &compare("score of the Bloodline final", Operator::Eq, "3-4")), Verdict::NotFound);
    }

    #[test]
    fn a_name_carries_on_through_sentences_that_refer_back() {
        // `The man` refers back to the suspect; `He`, then `the 35-year-old actor`, to Isaac.
        let text = "Police are looking for a suspect in the bank robbery. The man is described as 5 feet \
                    11 inches tall and 200 pounds.";
        assert_eq!(verdict(text, &compare("suspect weight", Operator::Eq, "200 pounds")), Verdict::Supported);
        let text = "Oscar Isaac has had a stellar year. He finished filming Star Wars in December. Set \
                    in New York, the 35-year-old actor plays a businessman.";
        assert_eq!(verdict(text, &compare("Oscar Isaac age", Operator::Eq, "35")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("Oscar Isaac age", Operator::Eq, "36")), Verdict::Contradicted);
        // A sentence about someone it names itself does not carry on the name before.
        let text = "Mr Blair will pass Margaret Thatcher's 11 years in office. Mr Blair's other firsts \
                    include becoming the first Labour leader to win twice. He had a child in office, \
                    the first for more than 150 years.";
        assert_eq!(verdict(text, &compare("Thatcher time in office", Operator::Eq, "11 years")), Verdict::Supported);
    }

    #[test]
    fn an_age_is_written_as_one_and_belongs_to_whom_it_stands_by() {
        let text = "Isaac and Chastain, 37, trained at Juilliard. They made one film in two months.";
        assert_eq!(verdict(text, &compare("Chastain age", Operator::Eq, "37")), Verdict::Supported);
        // Neither Chastain's age nor the film's count is Isaac's.
        assert_eq!(verdict(text, &compare("Isaac age", Operator::Eq, "35")), Verdict::NotFound);
        let text = "In the final case, a 31-year-old woman was mistaken for another woman who had died.";
        assert_eq!(verdict(text, &compare("age of the woman", Operator::Eq, "31")), Verdict::Supported);
        let text = "\"He is at work,\" said Budi Sutiono, the pilot's 55-year-old brother.";
        assert_eq!(verdict(text, &compare("age of Budi Sutiono", Operator::Eq, "59")), Verdict::Contradicted);
    }

    #[test]
    fn a_member_before_its_own_value_does_not_take_another() {
        let text = "UKIP spent £2.36m on the campaign - second only to the Conservatives' £3.13m.";
        assert_eq!(verdict(text, &compare("UKIP spending", Operator::Eq, "£2.36m")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("Conservatives spending", Operator::Eq, "£3.13m")), Verdict::Supported);
    }

    #[test]
    fn a_count_is_not_money_nor_a_measure() {
        let text = "The $499 Macintosh, sold for £339 in the UK, is the cheapest Mac Apple has sold.";
        assert_eq!(
            verdict(text, &compare("number of Macs Apple has sold", Operator::Eq, "10 million")),
            Verdict::NotFound
        );
        let text = "The Monastero Santa Rosa hotel has a massive 750-foot spa.";
        assert_eq!(verdict(text, &compare("Monastero Santa Rosa hotel rooms", Operator::Eq, "20")), Verdict::NotFound);
    }

    #[test]
    fn a_score_compares_side_by_side() {
        let text = "Suh stepped on Aaron Rodgers of the Green Bay Packers during the Detroit Lions' 30-20 \
                    loss at Lambeau Field.";
        assert_eq!(verdict(text, &st("The Detroit Lions lost 30-20 at Lambeau Field.")), Verdict::Supported);
        assert_eq!(verdict(text, &st("The Detroit Lions lost 31-20 at Lambeau Field.")), Verdict::Contradicted);
        // Beating is the opposite of a loss.
        assert_eq!(
            verdict(text, &st("The Detroit Lions beat the Green Bay Packers 30-20 at Lambeau Field.")),
            Verdict::Contradicted
        );
        // A score after a name is no part of the name (`Aberdeen 4-1`).
        let text = "Dundee Utd 4-1 Aberdeen. United beat Aberdeen 4-1 in the Scottish Cup on Saturday.";
        assert_eq!(
            verdict(text, &st("Dundee United won 3-1 against Aberdeen in the Scottish Cup.")),
            Verdict::Contradicted
        );
    }

    #[test]
    fn a_statement_differing_in_one_qualifier_is_contradicted() {
        let text = "Much of the convent's original 17th century architecture remains intact.";
        assert_eq!(
            verdict(text, &st("Much of the convent's original 16th-century architecture remains intact.")),
            Verdict::Contradicted
        );
        assert_eq!(
            verdict(text, &st("Much of the convent's original 17th-century architecture remains intact.")),
            Verdict::Supported
        );
        let text = "Swanson suffered non-life-threatening injuries to his right hip and thigh.";
        assert_eq!(verdict(text, &st("Swanson suffered injuries to his left hip and thigh.")), Verdict::Contradicted);
        // Two periods agree only when they are the same period.
        let text = "There was one prison suicide every four days between 1999 and 2003, MPs said.";
        assert_eq!(
            verdict(text, &st("There was one prison suicide every four days between 1999 and 2005.")),
            Verdict::Contradicted
        );
        assert_eq!(
            verdict(text, &st("There was one prison suicide every four days between 1999 and 2003.")),
            Verdict::Supported
        );
    }

    #[test]
    fn an_ordinal_in_digits_is_the_ordinal_in_words() {
        let text = "Its net loss for the fourth quarter was $340 million.";
        assert_eq!(
            verdict(text, &compare("Acme 4th quarter net loss", Operator::Eq, "$340 million")),
            Verdict::Supported
        );
        assert_eq!(
            verdict(text, &compare("Acme 3rd quarter net loss", Operator::Eq, "$340 million")),
            Verdict::NotFound
        );
    }

    #[test]
    fn a_rank_is_read_from_an_ordinal() {
        let text = "Travellers rated Galena the Second Friendliest City in the US and the 14th Friendliest City \
                    in the World, during the first half of 2014.";
        let rank = |s: &str, v: &str| compare(s, Operator::Eq, v);
        assert_eq!(
            verdict(text, &rank("Galena rank among the friendliest cities in the world", "14")),
            Verdict::Supported
        );
        assert_eq!(
            verdict(text, &rank("Galena rank among the friendliest cities in the US", "1")),
            Verdict::Contradicted
        );
    }

    #[test]
    fn a_name_spelled_out_matches_its_initials() {
        let text = "Looking ahead, the MDA's chairman Mike Short has predicted more growth.";
        let chair = compare("chairman of the Mobile Data Association", Operator::Eq, "Mike Short");
        assert_eq!(verdict(text, &chair), Verdict::Supported);
        // Initials must be written in capitals: `be` is no `Bank of England`.
        let text = "The rate could be 2% by then.";
        assert_eq!(verdict(text, &compare("Bank of England base rate", Operator::Eq, "4.75%")), Verdict::NotFound);
    }

    #[test]
    fn a_common_word_of_a_name_may_be_left_out() {
        let text = "Both rose to prominence when Lord Kinnock led Labour between 1983 and 1992.";
        assert_eq!(verdict(text, &st("Lord Kinnock led the Labour Party from 1983 to 1992.")), Verdict::Supported);
        assert_eq!(verdict(text, &st("Lord Kinnock led the Labour Party from 1983 to 1994.")), Verdict::Contradicted);
    }

    #[test]
    fn a_name_given_as_the_value_tells_which_sentence() {
        let text = "Two police officers were killed in their patrol car in Brooklyn. The suspect, Ismaaiyl \
                    Brinsley, had begun the day with the shooting of his ex-girlfriend in Maryland. After \
                    murdering the officers, Brinsley walked over to a subway platform.";
        let name = |v: &str| compare("name of the suspect in the killing of the two officers", Operator::Eq, v);
        assert_eq!(verdict(text, &name("Ismaaiyl Brinsley")), Verdict::Supported);
        // Another name is not supported by the sentence that holds too little of the subject.
        assert_eq!(verdict(text, &name("John Smith")), Verdict::NotFound);
    }

    #[test]
    fn another_member_of_the_values_set_beside_the_subject_contradicts() {
        let text = "The joint committee published its report on Wednesday. Committee chairman Labour MP Jean \
                    Corston said each death in custody was one too many.";
        assert_eq!(
            verdict(text, &compare("Jean Corston's party", Operator::Eq, "Conservative")),
            Verdict::Contradicted
        );
        assert_eq!(verdict(text, &compare("Jean Corston's party", Operator::Eq, "Labour")), Verdict::Supported);
        let text = "Suh is seen stepping on Rodgers' left leg once, then again.";
        assert_eq!(
            verdict(text, &compare("leg of Rodgers that Suh stepped on", Operator::Eq, "right leg")),
            Verdict::Contradicted
        );
        // A member the subject names itself is not another value.
        let text = "The Argentine Air Force is set to get a dozen Su-24 planes from Russia. The delivery of \
                    Su-24s to Argentina makes the islands more vulnerable.";
        let supplier = compare("country supplying the Su-24s to Argentina", Operator::Eq, "Russia");
        assert_eq!(verdict(text, &supplier), Verdict::Supported);
    }

    #[test]
    fn a_knight_named_in_full_goes_on_by_title_and_first_name() {
        let text = "Former Northern Ireland minister Sir Nicholas Scott has died at 71. Sir Nicholas was \
                    replaced as the member for Kensington, after being deselected in December 1996.";
        assert_eq!(verdict(text, &compare("year Scott was deselected", Operator::Eq, "1997")), Verdict::Contradicted);
        assert_eq!(verdict(text, &compare("year Scott was deselected", Operator::Eq, "1996")), Verdict::Supported);
    }

    #[test]
    fn a_subject_that_is_a_name_alone_goes_by_its_surname() {
        let text = "Darren Campbell has set his sights on the world championships. Campbell's relay \
                    triumph made up for his displays in Athens. The 31-year-old, who won silver in \
                    Sydney, said a hamstring injury had stopped him.";
        assert_eq!(verdict(text, &compare("Darren Campbell's age", Operator::Eq, "31")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("Darren Campbell's age", Operator::Eq, "33")), Verdict::Contradicted);
    }

    #[test]
    fn a_people_named_in_the_subject_is_a_qualifier_not_a_name() {
        let text = "Wealthy Afghans fly abroad every month. Some have second homes in Dubai, Istanbul, or \
                    various European cities.";
        let homes = |v: &[&str]| {
            let items = v.iter().map(|s| factcheck_core::Value::Text((*s).into())).collect();
            claim(ClaimBody::Compare {
                subject: "cities where wealthy Afghans have second homes".into(),
                op: Operator::Includes,
                value: factcheck_core::Value::List(items),
            })
        };
        assert_eq!(verdict(text, &homes(&["Dubai", "Istanbul"])), Verdict::Supported);
    }

    #[test]
    fn an_age_in_a_statement_compares_with_an_age_however_written() {
        let text = "Next to the banner stood Jonathan Alvarez, 18, of Queens, who was arrested in May.";
        assert_eq!(
            verdict(text, &st("Jonathan Alvarez, an 18-year-old from Queens, was arrested.")),
            Verdict::Supported
        );
        assert_eq!(
            verdict(text, &st("Jonathan Alvarez, a 19-year-old from Queens, was arrested.")),
            Verdict::Contradicted
        );
    }

    #[test]
    fn a_count_is_not_a_number_that_counts_something_else() {
        let text = "The new iPod shuffle comes in two versions and went on sale on Tuesday.";
        assert_eq!(
            verdict(text, &compare("number of iPods Apple has sold", Operator::Eq, "10 million")),
            Verdict::NotFound
        );
        let text = "All genes are made up of sequences of 4 amino acids (called bases).";
        assert_eq!(
            verdict(text, &compare("number of bases that make up genes", Operator::Eq, "four")),
            Verdict::Supported
        );
        let text = "Police said 40 people attended the vigil for the officers.";
        assert_eq!(verdict(text, &compare("number of people at the vigil", Operator::Eq, "40")), Verdict::Supported);
    }

    #[test]
    fn a_level_is_not_the_size_of_a_change_and_a_subject_word_is_no_value() {
        let text = "The Dow Jones Industrial average closed down 0.89 points, or 0.01%, at 10,385.48.";
        let close = |v: &str| compare("Dow Jones Industrial average closing level", Operator::Eq, v);
        assert_eq!(verdict(text, &close("10,385.48")), Verdict::Supported);
        let fall = compare("Dow Jones Industrial average fall", Operator::Eq, "0.89");
        assert_eq!(verdict(text, &fall), Verdict::Supported);
        let text = "The original version sold 750,000 copies in its first week and 3.5 million in total.";
        let total = compare("total copies sold by the original version", Operator::Eq, "3.5 million");
        assert_eq!(verdict(text, &total), Verdict::Supported);
        let text = "Kobane is one of the three territories that together constitute Rojava.";
        let population = compare("population of Rojava's three territories", Operator::Gt, "4 million");
        assert_eq!(verdict(text, &population), Verdict::NotFound);
    }

    #[test]
    fn two_things_set_against_each_other_the_other_way_round_contradict() {
        let text = "Ms Hewitt also stressed the plans would be paid for by taxpayers, not employers.";
        assert_eq!(
            verdict(text, &st("Hewitt said the plans would be paid for by employers, not taxpayers.")),
            Verdict::Contradicted
        );
        assert_eq!(
            verdict(text, &st("Hewitt said the plans would be paid for by taxpayers, not employers.")),
            Verdict::Supported
        );
        let text = "He unveiled the iPod shuffle, a player using cheaper flash memory rather than hard drives.";
        assert_eq!(
            verdict(text, &st("The iPod shuffle uses a hard drive rather than cheaper flash memory.")),
            Verdict::Contradicted
        );
    }

    #[test]
    fn a_rare_word_given_as_the_value_tells_which_sentence() {
        let text = "If it is all made of the same stuff, why are some parts so shiny? A butterfly scale is \
                    basically a big, flat hair made of chitin. Butterflies have thousands of scales.";
        let material = |v: &str| compare("material a butterfly scale is made of", Operator::Eq, v);
        assert_eq!(verdict(text, &material("chitin")), Verdict::Supported);
        assert_eq!(verdict(text, &material("keratin")), Verdict::NotFound);
    }

    #[test]
    fn a_name_in_brackets_after_a_name_is_its_own() {
        let text = "The comedy follows host Dave Skylark (James Franco) and his producer Aaron Rapoport \
                    (Seth Rogen) to Pyongyang. The Leadership Conference of Women Religious (LCWR) met.";
        let actor = |v: &str| compare("actor playing the producer Aaron Rapoport", Operator::Eq, v);
        assert_eq!(verdict(text, &actor("Seth Rogen")), Verdict::Supported);
        // Another name of the sentence, in brackets after another role, is not his.
        assert_ne!(verdict(text, &actor("James Franco")), Verdict::Supported);
        // Initials in brackets are a short form, not a value: the claimed name is looked for.
        assert_ne!(
            verdict(text, &compare("leader of the LCWR", Operator::Eq, "Sharon Holland")),
            Verdict::Contradicted
        );
    }

    #[test]
    fn i_refers_to_the_speaker_named_just_before() {
        let text = "Joe: My name is Joseph Worley. I deployed to Iraq on March 1, 2004. \
                    The weather was hot. Worley's unit left in May.";
        let deployed = |v: &str| compare("date Joseph Worley deployed to Iraq", Operator::Eq, v);
        assert_eq!(verdict(text, &deployed("2004-03-01")), Verdict::Supported);
        // `I` is the sentence's own Worley, strongly enough to contradict.
        assert_eq!(verdict(text, &deployed("2005-03-01")), Verdict::Contradicted);
    }

    #[test]
    fn the_tree_reads_negations_that_stand_apart_from_the_verb() {
        // `not` hangs from `does`, which stands for `expect`, whose complement is `release`.
        let text = "Sales rose sharply in the spring. The firm does not, however, expect to release \
                    the new model in the US this year. Prices were cut.";
        let (yes, no) = (
            "The firm expects to release the new model in the US this year.",
            "The firm does not expect to release the new model in the US this year.",
        );
        assert_eq!(verdict(text, &st(yes)), Verdict::Contradicted);
        assert_eq!(verdict(text, &st(no)), Verdict::Supported);
        // On a noun, a negation quantifies it: it says nothing of the verb.
        let text = "One bookmaker has taken five bets on the party to win, with not a single bet of \
                    this size on its rival.";
        assert_eq!(verdict(text, &st("One bookmaker has taken five bets on the party to win.")), Verdict::Supported);
    }

    #[test]
    fn a_clause_verb_the_source_words_otherwise_costs_less() {
        let text = "Fees rose again this year. The online university closed in 2004. It had attracted \
                    only 900 students. Students signed petitions against the fees.";
        let students = |v: &str| compare("students who signed up to the online university", Operator::Eq, v);
        assert_eq!(verdict(text, &students("900")), Verdict::Supported);
    }

    #[test]
    fn a_figure_hanging_from_the_subject_in_the_tree_contradicts_from_fewer_words() {
        // `£14m` is what `went on developing the technology`: two arcs from `developing`.
        let text = "The e-University attracted few students. Some £14m went on developing the \
                    technology. The project was scrapped. Developing new courses took years.";
        let spending = |v: &str| compare("spending on developing the e-University's technology", Operator::Eq, v);
        assert_eq!(verdict(text, &spending("£14m")), Verdict::Supported);
        assert_eq!(verdict(text, &spending("£4.2m")), Verdict::Contradicted);
    }

    #[test]
    fn the_earlier_end_of_a_change_is_not_the_level() {
        let text = "Hiring picked up in October. The jobless rate rose to 5.5% from 5.4% in September, \
                    the Labor Department said. Wages were flat.";
        let rate = |v: &str| compare("jobless rate", Operator::Eq, v);
        assert_eq!(verdict(text, &rate("5.5%")), Verdict::Supported);
        assert_eq!(verdict(text, &rate("5.4%")), Verdict::Contradicted);
        assert_eq!(verdict(text, &compare("previous jobless rate", Operator::Eq, "5.4%")), Verdict::Supported);
        let text = "The department revised the September figure to 139,000 jobs instead of 96,000.";
        let revised = |v: &str| compare("revised September job gain", Operator::Eq, v);
        assert_eq!(verdict(text, &revised("139,000")), Verdict::Supported);
        assert_ne!(verdict(text, &revised("96,000")), Verdict::Supported);
        let text = "Quarterly profit was $2m, down from $5m a year earlier, the bank said.";
        assert_eq!(verdict(text, &compare("quarterly profit", Operator::Eq, "$2m")), Verdict::Supported);
        assert_ne!(verdict(text, &compare("quarterly profit", Operator::Eq, "$5m")), Verdict::Supported);
    }

    #[test]
    fn a_name_hanging_from_the_subjects_head_noun_is_its_value() {
        let text = "Council tax bills rose again this year. The former pope Benedict XVI had aimed to \
                    curb a certain feminist spirit among American nuns. The visitation ended in 2014.";
        let pope = |v: &str| compare("pope who set out to curb a feminist spirit among nuns", Operator::Eq, v);
        assert_eq!(verdict(text, &pope("Benedict XVI")), Verdict::Supported);
        assert_eq!(verdict(text, &pope("John Paul II")), Verdict::Contradicted);
    }

    #[test]
    fn a_name_after_the_head_noun_as_a_title_is_its_value_though_a_word_stands_the_sentence_before() {
        let text = "The Public and Commercial Services union will lead the action. PCS leader Mark \
                    Serwotka warned last week that there could be further walkouts unless there was a \
                    government rethink. Talks ended after 90 minutes.";
        let leader = |v: &str| compare("leader of the PCS union", Operator::Eq, v);
        assert_eq!(verdict(text, &leader("Mark Serwotka")), Verdict::Supported);
        assert_eq!(verdict(text, &leader("Dave Prentis")), Verdict::Contradicted);
    }

    #[test]
    fn a_place_is_read_over_the_and_a_word_for_a_place_and_before_based() {
        let text = "Frank Bruvik set up the site in 2001 while studying computer engineering in the \
                    Norwegian town of Lillehammer. Edinburgh-based developer Rockstar has seen San \
                    Andreas pull in £24m.";
        let town = |v: &str| compare("town where Bruvik was studying", Operator::Eq, v);
        assert_eq!(verdict(text, &town("Lillehammer")), Verdict::Supported);
        assert_eq!(verdict(text, &town("Trondheim")), Verdict::Contradicted);
        let city = |v: &str| compare("home city of San Andreas developer Rockstar", Operator::Eq, v);
        assert_eq!(verdict(text, &city("Glasgow")), Verdict::Contradicted);
    }

    #[test]
    fn a_name_standing_by_the_head_noun_is_the_one_it_gives() {
        let text = "Globally, mobile phone sales passed 167 million in the third quarter of 2004, \
                    according to a recent report from analysts Gartner. The new Cadillac BLS was \
                    unveiled at the Geneva motor show last month.";
        let analysts = |v: &str| compare("analysts who reported global mobile phone sales", Operator::Eq, v);
        assert_eq!(verdict(text, &analysts("Gartner")), Verdict::Supported);
        assert_eq!(verdict(text, &analysts("IDC")), Verdict::Contradicted);
        let show = |v: &str| compare("motor show where the Cadillac BLS was unveiled", Operator::Eq, v);
        assert_eq!(verdict(text, &show("Paris")), Verdict::Contradicted);
    }

    #[test]
    fn a_conversion_in_brackets_does_not_part_a_figure_from_its_noun() {
        let text = "Cost cuts helped the carmaker turn a 684bn yen ($6.4bn) loss in 2000 into a 331bn \
                    yen ($2.7bn) profit the following year.";
        let loss = |v: &str| compare("carmaker's loss in 2000", Operator::Eq, v);
        assert_eq!(verdict(text, &loss("684bn yen")), Verdict::Supported);
        assert_eq!(verdict(text, &loss("$6.4bn")), Verdict::Supported);
        assert_ne!(verdict(text, &loss("$2.7bn")), Verdict::Supported);
    }

    #[test]
    fn any_form_of_a_change_verb_marks_a_change_not_a_level() {
        let text = "Stocks rose on the jobs data, with the main index gaining 45.4 points to 10,360 by \
                    late morning trading.";
        let index = |v: &str| compare("main index by late morning", Operator::Eq, v);
        assert_eq!(verdict(text, &index("10,360")), Verdict::Supported);
    }

    #[test]
    fn a_weak_candidate_stating_the_claimed_figure_supports_but_never_contradicts() {
        // The dinner is named only in the sentence before: too little of the subject to take
        // the sentence's figure, enough to take the claimed one.
        let text = "The Oscars are the film world's biggest night. The first Academy Awards were \
                    handed out in 1929 at a low-key dinner held at the Hollywood Roosevelt Hotel.\n\n\
                    Just 250 guests attended with ticket prices at $5.\n\n\
                    Today more than 3,000 people fill the Kodak Theatre, and tickets cost far more.";
        let guests = |v: &str| compare("guests at the first Academy Awards dinner", Operator::Eq, v);
        assert_eq!(verdict(text, &guests("250")), Verdict::Supported);
        assert_eq!(verdict(text, &guests("300")), Verdict::NotFound);
        // A name of the claim that the source never gives keeps the figure from fitting.
        let text = "A poll of 1,000 voters for the Ashcombe Gazette puts Labour on 38% and the \
                    Conservatives on 33%, with the Liberal Democrats on 14%.";
        let green = compare("Green Party share in the Ashcombe Gazette poll", Operator::Eq, "38%");
        assert_eq!(verdict(text, &green), Verdict::NotFound);
    }

    #[test]
    fn a_negation_said_twice_of_the_same_verb_is_one() {
        let text = "“I don’t regret it, I don’t regret,” local newspapers quote Salinas as saying.";
        assert_eq!(verdict(text, &st("Salinas was quoted as saying she does not regret it.")), Verdict::Supported);
        assert_eq!(verdict(text, &st("Salinas was quoted as saying she regrets it.")), Verdict::Contradicted);
    }

    #[test]
    fn a_statement_with_the_opposite_verb_or_order_is_contradicted() {
        let text = "Sunderland made a loss.\n\nHowever, the club's turnover dropped sharply from £42.5m to \
                    £28.5m over the same period, because of a fall in broadcast revenues.";
        assert_eq!(verdict(text, &st("Sunderland's turnover fell to £28.5 million.")), Verdict::Supported);
        assert_eq!(verdict(text, &st("Sunderland's turnover rose to £28.5 million.")), Verdict::Contradicted);
        let text = "As it transpired, Faircloth withdrew the allegations after Oberst threatened to sue her.";
        assert_eq!(
            verdict(text, &st("Faircloth withdrew the accusations after Oberst threatened to sue her.")),
            Verdict::Supported
        );
        assert_eq!(
            verdict(text, &st("Faircloth withdrew the accusations before Oberst threatened to sue her.")),
            Verdict::Contradicted
        );
        let text = "South Korea will boost state spending next year in an effort to create jobs.";
        assert_eq!(verdict(text, &st("South Korea will cut state spending next year.")), Verdict::Contradicted);
        assert_eq!(verdict(text, &st("South Korea will boost state spending next year.")), Verdict::Supported);
        let text = "São Paulo subway workers voted to suspend their strikes on Monday night.";
        assert_eq!(
            verdict(text, &st("São Paulo subway workers voted on Monday night to continue their strikes.")),
            Verdict::Contradicted
        );
    }

    #[test]
    fn without_denies_what_follows_it() {
        let text = "Talks aimed at averting national strikes over pension reforms have ended without \
                    agreement after 90 minutes.";
        assert_eq!(verdict(text, &st("The pension talks ended in agreement.")), Verdict::Contradicted);
        assert_eq!(verdict(text, &st("The pension talks ended without agreement.")), Verdict::Supported);
    }

    #[test]
    fn a_figure_said_to_move_the_other_way_is_contradicted() {
        let text = "The amount of data that can be stored has grown by 400% in the last three years, \
                    while the cost for every gigabyte has fallen by 80%.";
        let risen = st("The cost of every gigabyte of storage has risen by 80% in the last three years.");
        assert_eq!(
            explained(text, &risen),
            (
                Verdict::Contradicted,
                "the source has `fallen by 80%` where the statement has `risen by 80%`".to_string()
            )
        );
        let fallen = st("The cost of every gigabyte of storage has fallen by 80% in the last three years.");
        assert_eq!(verdict(text, &fallen), Verdict::Supported);
        let compact = |subject: &str| compare(subject, Operator::Eq, "80%");
        assert_eq!(verdict(text, &compact("fall in the cost of a gigabyte")), Verdict::Supported);
        assert_eq!(verdict(text, &compact("rise in the cost of a gigabyte")), Verdict::Contradicted);
    }

    #[test]
    fn a_year_named_relative_to_the_texts_places_its_own_figure() {
        let text = "Overall, the report forecast total growth of 3.6% in 2004 for the 30 member \
                    countries of the OECD, slipping to 2.9% next year before recovering to 3.1% in 2006.";
        let growth = |v: &str| compare("growth forecast for the 30 OECD countries in 2006", Operator::Eq, v);
        assert_eq!(verdict(text, &growth("3.1%")), Verdict::Supported);
        assert_eq!(verdict(text, &growth("2.9%")), Verdict::Contradicted);
        let text = "Iran's Mr Khatami predicted economic growth of 7.1% in 2005-6, up from 6.7% in the current year.";
        let current = |v: &str| compare("Iran's economic growth in the current year", Operator::Eq, v);
        assert_eq!(verdict(text, &current("6.7%")), Verdict::Supported);
        assert_eq!(verdict(text, &current("7.1%")), Verdict::Contradicted);
    }

    #[test]
    fn a_bound_in_a_weak_candidate_supports_no_figure_far_from_it() {
        let text = "Band Aid 20\n\nThe new single is expected to sell at least 300,000 copies by \
                    Sunday. The original version was released in 1984.";
        let sold = |v: &str| compare("copies sold by the original 1984 Band Aid single", Operator::Eq, v);
        assert_eq!(verdict(text, &sold("3 million")), Verdict::NotFound);
    }

    #[test]
    fn a_statement_fusing_facts_rests_on_the_sentences_its_figures_stand_in() {
        let text = "Boeing is to supply Japan Airlines with up to 50 new planes. The deal was \
                    signed in Tokyo. Analysts welcomed the news. The carrier made a firm order for 30 \
                    of the aircraft, at $120m each, with the option to buy 20 more.";
        let fused = st("Boeing is to supply Japan Airlines with up to 50 planes, and the carrier made a \
                        firm order for 30 aircraft at $120m each.");
        assert_eq!(verdict(text, &fused), Verdict::Supported);
        let wrong = st("Boeing is to supply Japan Airlines with up to 50 planes, and the carrier made a \
                        firm order for 40 aircraft at $120m each.");
        assert_ne!(verdict(text, &wrong), Verdict::Supported);
        // A number that counts nothing compares with one after the same word.
        assert_eq!(verdict(text, &st("The carrier made a firm order for 30.")), Verdict::Supported);
        assert_eq!(verdict(text, &st("The carrier made a firm order for 40.")), Verdict::Contradicted);
    }

    #[test]
    fn a_rate_counts_what_the_figure_before_it_counts() {
        let text = "Output at Ashcombe averaged 360 robots a week in the spring of 2015 but dropped to \
                    220 a week over the winter.";
        let dropped = |n: &str| st(&format!("Output at Ashcombe dropped to {n} robots a week over the winter."));
        assert_eq!(verdict(text, &dropped("220")), Verdict::Supported);
        assert_eq!(verdict(text, &dropped("260")), Verdict::Contradicted);
    }

    #[test]
    fn an_age_may_be_named_by_the_word_age_before_it() {
        let text = "Unions want the government to withdraw regulations which would raise the pension \
                    age for council workers from 60 to 65.";
        let age = |v: &str| compare("new pension age for council workers", Operator::Eq, v);
        assert_eq!(verdict(text, &age("65")), Verdict::Supported);
        assert_eq!(verdict(text, &age("67")), Verdict::Contradicted);
    }

    #[test]
    fn pounds_of_a_claim_may_be_sterling() {
        let text = "Frank Allan Bruvik was ordered to pay 100,000 kroner (£8,000) to the music industry.";
        let paid = |v: &str| compare("amount Bruvik was ordered to pay", Operator::Eq, v);
        assert_eq!(verdict(text, &paid("8,000 pounds")), Verdict::Supported);
        assert_eq!(verdict(text, &paid("9,000 pounds")), Verdict::Contradicted);
        let text = "The great white shark weighed 2,000 pounds.";
        assert_eq!(verdict(text, &compare("weight of the shark", Operator::Eq, "2,000 pounds")), Verdict::Supported);
    }

    #[test]
    fn a_level_is_not_the_size_of_a_rise_given_beside_it() {
        let text = "The Department of Work and Pensions destroyed nearly 37,000 files last year - up \
                    22,000 on four years ago when the Act was passed.";
        let rise = |v: &str| compare("rise in the department's file destruction", Operator::Eq, v);
        assert_eq!(verdict(text, &rise("22,000")), Verdict::Supported);
        let files = |v: &str| compare("files the department destroyed last year", Operator::Eq, v);
        assert_eq!(verdict(text, &files("37,000")), Verdict::Supported);
    }

    #[test]
    fn a_figure_written_as_an_age_answers_only_an_age() {
        let text = "The 51-year-old premier has marked another day in the post, with 20 years in \
                    parliament.";
        let years = |v: &str| compare("premier's years in parliament", Operator::Eq, v);
        assert_eq!(verdict(text, &years("20")), Verdict::Supported);
        let days = |v: &str| compare("premier's days in the post", Operator::Eq, v);
        assert_eq!(verdict(text, &days("2,838")), Verdict::NotFound);
        let age = |v: &str| compare("premier's age", Operator::Eq, v);
        assert_eq!(verdict(text, &age("51")), Verdict::Supported);
    }

    #[test]
    fn a_qualifier_right_after_a_figure_places_it() {
        let text = "In addition, the Labor Department revised up the number of jobs created in the two \
                    previous months - to 139,000 in September instead of 96,000, and to 198,000 in \
                    August instead of 128,000.";
        let september = |v: &str| compare("revised September job gain", Operator::Eq, v);
        assert_eq!(verdict(text, &september("139,000")), Verdict::Supported);
        let august = |v: &str| compare("revised August job gain", Operator::Eq, v);
        assert_eq!(verdict(text, &august("198,000")), Verdict::Supported);
    }

    #[test]
    fn a_time_after_a_figure_is_not_what_it_counts() {
        let text = "They suggest the number of hard drives in consumer electronics gadgets could grow \
                    from 17 million last year to 55 million in 2006.";
        let drives = |v: &str| compare("number of hard drives in consumer gadgets in 2006", Operator::Eq, v);
        assert_eq!(verdict(text, &drives("55 million")), Verdict::Supported);
        assert_eq!(verdict(text, &drives("17 million")), Verdict::Contradicted);
    }

    #[test]
    fn the_previous_year_is_the_year_before_the_one_the_sentence_names() {
        let text = "Saab is losing money fast - albeit with losses halved in 2004 to $200m from $500m \
                    the previous year.";
        let loss = |v: &str| compare("Saab's loss in 2003", Operator::Eq, v);
        assert_eq!(verdict(text, &loss("$500m")), Verdict::Supported);
        assert_ne!(verdict(text, &loss("$200m")), Verdict::Supported);
    }

    #[test]
    fn up_against_down_of_a_figure_is_the_opposite() {
        let text = "Other retailers - including HMV, Monsoon and Tesco - reported that festive sales \
                    were well up on last year.";
        assert_eq!(
            verdict(text, &st("Tesco said its festive sales were well down on last year.")),
            Verdict::Contradicted
        );
        assert_eq!(verdict(text, &st("Tesco said its festive sales were well up on last year.")), Verdict::Supported);
        // `up` of a verb says nothing of a figure.
        let text = "Tesco set up a new festive range, and its sales were down on last year.";
        assert_eq!(verdict(text, &st("Tesco said its festive sales were down on last year.")), Verdict::Supported);
    }

    #[test]
    fn a_figure_after_any_form_of_a_change_verb_is_the_change() {
        let text = "The Dow Jones index had risen 20.54 points, or 0.2%, to 10,847.66 by late morning.";
        let level = |v: &str| compare("Dow Jones index level by late morning", Operator::Eq, v);
        assert_eq!(verdict(text, &level("10,847.66")), Verdict::Supported);
        assert_eq!(verdict(text, &level("10,900")), Verdict::Contradicted);
    }

    #[test]
    fn a_superlative_ranked_on_one_side_only_is_contradicted() {
        let text = "France's second largest carmaker enjoyed a healthy 43% rise in net profits.";
        assert_eq!(verdict(text, &st("Renault is France's largest carmaker.")), Verdict::Contradicted);
        assert_eq!(verdict(text, &st("Renault is France's second-largest carmaker.")), Verdict::Supported);
        let text = "Renault is France's largest carmaker, and its interest in Russia grew.";
        assert_eq!(verdict(text, &st("Renault is France's second largest carmaker.")), Verdict::Contradicted);
    }

    #[test]
    fn a_day_without_a_year_says_nothing_of_a_claimed_year() {
        let text = "Prince Charles and Camilla Parker Bowles are to be married on 8 April.";
        let year = |v: &str| compare("year Charles and Camilla Parker Bowles are to be married", Operator::Eq, v);
        assert_eq!(verdict(text, &year("1995")), Verdict::NotFound);
        let day = |v: &str| compare("day Charles and Camilla Parker Bowles are to be married", Operator::Eq, v);
        assert_eq!(verdict(text, &day("8 April 2005")), Verdict::Supported);
    }

    #[test]
    fn a_figure_the_source_gives_another_verb_is_a_neighbours() {
        let text = "The programme is set to close 20% of the group's factories and shed 10% of the workforce.";
        let close = |n: &str| st(&format!("The programme will close {n} of the group's factories."));
        assert_eq!(verdict(text, &close("10%")), Verdict::Contradicted);
        assert_eq!(verdict(text, &close("20%")), Verdict::Supported);
        // Items of a list after one verb are each the verb's.
        let text = "He won the 1998 World Cup and 2000 European Championship with France.";
        assert_eq!(verdict(text, &st("He won the 2000 European Championship with France.")), Verdict::Supported);
    }

    #[test]
    fn a_conversion_in_brackets_is_placed_where_its_figure_stands() {
        let text = "Mr Khatami wanted to increase Iran's 2005-6 budget to 1,546 trillion rials ($175.6bn; \
                    £93.6bn) from the previous year's 1,070 trillion.";
        let budget = |v: &str| compare("size of Iran's 2005-6 budget in sterling", Operator::Eq, v);
        assert_eq!(verdict(text, &budget("£93.6bn")), Verdict::Supported);
        assert_eq!(verdict(text, &budget("£175.6bn")), Verdict::Contradicted);
    }

    #[test]
    fn an_age_beside_the_last_word_of_a_name_is_the_named_one() {
        let text = "Nathaly Cartas Leon, 20, had met Guadalupe Salinas on Facebook.";
        let age = |v: &str| compare("Nathaly Cartas's age", Operator::Eq, v);
        assert_eq!(verdict(text, &age("twenty")), Verdict::Supported);
        assert_eq!(verdict(text, &age("17")), Verdict::Contradicted);
    }

    #[test]
    fn a_figure_the_subject_names_is_not_its_value() {
        let text = "Mr Cable said 40% of all pensioners were now paying marginal tax rates of 50%.";
        let share = |v: &str| compare("proportion of pensioners on 50% marginal tax rates", Operator::Eq, v);
        assert_eq!(verdict(text, &share("40%")), Verdict::Supported);
        assert_eq!(verdict(text, &share("30%")), Verdict::Contradicted);
    }

    #[test]
    fn a_claimed_name_beside_another_that_holds_the_role_is_contradicted() {
        let text = "Photo: Kevin C. Downs. London Rene and Natalie Guercio pose in the office of their \
                    lawyer, Scott Rynecki, in Brooklyn.";
        let lawyer = |v: &str| compare("London Rene's lawyer", Operator::Eq, v);
        assert_eq!(verdict(text, &lawyer("Scott Rynecki")), Verdict::Supported);
        assert_eq!(verdict(text, &lawyer("Natalie Guercio")), Verdict::Contradicted);
    }

    #[test]
    fn an_ordinal_of_the_counted_word_is_the_count_so_far() {
        let text = "Federer beat Hewitt in Houston. His victory proved to be his 13th successive win in \
                    a final, an Open era record, and his 2nd title of the month.";
        let streak = |v: &str| compare("Federer's streak of consecutive wins in finals", Operator::Eq, v);
        assert_eq!(verdict(text, &streak("thirteen")), Verdict::Supported);
        assert_eq!(verdict(text, &streak("11")), Verdict::Contradicted);
        // An ordinal of a name is no count.
        let text = "Some 300 people gathered on 110th Street on Sunday.";
        let vigil = compare("number of people at the Sunday vigil", Operator::Eq, "110");
        assert_ne!(verdict(text, &vigil), Verdict::Supported);
    }

    #[test]
    fn a_bare_number_compares_with_a_quantity_in_the_unit_its_subject_names() {
        let text = "A feature of the event is a view of Carl Roters 40 foot mural above the registration \
                    desk which has been covered with mirrors for the last 37 years.";
        let years = |v: &str| compare("years Carl Roters' mural has been covered with mirrors", Operator::Eq, v);
        assert_eq!(verdict(text, &years("thirty-seven")), Verdict::Supported);
        assert_eq!(verdict(text, &years("40")), Verdict::Contradicted);
    }

    #[test]
    fn a_plural_common_word_opening_a_sentence_names_no_one() {
        let text = "Sean Penn has reportedly popped the question to Charlize Theron.\n\n\
                    Sources claimed that the 54-year-old was keen to take his relationship further.";
        let age = |v: &str| compare("Sean Penn's age", Operator::Eq, v);
        assert_eq!(verdict(text, &age("54")), Verdict::Supported);
    }

    #[test]
    fn an_age_group_states_the_age_a_threshold_names() {
        // `over 16-year-olds` is an age group, and of a threshold (`age above which`) the
        // bound states the threshold itself.
        let text = "The Tories plan health checks for migrants. The tests will include chest X-rays \
                    for TB and tests for hepatitis and HIV for over 16-year-olds.";
        let age = |v: &str| compare("age above which migrants would be tested for HIV", Operator::Eq, v);
        assert_eq!(verdict(text, &age("16")), Verdict::Supported);
        assert_eq!(verdict(text, &age("18")), Verdict::Contradicted);
    }

    #[test]
    fn an_attribute_word_written_inside_a_name_is_part_of_the_name() {
        // `Size` of `Roni Size` is a name, not the attribute `size`.
        let text = "R&B star Beverley Knight said she sang on an anti-gun single.\n\n\
                    Knight and drum 'n' bass star Roni Size have released No More in a bid to reduce \
                    gun use. She said she was horrified by the deaths of two girls.\n\n\
                    Knight said the scale of the problem became clear to her after the 2003 shootings \
                    in Aston.\n\n\
                    \"It haunted me,\" she said. Size became involved after two friends were shot in \
                    his Bristol hometown in October.";
        assert_eq!(verdict(text, &compare("Roni Size's hometown", Operator::Eq, "Bristol")), Verdict::Supported);
    }

    #[test]
    fn a_person_referred_back_to_is_the_one_the_sentence_before_is_about() {
        // `US` names no person, and `the actor` and `the 54-year-old` stand for Penn, the
        // subject, not for Theron.
        let text = "Sean Penn has reportedly popped the question to Charlize Theron.\n\n\
                    The I Am Sam actor is said to have proposed in Paris.\n\n\
                    US sources claimed that the 54-year-old was keen to take his relationship further.";
        assert_eq!(verdict(text, &compare("Sean Penn's age", Operator::Eq, "54")), Verdict::Supported);
        assert_eq!(verdict(text, &compare("Charlize Theron's age", Operator::Eq, "39")), Verdict::NotFound);
    }

    #[test]
    fn a_surname_goes_by_the_one_given_name_the_source_writes_with_it() {
        let text = "Sonia O'Sullivan ran in Athens in August. The crowd was large. Rain fell all week. \
                    It later transpired that Sonia had been suffering from a stomach bug in the 48 hours \
                    before the final.";
        let bug = |v: &str| compare("hours O'Sullivan had a stomach bug before the final", Operator::Eq, v);
        assert_eq!(verdict(text, &bug("48")), Verdict::Supported);
        assert_eq!(verdict(text, &bug("24")), Verdict::Contradicted);
        // Not when the surname goes with two given names.
        let two = "Serena Williams and Venus Williams played in Paris. The crowd was large. Rain fell \
                   all week. Venus had been suffering from a stomach bug in the 48 hours before the final.";
        let williams = compare("hours Williams had a stomach bug before the final", Operator::Eq, "24");
        assert_ne!(verdict(two, &williams), Verdict::Contradicted);
    }

    #[test]
    fn a_statement_naming_another_bowl_is_contradicted() {
        let text = "As No. 4 Ohio State prepares to take on No. 1 Alabama in the Sugar Bowl, Holtz \
                    didn't mind boasting a little.";
        assert_eq!(verdict(text, &st("Ohio State faces Alabama in the Rose Bowl.")), Verdict::Contradicted);
        assert_eq!(verdict(text, &st("Ohio State faces Alabama in the Sugar Bowl.")), Verdict::Supported);
    }

    #[test]
    fn the_part_of_n_of_m_is_what_the_words_after_it_count() {
        let text = "Would you expect to hear that 16 million of the country's 24 million people are \
                    malnourished?";
        let hungry = |v: &str| compare("people in the country said to be malnourished", Operator::Eq, v);
        assert_eq!(verdict(text, &hungry("16 million")), Verdict::Supported);
        assert_eq!(verdict(text, &hungry("24 million")), Verdict::Contradicted);
        let text = "So far 18 of 27 member states have ratified the treaty.";
        let ratified = |v: &str| compare("member states that have ratified the treaty", Operator::Eq, v);
        assert_eq!(verdict(text, &ratified("18")), Verdict::Supported);
        assert_eq!(verdict(text, &ratified("27")), Verdict::Contradicted);
    }

    #[test]
    fn a_statements_figure_is_found_by_its_own_clause_where_its_words_stand_apart() {
        let text = "But virtually no market research was carried out and just £4.2m was spent on \
                    worldwide sales and marketing of courses. Some £14m went on developing the \
                    technology to make the e-University work. This was used by just 200 students, the \
                    rest preferring to work through existing university websites.";
        let spent =
            |v: &str| st(&format!("Some {v} was spent developing the technology, which just 200 students used."));
        assert_eq!(verdict(text, &spent("£14m")), Verdict::Supported);
        assert_ne!(verdict(text, &spent("£4.2m")), Verdict::Supported);
    }

    #[test]
    fn a_figure_set_off_by_commas_after_a_word_is_that_words() {
        let text = "The research revealed that French, 39%, and British, 31%, consumers were most \
                    interested in music players.";
        let french = |v: &str| compare("French consumers interested in music players", Operator::Eq, v);
        assert_eq!(verdict(text, &french("39%")), Verdict::Supported);
        assert_eq!(verdict(text, &french("31%")), Verdict::Contradicted);
    }
}
