//! Relations: no concept related to itself, and no cycle in broader/narrower (taken together,
//! narrower as inverse broader) or in replaced-by.

use crate::diag::Code;
use crate::load::context::{Cx, FileRef};
use crate::load::source::{SrcConcept, SrcRelation};
use crate::model::RelationKind;
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

impl Cx {
    /// A relation names another concept than its own.
    pub(crate) fn check_not_self(&mut self, c: &SrcConcept, r: &SrcRelation) {
        if r.concept.get_ref() == c.id.get_ref() {
            self.err(
                Code::RelationCycle,
                r.concept.span(),
                "a concept related to itself",
                "this concept",
                "a relation names another concept",
            );
        }
    }

    /// Broader/narrower (taken together, narrower as inverse broader) and replaced-by must be acyclic.
    pub(crate) fn check_cycles(&mut self, concepts: &[(FileRef, String, SrcConcept)]) {
        let ids: HashMap<&str, usize> = concepts
            .iter()
            .enumerate()
            .map(|(n, (_, _, c))| (c.id.get_ref().as_str(), n))
            .collect();
        for (label, kinds) in [
            (
                "broader/narrower",
                &[RelationKind::Broader, RelationKind::Narrower][..],
            ),
            ("replaced-by", &[RelationKind::ReplacedBy][..]),
        ] {
            // Edges child -> broader parent (n -> m), with the span that states them.
            let mut edges: Vec<Vec<(usize, usize, Range<usize>)>> =
                vec![Vec::new(); concepts.len()];
            for (n, (_, _, c)) in concepts.iter().enumerate() {
                for r in &c.relation {
                    if !kinds.contains(&r.kind) {
                        continue;
                    }
                    let Some(&m) = ids.get(r.concept.get_ref().as_str()) else {
                        continue;
                    };
                    if m == n {
                        continue;
                    }
                    let (from, to) = if r.kind == RelationKind::Narrower {
                        (m, n)
                    } else {
                        (n, m)
                    };
                    if let Some(e) = edges.get_mut(from) {
                        e.push((to, n, r.concept.span()));
                    }
                }
            }
            // Iterative DFS with colours; report each cycle once, at the edge that closes it.
            let mut colour = vec![0u8; concepts.len()];
            let mut reported = BTreeSet::new();
            for start in 0..concepts.len() {
                if colour.get(start) != Some(&0) {
                    continue;
                }
                let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
                let mut path: Vec<usize> = vec![start];
                if let Some(c) = colour.get_mut(start) {
                    *c = 1;
                }
                while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                    let out = edges.get(node).map_or(&[][..], Vec::as_slice);
                    if let Some((to, owner, sp)) = out.get(*next).cloned() {
                        *next += 1;
                        match colour.get(to).copied() {
                            Some(0) => {
                                if let Some(c) = colour.get_mut(to) {
                                    *c = 1;
                                }
                                stack.push((to, 0));
                                path.push(to);
                            }
                            Some(1) => {
                                let pos = path.iter().position(|&p| p == to).unwrap_or(0);
                                let cycle: Vec<&str> = path
                                    .get(pos..)
                                    .unwrap_or(&[])
                                    .iter()
                                    .chain(std::iter::once(&to))
                                    .filter_map(|&i| {
                                        concepts.get(i).map(|(_, _, c)| c.id.get_ref().as_str())
                                    })
                                    .collect();
                                let mut key: Vec<&str> = cycle.clone();
                                key.sort();
                                key.dedup();
                                if reported.insert(key.join(",")) {
                                    if let Some((file, _, _)) = concepts.get(owner) {
                                        self.set(file);
                                        self.err(
                                            Code::RelationCycle,
                                            sp,
                                            format!("{label} relations form a cycle: {}", cycle.join(" → ")),
                                            "closes the cycle",
                                            "a concept cannot be broader than itself, nor replaced by a concept that it replaces; remove or reverse one relation",
                                        );
                                    }
                                }
                            }
                            _ => {}
                        }
                    } else {
                        if let Some(c) = colour.get_mut(node) {
                            *c = 2;
                        }
                        stack.pop();
                        path.pop();
                    }
                }
            }
        }
    }
}
