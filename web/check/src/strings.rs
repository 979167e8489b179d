//! The labels of the Check page's form and findings in the app's six interface languages
//! (the six UN languages). They live in this module, with the code that shows them,
//! so that the app's first load carries neither; the app has the page's name, heading and intro
//! (`web/src/i18n.rs`, `CheckStrings`).

use luxterm::check::{FindingKind, Level};

/// The labels in one interface language.
#[allow(missing_docs)]
pub struct Strings {
    pub text_label: &'static str,
    pub file_label: &'static str,
    pub drop_hint: &'static str,
    pub lang_label: &'static str,
    pub detect: &'static str,
    pub check_button: &'static str,
    pub checking: &'static str,
    /// Names of ar, zh, en, fr, ru, es, de, pt (as the app's language menu names them).
    pub lang_names: [&'static str; 8],
    pub file: &'static str,
    pub text_heading: &'static str,
    pub findings_heading: &'static str,
    pub no_findings: &'static str,
    pub findings_count: &'static str,
    pub form_of: &'static str,
    pub use_instead: &'static str,
    pub why: &'static str,
    pub sources: &'static str,
    pub verified: &'static str,
    pub unverified: &'static str,
    pub concept_page: &'static str,
    pub back_to_text: &'static str,
    pub bad_utf8: &'static str,
    pub bad_zip: &'static str,
    pub bad_docx: &'static str,
    pub bad_too_large: &'static str,
    pub bad_external: &'static str,
    pub bad_dtd: &'static str,
    pub bad_xml: &'static str,
    pub bad_xliff: &'static str,
    /// A file that could not be read for another reason.
    pub bad_other: &'static str,
    /// Info, caution, avoid.
    pub levels: [&'static str; 3],
    /// Term, instrument title, quoted legal term, missing equivalent.
    pub kinds: [&'static str; 4],
}

impl Strings {
    /// The label of a finding's level.
    ///
    /// ```
    /// use luxterm::check::Level;
    /// assert_eq!(luxterm_web_check::strings::of("fr").level(Level::Avoid), "À éviter");
    /// ```
    pub fn level(&self, l: Level) -> &'static str {
        let i = match l {
            Level::Info => 0,
            Level::Caution => 1,
            Level::Avoid => 2,
        };
        self.levels.get(i).copied().unwrap_or_default()
    }

    /// The name of a language in this interface language (the tag itself for others).
    ///
    /// ```
    /// assert_eq!(luxterm_web_check::strings::of("es").lang_name("fr"), "francés");
    /// assert_eq!(luxterm_web_check::strings::of("es").lang_name("sw"), "sw");
    /// ```
    pub fn lang_name<'a>(&self, lang: &'a str) -> &'a str {
        const TAGS: [&str; 8] = ["ar", "zh", "en", "fr", "ru", "es", "de", "pt"];
        TAGS.iter()
            .position(|t| *t == lang)
            .and_then(|i| self.lang_names.get(i).copied())
            .unwrap_or(lang)
    }

    /// The label of what a finding is.
    pub fn kind(&self, k: FindingKind) -> &'static str {
        let i = match k {
            FindingKind::Term => 0,
            FindingKind::InstrumentTitle => 1,
            FindingKind::QuotedLegalTerm => 2,
            FindingKind::MissingEquivalent => 3,
            // A kind this module does not know yet: no label rather than a wrong one.
            _ => return "",
        };
        self.kinds.get(i).copied().unwrap_or_default()
    }
}

/// The labels for an interface language tag (English for any other).
///
/// ```
/// assert_eq!(luxterm_web_check::strings::of("ar").sources, "المصادر:");
/// assert_eq!(luxterm_web_check::strings::of("xx").sources, "Sources:");
/// ```
pub fn of(ui: &str) -> &'static Strings {
    match ui {
        "fr" => &FR,
        "es" => &ES,
        "ar" => &AR,
        "zh" => &ZH,
        "ru" => &RU,
        _ => &EN,
    }
}

static EN: Strings = Strings {
    text_label: "Text to check",
    file_label: "Or choose a file",
    drop_hint: "You can also drop a file here.",
    lang_label: "Language of the text",
    detect: "Detect for each paragraph",
    check_button: "Check",
    checking: "Checking…",
    lang_names: [
        "Arabic",
        "Chinese",
        "English",
        "French",
        "Russian",
        "Spanish",
        "German",
        "Portuguese",
    ],
    file: "File:",
    text_heading: "The text, with its findings marked",
    findings_heading: "Findings",
    no_findings: "No term to avoid or to use with caution was found.",
    findings_count: "Findings:",
    form_of: "A form of",
    use_instead: "Use instead:",
    why: "Why:",
    sources: "Sources:",
    verified: "Verified",
    unverified: "Unverified",
    concept_page: "Concept page:",
    back_to_text: "Back to the text",
    bad_utf8: "This file is not plain text in UTF-8. Save it as UTF-8 text, or choose a .docx.",
    bad_zip: "This file is not a .docx document (it is not a zip archive, or it is damaged).",
    bad_docx: "This zip archive is not a Word document: it has no word/document.xml.",
    bad_too_large: "This file is too large to check here.",
    bad_external: "This document links to an external resource, so it was not read: luxterm never fetches anything.",
    bad_dtd: "This XML file declares a DTD, which is refused for safety.",
    bad_xml: "This file is not well-formed XML.",
    bad_xliff: "This XML file is not XLIFF 1.2 or 2.0.",
    bad_other: "This file could not be read.",
    levels: ["For information", "Use with caution", "Avoid"],
    kinds: [
        "Term",
        "Title of an instrument",
        "Legal term quoted",
        "Missing equivalent in the translation",
    ],
};

static FR: Strings = Strings {
    text_label: "Texte à vérifier",
    file_label: "Ou choisissez un fichier",
    drop_hint: "Vous pouvez aussi déposer un fichier ici.",
    lang_label: "Langue du texte",
    detect: "Détecter pour chaque paragraphe",
    check_button: "Vérifier",
    checking: "Vérification…",
    lang_names: [
        "arabe",
        "chinois",
        "anglais",
        "français",
        "russe",
        "espagnol",
        "allemand",
        "portugais",
    ],
    file: "Fichier :",
    text_heading: "Le texte, avec ses signalements",
    findings_heading: "Signalements",
    no_findings: "Aucun terme à éviter ou à employer avec prudence n’a été trouvé.",
    findings_count: "Signalements :",
    form_of: "Une forme de",
    use_instead: "Employer plutôt :",
    why: "Pourquoi :",
    sources: "Sources :",
    verified: "Vérifié",
    unverified: "Non vérifié",
    concept_page: "Page du concept :",
    back_to_text: "Revenir au texte",
    bad_utf8: "Ce fichier n’est pas du texte brut en UTF-8. Enregistrez-le en texte UTF-8, ou choisissez un .docx.",
    bad_zip: "Ce fichier n’est pas un document .docx (ce n’est pas une archive zip, ou elle est endommagée).",
    bad_docx: "Cette archive zip n’est pas un document Word : elle n’a pas de word/document.xml.",
    bad_too_large: "Ce fichier est trop volumineux pour être vérifié ici.",
    bad_external: "Ce document renvoie à une ressource externe ; il n’a donc pas été lu : luxterm ne télécharge jamais rien.",
    bad_dtd: "Ce fichier XML déclare une DTD, refusée par sécurité.",
    bad_xml: "Ce fichier n’est pas du XML bien formé.",
    bad_xliff: "Ce fichier XML n’est pas du XLIFF 1.2 ou 2.0.",
    bad_other: "Ce fichier n’a pas pu être lu.",
    levels: ["Pour information", "À employer avec prudence", "À éviter"],
    kinds: [
        "Terme",
        "Titre d’un instrument",
        "Terme juridique cité",
        "Équivalent manquant dans la traduction",
    ],
};

static ES: Strings = Strings {
    text_label: "Texto que se revisará",
    file_label: "O elija un archivo",
    drop_hint: "También puede soltar un archivo aquí.",
    lang_label: "Idioma del texto",
    detect: "Detectar en cada párrafo",
    check_button: "Revisar",
    checking: "Revisando…",
    lang_names: [
        "árabe",
        "chino",
        "inglés",
        "francés",
        "ruso",
        "español",
        "alemán",
        "portugués",
    ],
    file: "Archivo:",
    text_heading: "El texto, con sus observaciones marcadas",
    findings_heading: "Observaciones",
    no_findings: "No se encontró ningún término que convenga evitar o usar con cautela.",
    findings_count: "Observaciones:",
    form_of: "Una forma de",
    use_instead: "Use en su lugar:",
    why: "Por qué:",
    sources: "Fuentes:",
    verified: "Verificado",
    unverified: "No verificado",
    concept_page: "Página del concepto:",
    back_to_text: "Volver al texto",
    bad_utf8: "Este archivo no es texto sin formato en UTF-8. Guárdelo como texto UTF-8 o elija un .docx.",
    bad_zip: "Este archivo no es un documento .docx (no es un archivo zip, o está dañado).",
    bad_docx: "Este archivo zip no es un documento de Word: no contiene word/document.xml.",
    bad_too_large: "Este archivo es demasiado grande para revisarlo aquí.",
    bad_external: "Este documento remite a un recurso externo, por lo que no se leyó: luxterm nunca descarga nada.",
    bad_dtd: "Este archivo XML declara una DTD, que se rechaza por seguridad.",
    bad_xml: "Este archivo no es XML bien formado.",
    bad_xliff: "Este archivo XML no es XLIFF 1.2 ni 2.0.",
    bad_other: "No se pudo leer este archivo.",
    levels: ["Para información", "Usar con cautela", "Evitar"],
    kinds: [
        "Término",
        "Título de un instrumento",
        "Término jurídico citado",
        "Falta el equivalente en la traducción",
    ],
};

static AR: Strings = Strings {
    text_label: "النص المراد تدقيقه",
    file_label: "أو اختر ملفًا",
    drop_hint: "يمكنك أيضًا إفلات ملف هنا.",
    lang_label: "لغة النص",
    detect: "الكشف عن اللغة في كل فقرة",
    check_button: "تدقيق",
    checking: "جارٍ التدقيق…",
    lang_names: [
        "العربية",
        "الصينية",
        "الإنكليزية",
        "الفرنسية",
        "الروسية",
        "الإسبانية",
        "الألمانية",
        "البرتغالية",
    ],
    file: "الملف:",
    text_heading: "النص مع تعليم الملاحظات",
    findings_heading: "الملاحظات",
    no_findings: "لم يُعثر على أي مصطلح ينبغي تجنبه أو استخدامه بحذر.",
    findings_count: "الملاحظات:",
    form_of: "صيغة من",
    use_instead: "استخدم بدلاً منه:",
    why: "السبب:",
    sources: "المصادر:",
    verified: "متحقق منه",
    unverified: "غير متحقق منه",
    concept_page: "صفحة المفهوم:",
    back_to_text: "العودة إلى النص",
    bad_utf8: "هذا الملف ليس نصًا عاديًا بترميز UTF-8. احفظه نصًا بترميز UTF-8 أو اختر ملف .docx.",
    bad_zip: "هذا الملف ليس مستند .docx (ليس أرشيف zip أو أنه تالف).",
    bad_docx: "أرشيف zip هذا ليس مستند Word: لا يحتوي على word/document.xml.",
    bad_too_large: "هذا الملف أكبر من أن يُدقَّق هنا.",
    bad_external: "يحيل هذا المستند إلى مورد خارجي، لذا لم يُقرأ: لا يجلب luxterm أي شيء أبدًا.",
    bad_dtd: "يعلن ملف XML هذا عن DTD، وهو أمر مرفوض حفاظًا على الأمان.",
    bad_xml: "هذا الملف ليس XML سليم البنية.",
    bad_xliff: "ملف XML هذا ليس بصيغة XLIFF 1.2 أو 2.0.",
    bad_other: "تعذّرت قراءة هذا الملف.",
    levels: ["للعلم", "يُستخدم بحذر", "يُتجنَّب"],
    kinds: [
        "مصطلح",
        "عنوان صك",
        "مصطلح قانوني مقتبس",
        "مكافئ مفقود في الترجمة",
    ],
};

static ZH: Strings = Strings {
    text_label: "要检查的文本",
    file_label: "或选择文件",
    drop_hint: "也可以将文件拖放到此处。",
    lang_label: "文本语文",
    detect: "逐段识别",
    check_button: "检查",
    checking: "正在检查…",
    lang_names: [
        "阿拉伯文",
        "中文",
        "英文",
        "法文",
        "俄文",
        "西班牙文",
        "德文",
        "葡萄牙文",
    ],
    file: "文件：",
    text_heading: "文本（已标出检查结果）",
    findings_heading: "检查结果",
    no_findings: "未发现应避免使用或应慎用的术语。",
    findings_count: "检查结果：",
    form_of: "以下术语的一种形式：",
    use_instead: "改用：",
    why: "原因：",
    sources: "出处：",
    verified: "已核实",
    unverified: "未核实",
    concept_page: "概念页面：",
    back_to_text: "返回文本",
    bad_utf8: "此文件不是 UTF-8 编码的纯文本。请将其另存为 UTF-8 文本，或选择 .docx 文件。",
    bad_zip: "此文件不是 .docx 文档（不是 zip 压缩文件，或文件已损坏）。",
    bad_docx: "此 zip 压缩文件不是 Word 文档：其中没有 word/document.xml。",
    bad_too_large: "此文件过大，无法在此检查。",
    bad_external: "此文档链接到外部资源，因此未予读取：luxterm 从不获取任何外部内容。",
    bad_dtd: "此 XML 文件声明了 DTD，出于安全考虑不予接受。",
    bad_xml: "此文件不是格式正确的 XML。",
    bad_xliff: "此 XML 文件不是 XLIFF 1.2 或 2.0。",
    bad_other: "无法读取此文件。",
    levels: ["供参考", "慎用", "避免使用"],
    kinds: ["术语", "文书标题", "引用的法律术语", "译文中缺少对应术语"],
};

static RU: Strings = Strings {
    text_label: "Текст для проверки",
    file_label: "Или выберите файл",
    drop_hint: "Можно также перетащить файл сюда.",
    lang_label: "Язык текста",
    detect: "Определять для каждого абзаца",
    check_button: "Проверить",
    checking: "Проверка…",
    lang_names: [
        "арабский",
        "китайский",
        "английский",
        "французский",
        "русский",
        "испанский",
        "немецкий",
        "португальский",
    ],
    file: "Файл:",
    text_heading: "Текст с отмеченными замечаниями",
    findings_heading: "Замечания",
    no_findings: "Терминов, которых следует избегать или которые следует использовать с осторожностью, не найдено.",
    findings_count: "Замечаний:",
    form_of: "Форма термина",
    use_instead: "Используйте вместо этого:",
    why: "Почему:",
    sources: "Источники:",
    verified: "Проверено",
    unverified: "Не проверено",
    concept_page: "Страница понятия:",
    back_to_text: "Вернуться к тексту",
    bad_utf8: "Этот файл не является простым текстом в кодировке UTF-8. Сохраните его как текст UTF-8 или выберите файл .docx.",
    bad_zip: "Этот файл не является документом .docx (это не zip-архив, или он повреждён).",
    bad_docx: "Этот zip-архив не является документом Word: в нём нет word/document.xml.",
    bad_too_large: "Этот файл слишком велик для проверки здесь.",
    bad_external: "Этот документ ссылается на внешний ресурс, поэтому он не был прочитан: luxterm никогда ничего не загружает извне.",
    bad_dtd: "В этом XML-файле объявлен DTD, что из соображений безопасности не допускается.",
    bad_xml: "Этот файл не является правильно сформированным XML.",
    bad_xliff: "Этот XML-файл не соответствует формату XLIFF 1.2 или 2.0.",
    bad_other: "Не удалось прочитать этот файл.",
    levels: ["Для сведения", "Использовать с осторожностью", "Избегать"],
    kinds: [
        "Термин",
        "Название документа",
        "Цитируемый юридический термин",
        "В переводе нет соответствующего термина",
    ],
};
