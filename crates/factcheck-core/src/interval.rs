//! Intervals of decimal numbers: every figure is a range given by its precision and qualifiers.

use rust_decimal::Decimal;
use std::fmt;

/// One end of an [`Interval`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// No limit on this side (`more than 40` has no upper bound).
    Unbounded,
    /// The end point belongs to the interval.
    Inclusive(Decimal),
    /// The end point does not belong to the interval.
    Exclusive(Decimal),
}

impl Bound {
    fn value(self) -> Option<Decimal> {
        match self {
            Bound::Unbounded => None,
            Bound::Inclusive(v) | Bound::Exclusive(v) => Some(v),
        }
    }

    fn map(self, f: impl FnOnce(Decimal) -> Decimal) -> Bound {
        match self {
            Bound::Unbounded => Bound::Unbounded,
            Bound::Inclusive(v) => Bound::Inclusive(f(v)),
            Bound::Exclusive(v) => Bound::Exclusive(f(v)),
        }
    }
}

/// A range of decimal numbers, possibly open on either side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    /// The lower end.
    pub low: Bound,
    /// The upper end.
    pub high: Bound,
}

impl Interval {
    /// The single number `v`.
    pub fn point(v: Decimal) -> Interval {
        Interval { low: Bound::Inclusive(v), high: Bound::Inclusive(v) }
    }

    /// `[center - half, center + half)`: the numbers that round to `center` at a precision of
    /// `2 * half`. Half-open so that neighbouring roundings (`3` and `4`) do not overlap.
    pub fn rounded(center: Decimal, half: Decimal) -> Interval {
        if half.is_zero() {
            return Interval::point(center);
        }
        Interval { low: Bound::Inclusive(center - half), high: Bound::Exclusive(center + half) }
    }

    /// `[low, high]`.
    pub fn closed(low: Decimal, high: Decimal) -> Interval {
        Interval { low: Bound::Inclusive(low), high: Bound::Inclusive(high) }
    }

    /// The lower end as a number, `None` when unbounded.
    pub fn low_value(&self) -> Option<Decimal> {
        self.low.value()
    }

    /// The upper end as a number, `None` when unbounded.
    pub fn high_value(&self) -> Option<Decimal> {
        self.high.value()
    }

    /// True when the two intervals share at least one number.
    pub fn overlaps(&self, other: &Interval) -> bool {
        // The intersection is [max(lows), min(highs)]; it is empty when the larger low is above
        // the smaller high, or equal to it with either end excluded.
        let low = max_low(self.low, other.low);
        let high = min_high(self.high, other.high);
        match (low, high) {
            (Bound::Unbounded, _) | (_, Bound::Unbounded) => true,
            (l, h) => {
                let (lv, hv) = (l.value().unwrap_or_default(), h.value().unwrap_or_default());
                lv < hv || (lv == hv && matches!(l, Bound::Inclusive(_)) && matches!(h, Bound::Inclusive(_)))
            }
        }
    }

    /// True when every number of `other` is in `self`.
    pub fn contains(&self, other: &Interval) -> bool {
        max_low(self.low, other.low) == other.low && min_high(self.high, other.high) == other.high
    }

    /// Widened by `amount` on both sides (an absolute tolerance).
    pub fn widen(&self, amount: Decimal) -> Interval {
        Interval { low: self.low.map(|v| v - amount), high: self.high.map(|v| v + amount) }
    }

    /// Widened on both sides by `fraction` of each end's magnitude (a relative tolerance).
    pub fn widen_relative(&self, fraction: Decimal) -> Interval {
        Interval { low: self.low.map(|v| v - v.abs() * fraction), high: self.high.map(|v| v + v.abs() * fraction) }
    }

    /// Every end multiplied by `factor` (a positive scale such as a million).
    pub fn scale(&self, factor: Decimal) -> Interval {
        Interval { low: self.low.map(|v| v * factor), high: self.high.map(|v| v * factor) }
    }
}

fn max_low(a: Bound, b: Bound) -> Bound {
    match (a, b) {
        (Bound::Unbounded, x) | (x, Bound::Unbounded) => x,
        (x, y) => {
            let (xv, yv) = (x.value().unwrap_or_default(), y.value().unwrap_or_default());
            if xv > yv || (xv == yv && matches!(x, Bound::Exclusive(_))) { x } else { y }
        }
    }
}

fn min_high(a: Bound, b: Bound) -> Bound {
    match (a, b) {
        (Bound::Unbounded, x) | (x, Bound::Unbounded) => x,
        (x, y) => {
            let (xv, yv) = (x.value().unwrap_or_default(), y.value().unwrap_or_default());
            if xv < yv || (xv == yv && matches!(x, Bound::Exclusive(_))) { x } else { y }
        }
    }
}

/// Writes a decimal with thousands separators and without trailing zeros: `12,100,000,000`.
pub fn format_decimal(v: Decimal) -> String {
    let v = v.normalize();
    let s = v.abs().to_string();
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s, None),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if v.is_sign_negative() && !v.is_zero() { "-" } else { "" };
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.low == self.high
            && let Bound::Inclusive(v) = self.low
        {
            return write!(f, "{}", format_decimal(v));
        }
        match self.low {
            Bound::Unbounded => write!(f, "(-inf")?,
            Bound::Inclusive(v) => write!(f, "[{}", format_decimal(v))?,
            Bound::Exclusive(v) => write!(f, "({}", format_decimal(v))?,
        }
        write!(f, ", ")?;
        match self.high {
            Bound::Unbounded => write!(f, "inf)"),
            Bound::Inclusive(v) => write!(f, "{}]", format_decimal(v)),
            Bound::Exclusive(v) => write!(f, "{})", format_decimal(v)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn neighbouring_roundings_do_not_overlap() {
        let three = Interval::rounded(dec!(3), dec!(0.5));
        let four = Interval::rounded(dec!(4), dec!(0.5));
        assert!(!three.overlaps(&four));
        assert!(!four.overlaps(&three));
        assert!(three.overlaps(&Interval::point(dec!(3.2))));
    }

    #[test]
    fn precision_intervals_overlap_across_notations() {
        // $12.1 billion against USD 12,100 million.
        let billions = Interval::rounded(dec!(12.1), dec!(0.05)).scale(dec!(1000000000));
        let millions = Interval::rounded(dec!(12100), dec!(0.5)).scale(dec!(1000000));
        assert!(billions.overlaps(&millions));
        assert!(billions.contains(&millions));
        assert!(!millions.contains(&billions));
    }

    #[test]
    fn open_intervals() {
        let more_than_40 = Interval { low: Bound::Exclusive(dec!(40)), high: Bound::Unbounded };
        assert!(more_than_40.overlaps(&Interval::point(dec!(41))));
        assert!(!more_than_40.overlaps(&Interval::point(dec!(40))));
        assert!(more_than_40.overlaps(&Interval::closed(dec!(30), dec!(40.5))));
    }

    #[test]
    fn tolerance_widens() {
        let fifteen = Interval::point(dec!(15));
        assert!(!fifteen.overlaps(&Interval::point(dec!(15.5))));
        assert!(fifteen.widen(dec!(0.5)).overlaps(&Interval::point(dec!(15.5))));
        assert!(fifteen.widen_relative(dec!(0.05)).overlaps(&Interval::point(dec!(15.7))));
        assert!(!fifteen.widen_relative(dec!(0.05)).overlaps(&Interval::point(dec!(15.8))));
    }

    #[test]
    fn formats_with_separators() {
        assert_eq!(format_decimal(dec!(12100000000)), "12,100,000,000");
        assert_eq!(format_decimal(dec!(12.50)), "12.5");
        assert_eq!(format_decimal(dec!(-1234.5)), "-1,234.5");
        assert_eq!(Interval::rounded(dec!(12), dec!(0.5)).to_string(), "[11.5, 12.5)");
    }
}
