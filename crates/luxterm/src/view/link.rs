//! Which links from the data a face may render as links.
//!
//! An instrument's official URL is data: it comes from a glossary file that anyone may write (a
//! glossary of one's own, a TBX import). A face must never turn such a string into a live link
//! unless it is `https:` to the site of a publisher of official texts listed here; anything else
//! (`javascript:`, `data:`, a look-alike host, a user name in the URL) is shown as text only.
//! An `http:` URL on a listed host is upgraded to `https:` (every listed host serves it).

/// The hosts of publishers of official texts that a face may link to: the United Nations (treaty
/// collection, documents, OHCHR), the ILO, the Council of Europe, the European Union, UNODC,
/// UNICEF and ECPAT (which publishes the Luxembourg Guidelines).
pub const OFFICIAL_HOSTS: &[&str] = &[
    "treaties.un.org",
    "documents.un.org",
    "digitallibrary.un.org",
    "undocs.org",
    "www.un.org",
    "docstore.ohchr.org",
    "tbinternet.ohchr.org",
    "www.ohchr.org",
    "www.ilo.org",
    "ilo.org",
    "normlex.ilo.org",
    "rm.coe.int",
    "www.coe.int",
    "search.coe.int",
    "eur-lex.europa.eu",
    "data.europa.eu",
    "www.unodc.org",
    "www.unicef.org",
    "ecpat.org",
    "www.ecpat.org",
];

/// The URL to use as a link's target, or `None` when the string must be shown as text only.
///
/// ```
/// use luxterm::view::official_link;
/// assert_eq!(
///     official_link("https://treaties.un.org/doc/source/x.doc").as_deref(),
///     Some("https://treaties.un.org/doc/source/x.doc")
/// );
/// // Upgraded to https on a listed host.
/// assert_eq!(
///     official_link("http://data.europa.eu/eli/dir/2011/93/oj").as_deref(),
///     Some("https://data.europa.eu/eli/dir/2011/93/oj")
/// );
/// assert_eq!(official_link("javascript:alert(1)"), None);
/// assert_eq!(official_link("data:text/html,<script>x</script>"), None);
/// assert_eq!(official_link("https://treaties.un.org.evil.example/"), None);
/// assert_eq!(official_link("https://user@treaties.un.org/"), None);
/// assert_eq!(official_link("https://example.org/"), None);
/// ```
pub fn official_link(url: &str) -> Option<String> {
    // Control characters, spaces and backslashes are never in a URL we link to: browsers strip
    // or reinterpret them (`java\tscript:`, `https:\\host`).
    if url
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
    {
        return None;
    }
    let (scheme, rest) = url.split_once("://")?;
    if !scheme.eq_ignore_ascii_case("https") && !scheme.eq_ignore_ascii_case("http") {
        return None;
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = rest.get(..end)?;
    let path = rest.get(end..)?;
    // No user info, no port: a listed host is reached at its default https port.
    if authority.contains(['@', ':']) {
        return None;
    }
    let host = authority.to_ascii_lowercase();
    if !OFFICIAL_HOSTS.contains(&host.as_str()) {
        return None;
    }
    Some(format!("https://{host}{path}"))
}

#[cfg(test)]
mod tests {
    use super::official_link;

    #[test]
    fn only_https_to_listed_hosts() {
        for bad in [
            "",
            "treaties.un.org/doc",
            "//treaties.un.org/doc",
            "ftp://treaties.un.org/doc",
            "JAVASCRIPT://treaties.un.org/%0aalert(1)",
            "java\tscript:alert(1)",
            "https:\\\\treaties.un.org\\doc",
            "https://treaties.un.org:8443/doc",
            "https://treaties.un.org@evil.example/",
            "https://evil.example/?https://treaties.un.org/",
            "https://treaties.un.org\u{202e}gro.live/",
            "https://xn--treaties-un-org.example/",
            "vbscript:msgbox",
            "https://TREATIES.UN.ORG.evil.example/",
        ] {
            assert_eq!(official_link(bad), None, "{bad:?}");
        }
        assert_eq!(
            official_link("HTTPS://Treaties.UN.org/doc?x=1#y").as_deref(),
            Some("https://treaties.un.org/doc?x=1#y")
        );
        assert_eq!(
            official_link("https://rm.coe.int").as_deref(),
            Some("https://rm.coe.int")
        );
    }

    #[test]
    fn every_url_of_the_embedded_glossary_is_linked() {
        let g = crate::Glossary::embedded();
        for i in g.instruments() {
            if let Some(url) = i.url.as_deref() {
                assert!(
                    official_link(url).is_some(),
                    "instrument `{}`: official URL {url} is not https to a listed host; add the \
                     publisher's host to OFFICIAL_HOSTS in view/link.rs if it is an official one",
                    i.id
                );
            }
        }
    }
}
