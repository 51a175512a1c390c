//! The dependency parser: arc-hybrid transitions chosen greedily by an averaged perceptron,
//! with the root at the end of the buffer; each arc is labelled when it is made, by a second
//! perceptron that sees the dependent's finished subtree.

use crate::model::{Scorer, feature, hash_str};
use crate::tagger::{Form, NO_TAG, best};

/// No word (an empty slot of the stack or buffer, or a missing child).
pub(crate) const NONE: u32 = u32::MAX;
/// The label number of "no label".
pub(crate) const NO_LABEL: u8 = u8::MAX;

/// Push the next buffer word onto the stack.
pub(crate) const SHIFT: usize = 0;
/// Pop the stack's top, a dependent of the buffer's first word.
pub(crate) const LEFT: usize = 1;
/// Pop the stack's top, a dependent of the word under it.
pub(crate) const RIGHT: usize = 2;
/// How many transitions there are.
pub(crate) const TRANSITIONS: usize = 3;

/// A parse under way. Words are numbered from 0; the root is word `n`.
pub(crate) struct State {
    n: usize,
    pub(crate) stack: Vec<u32>,
    pub(crate) next: u32,
    pub(crate) heads: Vec<u32>,
    pub(crate) labels: Vec<u8>,
    left: Vec<[u32; 2]>,
    right: Vec<[u32; 2]>,
    left_count: Vec<u8>,
    right_count: Vec<u8>,
    label_set: Vec<u64>,
}

impl State {
    pub(crate) fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::with_capacity(n),
            next: 0,
            heads: vec![NONE; n + 1],
            labels: vec![NO_LABEL; n + 1],
            left: vec![[NONE; 2]; n + 1],
            right: vec![[NONE; 2]; n + 1],
            left_count: vec![0; n + 1],
            right_count: vec![0; n + 1],
            label_set: vec![0; n + 1],
        }
    }

    pub(crate) fn done(&self) -> bool {
        self.stack.is_empty() && self.next as usize == self.n
    }

    pub(crate) fn valid(&self, t: usize) -> bool {
        let at_root = self.next as usize == self.n;
        match t {
            SHIFT => !at_root,
            // Only one word may hang from the root: the last one left on the stack.
            LEFT => !self.stack.is_empty() && (!at_root || self.stack.len() == 1),
            RIGHT => self.stack.len() >= 2,
            _ => false,
        }
    }

    /// The head and dependent of the arc transition `t`.
    pub(crate) fn arc(&self, t: usize) -> (u32, u32) {
        let s0 = self.stack[self.stack.len() - 1];
        match t {
            LEFT => (self.next, s0),
            _ => (self.stack[self.stack.len() - 2], s0),
        }
    }

    pub(crate) fn apply(&mut self, t: usize, label: u8) {
        if t == SHIFT {
            self.stack.push(self.next);
            self.next += 1;
            return;
        }
        let (h, d) = self.arc(t);
        self.stack.pop();
        let (hu, du) = (h as usize, d as usize);
        self.heads[du] = h;
        self.labels[du] = label;
        if label != NO_LABEL {
            self.label_set[hu] |= 1 << (label % 64);
        }
        if d < h {
            // A new left dependent is the leftmost so far (arcs to the left come nearest first).
            self.left[hu] = [d, self.left[hu][0]];
            self.left_count[hu] = self.left_count[hu].saturating_add(1);
        } else {
            self.right[hu] = [d, self.right[hu][0]];
            self.right_count[hu] = self.right_count[hu].saturating_add(1);
        }
    }

    fn s(&self, i: usize) -> u32 {
        if self.stack.len() > i { self.stack[self.stack.len() - 1 - i] } else { NONE }
    }

    fn b(&self, i: usize) -> u32 {
        let j = self.next as usize + i;
        if j <= self.n { j as u32 } else { NONE }
    }

    /// What the cost of each transition is against the gold heads `gold` (root = `n`).
    #[cfg(feature = "train")]
    pub(crate) fn cost(&self, t: usize, gold: &[u32]) -> usize {
        let s0 = self.s(0);
        let b = self.next;
        let in_buffer = |k: u32| k >= b && k != NONE;
        let deps_in_buffer = |x: u32| (b as usize..self.n).filter(|&d| gold[d] == x).count();
        match t {
            LEFT => {
                let h = gold[s0 as usize];
                let lost_head = h != b && (h == self.s(1) || in_buffer(h));
                usize::from(lost_head) + deps_in_buffer(s0)
            }
            RIGHT => usize::from(in_buffer(gold[s0 as usize])) + deps_in_buffer(s0),
            _ => {
                let below = &self.stack[..self.stack.len().saturating_sub(1)];
                let head_lost = below.contains(&gold[b as usize]);
                usize::from(head_lost) + self.stack.iter().filter(|&&k| gold[k as usize] == b).count()
            }
        }
    }
}

/// A word's form and tag as the parser sees them; the root and empty slots have their own.
struct Seen {
    w: u64,
    t: u64,
}

fn seen(forms: &[Form], tags: &[u8], i: u32) -> Seen {
    if i == NONE {
        return Seen { w: 1, t: u64::from(NO_TAG) + 1 };
    }
    match forms.get(i as usize) {
        Some(f) => Seen { w: f.lower, t: u64::from(tags[i as usize]) },
        None => Seen { w: 2, t: u64::from(NO_TAG) + 2 },
    }
}

fn bucket(d: u32) -> u64 {
    match d {
        0..=4 => u64::from(d),
        5..=7 => 5,
        8..=12 => 6,
        _ => 7,
    }
}

/// The transition features of a state.
pub(crate) fn features(st: &State, forms: &[Form], tags: &[u8], out: &mut Vec<u32>) {
    let (s0i, s1i, s2i, b0i, b1i, b2i) = (st.s(0), st.s(1), st.s(2), st.b(0), st.b(1), st.b(2));
    let child = |i: u32, side: usize, k: usize| -> u32 {
        if i == NONE {
            return NONE;
        }
        if side == 0 { st.left[i as usize][k] } else { st.right[i as usize][k] }
    };
    let label = |i: u32| -> u64 { if i == NONE { 300 } else { u64::from(st.labels[i as usize]) } };
    let v = |i: u32| seen(forms, tags, i);
    let (s0, s1, s2, b0, b1, b2) = (v(s0i), v(s1i), v(s2i), v(b0i), v(b1i), v(b2i));
    let (s0l, s0r, s1l, s1r, b0l) =
        (child(s0i, 0, 0), child(s0i, 1, 0), child(s1i, 0, 0), child(s1i, 1, 0), child(b0i, 0, 0));
    let (s0l2, s0r2, b0l2) = (child(s0i, 0, 1), child(s0i, 1, 1), child(b0i, 0, 1));
    let (ts0l, ts0r, ts1l, ts1r, tb0l) = (v(s0l).t, v(s0r).t, v(s1l).t, v(s1r).t, v(b0l).t);
    let dist = |a: u32, b: u32| if a == NONE || b == NONE { 9 } else { bucket(b.abs_diff(a)) };
    let d0 = dist(s0i, b0i);
    let d1 = dist(s1i, s0i);
    let count = |i: u32, side: usize| -> u64 {
        if i == NONE {
            return 9;
        }
        u64::from(if side == 0 { st.left_count[i as usize] } else { st.right_count[i as usize] })
    };
    let set = |i: u32| if i == NONE { 0 } else { st.label_set[i as usize] };
    let before = |i: u32| if i == NONE || i == 0 { NONE } else { i - 1 };
    let after = |i: u32| if i == NONE { NONE } else { i + 1 };
    out.clear();
    out.extend([
        feature(0, 0, 0, 0),
        feature(1, s0.w, 0, 0),
        feature(2, s0.t, 0, 0),
        feature(3, s0.w, s0.t, 0),
        feature(4, s1.w, 0, 0),
        feature(5, s1.t, 0, 0),
        feature(6, s1.w, s1.t, 0),
        feature(7, b0.w, 0, 0),
        feature(8, b0.t, 0, 0),
        feature(9, b0.w, b0.t, 0),
        feature(10, b1.w, 0, 0),
        feature(11, b1.t, 0, 0),
        feature(12, b1.w, b1.t, 0),
        feature(13, b2.t, 0, 0),
        feature(14, s2.t, 0, 0),
        // Pairs: the two arcs arc-hybrid can make are s0-b0 and s1-s0.
        feature(15, s0.w, s0.t, b0.w ^ (b0.t << 40)),
        feature(16, s0.w, s0.t, b0.w),
        feature(17, s0.w, b0.w, b0.t),
        feature(18, s0.w, s0.t, b0.t),
        feature(19, s0.t, b0.w, b0.t),
        feature(20, s0.w, b0.w, 0),
        feature(21, s0.t, b0.t, 0),
        feature(22, b0.t, b1.t, 0),
        feature(23, s1.w, s1.t, s0.w ^ (s0.t << 40)),
        feature(24, s1.w, s1.t, s0.t),
        feature(25, s1.t, s0.w, s0.t),
        feature(26, s1.w, s0.w, 0),
        feature(27, s1.t, s0.t, 0),
        feature(28, s1.t, b0.t, 0),
        feature(29, s1.w, b0.w, 0),
        // Triples of tags.
        feature(30, b0.t, b1.t, b2.t),
        feature(31, s0.t, b0.t, b1.t),
        feature(32, s1.t, s0.t, b0.t),
        feature(33, s2.t, s1.t, s0.t),
        feature(34, s0.t, ts0l, b0.t),
        feature(35, s0.t, ts0r, b0.t),
        feature(36, s0.t, b0.t, tb0l),
        feature(37, s1.t, s0.t, ts0l),
        feature(38, s1.t, s0.t, ts0r),
        feature(39, s1.t, ts1r, s0.t),
        feature(40, s1.t, ts1l, s0.t),
        feature(41, s0.t, ts0l, v(s0l2).t),
        feature(42, s0.t, ts0r, v(s0r2).t),
        feature(43, b0.t, tb0l, v(b0l2).t),
        // Distances.
        feature(44, s0.w, d0, 0),
        feature(45, s0.t, d0, 0),
        feature(46, b0.w, d0, 0),
        feature(47, b0.t, d0, 0),
        feature(48, s0.t, b0.t, d0),
        feature(49, s1.t, s0.t, d1),
        feature(50, s1.w, s0.w, d1),
        // Valency and labels of the children.
        feature(51, s0.w, count(s0i, 0), count(s0i, 1)),
        feature(52, s0.t, count(s0i, 0), count(s0i, 1)),
        feature(53, s1.t, count(s1i, 0), count(s1i, 1)),
        feature(54, b0.t, count(b0i, 0), 0),
        feature(55, s0.t, label(s0l), label(s0r)),
        feature(56, s1.t, label(s1l), label(s1r)),
        feature(57, b0.t, label(b0l), label(b0l2)),
        feature(58, s0.w, set(s0i), 0),
        feature(59, s1.t, set(s1i), s0.t),
        feature(60, b0.t, set(b0i), s0.t),
        feature(61, s0.w, label(s0r), b0.t),
        feature(62, v(s0l).w, s0.t, 0),
        feature(63, v(b0l).w, b0.t, 0),
        // The words around the stack's top two in the sentence, and more of the buffer.
        feature(64, s0.t, v(before(s0i)).t, v(after(s0i)).t),
        feature(65, s0.t, v(after(s0i)).t, b0.t),
        feature(66, s1.t, v(before(s1i)).t, v(after(s1i)).t),
        feature(67, s1.t, v(after(s1i)).t, s0.t),
        feature(68, s0.t, v(before(s0i)).t, s1.t),
        feature(69, b0.t, v(before(b0i)).t, s0.t),
        feature(70, b0.w, b1.w, 0),
        feature(71, b1.w, b2.w, b0.t),
        feature(72, s1.w, ts1r, ts1l),
        feature(73, s1.t ^ (s0.t << 8), b0.t, b1.t),
        feature(74, s1.t, b0.t, dist(s1i, b0i)),
        feature(75, s0.w, s1.t, b0.t),
    ]);
}

/// The features that label the arc from `h` to `d` at the moment it is made.
pub(crate) fn label_features(st: &State, forms: &[Form], tags: &[u8], h: u32, d: u32, out: &mut Vec<u32>) {
    let v = |i: u32| seen(forms, tags, i);
    let (hs, ds) = (v(h), v(d));
    let dir = u64::from(d < h);
    let dist = bucket(h.abs_diff(d));
    let dl = st.left[d as usize][0];
    let dr = st.right[d as usize][0];
    let label = |i: u32| -> u64 { if i == NONE { 300 } else { u64::from(st.labels[i as usize]) } };
    let before = if d == 0 { NONE } else { d - 1 };
    let after = if (d as usize) + 1 < forms.len() { d + 1 } else { NONE };
    let hl = st.left[h as usize][0];
    out.clear();
    out.extend([
        feature(100, 0, 0, 0),
        feature(101, ds.w, 0, 0),
        feature(102, ds.t, dir, 0),
        feature(103, hs.w, 0, 0),
        feature(104, hs.t, ds.t, dir),
        feature(105, hs.w, ds.t, dir),
        feature(106, hs.t, ds.w, dir),
        feature(107, hs.w, ds.w, 0),
        feature(108, ds.t, dir, dist),
        feature(109, hs.t, ds.t, dist ^ (dir << 8)),
        feature(110, ds.t, v(dl).t, label(dl)),
        feature(111, ds.t, v(dr).t, label(dr)),
        feature(112, ds.t, st.label_set[d as usize], 0),
        feature(113, ds.w, v(dl).w, 0),
        feature(114, hs.t, ds.t, v(before).t),
        feature(115, hs.t, ds.t, v(after).t),
        feature(116, ds.w, v(before).w, 0),
        feature(117, hs.t, label(hl), dir),
        feature(118, hs.t, st.label_set[h as usize], ds.t),
        feature(119, ds.w, hs.t, u64::from(st.left_count[d as usize]) << 8 | u64::from(st.right_count[d as usize])),
        feature(120, hash_str("root-arc") ^ u64::from(h as usize == forms.len()), ds.t, 0),
    ]);
}

/// Parses tagged words: the head of each word (`n` is the root) and its label number.
pub(crate) fn parse(
    transitions: &dyn Scorer,
    labeller: &dyn Scorer,
    labels: usize,
    forms: &[Form],
    tags: &[u8],
) -> State {
    let n = forms.len();
    let mut st = State::new(n);
    let mut feats = Vec::new();
    let mut scores = [0.0f32; TRANSITIONS];
    let mut label_scores = vec![0.0f32; labels];
    while !st.done() {
        features(&st, forms, tags, &mut feats);
        transitions.score(&feats, &mut scores);
        let t = (0..TRANSITIONS)
            .filter(|&t| st.valid(t))
            .fold(None, |b: Option<usize>, t| match b {
                Some(b) if scores[b] >= scores[t] => Some(b),
                _ => Some(t),
            })
            .unwrap_or(SHIFT);
        let label = if t == SHIFT {
            NO_LABEL
        } else {
            let (h, d) = st.arc(t);
            label_features(&st, forms, tags, h, d, &mut feats);
            labeller.score(&feats, &mut label_scores);
            best(&label_scores) as u8
        };
        st.apply(t, label);
    }
    st
}
