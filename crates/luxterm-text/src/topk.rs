//! Range top-k: the smallest values of `leaves[lo..hi]`, in increasing order, without scanning the
//! range.
//!
//! A prefix such as `a` can match a million keys; only the best `limit` of them are wanted. The
//! leaves are entry ranks (an entry's position in ranking order), so "best" is "smallest". A
//! 16-ary tree of block minima (1/15 of a `u32` per leaf) lets a best-first walk pop leaves in
//! increasing order: the range is covered by at most 30 nodes per level, and each popped inner
//! node pushes its 16 children. Taking `k` leaves costs `O((k + log₁₆ n) · 16 · log)` whatever the
//! size of the range.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Branching factor of the tree.
const B: usize = 16;

/// Block minima over a leaf array that the caller keeps (see the [module docs](self)).
#[derive(Debug, Default, Clone)]
pub(crate) struct MinTree {
    /// `levels[0]` holds the minima of blocks of `B` leaves, `levels[1]` of blocks of `B`
    /// `levels[0]` nodes, and so on up to a single root.
    levels: Vec<Vec<u32>>,
}

impl MinTree {
    pub(crate) fn build(leaves: &[u32]) -> Self {
        let mut levels: Vec<Vec<u32>> = Vec::new();
        let mut len = leaves.len();
        while len > 1 {
            let below: &[u32] = levels.last().map_or(leaves, Vec::as_slice);
            let next: Vec<u32> = below
                .chunks(B)
                .map(|c| c.iter().copied().min().unwrap_or(u32::MAX))
                .collect();
            len = next.len();
            levels.push(next);
        }
        for level in &mut levels {
            level.shrink_to_fit();
        }
        MinTree { levels }
    }

    /// The bytes of the tree's nodes (without the spare capacity and the level headers).
    pub(crate) fn node_bytes(&self) -> usize {
        self.levels.iter().map(|l| l.len() * 4).sum()
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.levels.iter().map(|l| l.capacity() * 4).sum::<usize>()
            + self.levels.capacity() * std::mem::size_of::<Vec<u32>>()
    }

    /// Calls `visit(index)` for the leaves of `leaves[lo..hi]` in increasing order of value (ties
    /// by index) until `visit` returns `false` or the range is exhausted.
    pub(crate) fn walk(
        &self,
        leaves: &[u32],
        lo: usize,
        hi: usize,
        mut visit: impl FnMut(usize) -> bool,
    ) {
        let hi = hi.min(leaves.len());
        if lo >= hi {
            return;
        }
        let value = |level: usize, idx: usize| -> u32 {
            if level == 0 {
                leaves.get(idx).copied().unwrap_or(u32::MAX)
            } else {
                self.levels
                    .get(level - 1)
                    .and_then(|l| l.get(idx))
                    .copied()
                    .unwrap_or(u32::MAX)
            }
        };
        let size = |level: usize| -> usize {
            if level == 0 {
                leaves.len()
            } else {
                self.levels.get(level - 1).map_or(0, Vec::len)
            }
        };
        let mut heap: BinaryHeap<Reverse<(u32, usize, u8)>> = BinaryHeap::new();
        let push = |heap: &mut BinaryHeap<Reverse<(u32, usize, u8)>>, level: usize, idx: usize| {
            heap.push(Reverse((value(level, idx), idx, level as u8)));
        };
        // Cover [lo, hi) with whole nodes, climbing while the range spans whole blocks.
        let (mut l, mut h, mut level) = (lo, hi, 0usize);
        while l < h {
            if level >= self.levels.len() || h - l <= B {
                for i in l..h {
                    push(&mut heap, level, i);
                }
                break;
            }
            while l < h && l % B != 0 {
                push(&mut heap, level, l);
                l += 1;
            }
            while l < h && h % B != 0 {
                h -= 1;
                push(&mut heap, level, h);
            }
            l /= B;
            h /= B;
            level += 1;
        }
        while let Some(Reverse((_, idx, level))) = heap.pop() {
            if level == 0 {
                if !visit(idx) {
                    return;
                }
                continue;
            }
            let below = usize::from(level) - 1;
            let end = ((idx + 1) * B).min(size(below));
            for child in idx * B..end {
                push(&mut heap, below, child);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brute(leaves: &[u32], lo: usize, hi: usize) -> Vec<usize> {
        let mut v: Vec<usize> = (lo..hi.min(leaves.len())).collect();
        v.sort_by_key(|&i| (leaves[i], i));
        v
    }

    #[test]
    fn walks_in_order_over_every_range() {
        let mut x: u32 = 12345;
        for n in [0usize, 1, 2, 15, 16, 17, 255, 256, 257, 1000] {
            let leaves: Vec<u32> = (0..n)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    (x >> 16) % 500
                })
                .collect();
            let tree = MinTree::build(&leaves);
            for (lo, hi) in [
                (0, n),
                (0, n / 2),
                (n / 3, n),
                (n / 5, n / 5 + 37),
                (n, n + 5),
            ] {
                let mut got = Vec::new();
                tree.walk(&leaves, lo, hi, |i| {
                    got.push(i);
                    true
                });
                let want = brute(&leaves, lo, hi);
                let gv: Vec<u32> = got.iter().map(|&i| leaves[i]).collect();
                let wv: Vec<u32> = want.iter().map(|&i| leaves[i]).collect();
                assert_eq!(gv, wv, "n={n} lo={lo} hi={hi}");
                let mut gs = got.clone();
                gs.sort_unstable();
                let mut ws = want.clone();
                ws.sort_unstable();
                assert_eq!(gs, ws);
            }
        }
    }

    #[test]
    fn stops_when_asked() {
        let leaves: Vec<u32> = (0..10_000).rev().collect();
        let tree = MinTree::build(&leaves);
        let mut got = Vec::new();
        tree.walk(&leaves, 100, 9000, |i| {
            got.push(leaves[i]);
            got.len() < 3
        });
        assert_eq!(got, vec![1000, 1001, 1002]);
    }
}
