use super::*;
use proptest::prelude::*;

fn index(terms: &[(&str, &str, u8)]) -> SearchIndex {
    SearchIndex::build(
        terms
            .iter()
            .enumerate()
            .map(|(i, &(text, lang, bias))| Entry {
                text,
                lang,
                payload: i as u32,
                bias,
            }),
    )
}

/// `(payload, kind, distance)` of each hit.
fn found(index: &SearchIndex, q: &str) -> Vec<(u32, MatchKind, u8)> {
    index
        .search(q, &SearchOptions::default())
        .iter()
        .map(|h| (h.payload, h.kind, h.distance))
        .collect()
}

fn first(index: &SearchIndex, q: &str) -> Option<(u32, MatchKind, u8)> {
    found(index, q).first().copied()
}

use MatchKind::*;

fn glossary() -> SearchIndex {
    index(&[
        /* 0 */ ("child sexual abuse material", "en", 0),
        /* 1 */ ("child pornography", "en", 3),
        /* 2 */ ("matériel d’abus sexuel sur enfant", "fr", 0),
        /* 3 */ ("pédopornographie", "fr", 3),
        /* 4 */ ("материалы сексуального насилия над детьми", "ru", 0),
        /* 5 */ ("детская порнография", "ru", 3),
        /* 6 */ ("مواد الاعتداء الجنسي على الأطفال", "ar", 0),
        /* 7 */ ("استغلال الأطفال في المواد الإباحية", "ar", 3),
        /* 8 */ ("儿童性虐待材料", "zh", 0),
        /* 9 */ ("儿童色情制品", "zh", 3),
        /* 10 */ ("explotación sexual de niños", "es", 0),
        /* 11 */ ("CSAM", "en", 1),
        /* 12 */ ("grooming", "en", 0),
        /* 13 */ ("online grooming", "en", 0),
        /* 14 */ ("child's rights", "en", 0),
    ])
}

#[test]
fn missing_diacritics_find_the_french_term() {
    let g = glossary();
    assert_eq!(first(&g, "pedopornographie"), Some((3, Exact, 0)));
    assert_eq!(first(&g, "PEDOPORNO"), Some((3, Prefix, 0)));
    assert_eq!(
        first(&g, "explotacion sexual de ninos"),
        Some((10, Exact, 0))
    );
}

#[test]
fn cyrillic_in_any_case() {
    let g = glossary();
    assert_eq!(first(&g, "ДЕТСКАЯ ПОРНОГРАФИЯ"), Some((5, Exact, 0)));
    assert_eq!(first(&g, "порнография"), Some((5, WordPrefix, 0)));
}

#[test]
fn arabic_with_and_without_harakat_and_variants() {
    let g = glossary();
    // As stored, without vocalisation and with plain alef.
    assert_eq!(
        first(&g, "استغلال الاطفال في المواد الاباحيه"),
        Some((7, Exact, 0))
    );
    // With harakat and a tatweel.
    assert_eq!(
        first(&g, "اِسْتِغْلَالُ الأَطْفَالِ فِي المَوَادِّ الإِبَاحِيَّةِ"),
        Some((7, Exact, 0))
    );
    assert_eq!(first(&g, "اســتغلال"), Some((7, Prefix, 0)));
    // alef maqsura typed as ya, ta marbuta as ha
    assert_eq!(
        first(&g, "مواد الاعتداء الجنسي علي الاطفال"),
        Some((6, Exact, 0))
    );
    // a word in the middle
    assert_eq!(first(&g, "الجنسى"), Some((6, WordPrefix, 0)));
}

#[test]
fn fullwidth_latin_from_a_chinese_input_method() {
    let g = glossary();
    assert_eq!(first(&g, "ＣＳＡＭ"), Some((11, Exact, 0)));
    assert_eq!(first(&g, "ｃｓａｍ"), Some((11, Exact, 0)));
}

#[test]
fn invisible_controls_in_the_query_are_ignored() {
    let g = glossary();
    assert_eq!(first(&g, "gro\u{200D}oming"), Some((12, Exact, 0)));
    assert_eq!(first(&g, "\u{202E}grooming\u{202C}"), Some((12, Exact, 0)));
    assert_eq!(first(&g, "استغلال\u{200F}"), Some((7, Prefix, 0)));
}

#[test]
fn apostrophes_are_interchangeable() {
    let g = glossary();
    assert_eq!(first(&g, "child’s rights"), Some((14, Exact, 0)));
    assert_eq!(first(&g, "childʼs rights"), Some((14, Exact, 0)));
    assert_eq!(first(&g, "child's rights"), Some((14, Exact, 0)));
    assert_eq!(first(&g, "matériel d'abus"), Some((2, Prefix, 0)));
}

#[test]
fn chinese_substring_and_prefix() {
    let g = glossary();
    assert_eq!(found(&g, "性虐待"), vec![(8, Substring, 0)]);
    assert_eq!(found(&g, "色情"), vec![(9, Substring, 0)]);
    // Both Chinese terms start with 儿童: prefix, preferred term first.
    assert_eq!(found(&g, "儿童"), vec![(8, Prefix, 0), (9, Prefix, 0)]);
    assert_eq!(found(&g, "儿童色情制品"), vec![(9, Exact, 0)]);
}

#[test]
fn kinds_rank_exact_prefix_word_prefix_fuzzy() {
    let g = index(&[
        ("grooming", "en", 5),          // 0 exact, worst bias
        ("groomings", "en", 0),         // 1 prefix
        ("online grooming", "en", 0),   // 2 word prefix
        ("grooning", "en", 0),          // 3 fuzzy, distance 1
        ("grooming grooming", "en", 0), // 4 prefix (shortest prefix is 1)
    ]);
    assert_eq!(
        found(&g, "grooming"),
        vec![
            (0, Exact, 0),
            (1, Prefix, 0),
            (4, Prefix, 0),
            (2, WordPrefix, 0),
        ]
    );
    // Typo neighbours only for a query that matches nothing as typed; the exhaustive order
    // ranks them after every other kind.
    let all = g.search_exhaustive("grooming", &SearchOptions::default());
    assert_eq!(
        all.last().map(|h| (h.payload, h.kind, h.distance)),
        Some((3, Fuzzy, 1))
    );
    assert_eq!(first(&g, "groominh"), Some((0, Fuzzy, 1)));
}

#[test]
fn a_chinese_substring_as_typed_ranks_above_a_typo_neighbour() {
    let g = index(&[
        ("色情制度", "zh", 0),     // 0 one substitution away from the query
        ("儿童色情制品", "zh", 0), // 1 holds the query as typed
    ]);
    assert_eq!(
        found(&g, "色情制品"),
        vec![(1, Substring, 0), (0, Fuzzy, 1)]
    );
}

#[test]
fn ties_by_bias_then_length_then_payload() {
    let g = index(&[
        ("abuse material", "en", 2), // 0
        ("abuse images", "en", 2),   // 1 shorter than 0
        ("abuse", "fr", 2),          // 2 exact
        ("abuse of trust", "en", 1), // 3 best bias
        ("abuse imagery", "en", 2),  // 4 same length as 0 → payload
        ("abuse matters", "en", 2),  // 5
    ]);
    let hits = g.search("abuse", &SearchOptions::default());
    let order: Vec<u32> = hits.iter().map(|h| h.payload).collect();
    assert_eq!(order, vec![2, 3, 1, 4, 5, 0]);
    // scores decrease strictly except for ties broken by payload
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn each_payload_once_with_its_best_match() {
    let g = SearchIndex::build([
        Entry {
            text: "online grooming",
            lang: "en",
            payload: 7,
            bias: 0,
        },
        Entry {
            text: "grooming",
            lang: "en",
            payload: 7,
            bias: 3,
        },
        Entry {
            text: "grooming en ligne",
            lang: "fr",
            payload: 7,
            bias: 0,
        },
    ]);
    let hits = g.search("grooming", &SearchOptions::default());
    assert_eq!(hits.len(), 1);
    assert_eq!((hits[0].payload, hits[0].kind), (7, Exact));
}

#[test]
fn fuzzy_one_typo_of_each_kind() {
    let g = glossary();
    // substitution, deletion, insertion, transposition
    assert_eq!(first(&g, "groaming"), Some((12, Fuzzy, 1)));
    assert_eq!(first(&g, "grooing"), Some((12, Fuzzy, 1)));
    assert_eq!(first(&g, "grooiming"), Some((12, Fuzzy, 1)));
    assert_eq!(first(&g, "gorooming"), Some((12, Fuzzy, 1)));
    assert_eq!(first(&g, "rgooming"), Some((12, Fuzzy, 1)));
    // two typos in a long term
    assert_eq!(first(&g, "child pronogrphy"), Some((1, Fuzzy, 2)));
    // a mistyped word inside a term, at its end and at its start
    assert_eq!(first(&g, "pornogrpahy"), Some((1, Fuzzy, 1)));
    assert_eq!(first(&g, "sbuse material"), Some((0, Fuzzy, 1)));
    // Cyrillic
    assert_eq!(first(&g, "детская порнографиа"), Some((5, Fuzzy, 1)));
}

#[test]
fn two_typos_at_both_ends_of_a_long_term() {
    // One edit in the first third and one in the last: neither outer piece is exact, only the
    // third scheme (at most one edit up to the end of the middle piece) finds it.
    let g = index(&[("abcdefghijkl", "en", 0), ("zzzzzzzzzzzz", "en", 0)]);
    assert_eq!(first(&g, "axcdefghijyl"), Some((0, Fuzzy, 2)));
    assert_eq!(first(&g, "bacdefghijlk"), Some((0, Fuzzy, 2)));
    assert_eq!(first(&g, "acdefghijkxl"), Some((0, Fuzzy, 2)));
}

#[test]
fn a_long_title_with_one_typo_is_found() {
    // A drafter pastes the instrument's title (107 characters without spaces) with one letter
    // swapped and one doubled: the typo is found anywhere in it, and a prefix of the title
    // with a typo is found as type-ahead.
    let title = "Optional Protocol to the Convention on the Rights of the Child on the sale of \
                 children, child prostitution and child pornography";
    let g = index(&[(title, "en", 0), ("child pornography", "en", 3)]);
    let typo = title.replace("Rights", "Rigths");
    assert_eq!(first(&g, &typo), Some((0, Fuzzy, 1)));
    let two = typo.replace("sale", "ssale");
    assert_eq!(first(&g, &two), Some((0, Fuzzy, 2)));
    let start = typo.replace("Optional", "Otpional");
    assert_eq!(first(&g, &start), Some((0, Fuzzy, 2)));
    let prefix: String = typo.chars().take(80).collect();
    assert_eq!(first(&g, &prefix), Some((0, Fuzzy, 1)));
    // Past the longest query the walk takes (256 characters), no fuzzy hits: a pasted
    // paragraph is the text checker's work, not a search.
    let long = format!("{typo} {}", "and child pornography ".repeat(10));
    assert_eq!(first(&g, &long), None);
}

#[test]
fn a_phrase_that_holds_terms_finds_them() {
    let g = index(&[
        /* 0 */ ("sexual exploitation of children", "en", 0),
        /* 1 */ ("sexual exploitation", "en", 0),
        /* 2 */ ("exploitation sexuelle des enfants", "fr", 0),
        /* 3 */ ("online child sexual exploitation", "en", 0),
        /* 4 */ ("儿童色情制品", "zh", 3),
        /* 5 */ ("children", "en", 2),
    ]);
    let within = |q: &str, o: &SearchOptions| -> Vec<(u32, MatchKind, u8)> {
        g.search(q, o)
            .iter()
            .map(|h| (h.payload, h.kind, h.distance))
            .collect()
    };
    let all = SearchOptions::default();
    // The longest term first (it leaves out one word of five), then the shorter ones.
    assert_eq!(
        within("sexual exploitation of children online", &all),
        [(0, Within, 0), (1, Within, 0), (5, Within, 0)]
    );
    // Punctuation and case are folded away, as in every kind; the language filter holds.
    let fr = SearchOptions {
        lang: Some("fr".into()),
        ..SearchOptions::default()
    };
    assert_eq!(
        within("L'exploitation sexuelle des enfants en ligne", &fr),
        [(2, Within, 0)]
    );
    assert!(within("sexual exploitation of children online", &fr).is_empty());
    // Between Han characters too.
    assert_eq!(within("儿童色情制品问题", &all), [(4, Within, 0)]);
    // A query that is a term or a term's start gets none: `sexual exploitation` is a term and
    // the start of another, and `children` is not added to its hits.
    assert!(
        within("sexual exploitation", &all)
            .iter()
            .all(|h| h.1 < Fuzzy)
    );
    // A single word holds no other term; a typo neighbour ranks before a term within.
    assert!(within("exploitationn", &all).iter().all(|h| h.1 == Fuzzy));
    assert_eq!(
        within("sexual exploitaton of children", &all),
        [(0, Fuzzy, 1), (5, Within, 0)]
    );
    // Past 256 characters, a text is not searched for the terms it holds.
    let long = format!("sexual exploitation of children {}", "online ".repeat(40));
    assert!(within(&long, &all).is_empty());
}

#[test]
fn a_pathological_phrase_costs_a_bounded_number_of_look_ups() {
    // Every piece of every start is a term: 120 starts of 100 pieces each, far past the budget;
    // the best term within (it leaves out 20 of the 120 words) is found first all the same.
    let keys: Vec<String> = (1..=100).map(|n| "a".repeat(n)).collect();
    let g = SearchIndex::build(keys.iter().enumerate().map(|(i, k)| Entry {
        text: k,
        lang: "en",
        payload: i as u32,
        bias: 0,
    }));
    let q = vec!["a"; 120].join(" ");
    let hits = g.search(&q, &SearchOptions::default());
    assert_eq!(
        hits.first().map(|h| (h.payload, h.kind)),
        Some((99, Within))
    );
    assert_eq!(hits.len(), 20);
}

#[test]
fn short_queries_are_not_fuzzy() {
    let g = index(&[("csam", "en", 0)]);
    assert!(found(&g, "cszm").iter().all(|h| h.1 == Fuzzy));
    assert!(found(&g, "csm").is_empty());
}

#[test]
fn language_filter() {
    let g = index(&[
        ("grooming", "en", 0),
        ("grooming", "fr-CA", 0),
        ("gruming", "es", 0),
    ]);
    let only = |lang: &str| SearchOptions {
        lang: Some(lang.into()),
        limit: 20,
    };
    let ids = |o: &SearchOptions| {
        g.search("grooming", o)
            .iter()
            .map(|h| h.payload)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&only("en")), vec![0]);
    assert_eq!(ids(&only("FR")), vec![1]);
    assert_eq!(ids(&only("fr-ca")), vec![1]);
    assert_eq!(ids(&only("de")), Vec::<u32>::new());
    assert_eq!(ids(&SearchOptions::default()), vec![0, 1]);
    let es = g.search("grumming", &only("es"));
    assert_eq!(es.iter().map(|h| h.payload).collect::<Vec<_>>(), vec![2]);
}

#[test]
fn limit_is_respected_on_huge_ranges() {
    let texts: Vec<String> = (0..5000).map(|i| format!("abuse {i}")).collect();
    let g = SearchIndex::build(texts.iter().enumerate().map(|(i, t)| Entry {
        text: t,
        lang: "en",
        payload: i as u32,
        bias: (i % 4) as u8,
    }));
    let hits = g.search(
        "a",
        &SearchOptions {
            lang: None,
            limit: 5,
        },
    );
    assert_eq!(hits.len(), 5);
    // bias 0 first, then shortest keys ("abuse0" … "abuse9"), then payload
    assert_eq!(
        hits.iter().map(|h| h.payload).collect::<Vec<_>>(),
        vec![0, 4, 8, 12, 16]
    );
    assert!(
        g.search(
            "a",
            &SearchOptions {
                lang: None,
                limit: 0
            }
        )
        .is_empty()
    );
}

#[test]
fn bad_queries_give_no_hits() {
    let g = glossary();
    for q in [
        "",
        " ",
        "\u{0301}\u{0301}\u{0301}",
        "\u{0000}\u{0001}\u{007F}",
        "\u{202E}\u{202D}\u{2066}",
        "!!!",
    ] {
        assert!(g.search(q, &SearchOptions::default()).is_empty(), "{q:?}");
    }
}

#[test]
fn a_one_megabyte_query_is_answered() {
    let g = glossary();
    let big = "pédopornographie ".repeat(60_000);
    assert!(big.len() > 1_000_000);
    assert!(g.search(&big, &SearchOptions::default()).is_empty());
    let big_cjk = "儿".repeat(400_000);
    assert!(g.search(&big_cjk, &SearchOptions::default()).is_empty());
    let marks = "\u{0301}".repeat(500_000);
    assert!(g.search(&marks, &SearchOptions::default()).is_empty());
}

#[test]
fn empty_index() {
    let g = SearchIndex::default();
    assert!(g.is_empty());
    assert!(g.search("anything", &SearchOptions::default()).is_empty());
}

/// Optimal string alignment distance (the reference for the fuzzy search).
fn osa(a: &[char], b: &[char]) -> usize {
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[n][m]
}

fn allowed_distance(m: usize) -> usize {
    match m {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The pigeonhole schemes find every key within the allowed distance of the whole query.
    #[test]
    fn fuzzy_finds_every_key_within_distance(
        keys in prop::collection::vec("[abcd]{2,12}", 1..60),
        q in "[abcd]{4,12}",
    ) {
        let index = SearchIndex::build(keys.iter().enumerate().map(|(i, k)| Entry {
            text: k, lang: "en", payload: i as u32, bias: 0,
        }));
        let opts = SearchOptions { lang: None, limit: 10_000 };
        let hits = index.search_exhaustive(&q, &opts);
        // What users get: no typo neighbours for a query that matches as typed.
        let staged = index.search(&q, &opts);
        if staged.iter().any(|h| matches!(h.kind, Exact | Prefix)) {
            prop_assert!(staged.iter().all(|h| h.kind < Fuzzy));
        }
        let qc: Vec<char> = q.chars().collect();
        let d = allowed_distance(qc.len());
        // Typo tolerance at distance 2 with an edit in each outer third is for queries that
        // match no term and no term's prefix as typed.
        let known = hits.iter().any(|h| matches!(h.kind, Exact | Prefix));
        for (i, k) in keys.iter().enumerate() {
            let kc: Vec<char> = k.chars().collect();
            let dist = osa(&qc, &kc);
            if dist <= d && (dist <= 1 || !known) {
                let hit = hits.iter().find(|h| h.payload == i as u32);
                prop_assert!(hit.is_some(), "{q:?} should find {k:?} at distance {dist}");
                if let Some(h) = hit {
                    prop_assert!(h.kind < Fuzzy || usize::from(h.distance) <= dist);
                }
            }
        }
        // Every fuzzy hit is justified by some span within the distance.
        for h in &hits {
            prop_assert!(usize::from(h.distance) <= d);
        }
    }

    /// Keys made from the query by one or two random edits, anywhere.
    #[test]
    fn fuzzy_finds_edited_keys(
        q in "[a-f]{4,14}",
        edits in prop::collection::vec((0usize..4, 0usize..16, 0u8..6), 1..3),
    ) {
        let mut k: Vec<char> = q.chars().collect();
        for (op, pos, letter) in edits {
            let c = char::from(b'a' + letter);
            let p = pos % (k.len() + 1);
            match op {
                0 if p < k.len() => k[p] = c,
                1 if p < k.len() => { k.remove(p); }
                2 => k.insert(p, c),
                _ if p + 1 < k.len() => k.swap(p, p + 1),
                _ => {}
            }
        }
        let key: String = k.iter().collect();
        let qc: Vec<char> = q.chars().collect();
        let dist = osa(&qc, &k);
        let index = SearchIndex::build([Entry { text: &key, lang: "en", payload: 0, bias: 0 }]);
        let hits = index.search(&q, &SearchOptions::default());
        if dist <= allowed_distance(qc.len()) && !key.is_empty() {
            prop_assert!(!hits.is_empty(), "{q:?} should find {key:?} at distance {dist}");
        }
    }

    /// A query that matches nothing as typed finds every term it holds between two word
    /// boundaries, and only those, as within hits.
    #[test]
    fn within_finds_exactly_the_terms_a_phrase_holds(
        keys in prop::collection::vec(prop::collection::vec("[ab]{1,3}", 1..4), 1..40),
        words in prop::collection::vec("[ab]{1,3}", 2..6),
    ) {
        let texts: Vec<String> = keys.iter().map(|k| k.join(" ")).collect();
        let index = SearchIndex::build(texts.iter().enumerate().map(|(i, k)| Entry {
            text: k, lang: "en", payload: i as u32, bias: 0,
        }));
        let q = words.join(" ");
        let opts = SearchOptions { lang: None, limit: 10_000 };
        let hits = index.search(&q, &opts);
        prop_assume!(!hits.iter().any(|h| matches!(h.kind, Exact | Prefix)));
        let mut spans: Vec<String> = Vec::new();
        for a in 0..words.len() {
            for b in a + 1..=words.len() {
                if b - a < words.len() {
                    spans.push(words[a..b].concat());
                }
            }
        }
        for (i, k) in texts.iter().enumerate() {
            let compact = k.replace(' ', "");
            let hit = hits.iter().find(|h| h.payload == i as u32);
            if spans.contains(&compact) {
                prop_assert!(hit.is_some_and(|h| h.kind <= Within), "{q:?} should hold {k:?}");
            } else if let Some(h) = hit {
                prop_assert!(h.kind != Within, "{q:?} does not hold {k:?}");
            }
        }
    }

    #[test]
    fn fold_is_idempotent(s in any::<String>()) {
        let once = normalize::fold(&s);
        prop_assert_eq!(normalize::fold(&once), once.clone());
        prop_assert!(normalize::is_nfc(&once));
    }

    #[test]
    fn fold_is_idempotent_on_tricky_text(s in "[a-zA-Z0-9 ,.'’ʼ\u{0300}-\u{036F}\u{064B}-\u{0652}\u{0640}أإآىةا-ي\u{200B}-\u{200F}\u{202A}-\u{202E}儿童色情ＡＢｶﾞ\u{0000}-\u{001F}ßẞΣς]{0,40}") {
        let once = normalize::fold(&s);
        prop_assert_eq!(normalize::fold(&once), once);
    }

    #[test]
    fn ascii_fast_path_agrees(s in "[ -~\t\n]{0,40}") {
        let general = normalize::fold(&format!("{s}\u{200B}"));
        prop_assert_eq!(normalize::fold(&s), general);
    }

    #[test]
    fn search_never_panics(q in any::<String>(), lang in prop::option::of("[a-zA-Z-]{0,6}"), limit in 0usize..50) {
        let g = glossary();
        let hits = g.search(&q, &SearchOptions { lang, limit });
        prop_assert!(hits.len() <= limit);
        let mut payloads: Vec<u32> = hits.iter().map(|h| h.payload).collect();
        payloads.sort_unstable();
        payloads.dedup();
        prop_assert_eq!(payloads.len(), hits.len());
    }

    #[test]
    fn search_never_panics_on_mixed_scripts(q in "[a-zé\u{0301}\u{202E}\u{200D}а-яا-ي儿童色情性虐待\u{0000}-\u{0008} ]{0,80}") {
        let g = glossary();
        let _ = g.search(&q, &SearchOptions::default());
    }

    #[test]
    fn building_never_panics(texts in prop::collection::vec(any::<String>(), 0..20), lang in any::<String>()) {
        let g = SearchIndex::build(texts.iter().enumerate().map(|(i, t)| Entry {
            text: t, lang: &lang, payload: i as u32, bias: (i % 3) as u8,
        }));
        prop_assert!(g.len() <= texts.len());
        for t in &texts {
            let _ = g.search(t, &SearchOptions::default());
        }
    }
}

/// The index of `terms`, each term's payload its position.
fn index_of(terms: &[(String, &'static str, u8)]) -> SearchIndex {
    SearchIndex::build(
        terms
            .iter()
            .enumerate()
            .map(|(i, (text, lang, bias))| Entry {
                text,
                lang,
                payload: i as u32,
                bias: *bias,
            }),
    )
}

/// A deterministic corpus shaped like IATE's: a small vocabulary per language whose words recur
/// across many terms (a few hundred words, skewed), 2–5-word terms, in Latin with diacritics,
/// Cyrillic, Arabic (with hamza forms and ta marbuta) and Han (no spaces).
fn recurring_corpus(n: usize) -> Vec<(String, &'static str, u8)> {
    let mut seed = 0x9E37_79B9_u32;
    let mut next = move |m: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        (seed as usize) % m.max(1)
    };
    let alphabets: [(&str, &[&str]); 4] = [
        (
            "fr",
            &[
                "a", "é", "è", "i", "o", "u", "ou", "b", "c", "ç", "d", "l", "m", "n", "p", "r",
                "s", "t",
            ],
        ),
        (
            "ru",
            &[
                "а", "е", "ё", "и", "о", "у", "б", "в", "г", "д", "к", "л", "м", "н", "п", "р",
                "с", "т",
            ],
        ),
        (
            "ar",
            &[
                "أ", "إ", "ا", "ب", "ت", "ج", "د", "ر", "س", "ع", "ل", "م", "ن", "ة", "ى", "ي", "و",
            ],
        ),
        (
            "zh",
            &[
                "儿", "童", "性", "虐", "待", "材", "料", "色", "情", "制", "品", "剥", "削", "网",
                "络",
            ],
        ),
    ];
    let mut vocab: Vec<Vec<String>> = Vec::new();
    for (lang, letters) in alphabets {
        let words: Vec<String> = (0..300)
            .map(|_| {
                let len = if lang == "zh" {
                    2 + next(2)
                } else {
                    3 + next(6)
                };
                (0..len).map(|_| letters[next(letters.len())]).collect()
            })
            .collect();
        vocab.push(words);
    }
    (0..n)
        .map(|i| {
            let l = i % 4;
            let words = 2 + next(4);
            let mut t = String::new();
            for w in 0..words {
                if w > 0 && alphabets[l].0 != "zh" {
                    t.push(' ');
                }
                // Skewed: small ranks are drawn far more often.
                let r = next(300);
                let r = r * r / 300;
                t.push_str(&vocab[l][r]);
            }
            (t, alphabets[l].0, (next(4)) as u8)
        })
        .collect()
}

/// Every kind of query a user types, from the corpus's own terms.
fn queries_of(terms: &[(String, &'static str, u8)]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, (t, lang, _)) in terms.iter().enumerate().step_by(7) {
        let chars: Vec<char> = t.chars().collect();
        out.push(t.clone());
        // Prefixes from one character on (type-ahead).
        for n in [1, 2, 3, 4, 6, 9, 13] {
            if n < chars.len() {
                out.push(chars[..n].iter().collect());
            }
        }
        // Typos: substitution, deletion, insertion, transposition, at a position that varies.
        let p = i % chars.len().max(1);
        if chars.len() > 4 && p + 1 < chars.len() {
            let mut v = chars.clone();
            v[p] = chars[(p + 1) % chars.len()];
            out.push(v.iter().collect());
            let mut v = chars.clone();
            v.remove(p);
            out.push(v.iter().collect());
            let mut v = chars.clone();
            v.insert(p, chars[0]);
            out.push(v.iter().collect());
            let mut v = chars.clone();
            v.swap(p, p + 1);
            out.push(v.iter().collect());
        }
        // Without diacritics, Arabic letter variants unified by the user.
        out.push(normalize::fold(t));
        if *lang == "ar" {
            out.push(
                t.replace(['أ', 'إ'], "ا")
                    .replace('ة', "ه")
                    .replace('ى', "ي"),
            );
        }
        // A substring from inside a Chinese term; a later word of a spaced term.
        if *lang == "zh" && chars.len() > 3 {
            out.push(chars[1..3.min(chars.len())].iter().collect());
            out.push(chars[chars.len() - 3..].iter().collect());
        }
        if let Some(w) = t.split(' ').nth(1) {
            out.push(w.to_owned());
            out.push(w.chars().take(3).collect());
        }
        // A phrase that holds the term: the first word of the next term of its language after
        // it (its first character, for Chinese), or before it.
        if let Some((u, _, _)) = terms.get(i + 4) {
            if *lang == "zh" {
                let c: String = u.chars().take(1).collect();
                out.push(format!("{t}{c}"));
                out.push(format!("{c}{t}"));
            } else {
                let w = u.split(' ').next().unwrap_or("");
                out.push(format!("{t} {w}"));
                out.push(format!("{w} {t}"));
            }
        }
    }
    out
}

#[test]
fn staged_search_ranks_exactly_as_the_exhaustive_search() {
    let terms = recurring_corpus(2000);
    let g = SearchIndex::build(
        terms
            .iter()
            .enumerate()
            .map(|(i, (text, lang, bias))| Entry {
                text,
                lang,
                payload: (i / 2) as u32, // two terms per payload, as a term and its abbreviation
                bias: *bias,
            }),
    );
    let queries = queries_of(&terms);
    assert!(queries.len() > 2500, "{}", queries.len());
    let (mut stopped_early, mut dropped, mut fuzzy_kept, mut within_kept) = (0, 0, 0, 0);
    for limit in [1, 10, 20] {
        for lang in [None, Some("ru".to_owned())] {
            let opts = SearchOptions {
                lang: lang.clone(),
                limit,
            };
            for q in &queries {
                let staged = g.search(q, &opts);
                let all = g.search_exhaustive(q, &opts);
                if all.iter().any(|h| matches!(h.kind, Exact | Prefix)) {
                    // A query that is a term or the start of one: the exhaustive order without
                    // its typo neighbours (fuzzy hits rank last, so this is its first hits).
                    let kept: Vec<Hit> = all.iter().copied().filter(|h| h.kind < Fuzzy).collect();
                    assert_eq!(staged, kept, "query {q:?}, limit {limit}, lang {lang:?}");
                    assert!(staged.len() <= all.len());
                    if kept.len() < all.len() {
                        dropped += 1;
                    }
                } else {
                    // Every other query: the exhaustive order itself.
                    assert_eq!(staged, all, "query {q:?}, limit {limit}, lang {lang:?}");
                    if all.iter().any(|h| h.kind == Fuzzy) {
                        fuzzy_kept += 1;
                    }
                    if all.iter().any(|h| h.kind == Within) {
                        within_kept += 1;
                    }
                }
                if all.len() == limit && all.iter().all(|h| h.kind < Fuzzy) {
                    stopped_early += 1;
                }
            }
        }
    }
    // The early stop is exercised, not only the full path; so are both sides of the rule.
    assert!(stopped_early > 1000, "{stopped_early}");
    assert!(dropped > 100, "{dropped}");
    assert!(fuzzy_kept > 100, "{fuzzy_kept}");
    assert!(within_kept > 100, "{within_kept}");
}

/// The ranking decision of the staged evaluation, on one small case: `grooming` as typed has no
/// typo neighbours (`brooming` is one edit away), `groomnig` (matching nothing as typed) does.
#[test]
fn typo_neighbours_only_for_queries_that_match_nothing_as_typed() {
    let g = index(&[
        ("grooming", "en", 0),
        ("brooming", "en", 0),
        ("online grooming", "en", 0),
    ]);
    let opts = SearchOptions::default();
    let kinds = |q: &str| -> Vec<(u32, MatchKind)> {
        g.search(q, &opts)
            .iter()
            .map(|h| (h.payload, h.kind))
            .collect()
    };
    assert_eq!(kinds("grooming"), [(0, Exact), (2, WordPrefix)]);
    assert_eq!(kinds("groom"), [(0, Prefix), (2, WordPrefix)]);
    // The exhaustive order still holds the neighbour, after every hit as typed.
    let all: Vec<u32> = g
        .search_exhaustive("grooming", &opts)
        .iter()
        .map(|h| h.payload)
        .collect();
    assert_eq!(all, [0, 2, 1]);
    let typo = kinds("groomnig");
    assert_eq!(typo.first(), Some(&(0, Fuzzy)));
    assert!(typo.contains(&(2, Fuzzy)), "{typo:?}");
}

#[test]
fn every_table_is_sorted_by_language_then_text_then_anchor() {
    let terms = recurring_corpus(3000);
    let g = index_of(&terms);
    for table in [&g.full, &g.words, &g.inner, &g.ends] {
        assert!(table.at.len() > 100);
        let lang_of = |i: usize| {
            (0..g.langs.len())
                .find(|&l| (table.part(l).0..table.part(l).1).contains(&i))
                .unwrap()
        };
        for i in 1..table.at.len() {
            let (ea, eb) = (g.anchor_entry(table, i - 1), g.anchor_entry(table, i));
            let (oa, ob) = (g.anchor_off(table, i - 1), g.anchor_off(table, i));
            let (a, b) = (g.span(table, i - 1), g.span(table, i));
            let text = match table.dir {
                Dir::Fwd => a.cmp(b),
                Dir::Rev => a.chars().rev().cmp(b.chars().rev()),
            };
            let order = lang_of(i - 1)
                .cmp(&lang_of(i))
                .then(text)
                .then((ea, oa).cmp(&(eb, ob)));
            assert_eq!(order, std::cmp::Ordering::Less, "{a:?} {b:?}");
        }
    }
}

/// Every anchor is a place in the arena that names the anchor the key gives: a key start in the
/// key table, a later word start in the word table, a boundary inside a word run in the inner
/// table, a word end (or the key's end) in the reversed table, each once; and the block
/// directory finds the entry of every byte of the arena.
#[test]
fn anchors_are_places_of_their_keys_and_the_blocks_find_every_entry() {
    let mut terms = recurring_corpus(3000);
    // Keys of every length around a block, so that blocks start inside keys, on their NUL
    // bytes and on their first bytes.
    for n in 1..600 {
        terms.push(("x".repeat(n), "en", 0));
    }
    terms.push(("a\u{0}b".to_owned(), "en", 0));
    let g = index_of(&terms);
    // A NUL in a term is a separator like any control character.
    assert_eq!(
        g.search("a b", &SearchOptions::default())
            .first()
            .map(|h| (h.payload, h.kind)),
        Some((terms.len() as u32 - 1, MatchKind::Exact))
    );
    // The arena is the keys, each followed by one NUL byte.
    let bytes = g.arena.as_slice();
    assert_eq!(bytes.iter().filter(|&&b| b == END).count(), g.len());
    let mut entry_at = vec![0u32; bytes.len()];
    for e in 0..g.len() {
        let (s, t) = g.key_bounds(e as u32);
        assert_eq!(bytes[t], END);
        assert!(s < t && !bytes[s..t].contains(&END));
        for slot in &mut entry_at[s..=t] {
            *slot = e as u32;
        }
    }
    for (at, &e) in entry_at.iter().enumerate() {
        assert_eq!(g.entry_of(at), e, "byte {at}");
    }
    // What each table must hold, from the keys themselves.
    let mut want: [Vec<(u32, u16)>; 4] = Default::default();
    for e in 0..g.len() as u32 {
        let text = g.key(e);
        let p = (0..terms.len())
            .find(|&i| g.payload[e as usize] == i as u32)
            .unwrap();
        let k = normalize::key(&terms[p].0);
        assert_eq!(k.text.as_bytes(), text);
        want[0].push((e, 0));
        want[1].extend(k.word_starts.iter().map(|&w| (e, w as u16)));
        want[2].extend(k.inner_starts.iter().map(|&w| (e, w as u16)));
        want[3].extend(k.word_starts.iter().map(|&w| (e, w as u16)));
        want[3].push((e, text.len() as u16));
    }
    for (table, mut want) in [&g.full, &g.words, &g.inner, &g.ends].into_iter().zip(want) {
        let mut got: Vec<(u32, u16)> = (0..table.at.len())
            .map(|i| (g.anchor_entry(table, i), g.anchor_off(table, i)))
            .collect();
        got.sort_unstable();
        want.sort_unstable();
        assert_eq!(got, want);
    }
}

#[test]
fn memory_counts_every_part_once_built_or_loaded() {
    let terms = recurring_corpus(1500);
    let g = index_of(&terms);
    let m = g.memory();
    assert_eq!(m.terms, terms.len());
    assert_eq!(
        m.key_bytes,
        (0..g.len() as u32)
            .map(|e| g.key(e).len() + 1)
            .sum::<usize>()
    );
    assert_eq!(m.entry_bytes, 9 * terms.len() + 4);
    assert_eq!(m.full_anchors, terms.len());
    assert!(
        m.inner_anchors > 0,
        "the corpus has terms written without spaces"
    );
    // Every word start after the first is a word end too, and so is every key's end.
    assert_eq!(m.end_anchors, m.word_anchors + terms.len());
    // A built index's parts are its heap, but for spare capacity and the `Vec` headers.
    assert!(m.total() <= g.heap_bytes());
    assert!(
        g.heap_bytes() - m.total() < 2048,
        "{} {}",
        g.heap_bytes(),
        m.total()
    );
    // A loaded index views the saved bytes: the same parts, and its heap is those bytes and
    // what it rebuilt.
    let bytes = g.to_bytes();
    let loaded = SearchIndex::from_vec(bytes.clone()).unwrap();
    assert_eq!(loaded.memory(), m);
    assert!(bytes.len() >= m.total() - m.rebuilt_bytes - m.other_bytes);
    assert!(bytes.len() < m.total() - m.rebuilt_bytes + 1024);
}

#[test]
fn bytes_round_trip_to_the_same_index() {
    let terms = recurring_corpus(1500);
    let g = SearchIndex::build(
        terms
            .iter()
            .enumerate()
            .map(|(i, (text, lang, bias))| Entry {
                text,
                lang,
                payload: i as u32 * 3,
                bias: *bias,
            }),
    );
    let bytes = g.to_bytes();
    let copied = SearchIndex::from_bytes(&bytes).unwrap();
    let kept = SearchIndex::from_vec(bytes.clone()).unwrap();
    for loaded in [&copied, &kept] {
        assert_eq!(loaded.to_bytes(), bytes);
        // The arrays are views of the loaded bytes: the index holds them once, and what it
        // rebuilds (min-trees, samples, block directory, language parts).
        let views = [
            &loaded.arena.is_view(),
            &loaded.starts.is_view(),
            &loaded.full.at.is_view(),
        ];
        assert!(views.iter().all(|&&v| v == cfg!(target_endian = "little")));
        let rebuilt = loaded.blocks.capacity() * 4
            + [&loaded.full, &loaded.words, &loaded.inner, &loaded.ends]
                .iter()
                .map(|t| t.tree.heap_bytes() + t.sample.capacity() * 8 + t.parts.capacity() * 4)
                .sum::<usize>();
        assert!(
            loaded.heap_bytes() >= bytes.len() + rebuilt,
            "{}",
            loaded.heap_bytes()
        );
        assert!(
            loaded.heap_bytes() < g.heap_bytes() + 256,
            "{} {}",
            loaded.heap_bytes(),
            g.heap_bytes()
        );
        for q in queries_of(&terms).iter().step_by(5) {
            let opts = SearchOptions::default();
            assert_eq!(loaded.search(q, &opts), g.search(q, &opts), "{q:?}");
        }
    }
    // A clone shares the loaded bytes and searches the same.
    let clone = kept.clone();
    drop(kept);
    assert_eq!(clone.to_bytes(), bytes);
    let empty = SearchIndex::default().to_bytes();
    assert!(SearchIndex::from_bytes(&empty).unwrap().is_empty());
    assert!(SearchIndex::from_vec(empty).unwrap().is_empty());
}

#[test]
fn bad_bytes_are_refused_with_the_reason() {
    let bytes = glossary().to_bytes();
    for cut in 0..bytes.len() {
        let e = SearchIndex::from_bytes(&bytes[..cut]).unwrap_err();
        assert_eq!(SearchIndex::from_vec(bytes[..cut].to_vec()).unwrap_err(), e);
        assert!(
            matches!(e, IndexError::Truncated | IndexError::Damaged),
            "cut at {cut}: {e:?}"
        );
    }
    let mut foreign = bytes.clone();
    foreign[0] = b'X';
    assert_eq!(
        SearchIndex::from_bytes(&foreign).unwrap_err(),
        IndexError::NotAnIndex
    );
    let mut newer = bytes.clone();
    newer[4] = 99;
    assert_eq!(
        SearchIndex::from_bytes(&newer).unwrap_err(),
        IndexError::Version {
            found: 99,
            expected: FORMAT_VERSION
        }
    );
    for i in 8..bytes.len() {
        let mut flipped = bytes.clone();
        flipped[i] ^= 0x40;
        assert_eq!(
            SearchIndex::from_bytes(&flipped).unwrap_err(),
            IndexError::Damaged,
            "byte {i}"
        );
    }
    assert!(IndexError::Damaged.to_string().contains("damaged"));
}

/// Rewrites the checksum of `bytes` so that the structural checks are what must catch a change.
fn reseal(bytes: &mut [u8]) {
    let n = bytes.len() - 8;
    let sum = bytes::checksum_for_tests(&bytes[..n]);
    bytes[n..].copy_from_slice(&sum.to_le_bytes());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Damage that keeps the checksum right is refused or loads an index that searches without
    /// panicking.
    #[test]
    fn resealed_damage_never_panics(edits in prop::collection::vec((16usize..2000, any::<u8>()), 1..6)) {
        let mut bytes = glossary().to_bytes();
        let body = bytes.len() - 8;
        for (at, v) in edits {
            let at = 16 + at % (body - 16);
            bytes[at] = v;
        }
        reseal(&mut bytes);
        if let Ok(g) = SearchIndex::from_bytes(&bytes) {
            for q in ["child", "pornografie", "色情", "استغلال", "grooming", "a"] {
                let _ = g.search(q, &SearchOptions::default());
            }
        }
    }
}

/// The sampled top of the binary searches finds the same lower bound as a plain binary search,
/// in every forward table and language, for every kind of query and for every key itself.
#[test]
fn sampled_lower_bounds_agree_with_plain_binary_search() {
    let terms = recurring_corpus(6000);
    let g = index_of(&terms);
    let mut queries: Vec<String> = queries_of(&terms)
        .iter()
        .map(|q| normalize::compact(q))
        .collect();
    queries.extend(
        terms
            .iter()
            .step_by(5)
            .map(|(t, _, _)| normalize::compact(t)),
    );
    queries.extend(["", "a", "\u{10FFFF}"].map(String::from));
    let mut narrowed = 0;
    for table in [&g.full, &g.words, &g.inner] {
        assert_eq!(table.sample.len(), table.at.len().div_ceil(SAMPLE));
        for l in 0..g.langs.len() {
            let (lo, hi) = table.part(l);
            for q in &queries {
                let plain = g.lower_bound_plain(table, lo, hi, q);
                assert_eq!(
                    g.lower_bound(table, lo, hi, q),
                    plain,
                    "{q:?} in language {l}"
                );
                let (a, b) = g.narrow(table, lo, hi, q.as_bytes());
                assert!(lo <= a && a <= plain && plain <= b && b <= hi);
                if b - a < (hi - lo) / 4 {
                    narrowed += 1;
                }
            }
        }
    }
    // The samples do narrow the search, not only agree with it.
    assert!(narrowed > 1000, "{narrowed}");
    assert!(g.ends.sample.is_empty());
    // And they are rebuilt when the index is loaded.
    let loaded = SearchIndex::from_bytes(&g.to_bytes()).unwrap();
    assert_eq!(loaded.words.sample, g.words.sample);
}

#[test]
fn bucketed_sort_of_anchors_equals_the_direct_sort() {
    // Enough anchors to take the bucketed path, with first bytes that are few (long buckets),
    // spread (many short ones) and equal (one bucket), and texts that tie on all 16 bytes.
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut rnd = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for spread in [3u64, 300, 70_000, 1] {
        let run: Vec<Tagged> = (0..300_000u64)
            .map(|i| {
                let r = rnd();
                let top = (r % spread) << 48;
                Tagged {
                    hi: top | (r >> 40 & 0xFF) << 40 | (rnd() & 0x3),
                    lo: rnd() & 0x7,
                    tail: (16 << 59) | (rnd() & 0x1F) << 54 | (r & 0xFFFF) << 32 | i,
                }
            })
            .collect();
        let mut direct = run.clone();
        direct.sort_unstable_by_key(|t| t.order());
        let mut bucketed = run;
        sort_tagged(&mut bucketed);
        assert!(
            direct
                .iter()
                .zip(&bucketed)
                .all(|(a, b)| a.order() == b.order() && a.tail == b.tail),
            "spread {spread}"
        );
        assert_eq!(direct.len(), bucketed.len());
    }
}

#[test]
fn any_number_of_threads_builds_the_same_index() {
    let terms = recurring_corpus(3000);
    let build = |threads: usize| {
        let mut b = IndexBuilder::with_threads(threads);
        for (i, (text, lang, bias)) in terms.iter().enumerate() {
            b.push(Entry {
                text,
                lang,
                payload: i as u32,
                bias: *bias,
            });
        }
        b.finish().to_bytes()
    };
    let one = build(1);
    assert_eq!(one, index_of(&terms).to_bytes());
    for threads in [0, 2, 3, 4, 8] {
        assert!(build(threads) == one, "{threads} threads");
    }
}

/// A reversed tag holds the characters of its text backwards, each one's bytes forwards, as
/// many whole characters as fit 16 bytes, from `depth` bytes before the text's end: all-ASCII
/// stretches take a shortcut that must agree with the character-by-character reading.
#[test]
fn reversed_tags_hold_the_characters_backwards() {
    let terms: Vec<(String, &'static str, u8)> = [
        "sale of children",
        "a",
        "exploitation sexuelle des enfants à des fins commerciales",
        "эксплуатация детей",
        "ab\u{e9}cdefghijklmnopqrstu",
        "abcdefghijklmnop\u{e9}",
        "\u{e9}abcdefghijklmnopq",
        "儿童色情制品",
        "x\u{10348}yyyyyyyyyyyyyyyyy",
        "الاستغلال الجنسي للأطفال في البغاء",
        "сексуальная эксплуатация детей в проституции",
        "儿童色情制品和儿童卖淫的定义与刑事责任",
    ]
    .iter()
    .map(|t| (t.to_string(), "en", 0))
    .collect();
    let g = index_of(&terms);
    // Forwards, the tag is the text's next 16 bytes, zero after its end, whatever follows it
    // in the arena (the last key has fewer than 16 bytes after it).
    for e in 0..g.len() as u32 {
        let (a, b) = g.key_bounds(e);
        let key = g.key(e);
        for depth in 0..=key.len() {
            let tag = g.tag_span(a, b, Dir::Fwd, depth);
            let want = &key[depth..(depth + 16).min(key.len())];
            let mut bytes = [0u8; 16];
            bytes[..8].copy_from_slice(&tag.hi.to_be_bytes());
            bytes[8..].copy_from_slice(&tag.lo.to_be_bytes());
            assert_eq!(&bytes[..want.len()], want, "{key:?} at depth {depth}");
            assert!(
                bytes[want.len()..].iter().all(|&x| x == 0),
                "{key:?} at depth {depth}"
            );
            assert_eq!((tag.filled(), tag.advance()), (want.len(), want.len()));
        }
    }
    let mut checked = 0;
    for e in 0..g.len() as u32 {
        let (a, b) = g.key_bounds(e);
        let key = std::str::from_utf8(g.key(e)).unwrap();
        for depth in 0..=key.len() {
            if !key.is_char_boundary(key.len() - depth) {
                continue;
            }
            let tag = g.tag_span(a, b, Dir::Rev, depth);
            let mut want = Vec::new();
            let mut adv = 0;
            for c in key[..key.len() - depth].chars().rev() {
                if want.len() + c.len_utf8() > 16 {
                    // A character cut at the 16th byte: its first bytes fill the tag.
                    let mut buf = [0u8; 4];
                    let bytes = c.encode_utf8(&mut buf).as_bytes();
                    want.extend_from_slice(&bytes[..16 - want.len()]);
                    break;
                }
                want.extend_from_slice(c.encode_utf8(&mut [0u8; 4]).as_bytes());
                adv += c.len_utf8();
            }
            let mut bytes = [0u8; 16];
            bytes[..8].copy_from_slice(&tag.hi.to_be_bytes());
            bytes[8..].copy_from_slice(&tag.lo.to_be_bytes());
            assert_eq!(
                &bytes[..tag.filled()],
                &want[..],
                "{key:?} at depth {depth}"
            );
            assert_eq!(tag.advance(), adv, "{key:?} at depth {depth}");
            assert!(
                bytes[tag.filled()..].iter().all(|&x| x == 0),
                "{key:?} at depth {depth}"
            );
            checked += 1;
        }
    }
    assert!(checked > 150, "{checked}");
}

#[test]
fn a_batch_folded_on_threads_gives_the_index_of_pushing_one_by_one() {
    // Enough entries for several shares, with some that are left out (nothing to fold) or cut
    // (longer than a key may be), at the ends of shares too.
    let mut terms = recurring_corpus(5000);
    let long = "exploitation sexuelle ".repeat(60);
    for at in [0, 1, 511, 512, 2499, 2500, 4000] {
        terms.insert(at, ("\u{200B}".to_string(), "en", 0));
        terms.insert(at + 1, (long.clone(), "fr", 1));
    }
    terms.push(("---".to_string(), "en", 0));
    let entries: Vec<Entry> = terms
        .iter()
        .enumerate()
        .map(|(i, (text, lang, bias))| Entry {
            text,
            lang,
            payload: i as u32,
            bias: *bias,
        })
        .collect();
    let one_by_one = index_of(&terms).to_bytes();
    for threads in [1, 2, 3, 8] {
        let mut b = IndexBuilder::with_threads(threads);
        // Batches of uneven sizes, one too small to be shared.
        for chunk in [&entries[..100], &entries[100..3000], &entries[3000..]] {
            b.push_batch(chunk);
        }
        assert_eq!(b.len(), terms.len() - 8, "{threads} threads");
        assert!(b.finish().to_bytes() == one_by_one, "{threads} threads");
    }
}
