//! What was read and what is believed: a provision or citation marked `verified = true` says, in
//! `evidence`, which text was read and where.

use crate::diag::Code;
use crate::load::context::Cx;
use crate::load::source::{SrcCitation, SrcProvision};

impl Cx {
    /// A verified citation has evidence.
    pub(crate) fn check_citation_evidence(&mut self, c: &SrcCitation, has_evidence: bool) {
        if *c.verified.get_ref() && !has_evidence {
            self.err(
                Code::VerifiedWithoutEvidence,
                c.verified.span(),
                "a citation is marked verified without evidence",
                "verified = true",
                "add `evidence = \"…\"` saying which text was read and where, or set verified = false",
            );
        }
    }

    /// A verified provision has evidence.
    pub(crate) fn check_provision_evidence(&mut self, p: &SrcProvision, has_evidence: bool) {
        if *p.verified.get_ref() && !has_evidence {
            self.err(
                Code::VerifiedWithoutEvidence,
                p.verified.span(),
                "a provision is marked verified without evidence",
                "verified = true",
                "add `evidence = \"…\"` saying which text was read and where, or set verified = false",
            );
        }
    }
}
