//! **To be moved into the core (or replaced by a field in the data).** The one piece of domain
//! knowledge the web app needs that the core does not offer yet: the language a term's `note` or
//! `why` is written in, so that the passage carries the right `lang` and `dir`. Nothing here knows
//! about yew or the DOM.

// ---------------------------------------------------------------------------------------------
// The language of a term's note or reason (to be replaced by a language field in the data).
// ---------------------------------------------------------------------------------------------

/// The language a term's `note` or `why` is written in. The format allows "the term's language
/// or English" without saying which; a text in Latin script for a term in a language written in
/// another script is taken as English.
pub fn note_lang<'a>(term_lang: &'a str, text: &str) -> &'a str {
    let other_script = matches!(
        term_lang.split('-').next(),
        Some("ar" | "zh" | "ru" | "ja" | "ko" | "he" | "fa" | "el" | "uk")
    );
    let letters = text.chars().filter(|c| c.is_alphabetic());
    let (mut latin, mut total) = (0usize, 0usize);
    for c in letters {
        total += 1;
        if c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c) {
            latin += 1;
        }
    }
    if other_script && total > 0 && latin * 2 > total {
        "en"
    } else {
        term_lang
    }
}
