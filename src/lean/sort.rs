//! Ordering the app's short lists (schemes, saved reports, open points: tens of items).
//!
//! The standard library's sorts are built for long slices; each use adds several kilobytes to
//! the wasm file. An insertion sort is stable, small, and quick enough at these lengths.

use std::cmp::Ordering;

/// Sorts `items` in place by `compare`, keeping equal items in their order (stable).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 7u32;
        for len in 0..40 {
            let items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 5, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut theirs = items;
            theirs.sort_by_key(|a| a.0);
            assert_eq!(ours, theirs, "length {len}: same order, equal keys kept in place");
        }
    }
}
