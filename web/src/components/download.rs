//! The Download menu: the whole glossary in each export format, and the page's selection.
//!
//! A disclosure button and the panel it shows (not an ARIA menu: plain links and buttons in tab
//! order; Escape closes it and gives focus back to the button).
//!
//! - **The whole glossary**: links with `download` attributes to the static files `cargo xtask
//!   build` writes (`/exports/luxterm-1.1.0-tbx-<fingerprint>.tbx`, listed in
//!   `/exports/manifest.json`, fetched when the menu is first opened). A format appears when the
//!   build wrote its file.
//! - **This selection** (the concept, category or concepts compared; all languages or only the
//!   language of terms): made in the browser by the export module (`web/export`), which
//!   `boot.js` imports only now, from the whole glossary's bytes the app already holds. The file
//!   is saved through a Blob and an object URL: nothing is sent anywhere.
//!
//! The app holds no export logic: the module builds the core's `Selection` and calls the core.

use std::sync::OnceLock;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::hooks::use_ui;
use crate::i18n::{UiLang, lang_name};

/// Where the build lists the whole-glossary files.
pub const MANIFEST_URL: &str = "/exports/manifest.json";

#[wasm_bindgen]
extern "C" {
    /// `globalThis.luxtermExporter(whole)` (in `boot.js`): imports the export module once and
    /// resolves to its `WebExporter` over the whole glossary's bytes.
    #[wasm_bindgen(catch, js_namespace = globalThis, js_name = luxtermExporter)]
    fn luxterm_exporter(whole: &js_sys::Uint8Array) -> Result<js_sys::Promise, JsValue>;

    /// The export module's exporter.
    type WebExporter;

    /// `exporter.exportSelection(format, concepts, category, languages, release)`.
    #[wasm_bindgen(catch, method, js_name = exportSelection)]
    fn export_selection(
        this: &WebExporter,
        format: &str,
        concepts: &js_sys::Array,
        category: &JsValue,
        languages: &js_sys::Array,
        release: &JsValue,
    ) -> Result<js_sys::Uint8Array, JsValue>;
}

/// A whole-glossary file of the manifest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportFile {
    /// The format's name (`tbx`, `tbx2`, `skos-ttl` …).
    pub format: String,
    /// The file's path from the app's root.
    pub file: String,
    /// The name to save it under.
    pub download: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its media type.
    pub media_type: String,
}

/// The manifest of the whole-glossary files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Manifest {
    /// The release they are of.
    pub release: String,
    /// One a format, in the order of the command line's `--format`.
    pub files: Vec<ExportFile>,
}

static MANIFEST: OnceLock<Manifest> = OnceLock::new();

fn message(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "no reason given".to_owned())
}

fn field(object: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn text_field(object: &JsValue, name: &str) -> Result<String, String> {
    field(object, name)
        .as_string()
        .ok_or_else(|| format!("{MANIFEST_URL}: `{name}` is missing or not a string"))
}

/// Reads the manifest's JSON (with the browser's `JSON.parse`: no JSON code in the app).
///
/// # Errors
///
/// A message naming the field that is missing.
pub fn parse_manifest(json: &str) -> Result<Manifest, String> {
    let value =
        js_sys::JSON::parse(json).map_err(|e| format!("{MANIFEST_URL}: {}", message(&e)))?;
    let files = field(&value, "files");
    let files: js_sys::Array = files
        .dyn_into()
        .map_err(|_| format!("{MANIFEST_URL}: `files` is not a list"))?;
    let mut out = Vec::new();
    for entry in files.iter() {
        out.push(ExportFile {
            format: text_field(&entry, "format")?,
            file: text_field(&entry, "file")?,
            download: text_field(&entry, "download")?,
            size: field(&entry, "size").as_f64().unwrap_or(0.0) as u64,
            media_type: text_field(&entry, "mediaType")?,
        });
    }
    Ok(Manifest {
        release: text_field(&value, "release")?,
        files: out,
    })
}

async fn fetch_manifest() -> Result<&'static Manifest, String> {
    if let Some(m) = MANIFEST.get() {
        return Ok(m);
    }
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(MANIFEST_URL))
        .await
        .map_err(|e| message(&e))?;
    let response: web_sys::Response = response.dyn_into().map_err(|e| message(&e))?;
    if !response.ok() {
        return Err(format!("{MANIFEST_URL}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| message(&e))?)
        .await
        .map_err(|e| message(&e))?;
    let manifest = parse_manifest(&text.as_string().unwrap_or_default())?;
    Ok(MANIFEST.get_or_init(|| manifest))
}

/// What "this selection" is, for the menu's heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A concept.
    Concept,
    /// A category.
    Category,
    /// The concepts compared.
    Compared,
}

/// Properties of [`DownloadMenu`].
#[derive(Properties, PartialEq, Clone)]
pub struct DownloadProps {
    /// What the page shows, if it is a selection (none on the home page: only the whole glossary).
    #[prop_or_default]
    pub kind: Option<Kind>,
    /// The concepts shown, by id.
    #[prop_or_default]
    pub concepts: Vec<String>,
    /// The category shown (its name in the source format).
    #[prop_or_default]
    pub category: Option<String>,
    /// The release the page is pinned to, if any.
    #[prop_or_default]
    pub release: Option<String>,
    /// A short name for the saved file (`child`, `material`).
    #[prop_or_default]
    pub label: String,
}

/// The menu's words in one interface language.
struct Labels {
    download: &'static str,
    whole: &'static str,
    concept: &'static str,
    category: &'static str,
    compared: &'static str,
    languages: &'static str,
    all_languages: &'static str,
    only: &'static str,
    loading: &'static str,
    preparing: &'static str,
    saved: &'static str,
    failed: &'static str,
    local: &'static str,
}

fn labels(ui: UiLang) -> &'static Labels {
    match ui {
        UiLang::En => &Labels {
            download: "Download",
            whole: "The whole glossary",
            concept: "This concept",
            category: "This category",
            compared: "These concepts",
            languages: "Languages",
            all_languages: "All languages",
            only: "Only",
            loading: "Loading the list of files…",
            preparing: "Preparing the file…",
            saved: "File ready:",
            failed: "The file could not be made:",
            local: "Made in your browser; nothing is sent anywhere.",
        },
        UiLang::Fr => &Labels {
            download: "Télécharger",
            whole: "Tout le glossaire",
            concept: "Cette notion",
            category: "Cette catégorie",
            compared: "Ces notions",
            languages: "Langues",
            all_languages: "Toutes les langues",
            only: "Seulement",
            loading: "Chargement de la liste des fichiers…",
            preparing: "Préparation du fichier…",
            saved: "Fichier prêt :",
            failed: "Le fichier n'a pas pu être créé :",
            local: "Créé dans votre navigateur ; rien n'est envoyé nulle part.",
        },
        UiLang::Es => &Labels {
            download: "Descargar",
            whole: "Todo el glosario",
            concept: "Este concepto",
            category: "Esta categoría",
            compared: "Estos conceptos",
            languages: "Idiomas",
            all_languages: "Todos los idiomas",
            only: "Solo",
            loading: "Cargando la lista de archivos…",
            preparing: "Preparando el archivo…",
            saved: "Archivo listo:",
            failed: "No se pudo crear el archivo:",
            local: "Creado en su navegador; no se envía nada a ninguna parte.",
        },
        UiLang::Ar => &Labels {
            download: "تنزيل",
            whole: "المسرد بأكمله",
            concept: "هذا المفهوم",
            category: "هذه الفئة",
            compared: "هذه المفاهيم",
            languages: "اللغات",
            all_languages: "جميع اللغات",
            only: "فقط",
            loading: "جارٍ تحميل قائمة الملفات…",
            preparing: "جارٍ إعداد الملف…",
            saved: "الملف جاهز:",
            failed: "تعذّر إنشاء الملف:",
            local: "يُنشأ في متصفحك؛ لا يُرسَل أي شيء إلى أي مكان.",
        },
    }
}

/// A format's name for people (the same in every language: they are names of standards).
pub fn format_label(format: &str) -> &str {
    match format {
        "tbx" => "TBX-Basic (TBX 2019)",
        "tbx2" => "TBX 2008 (TBX v2)",
        "csv" => "CSV",
        "xlsx" => "Excel (XLSX)",
        "skos-ttl" => "SKOS (Turtle)",
        "skos-jsonld" => "SKOS (JSON-LD)",
        "json" => "JSON",
        other => other,
    }
}

/// A size for people: `1.2 MB`, `340 KB`.
pub fn size_label(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

/// Makes the selection's file with the export module and saves it: the saved name.
async fn make_and_save(
    format: String,
    extension: String,
    media_type: String,
    props: DownloadProps,
    languages: Vec<String>,
    release: String,
) -> Result<String, String> {
    crate::data::fetch_whole()
        .await
        .map_err(|e| e.to_string())?;
    let whole = crate::data::whole_bytes().ok_or("the whole glossary is not loaded")?;
    let exporter = JsFuture::from(
        luxterm_exporter(&js_sys::Uint8Array::from(whole)).map_err(|e| message(&e))?,
    )
    .await
    .map_err(|e| message(&e))?;
    let exporter: WebExporter = exporter.unchecked_into();
    let strings = |items: &[String]| {
        items
            .iter()
            .map(|s| JsValue::from_str(s))
            .collect::<js_sys::Array>()
    };
    let optional = |s: &Option<String>| s.as_deref().map_or(JsValue::UNDEFINED, JsValue::from_str);
    let bytes = exporter
        .export_selection(
            &format,
            &strings(&props.concepts),
            &optional(&props.category),
            &strings(&languages),
            &optional(&props.release),
        )
        .map_err(|e| message(&e))?;
    let mut name = format!("luxterm-{release}-{}", props.label);
    for lang in &languages {
        name.push('-');
        name.push_str(lang);
    }
    let name = format!("{name}-{format}.{extension}");
    save(&bytes, &media_type, &name).map_err(|e| message(&e))?;
    Ok(name)
}

/// Saves bytes as a file: a Blob, an object URL and a click on an `<a download>` (revoked a
/// minute later).
fn save(bytes: &js_sys::Uint8Array, media_type: &str, name: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(
        &js_sys::Array::of1(bytes),
        &options,
    )?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}

/// The Download menu.
#[function_component]
pub fn DownloadMenu(props: &DownloadProps) -> Html {
    let (ui, _, lang) = use_ui();
    let l = labels(ui);
    let open = use_state(|| false);
    let manifest = use_state(|| MANIFEST.get().map(|m| Ok(m.clone())));
    let only = use_state(|| false);
    let status = use_state(String::new);
    let button = use_node_ref();

    let toggle = {
        let (open, manifest) = (open.clone(), manifest.clone());
        Callback::from(move |_: MouseEvent| {
            open.set(!*open);
            if manifest.is_none() {
                let manifest = manifest.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    manifest.set(Some(fetch_manifest().await.cloned()));
                });
            }
        })
    };
    let on_key = {
        let (open, button) = (open.clone(), button.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.prevent_default();
                open.set(false);
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };

    let whole = match &*manifest {
        None => html! { <p>{ l.loading }</p> },
        Some(Err(e)) => html! { <p class="error">{ format!("{} {e}", l.failed) }</p> },
        Some(Ok(m)) => html! {
            <ul class="download-files">
                { for m.files.iter().map(|f| html! {
                    <li>
                        <a href={format!("/{}", f.file)} download={f.download.clone()} type={f.media_type.clone()}>
                            { format_label(&f.format) }
                        </a>
                        <span class="size">{ format!(" · {}", size_label(f.size)) }</span>
                    </li>
                }) }
            </ul>
        },
    };

    let selection = props.kind.map(|kind| {
        let heading = match kind {
            Kind::Concept => l.concept,
            Kind::Category => l.category,
            Kind::Compared => l.compared,
        };
        let files = match &*manifest {
            Some(Ok(m)) => m.files.clone(),
            _ => Vec::new(),
        };
        let release = match &*manifest {
            Some(Ok(m)) => props.release.clone().unwrap_or_else(|| m.release.clone()),
            _ => String::new(),
        };
        let set_only = |value: bool| {
            let only = only.clone();
            Callback::from(move |_: Event| only.set(value))
        };
        html! {
            <div class="download-selection">
                <h3 id="download-selection-heading">{ heading }</h3>
                <fieldset>
                    <legend>{ l.languages }</legend>
                    <label><input type="radio" name="download-langs" value="all" checked={!*only} onchange={set_only(false)} />{ " " }{ l.all_languages }</label>
                    <label><input type="radio" name="download-langs" value="one" checked={*only} onchange={set_only(true)} />{ " " }{ format!("{} {}", l.only, lang_name(ui, &lang)) }</label>
                </fieldset>
                <ul class="download-formats" aria-labelledby="download-selection-heading">
                    { for files.into_iter().map(|f| {
                        let (props, status, release, lang, only) = (props.clone(), status.clone(), release.clone(), lang.clone(), *only);
                        let label = format_label(&f.format).to_owned();
                        let format = f.format.clone();
                        let onclick = Callback::from(move |_: MouseEvent| {
                            let languages = if only { vec![lang.clone()] } else { Vec::new() };
                            let (props, status, release, f) = (props.clone(), status.clone(), release.clone(), f.clone());
                            status.set(l.preparing.to_owned());
                            wasm_bindgen_futures::spawn_local(async move {
                                let extension = f.download.rsplit('.').next().unwrap_or("").to_owned();
                                match make_and_save(f.format.clone(), extension, f.media_type.clone(), props, languages, release).await {
                                    Ok(name) => status.set(format!("{} {name}", l.saved)),
                                    Err(e) => status.set(format!("{} {e}", l.failed)),
                                }
                            });
                        });
                        html! { <li><button type="button" class="download-make" data-format={format} {onclick}>{ label }</button></li> }
                    }) }
                </ul>
                <p class="hint">{ l.local }</p>
                <p class="download-status" role="status" aria-live="polite">{ (*status).clone() }</p>
            </div>
        }
    });

    html! {
        <div class="download no-print" onkeydown={on_key}>
            <button type="button" class="download-button" ref={button} aria-expanded={(*open).to_string()} aria-controls="download-panel" onclick={toggle}>
                { l.download }
            </button>
            <div id="download-panel" class="download-panel" hidden={!*open}>
                <h3>{ l.whole }</h3>
                { whole }
                { for selection }
            </div>
        </div>
    }
}
