//! The claim-file format as Rust types, for its JSON Schema (`factcheck schema`, committed as
//! `schema/claims.schema.json`). Editors that read the schema complete keys and flag mistakes as
//! one types; the loader stays the judge, with positions and the finer rules (values that
//! parse, unique ids, sources that exist).
//!
//! The types mirror the format exactly: every key the loader accepts, the same enumerations,
//! and no other key (`additionalProperties: false`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A factcheck claim file: claims about a source text, checked by `factcheck verify`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "factcheck claim file")]
pub struct ClaimFile {
    /// The source the claims are checked against, relative to this file; a path or a list of
    /// paths. A claim may give its own instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Paths>,
    /// The date the source was written (`2024-05-21`): gives dates without a year ("July 9")
    /// their year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), extend("format" = "date"))]
    pub as_of: Option<String>,
    /// Words that name the same thing, for every claim of the file: each key with its other
    /// names (`Japan: [Tokyo, Japanese]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<BTreeMap<String, Words>>,
    /// Settings that apply to every claim of the file unless the claim gives its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defaults: Option<Defaults>,
    /// The claims, in the order they are reported.
    #[schemars(length(min = 1))]
    pub claims: Vec<ClaimEntry>,
}

/// One path or a list of paths.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Paths {
    /// One path.
    One(String),
    /// Several paths.
    Many(Vec<String>),
}

/// One word or a list of words.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Words {
    /// One word.
    One(String),
    /// Several words.
    Many(Vec<String>),
}

/// What `defaults:` may set for every claim of a file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    /// How much a failing claim matters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// The verdict that makes a claim pass.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expect>,
    /// How far a value may be off: `5%` relative, or an amount in the value's own unit (`0.1B`,
    /// `2 days`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<Scalar>,
    /// Tags every claim gets, besides its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Words>,
}

/// A claim: an `id` and exactly one of `claim`, `quote` or `subject` (with `value`).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend(
    "oneOf" = [
        { "required": ["claim"], "title": "compact claim or statement" },
        { "required": ["quote"], "title": "quote" },
        { "required": ["subject", "value"], "title": "structured claim" }
    ],
    "dependentRequired" = { "value": ["subject"], "op": ["subject"] }
))]
pub struct ClaimEntry {
    /// The claim's name in reports: letters, digits, `.`, `_` and `-`, unique in the file.
    #[schemars(pattern(r"^[A-Za-z0-9._-]+$"))]
    pub id: String,
    /// A compact claim, `SUBJECT OP VALUE` with one of the operators ` = `, ` != `, ` ~ `,
    /// ` ≈ `, ` < `, ` <= `, ` > `, ` >= ` (spaces around), e.g. `Japan aid = $12.1B`; without
    /// an operator, a statement: a sentence whose figures and dates are checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
    /// Text that must stand in the source verbatim, after folding white space, typographic
    /// quotes, apostrophes and dashes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// What the structured claim is about (`Japan aid`); goes with `value` and `op`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The subject's value: money, a percentage, a number, a quantity, a date or text; a range
    /// `LOW..HIGH` or a list for `op: in`; a list for `op: includes`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<ClaimValue>,
    /// How the subject's value compares with `value` (default `=`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub op: Option<Op>,
    /// How far a value may be off: `5%` relative, or an amount in the value's own unit (`0.1B`,
    /// `2 days`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<Scalar>,
    /// The verdict that makes the claim pass (default `supported`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expect>,
    /// How much a failure matters (default `error`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// The source of this claim, instead of the file's; relative to this file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Paths>,
    /// Words that name the same thing, for this claim, besides the file's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<BTreeMap<String, Words>>,
    /// A note for readers of the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Words to select claims with `factcheck verify --tag`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Words>,
}

/// A value written as a string or as a YAML number (`12.10` keeps its written precision).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Scalar {
    /// Text, e.g. `$12.1B`, `July 9`, `5%`.
    Text(String),
    /// A number.
    Number(f64),
}

/// The value of a structured claim.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum ClaimValue {
    /// One value.
    One(Scalar),
    /// A list of values.
    Many(Vec<Scalar>),
}

/// The operators of a structured claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Op {
    /// Equal: the intervals overlap.
    #[serde(rename = "=")]
    Eq,
    /// Equal, written as in programming languages.
    #[serde(rename = "==")]
    EqEq,
    /// Not equal.
    #[serde(rename = "!=")]
    Ne,
    /// About: the claim's value widened by 10%.
    #[serde(rename = "~")]
    Approx,
    /// About, as `≈`.
    #[serde(rename = "≈")]
    ApproxSign,
    /// Less than.
    #[serde(rename = "<")]
    Lt,
    /// At most.
    #[serde(rename = "<=")]
    Le,
    /// More than.
    #[serde(rename = ">")]
    Gt,
    /// At least.
    #[serde(rename = ">=")]
    Ge,
    /// The subject's value lies in a range (`$10B..$12B`) or is one of a list.
    #[serde(rename = "in")]
    In,
    /// The subject's list holds every item of `value`.
    #[serde(rename = "includes")]
    Includes,
}

/// The verdicts a claim may expect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Expect {
    /// The source states a compatible value for the subject.
    Supported,
    /// The source states only incompatible values for the subject.
    Contradicted,
    /// The source states both, in different places.
    Conflicting,
    /// The source says nothing comparable about the subject.
    NotFound,
}

/// How much a failing claim matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Fails the run.
    Error,
    /// Reported; fails the run only with `--deny warnings`.
    Warning,
    /// Reported only.
    Info,
}

/// The JSON Schema (draft 2020-12) of claim files, pretty-printed with a final line break.
pub fn claim_file_schema() -> String {
    let mut schema = schemars::schema_for!(ClaimFile).to_value();
    tidy(&mut schema);
    // Serialised as a schema again, for schemars' key order (`$schema`, `title`, ... first).
    let schema = schemars::Schema::try_from(schema).expect("still a schema");
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    text.push('\n');
    text
}

/// Says what the format says and no more: an optional key may be left out but is never `null`
/// (the loader refuses `key: ~`), so `null` is taken out of every type; a YAML number has no
/// `double` format; and descriptions, taken from doc comments, lose their hard line breaks.
fn tidy(node: &mut serde_json::Value) {
    use serde_json::Value;
    match node {
        Value::Object(map) => {
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let only = types.remove(0);
                    map.insert("type".into(), only);
                }
            }
            if let Some(Value::Array(options)) = map.get_mut("anyOf") {
                options.retain(|o| o.get("type").is_none_or(|t| t != "null"));
                if options.len() == 1
                    && let Some(Value::Object(only)) = options.pop()
                {
                    map.remove("anyOf");
                    for (k, v) in only {
                        map.entry(k).or_insert(v);
                    }
                }
            }
            if map.get("format").is_some_and(|f| f == "double") {
                map.remove("format");
            }
            if let Some(Value::String(text)) = map.get_mut("description") {
                *text = text.split("\n\n").map(|p| p.replace('\n', " ")).collect::<Vec<_>>().join("\n\n");
            }
            map.values_mut().for_each(tidy);
        }
        Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_lists_every_key_the_loader_reads() {
        let schema: serde_json::Value = serde_json::from_str(&claim_file_schema()).unwrap();
        let top: Vec<&str> = schema["properties"].as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(top, crate::TOP_KEYS);
        let claim = &schema["$defs"]["ClaimEntry"];
        let keys: Vec<&str> = claim["properties"].as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, crate::CLAIM_KEYS);
        assert_eq!(claim["additionalProperties"], false);
        let defaults: Vec<&str> =
            schema["$defs"]["Defaults"]["properties"].as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(defaults, crate::DEFAULT_KEYS);
    }
}
