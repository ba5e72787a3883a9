/**
 * The kinds of source in the register (`type` in content/sources.yaml), in
 * the order the register groups them: from the record itself to what is
 * furthest from it. The about page explains them with these words.
 */
export const SOURCE_TYPES = {
	official: {
		label: 'Official',
		heading: 'Official documents',
		meaning: 'published by a government, an international organisation such as NATO, or its officials: the record of what they said or decided, in their own words.',
	},
	news: {
		label: 'News',
		heading: 'News and wire reports',
		meaning: 'reporting by a news organisation or agency, including the interviews it conducted, and an agency’s story as an outlet that subscribes to it carries it, unchanged (the entry names that outlet): what happened, as its reporters established it.',
	},
	analysis: {
		label: 'Analysis',
		heading: 'Analysis and opinion',
		meaning: 'commentary, research and opinion: evidence of what experts and commentators argue, not on its own a record of events.',
	},
	reference: {
		label: 'Reference',
		heading: 'Reference works',
		meaning: 'encyclopaedias, profiles and other compilations of facts gathered from elsewhere, used for settled background.',
	},
	copy: {
		label: 'Copy',
		heading: 'Copies and aggregators',
		meaning: 'a page that republishes another outlet’s report or text, as a mirror, on an aggregator or rewritten. The entry says whose report it is; that outlet answers for its content.',
	},
} as const;

export type SourceType = keyof typeof SOURCE_TYPES;

/**
 * Whose copy of a source the reader opens, where another outlet carries it, as it follows the date: a copy is
 * that outlet's copy; an agency's story it carries unchanged is still news, as carried by it (a note had read
 * “(LBC Group copy) News” beside “(Mosaic News copy) Copy”).
 */
export function carriedBy({ type, carrier }: { type?: SourceType; carrier?: string }): string {
	if (!carrier) return '';
	return type === 'news' ? ` (as carried by ${carrier})` : ` (${carrier} copy)`;
}

/** The types in the register's order, with a group for sources not yet given one. */
export function groupByType<T extends { data: { type?: SourceType } }>(sources: T[]): { type: SourceType | undefined; sources: T[] }[] {
	const order = [...(Object.keys(SOURCE_TYPES) as SourceType[]), undefined];
	return order.map((type) => ({ type, sources: sources.filter((s) => s.data.type === type) })).filter((g) => g.sources.length > 0);
}
