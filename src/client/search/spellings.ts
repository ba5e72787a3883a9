/** One spelling a reader may type, and the spelling the briefing uses: [variant, written]. */
export type Spelling = readonly [variant: string, written: string];

export interface Rewritten {
	/** The query to search for, in the briefing's spellings. */
	query: string;
	/** The spellings replaced, as [typed, written], for telling the reader. */
	replaced: [string, string][];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An acronym (MAP, NAC) is only itself in capitals: “map” is another word. */
const isAcronym = (text: string) => text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();

/**
 * Puts the briefing's own spellings in place of the variants a reader may
 * type (Zelensky → Zelenskyy, Kiev → Kyiv, MAP → Membership Action Plan), so
 * the search finds the prose, which uses one spelling throughout. Whole
 * words only; case does not matter, except for acronyms. The list comes from
 * the content (people's and terms' `spellings`, and content/spellings.yaml),
 * compiled into the search script at build.
 */
export function rewriteQuery(query: string, spellings: readonly Spelling[]): Rewritten {
	const replaced: [string, string][] = [];
	let out = query;
	// Longest first, so that a phrase is replaced before a word inside it.
	for (const [variant, written] of [...spellings].sort((a, b) => b[0].length - a[0].length)) {
		const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(variant)}(?![\\p{L}\\p{N}])`, isAcronym(variant) ? 'gu' : 'giu');
		out = out.replace(pattern, (typed) => {
			if (typed.toLowerCase() === written.toLowerCase()) return typed;
			replaced.push([typed, written]);
			return written;
		});
	}
	return { query: out, replaced };
}
