// The Download menu's panel, imported by boot.js on the menu's first click (so that neither this
// nor the export module is in the app's first load). The app's component (web/src/components/
// download.rs) renders the button and an empty panel, and hands over the words in the interface
// language, the page's selection and the whole glossary's bytes; this lays the panel out as DOM
// nodes (never HTML strings: the page's Trusted Types policy allows none).
//
// - The whole glossary: links with `download` attributes to the static files `cargo xtask build`
//   wrote, listed in /exports/manifest.json.
// - This selection: the export module (luxterm_web_export.js, the core's export API) makes the
//   file from the whole glossary's bytes; it is saved through a Blob and an object URL, so
//   nothing is sent anywhere.

// The panel's words in every interface language of the app (web/src/i18n.rs); `only` is
// followed by the language's name, which the app gives in the interface language, joined by
// `wordSpace` (none in Chinese, which sets no space between words; a space by default).
const words = {
  en: {
    whole: "The whole glossary",
    concept: "This concept",
    category: "This category",
    compared: "These concepts",
    languages: "Languages",
    allLanguages: "All languages",
    only: "Only",
    loading: "Loading the list of files…",
    preparing: "Preparing the file…",
    saved: "File ready:",
    failed: "The file could not be made:",
    local: "Made in your browser; nothing is sent anywhere.",
  },
  fr: {
    whole: "Tout le glossaire",
    concept: "Cette notion",
    category: "Cette catégorie",
    compared: "Ces notions",
    languages: "Langues",
    allLanguages: "Toutes les langues",
    only: "Seulement",
    loading: "Chargement de la liste des fichiers…",
    preparing: "Préparation du fichier…",
    saved: "Fichier prêt :",
    failed: "Le fichier n'a pas pu être créé :",
    local: "Créé dans votre navigateur ; rien n'est envoyé nulle part.",
  },
  es: {
    whole: "Todo el glosario",
    concept: "Este concepto",
    category: "Esta categoría",
    compared: "Estos conceptos",
    languages: "Idiomas",
    allLanguages: "Todos los idiomas",
    only: "Solo",
    loading: "Cargando la lista de archivos…",
    preparing: "Preparando el archivo…",
    saved: "Archivo listo:",
    failed: "No se pudo crear el archivo:",
    local: "Creado en su navegador; no se envía nada a ninguna parte.",
  },
  ar: {
    whole: "المسرد بأكمله",
    concept: "هذا المفهوم",
    category: "هذه الفئة",
    compared: "هذه المفاهيم",
    languages: "اللغات",
    allLanguages: "جميع اللغات",
    only: "فقط",
    loading: "جارٍ تحميل قائمة الملفات…",
    preparing: "جارٍ إعداد الملف…",
    saved: "الملف جاهز:",
    failed: "تعذّر إنشاء الملف:",
    local: "يُنشأ في متصفحك؛ لا يُرسَل أي شيء إلى أي مكان.",
  },
  zh: {
    wordSpace: "",
    whole: "整个术语表",
    concept: "本概念",
    category: "本类别",
    compared: "所比较的概念",
    languages: "语文",
    allLanguages: "所有语文",
    only: "仅限",
    loading: "正在加载文件列表…",
    preparing: "正在准备文件…",
    saved: "文件已就绪：",
    failed: "无法生成文件：",
    local: "在您的浏览器中生成；不会向任何地方发送任何内容。",
  },
  ru: {
    whole: "Весь глоссарий",
    concept: "Это понятие",
    category: "Эта категория",
    compared: "Сравниваемые понятия",
    languages: "Языки",
    allLanguages: "Все языки",
    only: "Только",
    loading: "Загрузка списка файлов…",
    preparing: "Подготовка файла…",
    saved: "Файл готов:",
    failed: "Не удалось создать файл:",
    local: "Создаётся в вашем браузере; ничего никуда не отправляется.",
  },
};

const formatNames = {
  tbx: "TBX-Basic (TBX 2019)",
  tbx2: "TBX 2008 (TBX v2)",
  csv: "CSV",
  xlsx: "Excel (XLSX)",
  "skos-ttl": "SKOS (Turtle)",
  "skos-jsonld": "SKOS (JSON-LD)",
  json: "JSON",
};

let manifest;
const getManifest = () =>
  (manifest ??= fetch("/exports/manifest.json")
    .then((r) => {
      if (!r.ok) throw new Error(`/exports/manifest.json: HTTP ${r.status}`);
      return r.json();
    })
    .catch((e) => {
      manifest = undefined;
      throw e;
    }));

// The export module, built once over the whole glossary's bytes; a failed load may be tried again.
// XLSX has a module of its own (the spreadsheet writer makes it four times larger), imported only
// for an XLSX selection.
const exporters = {};
const getExporter = (format, whole) => {
  const module = format === "xlsx" ? "./luxterm_web_export_xlsx.js" : "./luxterm_web_export.js";
  return (exporters[module] ??= import(module)
    .then(async (m) => {
      await m.default();
      return new m.WebExporter(whole);
    })
    .catch((e) => {
      delete exporters[module];
      throw e;
    }));
};

async function wholeBytes(options) {
  if (options.whole) return options.whole;
  const r = await fetch(options.wholeUrl);
  if (!r.ok) throw new Error(`${options.wholeUrl}: HTTP ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

const sizeLabel = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.ceil(n / 1e3)} KB`);

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function save(bytes, mediaType, name) {
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const a = el("a", { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

function close(root) {
  const button = root.querySelector(".download-button");
  root.querySelector(".download-panel").hidden = true;
  button.setAttribute("aria-expanded", "false");
  button.focus();
}

// The panel's headings are one level below the heading of the part of the page the menu is in
// (an h2 on a concept page, whose header has only the h1; an h3 in the home page's release
// box), so that the page's outline skips no level.
function headingTag(root) {
  let level = 1;
  for (const h of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    if (root.contains(h) || !(h.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    level = Number(h.tagName[1]);
  }
  return `h${Math.min(level + 1, 6)}`;
}

function selectionPart(options, files, release) {
  const w = options.words;
  const status = el("p", { class: "download-status", role: "status", "aria-live": "polite" });
  const radio = (value, label, checked) => {
    const input = el("input", { type: "radio", name: "download-langs", value });
    input.checked = checked;
    return el("label", {}, input, " ", label);
  };
  const all = radio("all", w.allLanguages, true);
  const list = el("ul", { class: "download-formats", "aria-labelledby": "download-selection-heading" });
  for (const f of files) {
    const button = el("button", { type: "button", class: "download-make", "data-format": f.format }, formatNames[f.format] ?? f.format);
    button.addEventListener("click", async () => {
      const languages = all.querySelector("input").checked ? [] : [options.lang];
      status.textContent = w.preparing;
      try {
        const exporter = await getExporter(f.format, await wholeBytes(options));
        const bytes = exporter.exportSelection(f.format, [...options.concepts], options.category, languages, options.release);
        const extension = f.download.split(".").pop();
        const name = ["luxterm", release, options.label, ...languages, f.format].join("-") + `.${extension}`;
        save(bytes, f.mediaType, name);
        status.textContent = `${w.saved}${w.wordSpace ?? " "}${name}`;
      } catch (e) {
        status.textContent = `${w.failed}${w.wordSpace ?? " "}${e && e.message ? e.message : e}`;
      }
    });
    list.append(el("li", {}, button));
  }
  return el(
    "div",
    { class: "download-selection" },
    el(options.heading, { id: "download-selection-heading" }, w[options.selection]),
    el("fieldset", {}, el("legend", {}, w.languages), all, radio("one", `${w.only}${w.wordSpace ?? " "}${options.langName}`, false)),
    list,
    el("p", { class: "hint" }, w.local),
    status,
  );
}

async function fill(panel, options) {
  const w = options.words;
  const h = options.heading;
  panel.replaceChildren(el(h, {}, w.whole), el("p", {}, w.loading));
  let m;
  try {
    m = await getManifest();
  } catch (e) {
    panel.replaceChildren(el(h, {}, w.whole), el("p", { class: "error" }, `${w.failed} ${e.message}`));
    return;
  }
  const files = el("ul", { class: "download-files" });
  for (const f of m.files) {
    const link = el("a", { href: `/${f.file}`, download: f.download, type: f.mediaType }, formatNames[f.format] ?? f.format);
    files.append(el("li", {}, link, el("span", { class: "size" }, ` · ${sizeLabel(f.size)}`)));
  }
  panel.replaceChildren(el(h, {}, w.whole), files);
  if (options.selection) panel.append(selectionPart(options, m.files, options.release ?? m.release));
}

// The panel's style sheet, loaded with the panel (the page's CSP allows style sheets of its own
// origin only, which this is).
let style;
const loadStyle = () =>
  (style ??= new Promise((resolve) => {
    const link = el("link", { rel: "stylesheet", href: "/exporter/downloads.css" });
    link.addEventListener("load", resolve);
    link.addEventListener("error", resolve);
    document.head.append(link);
  }));

// Opens the panel (laid out afresh for this click's selection) or closes it. The arguments are
// the app's (web/src/components/download.rs): the interface language, the language of terms and
// its name, what the page offers (`concept`, `category`, `compared` or "" for the whole glossary
// only), the selection, and the whole glossary's bytes (or, before they arrive, their URL).
export async function toggle(root, ui, lang, langName, selection, concepts, category, release, label, whole, wholeUrl) {
  await loadStyle();
  const panel = root.querySelector(".download-panel");
  const button = root.querySelector(".download-button");
  if (!root.dataset.keys) {
    root.dataset.keys = "1";
    root.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && !panel.hidden) {
        e.preventDefault();
        close(root);
      }
    });
  }
  if (!panel.hidden) {
    close(root);
    return;
  }
  panel.hidden = false;
  button.setAttribute("aria-expanded", "true");
  const heading = headingTag(root);
  const options = { words: words[ui] ?? words.en, heading, lang, langName, selection, concepts, category, release, label, whole, wholeUrl };
  return fill(panel, options);
}
