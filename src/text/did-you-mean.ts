/**
 * The distance between two ids in single-character edits, a swap of two
 * neighbours counting as one (optimal string alignment): an author who
 * types “unn-2024-10-71” for “unn-2024-10-17” is one swap away.
 */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) rows[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
		}
	}
	return rows[a.length][b.length];
}

/**
 * The words an error about an unknown id ends with: the one known id close
 * to it, as ` (did you mean "…"?)`, or nothing where none is close or two
 * are equally so. Close is an edit for every four characters; an id
 * shorter than four is too short to guess from.
 */
export function didYouMean(id: string, known: Iterable<string>): string {
	if (id.length < 4) return '';
	const limit = Math.floor(id.length / 4);
	let best: string | undefined;
	let bestDistance = Infinity;
	let tied = false;
	for (const candidate of known) {
		const distance = editDistance(id, candidate);
		if (distance < bestDistance) [best, bestDistance, tied] = [candidate, distance, false];
		else if (distance === bestDistance && candidate !== best) tied = true;
	}
	return best !== undefined && bestDistance <= limit && !tied ? ` (did you mean "${best}"?)` : '';
}
