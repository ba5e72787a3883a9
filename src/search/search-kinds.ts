/**
 * The kinds of record the search index holds: each page's and entry's
 * `kind` filter, which a result shows as its badge where it has no other.
 * Pages write them (`data-pagefind-filter`, `data-search-entry`), the
 * post-build reads the entries' back, and the search script filters and
 * ranks by them: one spelling of each, here.
 */
export const SEARCH_KIND = {
	overview: 'Overview',
	section: 'Section',
	about: 'About',
	map: 'Map',
	/** A reference page's title and lead; its entries are records of their own. */
	reference: 'Reference',
	glossary: 'Glossary',
	people: 'Who’s who',
	timeline: 'Timeline',
	source: 'Source',
	/** A section's dated note of later events. */
	update: 'Update',
	/** An ally's row in a table of positions (src/markdown/position-rows.ts). */
	position: 'Position',
} as const;

export type SearchKind = (typeof SEARCH_KIND)[keyof typeof SEARCH_KIND];

/**
 * An ally's position record's title (“Position of Germany: Against”), which
 * the build writes (markdown/position-rows.ts) and the search reads back:
 * the allies it names, and their position as the table writes it.
 */
export const positionTitle = (allies: string, position: string) => `Position of ${allies.split(', ').map(inProse).join(', ')}: ${position}`;
export function positionOf(title: string): { allies: string[]; position: string } | undefined {
	const parts = /^Position of ([^:]*): (.*)$/.exec(title);
	return parts ? { allies: parts[1].split(',').map((a) => a.trim().replace(/^the /, '')), position: parts[2] } : undefined;
}

/** An ally's name as a sentence gives it: the table's cells write “United States”, a title reads “of the United States”. */
const inProse = (ally: string) => (/^(United |Netherlands$|Czech Republic$)/.test(ally) ? `the ${ally}` : ally);
