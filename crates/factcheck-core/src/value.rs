//! Typed values: what a claim asserts and what a source states, each as an interval.

use crate::interval::{Interval, format_decimal};
use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;
use std::fmt;

/// A figure with its point value and the interval its precision and qualifiers allow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amount {
    /// The figure as written, scaled (`$12.1 billion` is 12,100,000,000).
    pub value: Decimal,
    /// The numbers the figure stands for (`$12.1 billion` is [12.05, 12.15) billion).
    pub interval: Interval,
}

impl Amount {
    /// An amount known exactly.
    pub fn exact(value: Decimal) -> Amount {
        Amount { value, interval: Interval::point(value) }
    }
}

/// A date, a range of dates, a month or a year; or a day of a month whose year is not given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateValue {
    /// Every day from `start` to `end`, both included.
    Span {
        /// The first day.
        start: Date,
        /// The last day.
        end: Date,
    },
    /// Days of a month in a year not given (`July 9`, `June 15 and 16`, `in July`).
    Yearless {
        /// The month, 1 to 12.
        month: i8,
        /// The first day of the month meant.
        first_day: i8,
        /// The last day of the month meant.
        last_day: i8,
    },
    /// Days from one month to another in a year not given (`from August to October`, `between
    /// January 1st and April 5th`, `from the end of March to mid-September`). An end month
    /// before the start month is in the next year (`from November to February`). A last day of
    /// 31 is the end month's last day, whatever its length.
    YearlessSpan {
        /// The first month, 1 to 12.
        start_month: i8,
        /// The first day of the first month.
        start_day: i8,
        /// The last month, 1 to 12, not the start month.
        end_month: i8,
        /// The last day of the last month.
        end_day: i8,
    },
    /// A fiscal year (`fiscal 2015`, `FY2023`, `FY23`, `the 2015 fiscal year`). Its first and
    /// last days depend on the organisation (July to June, October to September, April to
    /// March, ...), so it is never compared with calendar dates: it matches only a fiscal year,
    /// by its number.
    Fiscal {
        /// The year the organisation names it by.
        year: i16,
    },
}

impl DateValue {
    /// Gives a yearless date a year from `as_of`, the date its text was written: the same year
    /// (`July 9` in a May 2024 article is 2024-07-09; `March 8` in a December 2014 one is
    /// 2014-03-08), unless that puts it more than 320 days away while the year before or after
    /// puts it within 92 days (`December 20` in a text of 5 January 2025 is 2024-12-20).
    /// Dates with a year are returned unchanged.
    /// A yearless span across months is the one around `as_of` when `as_of` falls in one
    /// (`from November to February` in a text of January 2025 is 2024-11-01..2025-02-28),
    /// otherwise by its first day as a yearless date is.
    pub fn resolve(self, as_of: Option<Date>) -> DateValue {
        if let (DateValue::YearlessSpan { .. }, Some(as_of)) = (self, as_of) {
            return self.resolve_span(as_of);
        }
        let (DateValue::Yearless { month, first_day, last_day }, Some(as_of)) = (self, as_of) else {
            return self;
        };
        let distance = |span: &DateValue| match span {
            DateValue::Span { start, .. } => (*start - as_of).get_days().abs(),
            _ => i32::MAX,
        };
        let Some(same) = yearless_in(as_of.year(), month, first_day, last_day) else { return self };
        if distance(&same) <= 320 {
            return same;
        }
        [as_of.year() - 1, as_of.year() + 1]
            .into_iter()
            .filter_map(|y| yearless_in(y, month, first_day, last_day))
            .find(|span| distance(span) <= 92)
            .unwrap_or(same)
    }

    fn resolve_span(self, as_of: Date) -> DateValue {
        let y = as_of.year();
        let around = [y - 1, y].into_iter().filter_map(|year| self.in_year(year)).find(|span| match span {
            DateValue::Span { start, end } => *start <= as_of && as_of <= *end,
            _ => false,
        });
        if let Some(span) = around {
            return span;
        }
        let distance = |span: &DateValue| match span {
            DateValue::Span { start, .. } => (*start - as_of).get_days().abs(),
            _ => i32::MAX,
        };
        let Some(same) = self.in_year(y) else { return self };
        if distance(&same) <= 320 {
            return same;
        }
        [y - 1, y + 1].into_iter().filter_map(|year| self.in_year(year)).find(|s| distance(s) <= 92).unwrap_or(same)
    }

    /// A yearless date (a day, days of a month, a span across months) with its first day in
    /// `year`; `None` for dates with a year, or when the first day does not exist that year.
    fn in_year(self, year: i16) -> Option<DateValue> {
        match self {
            DateValue::Yearless { month, first_day, last_day } => yearless_in(year, month, first_day, last_day),
            DateValue::YearlessSpan { start_month, start_day, end_month, end_day } => {
                let start = Date::new(year, start_month, start_day).ok()?;
                let end_year = if end_month < start_month { year + 1 } else { year };
                let last_month = Date::new(end_year, end_month, 1).ok()?;
                let end = Date::new(end_year, end_month, end_day.min(last_month.days_in_month())).ok()?;
                (start <= end).then_some(DateValue::Span { start, end })
            }
            DateValue::Span { .. } | DateValue::Fiscal { .. } => None,
        }
    }

    /// True when the two dates can be compared at all: a fiscal year compares only with a
    /// fiscal year, any other date with any date but a fiscal year.
    pub fn comparable(&self, other: &DateValue) -> bool {
        matches!(self, DateValue::Fiscal { .. }) == matches!(other, DateValue::Fiscal { .. })
    }

    /// True when the two dates can name the same day. A yearless date is compared by month
    /// and day with any year of the other. A fiscal year overlaps only the same fiscal year.
    pub fn overlaps(&self, other: &DateValue) -> bool {
        match (*self, *other) {
            (DateValue::Fiscal { year: a }, DateValue::Fiscal { year: b }) => return a == b,
            (DateValue::Fiscal { .. }, _) | (_, DateValue::Fiscal { .. }) => return false,
            (DateValue::YearlessSpan { .. }, _) | (_, DateValue::YearlessSpan { .. }) => {
                return yearless_pairs(self, other).any(|(a, b)| a.overlaps(&b));
            }
            _ => {}
        }
        match (*self, *other) {
            (DateValue::Span { start: s1, end: e1 }, DateValue::Span { start: s2, end: e2 }) => s1 <= e2 && s2 <= e1,
            (
                DateValue::Yearless { month: m1, first_day: a1, last_day: b1 },
                DateValue::Yearless { month: m2, first_day: a2, last_day: b2 },
            ) => m1 == m2 && a1 <= b2 && a2 <= b1,
            (DateValue::Yearless { month, first_day, last_day }, DateValue::Span { start, end })
            | (DateValue::Span { start, end }, DateValue::Yearless { month, first_day, last_day }) => {
                (start.year()..=end.year()).any(|year| {
                    yearless_in(year, month, first_day, last_day)
                        .is_some_and(|span| span.overlaps(&DateValue::Span { start, end }))
                })
            }
            _ => unreachable!("fiscal years and yearless spans are compared above"),
        }
    }

    /// The year, for a span of exactly one calendar year (`2004`); `None` for anything else.
    pub fn calendar_year(&self) -> Option<i16> {
        match self {
            DateValue::Span { start, end }
                if start.year() == end.year()
                    && (start.month(), start.day(), end.month(), end.day()) == (1, 1, 12, 31) =>
            {
                Some(start.year())
            }
            _ => None,
        }
    }

    /// True for a span of a whole year or more (`2004`, `between 1999 and 2003`): it holds every
    /// month and day.
    pub fn spans_a_year(&self) -> bool {
        matches!(self, DateValue::Span { start, end } if (*end - *start).get_days() >= 364)
    }

    /// True when every day of `other` is a day of `self`.
    pub fn contains(&self, other: &DateValue) -> bool {
        match (*self, *other) {
            (DateValue::Fiscal { year: a }, DateValue::Fiscal { year: b }) => return a == b,
            (DateValue::Fiscal { .. }, _) | (_, DateValue::Fiscal { .. }) => return false,
            (DateValue::Span { .. }, DateValue::YearlessSpan { .. }) => return self.spans_a_year(),
            (DateValue::YearlessSpan { .. }, DateValue::Span { .. }) => return false,
            (DateValue::YearlessSpan { .. }, _) | (_, DateValue::YearlessSpan { .. }) => {
                return yearless_pairs(self, other).any(|(a, b)| a.contains(&b));
            }
            _ => {}
        }
        match (*self, *other) {
            (DateValue::Span { start: s1, end: e1 }, DateValue::Span { start: s2, end: e2 }) => s1 <= s2 && e2 <= e1,
            (
                DateValue::Yearless { month: m1, first_day: a1, last_day: b1 },
                DateValue::Yearless { month: m2, first_day: a2, last_day: b2 },
            ) => m1 == m2 && a1 <= a2 && b2 <= b1,
            (DateValue::Span { .. }, DateValue::Yearless { .. }) => self.spans_a_year(),
            (DateValue::Yearless { .. }, DateValue::Span { .. }) => false,
            _ => unreachable!("fiscal years and yearless spans are compared above"),
        }
    }

    /// Widens a date by `days` on both sides (a tolerance such as `2 days`).
    pub fn widen_days(self, days: i64) -> DateValue {
        let span = jiff::Span::new().days(days);
        match self {
            DateValue::Span { start, end } => DateValue::Span {
                start: start.checked_sub(span).unwrap_or(start),
                end: end.checked_add(span).unwrap_or(end),
            },
            DateValue::Yearless { month, first_day, last_day } => {
                let clamp = |d: i64| d.clamp(1, 31) as i8;
                DateValue::Yearless {
                    month,
                    first_day: clamp(first_day as i64 - days),
                    last_day: clamp(last_day as i64 + days),
                }
            }
            DateValue::YearlessSpan { .. } => {
                // Widened in a leap year, and read back as months and days.
                let Some(DateValue::Span { start, end }) = self.in_year(2000) else { return self };
                let widened = DateValue::Span { start, end }.widen_days(days);
                let DateValue::Span { start, end } = widened else { return self };
                DateValue::YearlessSpan {
                    start_month: start.month(),
                    start_day: start.day(),
                    end_month: end.month(),
                    end_day: if end == end.last_of_month() { 31 } else { end.day() },
                }
            }
            DateValue::Fiscal { .. } => self,
        }
    }
}

/// Two dates laid on the calendar to be compared, one of them yearless: a dated one as it is and
/// the yearless one starting in each of its years and the year before (`from November to
/// February` runs into the next year); two yearless ones, the first in a leap year and the
/// second starting in the year before, the same year and the year after.
fn yearless_pairs(a: &DateValue, b: &DateValue) -> impl Iterator<Item = (DateValue, DateValue)> {
    let (a, b) = (*a, *b);
    let dated = |v: DateValue| matches!(v, DateValue::Span { .. });
    let years: Vec<i16> = match (a, b) {
        (DateValue::Span { start, end }, _) | (_, DateValue::Span { start, end }) => {
            (start.year() - 1..=end.year()).collect()
        }
        _ => vec![1999, 2000, 2001],
    };
    years.into_iter().filter_map(move |y| {
        let first = if dated(a) { a } else { a.in_year(if dated(b) { y } else { 2000 })? };
        let second = if dated(b) { b } else { b.in_year(y)? };
        Some((first, second))
    })
}

/// The span of `first_day..=last_day` of `month` in `year`, the last day clamped to the month's
/// length; `None` when the first day does not exist in that month.
fn yearless_in(year: i16, month: i8, first_day: i8, last_day: i8) -> Option<DateValue> {
    let start = Date::new(year, month, first_day).ok()?;
    let last = last_day.min(start.days_in_month());
    let end = Date::new(year, month, last).ok()?;
    Some(DateValue::Span { start, end })
}

/// `day` of `month`, no later than the month's last day in a leap year (a last day of 31 in
/// June is the 30th).
fn month_end(month: i8, day: i8) -> i8 {
    Date::new(2000, month, 1).map_or(day, |d| day.min(d.days_in_month()))
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Span { start, end } if start == end => write!(f, "{start}"),
            DateValue::Span { start, end } => write!(f, "{start}..{end}"),
            DateValue::Yearless { month, first_day: 1, last_day: 31 } => write!(f, "--{month:02} (year not given)"),
            DateValue::Yearless { month, first_day, last_day } if first_day == last_day => {
                write!(f, "--{month:02}-{first_day:02} (year not given)")
            }
            DateValue::Yearless { month, first_day, last_day } => {
                let last_day = month_end(*month, *last_day);
                write!(f, "--{month:02}-{first_day:02}..--{month:02}-{last_day:02} (year not given)")
            }
            DateValue::YearlessSpan { start_month, start_day: 1, end_month, end_day: 31 } => {
                write!(f, "--{start_month:02}..--{end_month:02} (year not given)")
            }
            DateValue::YearlessSpan { start_month, start_day, end_month, end_day } => {
                let end_day = month_end(*end_month, *end_day);
                write!(f, "--{start_month:02}-{start_day:02}..--{end_month:02}-{end_day:02} (year not given)")
            }
            DateValue::Fiscal { year } => write!(f, "FY{year}"),
        }
    }
}

/// What kind of value a claim or a mention is: values of different kinds never compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueKind {
    /// A plain number or count.
    Number,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// A number with a unit of measure.
    Quantity,
    /// A date, range of dates, month or year.
    Date,
    /// A name or phrase.
    Text,
    /// A list of names.
    List,
}

impl ValueKind {
    /// The kind's name as users write it.
    pub fn name(self) -> &'static str {
        match self {
            ValueKind::Number => "number",
            ValueKind::Money => "money",
            ValueKind::Percent => "percent",
            ValueKind::Quantity => "quantity",
            ValueKind::Date => "date",
            ValueKind::Text => "text",
            ValueKind::List => "list",
        }
    }
}

/// A typed value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A plain number (`1,200`, `twelve thousand`).
    Number(Amount),
    /// Money; `currency` is an ISO 4217 code, `None` where the text names none.
    Money {
        /// ISO 4217 code such as `USD`.
        currency: Option<String>,
        /// The amount in units of the currency.
        amount: Amount,
    },
    /// A percentage, as its number (`12.5` for 12.5%).
    Percent(Amount),
    /// A number with a unit (a canonical symbol: `km`, `t`, `MW`).
    Quantity {
        /// The canonical unit symbol.
        unit: String,
        /// The amount in that unit.
        amount: Amount,
    },
    /// A date or a span of dates.
    Date(DateValue),
    /// A name or phrase.
    Text(String),
    /// A list of values (names, usually).
    List(Vec<Value>),
}

impl Value {
    /// The value's kind.
    pub fn kind(&self) -> ValueKind {
        match self {
            Value::Number(_) => ValueKind::Number,
            Value::Money { .. } => ValueKind::Money,
            Value::Percent(_) => ValueKind::Percent,
            Value::Quantity { .. } => ValueKind::Quantity,
            Value::Date(_) => ValueKind::Date,
            Value::Text(_) => ValueKind::Text,
            Value::List(_) => ValueKind::List,
        }
    }

    /// The amount of a numeric value.
    pub fn amount(&self) -> Option<&Amount> {
        match self {
            Value::Number(a) | Value::Percent(a) => Some(a),
            Value::Money { amount, .. } | Value::Quantity { amount, .. } => Some(amount),
            _ => None,
        }
    }

    /// The same value with its amount replaced (used to apply operators and tolerances).
    pub fn with_interval(&self, interval: Interval) -> Value {
        let mut v = self.clone();
        match &mut v {
            Value::Number(a) | Value::Percent(a) => a.interval = interval,
            Value::Money { amount, .. } | Value::Quantity { amount, .. } => amount.interval = interval,
            _ => {}
        }
        v
    }
}

fn amount_text(a: &Amount) -> String {
    if a.interval == Interval::point(a.value) {
        format_decimal(a.value)
    } else {
        format!("{} {}", format_decimal(a.value), a.interval)
    }
}

impl fmt::Display for Value {
    /// The normalised form shown in reports: `USD 12,100,000,000 [12,050,000,000, 12,150,000,000)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(a) => write!(f, "{}", amount_text(a)),
            Value::Money { currency, amount } => {
                write!(f, "{} {}", currency.as_deref().unwrap_or("(currency not given)"), amount_text(amount))
            }
            Value::Percent(a) => {
                if a.interval == Interval::point(a.value) {
                    write!(f, "{}%", format_decimal(a.value))
                } else {
                    write!(f, "{}% {}", format_decimal(a.value), a.interval)
                }
            }
            Value::Quantity { unit, amount } => write!(f, "{} {unit}", amount_text(amount)),
            Value::Date(d) => write!(f, "{d}"),
            Value::Text(t) => write!(f, "{t:?}"),
            Value::List(items) => {
                write!(f, "[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{item}")?;
                }
                write!(f, "]")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn yearless_dates_resolve_to_the_nearest_year() {
        let july9 = DateValue::Yearless { month: 7, first_day: 9, last_day: 9 };
        let may = date(2024, 5, 21);
        assert_eq!(july9.resolve(Some(may)), DateValue::Span { start: date(2024, 7, 9), end: date(2024, 7, 9) });
        let dec20 = DateValue::Yearless { month: 12, first_day: 20, last_day: 20 };
        assert_eq!(dec20.resolve(Some(date(2025, 1, 5))).to_string(), "2024-12-20");
        assert_eq!(july9.resolve(None), july9);
        let march8 = DateValue::Yearless { month: 3, first_day: 8, last_day: 8 };
        assert_eq!(march8.resolve(Some(date(2014, 12, 30))).to_string(), "2014-03-08");
    }

    #[test]
    fn yearless_compares_by_month_and_day() {
        let july9 = DateValue::Yearless { month: 7, first_day: 9, last_day: 9 };
        let july = DateValue::Yearless { month: 7, first_day: 1, last_day: 31 };
        let y2024 = DateValue::Span { start: date(2024, 7, 9), end: date(2024, 7, 9) };
        let y2024_10 = DateValue::Span { start: date(2024, 7, 10), end: date(2024, 7, 10) };
        assert!(july9.overlaps(&y2024));
        assert!(!july9.overlaps(&y2024_10));
        assert!(july.contains(&july9));
        assert!(!july9.contains(&july));
    }

    #[test]
    fn month_contains_its_days() {
        let feb = DateValue::Span { start: date(2022, 2, 1), end: date(2022, 2, 28) };
        let day = DateValue::Span { start: date(2022, 2, 24), end: date(2022, 2, 24) };
        assert!(feb.contains(&day) && feb.overlaps(&day) && !day.contains(&feb));
        assert_eq!(feb.to_string(), "2022-02-01..2022-02-28");
    }

    #[test]
    fn yearless_spans_resolve_around_as_of_and_compare_across_a_year_end() {
        let nov_feb = DateValue::YearlessSpan { start_month: 11, start_day: 1, end_month: 2, end_day: 31 };
        assert_eq!(nov_feb.to_string(), "--11..--02 (year not given)");
        assert_eq!(nov_feb.resolve(Some(date(2025, 1, 10))).to_string(), "2024-11-01..2025-02-28");
        assert_eq!(nov_feb.resolve(Some(date(2025, 6, 10))).to_string(), "2025-11-01..2026-02-28");
        let january = DateValue::Yearless { month: 1, first_day: 1, last_day: 31 };
        let june = DateValue::Yearless { month: 6, first_day: 1, last_day: 31 };
        assert!(nov_feb.overlaps(&january) && nov_feb.contains(&january) && !nov_feb.overlaps(&june));
        let jan_2024 = DateValue::Span { start: date(2024, 1, 1), end: date(2024, 1, 31) };
        assert!(nov_feb.overlaps(&jan_2024) && jan_2024.overlaps(&nov_feb));
        assert_eq!(nov_feb.widen_days(2).to_string(), "--10-30..--03-02 (year not given)");
    }

    #[test]
    fn fiscal_years_compare_only_with_fiscal_years() {
        let fy = DateValue::Fiscal { year: 2015 };
        let y2015 = DateValue::Span { start: date(2015, 1, 1), end: date(2015, 12, 31) };
        assert!(fy.overlaps(&DateValue::Fiscal { year: 2015 }) && !fy.overlaps(&DateValue::Fiscal { year: 2016 }));
        assert!(!fy.overlaps(&y2015) && !y2015.contains(&fy) && !fy.comparable(&y2015));
        assert_eq!(fy.to_string(), "FY2015");
        assert_eq!(fy.resolve(Some(date(2024, 1, 1))), fy);
    }
}
