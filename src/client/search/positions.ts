import { getEngine, resolve } from './page-engine.ts';
import { toResultView, type ResultView } from './results.ts';
import { wordsOf } from './unindexed-words.ts';
import { positionOf, SEARCH_KIND } from '../../site/search-kinds.ts';

/**
 * The allies' positions, for a reader who asks which allies are for or
 * against (“who opposes”) or where one stands (“why does Germany oppose”):
 * each a record of its own (markdown/position-rows.ts), whose row holds no
 * such verb for the words to find. search/answer.ts puts them first.
 */

let allPositions: Promise<ResultView[]> | undefined;
/**
 * The allies' positions (markdown/position-rows.ts) that `wanted` picks by their allies and position: no words,
 * every record of the kind, which Pagefind lists in the order they were indexed. Fetched once a page: a question
 * is asked again at every keystroke.
 */
async function positionsWhere(wanted: (allies: string[], position: string) => boolean): Promise<ResultView[]> {
	allPositions ??= getEngine()
		.then((pagefind) => pagefind.search(null, { filters: { kind: SEARCH_KIND.position } }))
		.then((found) => Promise.all((found?.results ?? []).map(async (r) => toResultView(await r.data(), resolve))));
	return (await allPositions).filter((v) => {
		const parts = positionOf(v.title);
		return parts !== undefined && wanted(parts.allies, parts.position);
	});
}

/** The positions that are `stance`, in the table's order: “Against”, or “For” and “For the victory plan”. */
export const positionsHeld = (stance: 'For' | 'Against') => positionsWhere((_, position) => new RegExp(`^${stance}\\b`).test(position));

/**
 * The positions of the allies `query` names (“Position of United Kingdom, Italy: Unclear” for “Italy”), a
 * possessive's s too, its apostrophe left out as a phone leaves it (“germanys position”).
 */
export function positionsOf(query: string): Promise<ResultView[]> {
	const words = ` ${wordsOf(query).join(' ')} `;
	return positionsWhere((allies) => allies.some((ally) => [' ', 's '].some((end) => words.includes(` ${wordsOf(ally).join(' ')}${end}`))));
}
