import { inQuotes } from './questions.ts';

/**
 * The search page's place in the reader's history. Its query is kept in the
 * address (so the results can be linked to and come back on Back) and in
 * its title (so the history and the tab say what was searched). And when
 * the reader follows a result, how far down the results they were and how
 * many pages of them were shown: the results are drawn after the page has
 * loaded, too late for the browser's own scroll restoration, which found a
 * page too short to scroll and left the reader at the top.
 */
export interface Place {
	scrollY: number;
	/** How many pages' worth of results were shown (“Show more results”). */
	pages: number;
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
	return typeof state?.scrollY === 'number' && typeof state.pages === 'number' ? { scrollY: state.scrollY, pages: state.pages } : undefined;
}

/** Saves where the reader is in the results, as they leave for one. */
export function savePlace(place: Place): void {
	try {
		history.replaceState(place, '');
	} catch {
		// As above: the place just isn't kept.
	}
}
