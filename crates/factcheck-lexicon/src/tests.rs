use super::*;
use Pos::{Adjective, Noun, Verb};

/// The words of a sentence, lower-cased, for the pairs below to come from real-looking text.
fn words(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Asserts that `a` and `b` are words of `sentence` and relate as `expected`, both ways round.
fn assert_link(sentence: &str, a: &str, b: &str, expected: Option<Link>) {
    let words = words(sentence);
    assert!(words.iter().any(|w| w == a) && words.iter().any(|w| w == b), "{a:?} and {b:?} in {sentence:?}");
    assert_eq!(link(a, b), expected, "{a}/{b}");
    assert_eq!(link(b, a), expected, "{b}/{a}");
}

#[test]
fn each_kind_of_link_on_the_words_of_news_sentences() {
    let storm = "The storm killed 12 people on Monday and deaths rose to 40; by Tuesday 52 had died, \
                 as the toll grew with the rising waters, and fell only when growth slowed.";
    assert_link(storm, "storm", "storm", Some(Link::Same));
    assert_link(storm, "rose", "rising", Some(Link::Inflection));
    assert_link(storm, "deaths", "died", Some(Link::Derivation));
    assert_link(storm, "grew", "growth", Some(Link::Derivation));
    assert_link(storm, "rose", "fell", Some(Link::Antonym));
    assert_link(storm, "deaths", "toll", None);

    let company = "Acme sold 3 million phones, its sellers said; sales rose, the jobless rate fell \
                   as unemployed workers were employed again, the report published on Friday said.";
    assert_link(company, "sold", "sellers", Some(Link::Derivation));
    assert_link(company, "jobless", "unemployed", Some(Link::Synonym));
    assert_link(company, "unemployed", "employed", Some(Link::Antonym));
    assert_eq!(link("unemployment", "employment"), Some(Link::Antonym));
    assert_eq!(link("publication", "published"), Some(Link::Derivation));
    // WordNet does not join `sale` and `sell`: the curated news table does.
    assert_link(company, "sold", "sales", None);
    assert!(equivalents("sales").contains(&"sold"));
}

#[test]
fn links_are_case_blind_and_an_unknown_word_is_only_itself() {
    assert_eq!(link("Sold", "SELLS"), Some(Link::Inflection));
    assert_eq!(link("Zorblat", "zorblat"), Some(Link::Same));
    assert_eq!(link("zorblat", "zorblats"), None, "not a WordNet word: no inflection is guessed");
}

#[test]
fn words_that_do_not_relate_have_no_link() {
    assert_eq!(link("price", "year"), None);
    assert_eq!(link("profit", "storm"), None);
    // `be` has a rare sense "cost" (its ninth): first senses only make synonyms.
    assert_eq!(link("cost", "be"), None);
    assert_eq!(link("cost", "price"), Some(Link::Synonym));
}

#[test]
fn antonyms_directly_through_derivations_and_through_satellites() {
    for (a, b) in [("slow", "fast"), ("rise", "fall"), ("increase", "decrease"), ("win", "lose"), ("won", "lost")] {
        assert_eq!(link(a, b), Some(Link::Antonym), "{a}/{b}");
    }
    assert_eq!(link("slowness", "fast"), Some(Link::Antonym), "through the derivation slow -> slowness");
    assert_eq!(link("quick", "slow"), Some(Link::Antonym), "`quick` is a satellite of `fast`");
    assert_eq!(link("quick", "fast"), Some(Link::Synonym));
    assert!(antonyms("rose").contains(&"fall"));
    assert!(antonyms("slow").contains(&"fast") && antonyms("fast").contains(&"slow"), "symmetric");
}

#[test]
fn irregular_forms_come_from_the_data() {
    for (form, lemma, pos) in [
        ("went", "go", Verb),
        ("children", "child", Noun),
        ("fell", "fall", Verb),
        ("sold", "sell", Verb),
        ("took", "take", Verb),
        ("men", "man", Noun),
        ("better", "good", Adjective),
        ("dropped", "drop", Verb),
    ] {
        assert!(lemmas(form).contains(&(lemma, pos)), "{form} -> {lemma}: {:?}", lemmas(form));
    }
    // `fell` is also a lemma of its own (to fell a tree), so it keeps that reading too.
    assert!(lemmas("fell").contains(&("fell", Verb)));
}

#[test]
fn morphy_rules_detach_endings_for_their_part_of_speech() {
    for (form, lemma, pos) in [
        ("sales", "sale", Noun),
        ("buses", "bus", Noun),
        ("boxes", "box", Noun),
        ("buzzes", "buzz", Noun),
        ("churches", "church", Noun),
        ("crashes", "crash", Noun),
        ("firemen", "fireman", Noun),
        ("companies", "company", Noun),
        ("sells", "sell", Verb),
        ("carries", "carry", Verb),
        ("rises", "rise", Verb),
        ("pushes", "push", Verb),
        ("died", "die", Verb),
        ("killed", "kill", Verb),
        ("rising", "rise", Verb),
        ("selling", "sell", Verb),
        ("faster", "fast", Adjective),
        ("fastest", "fast", Adjective),
        ("later", "late", Adjective),
        ("latest", "late", Adjective),
    ] {
        assert!(lemmas(form).contains(&(lemma, pos)), "{form} -> {lemma} ({pos:?}): {:?}", lemmas(form));
    }
    // A result is kept only if it is a lemma of the rule's part of speech: `news` is no plural
    // of the adjective `new`, and `pushes` no `pushe`.
    assert!(!lemmas("news").iter().any(|&(l, _)| l == "new"), "{:?}", lemmas("news"));
    assert!(!lemmas("pushes").iter().any(|&(l, _)| l == "pushe"));
    assert_eq!(lemmas("sell"), [("sell", Noun), ("sell", Verb)]);
    assert!(lemmas("qwertyuiop").is_empty());
    assert!(lemmas(&"a".repeat(morphy::LONGEST_WORD + 10)).is_empty());
}

#[test]
fn lemma_and_part_of_speech_lookups() {
    assert!(is_lemma("go") && !is_lemma("went"));
    assert_eq!(pos_of("sell"), [Noun, Verb]);
    assert_eq!(pos_of("fast"), [Noun, Verb, Adjective, Pos::Adverb]);
    assert_eq!(pos_of("sold"), [Adjective], "`sold` is a lemma too (\"sold out\")");
    assert!(pos_of("went").is_empty());
    // Capitalised entries are kept lower-cased (`Japanese`), but not when they would change a
    // common word (`Be`, beryllium) or are acronyms (`SARS`).
    assert!(is_lemma("Japanese") && is_lemma("japanese"));
    assert_eq!(pos_of("be"), [Verb]);
    assert!(!is_lemma("sars"));
    assert!(!is_lemma("car park") && !is_lemma("b"), "single words of two letters or more");
}

#[test]
fn expansions_give_related_lemmas_without_the_word_itself() {
    assert!(synonyms("jobless").contains(&"unemployed"));
    assert!(derivations("died").contains(&"death"));
    assert!(derivations("publication").contains(&"publish"));
    for list in [synonyms("sold"), derivations("sold"), antonyms("sold")] {
        assert!(!list.contains(&"sell") && !list.contains(&"sold"), "{list:?}");
        assert!(list.windows(2).all(|w| w[0] < w[1]), "sorted and deduplicated: {list:?}");
    }
    assert!(synonyms("qwertyuiop").is_empty());
}

/// Two parses of the table give equal structures: nothing depends on hash order or on the
/// process.
#[test]
fn loading_is_deterministic() {
    let first = Table::parse(table::TABLE_TEXT).expect("the table parses");
    let second = Table::parse(table::TABLE_TEXT).expect("the table parses");
    assert_eq!(first, second);
    assert_eq!(first.names.len(), table().names.len());
    let mut sorted = first.names.clone();
    sorted.sort_unstable();
    assert_eq!(first.names, sorted, "ids are the lemmas' sorted order");
}

#[test]
fn the_table_is_within_the_limits_the_code_assumes() {
    let table = table();
    assert!(table.names.len() > 50_000, "{} lemmas", table.names.len());
    assert!(table.names.iter().all(|n| n.len() <= morphy::LONGEST_WORD), "the rules apply to every lemma");
    assert!(table.most_form_readings() <= 8, "{} readings of one form", table.most_form_readings());
    for relation in [&table.synonyms, &table.derivations, &table.antonyms] {
        assert!(relation.len() > 10_000);
        for id in 0..table.names.len() as Id {
            assert!(relation.of(id).iter().all(|&other| other != id && relation.contains(other, id)), "symmetric");
        }
    }
}

#[test]
fn a_malformed_table_is_an_error() {
    assert!(Table::parse("b\tn\na\tn\n").is_err(), "out of order");
    assert!(Table::parse("a\tx\n").is_err(), "part of speech");
    assert!(Table::parse("aa\tn\t\tbb\n").is_err(), "a relation to no lemma");
    assert!(Table::parse("aa\tn\nbb\tn\t\taa\n").is_ok());
}

/// The data is in the binary: the crate's code has no file or environment access, so moving
/// the binary away from the repository changes nothing.
#[test]
fn nothing_is_read_at_run_time() {
    let sources =
        [include_str!("lib.rs"), include_str!("table.rs"), include_str!("morphy.rs"), include_str!("news.rs")];
    for source in sources {
        for io in ["std::fs", "File::", "read_to_string", "env::var", "std::io"] {
            assert!(!source.contains(io), "{io} in the crate's code");
        }
    }
    assert!(table::TABLE_TEXT.len() > 1_000_000, "the table is embedded");
}
