//! Claims that cannot be checked as written are refused before anything is checked: a claim
//! that passes only because it says nothing (`Acme =`, a one-word statement, an empty quote),
//! or that says something other than what was meant (`=>` read as a word, `$12.1 bilion` read
//! as 12.1 dollars), would let a run pass by accident. Each rule gives the message a user needs,
//! with a suggestion where one exists.

use factcheck_core::{Tolerance, Value, ValueKind};
use factcheck_text::text::{is_stop_word, lower_word};

/// Operators written in another notation, and the one meant.
const OPERATOR_MISTAKES: &[(&str, &str)] = &[
    ("=>", ">="),
    ("=<", "<="),
    ("==", "="),
    ("===", "="),
    ("≠", "!="),
    ("<>", "!="),
    ("=!", "!="),
    ("!==", "!="),
    ("~=", "~"),
    ("=~", "~"),
    ("≥", ">="),
    ("≤", "<="),
    ("≃", "≈"),
];

/// The operators of a compact claim, as written between spaces.
const OPERATORS: &[&str] = &["=", "!=", "~", "≈", "<", "<=", ">", ">="];

/// Whether `token` is made only of the characters operators are made of.
fn operator_like(token: &str) -> bool {
    !token.is_empty() && token.chars().all(|c| matches!(c, '=' | '<' | '>' | '!' | '~' | '≈' | '≠' | '≥' | '≤' | '≃'))
}

/// What is wrong with the operators of compact claim `text`, if anything: an operator-like
/// token that is no operator (`=>`, say `>=`), an operator with nothing on one side (`Acme =`),
/// or an operator glued to its words (`jobs=1,200`), which would make the claim a statement.
pub fn operator_problem(text: &str) -> Option<String> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    for (i, token) in tokens.iter().enumerate() {
        if !operator_like(token) {
            continue;
        }
        if let Some((_, meant)) = OPERATOR_MISTAKES.iter().find(|(wrong, _)| wrong == token) {
            return Some(format!("`{token}` is not an operator; did you mean `{meant}`?"));
        }
        if !OPERATORS.contains(token) {
            return Some(format!(
                "`{token}` is not an operator; the operators are {}",
                OPERATORS.iter().map(|o| format!("`{o}`")).collect::<Vec<_>>().join(", ")
            ));
        }
        if i == 0 {
            return Some(format!("the claim has no subject before `{token}`"));
        }
        if i + 1 == tokens.len() {
            return Some(format!("the claim has no value after `{token}`"));
        }
    }
    // `=`, `<`, `>` (and their look-alikes) inside a word: meant as an operator, but without the
    // spaces around it the claim would be read as a sentence.
    let glued =
        tokens.iter().find(|t| !operator_like(t) && t.chars().any(|c| matches!(c, '=' | '<' | '>' | '≠' | '≥' | '≤')));
    glued.map(|t| {
        format!(
            "`{t}` holds an operator without spaces; write `SUBJECT = VALUE` with a space on each side of the operator"
        )
    })
}

/// The content words of `text`: words (letters or digits) that are not stop words.
fn content_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .filter(|w| !is_stop_word(&lower_word(w)))
        .count()
}

/// Why statement `text` cannot be checked, if it cannot: with fewer than two content words and
/// no figure, there is nothing to find in a source (`Acme` alone would be "supported" by any
/// sentence naming Acme).
pub fn statement_problem(text: &str) -> Option<String> {
    let has_figure = text.chars().any(|c| c.is_ascii_digit());
    if has_figure || content_words(text) >= 2 {
        return None;
    }
    Some(
        "this statement has nothing to check: a statement needs at least two words that are not \
         stop words, or a figure; for a value, write `SUBJECT = VALUE`"
            .to_string(),
    )
}

/// The closest of `candidates` to `word` (case-blind), when it is close enough to be a slip of
/// the keyboard: at most one edit in four letters, two in longer words, and not `word` itself.
pub fn did_you_mean<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let word = word.to_lowercase();
    let allowed = if word.chars().count() <= 4 { 1 } else { 2 };
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&word, &c.to_lowercase()), c))
        .filter(|(d, _)| *d > 0 && *d <= allowed)
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

/// `; did you mean `X`?` for an unknown key, or nothing.
pub fn suggestion(word: &str, candidates: &[&str]) -> String {
    did_you_mean(word, candidates.iter().copied()).map(|c| format!("; did you mean `{c}`?")).unwrap_or_default()
}

/// A word right after the figure of value `literal` that looks like a misspelt scale, unit or
/// currency (`$12.1 bilion`, `5 percnt`, `12milion`): the word and what it is likely meant to be.
/// A word the value reader knows, or one far from every such word (`1,000 soldiers`), is fine.
pub fn misspelt_value_word(literal: &str) -> Option<(String, &'static str)> {
    // The first word after the first digit: glued (`12milion`) or after a space.
    let first_digit = literal.find(|c: char| c.is_ascii_digit())?;
    let rest = &literal[first_digit..];
    let after_figure = rest.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ' '));
    let word: String = after_figure.chars().take_while(|c| c.is_alphabetic()).collect();
    let lower = word.to_lowercase();
    if lower.chars().count() < 4 || factcheck_text::value_words().any(|w| w == lower) || is_stop_word(&lower) {
        return None;
    }
    let meant = factcheck_text::misspellable_value_words()
        .map(|c| (strsim::damerau_levenshtein(&lower, c), c))
        .filter(|(d, c)| *d > 0 && *d <= if c.len() >= 8 { 2 } else { 1 })
        .min_by_key(|(d, c)| (*d, *c))?
        .1;
    Some((word, meant))
}

/// Why `tolerance` cannot apply to `value`, if it cannot: days widen dates only, and an amount
/// or a percentage widens figures, not dates or text.
pub fn tolerance_problem(tolerance: &Tolerance, value: &Value) -> Option<String> {
    let is_date = matches!(value, Value::Date(_));
    let is_figure = value.amount().is_some();
    let kind = match value.kind() {
        ValueKind::Number => "a number",
        ValueKind::Money => "an amount of money",
        ValueKind::Percent => "a percentage",
        ValueKind::Quantity => "a quantity",
        ValueKind::Date => "a date",
        ValueKind::Text => "text",
        ValueKind::List => "a list",
    };
    match tolerance {
        Tolerance::Days(_) if !is_date => Some(format!("a tolerance in days widens a date, and the value is {kind}")),
        Tolerance::Relative(_) | Tolerance::Absolute(_) if !is_figure => Some(format!(
            "a tolerance of a percentage or an amount widens a figure, and the value is {kind}{}",
            if is_date { "; give days (`2 days`)" } else { "" }
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operator_mistakes_are_named_with_the_operator_meant() {
        assert_eq!(operator_problem("Acme job cuts => 1,200").unwrap(), "`=>` is not an operator; did you mean `>=`?");
        assert!(operator_problem("a == 3").unwrap().contains("did you mean `=`?"));
        assert!(operator_problem("a ≠ 3").unwrap().contains("`!=`"));
        assert_eq!(operator_problem("Acme =").unwrap(), "the claim has no value after `=`");
        assert_eq!(operator_problem("= 5").unwrap(), "the claim has no subject before `=`");
        assert!(operator_problem("Acme jobs=1,200").unwrap().contains("without spaces"));
        assert_eq!(operator_problem("Japan aid = $12.1B"), None);
        assert_eq!(operator_problem("aid <= $5B"), None);
        assert_eq!(operator_problem("Russia's full-scale invasion began in February 2022"), None);
    }

    #[test]
    fn statements_need_two_content_words_or_a_figure() {
        assert!(statement_problem("Acme").is_some());
        assert!(statement_problem("the Acme").is_some());
        assert_eq!(statement_problem("Acme cut jobs"), None);
        assert_eq!(statement_problem("Acme 1,200"), None);
    }

    #[test]
    fn misspelt_scales_and_units_are_caught() {
        assert_eq!(misspelt_value_word("$12.1 bilion"), Some(("bilion".into(), "billion")));
        assert_eq!(misspelt_value_word("12milion"), Some(("milion".into(), "million")));
        assert_eq!(misspelt_value_word("5 percnt"), Some(("percnt".into(), "percent")));
        assert_eq!(misspelt_value_word("3 thousnad"), Some(("thousnad".into(), "thousand")));
        for fine in [
            "$12.1 billion",
            "1,000 soldiers",
            "500 bitcoin",
            "12 tonnes",
            "40 km",
            "3 people",
            "2024-05-21",
            "5 points",
            "5 rounds",
            "3 lakes",
            "2 wards",
            "9 July 2024",
        ] {
            assert_eq!(misspelt_value_word(fine), None, "{fine}");
        }
    }

    #[test]
    fn unknown_keys_get_the_nearest_known_one() {
        let keys = ["id", "claim", "quote", "source", "expect", "severity"];
        assert_eq!(did_you_mean("expcet", keys), Some("expect"));
        assert_eq!(did_you_mean("cliam", keys), Some("claim"));
        assert_eq!(did_you_mean("sorce", keys), Some("source"));
        assert_eq!(did_you_mean("colour", keys), None);
    }
}
