//! Stable sorting with one compiled copy of the standard library's sort for the whole program.
//!
//! `slice::sort_by` and friends are generic over the element type *and* the comparator, so every
//! call site compiles its own copy of the sort (about 4–5 KB of WebAssembly each before
//! `wasm-opt`). The web app had over a dozen of them, a tenth of its code. [`sort_by`] sorts a
//! permutation of `u32` indices through a `dyn` comparator — one copy of the sort in all — and
//! then moves the elements into place. Use it where the slice is short or sorted rarely (UI
//! lists, query-time sorts, small build steps); keep the standard sorts on hot paths.
//!
//! The result is exactly that of `slice::sort_by`: a stable sort. Where `sort_unstable` sorted by
//! a total order under which equal elements are indistinguishable, the result is the same too.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, like `v.sort_by(cmp)`.
///
/// ```
/// let mut v = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
/// luxterm_text::sort::sort_by(&mut v, |a, b| a.0.cmp(&b.0));
/// assert_eq!(v, [(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
/// ```
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let Ok(n) = u32::try_from(v.len()) else {
        // Never for the glossary's data; fall back to the standard sort.
        v.sort_by(cmp);
        return;
    };
    let mut order: Vec<u32> = (0..n).collect();
    {
        let v: &[T] = v;
        sort_indices(&mut order, &mut |a, b| match (v.get(a), v.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => Ordering::Equal,
        });
    }
    permute(v, &mut order);
}

/// Sorts `v` stably by `key`, like `v.sort_by_key(key)` (the key is computed per comparison).
///
/// ```
/// let mut v = ["bb", "a", "ccc", "d"];
/// luxterm_text::sort::sort_by_key(&mut v, |s| s.len());
/// assert_eq!(v, ["a", "d", "bb", "ccc"]);
/// ```
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` by `Ord`, like `v.sort()` (and like `v.sort_unstable()`: equal elements of a total
/// order are interchangeable).
///
/// ```
/// let mut v = [3u32, 1, 2];
/// luxterm_text::sort::sort(&mut v);
/// assert_eq!(v, [1, 2, 3]);
/// ```
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The one instantiation of the standard sort: `u32` indices, a `dyn` comparator.
#[inline(never)]
fn sort_indices(order: &mut [u32], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a as usize, b as usize));
}

/// Puts `v[order[i]]` at position `i`, following the permutation's cycles with swaps; leaves
/// `order` as the identity.
fn permute<T>(v: &mut [T], order: &mut [u32]) {
    for start in 0..order.len() {
        let mut at = start;
        while let Some(&from) = order.get(at) {
            let from = from as usize;
            if let Some(slot) = order.get_mut(at) {
                *slot = at as u32;
            }
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        // A small deterministic generator; keys collide often so that stability matters.
        let mut seed = 0x2545_f491_u32;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        for n in 0..200 {
            let v: Vec<(u32, u32)> = (0..n).map(|i| (next() % 7, i)).collect();
            let mut want = v.clone();
            want.sort_by_key(|p| p.0);
            let mut got = v.clone();
            sort_by_key(&mut got, |p| p.0);
            assert_eq!(got, want, "n={n}");
            let mut want = v.clone();
            want.sort_unstable();
            let mut got = v;
            sort(&mut got);
            assert_eq!(got, want, "n={n}");
        }
    }
}
