//! The interface's own words in the six UN languages (Arabic, Chinese, English, French, Russian,
//! Spanish), and the names of languages, statuses, categories and kinds in each.
//!
//! Every interface language has every string (a missing one is a compile error), so the interface
//! never falls back; only the glossary's content does, visibly (see `components::text`).
//! A phrase with a number is a [`Counted`]: one form per CLDR plural category of its language,
//! chosen by the browser's plural rules ([`crate::intl`]), never by a rule written here.
//!
//! The interface's prose uses the terms the Luxembourg Guidelines prefer ("child sexual abuse
//! material", not "child pornography"); in Chinese and Russian, the names of legal notions are
//! those of the UN's official texts (买卖儿童, 文书; торговля детьми, документы), as in the glossary.

use crate::intl::Plural::{Few, Many, One, Other, Two, Zero};
use luxterm::diff::Field;
use luxterm::{Advice, Category, CellValue, InstrumentKind, ProvisionKind, RelationKind, Status};

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UiLang {
    /// English.
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Arabic (laid out right to left).
    Ar,
    /// Chinese (Simplified).
    Zh,
    /// Russian.
    Ru,
}

impl UiLang {
    /// Every interface language, in the order of the language menu: the UN's order of its six
    /// languages (as on un.org: العربية, 中文, English, Français, Русский, Español).
    pub const ALL: [UiLang; 6] = [
        UiLang::Ar,
        UiLang::Zh,
        UiLang::En,
        UiLang::Fr,
        UiLang::Ru,
        UiLang::Es,
    ];

    /// The BCP 47 tag.
    pub fn code(self) -> &'static str {
        match self {
            UiLang::En => "en",
            UiLang::Fr => "fr",
            UiLang::Es => "es",
            UiLang::Ar => "ar",
            UiLang::Zh => "zh",
            UiLang::Ru => "ru",
        }
    }

    /// The interface language for a tag such as `fr` or `fr-CA`, if there is one.
    pub fn from_tag(tag: &str) -> Option<UiLang> {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        UiLang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// What joins a label to the word or number after it: nothing in Chinese, which sets no
    /// space between words, a space otherwise.
    pub fn word_space(self) -> &'static str {
        match self {
            UiLang::Zh => "",
            _ => " ",
        }
    }

    /// What separates the items of a list: the enumeration comma in Chinese, a comma and a
    /// space in the other languages (Arabic: its own comma).
    pub fn list_separator(self) -> &'static str {
        match self {
            UiLang::Zh => "、",
            UiLang::Ar => "، ",
            _ => ", ",
        }
    }

    /// What separates the clauses of a citation: the full-width comma in Chinese, the Arabic
    /// comma in Arabic, a comma and a space otherwise.
    pub fn comma(self) -> &'static str {
        match self {
            UiLang::Zh => "，",
            UiLang::Ar => "، ",
            _ => ", ",
        }
    }

    /// `text` in the language's quotation marks: guillemets in French (with narrow no-break
    /// spaces inside), Spanish, Russian and Arabic; curly double quotes in English and Chinese.
    pub fn quoted(self, text: &str) -> String {
        match self {
            UiLang::Fr => format!("«\u{202F}{text}\u{202F}»"),
            UiLang::Es | UiLang::Ru | UiLang::Ar => format!("«{text}»"),
            UiLang::En | UiLang::Zh => format!("“{text}”"),
        }
    }

    /// `rtl` for Arabic, `ltr` otherwise.
    pub fn dir(self) -> &'static str {
        dir_of(self.code())
    }

    /// The language's name in itself, for the language menu.
    pub fn endonym(self) -> &'static str {
        match self {
            UiLang::En => "English",
            UiLang::Fr => "Français",
            UiLang::Es => "Español",
            UiLang::Ar => "العربية",
            UiLang::Zh => "中文",
            UiLang::Ru => "Русский",
        }
    }

    /// The interface's strings in this language.
    pub fn s(self) -> &'static Strings {
        match self {
            UiLang::En => &EN,
            UiLang::Fr => &FR,
            UiLang::Es => &ES,
            UiLang::Ar => &AR,
            UiLang::Zh => &ZH,
            UiLang::Ru => &RU,
        }
    }

    /// `n` and the counted phrase in the form its plural category takes in this language, with
    /// the number in the language's digits and grouping.
    ///
    /// ```
    /// use luxterm_web::i18n::UiLang;
    /// // Outside a browser there are no CLDR rules: the `other` form.
    /// assert_eq!(UiLang::En.count(63, &UiLang::En.s().concepts), "63 concepts");
    /// ```
    pub fn count(self, n: u64, phrase: &Counted) -> String {
        phrase
            .form(crate::intl::plural(self, n))
            .replace("{n}", &crate::intl::number(self, n))
    }
}

/// A phrase with a number: its form in each CLDR plural category of its language, `{n}` standing
/// for the number (Arabic's `one` and `two` forms say the number in words, as Arabic does).
#[derive(Debug)]
pub struct Counted(pub &'static [(crate::intl::Plural, &'static str)]);

impl Counted {
    /// The form for a plural category (the `other` form if this phrase lacks it).
    pub fn form(&self, p: crate::intl::Plural) -> &'static str {
        let find = |p| self.0.iter().find(|(c, _)| *c == p).map(|(_, f)| *f);
        find(p)
            .or_else(|| find(crate::intl::Plural::Other))
            .unwrap_or_default()
    }

    /// The plural categories this phrase has a form for.
    pub fn categories(&self) -> Vec<crate::intl::Plural> {
        self.0.iter().map(|(c, _)| *c).collect()
    }
}

pub use luxterm::lang::UN_LANGUAGES;

/// The writing direction of a language tag: the core's one rule ([`luxterm::lang::Dir::of`]).
pub fn dir_of(lang: &str) -> &'static str {
    luxterm::lang::Dir::of(lang).as_str()
}

/// The name of a language in the interface language (the tag itself for unlisted languages).
pub fn lang_name(ui: UiLang, lang: &str) -> String {
    // The six UN languages, then German and Portuguese (not UN languages), then any other tag.
    const TAGS: [&str; 8] = ["ar", "zh", "en", "fr", "ru", "es", "de", "pt"];
    let names: [&str; 8] = match ui {
        UiLang::En => [
            "Arabic",
            "Chinese",
            "English",
            "French",
            "Russian",
            "Spanish",
            "German",
            "Portuguese",
        ],
        UiLang::Fr => [
            "arabe",
            "chinois",
            "anglais",
            "français",
            "russe",
            "espagnol",
            "allemand",
            "portugais",
        ],
        UiLang::Es => [
            "árabe",
            "chino",
            "inglés",
            "francés",
            "ruso",
            "español",
            "alemán",
            "portugués",
        ],
        UiLang::Ar => [
            "العربية",
            "الصينية",
            "الإنكليزية",
            "الفرنسية",
            "الروسية",
            "الإسبانية",
            "الألمانية",
            "البرتغالية",
        ],
        UiLang::Zh => [
            "阿拉伯文",
            "中文",
            "英文",
            "法文",
            "俄文",
            "西班牙文",
            "德文",
            "葡萄牙文",
        ],
        UiLang::Ru => [
            "арабский",
            "китайский",
            "английский",
            "французский",
            "русский",
            "испанский",
            "немецкий",
            "португальский",
        ],
    };
    TAGS.iter()
        .position(|l| *l == lang)
        .and_then(|i| names.get(i))
        .map(|n| (*n).to_string())
        .unwrap_or_else(|| lang.to_string())
}

/// The strings of the interface in one language.
#[allow(missing_docs)]
pub struct Strings {
    pub app_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_search: &'static str,
    pub nav_instruments: &'static str,
    pub nav_compare: &'static str,
    pub nav_releases: &'static str,
    pub ui_language: &'static str,
    pub content_language: &'static str,
    pub footer: &'static str,
    pub release: &'static str,
    pub released_on: &'static str,
    pub loading: &'static str,

    pub intro: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_hint: &'static str,
    pub search_button: &'static str,
    pub categories_heading: &'static str,
    pub current_release: &'static str,
    /// "63 concepts" (the number of concepts in a release).
    pub concepts: Counted,
    /// "7 instruments".
    pub instruments: Counted,

    pub results_heading: &'static str,
    pub results_found: &'static str,
    pub no_results: &'static str,
    pub matched: &'static str,
    pub preferred_term: &'static str,
    pub use_instead: &'static str,
    pub why: &'static str,

    pub terms_heading: &'static str,
    pub no_term_yet: &'static str,
    pub legal_term_of: &'static str,
    pub abbreviation: &'static str,
    pub definitions_heading: &'static str,
    pub no_definition: &'static str,
    pub source: &'static str,
    pub guidance_heading: &'static str,
    pub about_term: &'static str,
    pub citations_heading: &'static str,
    pub official_text: &'static str,
    pub verified: &'static str,
    pub unverified: &'static str,
    pub unverified_hint: &'static str,
    pub evidence: &'static str,
    pub link_unverified: &'static str,
    pub related_heading: &'static str,
    pub history_heading: &'static str,
    pub cite_heading: &'static str,
    pub permalink: &'static str,
    pub citation: &'static str,
    pub copy_link: &'static str,
    pub copy_citation: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub pinned_notice: &'static str,
    pub see_current: &'static str,
    pub not_in_release: &'static str,
    pub unknown_release: &'static str,
    pub concept_not_found: &'static str,
    pub category: &'static str,
    pub added_in: &'static str,
    pub removed_in: &'static str,
    pub compare_languages: &'static str,
    pub compare_releases: &'static str,
    pub compare_instruments: &'static str,
    pub defining_provisions: &'static str,
    pub no_matrix: &'static str,
    pub entry: &'static str,
    pub compare_concepts: &'static str,
    pub print: &'static str,
    pub fallback_shown_in: &'static str,
    pub quotation: &'static str,
    pub glossary_name: &'static str,
    pub concept_word: &'static str,

    pub instrument_not_found: &'static str,
    pub kind: &'static str,
    pub adopted_by: &'static str,
    pub symbol: &'static str,
    pub adopted: &'static str,
    pub in_force: &'static str,
    pub not_in_force: &'static str,
    pub authentic_languages: &'static str,
    pub provisions_heading: &'static str,
    pub concepts_citing: &'static str,
    pub none_citing: &'static str,
    pub note: &'static str,
    pub instruments_heading: &'static str,

    pub compare_heading: &'static str,
    pub concept_n: &'static str,
    pub choose: &'static str,
    pub add_concept: &'static str,
    pub remove: &'static str,
    pub languages_legend: &'static str,
    pub from_release: &'static str,
    pub to_release: &'static str,
    pub no_differences: &'static str,
    pub one_release_only: &'static str,
    pub added: &'static str,
    pub removed: &'static str,
    pub changed: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    pub pick_two: &'static str,
    pub terms_to_avoid: &'static str,
    pub other_terms: &'static str,
    pub definition: &'static str,
    pub legal_terms: &'static str,
    pub provisions: &'static str,

    pub releases_heading: &'static str,
    pub not_found_heading: &'static str,
    pub not_found_text: &'static str,
    /// After it, the name of the category asked for.
    pub category_not_found: &'static str,
    /// The table of contents of a long instrument page (links to each article).
    pub contents_heading: &'static str,
    /// On the releases page, each followed by a number ("Concepts in this release: 63").
    pub release_concepts: &'static str,
    pub release_added: &'static str,
    pub release_changed: &'static str,
    pub release_removed: &'static str,
    pub back_home: &'static str,
    /// Shown while the whole glossary (definitions, provisions, history) is still arriving.
    pub loading_glossary: &'static str,
    /// The heading of the page shown when the whole glossary could not be fetched or read.
    pub glossary_failed_heading: &'static str,
    /// Shown when the whole glossary could not be fetched or read (the reason follows).
    pub glossary_failed: &'static str,
    pub retry: &'static str,

    pub status: [&'static str; 4],
    pub advice: [&'static str; 3],
    pub categories: [&'static str; 11],
    pub relations: [&'static str; 4],
    pub instrument_kinds: [&'static str; 6],
    pub provision_kinds: [&'static str; 5],
    pub cell_values: [&'static str; 5],
    /// Names of the fields of a changed entry, in the order of `luxterm::diff::Field::ALL`.
    pub diff_fields: [&'static str; 15],
    /// Names of the kinds of entry: category, term, definition, guidance, citation, relation,
    /// element.
    pub diff_entries: [&'static str; 7],
    /// The Check page's strings.
    pub check: &'static CheckStrings,
    pub matrix: &'static MatrixStrings,
}

impl Strings {
    /// Every text of this language: each string, each label of the tables, each form of the
    /// counted phrases and the Check page's strings (for the tests that every language has every
    /// string, translated). Destructured without `..`: a new field must be listed here.
    pub fn texts(&self) -> Vec<&'static str> {
        let Strings {
            app_tagline,
            skip_to_content,
            nav_label,
            nav_search,
            nav_instruments,
            nav_compare,
            nav_releases,
            ui_language,
            content_language,
            footer,
            release,
            released_on,
            loading,
            intro,
            search_label,
            search_placeholder,
            search_hint,
            search_button,
            categories_heading,
            current_release,
            concepts,
            instruments,
            results_heading,
            results_found,
            no_results,
            matched,
            preferred_term,
            use_instead,
            why,
            terms_heading,
            no_term_yet,
            legal_term_of,
            abbreviation,
            definitions_heading,
            no_definition,
            source,
            guidance_heading,
            about_term,
            citations_heading,
            official_text,
            verified,
            unverified,
            unverified_hint,
            evidence,
            link_unverified,
            related_heading,
            history_heading,
            cite_heading,
            permalink,
            citation,
            copy_link,
            copy_citation,
            copied,
            copy_failed,
            pinned_notice,
            see_current,
            not_in_release,
            unknown_release,
            concept_not_found,
            category,
            added_in,
            removed_in,
            compare_languages,
            compare_releases,
            compare_instruments,
            defining_provisions,
            no_matrix,
            entry,
            compare_concepts,
            print,
            fallback_shown_in,
            quotation,
            glossary_name,
            concept_word,
            instrument_not_found,
            kind,
            adopted_by,
            symbol,
            adopted,
            in_force,
            not_in_force,
            authentic_languages,
            provisions_heading,
            concepts_citing,
            none_citing,
            note,
            instruments_heading,
            compare_heading,
            concept_n,
            choose,
            add_concept,
            remove,
            languages_legend,
            from_release,
            to_release,
            no_differences,
            one_release_only,
            added,
            removed,
            changed,
            before,
            after,
            pick_two,
            terms_to_avoid,
            other_terms,
            definition,
            legal_terms,
            provisions,
            releases_heading,
            not_found_heading,
            not_found_text,
            back_home,
            loading_glossary,
            glossary_failed,
            glossary_failed_heading,
            category_not_found,
            contents_heading,
            release_concepts,
            release_added,
            release_changed,
            release_removed,
            retry,
            status,
            advice,
            categories,
            relations,
            instrument_kinds,
            provision_kinds,
            cell_values,
            diff_fields,
            diff_entries,
            check,
            matrix,
        } = self;
        let mut all: Vec<&'static str> = vec![
            *app_tagline,
            *skip_to_content,
            *nav_label,
            *nav_search,
            *nav_instruments,
            *nav_compare,
            *nav_releases,
            *ui_language,
            *content_language,
            *footer,
            *release,
            *released_on,
            *loading,
            *intro,
            *search_label,
            *search_placeholder,
            *search_hint,
            *search_button,
            *categories_heading,
            *current_release,
            *results_heading,
            *results_found,
            *no_results,
            *matched,
            *preferred_term,
            *use_instead,
            *why,
            *terms_heading,
            *no_term_yet,
            *legal_term_of,
            *abbreviation,
            *definitions_heading,
            *no_definition,
            *source,
            *guidance_heading,
            *about_term,
            *citations_heading,
            *official_text,
            *verified,
            *unverified,
            *unverified_hint,
            *evidence,
            *link_unverified,
            *related_heading,
            *history_heading,
            *cite_heading,
            *permalink,
            *citation,
            *copy_link,
            *copy_citation,
            *copied,
            *copy_failed,
            *pinned_notice,
            *see_current,
            *not_in_release,
            *unknown_release,
            *concept_not_found,
            *category,
            *added_in,
            *removed_in,
            *compare_languages,
            *compare_releases,
            *compare_instruments,
            *defining_provisions,
            *no_matrix,
            *entry,
            *compare_concepts,
            *print,
            *fallback_shown_in,
            *quotation,
            *glossary_name,
            *concept_word,
            *instrument_not_found,
            *kind,
            *adopted_by,
            *symbol,
            *adopted,
            *in_force,
            *not_in_force,
            *authentic_languages,
            *provisions_heading,
            *concepts_citing,
            *none_citing,
            *note,
            *instruments_heading,
            *compare_heading,
            *concept_n,
            *choose,
            *add_concept,
            *remove,
            *languages_legend,
            *from_release,
            *to_release,
            *no_differences,
            *one_release_only,
            *added,
            *removed,
            *changed,
            *before,
            *after,
            *pick_two,
            *terms_to_avoid,
            *other_terms,
            *definition,
            *legal_terms,
            *provisions,
            *releases_heading,
            *not_found_heading,
            *not_found_text,
            *back_home,
            *loading_glossary,
            *glossary_failed,
            *glossary_failed_heading,
            *category_not_found,
            *contents_heading,
            *release_concepts,
            *release_added,
            *release_changed,
            *release_removed,
            *retry,
        ];
        all.extend(status.iter().copied());
        all.extend(advice.iter().copied());
        all.extend(categories.iter().copied());
        all.extend(relations.iter().copied());
        all.extend(instrument_kinds.iter().copied());
        all.extend(provision_kinds.iter().copied());
        all.extend(cell_values.iter().copied());
        all.extend(diff_fields.iter().copied());
        all.extend(diff_entries.iter().copied());
        all.extend(concepts.0.iter().map(|(_, form)| *form));
        all.extend(instruments.0.iter().map(|(_, form)| *form));
        let CheckStrings {
            nav,
            heading,
            intro,
            loading,
            checker_failed,
        } = check;
        all.extend([*nav, *heading, *intro, *loading, *checker_failed]);
        let MatrixStrings {
            instruments: matrix_instruments,
            all_instruments,
            no_entry,
            hidden_empty,
            show_empty,
            hide_empty,
            cite_heading: matrix_cite_heading,
            provisions_cited,
            download_csv,
            tabs_need_concept,
            overview,
        } = matrix;
        all.extend([
            *matrix_instruments,
            *all_instruments,
            *no_entry,
            *hidden_empty,
            *show_empty,
            *hide_empty,
            *matrix_cite_heading,
            *provisions_cited,
            *download_csv,
            *tabs_need_concept,
            *overview,
        ]);
        all
    }

    /// The label of a term status.
    pub fn status(&self, s: Status) -> &'static str {
        label(&self.status, &Status::ALL, s)
    }

    /// The label of a guideline's advice.
    pub fn advice(&self, a: Advice) -> &'static str {
        label(&self.advice, &Advice::ALL, a)
    }

    /// The name of a category (its name in the source format if this list lacks it).
    pub fn category(&self, c: Category) -> &'static str {
        Category::ALL
            .iter()
            .position(|x| *x == c)
            .and_then(|i| self.categories.get(i).copied())
            .unwrap_or(c.as_str())
    }

    /// The label of a relation to another concept.
    pub fn relation(&self, r: RelationKind) -> &'static str {
        label(&self.relations, &RelationKind::ALL, r)
    }

    /// The name of a kind of instrument.
    pub fn instrument_kind(&self, k: InstrumentKind) -> &'static str {
        label(&self.instrument_kinds, &InstrumentKind::ALL, k)
    }

    /// The label of what a provision does.
    pub fn provision_kind(&self, k: ProvisionKind) -> &'static str {
        label(&self.provision_kinds, &ProvisionKind::ALL, k)
    }

    /// The label of an element cell's answer.
    pub fn cell_value(&self, v: CellValue) -> &'static str {
        label(&self.cell_values, &CellValue::ALL, v)
    }

    /// The name of a changed entry's field.
    pub fn diff_field(&self, f: Field) -> &'static str {
        label(&self.diff_fields, &Field::ALL, f)
    }
}

/// The label of `value` in `labels`, which follow the order of `all` (the enum's `ALL`).
fn label<T: PartialEq>(labels: &[&'static str], all: &[T], value: T) -> &'static str {
    all.iter()
        .position(|x| *x == value)
        .and_then(|i| labels.get(i).copied())
        .unwrap_or_default()
}

static EN: Strings = Strings {
    app_tagline: "Terminology of the sale and sexual exploitation of children",
    skip_to_content: "Skip to content",
    nav_label: "Main",
    nav_search: "Search",
    nav_instruments: "Instruments",
    nav_compare: "Compare",
    nav_releases: "Releases",
    ui_language: "Interface language",
    content_language: "Language of terms",
    footer: "luxterm is an independent project, not an official publication of the guidelines' authors. Definitions, notes and summaries are in our own words; unverified facts are marked.",
    release: "Release",
    released_on: "published",
    loading: "Loading…",

    intro: "Find the right term in the six UN languages, see which instrument uses which legal term, and what to say instead of a term to avoid.",
    search_label: "Search a term in any language",
    search_placeholder: "child pornography, pédopornographie, 儿童色情制品…",
    search_hint: "Results appear as you type. Press the down arrow to reach them.",
    search_button: "Search",
    categories_heading: "Browse by category",
    current_release: "Current release",
    concepts: Counted(&[(One, "{n} concept"), (Other, "{n} concepts")]),
    instruments: Counted(&[(One, "{n} instrument"), (Other, "{n} instruments")]),

    results_heading: "Results",
    results_found: "Concepts found:",
    no_results: "No term matches. Try another spelling or another language.",
    matched: "Matched",
    preferred_term: "Preferred term",
    use_instead: "Use instead:",
    why: "Why:",

    terms_heading: "Terms in the six UN languages",
    no_term_yet: "No term in this language yet.",
    legal_term_of: "Legal term of",
    abbreviation: "Abbreviation",
    definitions_heading: "Definitions",
    no_definition: "No definition yet.",
    source: "Source:",
    guidance_heading: "What the guidelines say",
    about_term: "About",
    citations_heading: "Provisions",
    official_text: "Official text",
    verified: "Verified",
    unverified: "Unverified",
    unverified_hint: "Not yet checked against the instrument's text",
    evidence: "Evidence",
    link_unverified: "link not verified",
    related_heading: "Related concepts",
    history_heading: "Revision history",
    cite_heading: "Cite this entry",
    permalink: "Permanent link to this release",
    citation: "Citation",
    copy_link: "Copy link",
    copy_citation: "Copy citation",
    copied: "Copied.",
    copy_failed: "Copying is blocked here: select the text and copy it.",
    pinned_notice: "You are viewing this entry as it stood in release",
    see_current: "See the current entry",
    not_in_release: "This concept was not part of release",
    unknown_release: "The glossary has no release",
    concept_not_found: "No concept has this identifier:",
    category: "Category",
    added_in: "Added in release",
    removed_in: "Withdrawn in release",
    compare_languages: "Compare across languages",
    compare_releases: "Compare across releases",
    compare_instruments: "Compare across instruments",
    defining_provisions: "Defining provisions",
    no_matrix: "No instrument defines this concept in the glossary yet.",
    entry: "Entry",
    compare_concepts: "Compare with other concepts",
    print: "Print",
    fallback_shown_in: "Not available in this language; shown in",
    quotation: "Quotation from the authentic text",
    glossary_name: "luxterm glossary",
    concept_word: "concept",

    instrument_not_found: "No instrument has this identifier:",
    kind: "Type",
    adopted_by: "Adopted by",
    symbol: "Symbol",
    adopted: "Adopted",
    in_force: "Entry into force",
    not_in_force: "Not in force or not applicable",
    authentic_languages: "Authentic languages",
    provisions_heading: "Provisions",
    concepts_citing: "Concepts citing this provision",
    none_citing: "No concept cites this provision yet.",
    note: "Note",
    instruments_heading: "Instruments",

    compare_heading: "Compare",
    concept_n: "Concept",
    choose: "Choose…",
    add_concept: "Add a concept",
    remove: "Remove",
    languages_legend: "Languages to show",
    from_release: "From release",
    to_release: "To release",
    no_differences: "No differences between these two releases.",
    one_release_only: "The glossary has one release so far; differences will show here after the next one.",
    added: "Added",
    removed: "Removed",
    changed: "Changed",
    before: "Before",
    after: "After",
    pick_two: "Choose at least two concepts.",
    terms_to_avoid: "Terms to avoid",
    other_terms: "Other terms",
    definition: "Definition",
    legal_terms: "Legal terms",
    provisions: "Provisions",

    releases_heading: "Releases",
    not_found_heading: "Page not found",
    not_found_text: "This address matches no page of luxterm.",
    category_not_found: "No category has this name:",
    contents_heading: "Contents",
    release_concepts: "Concepts in this release:",
    release_added: "Concepts added:",
    release_changed: "Concepts changed:",
    release_removed: "Concepts withdrawn:",
    back_home: "Back to search",
    loading_glossary: "Loading the glossary…",
    glossary_failed_heading: "The glossary could not be loaded",
    glossary_failed: "The glossary could not be loaded. Search still works; this page needs the whole glossary.",
    retry: "Try again",

    status: ["Preferred", "Admitted", "Use with caution", "Avoid"],
    advice: ["Use", "Use with caution", "Best avoided"],
    categories: [
        "People",
        "Umbrella terms",
        "Sale and trafficking",
        "Prostitution",
        "Travel and tourism",
        "Material",
        "Online conduct",
        "Elements of offences",
        "Information and communication technologies",
        "Legal framework",
        "Institutions and mandates",
    ],
    relations: [
        "Broader concept",
        "Narrower concept",
        "Related concept",
        "Replaced by",
    ],
    instrument_kinds: [
        "Treaty",
        "Protocol",
        "Directive",
        "Proposal",
        "Guidelines",
        "Resolution",
    ],
    provision_kinds: ["Defines", "Criminalises", "Obliges", "Recommends", "Other"],
    cell_values: ["Yes", "No", "Optional", "Partly", "Not addressed"],
    diff_fields: [
        "Category",
        "Status",
        "Abbreviation",
        "Use instead",
        "Why",
        "Note",
        "Legal term of",
        "Text",
        "Advice",
        "Reason",
        "Verified",
        "Answer",
        "Answer in words",
        "Source",
        "Listed",
    ],
    diff_entries: [
        "Category",
        "Term",
        "Definition",
        "Guidance",
        "Citation",
        "Relation",
        "Element",
    ],
    check: &EN_CHECK,
    matrix: &EN_MATRIX,
};

static FR: Strings = Strings {
    app_tagline: "Terminologie de la vente et de l'exploitation sexuelle des enfants",
    skip_to_content: "Aller au contenu",
    nav_label: "Principale",
    nav_search: "Recherche",
    nav_instruments: "Instruments",
    nav_compare: "Comparer",
    nav_releases: "Versions",
    ui_language: "Langue de l'interface",
    content_language: "Langue des termes",
    footer: "luxterm est un projet indépendant, non une publication officielle des auteurs des lignes directrices. Définitions, notes et résumés sont rédigés par nous ; les faits non vérifiés sont signalés.",
    release: "Version",
    released_on: "publiée le",
    loading: "Chargement…",

    intro: "Trouvez le bon terme dans les six langues de l'ONU, voyez quel instrument emploie quel terme juridique, et quoi dire à la place d'un terme à éviter.",
    search_label: "Rechercher un terme dans n'importe quelle langue",
    search_placeholder: "child pornography, pédopornographie, 儿童色情制品…",
    search_hint: "Les résultats s'affichent pendant la saisie. Flèche vers le bas pour les atteindre.",
    search_button: "Rechercher",
    categories_heading: "Parcourir par catégorie",
    current_release: "Version actuelle",
    concepts: Counted(&[
        (One, "{n} notion"),
        (Many, "{n} de notions"),
        (Other, "{n} notions"),
    ]),
    instruments: Counted(&[
        (One, "{n} instrument"),
        (Many, "{n} d’instruments"),
        (Other, "{n} instruments"),
    ]),

    results_heading: "Résultats",
    results_found: "Notions trouvées :",
    no_results: "Aucun terme ne correspond. Essayez une autre graphie ou une autre langue.",
    matched: "Terme trouvé",
    preferred_term: "Terme privilégié",
    use_instead: "Employer plutôt :",
    why: "Pourquoi :",

    terms_heading: "Termes dans les six langues de l'ONU",
    no_term_yet: "Pas encore de terme dans cette langue.",
    legal_term_of: "Terme juridique de",
    abbreviation: "Abréviation",
    definitions_heading: "Définitions",
    no_definition: "Pas encore de définition.",
    source: "Source :",
    guidance_heading: "Ce que disent les lignes directrices",
    about_term: "À propos de",
    citations_heading: "Dispositions",
    official_text: "Texte officiel",
    verified: "Vérifié",
    unverified: "Non vérifié",
    unverified_hint: "Pas encore contrôlé dans le texte de l'instrument",
    evidence: "Justification",
    link_unverified: "lien non vérifié",
    related_heading: "Notions liées",
    history_heading: "Historique des révisions",
    cite_heading: "Citer cette fiche",
    permalink: "Lien permanent vers cette version",
    citation: "Référence",
    copy_link: "Copier le lien",
    copy_citation: "Copier la référence",
    copied: "Copié.",
    copy_failed: "La copie est bloquée ici : sélectionnez le texte et copiez-le.",
    pinned_notice: "Vous consultez cette fiche telle qu'elle était dans la version",
    see_current: "Voir la fiche actuelle",
    not_in_release: "Cette notion ne figurait pas dans la version",
    unknown_release: "Le glossaire n'a pas de version",
    concept_not_found: "Aucune notion n'a cet identifiant :",
    category: "Catégorie",
    added_in: "Ajoutée dans la version",
    removed_in: "Retirée dans la version",
    compare_languages: "Comparer entre les langues",
    compare_releases: "Comparer entre les versions",
    compare_instruments: "Comparer entre les instruments",
    defining_provisions: "Dispositions qui la définissent",
    no_matrix: "Aucun instrument ne définit encore cette notion dans le glossaire.",
    entry: "Élément",
    compare_concepts: "Comparer avec d'autres notions",
    print: "Imprimer",
    fallback_shown_in: "Non disponible dans cette langue ; affiché en",
    quotation: "Citation du texte faisant foi",
    glossary_name: "glossaire luxterm",
    concept_word: "notion",

    instrument_not_found: "Aucun instrument n'a cet identifiant :",
    kind: "Type",
    adopted_by: "Adopté par",
    symbol: "Cote",
    adopted: "Adoption",
    in_force: "Entrée en vigueur",
    not_in_force: "Pas en vigueur ou sans objet",
    authentic_languages: "Langues faisant foi",
    provisions_heading: "Dispositions",
    concepts_citing: "Notions qui citent cette disposition",
    none_citing: "Aucune notion ne cite encore cette disposition.",
    note: "Note",
    instruments_heading: "Instruments",

    compare_heading: "Comparer",
    concept_n: "Notion",
    choose: "Choisir…",
    add_concept: "Ajouter une notion",
    remove: "Retirer",
    languages_legend: "Langues à afficher",
    from_release: "De la version",
    to_release: "À la version",
    no_differences: "Aucune différence entre ces deux versions.",
    one_release_only: "Le glossaire n'a encore qu'une version ; les différences s'afficheront ici après la suivante.",
    added: "Ajouté",
    removed: "Retiré",
    changed: "Modifié",
    before: "Avant",
    after: "Après",
    pick_two: "Choisissez au moins deux notions.",
    terms_to_avoid: "Termes à éviter",
    other_terms: "Autres termes",
    definition: "Définition",
    legal_terms: "Termes juridiques",
    provisions: "Dispositions",

    releases_heading: "Versions",
    not_found_heading: "Page introuvable",
    not_found_text: "Cette adresse ne correspond à aucune page de luxterm.",
    category_not_found: "Aucune catégorie ne porte ce nom :",
    contents_heading: "Sommaire",
    release_concepts: "Notions dans cette version :",
    release_added: "Notions ajoutées :",
    release_changed: "Notions modifiées :",
    release_removed: "Notions retirées :",
    back_home: "Retour à la recherche",
    loading_glossary: "Chargement du glossaire…",
    glossary_failed_heading: "Le glossaire n’a pas pu être chargé",
    glossary_failed: "Le glossaire n’a pas pu être chargé. La recherche fonctionne toujours ; cette page a besoin du glossaire complet.",
    retry: "Réessayer",

    status: [
        "Privilégié",
        "Admis",
        "À employer avec prudence",
        "À éviter",
    ],
    advice: ["À employer", "À employer avec prudence", "À éviter"],
    categories: [
        "Personnes",
        "Termes génériques",
        "Vente et traite",
        "Prostitution",
        "Voyages et tourisme",
        "Matériel",
        "Comportements en ligne",
        "Éléments des infractions",
        "Technologies de l'information et de la communication",
        "Cadre juridique",
        "Institutions et mandats",
    ],
    relations: [
        "Notion plus large",
        "Notion plus étroite",
        "Notion liée",
        "Remplacée par",
    ],
    instrument_kinds: [
        "Traité",
        "Protocole",
        "Directive",
        "Proposition",
        "Lignes directrices",
        "Résolution",
    ],
    provision_kinds: ["Définit", "Incrimine", "Oblige", "Recommande", "Autre"],
    cell_values: ["Oui", "Non", "Facultatif", "En partie", "Non traité"],
    diff_fields: [
        "Catégorie",
        "Statut",
        "Abréviation",
        "Employer plutôt",
        "Pourquoi",
        "Note",
        "Terme juridique de",
        "Texte",
        "Avis",
        "Motif",
        "Vérifié",
        "Réponse",
        "Réponse détaillée",
        "Source",
        "Mentionné",
    ],
    diff_entries: [
        "Catégorie",
        "Terme",
        "Définition",
        "Orientation",
        "Citation",
        "Relation",
        "Élément",
    ],
    check: &FR_CHECK,
    matrix: &FR_MATRIX,
};

static ES: Strings = Strings {
    app_tagline: "Terminología de la venta y la explotación sexual de niños",
    skip_to_content: "Ir al contenido",
    nav_label: "Principal",
    nav_search: "Buscar",
    nav_instruments: "Instrumentos",
    nav_compare: "Comparar",
    nav_releases: "Versiones",
    ui_language: "Idioma de la interfaz",
    content_language: "Idioma de los términos",
    footer: "luxterm es un proyecto independiente, no una publicación oficial de los autores de las directrices. Las definiciones, notas y resúmenes son de redacción propia; los datos no verificados se señalan.",
    release: "Versión",
    released_on: "publicada el",
    loading: "Cargando…",

    intro: "Encuentre el término adecuado en los seis idiomas de la ONU, vea qué instrumento usa qué término jurídico y qué decir en lugar de un término que conviene evitar.",
    search_label: "Buscar un término en cualquier idioma",
    search_placeholder: "child pornography, pédopornographie, 儿童色情制品…",
    search_hint: "Los resultados aparecen mientras escribe. Pulse la flecha abajo para llegar a ellos.",
    search_button: "Buscar",
    categories_heading: "Explorar por categoría",
    current_release: "Versión actual",
    concepts: Counted(&[
        (One, "{n} concepto"),
        (Many, "{n} de conceptos"),
        (Other, "{n} conceptos"),
    ]),
    instruments: Counted(&[
        (One, "{n} instrumento"),
        (Many, "{n} de instrumentos"),
        (Other, "{n} instrumentos"),
    ]),

    results_heading: "Resultados",
    results_found: "Conceptos encontrados:",
    no_results: "Ningún término coincide. Pruebe otra grafía u otro idioma.",
    matched: "Término encontrado",
    preferred_term: "Término preferido",
    use_instead: "Use en su lugar:",
    why: "Por qué:",

    terms_heading: "Términos en los seis idiomas de la ONU",
    no_term_yet: "Todavía no hay término en este idioma.",
    legal_term_of: "Término jurídico de",
    abbreviation: "Abreviatura",
    definitions_heading: "Definiciones",
    no_definition: "Todavía no hay definición.",
    source: "Fuente:",
    guidance_heading: "Qué dicen las directrices",
    about_term: "Sobre",
    citations_heading: "Disposiciones",
    official_text: "Texto oficial",
    verified: "Verificado",
    unverified: "No verificado",
    unverified_hint: "Aún no cotejado con el texto del instrumento",
    evidence: "Fundamento",
    link_unverified: "enlace no verificado",
    related_heading: "Conceptos relacionados",
    history_heading: "Historial de revisiones",
    cite_heading: "Citar esta entrada",
    permalink: "Enlace permanente a esta versión",
    citation: "Referencia",
    copy_link: "Copiar el enlace",
    copy_citation: "Copiar la referencia",
    copied: "Copiado.",
    copy_failed: "Aquí no se puede copiar: seleccione el texto y cópielo.",
    pinned_notice: "Está viendo esta entrada tal como era en la versión",
    see_current: "Ver la entrada actual",
    not_in_release: "Este concepto no figuraba en la versión",
    unknown_release: "El glosario no tiene la versión",
    concept_not_found: "Ningún concepto tiene este identificador:",
    category: "Categoría",
    added_in: "Añadido en la versión",
    removed_in: "Retirado en la versión",
    compare_languages: "Comparar entre idiomas",
    compare_releases: "Comparar entre versiones",
    compare_instruments: "Comparar entre instrumentos",
    defining_provisions: "Disposiciones que lo definen",
    no_matrix: "Ningún instrumento define aún este concepto en el glosario.",
    entry: "Entrada",
    compare_concepts: "Comparar con otros conceptos",
    print: "Imprimir",
    fallback_shown_in: "No disponible en este idioma; se muestra en",
    quotation: "Cita del texto auténtico",
    glossary_name: "glosario luxterm",
    concept_word: "concepto",

    instrument_not_found: "Ningún instrumento tiene este identificador:",
    kind: "Tipo",
    adopted_by: "Aprobado por",
    symbol: "Signatura",
    adopted: "Aprobación",
    in_force: "Entrada en vigor",
    not_in_force: "No está en vigor o no procede",
    authentic_languages: "Idiomas auténticos",
    provisions_heading: "Disposiciones",
    concepts_citing: "Conceptos que citan esta disposición",
    none_citing: "Ningún concepto cita aún esta disposición.",
    note: "Nota",
    instruments_heading: "Instrumentos",

    compare_heading: "Comparar",
    concept_n: "Concepto",
    choose: "Elegir…",
    add_concept: "Añadir un concepto",
    remove: "Quitar",
    languages_legend: "Idiomas que mostrar",
    from_release: "Desde la versión",
    to_release: "Hasta la versión",
    no_differences: "No hay diferencias entre estas dos versiones.",
    one_release_only: "El glosario tiene por ahora una sola versión; las diferencias aparecerán aquí tras la próxima.",
    added: "Añadido",
    removed: "Eliminado",
    changed: "Modificado",
    before: "Antes",
    after: "Después",
    pick_two: "Elija al menos dos conceptos.",
    terms_to_avoid: "Términos que conviene evitar",
    other_terms: "Otros términos",
    definition: "Definición",
    legal_terms: "Términos jurídicos",
    provisions: "Disposiciones",

    releases_heading: "Versiones",
    not_found_heading: "Página no encontrada",
    not_found_text: "Esta dirección no corresponde a ninguna página de luxterm.",
    category_not_found: "Ninguna categoría tiene este nombre:",
    contents_heading: "Índice",
    release_concepts: "Conceptos en esta versión:",
    release_added: "Conceptos añadidos:",
    release_changed: "Conceptos modificados:",
    release_removed: "Conceptos retirados:",
    back_home: "Volver a la búsqueda",
    loading_glossary: "Cargando el glosario…",
    glossary_failed_heading: "No se pudo cargar el glosario",
    glossary_failed: "No se pudo cargar el glosario. La búsqueda sigue funcionando; esta página necesita el glosario completo.",
    retry: "Reintentar",

    status: ["Preferido", "Admitido", "Usar con cautela", "Evitar"],
    advice: ["Usar", "Usar con cautela", "Mejor evitar"],
    categories: [
        "Personas",
        "Términos generales",
        "Venta y trata",
        "Prostitución",
        "Viajes y turismo",
        "Material",
        "Conductas en línea",
        "Elementos de los delitos",
        "Tecnologías de la información y la comunicación",
        "Marco jurídico",
        "Instituciones y mandatos",
    ],
    relations: [
        "Concepto más amplio",
        "Concepto más específico",
        "Concepto relacionado",
        "Sustituido por",
    ],
    instrument_kinds: [
        "Tratado",
        "Protocolo",
        "Directiva",
        "Propuesta",
        "Directrices",
        "Resolución",
    ],
    provision_kinds: ["Define", "Tipifica", "Obliga", "Recomienda", "Otra"],
    cell_values: ["Sí", "No", "Facultativo", "En parte", "No se aborda"],
    diff_fields: [
        "Categoría",
        "Estado",
        "Abreviatura",
        "Usar en su lugar",
        "Por qué",
        "Nota",
        "Término jurídico de",
        "Texto",
        "Recomendación",
        "Motivo",
        "Verificado",
        "Respuesta",
        "Respuesta detallada",
        "Fuente",
        "Incluido",
    ],
    diff_entries: [
        "Categoría",
        "Término",
        "Definición",
        "Orientación",
        "Cita",
        "Relación",
        "Elemento",
    ],
    check: &ES_CHECK,
    matrix: &ES_MATRIX,
};

static AR: Strings = Strings {
    app_tagline: "مصطلحات بيع الأطفال واستغلالهم جنسياً",
    skip_to_content: "انتقل إلى المحتوى",
    nav_label: "الرئيسية",
    nav_search: "البحث",
    nav_instruments: "الصكوك",
    nav_compare: "المقارنة",
    nav_releases: "الإصدارات",
    ui_language: "لغة الواجهة",
    content_language: "لغة المصطلحات",
    footer: "luxterm مشروع مستقل، وليس منشوراً رسمياً لواضعي المبادئ التوجيهية. التعاريف والملاحظات والملخصات بصياغتنا، والمعلومات غير المتحقق منها مميزة بعلامة.",
    release: "الإصدار",
    released_on: "نُشر في",
    loading: "جارٍ التحميل…",

    intro: "اعثر على المصطلح المناسب بلغات الأمم المتحدة الست، واعرف أي صك يستخدم أي مصطلح قانوني، وما يُقال بدلاً من المصطلح الذي ينبغي تجنبه.",
    search_label: "ابحث عن مصطلح بأي لغة",
    search_placeholder: "استغلال الأطفال في المواد الإباحية, child pornography, 儿童色情制品…",
    search_hint: "تظهر النتائج أثناء الكتابة. اضغط السهم السفلي للوصول إليها.",
    search_button: "بحث",
    categories_heading: "تصفح حسب الفئة",
    current_release: "الإصدار الحالي",
    concepts: Counted(&[
        (Zero, "{n} مفهوم"),
        (One, "مفهوم واحد"),
        (Two, "مفهومان"),
        (Few, "{n} مفاهيم"),
        (Many, "{n} مفهومًا"),
        (Other, "{n} مفهوم"),
    ]),
    instruments: Counted(&[
        (Zero, "{n} صك"),
        (One, "صك واحد"),
        (Two, "صكّان"),
        (Few, "{n} صكوك"),
        (Many, "{n} صكًّا"),
        (Other, "{n} صك"),
    ]),

    results_heading: "النتائج",
    results_found: "المفاهيم التي وُجدت:",
    no_results: "لا يوجد مصطلح مطابق. جرّب كتابة أخرى أو لغة أخرى.",
    matched: "المصطلح المطابق",
    preferred_term: "المصطلح المفضل",
    use_instead: "استخدم بدلاً منه:",
    why: "السبب:",

    terms_heading: "المصطلحات بلغات الأمم المتحدة الست",
    no_term_yet: "لا يوجد مصطلح بهذه اللغة بعد.",
    legal_term_of: "المصطلح القانوني في",
    abbreviation: "الاختصار",
    definitions_heading: "التعاريف",
    no_definition: "لا يوجد تعريف بعد.",
    source: "المصدر:",
    guidance_heading: "ما تقوله المبادئ التوجيهية",
    about_term: "بشأن",
    citations_heading: "الأحكام",
    official_text: "النص الرسمي",
    verified: "متحقق منه",
    unverified: "غير متحقق منه",
    unverified_hint: "لم يُراجع بعد في نص الصك",
    evidence: "الدليل",
    link_unverified: "الرابط غير متحقق منه",
    related_heading: "مفاهيم ذات صلة",
    history_heading: "سجل المراجعات",
    cite_heading: "استشهد بهذا المدخل",
    permalink: "رابط دائم لهذا الإصدار",
    citation: "المرجع",
    copy_link: "نسخ الرابط",
    copy_citation: "نسخ المرجع",
    copied: "تم النسخ.",
    copy_failed: "النسخ غير متاح هنا: حدد النص وانسخه.",
    pinned_notice: "أنت تطّلع على هذا المدخل كما كان في الإصدار",
    see_current: "عرض المدخل الحالي",
    not_in_release: "لم يكن هذا المفهوم جزءاً من الإصدار",
    unknown_release: "لا يتضمن المسرد الإصدار",
    concept_not_found: "لا يوجد مفهوم بهذا المعرّف:",
    category: "الفئة",
    added_in: "أضيف في الإصدار",
    removed_in: "سُحب في الإصدار",
    compare_languages: "قارن بين اللغات",
    compare_releases: "قارن بين الإصدارات",
    compare_instruments: "قارن بين الصكوك",
    defining_provisions: "الأحكام التي تعرّفه",
    no_matrix: "لا يعرّف أي صك هذا المفهوم في المسرد بعد.",
    entry: "المدخل",
    compare_concepts: "قارن بمفاهيم أخرى",
    print: "طباعة",
    fallback_shown_in: "غير متاح بهذه اللغة؛ معروض باللغة",
    quotation: "اقتباس من النص ذي الحجية",
    glossary_name: "مسرد luxterm",
    concept_word: "المفهوم",

    instrument_not_found: "لا يوجد صك بهذا المعرّف:",
    kind: "النوع",
    adopted_by: "اعتمدته",
    symbol: "الرمز",
    adopted: "تاريخ الاعتماد",
    in_force: "بدء النفاذ",
    not_in_force: "غير نافذ أو لا ينطبق",
    authentic_languages: "اللغات ذات الحجية",
    provisions_heading: "الأحكام",
    concepts_citing: "المفاهيم التي تستشهد بهذا الحكم",
    none_citing: "لا يستشهد أي مفهوم بهذا الحكم بعد.",
    note: "ملاحظة",
    instruments_heading: "الصكوك",

    compare_heading: "المقارنة",
    concept_n: "المفهوم",
    choose: "اختر…",
    add_concept: "أضف مفهوماً",
    remove: "إزالة",
    languages_legend: "اللغات المعروضة",
    from_release: "من الإصدار",
    to_release: "إلى الإصدار",
    no_differences: "لا توجد فروق بين هذين الإصدارين.",
    one_release_only: "للمسرد إصدار واحد حتى الآن؛ ستظهر الفروق هنا بعد الإصدار التالي.",
    added: "أضيف",
    removed: "حُذف",
    changed: "عُدّل",
    before: "قبل",
    after: "بعد",
    pick_two: "اختر مفهومين على الأقل.",
    terms_to_avoid: "مصطلحات ينبغي تجنبها",
    other_terms: "مصطلحات أخرى",
    definition: "التعريف",
    legal_terms: "المصطلحات القانونية",
    provisions: "الأحكام",

    releases_heading: "الإصدارات",
    not_found_heading: "الصفحة غير موجودة",
    not_found_text: "لا يطابق هذا العنوان أي صفحة في luxterm.",
    category_not_found: "لا توجد فئة بهذا الاسم:",
    contents_heading: "المحتويات",
    release_concepts: "المفاهيم في هذا الإصدار:",
    release_added: "المفاهيم المضافة:",
    release_changed: "المفاهيم المعدّلة:",
    release_removed: "المفاهيم المسحوبة:",
    back_home: "العودة إلى البحث",
    loading_glossary: "جارٍ تحميل المسرد…",
    glossary_failed_heading: "تعذّر تحميل المسرد",
    glossary_failed: "تعذّر تحميل المسرد. لا يزال البحث يعمل؛ أما هذه الصفحة فتحتاج إلى المسرد كاملًا.",
    retry: "إعادة المحاولة",

    status: ["مفضل", "مقبول", "يُستخدم بحذر", "يُتجنب"],
    advice: ["يُستخدم", "يُستخدم بحذر", "يُفضل تجنبه"],
    categories: [
        "الأشخاص",
        "المصطلحات الجامعة",
        "البيع والاتجار",
        "البغاء",
        "السفر والسياحة",
        "المواد",
        "السلوك عبر الإنترنت",
        "أركان الجرائم",
        "تكنولوجيا المعلومات والاتصالات",
        "الإطار القانوني",
        "المؤسسات والولايات",
    ],
    relations: ["مفهوم أوسع", "مفهوم أضيق", "مفهوم ذو صلة", "حلّ محله"],
    instrument_kinds: [
        "معاهدة",
        "بروتوكول",
        "توجيه",
        "مقترح",
        "مبادئ توجيهية",
        "قرار",
    ],
    provision_kinds: ["يعرّف", "يجرّم", "يُلزم", "يوصي", "غير ذلك"],
    cell_values: ["نعم", "لا", "اختياري", "جزئياً", "لا يتناوله"],
    diff_fields: [
        "الفئة",
        "الوضع",
        "الاختصار",
        "استخدم بدلًا منه",
        "السبب",
        "ملاحظة",
        "المصطلح القانوني في",
        "النص",
        "التوصية",
        "المبرر",
        "مُتحقَّق منه",
        "الإجابة",
        "الإجابة مفصلة",
        "المصدر",
        "مُدرج",
    ],
    diff_entries: [
        "الفئة",
        "المصطلح",
        "التعريف",
        "التوجيه",
        "الاستشهاد",
        "العلاقة",
        "العنصر",
    ],
    check: &AR_CHECK,
    matrix: &AR_MATRIX,
};

static ZH: Strings = Strings {
    app_tagline: "买卖儿童和对儿童的性剥削问题术语",
    skip_to_content: "跳至正文",
    nav_label: "主菜单",
    nav_search: "搜索",
    nav_instruments: "文书",
    nav_compare: "比较",
    nav_releases: "版本",
    ui_language: "界面语言",
    content_language: "术语语文",
    footer: "luxterm 是一个独立项目，并非准则作者的正式出版物。定义、说明和摘要均由我们自行撰写；未经核实的信息均有标注。",
    release: "版本",
    released_on: "发布于",
    loading: "正在加载…",

    intro: "以联合国六种正式语文查找恰当的术语，了解哪项文书使用哪个法律术语，以及应避免使用的术语可用什么术语替代。",
    search_label: "以任何语文搜索术语",
    search_placeholder: "儿童色情制品、child pornography、pédopornographie…",
    search_hint: "输入时即显示结果。按向下箭头键可转到结果。",
    search_button: "搜索",
    categories_heading: "按类别浏览",
    current_release: "当前版本",
    concepts: Counted(&[(Other, "{n} 个概念")]),
    instruments: Counted(&[(Other, "{n} 项文书")]),

    results_heading: "结果",
    results_found: "找到的概念：",
    no_results: "没有匹配的术语。请尝试其他拼写或其他语文。",
    matched: "匹配的术语",
    preferred_term: "首选术语",
    use_instead: "改用：",
    why: "原因：",

    terms_heading: "联合国六种正式语文的术语",
    no_term_yet: "此语文尚无术语。",
    legal_term_of: "法律术语，出自",
    abbreviation: "缩写",
    definitions_heading: "定义",
    no_definition: "尚无定义。",
    source: "出处：",
    guidance_heading: "准则的建议",
    about_term: "关于",
    citations_heading: "条款",
    official_text: "正式文本",
    verified: "已核实",
    unverified: "未核实",
    unverified_hint: "尚未对照文书文本核实",
    evidence: "依据",
    link_unverified: "链接未核实",
    related_heading: "相关概念",
    history_heading: "修订历史",
    cite_heading: "引用本条目",
    permalink: "本版本的永久链接",
    citation: "引用格式",
    copy_link: "复制链接",
    copy_citation: "复制引用",
    copied: "已复制。",
    copy_failed: "此处无法复制：请选中文本后自行复制。",
    pinned_notice: "您正在查看本条目在以下版本中的内容：版本",
    see_current: "查看当前条目",
    not_in_release: "该概念未收入版本",
    unknown_release: "术语表中没有版本",
    concept_not_found: "没有使用此标识符的概念：",
    category: "类别",
    added_in: "收入版本",
    removed_in: "撤回于版本",
    compare_languages: "比较各语文",
    compare_releases: "比较各版本",
    compare_instruments: "比较各文书",
    defining_provisions: "定义条款",
    no_matrix: "术语表中尚无文书对此概念作出定义。",
    entry: "条目",
    compare_concepts: "与其他概念比较",
    print: "打印",
    fallback_shown_in: "此语文暂无；显示的是",
    quotation: "作准文本引文",
    glossary_name: "luxterm 术语表",
    concept_word: "概念",

    instrument_not_found: "没有使用此标识符的文书：",
    kind: "类型",
    adopted_by: "通过机构",
    symbol: "文号",
    adopted: "通过日期",
    in_force: "生效日期",
    not_in_force: "未生效或不适用",
    authentic_languages: "作准语文",
    provisions_heading: "条款",
    concepts_citing: "援引本条款的概念",
    none_citing: "尚无概念援引本条款。",
    note: "说明",
    instruments_heading: "文书",

    compare_heading: "比较",
    concept_n: "概念",
    choose: "请选择…",
    add_concept: "添加概念",
    remove: "移除",
    languages_legend: "显示的语文",
    from_release: "起始版本",
    to_release: "目标版本",
    no_differences: "这两个版本之间没有差异。",
    one_release_only: "术语表目前只有一个版本；下一版本发布后，差异将显示于此。",
    added: "新增",
    removed: "删除",
    changed: "修改",
    before: "修改前",
    after: "修改后",
    pick_two: "请至少选择两个概念。",
    terms_to_avoid: "应避免使用的术语",
    other_terms: "其他术语",
    definition: "定义",
    legal_terms: "法律术语",
    provisions: "条款",

    releases_heading: "版本",
    not_found_heading: "未找到页面",
    not_found_text: "此地址不对应 luxterm 的任何页面。",
    back_home: "返回搜索",
    loading_glossary: "正在加载术语表…",
    glossary_failed: "无法加载术语表。搜索仍可使用；本页需要完整的术语表。",
    glossary_failed_heading: "无法加载术语表",
    category_not_found: "没有使用此名称的类别：",
    contents_heading: "目录",
    release_concepts: "本版本中的概念：",
    release_added: "新增的概念：",
    release_changed: "修改的概念：",
    release_removed: "撤回的概念：",
    retry: "重试",

    status: ["首选", "可接受", "慎用", "避免使用"],
    advice: ["使用", "慎用", "最好避免"],
    categories: [
        "人员",
        "总括术语",
        "买卖和贩运",
        "卖淫",
        "旅行和旅游",
        "材料",
        "网上行为",
        "犯罪构成要件",
        "信息和通信技术",
        "法律框架",
        "机构和任务授权",
    ],
    relations: ["上位概念", "下位概念", "相关概念", "已由以下概念取代"],
    instrument_kinds: ["条约", "议定书", "指令", "提案", "准则", "决议"],
    provision_kinds: ["定义", "定为刑事罪", "规定义务", "建议", "其他"],
    cell_values: ["是", "否", "任择", "部分", "未涉及"],
    diff_fields: [
        "类别",
        "状态",
        "缩写",
        "改用",
        "原因",
        "说明",
        "法律术语，出自",
        "文本",
        "建议",
        "理由",
        "已核实",
        "答复",
        "文字答复",
        "出处",
        "列入",
    ],
    diff_entries: [
        "类别",
        "术语",
        "定义",
        "指导意见",
        "所引条款",
        "关系",
        "要素",
    ],
    check: &ZH_CHECK,
    matrix: &ZH_MATRIX,
};

static RU: Strings = Strings {
    app_tagline: "Терминология по вопросам торговли детьми и сексуальной эксплуатации детей",
    skip_to_content: "Перейти к содержанию",
    nav_label: "Главное меню",
    nav_search: "Поиск",
    nav_instruments: "Документы",
    nav_compare: "Сравнение",
    nav_releases: "Версии",
    ui_language: "Язык интерфейса",
    content_language: "Язык терминов",
    footer: "luxterm — независимый проект, а не официальное издание авторов руководящих принципов. Определения, примечания и резюме изложены нашими словами; непроверенные сведения помечены.",
    release: "Версия",
    released_on: "опубликована",
    loading: "Загрузка…",

    intro: "Найдите нужный термин на шести официальных языках ООН, узнайте, в каком документе используется тот или иной юридический термин и что сказать вместо термина, которого следует избегать.",
    search_label: "Поиск термина на любом языке",
    search_placeholder: "детская порнография, child pornography, 儿童色情制品…",
    search_hint: "Результаты появляются по мере ввода. Чтобы перейти к ним, нажмите стрелку вниз.",
    search_button: "Найти",
    categories_heading: "Обзор по категориям",
    current_release: "Текущая версия",
    concepts: Counted(&[
        (One, "{n} понятие"),
        (Few, "{n} понятия"),
        (Many, "{n} понятий"),
        (Other, "{n} понятия"),
    ]),
    instruments: Counted(&[
        (One, "{n} документ"),
        (Few, "{n} документа"),
        (Many, "{n} документов"),
        (Other, "{n} документа"),
    ]),

    results_heading: "Результаты",
    results_found: "Найдено понятий:",
    no_results: "Совпадений нет. Попробуйте другое написание или другой язык.",
    matched: "Найденный термин",
    preferred_term: "Предпочтительный термин",
    use_instead: "Используйте вместо этого:",
    why: "Почему:",

    terms_heading: "Термины на шести официальных языках ООН",
    no_term_yet: "На этом языке термина пока нет.",
    legal_term_of: "Юридический термин в документе:",
    abbreviation: "Сокращение",
    definitions_heading: "Определения",
    no_definition: "Определения пока нет.",
    source: "Источник:",
    guidance_heading: "Что говорится в руководящих принципах",
    about_term: "О термине",
    citations_heading: "Положения",
    official_text: "Официальный текст",
    verified: "Проверено",
    unverified: "Не проверено",
    unverified_hint: "Ещё не сверено с текстом документа",
    evidence: "Основание",
    link_unverified: "ссылка не проверена",
    related_heading: "Связанные понятия",
    history_heading: "История изменений",
    cite_heading: "Как цитировать эту запись",
    permalink: "Постоянная ссылка на эту версию",
    citation: "Библиографическая ссылка",
    copy_link: "Копировать ссылку",
    copy_citation: "Копировать библиографическую ссылку",
    copied: "Скопировано.",
    copy_failed: "Копирование здесь заблокировано: выделите текст и скопируйте его.",
    pinned_notice: "Вы просматриваете эту запись в том виде, в каком она была в версии",
    see_current: "Открыть текущую запись",
    not_in_release: "Этого понятия не было в версии",
    unknown_release: "В глоссарии нет версии",
    concept_not_found: "Нет понятия с таким идентификатором:",
    category: "Категория",
    added_in: "Добавлено в версии",
    removed_in: "Исключено в версии",
    compare_languages: "Сравнить по языкам",
    compare_releases: "Сравнить по версиям",
    compare_instruments: "Сравнить по документам",
    defining_provisions: "Положения, содержащие определение",
    no_matrix: "В глоссарии пока нет документа, определяющего это понятие.",
    entry: "Запись",
    compare_concepts: "Сравнить с другими понятиями",
    print: "Печать",
    fallback_shown_in: "На этом языке нет; показано на языке:",
    quotation: "Цитата из аутентичного текста",
    glossary_name: "глоссарий luxterm",
    concept_word: "понятие",

    instrument_not_found: "Нет документа с таким идентификатором:",
    kind: "Вид",
    adopted_by: "Кем принят",
    symbol: "Условное обозначение",
    adopted: "Дата принятия",
    in_force: "Вступление в силу",
    not_in_force: "Не состоялось или неприменимо",
    authentic_languages: "Аутентичные языки",
    provisions_heading: "Положения",
    concepts_citing: "Понятия, ссылающиеся на это положение",
    none_citing: "Пока ни одно понятие не ссылается на это положение.",
    note: "Примечание",
    instruments_heading: "Документы",

    compare_heading: "Сравнение",
    concept_n: "Понятие",
    choose: "Выберите…",
    add_concept: "Добавить понятие",
    remove: "Убрать",
    languages_legend: "Показываемые языки",
    from_release: "С версии",
    to_release: "До версии",
    no_differences: "Между этими двумя версиями различий нет.",
    one_release_only: "Пока у глоссария одна версия; различия появятся здесь после выхода следующей.",
    added: "Добавлено",
    removed: "Удалено",
    changed: "Изменено",
    before: "До",
    after: "После",
    pick_two: "Выберите не менее двух понятий.",
    terms_to_avoid: "Термины, которых следует избегать",
    other_terms: "Другие термины",
    definition: "Определение",
    legal_terms: "Юридические термины",
    provisions: "Положения",

    releases_heading: "Версии",
    not_found_heading: "Страница не найдена",
    not_found_text: "Этому адресу не соответствует ни одна страница luxterm.",
    back_home: "Вернуться к поиску",
    loading_glossary: "Загрузка глоссария…",
    glossary_failed: "Не удалось загрузить глоссарий. Поиск по-прежнему работает; для этой страницы нужен полный глоссарий.",
    glossary_failed_heading: "Не удалось загрузить глоссарий",
    category_not_found: "Нет категории с таким названием:",
    contents_heading: "Содержание",
    release_concepts: "Понятий в этой версии:",
    release_added: "Добавлено понятий:",
    release_changed: "Изменено понятий:",
    release_removed: "Исключено понятий:",
    retry: "Повторить",

    status: [
        "Предпочтительный",
        "Допустимый",
        "Использовать с осторожностью",
        "Избегать",
    ],
    advice: [
        "Использовать",
        "Использовать с осторожностью",
        "Лучше избегать",
    ],
    categories: [
        "Лица",
        "Общие термины",
        "Торговля детьми и торговля людьми",
        "Проституция",
        "Путешествия и туризм",
        "Материалы",
        "Действия в интернете",
        "Элементы составов преступлений",
        "Информационно-коммуникационные технологии",
        "Правовая база",
        "Учреждения и мандаты",
    ],
    relations: [
        "Более широкое понятие",
        "Более узкое понятие",
        "Связанное понятие",
        "Заменено понятием",
    ],
    instrument_kinds: [
        "Договор",
        "Протокол",
        "Директива",
        "Предложение",
        "Руководящие принципы",
        "Резолюция",
    ],
    provision_kinds: [
        "Определяет",
        "Устанавливает уголовную ответственность",
        "Обязывает",
        "Рекомендует",
        "Иное",
    ],
    cell_values: [
        "Да",
        "Нет",
        "Факультативно",
        "Частично",
        "Не рассматривается",
    ],
    diff_fields: [
        "Категория",
        "Статус",
        "Сокращение",
        "Использовать вместо этого",
        "Почему",
        "Примечание",
        "Юридический термин в документе",
        "Текст",
        "Рекомендация",
        "Обоснование",
        "Проверено",
        "Ответ",
        "Ответ словами",
        "Источник",
        "Упомянуто",
    ],
    diff_entries: [
        "Категория",
        "Термин",
        "Определение",
        "Руководящее указание",
        "Цитируемое положение",
        "Связь",
        "Элемент",
    ],
    check: &RU_CHECK,
    matrix: &RU_MATRIX,
};

/// The Check page's name, heading and intro in one language (its form and the labels of its
/// findings are in the checker's module, `web/check`, loaded with it).
#[allow(missing_docs)]
pub struct CheckStrings {
    pub nav: &'static str,
    pub heading: &'static str,
    pub intro: &'static str,
    pub loading: &'static str,
    pub checker_failed: &'static str,
}

static EN_CHECK: CheckStrings = CheckStrings {
    nav: "Check a text",
    heading: "Check a text",
    intro: "Paste a text or choose a file (.txt, .md, .docx, .xlf, .xliff): every term to avoid or to use with caution is marked in place, with what to use instead, why, and the source. Your text stays in your browser: nothing is uploaded.",
    loading: "Loading the checker…",
    checker_failed: "The checker could not be loaded. Reload the page to try again.",
};

static FR_CHECK: CheckStrings = CheckStrings {
    nav: "Vérifier un texte",
    heading: "Vérifier un texte",
    intro: "Collez un texte ou choisissez un fichier (.txt, .md, .docx, .xlf, .xliff) : chaque terme à éviter ou à employer avec prudence est signalé dans le texte, avec ce qu’il faut employer à la place, pourquoi, et la source. Votre texte reste dans votre navigateur : rien n’est envoyé.",
    loading: "Chargement du vérificateur…",
    checker_failed: "Le vérificateur n’a pas pu être chargé. Rechargez la page pour réessayer.",
};

static ES_CHECK: CheckStrings = CheckStrings {
    nav: "Revisar un texto",
    heading: "Revisar un texto",
    intro: "Pegue un texto o elija un archivo (.txt, .md, .docx, .xlf, .xliff): cada término que conviene evitar o usar con cautela se marca en el texto, con lo que debe usarse en su lugar, por qué y la fuente. Su texto no sale de su navegador: no se envía nada.",
    loading: "Cargando el revisor…",
    checker_failed: "No se pudo cargar el revisor. Vuelva a cargar la página para intentarlo de nuevo.",
};

static AR_CHECK: CheckStrings = CheckStrings {
    nav: "تدقيق نص",
    heading: "تدقيق نص",
    intro: "الصق نصًا أو اختر ملفًا (.txt أو .md أو .docx أو .xlf أو .xliff): يُعلَّم في موضعه كل مصطلح ينبغي تجنبه أو استخدامه بحذر، مع البديل الذي ينبغي استخدامه والسبب والمصدر. يبقى نصك في متصفحك: لا يُرسَل أي شيء.",
    loading: "جارٍ تحميل أداة التدقيق…",
    checker_failed: "تعذّر تحميل أداة التدقيق. أعد تحميل الصفحة للمحاولة مرة أخرى.",
};

static ZH_CHECK: CheckStrings = CheckStrings {
    nav: "检查文本",
    heading: "检查文本",
    intro: "粘贴文本或选择文件（.txt、.md、.docx、.xlf、.xliff）：每个应避免使用或应慎用的术语都会在原处标出，并注明应改用的术语、原因和出处。您的文本只留在您的浏览器中，不会上传任何内容。",
    loading: "正在加载检查工具…",
    checker_failed: "无法加载检查工具。请重新加载页面再试。",
};

static RU_CHECK: CheckStrings = CheckStrings {
    nav: "Проверить текст",
    heading: "Проверить текст",
    intro: "Вставьте текст или выберите файл (.txt, .md, .docx, .xlf, .xliff): каждый термин, которого следует избегать или который следует использовать с осторожностью, будет отмечен прямо в тексте с указанием замены, причины и источника. Ваш текст остаётся в вашем браузере: ничего не отправляется.",
    loading: "Загрузка средства проверки…",
    checker_failed: "Не удалось загрузить средство проверки. Перезагрузите страницу, чтобы повторить попытку.",
};

/// The element matrix's own words: the choice of instruments, the empty columns, citing the
/// table and its CSV, and why the tabs of /compare wait for a concept.
#[allow(missing_docs)]
pub struct MatrixStrings {
    /// The legend of the instrument picker.
    pub instruments: &'static str,
    /// Resets the choice to every instrument.
    pub all_instruments: &'static str,
    /// After an instrument in the picker whose column would be empty.
    pub no_entry: &'static str,
    /// Before the names of the empty columns hidden.
    pub hidden_empty: &'static str,
    pub show_empty: &'static str,
    pub hide_empty: &'static str,
    /// The heading of the table's "cite this".
    pub cite_heading: &'static str,
    /// Before the provisions the table cites, in its citation.
    pub provisions_cited: &'static str,
    pub download_csv: &'static str,
    /// Why the other tabs of /compare are disabled, and how to enable them.
    pub tabs_need_concept: &'static str,
    /// The heading of the phone layout's card for defining provisions and legal terms.
    pub overview: &'static str,
}

static EN_MATRIX: MatrixStrings = MatrixStrings {
    instruments: "Instruments shown",
    all_instruments: "All instruments",
    no_entry: "(no entry)",
    hidden_empty: "Hidden, with no entry in this table:",
    show_empty: "Show them",
    hide_empty: "Hide the instruments with no entry",
    cite_heading: "Cite this table",
    provisions_cited: "Provisions cited",
    download_csv: "Download the table (CSV)",
    tabs_need_concept: "To compare across languages, instruments or releases, first choose a concept below (Concept 1).",
    overview: "Definitions and legal terms",
};

static FR_MATRIX: MatrixStrings = MatrixStrings {
    instruments: "Instruments affichés",
    all_instruments: "Tous les instruments",
    no_entry: "(aucune entrée)",
    hidden_empty: "Masqués, sans aucune entrée dans ce tableau :",
    show_empty: "Les afficher",
    hide_empty: "Masquer les instruments sans entrée",
    cite_heading: "Citer ce tableau",
    provisions_cited: "Dispositions citées",
    download_csv: "Télécharger le tableau (CSV)",
    tabs_need_concept: "Pour comparer entre langues, instruments ou versions, choisissez d’abord une notion ci-dessous (Notion 1).",
    overview: "Définitions et termes juridiques",
};

static ES_MATRIX: MatrixStrings = MatrixStrings {
    instruments: "Instrumentos mostrados",
    all_instruments: "Todos los instrumentos",
    no_entry: "(sin datos)",
    hidden_empty: "Ocultos, sin ningún dato en esta tabla:",
    show_empty: "Mostrarlos",
    hide_empty: "Ocultar los instrumentos sin datos",
    cite_heading: "Citar esta tabla",
    provisions_cited: "Disposiciones citadas",
    download_csv: "Descargar la tabla (CSV)",
    tabs_need_concept: "Para comparar entre idiomas, instrumentos o versiones, elija primero un concepto más abajo (Concepto 1).",
    overview: "Definiciones y términos jurídicos",
};

static AR_MATRIX: MatrixStrings = MatrixStrings {
    instruments: "الصكوك المعروضة",
    all_instruments: "جميع الصكوك",
    no_entry: "(لا مدخلات)",
    hidden_empty: "مخفية، لعدم وجود أي مدخل لها في هذا الجدول:",
    show_empty: "اعرضها",
    hide_empty: "أخفِ الصكوك التي لا مدخلات لها",
    cite_heading: "استشهد بهذا الجدول",
    provisions_cited: "الأحكام المستشهد بها",
    download_csv: "نزّل الجدول (CSV)",
    tabs_need_concept: "للمقارنة بين اللغات أو الصكوك أو الإصدارات، اختر أولاً مفهومًا أدناه (المفهوم 1).",
    overview: "التعاريف والمصطلحات القانونية",
};

static ZH_MATRIX: MatrixStrings = MatrixStrings {
    instruments: "显示的文书",
    all_instruments: "所有文书",
    no_entry: "（无条目）",
    hidden_empty: "已隐藏，在本表中没有任何条目：",
    show_empty: "显示这些文书",
    hide_empty: "隐藏没有条目的文书",
    cite_heading: "引用本表",
    provisions_cited: "所引条款",
    download_csv: "下载本表（CSV）",
    tabs_need_concept: "如需按语文、文书或版本进行比较，请先在下方选择一个概念（概念 1）。",
    overview: "定义和法律术语",
};

static RU_MATRIX: MatrixStrings = MatrixStrings {
    instruments: "Показываемые документы",
    all_instruments: "Все документы",
    no_entry: "(нет записи)",
    hidden_empty: "Скрыты, так как в этой таблице для них нет записей:",
    show_empty: "Показать их",
    hide_empty: "Скрыть документы без записей",
    cite_heading: "Как цитировать эту таблицу",
    provisions_cited: "Цитируемые положения",
    download_csv: "Скачать таблицу (CSV)",
    tabs_need_concept: "Чтобы сравнить по языкам, документам или версиям, сначала выберите понятие ниже (Понятие 1).",
    overview: "Определения и юридические термины",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_follows_the_interface_language() {
        assert_eq!(UiLang::En.quoted("child"), "“child”");
        assert_eq!(UiLang::Fr.quoted("enfant"), "«\u{202F}enfant\u{202F}»");
        assert_eq!(UiLang::Ru.quoted("ребенок"), "«ребенок»");
        assert_eq!(UiLang::Zh.quoted("儿童"), "“儿童”");
        assert_eq!(UiLang::Zh.word_space(), "");
        assert_eq!(UiLang::Es.word_space(), " ");
        assert_eq!(UiLang::Zh.list_separator(), "、");
        assert_eq!(UiLang::Ar.list_separator(), "، ");
        assert_eq!(UiLang::Zh.comma(), "，");
        assert_eq!(UiLang::En.comma(), ", ");
    }

    #[test]
    fn tags_map_to_interface_languages() {
        assert_eq!(UiLang::from_tag("fr-CA"), Some(UiLang::Fr));
        assert_eq!(UiLang::from_tag("AR"), Some(UiLang::Ar));
        assert_eq!(UiLang::from_tag("zh-Hans-CN"), Some(UiLang::Zh));
        assert_eq!(UiLang::from_tag("ru_RU"), Some(UiLang::Ru));
        assert_eq!(UiLang::from_tag("de"), None);
        assert_eq!(UiLang::Zh.dir(), "ltr");
        assert_eq!(lang_name(UiLang::Ru, "zh"), "китайский");
        assert_eq!(lang_name(UiLang::Zh, "ar"), "阿拉伯文");
        assert_eq!(UiLang::Ar.dir(), "rtl");
        assert_eq!(lang_name(UiLang::Fr, "zh"), "chinois");
        assert_eq!(lang_name(UiLang::En, "pt-BR"), "pt-BR");
        assert_eq!(lang_name(UiLang::Fr, "de"), "allemand");
    }

    /// Whether `text` has a letter of the script of `ui` (Arabic, Han, Cyrillic).
    fn in_script(ui: UiLang, text: &str) -> bool {
        text.chars().any(|c| match ui {
            UiLang::Ar => ('\u{0600}'..='\u{06FF}').contains(&c),
            UiLang::Zh => ('\u{4E00}'..='\u{9FFF}').contains(&c),
            UiLang::Ru => ('\u{0400}'..='\u{04FF}').contains(&c),
            _ => c.is_alphabetic(),
        })
    }

    #[test]
    fn every_language_has_every_string_translated() {
        let english = UiLang::En.s().texts();
        assert!(english.len() > 180, "{}", english.len());
        for ui in UiLang::ALL {
            let texts = ui.s().texts();
            // The counted phrases have as many forms as the language has plural categories.
            let forms = |u: UiLang| u.s().concepts.0.len() + u.s().instruments.0.len();
            assert_eq!(
                texts.len() - forms(ui),
                english.len() - forms(UiLang::En),
                "{ui:?}"
            );
            for t in &texts {
                assert!(!t.trim().is_empty(), "{ui:?}: an empty string");
                // Arabic, Chinese and Russian strings are in their own script: none was left
                // in English (the search box's examples mix scripts on purpose, with the
                // language's own first).
                assert!(in_script(ui, t), "{ui:?}: not translated: {t:?}");
            }
        }
        for ui in [UiLang::Zh, UiLang::Ru] {
            let texts = ui.s().texts();
            let untranslated: Vec<_> = english
                .iter()
                .filter(|e| e.len() > 3 && texts.contains(e))
                .collect();
            assert!(untranslated.is_empty(), "{ui:?}: {untranslated:?}");
        }
    }

    #[test]
    fn every_counted_phrase_has_other_and_a_number() {
        for ui in UiLang::ALL {
            for phrase in [&ui.s().concepts, &ui.s().instruments] {
                assert!(phrase.categories().contains(&Other), "{ui:?}");
                assert!(phrase.form(Other).contains("{n}"), "{ui:?}");
                // A category the phrase lacks falls back to `other`, never to nothing.
                for p in crate::intl::Plural::ALL {
                    assert!(!phrase.form(p).is_empty(), "{ui:?} {p:?}");
                }
            }
        }
        assert_eq!(UiLang::Ar.s().concepts.form(Many), "{n} مفهومًا");
        assert_eq!(UiLang::Ru.s().concepts.form(Few), "{n} понятия");
    }

    #[test]
    fn the_language_menu_names_each_language_in_itself() {
        let menu: Vec<_> = UiLang::ALL
            .iter()
            .map(|l| (l.code(), l.endonym()))
            .collect();
        assert_eq!(
            menu,
            [
                ("ar", "العربية"),
                ("zh", "中文"),
                ("en", "English"),
                ("fr", "Français"),
                ("ru", "Русский"),
                ("es", "Español"),
            ]
        );
        for l in UiLang::ALL {
            assert_eq!(UiLang::from_tag(l.code()), Some(l));
            assert_eq!(
                lang_name(l, l.code()).to_lowercase(),
                l.endonym().to_lowercase()
            );
        }
    }

    #[test]
    fn the_web_app_uses_the_core_direction_rule() {
        // These four were left to right in the web app and right to left in the core.
        for l in ["he", "ckb", "ug", "az-Arab", "ar"] {
            assert_eq!(dir_of(l), "rtl", "{l}");
        }
        assert_eq!(dir_of("az-Latn"), "ltr");
    }
}
