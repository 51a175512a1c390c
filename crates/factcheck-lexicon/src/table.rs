//! The embedded table (`data/lexicon.txt`, written by `cargo xtask lexicon`) and the lookup
//! structures parsed from it once.
//!
//! The table has one line per lemma, sorted: `lemma TAB pos TAB forms TAB synonyms TAB
//! derivations TAB antonyms` (empty trailing fields left out), where `pos` is letters of `nvar`,
//! `forms` are `form/p` items and the three relations are lemmas, each pair written once on the
//! line of the lemma that sorts first. Parsing makes each relation symmetric again.

use crate::Pos;
use foldhash::HashMap;

/// The table, compiled into the binary: nothing is read from disk at run time.
pub(crate) const TABLE_TEXT: &str = include_str!("../data/lexicon.txt");

/// A lemma's index in [`Table::names`] (the table's line order, which is sorted).
pub(crate) type Id = u32;

/// A set of parts of speech, one bit per [`Pos`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct PosSet(u8);

impl PosSet {
    pub(crate) fn contains(self, pos: Pos) -> bool {
        self.0 & pos.bit() != 0
    }
    pub(crate) fn bits(self) -> u8 {
        self.0
    }
}

/// A symmetric relation between lemmas, as adjacency lists (compressed rows): the lemmas
/// related to `id` are `targets[start[id]..start[id + 1]]`, sorted.
#[derive(Debug, PartialEq)]
pub(crate) struct Relation {
    start: Vec<u32>,
    targets: Vec<Id>,
}

impl Relation {
    /// The relation holding `pairs` in both directions, for `lemmas` lemmas.
    fn symmetric(lemmas: usize, pairs: &[(Id, Id)]) -> Relation {
        let mut degree = vec![0u32; lemmas + 1];
        for &(a, b) in pairs {
            degree[a as usize] += 1;
            degree[b as usize] += 1;
        }
        let mut start = Vec::with_capacity(lemmas + 1);
        let mut total = 0u32;
        for d in &degree {
            start.push(total);
            total += d;
        }
        let mut fill = start.clone();
        let mut targets = vec![0; total as usize];
        for &(a, b) in pairs {
            for (from, to) in [(a, b), (b, a)] {
                targets[fill[from as usize] as usize] = to;
                fill[from as usize] += 1;
            }
        }
        for id in 0..lemmas {
            targets[start[id] as usize..start[id + 1] as usize].sort_unstable();
        }
        Relation { start, targets }
    }

    /// The lemmas related to `id`, sorted.
    pub(crate) fn of(&self, id: Id) -> &[Id] {
        &self.targets[self.start[id as usize] as usize..self.start[id as usize + 1] as usize]
    }

    pub(crate) fn contains(&self, a: Id, b: Id) -> bool {
        self.of(a).binary_search(&b).is_ok()
    }

    /// How many ordered pairs the relation holds (each symmetric pair counts twice).
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.targets.len()
    }
}

/// The parsed table.
#[derive(Debug, PartialEq)]
pub(crate) struct Table {
    /// Lemmas, sorted; a lemma's [`Id`] is its index.
    pub(crate) names: Vec<&'static str>,
    pub(crate) pos: Vec<PosSet>,
    ids: HashMap<&'static str, Id>,
    /// An irregular or listed form (`went`, `children`) -> the lemmas and parts of speech it
    /// is a form of.
    forms: HashMap<&'static str, Vec<(Id, Pos)>>,
    /// Each lemma's irregular or listed forms (`sell` -> `sold`), by [`Id`]: the other way
    /// round, for a matcher that looks a claim word's forms up in a source.
    listed: Vec<Vec<&'static str>>,
    pub(crate) synonyms: Relation,
    pub(crate) derivations: Relation,
    pub(crate) antonyms: Relation,
}

impl Table {
    /// Parses the table's text; an error names the line that is not as the xtask writes it.
    pub(crate) fn parse(text: &'static str) -> Result<Table, String> {
        let lines: Vec<&'static str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        let mut names = Vec::with_capacity(lines.len());
        let mut pos = Vec::with_capacity(lines.len());
        let mut ids = HashMap::with_capacity_and_hasher(lines.len(), Default::default());
        for (i, line) in lines.iter().enumerate() {
            let mut fields = line.split('\t');
            let name = fields.next().filter(|n| !n.is_empty()).ok_or_else(|| format!("line {line:?}: no lemma"))?;
            if names.last().is_some_and(|last| *last >= name) {
                return Err(format!("lemma {name:?} is out of order"));
            }
            let mut set = 0u8;
            for letter in fields.next().unwrap_or_default().chars() {
                set |= Pos::from_letter(letter).ok_or_else(|| format!("{name}: part of speech {letter:?}"))?.bit();
            }
            if set == 0 {
                return Err(format!("{name}: no part of speech"));
            }
            names.push(name);
            pos.push(PosSet(set));
            ids.insert(name, i as Id);
        }

        let id_of =
            |name: &str, line: &str| ids.get(name).copied().ok_or_else(|| format!("{line}: {name:?} is no lemma"));
        let mut forms: HashMap<&'static str, Vec<(Id, Pos)>> = HashMap::default();
        let mut listed: Vec<Vec<&'static str>> = vec![Vec::new(); lines.len()];
        let (mut synonyms, mut derivations, mut antonyms) = (Vec::new(), Vec::new(), Vec::new());
        for (i, line) in lines.iter().enumerate() {
            let i = i as Id;
            let mut fields = line.split('\t').skip(2);
            let mut items = || fields.next().unwrap_or_default().split(' ').filter(|w| !w.is_empty());
            for item in items() {
                let (form, letter) = item.rsplit_once('/').ok_or_else(|| format!("{line}: form {item:?}"))?;
                let p = letter.chars().next().and_then(Pos::from_letter);
                let p = p.ok_or_else(|| format!("{line}: form {item:?}"))?;
                forms.entry(form).or_default().push((i, p));
                if !listed[i as usize].contains(&form) {
                    listed[i as usize].push(form);
                }
            }
            for relation in [&mut synonyms, &mut derivations, &mut antonyms] {
                for name in items() {
                    relation.push((i, id_of(name, line)?));
                }
            }
        }
        let n = names.len();
        Ok(Table {
            synonyms: Relation::symmetric(n, &synonyms),
            derivations: Relation::symmetric(n, &derivations),
            antonyms: Relation::symmetric(n, &antonyms),
            names,
            pos,
            ids,
            forms,
            listed,
        })
    }

    /// The lemma spelt `word` (lower case), if there is one.
    pub(crate) fn id(&self, word: &str) -> Option<Id> {
        self.ids.get(word).copied()
    }

    /// The lemmas that `form` is an irregular or listed form of.
    pub(crate) fn forms_of(&self, form: &str) -> &[(Id, Pos)] {
        self.forms.get(form).map_or(&[], Vec::as_slice)
    }

    /// The irregular or listed forms of lemma `id`.
    pub(crate) fn listed_forms(&self, id: Id) -> &[&'static str] {
        &self.listed[id as usize]
    }

    /// How many form readings the most ambiguous form has (see [`crate::morphy::Readings`]).
    #[cfg(test)]
    pub(crate) fn most_form_readings(&self) -> usize {
        self.forms.values().map(Vec::len).max().unwrap_or(0)
    }
}
