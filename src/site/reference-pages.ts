/**
 * The reference pages, in the order the menu, the pager, the whole briefing
 * and the book give them: each page's name, its menu label, its full title
 * (the whole briefing's part), and whether it has a header of its own
 * (ReferenceHeader.astro), and so its own notices, which a log entry may name.
 */
export const REFERENCE_PAGES = [
	{ page: 'timeline', label: 'Timeline', title: 'Timeline', header: true },
	{ page: 'map', label: 'Map', title: 'Map of the alliance', header: false },
	{ page: 'people', label: 'Who’s who', title: 'Who’s who', header: true },
	{ page: 'glossary', label: 'Glossary', title: 'Glossary', header: true },
	{ page: 'sources', label: 'Sources', title: 'Sources', header: true },
] as const;

/** A reference page's full title, by its name. */
export const referenceTitle = (page: (typeof REFERENCE_PAGES)[number]['page']) => REFERENCE_PAGES.find((p) => p.page === page)!.title;

/** The reference pages with a header of their own, by name. */
export const PAGES_WITH_HEADERS = REFERENCE_PAGES.flatMap((p) => (p.header ? [p.page] : []));

/** The reference pages and the whole briefing, by page name, as the menu lists them and the log names them. */
export const REFERENCE_LINKS = [...REFERENCE_PAGES.map((p) => [p.page, p.label] as const), ['all', 'Whole briefing'] as const];
