//! The form of ids, provision paths, versions and dates, and ids that match their file names.

use crate::diag::Code;
use crate::load::context::Cx;
use crate::load::source::S;
use crate::model::{Date, Version};

impl Cx {
    /// Parses a version, reporting it if it is not `MAJOR.MINOR.PATCH`.
    pub(crate) fn version(&mut self, s: &S) -> Option<Version> {
        match s.get_ref().parse() {
            Ok(v) => Some(v),
            Err(e) => {
                self.err(
                    Code::MalformedVersion,
                    s.span(),
                    format!("`{}` is not a version", s.get_ref()),
                    "not MAJOR.MINOR.PATCH",
                    format!("{e}"),
                );
                None
            }
        }
    }

    /// Parses a date, reporting it if it is not `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub(crate) fn date(&mut self, s: &S) -> Option<Date> {
        match s.get_ref().parse() {
            Ok(d) => Some(d),
            Err(e) => {
                self.err(
                    Code::MalformedDate,
                    s.span(),
                    format!("`{}` is not a date", s.get_ref()),
                    "not a date",
                    format!("{e}; never invent a day or month you do not know"),
                );
                None
            }
        }
    }

    /// Checks an id against its file name; false if it is malformed or differs.
    pub(crate) fn check_id(&mut self, id: &S, stem: &str) -> bool {
        let v = id.get_ref();
        if !is_slug(v) {
            self.err(
                Code::MalformedId,
                id.span(),
                format!("`{v}` is not a valid id"),
                "not a lowercase kebab-case slug",
                "ids use a-z, 0-9 and single hyphens, e.g. `child-sexual-abuse-material`",
            );
        } else if v != stem {
            self.err(
                Code::IdMismatch,
                id.span(),
                format!("the id `{v}` does not match the file name `{stem}.toml`"),
                "differs from the file name",
                format!("rename the file to `{v}.toml`, or fix the id"),
            );
        } else {
            return true;
        }
        false
    }

    /// Checks the id of an element of the vocabulary; false if it is malformed.
    pub(crate) fn check_element_id(&mut self, id: &S) -> bool {
        if is_slug(id.get_ref()) {
            return true;
        }
        self.err(
            Code::MalformedId,
            id.span(),
            format!("`{}` is not a valid id", id.get_ref()),
            "not a lowercase kebab-case slug",
            "ids use a-z, 0-9 and single hyphens, e.g. `age-limit`",
        );
        false
    }

    /// Reports a provision path that is not in the canonical form.
    pub(crate) fn check_path(&mut self, p: &S) {
        if !is_provision_path(p.get_ref()) {
            self.malformed_path(p);
        }
    }

    /// Reports `p` as a provision path not in the canonical form.
    pub(crate) fn malformed_path(&mut self, p: &S) {
        self.err(
            Code::MalformedPath,
            p.span(),
            format!("`{}` is not a provision path", p.get_ref()),
            "not in the canonical form",
            "write `art. 2(c)`, `art. 3(1)(a)(ii)`, `para. 60`, `section D.1` or `preamble`",
        );
    }
}

/// Whether `s` is a lowercase kebab-case slug: `a-z`, `0-9`, single inner hyphens.
///
/// ```
/// assert!(luxterm_data::is_slug("child-sexual-abuse-material"));
/// assert!(!luxterm_data::is_slug("Child_Sexual"));
/// assert!(!luxterm_data::is_slug("a--b"));
/// ```
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Whether `p` is a provision path in the canonical form (`art. 2(c)`, `para. 60`, `section D.1`,
/// `preamble`).
///
/// ```
/// use luxterm_data::is_provision_path;
/// assert!(is_provision_path("art. 3(1)(a)(ii)"));
/// assert!(is_provision_path("para. 60"));
/// assert!(is_provision_path("section D.1"));
/// assert!(!is_provision_path("Article 2 (c)"));
/// ```
pub fn is_provision_path(p: &str) -> bool {
    if p == "preamble" {
        return true;
    }
    let rest = if let Some(r) = p.strip_prefix("art. ") {
        r
    } else if let Some(r) = p.strip_prefix("para. ") {
        r
    } else if let Some(r) = p.strip_prefix("section ") {
        return !r.is_empty()
            && r.split('.')
                .all(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    } else {
        return false;
    };
    let number_end = rest.find('(').unwrap_or(rest.len());
    let (number, mut subs) = rest.split_at(number_end);
    if number.is_empty()
        || !number.bytes().all(|b| b.is_ascii_alphanumeric())
        || !number.as_bytes().first().is_some_and(u8::is_ascii_digit)
    {
        return false;
    }
    while !subs.is_empty() {
        let Some(inner) = subs.strip_prefix('(') else {
            return false;
        };
        let Some(close) = inner.find(')') else {
            return false;
        };
        let (part, after) = inner.split_at(close);
        if part.is_empty() || !part.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return false;
        }
        subs = after.get(1..).unwrap_or("");
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provision_paths() {
        for ok in [
            "art. 1",
            "art. 34",
            "art. 3(1)(a)(ii)",
            "para. 60",
            "section IV.B",
            "preamble",
        ] {
            assert!(is_provision_path(ok), "{ok}");
        }
        for bad in [
            "",
            "art.",
            "art. ",
            "art. (c)",
            "art. 2 (c)",
            "art. 2(c",
            "art. 2()",
            "Art. 2",
            "para 60",
            "section ",
        ] {
            assert!(!is_provision_path(bad), "{bad:?}");
        }
    }
}
