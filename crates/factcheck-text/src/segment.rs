//! Sentence segmentation that survives `U.S.`, `Feb.`, `Mr.`, `a.m.`, decimals and initials.

use crate::text::is_uncased;
use std::ops::Range;

/// Words that end with a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "st", "jr",
    "sr", "rev", "hon", "pres", "vs", "etc", "inc", "corp", "co", "ltd", "llc", "plc", "approx", "est", "dept", "univ",
    "ave", "blvd", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "u.s", "u.k", "u.n", "e.u", "e.g", "i.e", "a.m",
    "p.m", "ph.d", "d.c", "n.y", "l.a", "cf", "al",
];

/// Abbreviations that only count as such before a number (`No. 5`, `Vol. 2`): `no.` also
/// ends sentences.
const NUMBER_ABBREVIATIONS: &[&str] = &["no", "nos", "vol", "fig", "op", "art", "ch", "p", "pp"];

/// Whether the period after `word` (lower-cased, without that period: `mr`, `u.s`, `no`) belongs
/// to it rather than ending a sentence; `before_number` when a number follows (`No. 5`).
pub fn is_abbreviation(word: &str, before_number: bool) -> bool {
    ABBREVIATIONS.contains(&word) || (before_number && NUMBER_ABBREVIATIONS.contains(&word))
}

/// The word ending at byte `end` (letters and inner periods), lower-cased.
fn word_before(text: &str, end: usize) -> String {
    let start = text[..end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || *c == '.')
        .last()
        .map_or(end, |(i, _)| i);
    text[start..end].trim_start_matches('.').to_lowercase()
}

/// Byte ranges of the sentences of `text`, trimmed of surrounding white space, in order.
/// A blank line always ends a sentence (headlines have no full stop); so does a line break
/// followed by a capital, a digit or a quote.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    sentences_of(text, is_uncased(text))
}

/// [`sentences`], told whether the text is uncased (see [`is_uncased`]): a caller that needs
/// to know it too reads the text for it once.
pub fn sentences_of(text: &str, uncased: bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut at = 0;
    // Only sentence marks and line feeds can end a sentence: the scan jumps from one to the
    // next by bytes (`…` starts with 0xE2, as do other characters, told apart once decoded).
    while let Some(skip) = bytes[at..].iter().position(|b| matches!(b, b'.' | b'!' | b'?' | b'\n' | 0xE2)) {
        let i = at + skip;
        let Some(c) = text[i..].chars().next() else { break };
        at = i + c.len_utf8();
        let mut cut: Option<usize> = None;
        match c {
            '.' | '!' | '?' | '…' => {
                // Take closing quotes and brackets with the sentence.
                let mut end = i + c.len_utf8();
                while let Some(d) = text[end..].chars().next() {
                    if matches!(d, '"' | '”' | '\'' | '’' | ')' | ']' | '.' | '!' | '?') {
                        end += d.len_utf8();
                    } else {
                        break;
                    }
                }
                at = end;
                let rest = &text[end..];
                let next_char = rest.trim_start().chars().next();
                let followed_by_space = rest.is_empty() || rest.starts_with(char::is_whitespace);
                if followed_by_space && ends_sentence(text, i, c, next_char, uncased) {
                    cut = Some(end);
                }
            }
            '\n' => {
                let rest = &text[i + 1..];
                let blank_line = rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n');
                let next = rest.trim_start().chars().next();
                if blank_line
                    || next.is_some_and(|n| {
                        n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '\'' | '‘' | '-' | '*' | '•')
                    })
                {
                    cut = Some(i);
                }
            }
            _ => {}
        }
        if let Some(end) = cut {
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start, bytes.len(), &mut out);
    out
}

fn ends_sentence(text: &str, at: usize, mark: char, next: Option<char>, uncased: bool) -> bool {
    let Some(next) = next else { return true };
    if mark != '.' {
        return !next.is_lowercase() || uncased;
    }
    // `1. 3 billion` in text tokenised with spaces is a decimal.
    let number_start = text[..at].bytes().rev().take_while(|b| b.is_ascii_digit()).count();
    if number_start > 0 && crate::text::spaced_separator(text, at - number_start, at).is_some() {
        return false;
    }
    let word = word_before(text, at);
    // An initial (`J. Smith`) or a known abbreviation does not end a sentence...
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    if single_letter || is_abbreviation(&word, next.is_ascii_digit()) {
        return false;
    }
    // ...and neither does a period before a lower-case word, unless the text has no case.
    !next.is_lowercase() || uncased
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(start + lead..end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn abbreviations_decimals_and_initials_do_not_split() {
        let text =
            "The U.S. gave $12.1 billion on Feb. 24, 2022. Mr. J. R. Smith met at 9 a.m. on Monday. Then he left!";
        assert_eq!(
            split(text),
            [
                "The U.S. gave $12.1 billion on Feb. 24, 2022.",
                "Mr. J. R. Smith met at 9 a.m. on Monday.",
                "Then he left!"
            ]
        );
    }

    #[test]
    fn headlines_and_paragraphs_split_on_blank_lines() {
        let text = "Ukraine aims to seal pact\n\nNegotiations are nearing conclusion. “It is close,” he said.\n";
        assert_eq!(
            split(text),
            ["Ukraine aims to seal pact", "Negotiations are nearing conclusion.", "“It is close,” he said."]
        );
    }

    #[test]
    fn quotes_close_with_the_sentence() {
        assert_eq!(split("He said “no.” Then he left."), ["He said “no.”", "Then he left."]);
    }

    #[test]
    fn lower_cased_text_still_splits() {
        assert_eq!(
            split("the u.s. paid $5 million. the deal closed."),
            ["the u.s. paid $5 million.", "the deal closed."]
        );
    }
}
