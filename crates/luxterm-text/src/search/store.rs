//! The index's large arrays: owned by a built index, or views into the bytes a loaded index was
//! read from, so that [`SearchIndex::from_vec`](super::SearchIndex::from_vec) copies nothing.
//!
//! A view is a byte range of one shared buffer ([`Backing`]), reinterpreted as `T`s by
//! `bytemuck` (which checks alignment and length, so this crate needs no `unsafe`). The byte
//! form is little-endian and every array in it starts four bytes from a multiple of four
//! ([`bytes`](super::bytes)), so a `u32` array is a view when the buffer is aligned to four
//! bytes and the machine is little-endian; otherwise it is decoded into an owned `Vec`.

use std::fmt;
use std::ops::{Deref, Range};
use std::sync::Arc;

/// The bytes a loaded index was read from: the caller's `Vec<u8>` as it came, or a copy in
/// `u32` words (aligned to four bytes whatever the allocator gives a `Vec<u8>`) of which the
/// first `len` bytes are the index.
pub(super) enum Backing {
    Bytes(Vec<u8>),
    Words { words: Vec<u32>, len: usize },
}

impl Backing {
    /// A copy of `bytes` in a buffer aligned to four bytes.
    pub(super) fn aligned_copy(bytes: &[u8]) -> Backing {
        // Word by word into uninitialised capacity: zeroing the buffer first (`vec![0; n]`)
        // would write it twice (+0.04 s at 540 MB).
        let mut words: Vec<u32> = Vec::with_capacity(bytes.len().div_ceil(4));
        let mut quads = bytes.chunks_exact(4);
        words.extend((&mut quads).map(|q| {
            let mut w = [0u8; 4];
            w.copy_from_slice(q);
            u32::from_ne_bytes(w)
        }));
        if !quads.remainder().is_empty() {
            let mut w = [0u8; 4];
            for (d, s) in w.iter_mut().zip(quads.remainder()) {
                *d = *s;
            }
            words.push(u32::from_ne_bytes(w));
        }
        Backing::Words {
            words,
            len: bytes.len(),
        }
    }

    /// The caller's bytes if a view of `u32`s can start at a multiple of four bytes into them,
    /// else an aligned copy.
    pub(super) fn aligned(bytes: Vec<u8>) -> Backing {
        if bytes.as_ptr().align_offset(4) == 0 {
            Backing::Bytes(bytes)
        } else {
            Backing::aligned_copy(&bytes)
        }
    }

    /// The bytes.
    pub(super) fn bytes(&self) -> &[u8] {
        match self {
            Backing::Bytes(b) => b,
            Backing::Words { words, len } => {
                let b: &[u8] = bytemuck::must_cast_slice(words);
                b.get(..*len).unwrap_or(b)
            }
        }
    }

    /// The heap memory the buffer holds.
    pub(super) fn heap_bytes(&self) -> usize {
        match self {
            Backing::Bytes(b) => b.capacity(),
            Backing::Words { words, .. } => words.capacity() * 4,
        }
    }
}

impl fmt::Debug for Backing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Backing({} bytes)", self.bytes().len())
    }
}

/// An array of `T`: owned, or a view of a [`Backing`] (see the module's notes). Derefs to `[T]`.
pub(super) struct Arr<T> {
    repr: Repr<T>,
}

enum Repr<T> {
    Owned(Vec<T>),
    View {
        backing: Arc<Backing>,
        bytes: Range<usize>,
    },
}

impl<T: bytemuck::Pod> Arr<T> {
    /// The bytes `range` of `backing` as `T`s, without a copy if they are aligned for `T` and
    /// `T`'s byte order is the byte form's (one byte, or a little-endian machine). `None` if
    /// the range is outside the buffer or not a whole number of `T`s.
    pub(super) fn view(backing: &Arc<Backing>, bytes: Range<usize>) -> Option<Arr<T>> {
        let src = backing.bytes().get(bytes.clone())?;
        let size = std::mem::size_of::<T>();
        if size == 0 || src.len() % size != 0 {
            return None;
        }
        let zero_copy = size == 1 || cfg!(target_endian = "little");
        if zero_copy && bytemuck::try_cast_slice::<u8, T>(src).is_ok() {
            return Some(Arr {
                repr: Repr::View {
                    backing: Arc::clone(backing),
                    bytes,
                },
            });
        }
        // Misaligned, or a big-endian machine: decode each element from its little-endian bytes.
        let v = src
            .chunks_exact(size)
            .map(|c| {
                let mut x = T::zeroed();
                let dst: &mut [u8] = bytemuck::bytes_of_mut(&mut x);
                for (d, s) in dst.iter_mut().zip(c) {
                    *d = *s;
                }
                if cfg!(target_endian = "big") {
                    dst.reverse();
                }
                x
            })
            .collect();
        Some(Arr {
            repr: Repr::Owned(v),
        })
    }

    /// The array's elements.
    #[inline]
    pub(super) fn as_slice(&self) -> &[T] {
        match &self.repr {
            Repr::Owned(v) => v,
            Repr::View { backing, bytes } => backing
                .bytes()
                .get(bytes.clone())
                .and_then(|b| bytemuck::try_cast_slice(b).ok())
                .unwrap_or(&[]),
        }
    }

    /// The heap memory this array holds of its own (none for a view: the [`Backing`] is
    /// counted once, by the index).
    pub(super) fn heap_bytes(&self) -> usize {
        match &self.repr {
            Repr::Owned(v) => v.capacity() * std::mem::size_of::<T>(),
            Repr::View { .. } => 0,
        }
    }

    /// Whether the array is a view of a loaded index's bytes.
    #[cfg(test)]
    pub(super) fn is_view(&self) -> bool {
        matches!(self.repr, Repr::View { .. })
    }
}

impl<T> From<Vec<T>> for Arr<T> {
    fn from(v: Vec<T>) -> Self {
        Arr {
            repr: Repr::Owned(v),
        }
    }
}

impl<T> Default for Arr<T> {
    fn default() -> Self {
        Arr::from(Vec::new())
    }
}

impl<T: bytemuck::Pod> Deref for Arr<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T: Clone> Clone for Arr<T> {
    fn clone(&self) -> Self {
        Arr {
            repr: match &self.repr {
                Repr::Owned(v) => Repr::Owned(v.clone()),
                Repr::View { backing, bytes } => Repr::View {
                    backing: Arc::clone(backing),
                    bytes: bytes.clone(),
                },
            },
        }
    }
}

impl<T: bytemuck::Pod + fmt::Debug> fmt::Debug for Arr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_aligned_range_is_a_view_with_the_little_endian_values() {
        let backing = Arc::new(Backing::aligned_copy(&[9, 9, 9, 9, 1, 0, 0, 0, 0, 1, 0, 0]));
        let a = Arr::<u32>::view(&backing, 4..12).unwrap();
        assert_eq!(&*a, &[1, 256]);
        assert!(a.is_view() == cfg!(target_endian = "little"));
        assert_eq!(a.heap_bytes(), if a.is_view() { 0 } else { 8 });
    }

    #[test]
    fn a_misaligned_range_is_decoded_into_an_owned_copy() {
        let backing = Arc::new(Backing::aligned_copy(&[9, 1, 0, 0, 0, 2, 0, 0, 0]));
        let a = Arr::<u32>::view(&backing, 1..9).unwrap();
        assert_eq!(&*a, &[1, 2]);
        assert!(!a.is_view());
        let bytes = Arr::<u8>::view(&backing, 1..3).unwrap();
        assert_eq!((&*bytes, bytes.is_view()), (&[1u8, 0][..], true));
    }

    #[test]
    fn a_range_outside_the_buffer_or_of_part_of_an_element_is_refused() {
        let backing = Arc::new(Backing::Bytes(vec![0; 8]));
        assert!(Arr::<u32>::view(&backing, 4..12).is_none());
        assert!(Arr::<u32>::view(&backing, 0..6).is_none());
        assert!(Arr::<u8>::view(&backing, 0..8).is_some());
    }
}
