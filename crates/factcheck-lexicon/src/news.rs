//! Curated equivalences for reading news figures: the words and phrases news writing uses for one
//! kind of quantity, which WordNet does not relate (`takings` and `revenue`, `traded at` and
//! `share price`, `death toll` and `killed`). Each group is one kind of quantity a report gives
//! a figure for; it lists the forms news writes (inflected forms included, since lookups are
//! exact) and may hold function words (`up`, `worth`, `long`) where they carry the quantity.
//! The groups are general: none is made for one article.

use foldhash::HashMap;
use std::sync::OnceLock;

/// The groups. A phrase is lower case, its words separated by one space; a phrase may be in
/// several groups (`earned` is profit and pay).
const GROUPS: &[&[&str]] = &[
    // Prices of a company's shares.
    &["share price", "shares", "stock price", "traded at", "trading at", "closed at"],
    // What something costs.
    &["cost", "costs", "costing", "bill", "price", "price tag", "priced at", "spent", "expense", "worth"],
    // Money taken in.
    &["revenue", "revenues", "sales", "sold", "takings", "took", "turnover", "receipts", "brought in", "grossed"],
    // Money made after costs.
    &["profit", "profits", "earnings", "earned", "net income", "net profit"],
    // Money lost after costs.
    &["loss", "losses", "lost", "net loss"],
    // A part owned.
    &["stake", "holding", "holdings", "owns", "owned", "ownership"],
    // Worth.
    &["valuation", "valued", "valued at", "worth", "market value", "market capitalisation", "market cap"],
    // Pay.
    &["salary", "salaries", "pay", "paid", "earns", "earned", "wage", "wages", "compensation"],
    // Money planned or given for a purpose.
    &["budget", "funding", "allocated", "earmarked"],
    // Money owed.
    &["debt", "debts", "owes", "owed", "borrowed", "borrowing"],
    // Money paid to shareholders.
    &["dividend", "dividends", "payout", "paid out"],
    // Money put into a company.
    &["investment", "invested", "raised", "funding round"],
    // A company bought.
    &["acquisition", "acquired", "bought", "purchase", "purchased", "takeover", "deal"],
    // Money given.
    &["donation", "donations", "donated", "gift", "gave"],
    // Penalties.
    &["fine", "fined", "penalty"],
    &["sentence", "sentenced", "jailed", "prison term"],
    // Trade.
    &["exports", "exported"],
    &["imports", "imported"],
    // Being out of work.
    &["jobless", "jobless rate", "unemployment", "unemployment rate", "unemployed", "out of work"],
    // People employed.
    &["workforce", "employees", "staff", "employs", "employed", "workers", "jobs", "headcount"],
    // A person's age.
    &["age", "aged", "year-old", "years old", "years of age"],
    // How long something went on.
    &["duration", "lasted", "lasting", "lasts", "long", "length"],
    // People killed.
    &["death toll", "deaths", "death", "died", "dead", "killed", "fatalities", "lives"],
    // People hurt.
    &["injured", "injuries", "wounded", "hurt"],
    // People ill.
    &["cases", "infections", "infected"],
    // People arrested.
    &["arrests", "arrested", "detained"],
    // People who left their homes.
    &["displaced", "fled", "refugees"],
    // People who voted.
    &["turnout", "voted", "votes cast", "ballots cast"],
    // People at an event.
    &["attendance", "attended", "crowd", "spectators"],
    // People living in a place.
    &["population", "inhabitants", "residents", "home to"],
    // People coming to a place, or carried.
    &["visitors", "visited", "tourists", "arrivals"],
    &["passengers", "ridership", "carried"],
    // People belonging to something.
    &["members", "membership"],
    // What a place holds.
    &["capacity", "seats", "seating", "holds"],
    // Sizes.
    &["height", "tall"],
    &["distance", "away", "far"],
    &["weight", "weighs", "weighed", "weighing"],
    &["area", "covers", "covering", "spans"],
    // Periods a figure is for.
    &["quarterly", "quarter"],
    &["annual", "annually", "yearly", "year"],
    &["monthly", "month"],
    &["weekly", "week"],
    &["daily", "day"],
    // A figure going up.
    &[
        "rise",
        "rises",
        "rose",
        "risen",
        "rising",
        "up",
        "increase",
        "increased",
        "grew",
        "grown",
        "growth",
        "gain",
        "gained",
        "climbed",
        "jumped",
        "higher",
        "boost",
        "boosted",
        "climb",
        "jump",
        "soared",
        "surged",
        "rebounded",
    ],
    // A figure going down.
    &[
        "fall",
        "falls",
        "fell",
        "fallen",
        "falling",
        "down",
        "drop",
        "dropped",
        "decline",
        "declined",
        "decrease",
        "decreased",
        "slipped",
        "slip",
        "slide",
        "slid",
        "dipped",
        "tumbled",
        "plunged",
        "sank",
        "shrank",
        "lower",
    ],
    // A figure looked for.
    &["expected", "expects", "set to", "forecast", "forecasts", "predicted", "predicts", "projected", "likely to"],
    // Goods put on sale for the first time.
    &[
        "launch",
        "launched",
        "launches",
        "went on sale",
        "on sale",
        "released",
        "release",
        "debut",
        "debuted",
        "unveiled",
    ],
    // Things handed out.
    &["issued", "issue", "handed out", "distributed", "given out"],
    // Goods made.
    &["output", "production", "produced"],
    // People carried on a craft.
    &["aboard", "on board", "onboard"],
    // Who leads a body.
    &["chairman", "chairwoman", "chair", "chairperson"],
    &["chief executive", "ceo", "boss", "managing director"],
    &["spokesman", "spokeswoman", "spokesperson"],
    &["coach", "head coach", "manager"],
    // Who comes next, or stands against.
    &["successor", "succeeded", "replaced", "took over"],
    &["opponent", "rival", "challenger"],
    // A match lost (who lost it is the statement's to say: `beat` and `lost to` are opposites;
    // `lost` and `loss` are money's too, and stay with money).
    &["defeat", "defeats", "defeated", "beaten", "losing"],
    // What is expected of a figure.
    &[
        "forecast",
        "forecasts",
        "predicted",
        "prediction",
        "projected",
        "projection",
        "expects",
        "expected",
        "estimate",
        "estimated",
    ],
    // One form of a product among several.
    &["version", "variant", "variation", "model"],
];

/// Each phrase -> the other phrases of its groups, sorted.
fn index() -> &'static HashMap<&'static str, Box<[&'static str]>> {
    static INDEX: OnceLock<HashMap<&'static str, Box<[&'static str]>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut others: HashMap<&'static str, Vec<&'static str>> = HashMap::default();
        for group in GROUPS {
            for &phrase in *group {
                others.entry(phrase).or_default().extend(group.iter().filter(|&&p| p != phrase));
            }
        }
        others
            .into_iter()
            .map(|(phrase, mut list)| {
                list.sort_unstable();
                list.dedup();
                (phrase, list.into_boxed_slice())
            })
            .collect()
    })
}

/// The curated news equivalents of `phrase` (looked up lower-cased; words separated by one
/// space): the other members of every group it belongs to, sorted; empty if it is in none. These are not
/// WordNet relations but the words news reports use for one kind of quantity (a share price
/// is what shares `traded at`, takings are `revenue`, a `death toll` is who `died`), for a
/// matcher reading figures. The lookup is exact (but for case): the groups list inflected forms themselves.
///
/// ```
/// let others = factcheck_lexicon::equivalents("takings");
/// assert!(others.contains(&"revenue") && others.contains(&"took"));
/// ```
pub fn equivalents(phrase: &str) -> &'static [&'static str] {
    index().get(crate::lower(phrase).as_ref()).map_or(&[], |list| list)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Phrases are written as lookups expect them, and no group repeats a phrase.
    #[test]
    fn phrases_are_lower_case_single_spaced_and_unique_in_their_group() {
        for group in GROUPS {
            for (i, phrase) in group.iter().enumerate() {
                assert!(!phrase.is_empty() && phrase.trim() == *phrase && !phrase.contains("  "), "{phrase:?}");
                assert_eq!(phrase.to_lowercase(), *phrase);
                assert!(!group[..i].contains(phrase), "{phrase:?} twice in a group");
            }
        }
    }

    /// The equivalences the matcher was asked for: each word of a line is an equivalent of the
    /// others.
    #[test]
    fn the_quantities_news_reports_are_covered() {
        let wanted: &[&[&str]] = &[
            &["share price", "traded at", "shares"],
            &["cost", "bill", "price"],
            &["takings", "took", "revenue", "sales"],
            &["stake", "holding"],
            &["jobless", "unemployment"],
            &["age", "year-old", "aged"],
            &["duration", "lasted", "long"],
            &["death toll", "died", "killed", "deaths"],
            &["turnout", "voted"],
            &["profit", "earnings", "net income"],
            &["quarterly", "quarter"],
            &["rise", "up", "increase", "grew"],
            &["fall", "down", "drop", "declined"],
            &["population", "inhabitants", "residents"],
            &["salary", "paid", "earns"],
            &["attendance", "crowd", "spectators"],
            &["valuation", "valued", "worth"],
        ];
        for line in wanted {
            for a in *line {
                for b in line.iter().filter(|b| *b != a) {
                    assert!(equivalents(a).contains(b), "{a} -> {b}");
                }
            }
        }
    }

    #[test]
    fn a_phrase_maps_to_the_other_members_of_all_its_groups() {
        assert!(equivalents("share price").contains(&"traded at"));
        assert!(equivalents("traded at").contains(&"share price"));
        let earned = equivalents("earned");
        assert!(earned.contains(&"net income") && earned.contains(&"salary"), "{earned:?}");
        assert!(!earned.contains(&"earned"));
        assert!(equivalents("zebra").is_empty());
        assert_eq!(equivalents("Takings"), equivalents("takings"));
        assert!(equivalents("taking").is_empty(), "exact lookups: no lemmatisation");
    }
}
