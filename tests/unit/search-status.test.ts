import { describe, expect, it } from 'vitest';
import { statusText } from '../../src/client/search/status.ts';
import type { Answer } from '../../src/client/search/joined-answers.ts';

describe('statusText', () => {
	const found = (n: number, extra: Partial<Answer> = {}): Answer => ({ query: 'Zelenskyy', results: Array.from({ length: n }, () => ({ url: '', title: '', badge: '', text: '', subResults: [] })), sources: [], more: false, ...extra });
	it('says how many results, for what, and where what was searched is not what was typed, why', () => {
		expect(statusText('Z', undefined)).toEqual({ text: 'Type at least 2 characters.' });
		expect(statusText('Zelenskyy', found(1))).toEqual({ text: '1 result for “Zelenskyy”.' });
		expect(statusText('Zelensky', found(8, { rewritten: 'spelling', more: true }))).toEqual({ text: 'The first 8 results for “Zelenskyy”, the briefing’s way of writing “Zelensky”.' });
		expect(statusText('Zelenksy', found(3, { insteadOf: 'Zelenksy' }))).toEqual({ text: 'No results for “Zelenksy”. 3 results for “Zelenskyy”.' });
		// Both spellings, where the text writes the reader's too.
		expect(statusText('UK', found(6, { query: 'United Kingdom', rewritten: 'both' }))).toEqual({ text: '6 results for “United Kingdom” and “UK”.' });
		// The text's results and the register's counted apart, each list said to be cut only where it is.
		const register = (n: number) => Array.from({ length: n }, () => ({ url: '', title: '', badge: '', text: '', subResults: [] }));
		expect(statusText('Zelensky', found(12, { rewritten: 'spelling', more: true, cut: { results: false, sources: true }, sources: register(15) }))).toEqual({ text: '12 results for “Zelenskyy”, the briefing’s way of writing “Zelensky”, and the first 15 in the source register.' });
		expect(statusText('Zelenskyy', found(8, { more: true, cut: { results: true, sources: true }, sources: register(3) }))).toEqual({ text: 'The first 8 results for “Zelenskyy”, and the first 3 in the source register.' });
		expect(statusText('Zelenskyy', found(40, { more: true, cut: { results: true, sources: false }, sources: register(9) }))).toEqual({ text: 'The first 40 results for “Zelenskyy”, and 9 in the source register.' });
		expect(statusText('Zelenskyy', found(53, { sources: register(38) }))).toEqual({ text: '53 results for “Zelenskyy”, and 38 in the source register.' });
		expect(statusText('Zelenskyy', found(2, { sources: register(1) }))).toEqual({ text: '2 results for “Zelenskyy”, and 1 in the source register.' });
		// The register alone: its entries are the results, and the status says where they all are.
		expect(statusText('Zelenskyy', found(0, { more: true, cut: { results: false, sources: true }, sources: register(15) }))).toEqual({ text: 'The first 15 results for “Zelenskyy”, all in the source register.' });
		expect(statusText('Zelenskyy', found(0, { sources: register(2) }))).toEqual({ text: '2 results for “Zelenskyy”, all in the source register.' });
		// Where it is not known which list is cut, both are said to be.
		expect(statusText('Zelenskyy', found(8, { more: true, sources: register(3) }))).toEqual({ text: 'The first 8 results for “Zelenskyy”, and the first 3 in the source register.' });
	});
	it('says where a reference page named in the search was searched, and for what', () => {
		expect(statusText('timeline november', found(5, { query: 'november', searchedIn: 'in the timeline' }))).toEqual({ text: '5 results for “november” in the timeline, from “timeline november”.' });
		expect(statusText('sources reuters', found(0, { query: 'reuters', searchedIn: 'in the source register', more: true, cut: { results: false, sources: true }, sources: Array.from({ length: 8 }, () => ({ url: '', title: '', badge: '', text: '', subResults: [] })) }))).toEqual({ text: 'The first 8 results for “reuters” in the source register, from “sources reuters”.' });
	});
	it('says which people typed the briefing does not name, searched as their allies', () => {
		expect(statusText('Macron', found(3, { query: 'France', rewritten: 'unnamed', unnamed: ['Macron'] }))).toEqual({ text: '3 results for “France”, for “Macron”, whom the briefing does not name.' });
		expect(statusText('Scholz Baerbock', found(3, { query: 'Scholz Germany', rewritten: 'unnamed', unnamed: ['Baerbock'] }))).toEqual({ text: '3 results for “Scholz Germany”, for “Scholz Baerbock”; the briefing does not name “Baerbock”.' });
		expect(statusText('Blinken Macron', found(2, { query: 'United States France', rewritten: 'unnamed', unnamed: ['Blinken', 'Macron'] }))).toEqual({ text: '2 results for “United States France”, for “Blinken Macron”; the briefing does not name “Blinken” or “Macron”.' });
	});
	it('leaves a search that found nothing to go on to the whole briefing on one page', () => {
		expect(statusText('quasar', found(0, { query: 'quasar' }))).toEqual({ text: 'No results for “quasar”. Try other words, or your browser’s find on ', nothing: true });
	});
});
