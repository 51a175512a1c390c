//! The claim's value as a target: the set of source values it accepts, and how a source value
//! is judged against it.

use super::*;

/// The claim's value as the set of source values it accepts.
#[derive(Debug, Clone)]
pub(super) enum Target {
    /// A figure of a kind (currency or unit included) within an interval.
    Amount { proto: Value, interval: Interval, negate: bool, counted: Counted, limit: bool },
    /// A date within a span.
    Date { date: DateValue, negate: bool },
    /// Words that must stand in the sentence.
    Words { text: String, stems: Vec<String>, negate: bool },
    /// Any of several values (`in: [..]`).
    AnyOf(Vec<Target>),
    /// Every item of a list (`includes`).
    AllOf(Vec<Target>),
}

impl Target {
    pub(super) fn new(op: Operator, value: &Value, tolerance: Option<Tolerance>, as_of: Option<Date>) -> Target {
        let negate = op == Operator::Ne;
        match value {
            Value::List(items) => {
                let targets: Vec<Target> =
                    items.iter().map(|i| Target::new(Operator::Eq, i, tolerance, as_of)).collect();
                if op == Operator::Includes { Target::AllOf(targets) } else { Target::AnyOf(targets) }
            }
            Value::Text(text) => Target::Words {
                text: text.clone(),
                // Its content words, and its digits as written (`4th` is not `5th`, `F-16` not
                // `F-35`).
                stems: tokenize(text)
                    .iter()
                    .filter_map(|t| match t.word() {
                        Some(w) => (!is_stop_word(w)).then(|| stem(w)),
                        None => (t.kind == crate::text::TokenKind::Number).then(|| t.norm.to_string()),
                    })
                    .collect(),
                negate,
            },
            Value::Date(date) => {
                let mut date = date.resolve(as_of);
                if let Some(Tolerance::Days(days)) = tolerance {
                    date = date.widen_days(days);
                }
                date = match (op, date) {
                    (Operator::Gt | Operator::Ge, DateValue::Span { start, end }) => DateValue::Span {
                        start: if op == Operator::Gt { end.tomorrow().unwrap_or(end) } else { start },
                        end: Date::MAX,
                    },
                    (Operator::Lt | Operator::Le, DateValue::Span { start, end }) => DateValue::Span {
                        start: Date::MIN,
                        end: if op == Operator::Lt { start.yesterday().unwrap_or(start) } else { end },
                    },
                    _ => date,
                };
                Target::Date { date, negate }
            }
            // `8,000 pounds` of a claim may be money as well as weight: British news writes
            // sterling so.
            Value::Quantity { unit, amount } if unit == "lb" && op != Operator::Ne => {
                let money = Value::Money { currency: Some("GBP".into()), amount: amount.clone() };
                Target::AnyOf(vec![amount_target(op, value, tolerance), amount_target(op, &money, tolerance)])
            }
            _ => amount_target(op, value, tolerance),
        }
    }

    /// The claim's value as reports show it.
    pub(super) fn describe(&self) -> Option<String> {
        let text = match self {
            Target::Amount { proto, interval, negate, .. } => {
                let shown = proto.with_interval(*interval).to_string();
                if *negate { format!("not {shown}") } else { shown }
            }
            Target::Date { date, negate } => {
                if *negate {
                    format!("not {date}")
                } else {
                    date.to_string()
                }
            }
            Target::Words { text, negate, .. } => {
                if *negate {
                    format!("not {text:?}")
                } else {
                    format!("{text:?}")
                }
            }
            Target::AnyOf(items) => {
                format!("one of [{}]", items.iter().filter_map(Target::describe).collect::<Vec<_>>().join(", "))
            }
            Target::AllOf(items) => {
                format!("all of [{}]", items.iter().filter_map(Target::describe).collect::<Vec<_>>().join(", "))
            }
        };
        Some(text)
    }

    pub(super) fn kind_wanted(&self) -> &'static str {
        match self {
            Target::Amount { proto, .. } => match proto.kind() {
                ValueKind::Money => "money amount",
                ValueKind::Percent => "percentage",
                ValueKind::Quantity => "quantity",
                _ => "number",
            },
            Target::Date { .. } => "date",
            Target::Words { .. } => "matching words",
            Target::AnyOf(items) | Target::AllOf(items) => items.first().map_or("value", Target::kind_wanted),
        }
    }

    /// How `value` (of the source) differs from this target though of its kind: another
    /// currency or another unit, never converted (`in USD`).
    pub(super) fn other_currency_or_unit(&self, value: &Value) -> Option<String> {
        match (self, value) {
            (
                Target::Amount { proto: Value::Money { currency: Some(a), .. }, .. },
                Value::Money { currency: Some(b), .. },
            ) if !currencies_agree(a, b) => {
                Some(format!("in {b}, and the claim is in {a}; currencies are not converted"))
            }
            (Target::Amount { proto: Value::Quantity { unit: a, .. }, .. }, Value::Quantity { unit: b, .. })
                if a != b && rate_ratio(b, a).is_none() =>
            {
                Some(format!("in {b}, and the claim is in {a}; units are not converted"))
            }
            (Target::AnyOf(items) | Target::AllOf(items), _) => {
                items.iter().find_map(|t| t.other_currency_or_unit(value))
            }
            _ => None,
        }
    }

    /// A bare number of a compact claim (`Japan aid = 12.1 billion`) against a money amount or
    /// a quantity of the source (`$12.1 billion`): `Some(agrees)` on the amount alone, the
    /// currency or unit unchecked. Used only where the sentence holds no figure of the claim's
    /// own kind, and the explanation says so.
    /// False when sentence `cov` of `doc` cannot hold what this target compares with: a figure
    /// or date, and the sentence has no token that may make one (see
    /// [`crate::extract::may_make_value`]); its values then need not be read.
    pub(super) fn may_be_in(&self, doc: &Document, cov: &Coverage) -> bool {
        let figures_only = |t: &Target| matches!(t, Target::Amount { .. } | Target::Date { .. });
        let wanted = match self {
            Target::AnyOf(items) => items.iter().all(figures_only),
            other => figures_only(other),
        };
        let tokens = doc.sentence(cov.sentences.start).tokens.start..doc.sentence(cov.sentences.end - 1).tokens.end;
        !wanted || tokens.into_iter().any(|k| crate::extract::may_make_value(doc.tokens.at(k).norm))
    }

    pub(super) fn judge_amount_only(&self, value: &Value) -> Option<bool> {
        match (self, value) {
            (
                Target::Amount { proto: Value::Number(_), interval, negate, counted: Counted::Any, limit },
                Value::Money { amount, .. } | Value::Quantity { amount, .. },
            ) => Some(interval.overlaps(&as_compared(amount, *limit)) != *negate),
            (Target::AnyOf(items), _) => {
                let judged: Vec<bool> = items.iter().filter_map(|t| t.judge_amount_only(value)).collect();
                (!judged.is_empty()).then(|| judged.iter().any(|b| *b))
            }
            _ => None,
        }
    }

    /// Whether `value` is of a kind this target compares with; `Some(agrees)` if so. `context`
    /// is what the source's figure counts (`two counts` counts `count`) and the word before it.
    pub(super) fn judge(&self, value: &Value, as_of: Option<Date>, around: Around<'_>) -> Option<bool> {
        match self {
            Target::Amount { proto, interval, negate, counted, limit } => {
                let comparable = match (proto, value) {
                    (Value::Number(_), Value::Number(_)) => match (counted, around.nouns) {
                        (Counted::Any, _) => true,
                        (Counted::Score(side), _) => around.score == Some(*side),
                        (_, _) if around.score.is_some() => false,
                        (Counted::Age, _) => around.age,
                        // A number that counts nothing, after the same word as the source's
                        // (`Sapp, 42`; `an order for 30` of `an order for 30 of the aircraft`).
                        (Counted::After(word), _) => word.as_deref() == around.before,
                        (Counted::Noun(a), b) => a.iter().any(|a| b.iter().any(|b| crate::text::stems_match(a, b))),
                    },
                    (Value::Percent(_), Value::Percent(_)) => true,
                    (Value::Money { currency: a, .. }, Value::Money { currency: b, .. }) => match (a, b) {
                        (Some(a), Some(b)) => currencies_agree(a, b),
                        _ => true,
                    },
                    (Value::Quantity { unit: a, .. }, Value::Quantity { unit: b, .. }) => {
                        a == b || rate_ratio(b, a).is_some()
                    }
                    _ => false,
                };
                let source = value.amount()?;
                let mut stated = as_compared(source, *limit);
                // `4 GB/s` against `MB/s`: the source's rate in the claim's unit.
                if let (Value::Quantity { unit: a, .. }, Value::Quantity { unit: b, .. }) = (proto, value)
                    && a != b
                    && let Some(ratio) = rate_ratio(b, a)
                {
                    stated = stated.scale(ratio);
                }
                let claimed = match proto.amount() {
                    Some(own) if *interval == own.interval => as_compared(own, *limit),
                    _ => *interval,
                };
                comparable.then(|| claimed.overlaps(&stated) != *negate)
            }
            // A fiscal year compares only with fiscal years: `2015` in the source neither
            // supports nor contradicts `FY2015`.
            Target::Date { date, negate } => match value {
                // Two periods of several units (`between 1999 and 2005`, `between 1999 and
                // 2003`) agree only when they are the same period: overlapping is not enough.
                Value::Date(d) if date.comparable(d) && is_period(date) && is_period(&d.resolve(as_of)) => {
                    Some((*date == d.resolve(as_of)) != *negate)
                }
                // A day without a year (`8 April`) says nothing of a claimed year or longer.
                Value::Date(d)
                    if matches!(d.resolve(as_of), DateValue::Yearless { .. } | DateValue::YearlessSpan { .. })
                        && date.spans_a_year() =>
                {
                    None
                }
                Value::Date(d) if date.comparable(d) => Some(date.overlaps(&d.resolve(as_of)) != *negate),
                _ => None,
            },
            Target::AnyOf(items) => {
                let judged: Vec<bool> = items.iter().filter_map(|t| t.judge(value, as_of, around)).collect();
                (!judged.is_empty()).then(|| judged.iter().any(|b| *b))
            }
            Target::Words { .. } | Target::AllOf(_) => None,
        }
    }
}

/// The target of a claim's figure (money, a quantity, a percentage, a number) under `op`.
fn amount_target(op: Operator, value: &Value, tolerance: Option<Tolerance>) -> Target {
    let negate = op == Operator::Ne;
    let amount = value.amount().cloned().unwrap_or_else(|| factcheck_core::Amount::exact(Decimal::ZERO));
    let v = amount.value;
    let mut interval = match op {
        Operator::Gt => Interval { low: Bound::Exclusive(v), high: Bound::Unbounded },
        Operator::Ge => Interval { low: Bound::Inclusive(v), high: Bound::Unbounded },
        Operator::Lt => Interval { low: Bound::Unbounded, high: Bound::Exclusive(v) },
        Operator::Le => Interval { low: Bound::Unbounded, high: Bound::Inclusive(v) },
        Operator::Approx => amount.interval.widen_relative(Decimal::new(1, 1)),
        _ => amount.interval,
    };
    interval = match tolerance {
        Some(Tolerance::Relative(f)) => interval.widen_relative(f),
        Some(Tolerance::Absolute(a)) => interval.widen(a),
        _ => interval,
    };
    Target::Amount { proto: value.clone(), interval, negate, counted: Counted::Any, limit: false }
}

/// How far an open bound read from text reaches: `more than X`, `over X` and `at least X` stand
/// for figures above X up to [`BOUND_REACH`] times X, `up to X`, `under X` and `less than X`
/// for figures from X / [`BOUND_REACH`] up to X (for a positive X), so that `more than 2.4
/// million` is not `2.4 billion`. Operators of a claim (`>`, `<`) are not bounds read from
/// text and keep their whole half-line.
pub const BOUND_REACH: u32 = 10;

/// The interval an amount read from text stands for when compared: an open bound reaches
/// [`BOUND_REACH`] times its figure; where the subject is a limit (`limit`), a bound states the
/// limit itself (`up to 512 MB` of a maximum size is 512 MB).
pub(super) fn as_compared(amount: &factcheck_core::Amount, limit: bool) -> Interval {
    let (v, i) = (amount.value, amount.interval);
    let reach = Decimal::from(BOUND_REACH);
    match (i.low, i.high) {
        (Bound::Unbounded, Bound::Unbounded) => i,
        (Bound::Inclusive(x) | Bound::Exclusive(x), Bound::Unbounded)
        | (Bound::Unbounded, Bound::Inclusive(x) | Bound::Exclusive(x))
            if limit =>
        {
            Interval::point(x)
        }
        (low, Bound::Unbounded) if v > Decimal::ZERO => Interval { low, high: Bound::Inclusive(v * reach) },
        (Bound::Unbounded, high) if v > Decimal::ZERO => Interval { low: Bound::Inclusive(v / reach), high },
        _ => i,
    }
}

/// Words of a subject that make it a limit (`maximum size`, `upload limit`, `rate cap`): a bound
/// of its value (`up to 512 MB`) states the limit itself.
pub(super) const LIMIT_WORDS: &[&str] = &[
    "maximum",
    "max",
    "limit",
    "limits",
    "cap",
    "caps",
    "capped",
    "ceiling",
    "minimum",
    "min",
    "floor",
    "quota",
    "threshold",
];

/// True when the claim's subject is a limit: it holds a word of [`LIMIT_WORDS`], or `at most`,
/// `at least`, `up to`, or names a threshold (`age above which`, `price below which`: `over
/// 16-year-olds` states 16).
pub(super) fn names_a_limit(subject: &str) -> bool {
    let tokens = tokenize(subject);
    let words: Vec<&str> = tokens.iter().filter_map(Token::word).collect();
    words.iter().any(|w| LIMIT_WORDS.contains(w))
        || words.windows(2).any(|p| {
            matches!(p, ["at", "most" | "least"] | ["up", "to"] | ["above" | "below" | "over" | "under", "which"])
        })
}

/// True for a date that runs over several days, months or years without being one day, one
/// month, one year or one decade (`from 1981 to 1987`, `between March and May 2004`).
pub(super) fn is_period(date: &DateValue) -> bool {
    let DateValue::Span { start, end } = *date else { return false };
    let whole_month = start.day() == 1 && end == end.last_of_month() && start.first_of_month() == end.first_of_month();
    let whole_year = start == start.first_of_year() && end == end.last_of_year();
    let one_year = whole_year && start.year() == end.year();
    let decade = whole_year && start.year() % 10 == 0 && end.year() == start.year() + 9;
    start != end && !whole_month && !one_year && !decade
}
