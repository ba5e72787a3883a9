import type { CLIENT_SCRIPTS } from '../postbuild/client-scripts.ts';

/**
 * Internal links are written root-absolute (`/background.html#x`) in source
 * and templates; the post-build page pass (src/postbuild/page-pass.ts)
 * rewrites them against each built page, so the same dist/ works at a
 * domain root, under a sub-path and on disk.
 */
export function pageHref(page: string, hash?: string): string {
	return `/${page}.html${hash ? `#${hash}` : ''}`;
}

/** A reader's script, by its name in src/client/: written to assets/ by the post-build (postbuild/client-scripts.ts). */
export const scriptHref = (name: Exclude<(typeof CLIENT_SCRIPTS)[number], 'service-worker'>) => `/assets/${name}.js`;

/** A link's `aria-current` on the page `current`: “page” for the link to it, as the header and the footer mark it. */
export const ariaCurrent = (page: string, current: string) => (page === current ? 'page' : undefined);

/** The attributes that hold a URL in the site's pages: those the page pass makes relative and the 404 page roots. */
export const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data-js']);

/** The id of a page's contents list (Toc.astro), which the menu links to on screens that do not show it beside the text. */
export const TOC_LIST_ID = 'contents';
/** A reference page's list of its entries (or, on the sources page, of its kinds of source), which the phone menu offers as its contents. */
export const ENTRY_INDEX_ID = 'entries';
/** The id of a page's key points (KeyPoints.astro), its summary, which search ranks below a part that tells the same. */
export const KEY_POINTS_ID = 'key-points';
/** The notes' heading, as Sätteri writes it, which the contents link to and no part's heading may take. */
export const NOTES_HEADING_ID = 'footnote-label';
/** The header's search box, which "/" and Ctrl/⌘-K focus (site/handlers.ts). */
export const HEADER_SEARCH_ID = 'site-search-input';
/** Where a page's own text begins, below its key points and contents (components/TextOpening.astro), and its name in search. */
export const OPENING_ID = 'opening';
/**
 * The ids a section's page gives its own parts: the text, the search box,
 * its contents, key points and opening, its notes' heading (Sätteri's), the
 * overview's list of sections, and the figures a section may hold (the map's
 * and the timeline's, src/figures/). A heading of the section that slugs to
 * one of these is numbered instead (rehype-headings.ts): “## Key points” had
 * given the page two ids `key-points`, found only by the link check after
 * the build.
 */
export const PAGE_IDS = [
	'main',
	HEADER_SEARCH_ID,
	TOC_LIST_ID,
	KEY_POINTS_ID,
	OPENING_ID,
	NOTES_HEADING_ID,
	'the-sections',
	'alliance-map',
	'alliance-map-title',
	'alliance-map-desc',
	'alliance-map-europe',
	'alliance-map-europe-title',
	'alliance-map-europe-desc',
	'alliance-map-caption',
	'members-by-year',
	'timeline-figure',
	'timeline-figure-caption',
] as const;
/**
 * The start of the id of a section's dated note of later events
 * (AfterNote.astro), which notices and the contents link to, and by which
 * search knows the note's result.
 */
export const AFTER_NOTE = 'after-note-';
export const afterNoteId = (date: string) => `${AFTER_NOTE}${date}`;

export const OPENING_TITLE = 'Opening';
