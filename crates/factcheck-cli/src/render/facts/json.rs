//! `extract --format json`: one object, `version` and `mentions`.

use super::{FactsRenderer, FactsReport};
use factcheck_core::{Bound, DateValue, Value};
use rust_decimal::Decimal;
use serde_json::{Map, Value as Json, json};
use std::io::{self, Write};

/// The JSON listing, version 1.
pub struct FactsJson;

fn decimal(d: Decimal) -> Json {
    Json::String(d.normalize().to_string())
}

fn bound(b: Bound) -> Json {
    match b {
        Bound::Unbounded => Json::Null,
        Bound::Inclusive(v) | Bound::Exclusive(v) => decimal(v),
    }
}

impl FactsRenderer for FactsJson {
    fn render(&self, report: &FactsReport<'_>, out: &mut dyn Write) -> io::Result<()> {
        let mentions: Vec<Json> = report
            .facts
            .iter()
            .map(|s| {
                let f = &s.fact;
                let mut m = Map::new();
                m.insert("kind".into(), json!(f.kind.name()));
                m.insert("text".into(), json!(f.text));
                m.insert("start".into(), json!(f.start));
                m.insert("end".into(), json!(f.end));
                m.insert("line".into(), json!(f.line));
                m.insert("column".into(), json!(f.column));
                if let Some(a) = f.value.amount() {
                    m.insert("value".into(), decimal(a.value));
                    m.insert("low".into(), bound(a.interval.low));
                    m.insert("high".into(), bound(a.interval.high));
                }
                match &f.value {
                    Value::Money { currency, .. } => {
                        m.insert("currency".into(), json!(currency));
                    }
                    Value::Quantity { unit, .. } => {
                        m.insert("unit".into(), json!(unit));
                    }
                    Value::Date(DateValue::Span { start, end }) => {
                        m.insert("start_date".into(), json!(start.to_string()));
                        m.insert("end_date".into(), json!(end.to_string()));
                    }
                    Value::Date(DateValue::Yearless { month, first_day, last_day }) => {
                        m.insert("year".into(), Json::Null);
                        m.insert("month".into(), json!(month));
                        if (first_day, last_day) == (&1, &31) {
                            // A month without a day (`in July`).
                            m.insert("day".into(), Json::Null);
                        } else {
                            m.insert("day".into(), json!(first_day));
                            if first_day != last_day {
                                m.insert("last_day".into(), json!(last_day));
                            }
                        }
                    }
                    Value::Date(DateValue::YearlessSpan { start_month, start_day, end_month, end_day }) => {
                        m.insert("year".into(), Json::Null);
                        m.insert("month".into(), json!(start_month));
                        m.insert("day".into(), json!(start_day));
                        m.insert("end_month".into(), json!(end_month));
                        m.insert("end_day".into(), json!(end_day));
                    }
                    Value::Date(DateValue::Fiscal { year }) => {
                        m.insert("fiscal_year".into(), json!(year));
                    }
                    _ => {}
                }
                Json::Object(m)
            })
            .collect();
        crate::escape::write_json(out, &json!({ "version": 1, "mentions": mentions }), true)?;
        writeln!(out)
    }
}
