/**
 * A plain, changeable copy of one of Sätteri's nodes and all under it, whose
 * nodes are frozen and read lazily: what a round trip through JSON makes (no
 * undefined values, no functions), at half its cost. For a plugin that
 * reshapes a whole subtree (a table) and puts it back, or moves a node to
 * another's place (a note's number).
 */
export function plainCopy(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(plainCopy);
	if (value === null || typeof value !== 'object') return value;
	const copy: Record<string, unknown> = {};
	for (const key of Object.keys(value)) {
		const field = (value as Record<string, unknown>)[key];
		if (field !== undefined && typeof field !== 'function') copy[key] = plainCopy(field);
	}
	return copy;
}
