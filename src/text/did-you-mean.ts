import { editDistance } from './edit-distance.ts';

/**
 * The one known id close to `id`, or nothing where none is close or two
 * are equally so. Close is an edit for every four characters; an id
 * shorter than four is too short to guess from.
 */
export function nearest(id: string, known: Iterable<string>): string | undefined {
	if (id.length < 4) return undefined;
	const limit = Math.floor(id.length / 4);
	let best: string | undefined;
	let bestDistance = Infinity;
	let tied = false;
	for (const candidate of known) {
		const distance = editDistance(id, candidate, limit);
		if (distance < bestDistance) [best, bestDistance, tied] = [candidate, distance, false];
		else if (distance === bestDistance && candidate !== best) tied = true;
	}
	return best !== undefined && bestDistance <= limit && !tied ? best : undefined;
}

/** The words an error about an unknown id ends with: the one known id close to it (`nearest`), as ` (did you mean "…"?)`, or nothing. */
export function didYouMean(id: string, known: Iterable<string>): string {
	const best = nearest(id, known);
	return best === undefined ? '' : ` (did you mean "${best}"?)`;
}
