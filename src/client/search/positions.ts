import { recordsOfKind } from './kind-records.ts';
import { escapeHtml, type ResultView } from './results.ts';
import type { Affiliation } from '../../search/affiliation.ts';
import { namesAlly } from './allies-named.ts';
import { markedAsTyped } from './typed-marks.ts';
import type { Stance } from './questions.ts';
import { positionOf, SEARCH_KIND } from '../../search/search-kinds.ts';

/**
 * The allies' positions, for a reader who asks which allies are for or
 * against (“who opposes”), or undecided, or where one stands (“why does Germany oppose”):
 * each a record of its own (markdown/position-rows.ts), whose row holds no
 * such verb for the words to find. client/search/answer.ts puts them first.
 */

/** The allies' positions (markdown/position-rows.ts) that `wanted` picks by their allies and position, in the table's order. */
async function positionsWhere(wanted: (allies: string[], position: string) => boolean): Promise<ResultView[]> {
	return (await recordsOfKind(SEARCH_KIND.position)).filter((v) => {
		const parts = positionOf(v.title);
		return parts !== undefined && wanted(parts.allies, parts.position);
	});
}

/** What leans each way without being it: the key points count the reluctant with the opposed, France's “open” with those for. */
const LEANING: Partial<Record<Stance, string>> = { For: 'Open', Against: 'Reluctant' };

/**
 * The positions that are `stance` (“Against”, “Unclear”, or “For” and “For the victory plan”), then those that lean its way,
 * each in the table's order, but a position that names what `keywords` asked of first (“who backs the victory
 * plan” had led with Lithuania's “For”); their whole position marked in the title (“For the victory plan”, not
 * “For” alone): “who is for” marks no word typed, and its rows had shown nothing to say why they answered.
 */
export async function positionsHeld(stance: Stance, keywords = ''): Promise<ResultView[]> {
	const held = new RegExp(`^${stance}\\b`);
	const leaning = (position: string) => position === LEANING[stance];
	const rows = await positionsWhere((_, position) => held.test(position) || leaning(position));
	const asked = keywords.toLowerCase().split(/\s+/).filter((w) => w.length > 2);
	const position = (row: ResultView) => positionOf(row.title)!.position;
	const leans = (row: ResultView) => Number(!held.test(position(row)));
	const named = (row: ResultView) => asked.filter((w) => position(row).toLowerCase().includes(w)).length;
	// Held before leaning, then by how many of the words asked the position names.
	return rows
		.sort((a, b) => leans(a) - leans(b) || named(b) - named(a))
		.map((row) => ({ ...row, markedTitle: escapeHtml(row.title).replace(/(: )(.+)$/, '$1<mark>$2</mark>') }));
}

/** Who speaks for which ally, compiled in from the who's who (src/postbuild/client-scripts.ts). */
declare const __AFFILIATIONS__: Affiliation[];

/** The positions of the allies `query` names, or speaks for (“Position of the United Kingdom, Italy: Unclear” for “Italy”). */
export async function positionsOf(query: string): Promise<ResultView[]> {
	const rows = await positionsWhere((allies) => allies.some((ally) => namesAlly(query, ally, __AFFILIATIONS__)));
	return rows.map((row) => ({ ...row, text: markedAsTyped(row.text, query) }));
}
