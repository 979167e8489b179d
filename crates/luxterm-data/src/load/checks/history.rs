//! Releases and history: releases in increasing order of version and date; `since`/`until` that
//! agree with `added`; a `[[history]]` entry for every release in which a concept changed.

use crate::diag::Code;
use crate::load::context::{Cx, Refs};
use crate::load::source::{SrcRelease, SrcSpan};
use crate::model::{Date, Span, Version};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

impl Cx {
    /// Release `v` (dated `d`) comes after the release above it in the file, `prev`.
    pub(crate) fn check_release_order(
        &mut self,
        r: &SrcRelease,
        v: Version,
        d: Date,
        prev: Option<(Version, Date)>,
    ) {
        let Some((pv, pd)) = prev else {
            return;
        };
        if v <= pv {
            self.err(
                Code::ReleaseOrder,
                r.version.span(),
                format!("release {v} comes after release {pv} in the file"),
                "out of order",
                "list releases oldest first, each version greater than the one above it",
            );
        } else if d < pd {
            self.err(
                Code::ReleaseOrder,
                r.date.span(),
                format!("release {v} is dated {d}, before release {pv} ({pd})"),
                "earlier than the release above",
                "a later release cannot be dated before an earlier one; check both dates",
            );
        }
    }

    /// Converts an entry's `since`/`until`: both name known releases, `since` is not before the
    /// concept was added, `until` comes after the release the entry appeared in. Records every
    /// release used in `used`, for [`Cx::check_history_covers`].
    pub(crate) fn span(
        &mut self,
        s: &SrcSpan<'_>,
        added: Option<Version>,
        refs: &Refs<'_>,
        used: &mut Vec<(Version, Range<usize>)>,
    ) -> Span {
        let since = s.since.and_then(|v| self.release(v, refs.releases));
        let until = s.until.and_then(|v| self.release(v, refs.releases));
        if let (Some(v), Some(sv)) = (since, s.since) {
            used.push((v, sv.span()));
            if let Some(a) = added {
                if v < a {
                    self.err(
                        Code::HistoryMismatch,
                        sv.span(),
                        format!("since {v} is before the concept was added ({a})"),
                        "earlier than `added`",
                        "an entry cannot predate its concept; fix `since` or `added`",
                    );
                }
            }
        }
        if let (Some(v), Some(uv)) = (until, s.until) {
            used.push((v, uv.span()));
            let from = since.or(added);
            if from.is_some_and(|f| v <= f) {
                self.err(
                    Code::HistoryMismatch,
                    uv.span(),
                    format!("until {v} is not after the release the entry appeared in"),
                    "not after `since`",
                    "`until` names the release that removed the entry; it must come after `since`",
                );
            }
        }
        Span { since, until }
    }

    /// Every known release in which the concept changed (`used`, with the span that says so) has
    /// a `[[history]]` entry; reported once per release, at its first use.
    pub(crate) fn check_history_covers(
        &mut self,
        used: Vec<(Version, Range<usize>)>,
        history: &BTreeSet<Version>,
        refs: &Refs<'_>,
    ) {
        let mut missing: BTreeMap<Version, Range<usize>> = BTreeMap::new();
        for (v, sp) in used {
            if refs.releases.contains(&v) && !history.contains(&v) {
                missing.entry(v).or_insert(sp);
            }
        }
        for (v, sp) in missing {
            self.err(
                Code::HistoryMismatch,
                sp,
                format!("the concept changed in release {v} but has no [[history]] entry for it"),
                "change recorded here",
                format!("add [[history]] with release = \"{v}\" and a summary of what changed"),
            );
        }
    }
}
