import { describe, expect, it } from 'vitest';
import { pageWords, wordPlaces } from '../../src/postbuild/search/word-places.ts';
import { pageEntries } from '../../src/postbuild/search/entries.ts';
import { decodePlaces, encodePlaces, recordWords, wordParts } from '../../src/search/word-places.ts';
import { directiveAt, highlightUrl, recordText } from '../../src/client/search/highlight.ts';

/** A section page as the site builds one: contents before the text, a note's number in it, notes after, and a glossary entry of its own. */
const PAGE = `<!doctype html><html><head><title>The plan</title></head><body>
<header><a href="/">Briefing</a></header>
<article data-pagefind-body>
<h1>The plan</h1>
<nav class="toc" data-pagefind-ignore="all"><ol><li><a href="#what-zelenskyy-proposed">What Zelenskyy proposed</a></li><li><a href="#watch">What to watch</a></li></ol></nav>
<h2 id="what-zelenskyy-proposed">What Zelenskyy proposed</h2>
<p>On 29 November Mark Rutte said allies would meet.<sup><a data-footnote-ref href="#fn-1">1</a></sup> Later Mark Rutte said that troops had come.</p>
<h2 id="watch">What to watch</h2>
<p>The meeting (in Brussels) decides.</p>
<section data-footnotes data-pagefind-ignore="all"><ol><li id="fn-1">Mark Rutte said so, Reuters.</li></ol></section>
</article>
<dl><div data-search-entry="Glossary" id="map"><dt><h3>MAP</h3></dt><dd data-search-summary>A plan. See also: Mark Rutte said <span data-pagefind-ignore>[source]</span> nothing.</dd></div></dl>
</body></html>`;

const PAGE_TEXT =
	'The plan. What Zelenskyy proposed. On 29 November Mark Rutte said allies would meet. Later Mark Rutte said that troops had come. What to watch. The meeting (in Brussels) decides.';

describe('where a record’s words stand on its page (the build’s half)', () => {
	const places = wordPlaces(PAGE, 'plan.html');
	const page = places.get('/plan.html')!;
	const words = recordWords(PAGE_TEXT);
	const at = (word: string, from = 0) => words.indexOf(word, from);

	it('reads each record’s words in the order its text has them, word for word, with none of what it leaves out', () => {
		const own = (url: string) => pageWords(PAGE, 'plan.html').filter((w) => w.owners.includes(url)).map((w) => w.raw.replace(/[.]$/, ''));
		expect(own('/plan.html')).toEqual(words.map((w) => w.replace(/[.]$/, '')));
		expect(page.words).toBe(words.length);
		const [entry] = pageEntries(PAGE, 'plan.html');
		expect(places.get(entry.url)!.words).toBe(recordWords(entry.content).length);
	});
	it('marks the runs of three words that stand outside the record too: the contents’ heading, a note’s words, another record', () => {
		// “What Zelenskyy proposed” is in the contents; “Mark Rutte said” in the note and in the entry.
		expect(page.shadowed).toContain(at('What'));
		expect(page.shadowed).toContain(at('Mark'));
		expect(page.shadowed).toContain(at('Mark', at('Later')));
		// The heading's last words run on into the text below it, which the contents do not.
		expect(page.shadowed).not.toContain(at('Zelenskyy'));
		expect(page.shadowed).not.toContain(at('allies'));
	});
	it('marks where the page has more between two words than the record (a note’s number), and where blocks end', () => {
		// The contents stand between the title and the first heading.
		expect(page.broken).toEqual([at('plan.'), at('meet.')]);
		expect(page.open).toEqual([at('proposed.'), at('watch.')]);
		expect(page.closed).toEqual([at('come.')]);
		const entry = places.get('/plan.html#map')!;
		expect(entry.broken).toEqual([recordWords('A plan. See also: Mark Rutte said nothing.').indexOf('said')]);
	});
	it('marks a word the page runs straight on into a note’s number, where a browser finds no end of a word', () => {
		const glued = wordPlaces('<body><p data-pagefind-body>Acknowledged by Stefanishyna<sup><a data-footnote-ref>1</a></sup> and others, later.<sup><a data-footnote-ref>2</a></sup> Then</p></body>', 'a.html');
		expect(glued.get('/a.html')).toMatchObject({ broken: [2, 5], glued: [2] });
		const text = recordText('Acknowledged by Stefanishyna and others, later. Then', encodePlaces(glued.get('/a.html')!))!;
		expect(directiveAt(text, 2, 3)).toBeUndefined();
		expect(directiveAt(text, 5, 6)).toEqual({ prefix: 'and others,', text: 'later' });
		// A number, a full stop and a note's number are one word to a browser (“2008.28”, as “3.5”).
		const year = wordPlaces('<body><p data-pagefind-body>ministers for December 2008.<sup><a data-footnote-ref>28</a></sup> Then.</p></body>', 'a.html');
		expect(year.get('/a.html')).toMatchObject({ broken: [3], glued: [3] });
	});
	it('marks a run that a browser also finds begun or ended inside a word that punctuation parts, on the page or in the record', () => {
		expect(['3–4', 'euro-atlantic', 'rs-26', '10,000', '3.5', 'ukraine’s', 'u.s', '—'].map(wordParts)).toEqual([['3', '4'], ['euro', 'atlantic'], ['rs', '26'], ['10,000'], ['3.5'], ['ukraine’s'], ['u.s'], []]);
		// “4 December 2024” stands in “3–4 December 2024” too: a fragment begun with a bare “4” had opened the about
		// page at its first paragraph's meeting date rather than at the log's entry.
		const text = 'Update, 4 December 2024. At their 3–4 December 2024 meeting.';
		const record = (outside: string) => wordPlaces(`<body><p>${outside}</p><div data-pagefind-body><p>${text}</p></div></body>`, 'a.html').get('/a.html')!;
		expect(record('Brussels on 3–4 December 2024 met.').shadowed).toEqual([1, 6]);
		expect(record('Nothing of it.').shadowed).toEqual([1]);
		expect(wordPlaces('<body><p>Euro-Atlantic path ahead, one said.</p><p data-pagefind-body>The Atlantic path ahead. The Euro-Atlantic</p></body>', 'a.html').get('/a.html')!.shadowed).toEqual([1]);
		const found = directiveAt(recordText(text, encodePlaces(record('Brussels on 3–4 December 2024 met.')))!, 2, 4);
		expect(found?.prefix ?? '').not.toBe('4');
	});
	it('tells a one-word table cell by the next, where the pair stands nowhere else', () => {
		const table = '<body><table data-pagefind-body><tr><th>Hungary</th><td>Against</td></tr><tr><th>Germany</th><td>Against</td></tr><tr><th>Hungary</th><td>Wary</td></tr></table><p>Hungary against all</p></body>';
		const places = wordPlaces(table, 'a.html').get('/a.html')!;
		// The last paragraph is no part of the page's record: its “Hungary against” stands outside it.
		expect(places).toMatchObject({ open: [0, 1, 2, 3, 4], openShadowed: [0] });
		const own = (html: string) => recordText('Hungary Against Germany Against Hungary Wary', encodePlaces(wordPlaces(html, 'a.html').get('/a.html')!))!;
		expect(directiveAt(own(table), 0, 1)).toBeUndefined();
		expect(directiveAt(own(table), 4, 5)).toEqual({ prefix: 'Against', text: 'Hungary' });
		expect(directiveAt(own(table.replace('<p>Hungary against all</p>', '')), 0, 1)).toEqual({ text: 'Hungary', suffix: 'Against' });
	});
	it('writes them compactly and reads them back, and reads nothing from what is not places', () => {
		expect(decodePlaces(encodePlaces(page))).toEqual(page);
		expect(encodePlaces({ words: 40, shadowed: [3, 4, 39], broken: [], glued: [], open: [10], closed: [], openShadowed: [] })).toBe('#};% # #[;;;/;;');
		// Pagefind searches a record's meta too: a letter or digit there would be found by a search.
		expect(encodePlaces(page)).not.toMatch(/[\p{L}\p{N},:]/u);
		expect(decodePlaces(undefined)).toBeUndefined();
		expect(decodePlaces('12;3;;;;a')).toBeUndefined();
		expect(decodePlaces('#;a;;;;;')).toBeUndefined();
	});
});

describe('a text fragment the browser finds at the result’s place and nowhere else (the search’s half)', () => {
	const places = encodePlaces(wordPlaces(PAGE, 'plan.html').get('/plan.html')!);
	const text = recordText(PAGE_TEXT, places)!;
	const words = text.words;

	it('trusts no places written for another text', () => {
		expect(recordText(`${PAGE_TEXT} More.`, places)).toBeUndefined();
		expect(recordText(PAGE_TEXT, undefined)).toBeUndefined();
	});
	it('takes as much context as makes the words stand once on the page, and no more', () => {
		// “Mark Rutte said” stands twice in the text and once in a note: the word before it tells the second.
		const second = words.indexOf('Rutte', words.indexOf('Later'));
		expect(directiveAt(text, second, second + 1)).toEqual({ prefix: 'Later Mark', text: 'Rutte' });
		expect(highlightUrl('/plan.html#watch', 'Later Mark <mark>Rutte</mark> said that troops', text)).toBe('/plan.html#watch:~:text=Later%20Mark-,Rutte');
		const sentence = words.indexOf('said', second);
		expect(directiveAt(text, sentence, sentence + 1)).toEqual({ prefix: 'Rutte', text: 'said', suffix: 'that' });
	});
	it('does not run context over a note’s number, nor a term past the end of its block', () => {
		const meet = words.indexOf('meet.');
		expect(directiveAt(text, meet, meet + 1)).toEqual({ prefix: 'allies would', text: 'meet' });
		// A heading the contents repeat is carried to its end, and told by the words after it.
		const z = words.indexOf('Zelenskyy');
		expect(directiveAt(text, z, z + 1)).toEqual({ text: 'Zelenskyy proposed', suffix: 'On' });
		expect(highlightUrl('/plan.html#what-zelenskyy-proposed', 'What <mark>Zelenskyy</mark> proposed. On 29 November', text, { heading: 'What Zelenskyy proposed' })).toBe(
			'/plan.html#what-zelenskyy-proposed:~:text=Zelenskyy%20proposed,-On',
		);
	});
	it('keeps the punctuation that opens or closes the match in its context, as the page has it', () => {
		const brussels = words.indexOf('Brussels)');
		expect(directiveAt(text, brussels, brussels + 1)).toEqual({ prefix: 'in', text: 'Brussels', suffix: ') decides' });
		const opening = words.indexOf('(in');
		expect(directiveAt(text, opening, opening + 1)).toEqual({ prefix: 'meeting (', text: 'in', suffix: 'Brussels' });
	});
	it('never lets context that is punctuation alone tell the place, since the directive trims it', () => {
		// “North Atlantic Council” stands in another entry too: only the “·” after it differs, which is no text to find.
		const places = encodePlaces({ words: 6, shadowed: [1, 2], broken: [], glued: [], open: [], closed: [], openShadowed: [] });
		expect(directiveAt(recordText('in the North Atlantic Council ·', places)!, 2, 5)).toEqual({ prefix: 'in the', text: 'North Atlantic Council' });
		const alone = encodePlaces({ words: 4, shadowed: [0], broken: [], glued: [], open: [], closed: [], openShadowed: [] });
		expect(directiveAt(recordText('North Atlantic Council ·', alone)!, 0, 3)).toBeUndefined();
	});
	it('opens at the anchor alone where nothing tells the place', () => {
		const shadowed = encodePlaces({ words: 5, shadowed: [0, 1, 2], broken: [], glued: [], open: [], closed: [], openShadowed: [] });
		expect(highlightUrl('/g.html#map', 'See also: <mark>Article</mark> 5, 6', recordText('See also: Article 5, 6', shadowed))).toBe('/g.html#map');
		expect(highlightUrl('/g.html#map', 'nothing <mark>marked</mark> here', undefined)).toBe('/g.html#map');
	});
	it('picks, of the places the excerpt stands, the one that holds the match', () => {
		const twice = 'Alpha beta gamma delta. Alpha beta gamma epsilon.';
		const plain = encodePlaces({ words: 8, shadowed: [], broken: [], glued: [], open: [], closed: [], openShadowed: [] });
		expect(highlightUrl('/a.html', 'Alpha <mark>beta</mark> gamma', recordText(twice, plain), { near: [5] })).toBe('/a.html#:~:text=delta.%20Alpha-,beta');
		expect(highlightUrl('/a.html', 'Alpha <mark>beta</mark> gamma', recordText(twice, plain), { near: [1] })).toBe('/a.html#:~:text=beta,-gamma%20delta');
	});
});
