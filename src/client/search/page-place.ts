import { inQuotes } from './questions.ts';

/**
 * Search's place in the reader's history. The search page's query is kept
 * in the address (so the results can be linked to and come back on Back)
 * and in its title (so the history and the tab say what was searched). And
 * when the reader follows a result, how far down the results they were and
 * how many pages of them were shown: the results are drawn after the page
 * has loaded, too late for the browser's own scroll restoration, which
 * found a page too short to scroll and left the reader at the top. From the
 * header's box on any other page, the query: a phone that loads the page
 * afresh on Back had left the box empty and the results gone, to be typed
 * again.
 */
export interface Place {
	scrollY: number;
	/** How many pages' worth of results were shown (“Show more results”). */
	pages: number;
	query?: string;
	/** The result followed, by its address: a keyboard reader comes back to it, not to the box above the screen. */
	link?: string;
}

const TITLE = document.title;

/** The query in the page's address and title. A new query starts with no saved place. */
export function rememberQuery(query: string): void {
	document.title = query ? `${inQuotes(query)} · ${TITLE}` : TITLE;
	try {
		const url = new URL(location.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		if (url.href !== location.href) history.replaceState(null, '', url);
	} catch {
		// Some browsers refuse history changes on file:// pages; the query just isn't kept.
	}
}

/** Where the reader was in these results when they last left them for one, if they did. */
export function savedPlace(): Place | undefined {
	const state = history.state as Partial<Place> | null;
	if (typeof state?.scrollY !== 'number' || typeof state.pages !== 'number') return undefined;
	return { scrollY: state.scrollY, pages: state.pages, ...(typeof state.query === 'string' ? { query: state.query } : {}), ...(typeof state.link === 'string' ? { link: state.link } : {}) };
}

/** The header's query cleared by the reader: not to come back. */
export function forgetQuery(): void {
	const place = savedPlace();
	if (place?.query === undefined) return;
	try {
		history.replaceState({ scrollY: place.scrollY, pages: place.pages }, '');
	} catch {
		// As above.
	}
}

/**
 * Back on a page whose header's search the reader left for a result: the
 * query in the box again as the search script arrives (at the box's first
 * focus, as ever: no script runs on load), chosen, so that typing starts a
 * new one. Not in a box the reader has typed into, nor one without the
 * focus: the search page's header box, beside the page's own.
 */
export function returnToQuery(input: HTMLInputElement): void {
	const query = savedPlace()?.query;
	if (input.value || !query || document.activeElement !== input) return;
	input.value = query;
	input.select();
}

/** Back in the results from one of them, drawn again: the reader's place, and the focus on the result they followed. */
export function returnToPlace(place: Place, links: HTMLAnchorElement[]): void {
	scrollTo(0, place.scrollY);
	// Left in the search box, above the screen, the focus had taken a keyboard reader's next Tab to the top.
	links.find((a) => a.href === place.link)?.focus({ preventScroll: true });
}

/** Saves where the reader is in the results, as they leave for one. */
export function savePlace(place: Place): void {
	try {
		history.replaceState(place, '');
	} catch {
		// As above: the place just isn't kept.
	}
}
