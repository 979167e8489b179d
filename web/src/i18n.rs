//! The interface's own words in English, French, Spanish and Arabic, and the names of languages,
//! statuses, categories and kinds in each.
//!
//! Every interface language has every string (a missing one is a compile error), so the interface
//! never falls back; only the glossary's content does, visibly (see `components::text`).

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
}

impl UiLang {
    /// Every interface language, in the order of the language menu.
    pub const ALL: [UiLang; 4] = [UiLang::En, UiLang::Fr, UiLang::Es, UiLang::Ar];

    /// The BCP 47 tag.
    pub fn code(self) -> &'static str {
        match self {
            UiLang::En => "en",
            UiLang::Fr => "fr",
            UiLang::Es => "es",
            UiLang::Ar => "ar",
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
        }
    }

    /// The interface's strings in this language.
    pub fn s(self) -> &'static Strings {
        match self {
            UiLang::En => &EN,
            UiLang::Fr => &FR,
            UiLang::Es => &ES,
            UiLang::Ar => &AR,
        }
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
    pub concepts: &'static str,
    pub instruments: &'static str,

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
}

impl Strings {
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
    concepts: "concepts",
    instruments: "instruments",

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
    concepts: "notions",
    instruments: "instruments",

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
    concepts: "conceptos",
    instruments: "instrumentos",

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
    search_placeholder: "child pornography, pédopornographie, 儿童色情制品…",
    search_hint: "تظهر النتائج أثناء الكتابة. اضغط السهم السفلي للوصول إليها.",
    search_button: "بحث",
    categories_heading: "تصفح حسب الفئة",
    current_release: "الإصدار الحالي",
    concepts: "مفاهيم",
    instruments: "صكوك",

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_map_to_interface_languages() {
        assert_eq!(UiLang::from_tag("fr-CA"), Some(UiLang::Fr));
        assert_eq!(UiLang::from_tag("AR"), Some(UiLang::Ar));
        assert_eq!(UiLang::from_tag("zh"), None);
        assert_eq!(UiLang::Ar.dir(), "rtl");
        assert_eq!(lang_name(UiLang::Fr, "zh"), "chinois");
        assert_eq!(lang_name(UiLang::En, "pt-BR"), "pt-BR");
        assert_eq!(lang_name(UiLang::Fr, "de"), "allemand");
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
