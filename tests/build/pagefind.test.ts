import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { select, selectAll } from 'hast-util-select';
import { $, $$, files, read, sectionSlugs, text } from './dist.ts';
import { decodePlaces, recordWords } from '../../src/search/word-places.ts';
import { wordPlaces } from '../../src/postbuild/search/word-places.ts';

/**
 * The search index, queried through Pagefind itself (its own pagefind.js
 * and WebAssembly, in Chromium), not through our reading of its files.
 */
let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage();
	await page.goto(new URL('index.html', inject('rootUrl')).href);
	// As a string: Vitest would rewrite import() inside a function.
	await page.evaluate(`(async () => {
		window.pf = await import('./pagefind/pagefind.js');
		await window.pf.options({ baseUrl: '/', noWorker: true });
	})()`);
});
afterAll(() => browser?.close());

interface Hit {
	url: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	content: string;
	sub: { url: string; title: string }[];
}
const search = (query: string | null, filters: Record<string, unknown> = {}): Promise<Hit[]> =>
	page.evaluate(`(async () => {
		const found = await window.pf.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
		const data = await Promise.all(found.results.map((r) => r.data()));
		return data.map((d) => ({ url: d.url, meta: d.meta, filters: d.filters, content: d.content, sub: d.sub_results.map((s) => ({ url: s.url, title: s.title })) }));
	})()`);

const READING_PAGES = ['/index.html', '/about.html', '/map.html', ...sectionSlugs().map((s) => `/${s}.html`)];
const REFERENCE_PAGES = ['/glossary.html', '/people.html', '/timeline.html', '/sources.html'];

describe('the search index', () => {
	it('holds the reading pages as pages, and every reference entry as a record of its own', async () => {
		const all = await search(null);
		const pages = all.filter((h) => !h.url.includes('#')).map((h) => h.url).sort();
		expect(pages).toEqual([...READING_PAGES, ...REFERENCE_PAGES].sort());
		// A page of entries is there by its title and lead alone: its entries are not searched twice.
		for (const hit of all.filter((h) => REFERENCE_PAGES.includes(h.url))) {
			const path = hit.url.slice(1);
			expect(hit.filters.kind, hit.url).toEqual(['Reference']);
			expect(hit.content, hit.url).toBe(`${text($('h1', path)!)}. ${text($('.lead', path)!)}`);
			// The summary keeps the lead's no-break spaces (“3–4 December”), which text() makes plain.
			expect(hit.meta.summary.replace(/\s/g, ' '), hit.url).toBe(text($('.lead', path)!));
		}
		const entries = all.filter((h) => h.url.includes('#')).map((h) => h.url).sort();
		const expected = [
			// An entry opens at its heading.
			...$$('[data-search-entry]', 'glossary.html').map((e) => `/glossary.html#${select('h2', e)!.properties.id}`),
			...$$('[data-search-entry]', 'people.html').map((e) => `/people.html#${select('h2', e)!.properties.id}`),
			...$$('[data-search-entry]', 'timeline.html').map((e) => `/timeline.html#${e.properties.id}`),
			...$$('[data-search-entry]', 'sources.html').map((e) => `/sources.html#${e.properties.id}`),
			// A section's dated note of later events is a record of its own, at its heading, and no part of its page's record.
			...sectionSlugs().flatMap((slug) => $$('.after-note', `${slug}.html`).map((e) => `/${slug}.html#${select('h2', e)!.properties.id}`)),
			// Each ally's row in a section's table of positions is a record of its own, opened at the row.
			...sectionSlugs().flatMap((slug) => $$('tr[data-search-entry="Position"]', `${slug}.html`).map((e) => `/${slug}.html#${e.properties.id}`)),
		].sort();
		// The table of positions names 20 allies, in 10 rows.
		expect($$('tr[data-search-entry="Position"]', 'alliance-reaction.html')).toHaveLength(10);
		expect(expected.length).toBeGreaterThan(100);
		expect(entries).toEqual(expected);
	});

	it('gives every record where its words stand on its page, written for the very text the index holds', async () => {
		const all = await search(null);
		expect(all.length).toBeGreaterThan(100);
		const worked = new Map<string, ReturnType<typeof wordPlaces>>();
		for (const hit of all) {
			// Else the search trusts none of it, and the record's results open unhighlighted (src/search/word-places.ts).
			const places = decodePlaces(hit.meta.places);
			expect(places?.words, hit.url).toBe(recordWords(hit.content).length);
			// What the index holds is what the build worked out from the page, unchanged on its way.
			const path = hit.url.slice(1).split('#')[0];
			if (!worked.has(path)) worked.set(path, wordPlaces(read(path), path));
			expect(places, hit.url).toEqual(worked.get(path)!.get(hit.url));
		}
		// Each section's contents repeat its headings, and its notes' numbers stand between its words.
		for (const slug of sectionSlugs()) {
			const places = decodePlaces(all.find((h) => h.url === `/${slug}.html`)!.meta.places)!;
			expect(places.shadowed.length, slug).toBeGreaterThan(0);
			expect(places.broken.length, slug).toBeGreaterThan(0);
		}
	});

	it('files every record under a kind, and gives every entry a title and a first sentence', async () => {
		const kinds = (await page.evaluate(`window.pf.filters()`)) as Record<string, Record<string, number>>;
		expect(Object.keys(kinds.kind).sort()).toEqual(['About', 'Glossary', 'Map', 'Overview', 'Position', 'Reference', 'Section', 'Source', 'Timeline', 'Update', 'Who’s who']);
		expect(kinds.kind.Section).toBe(sectionSlugs().length);
		for (const hit of (await search(null)).filter((h) => h.url.includes('#'))) {
			expect(hit.meta.title, hit.url).toMatch(/\S/);
			expect(hit.meta.summary, hit.url).toMatch(/\S/);
			expect(hit.filters.kind, hit.url).toHaveLength(1);
		}
	});

	it('holds a section word found only in that section, so a search finds it', async () => {
		const indexed = (path: string) => new Set(text($('[data-pagefind-body]', path)!).toLowerCase().match(/[a-z]{7,}/g) ?? []);
		for (const slug of sectionSlugs()) {
			const elsewhere = new Set(READING_PAGES.filter((p) => p !== `/${slug}.html`).flatMap((p) => [...indexed(p.slice(1))]));
			const unique = [...indexed(`${slug}.html`)].filter((w) => !elsewhere.has(w)).sort();
			expect(unique.length, `${slug} has no word of its own`).toBeGreaterThan(0);
			for (const word of unique.slice(0, 3)) expect((await search(word)).map((h) => h.url), `search for “${word}”`).toContain(`/${slug}.html`);
		}
	});

	it('keeps notes, note numbers, citations, headings’ link marks, glossary cross-references and page chrome out of what it indexes', async () => {
		for (const { url, content, filters } of await search(null)) {
			// A register entry is a citation by nature; the rest are the briefing's own words.
			if (filters.kind?.[0] === 'Source') continue;
			for (const chrome of ['Skip to the content', 'Works offline', 'Whole briefing', 'On this page', 'Previous: section', 'Link to this heading', 'Section 1 of', 'min read', '↩', 'Cited in:', 'Source:', 'See also:']) {
				expect(content, `${url} indexes “${chrome}”`).not.toContain(chrome);
			}
			expect(content, url).not.toMatch(/\[\d+\]|\[@/);
		}
	});

	it('indexes the About page in whole sentences, the one giving the briefing’s title left out whole', async () => {
		// Out of the sentence it opened, the title had left an excerpt beginning “is issued by Briefing Team”.
		const about = (await search(null)).find((h) => h.url.startsWith('/about.html'))!;
		expect(about.content).toContain('This briefing is issued by');
		expect(about.content).not.toMatch(/(^|[.:;] )is issued by/);
		expect(about.content).not.toContain('Its title is');
	});

	it('keeps tables’ heads and columns of sources out, which ran into excerpts as “YearMembersSource” and lists of publishers', async () => {
		const pages = (await search(null)).filter((h) => !h.url.includes('#'));
		const tables = pages.flatMap(({ url, content }) => $$('table', url.slice(1)).map((table) => ({ url, content, table })));
		expect(tables.length).toBeGreaterThanOrEqual(5);
		for (const { url, content, table } of tables) {
			const heads = selectAll('thead th', table).map((th) => text(th));
			for (const joined of [heads.join(' '), heads.join('')]) expect(content, `${url} indexes a table's heading row`).not.toContain(joined);
			const sourceColumn = heads.findIndex((h) => /^sources?$/i.test(h));
			if (sourceColumn < 0) continue;
			for (const row of selectAll('tbody tr', table)) {
				const cell = selectAll('td, th', row)[sourceColumn];
				expect(cell.properties.dataPagefindIgnore, `${url}: the source cell “${text(cell)}” is indexed`).toBeDefined();
				// A cell of several publishers would show as a list of them; a lone word (“NATO”) is found elsewhere too.
				if (text(cell).includes(';')) expect(content, `${url} indexes a source cell`).not.toContain(text(cell));
			}
		}
	});

	it('ends every table row as a sentence, a note number after it or not, so that rows do not run together in excerpts', async () => {
		let ended = 0;
		for (const { url, content } of (await search(null)).filter((h) => !h.url.includes('#'))) {
			for (const cell of $$('tbody td:last-child', url.slice(1))) {
				if (cell.properties.dataPagefindIgnore !== undefined) continue;
				const words = text({ ...cell, children: cell.children.filter((c) => !(c.type === 'element' && c.tagName === 'sup')) });
				if (/[.!?:;”’]$/.test(words)) continue;
				// “…resisting an invitation Slovakia. Against.” where a note's number closed the row.
				expect(content.replace(/\s+/g, ' '), `${url}: the row ending “${words.slice(-50)}” runs on`).toContain(`${words}.`);
				ended++;
			}
		}
		expect(ended).toBeGreaterThanOrEqual(10);
	});

	it('splits pages at their headings, so results open where the match is', async () => {
		const sub = (await search('Oreshnik')).flatMap((h) => h.sub).filter((s) => s.url.includes('#'));
		expect(sub.length).toBeGreaterThan(0);
		for (const s of sub) {
			const [path, id] = s.url.slice(1).split('#');
			expect($(`[id="${id}"]`, path), s.url).toBeDefined();
		}
	});
});

describe('the files readers load', () => {
	it('are Pagefind’s engine and what it fetches, each with a classic-script twin for reading from disk; no UI bundles, no worker', () => {
		const bundle = files().filter((f) => f.startsWith('pagefind/')).map((f) => f.slice('pagefind/'.length));
		const fetched = bundle.filter((f) => !f.endsWith('.js'));
		expect(fetched).toContain('pagefind-entry.json');
		for (const f of fetched) expect(bundle, `${f} has no twin`).toContain(`${f}.js`);
		expect(bundle.filter((f) => f.endsWith('.js') && !fetched.includes(f.slice(0, -3))).sort()).toEqual(['pagefind.disk.js', 'pagefind.js']);
		const entry = JSON.parse(read('pagefind/pagefind-entry.json'));
		expect(Object.keys(entry.languages)).toEqual(['en']);
		expect(entry.version).toBe(JSON.parse(read('../node_modules/pagefind/package.json')).version);
		// The files every search reads, which a hosted search asks for beside the engine, are named in the search script as built.
		const everySearch = fetched.filter((f) => /^(?:pagefind\.[^/]+\.pf_meta|wasm\.en\.pagefind|filter\/[^/]+\.pf_filter)$/.test(f));
		expect(everySearch).toHaveLength(3);
		for (const f of everySearch) expect(read('assets/search.js'), f).toContain(JSON.stringify(f));
	});

	it('include the index’s words, for suggesting a correction when a search finds nothing, and nothing the index leaves out', () => {
		const script = read('assets/search-words.js');
		const words = JSON.parse(/^self\.__briefingSearchWords=(".*");\n/.exec(script)![1]).split(' ') as string[];
		for (const word of ['Stoltenberg', 'Zelenskyy', 'Bucharest', 'membership']) expect(words).toContain(word);
		expect(words.length).toBeGreaterThan(1000);
		for (const word of words) expect(word).toMatch(/^\p{L}{4,}$/u);
		expect(new Set(words.map((w) => w.toLowerCase())).size).toBe(words.length);
		// Page chrome and notes are not indexed, so they are not offered: “Skip to the content”, “Cited in”.
		expect(words).not.toContain('Skip');
		expect(words.slice(0, 3)).toContain('NATO');
		// And the words the text joins with a hyphen, which Pagefind indexes as one: a reader's hyphen, or space, is searched as the text has it.
		const compounds = JSON.parse(/^self\.__briefingCompounds=(".*");$/m.exec(script)![1]).split(' ') as string[];
		for (const compound of ['full-scale', 'collective-defence', 'government-held']) expect(compounds).toContain(compound);
		for (const compound of compounds) expect(compound).toMatch(/^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)+$/u);
		expect(compounds).not.toContain('secretary-general');
	});

	it('include the names written only in notes, each with the notes that hold it, by the number a reader sees there', () => {
		const script = read('assets/search-words.js');
		const words = new Set((JSON.parse(/^self\.__briefingSearchWords=(".*");$/m.exec(script)![1]) as string).toLowerCase().split(' '));
		const inNotes = JSON.parse(/^self\.__briefingNoteWords=(\{.*\});$/m.exec(script)![1]) as Record<string, [string, string][]>;
		expect(inNotes.northern).toEqual([['partial-coverage.html#fn-kuril-claim', expect.stringMatching(/^Section 3, note \d+$/)]]);
		// After an initial (“George W. Bush”) a capital is a name's, not a sentence's.
		expect(Object.keys(inNotes)).toContain('bush');
		for (const [word, notes] of Object.entries(inNotes)) {
			expect(words.has(word), `${word} is in the index too`).toBe(false);
			for (const [url, label] of notes) {
				const [path, id] = url.split('#');
				const note = $(`section[data-footnotes] li[id="${id}"]`, path);
				expect(note, url).toBeDefined();
				expect(text(note!).toLowerCase(), url).toContain(word);
				const number = $$('section[data-footnotes] li[id^="fn-"]', path).indexOf(note!) + 1;
				expect(label, url).toBe(`${/data-pagefind-meta="badge:([^"]+)"/.exec(read(path))![1]}, note ${number}`);
			}
		}
	});

	it('are built from Pagefind’s own engine with only fetch swapped for the disk loader', () => {
		const engine = read('pagefind/pagefind.disk.js');
		expect(engine).toMatch(/^var __pagefindDisk=/);
		expect(engine).not.toMatch(/(?<![.\w$])fetch\(/);
		expect(engine).toContain('__pagefindFile');
	});

	it('ask ahead, from disk, for the files every search waits for, which are twinned unzipped; the rest stay zipped', () => {
		// The list as esbuild writes it into the engine: JSON.parse('["pagefind-entry.json",…]').
		const preload = JSON.parse(/JSON\.parse\('(\["pagefind-entry\.json"[^']*\])'\)/.exec(read('pagefind/pagefind.disk.js'))![1]) as string[];
		expect(preload.slice(0, 3)).toEqual(['pagefind-entry.json', `pagefind.${JSON.parse(read('pagefind/pagefind-entry.json')).languages.en.hash}.pf_meta`, 'wasm.en.pagefind']);
		expect(preload.filter((f) => f.startsWith('filter/')).sort()).toEqual(files().filter((f) => /^pagefind\/filter\/[^/]+\.pf_filter$/.test(f)).map((f) => f.slice('pagefind/'.length)).sort());
		const twin = (name: string) => Buffer.from(/^__pagefindFile\("[^"]+","([^"]*)"\);\n$/.exec(read(`pagefind/${name}.js`))![1], 'base64');
		for (const name of preload.filter((f) => f !== 'pagefind-entry.json')) expect(twin(name).subarray(0, 12).toString(), name).toBe('pagefind_dcd');
		const fragment = files().find((f) => f.startsWith('pagefind/fragment/') && f.endsWith('.pf_fragment'))!.slice('pagefind/'.length);
		expect([...twin(fragment).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
	});
});
