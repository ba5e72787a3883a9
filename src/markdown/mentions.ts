export interface Mentionable {
	href: string;
	names: string[];
	kind: 'term' | 'person';
}

const cache = new Map<string, RegExp>();

/**
 * A pattern matching any name of any target as a whole word, longest names
 * first so that "Mark Rutte" wins over "Rutte". Case matters: "Article 5" is a
 * term, "article" is not.
 */
export function firstMentionPattern(targets: Mentionable[]): RegExp {
	const names = targets.flatMap((t) => t.names).filter(Boolean).sort((a, b) => b.length - a.length || a.localeCompare(b));
	const key = names.join('\u0000');
	let pattern = cache.get(key);
	if (!pattern) {
		const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
		pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
		cache.set(key, pattern);
	}
	pattern.lastIndex = 0;
	return pattern;
}
