//! Linear classifiers over hashed features, and the frozen form the repository commits.
//!
//! A feature is a 32-bit hash of a template and its values; a classifier maps it to a few
//! (class, weight) pairs. The frozen model is an open-addressed table read straight from the
//! bytes `include_bytes!` embeds, so loading costs nothing and needs no run-time file.

/// Scores classes from features: `out[c]` becomes the sum of the weights of `c`.
pub(crate) trait Scorer {
    fn score(&self, features: &[u32], out: &mut [f32]);
}

/// FNV-1a over the bytes of `s`: the stable identity of a string in a feature.
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// One feature: a template number and up to three values, folded to a non-zero 32-bit key.
pub(crate) fn feature(template: u8, a: u64, b: u64, c: u64) -> u32 {
    let mut h = u64::from(template).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x5851_f42d_4c95_7f2d;
    for v in [a, b, c] {
        h ^= v;
        h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h ^= h >> 31;
    }
    let k = (h ^ (h >> 32)) as u32;
    if k == 0 { 1 } else { k }
}

/// A classifier as stored in the model file: an open-addressed table of `capacity` slots
/// (feature key, first entry), and entries of three bytes (class, with the high bit set on a
/// feature's last entry, and an `i16` weight that `scale` turns back into a float).
pub(crate) struct Frozen<'a> {
    classes: usize,
    scale: f32,
    capacity: usize,
    slots: &'a [u8],
    entries: &'a [u8],
}

/// Marks the last entry of a feature.
const LAST: u8 = 0x80;

/// Reads little-endian numbers and byte runs off the front of a slice.
pub(crate) struct Reader<'a> {
    pub(crate) bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.bytes.len() < n {
            return None;
        }
        let (head, tail) = self.bytes.split_at(n);
        self.bytes = tail;
        Some(head)
    }
    pub(crate) fn u32(&mut self) -> Option<u32> {
        self.take(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    pub(crate) fn string(&mut self) -> Option<&'a str> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).ok()
    }
}

/// The slot a key's probe starts at (keys are hashes already, so their bits are spread).
fn home(key: u32, capacity: usize) -> usize {
    ((u64::from(key) * capacity as u64) >> 32) as usize
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    bytes.get(at..at + 4).map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

impl<'a> Frozen<'a> {
    /// Reads one classifier written by `freeze`.
    pub(crate) fn read(r: &mut Reader<'a>) -> Option<Frozen<'a>> {
        let classes = r.u32()? as usize;
        let scale = f32::from_bits(r.u32()?);
        let capacity = r.u32()? as usize;
        let count = r.u32()? as usize;
        if capacity == 0 || classes > usize::from(LAST) {
            return None;
        }
        Some(Frozen { classes, scale, capacity, slots: r.take(capacity * 8)?, entries: r.take(count * 3)? })
    }

    /// The first entry of feature `key`, if the model knows it.
    fn first_entry(&self, key: u32) -> Option<usize> {
        let mut i = home(key, self.capacity);
        // A table is at most 80% full, so a probe ends at an empty slot.
        for _ in 0..self.capacity {
            let k = u32_at(self.slots, i * 8);
            if k == key {
                return Some(u32_at(self.slots, i * 8 + 4) as usize);
            }
            if k == 0 {
                return None;
            }
            i = if i + 1 == self.capacity { 0 } else { i + 1 };
        }
        None
    }
}

impl Scorer for Frozen<'_> {
    fn score(&self, features: &[u32], out: &mut [f32]) {
        out.iter_mut().for_each(|o| *o = 0.0);
        for &f in features {
            let Some(mut e) = self.first_entry(f) else { continue };
            while let Some(b) = self.entries.get(e * 3..e * 3 + 3) {
                let class = usize::from(b[0] & !LAST);
                if class < self.classes && class < out.len() {
                    out[class] += f32::from(i16::from_le_bytes([b[1], b[2]])) * self.scale;
                }
                if b[0] & LAST != 0 {
                    break;
                }
                e += 1;
            }
        }
    }
}

/// Writes averaged weights (feature, class, weight) as a frozen classifier, keeping the
/// `budget` features whose largest weight is largest: the rest change few decisions.
#[cfg(feature = "train")]
pub(crate) fn freeze(
    classes: usize,
    weights: &std::collections::HashMap<u32, Vec<(u8, f32)>>,
    budget: usize,
    out: &mut Vec<u8>,
) {
    let max = weights.values().flatten().map(|(_, w)| w.abs()).fold(0.0f32, f32::max).max(1e-9);
    let scale = max / 32767.0;
    let mut kept: Vec<(u32, Vec<(u8, i16)>)> = weights
        .iter()
        .map(|(&k, ws)| {
            let mut q: Vec<(u8, i16)> =
                ws.iter().map(|&(c, w)| (c, (w / scale).round() as i16)).filter(|&(_, w)| w != 0).collect();
            q.sort_unstable();
            (k, q)
        })
        .filter(|(_, q)| !q.is_empty())
        .collect();
    let strength = |q: &[(u8, i16)]| q.iter().map(|&(_, w)| w.unsigned_abs()).max().unwrap_or(0);
    // Strongest first, the key breaking ties, so the same weights give the same file.
    kept.sort_unstable_by(|a, b| strength(&b.1).cmp(&strength(&a.1)).then(a.0.cmp(&b.0)));
    kept.truncate(budget);
    kept.sort_unstable_by_key(|(k, _)| *k);
    let capacity = (kept.len() * 5 / 4).max(16);
    let mut slots = vec![(0u32, 0u32); capacity];
    let mut entries = Vec::new();
    let mut count = 0u32;
    for (k, q) in &kept {
        let mut i = home(*k, capacity);
        while slots[i].0 != 0 {
            i = if i + 1 == capacity { 0 } else { i + 1 };
        }
        slots[i] = (*k, count);
        for (j, &(c, w)) in q.iter().enumerate() {
            entries.push(if j + 1 == q.len() { c | LAST } else { c });
            entries.extend_from_slice(&w.to_le_bytes());
            count += 1;
        }
    }
    eprintln!("frozen classifier: {classes} classes, {} features, {count} weights", kept.len());
    for v in [classes as u32, scale.to_bits(), capacity as u32, count] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    for (k, s) in slots {
        out.extend_from_slice(&k.to_le_bytes());
        out.extend_from_slice(&s.to_le_bytes());
    }
    out.extend_from_slice(&entries);
}

/// An averaged perceptron under training.
#[cfg(feature = "train")]
pub(crate) struct Perceptron {
    /// The features it may use: those seen often enough in training (all, when `None`).
    allowed: Option<std::collections::HashSet<u32>>,
    weights: std::collections::HashMap<u32, Vec<Weight>>,
    step: u32,
}

#[cfg(feature = "train")]
struct Weight {
    class: u8,
    value: f32,
    total: f32,
    stamp: u32,
}

#[cfg(feature = "train")]
impl Perceptron {
    pub(crate) fn new(allowed: Option<std::collections::HashSet<u32>>) -> Perceptron {
        Perceptron { allowed, weights: std::collections::HashMap::new(), step: 0 }
    }

    /// Counts one training example (for the average), whether or not it updates.
    pub(crate) fn tick(&mut self) {
        self.step += 1;
    }

    /// Moves weight from the wrong class `guess` to the right class `truth`.
    pub(crate) fn update(&mut self, features: &[u32], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let step = self.step;
        for &f in features {
            if self.allowed.as_ref().is_some_and(|a| !a.contains(&f)) {
                continue;
            }
            let ws = self.weights.entry(f).or_default();
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0)] {
                let w = match ws.iter_mut().position(|w| w.class as usize == class) {
                    Some(i) => &mut ws[i],
                    None => {
                        ws.push(Weight { class: class as u8, value: 0.0, total: 0.0, stamp: step });
                        ws.last_mut().expect("just pushed")
                    }
                };
                w.total += (step - w.stamp) as f32 * w.value;
                w.stamp = step;
                w.value += delta;
            }
        }
    }

    /// The averaged weights, as `freeze` takes them.
    pub(crate) fn averaged(&self) -> std::collections::HashMap<u32, Vec<(u8, f32)>> {
        let step = self.step.max(1);
        self.weights
            .iter()
            .map(|(&f, ws)| {
                let avg =
                    ws.iter().map(|w| (w.class, (w.total + (step - w.stamp) as f32 * w.value) / step as f32)).collect();
                (f, avg)
            })
            .collect()
    }
}

#[cfg(feature = "train")]
impl Scorer for Perceptron {
    fn score(&self, features: &[u32], out: &mut [f32]) {
        out.iter_mut().for_each(|o| *o = 0.0);
        for f in features {
            if let Some(ws) = self.weights.get(f) {
                for w in ws {
                    out[w.class as usize] += w.value;
                }
            }
        }
    }
}

/// Scores averaged weights (for evaluating before freezing).
#[cfg(feature = "train")]
pub(crate) struct Averaged(pub(crate) std::collections::HashMap<u32, Vec<(u8, f32)>>);

#[cfg(feature = "train")]
impl Scorer for Averaged {
    fn score(&self, features: &[u32], out: &mut [f32]) {
        out.iter_mut().for_each(|o| *o = 0.0);
        for f in features {
            if let Some(ws) = self.0.get(f) {
                for &(c, w) in ws {
                    out[c as usize] += w;
                }
            }
        }
    }
}
