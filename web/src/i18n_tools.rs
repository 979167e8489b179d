//! The words of the translator tools (copy buttons, the language pair, the header search, the
//! filters of the results, the labels of our own wording) in every interface language. Kept
//! apart from [`crate::i18n::Strings`] so that they are one table; every interface language has
//! every string (a missing language is a compile error in [`tools`]).

use crate::i18n::UiLang;

/// The translator tools' strings in one language.
#[allow(missing_docs)]
pub struct ToolStrings {
    /// The visible label of a term's copy button.
    pub copy: &'static str,
    /// Its accessible name, followed by the term (`Copy the term: child`).
    pub copy_term: &'static str,
    /// Announced once the term is on the clipboard, followed by the term.
    pub copied_term: &'static str,
    /// The label on a definition written by the project.
    pub own_wording: &'static str,
    /// What that label means.
    pub own_wording_hint: &'static str,
    /// Before the provision a definition rests on.
    pub based_on: &'static str,
    /// What "verified" means.
    pub verified_means: &'static str,
    pub language_pair: &'static str,
    pub source_language: &'static str,
    pub target_language: &'static str,
    pub swap: &'static str,
    pub all_concepts: &'static str,
    pub pair_intro: &'static str,
    pub status: &'static str,
    pub concept: &'static str,
    pub filters: &'static str,
    pub filter_language: &'static str,
    pub filter_instrument: &'static str,
    pub any: &'static str,
    pub clear_filters: &'static str,
    /// How to move through the results with the keyboard.
    pub results_keys: &'static str,
    /// The badge of a result whose spelling is close to the query's (a typo forgiven).
    pub match_fuzzy: &'static str,
    /// The badge of a result that the query holds: a longer phrase that matches no term whole.
    pub match_within: &'static str,
}

/// The tools' strings in the interface language `ui`.
pub fn tools(ui: UiLang) -> &'static ToolStrings {
    match ui {
        UiLang::En => &EN,
        UiLang::Fr => &FR,
        UiLang::Es => &ES,
        UiLang::Ar => &AR,
        UiLang::Zh => &ZH,
        UiLang::Ru => &RU,
    }
}

static EN: ToolStrings = ToolStrings {
    copy: "Copy",
    copy_term: "Copy the term:",
    copied_term: "Copied:",
    own_wording: "luxterm's own wording",
    own_wording_hint: "Written by luxterm in its own words, based on the provision cited. It is not the text of the instrument.",
    based_on: "based on",
    verified_means: "Verified means that the citation was checked against the instrument's text.",
    language_pair: "Language pair",
    source_language: "Source language",
    target_language: "Target language",
    swap: "Swap languages",
    all_concepts: "All concepts",
    pair_intro: "Every concept's terms in both languages, status by status.",
    status: "Status",
    concept: "Concept",
    filters: "Filter the results",
    filter_language: "Language of the term",
    filter_instrument: "Cites the instrument",
    any: "Any",
    clear_filters: "Clear filters",
    results_keys: "Up and down arrows move between results; Escape returns to the search box.",
    match_fuzzy: "close spelling",
    match_within: "in your search",
};

static FR: ToolStrings = ToolStrings {
    copy: "Copier",
    copy_term: "Copier le terme :",
    copied_term: "Copié :",
    own_wording: "Formulation propre à luxterm",
    own_wording_hint: "Rédigée par luxterm dans ses propres termes, d'après la disposition citée. Ce n'est pas le texte de l'instrument.",
    based_on: "d'après",
    verified_means: "« Vérifié » signifie que la référence a été contrôlée dans le texte de l'instrument.",
    language_pair: "Paire de langues",
    source_language: "Langue source",
    target_language: "Langue cible",
    swap: "Inverser les langues",
    all_concepts: "Toutes les notions",
    pair_intro: "Les termes de chaque notion dans les deux langues, statut par statut.",
    status: "Statut",
    concept: "Notion",
    filters: "Filtrer les résultats",
    filter_language: "Langue du terme",
    filter_instrument: "Cite l'instrument",
    any: "Tous",
    clear_filters: "Effacer les filtres",
    results_keys: "Les flèches haut et bas passent d'un résultat à l'autre ; Échap revient au champ de recherche.",
    match_fuzzy: "graphie proche",
    match_within: "dans votre recherche",
};

static ES: ToolStrings = ToolStrings {
    copy: "Copiar",
    copy_term: "Copiar el término:",
    copied_term: "Copiado:",
    own_wording: "Redacción propia de luxterm",
    own_wording_hint: "Redactada por luxterm con sus propias palabras, a partir de la disposición citada. No es el texto del instrumento.",
    based_on: "a partir de",
    verified_means: "«Verificado» significa que la referencia se comprobó en el texto del instrumento.",
    language_pair: "Par de idiomas",
    source_language: "Idioma de origen",
    target_language: "Idioma de destino",
    swap: "Intercambiar los idiomas",
    all_concepts: "Todos los conceptos",
    pair_intro: "Los términos de cada concepto en ambos idiomas, estatus por estatus.",
    status: "Estatus",
    concept: "Concepto",
    filters: "Filtrar los resultados",
    filter_language: "Idioma del término",
    filter_instrument: "Cita el instrumento",
    any: "Cualquiera",
    clear_filters: "Quitar los filtros",
    results_keys: "Las flechas arriba y abajo pasan de un resultado a otro; Escape vuelve al cuadro de búsqueda.",
    match_fuzzy: "grafía parecida",
    match_within: "en su búsqueda",
};

static AR: ToolStrings = ToolStrings {
    copy: "نسخ",
    copy_term: "نسخ المصطلح:",
    copied_term: "تم النسخ:",
    own_wording: "صياغة luxterm الخاصة",
    own_wording_hint: "صاغها luxterm بكلماته الخاصة استنادًا إلى الحكم المذكور، وهي ليست نص الصك.",
    based_on: "استنادًا إلى",
    verified_means: "تعني عبارة «تم التحقق» أن الإحالة رُوجعت مقابل نص الصك.",
    language_pair: "زوج لغوي",
    source_language: "اللغة المصدر",
    target_language: "اللغة الهدف",
    swap: "تبديل اللغتين",
    all_concepts: "جميع المفاهيم",
    pair_intro: "مصطلحات كل مفهوم باللغتين، حالةً حالةً.",
    status: "الحالة",
    concept: "المفهوم",
    filters: "تصفية النتائج",
    filter_language: "لغة المصطلح",
    filter_instrument: "يستشهد بالصك",
    any: "الكل",
    clear_filters: "مسح عوامل التصفية",
    results_keys: "تنتقل مفاتيح الأسهم للأعلى وللأسفل بين النتائج، ويعيد مفتاح Escape إلى مربع البحث.",
    match_fuzzy: "كتابة قريبة",
    match_within: "ضمن بحثك",
};

/// The tools' strings in the language of the interface strings `s` (for the pieces that are
/// handed only those).
pub fn tools_for(s: &crate::i18n::Strings) -> &'static ToolStrings {
    let ui = UiLang::ALL
        .into_iter()
        .find(|l| std::ptr::eq(l.s(), s))
        .unwrap_or(UiLang::En);
    tools(ui)
}

static ZH: ToolStrings = ToolStrings {
    copy: "复制",
    copy_term: "复制术语：",
    copied_term: "已复制：",
    own_wording: "luxterm 自拟措辞",
    own_wording_hint: "由 luxterm 根据所引条款以自己的措辞撰写，并非文书原文。",
    based_on: "依据",
    verified_means: "“已核实”是指已对照文书原文核对该引文。",
    language_pair: "语言对",
    source_language: "源语言",
    target_language: "目标语言",
    swap: "互换语言",
    all_concepts: "所有概念",
    pair_intro: "每个概念在两种语言中的术语，按状态分列。",
    status: "状态",
    concept: "概念",
    filters: "筛选结果",
    filter_language: "术语语文",
    filter_instrument: "引用的文书",
    any: "不限",
    clear_filters: "清除筛选",
    results_keys: "上下箭头键在结果之间移动；Esc 键返回搜索框。",
    match_fuzzy: "拼写相近",
    match_within: "包含在检索词中",
};

static RU: ToolStrings = ToolStrings {
    copy: "Копировать",
    copy_term: "Копировать термин:",
    copied_term: "Скопировано:",
    own_wording: "формулировка luxterm",
    own_wording_hint: "Написано luxterm своими словами на основе цитируемого положения. Это не текст документа.",
    based_on: "на основе",
    verified_means: "«Проверено» означает, что ссылка сверена с текстом документа.",
    language_pair: "Языковая пара",
    source_language: "Исходный язык",
    target_language: "Язык перевода",
    swap: "Поменять языки местами",
    all_concepts: "Все понятия",
    pair_intro: "Термины каждого понятия на обоих языках, по статусам.",
    status: "Статус",
    concept: "Понятие",
    filters: "Фильтры результатов",
    filter_language: "Язык термина",
    filter_instrument: "Ссылается на документ",
    any: "Любой",
    clear_filters: "Сбросить фильтры",
    results_keys: "Стрелки вверх и вниз перемещают между результатами; Esc возвращает к полю поиска.",
    match_fuzzy: "близкое написание",
    match_within: "в вашем запросе",
};
