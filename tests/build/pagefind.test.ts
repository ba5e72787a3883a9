import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { $, files, sectionSlugs, text } from './dist';

/**
 * The Pagefind index, queried through Pagefind itself (its own pagefind.js
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
		await window.pf.options({ baseUrl: '/' });
	})()`);
});
afterAll(() => browser?.close());

interface Hit {
	url: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sub: { url: string; title: string }[];
}
const search = (query: string): Promise<Hit[]> =>
	page.evaluate(`(async () => {
		const found = await window.pf.search(${JSON.stringify(query)});
		const data = await Promise.all(found.results.map((r) => r.data()));
		return data.map((d) => ({ url: d.url, meta: d.meta, filters: d.filters, sub: d.sub_results.map((s) => ({ url: s.url, title: s.title })) }));
	})()`);

/** Words of a page's indexed text, lower case. */
function indexedWords(path: string): Set<string> {
	const body = $('[data-pagefind-body]', path);
	return new Set(body ? text(body).toLowerCase().match(/[a-z]{7,}/g) ?? [] : []);
}

describe('the Pagefind index', () => {
	it('holds every section: a word found only in that section finds it', async () => {
		const indexed = files('.html').filter((p) => $('[data-pagefind-body]', p));
		for (const slug of sectionSlugs()) {
			const own = indexedWords(`${slug}.html`);
			const elsewhere = new Set(indexed.filter((p) => p !== `${slug}.html`).flatMap((p) => [...indexedWords(p)]));
			const unique = [...own].filter((w) => !elsewhere.has(w)).sort();
			expect(unique.length, `${slug} has no word of its own`).toBeGreaterThan(0);
			for (const word of unique.slice(0, 3)) {
				const hits = await search(word);
				expect(hits.map((h) => h.url), `search for “${word}”`).toContain(`/${slug}.html`);
			}
		}
	});

	it('finds the names the briefing is about in the right sections', async () => {
		expect((await search('Stefanishyna')).map((h) => h.url)).toContain('/alliance-reaction.html');
		expect((await search('Sky News')).map((h) => h.url)).toContain('/partial-coverage.html');
	});

	it('gives each record its section as a filter and its summary as metadata', async () => {
		const filters = (await page.evaluate(`window.pf.filters()`)) as Record<string, Record<string, number>>;
		expect(Object.keys(filters.section).sort()).toEqual(
			['About', 'Alliance reaction', 'Background', 'Glossary', 'Map', 'Overview', 'Partial coverage', 'Sources', 'The victory-plan request', 'Timeline', 'Who’s who'].sort(),
		);
		const [hit] = await search('Bucharest');
		expect(hit.meta.summary.length).toBeGreaterThan(40);
		expect(hit.filters.section).toHaveLength(1);
	});

	it('splits pages at their headings, so results can link to where the match is', async () => {
		const hits = await search('Oreshnik');
		const sub = hits.flatMap((h) => h.sub).filter((s) => s.url.includes('#'));
		expect(sub.length).toBeGreaterThan(0);
		for (const s of sub) {
			const [path, id] = s.url.slice(1).split('#');
			expect($(`[id="${id}"]`, path), s.url).toBeDefined();
		}
	});

	it('indexes the reading text only: not navigation, footers or the single-page edition', async () => {
		const indexed = (await page.evaluate(`(async () => {
			const found = await window.pf.search(null, { filters: {} });
			return Promise.all(found.results.map(async (r) => { const d = await r.data(); return { url: d.url, content: d.content }; }));
		})()`)) as { url: string; content: string }[];
		expect(indexed.map((p) => p.url).sort()).toEqual(
			['/index.html', '/about.html', '/glossary.html', '/people.html', '/sources.html', '/timeline.html', '/map.html', ...sectionSlugs().map((s) => `/${s}.html`)].sort(),
		);
		for (const { url, content } of indexed) {
			for (const chrome of ['Skip to the content', 'Works offline', 'Whole briefing', 'On this page', 'Previous: section', 'Link to this heading']) {
				expect(content, `${url} indexes “${chrome}”`).not.toContain(chrome);
			}
		}
	});

	it('indexes the people, timeline and glossary pages under their own filter values', async () => {
		const byUrl = async (q: string, url: string) => (await search(q)).find((h) => h.url === url);
		expect((await byUrl('Stefanishyna', '/people.html'))?.filters.section).toEqual(['Who’s who']);
		expect((await byUrl('Bucharest', '/timeline.html'))?.filters.section).toEqual(['Timeline']);
		expect((await byUrl('consensus', '/glossary.html'))?.filters.section).toEqual(['Glossary']);
	});
});
