import { recordsOfKind } from './kind-records.ts';
import type { ResultView } from './results.ts';
import { wordsOf } from './unindexed-words.ts';
import { positionOf, SEARCH_KIND } from '../../site/search-kinds.ts';

/**
 * The allies' positions, for a reader who asks which allies are for or
 * against (“who opposes”) or where one stands (“why does Germany oppose”):
 * each a record of its own (markdown/position-rows.ts), whose row holds no
 * such verb for the words to find. search/answer.ts puts them first.
 */

/** The allies' positions (markdown/position-rows.ts) that `wanted` picks by their allies and position, in the table's order. */
async function positionsWhere(wanted: (allies: string[], position: string) => boolean): Promise<ResultView[]> {
	return (await recordsOfKind(SEARCH_KIND.position)).filter((v) => {
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
	// Not West Germany, the state that joined in 1955 (“who pushed for west germany to join nato”).
	const named = (ally: string) => new RegExp(`(?<! (?:west|east)) ${wordsOf(ally).join(' ')}s? `).test(words);
	return positionsWhere((allies) => allies.some(named));
}
