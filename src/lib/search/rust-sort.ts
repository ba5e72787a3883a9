/**
 * Rust's `slice::sort_unstable_by_key` (ipnsort, library/core/src/slice/sort
 * in Rust ≥ 1.81), step for step, for a key that is a number.
 *
 * Why: when one word of a page matches a query word under two keys
 * (`NATO’s` is indexed as `nato` and `nato’`; “nato” finds both), Pagefind
 * counts the word once, under whichever key this unstable sort leaves
 * first, and the page's score depends on which. The same sort on the same
 * input gives the same scores.
 *
 * Only the order of equal keys matters here, and only the steps that move
 * equal elements are ported as they are: pivot choice, the branchless
 * cyclic Lomuto partition, heapsort. Rust's small-slice sorts for this kind
 * of element (insertion sort, and the merge-based sort of up to 32) are
 * stable, so a stable insertion sort stands in for them.
 */
export function sortUnstableByKey<T>(v: T[], key: (item: T) => number): void {
	const less = (a: T, b: T) => key(a) < key(b);
	const len = v.length;
	if (len < 2) return;
	if (len <= MAX_LEN_ALWAYS_INSERTION_SORT) {
		insertionSort(v, 0, len, less);
		return;
	}
	const [run, descending] = existingRun(v, less);
	if (run === len) {
		if (descending) v.reverse();
		return;
	}
	quicksort(v, 0, len, undefined, 2 * (31 - Math.clz32(len | 1)), less);
}

type Less<T> = (a: T, b: T) => boolean;

const MAX_LEN_ALWAYS_INSERTION_SORT = 20;
/** Rust's small-sort threshold for an element of Pagefind's size (24 bytes on wasm32: 24 × 48 ≤ 4096). */
const SMALL_SORT_THRESHOLD = 32;
const PSEUDO_MEDIAN_REC_THRESHOLD = 64;

function swap<T>(v: T[], i: number, j: number) {
	const t = v[i];
	v[i] = v[j];
	v[j] = t;
}

function insertionSort<T>(v: T[], lo: number, hi: number, less: Less<T>) {
	for (let i = lo + 1; i < hi; i++) {
		const item = v[i];
		let j = i;
		for (; j > lo && less(item, v[j - 1]); j--) v[j] = v[j - 1];
		v[j] = item;
	}
}

function existingRun<T>(v: T[], less: Less<T>): [number, boolean] {
	let run = 2;
	const descending = less(v[1], v[0]);
	if (descending) while (run < v.length && less(v[run], v[run - 1])) run++;
	else while (run < v.length && !less(v[run], v[run - 1])) run++;
	return [run, descending];
}

function quicksort<T>(v: T[], lo: number, hi: number, ancestor: T | undefined, limit: number, less: Less<T>) {
	for (;;) {
		if (hi - lo <= SMALL_SORT_THRESHOLD) {
			insertionSort(v, lo, hi, less);
			return;
		}
		if (limit === 0) {
			heapsort(v, lo, hi, less);
			return;
		}
		limit--;
		const pivot = choosePivot(v, lo, hi - lo, less);
		// A pivot equal to its ancestor is the least here: split off everything equal to it.
		if (ancestor !== undefined && !less(ancestor, v[pivot])) {
			lo += partition(v, lo, hi, pivot, (a, b) => !less(b, a)) + 1;
			ancestor = undefined;
			continue;
		}
		const lt = partition(v, lo, hi, pivot, less);
		quicksort(v, lo, lo + lt, ancestor, limit, less);
		ancestor = v[lo + lt];
		lo += lt + 1;
	}
}

function choosePivot<T>(v: T[], lo: number, len: number, less: Less<T>): number {
	const n8 = Math.floor(len / 8);
	const [a, b, c] = [lo, lo + n8 * 4, lo + n8 * 7];
	return len < PSEUDO_MEDIAN_REC_THRESHOLD ? median3(v, a, b, c, less) : median3Rec(v, a, b, c, n8, less);
}

function median3Rec<T>(v: T[], a: number, b: number, c: number, n: number, less: Less<T>): number {
	if (n * 8 >= PSEUDO_MEDIAN_REC_THRESHOLD) {
		const n8 = Math.floor(n / 8);
		a = median3Rec(v, a, a + n8 * 4, a + n8 * 7, n8, less);
		b = median3Rec(v, b, b + n8 * 4, b + n8 * 7, n8, less);
		c = median3Rec(v, c, c + n8 * 4, c + n8 * 7, n8, less);
	}
	return median3(v, a, b, c, less);
}

function median3<T>(v: T[], a: number, b: number, c: number, less: Less<T>): number {
	const x = less(v[a], v[b]);
	const y = less(v[a], v[c]);
	if (x !== y) return a;
	return less(v[b], v[c]) !== x ? c : b;
}

/** Puts the pivot first, partitions the rest, puts the pivot between: returns how many are less. */
function partition<T>(v: T[], lo: number, hi: number, pivot: number, less: Less<T>): number {
	swap(v, lo, pivot);
	const lt = lomutoCyclic(v, lo + 1, hi, v[lo], less);
	swap(v, lo, lo + lt);
	return lt;
}

/** Rust's partition_lomuto_branchless_cyclic: a Lomuto partition that moves elements round a gap. */
function lomutoCyclic<T>(v: T[], base: number, end: number, pivot: T, less: Less<T>): number {
	if (end === base) return 0;
	const saved = v[base];
	let gap = base;
	let lt = 0;
	const step = (value: T, from: number) => {
		const isLess = less(value, pivot);
		const left = base + lt;
		v[gap] = v[left];
		v[left] = value;
		gap = from;
		if (isLess) lt++;
	};
	for (let right = base + 1; right < end; right++) step(v[right], right);
	step(saved, -1);
	return lt;
}

function heapsort<T>(v: T[], lo: number, hi: number, less: Less<T>) {
	const len = hi - lo;
	for (let i = len + Math.floor(len / 2) - 1; i >= 0; i--) {
		let node = i >= len ? i - len : 0;
		if (i < len) swap(v, lo, lo + i);
		const end = Math.min(i, len);
		for (;;) {
			let child = 2 * node + 1;
			if (child >= end) break;
			if (child + 1 < end && less(v[lo + child], v[lo + child + 1])) child++;
			if (!less(v[lo + node], v[lo + child])) break;
			swap(v, lo + node, lo + child);
			node = child;
		}
	}
}
