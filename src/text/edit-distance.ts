/**
 * Edits from one word to the other (insert, delete, replace, or swap two
 * neighbours: optimal string alignment), or `max + 1` once it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let before = new Array<number>(b.length + 1).fill(0);
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let smallest = i;
		const previousSmallest = Math.min(...previous);
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
			current.push(d);
			smallest = Math.min(smallest, d);
		}
		// A swap reaches back two rows, so both must be past `max` before no path can come back under it.
		if (smallest > max && previousSmallest > max) return max + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length];
}
