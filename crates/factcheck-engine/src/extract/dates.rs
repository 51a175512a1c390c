//! Dates: `July 9`, `9 July 2024`, `Feb. 24, 2022`, `February 2022`, years, ranges of days,
//! ISO and numeric dates.

use super::Reader;
use super::lexicon::{CURRENCY_NAMES, MONTHS, SCALES, UNITS};
use super::lookup;
use factcheck_core::DateValue;
use jiff::civil::Date;

impl Reader<'_> {
    /// A day of a month (`9`, `9th`), returning the day and the index after it.
    pub(super) fn day(&self, i: usize) -> Option<(i8, usize)> {
        let n = self.integer(i)?;
        if !(1..=31).contains(&n) || self.raw(i).len() > 2 {
            return None;
        }
        let mut next = i + 1;
        if self.adjacent(i, next) && matches!(self.word(next), Some("st" | "nd" | "rd" | "th")) {
            next += 1;
        }
        Some((n as i8, next))
    }

    /// A four-digit year.
    pub(super) fn year(&self, i: usize) -> Option<i16> {
        let n = self.integer(i)?;
        (self.raw(i).len() == 4 && (1000..=2999).contains(&n)).then_some(n as i16)
    }

    /// A month name at `i`, returning the month and the index after it (and its period).
    pub(super) fn month(&self, i: usize) -> Option<(i8, usize)> {
        let w = self.word(i)?;
        let m = lookup(MONTHS, w)?;
        let raw = self.raw(i);
        let mut next = i + 1;
        let abbreviated = w.len() <= 4 && !matches!(w, "may" | "june" | "july");
        if abbreviated && self.punct(next) == Some('.') && self.adjacent(i, next) {
            next += 1;
        }
        // `may` and `march` are verbs too: only a capitalised one is a month, unless the text
        // has no case at all.
        if matches!(w, "may" | "march" | "mar") && !self.uncased && !raw.starts_with(char::is_uppercase) {
            return None;
        }
        Some((m, next))
    }

    pub(super) fn date_at(&self, i: usize) -> Option<(DateValue, usize)> {
        if let Some(found) = self.iso_date(i).or_else(|| self.slash_date(i)) {
            return Some(found);
        }
        if let Some((month, after_month)) = self.month(i) {
            // Month day[-day][, year]
            if let Some((day, mut next)) = self.day(after_month)
                && !matches!(self.word(next), Some(w) if lookup(SCALES, w).is_some() || lookup(UNITS, w).is_some())
                && self.punct(next) != Some('%')
            {
                let mut last = day;
                if let Some((d2, n2)) = self.range_day(next, day) {
                    last = d2;
                    next = n2;
                }
                let comma = usize::from(self.punct(next) == Some(','));
                if let Some(year) = self.year(next + comma) {
                    return Some((span(year, month, day, last)?, next + comma + 1));
                }
                return Some((DateValue::Yearless { month, first_day: day, last_day: last }, next));
            }
            // Month [,|of] year
            let gap = usize::from(self.punct(after_month) == Some(',') || self.word(after_month) == Some("of"));
            if let Some(year) = self.year(after_month + gap) {
                return Some((span(year, month, 1, 31)?, after_month + gap + 1));
            }
            // A bare month after a preposition (`in July`), or as a whole claim value.
            let before = i.checked_sub(1).and_then(|b| self.word(b));
            let after_preposition = matches!(
                before,
                Some(
                    "in" | "since"
                        | "until"
                        | "till"
                        | "by"
                        | "from"
                        | "during"
                        | "through"
                        | "early"
                        | "late"
                        | "mid"
                        | "last"
                        | "next"
                        | "this"
                        | "before"
                        | "after"
                        | "of"
                )
            );
            if (self.literal || after_preposition) && self.tok(i).is_some_and(|t| t.norm.len() > 3 || self.literal) {
                return Some((DateValue::Yearless { month, first_day: 1, last_day: 31 }, after_month));
            }
            return None;
        }
        // day[-day] [of] Month [year]
        if let Some((day, next)) = self.day(i) {
            let (last, next) = self.range_day(next, day).unwrap_or((day, next));
            let of = usize::from(self.word(next) == Some("of"));
            if let Some((month, after_month)) = self.month(next + of) {
                let comma = usize::from(self.punct(after_month) == Some(','));
                if let Some(year) = self.year(after_month + comma) {
                    return Some((span(year, month, day, last)?, after_month + comma + 1));
                }
                return Some((DateValue::Yearless { month, first_day: day, last_day: last }, after_month));
            }
        }
        // A year on its own.
        let year = self.year(i)?;
        if !(1800..=2100).contains(&year) {
            return None;
        }
        let next = i + 1;
        // `1980s` is a decade, `2011 dollars` or `2011%` are not years.
        if self.adjacent(i, next) && self.word(next).is_some() {
            return None;
        }
        if let Some(w) = self.word(next)
            && (lookup(SCALES, w).is_some()
                || lookup(CURRENCY_NAMES, w).is_some()
                || lookup(UNITS, w).is_some()
                || matches!(w, "percent" | "per" | "pct"))
        {
            return None;
        }
        if self.punct(next) == Some('%') || (i > 0 && self.currency_before(i - 1).is_some()) {
            return None;
        }
        if self.punct(next) == Some(',') && self.integer(next + 1).is_some() && self.adjacent(i, next) {
            return None;
        }
        span(year, 1, 1, 31).map(|_| {
            let start = Date::new(year, 1, 1).ok();
            let end = Date::new(year, 12, 31).ok();
            (DateValue::Span { start: start.unwrap_or_default(), end: end.unwrap_or_default() }, next)
        })
    }

    /// `-16`, `and 16`, `to 16`, `through 16` after a day: the last day of a range.
    pub(super) fn range_day(&self, i: usize, first: i8) -> Option<(i8, usize)> {
        let joined = self.is_dash(i) || matches!(self.word(i), Some("and" | "to" | "through" | "until"));
        if !joined {
            return None;
        }
        let (d2, next) = self.day(i + 1)?;
        // `June 15 and 16 people` is not a range of days.
        if d2 <= first
            || matches!(self.word(next), Some(w) if lookup(UNITS, w).is_some() || lookup(SCALES, w).is_some())
        {
            return None;
        }
        Some((d2, next))
    }

    /// `7/9/2024` (month first, as in US news) and `2024/07/09`.
    pub(super) fn slash_date(&self, i: usize) -> Option<(DateValue, usize)> {
        if !(self.punct(i + 1) == Some('/')
            && self.punct(i + 3) == Some('/')
            && (i..i + 4).all(|k| self.adjacent(k, k + 1)))
        {
            return None;
        }
        let (a, b, c) = (self.integer(i)?, self.integer(i + 2)?, self.integer(i + 4)?);
        let (year, month, day) = if self.raw(i).len() == 4 {
            (a, b, c)
        } else if self.raw(i + 4).len() == 4 {
            (c, a, b)
        } else if self.raw(i + 4).len() == 2 {
            (2000 + c, a, b)
        } else {
            return None;
        };
        let date = Date::new(i16::try_from(year).ok()?, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
        Some((DateValue::Span { start: date, end: date }, i + 5))
    }

    /// `2024-07-09`.
    pub(super) fn iso_date(&self, i: usize) -> Option<(DateValue, usize)> {
        let year = self.year(i)?;
        if !(self.is_dash(i + 1) && self.is_dash(i + 3) && (i..i + 4).all(|k| self.adjacent(k, k + 1))) {
            return None;
        }
        if self.raw(i + 2).len() != 2 || self.raw(i + 4).len() != 2 {
            return None;
        }
        let month = self.integer(i + 2)? as i8;
        let day = self.integer(i + 4)? as i8;
        let date = Date::new(year, month, day).ok()?;
        Some((DateValue::Span { start: date, end: date }, i + 5))
    }
}

/// The span of days `first..=last` of `month` in `year`; `None` for days that do not exist.
fn span(year: i16, month: i8, first: i8, last: i8) -> Option<DateValue> {
    let start = Date::new(year, month, first).ok()?;
    let last = if last == 31 { start.days_in_month() } else { last };
    let end = Date::new(year, month, last).ok()?;
    Some(DateValue::Span { start, end })
}
