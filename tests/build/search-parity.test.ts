import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { pageData, prepareIndex, rankPages, type OfflineIndexData, type PreparedIndex } from '../../src/lib/search/offline-engine';
import { OFFLINE_INDEX_FILE, OFFLINE_INDEX_GLOBAL } from '../../src/lib/search/offline-index';
import { EXCERPT_LENGTH, MAX_RESULTS } from '../../src/lib/search/results';
import { $$ } from './dist';

/**
 * The offline engine (file://) must find what Pagefind (http) finds: the same
 * pages in its first results, opened at the same headings. Pagefind is
 * queried itself, in Chromium, on the built site; the offline engine runs
 * here, on the built site's search-index.js.
 */
const TOP = 5;

const QUERIES = [
	// names
	'Stefanishyna',
	'Zelenskyy',
	'Sybiha',
	'Rutte',
	'Stoltenberg',
	'Putin',
	// places
	'Brussels',
	'Kursk',
	'Dnipro',
	'Crimea',
	'Bucharest',
	'Vilnius',
	// phrases, unquoted and quoted
	'Sky News',
	'victory plan',
	'North Korean troops',
	'West Germany',
	'"Sky News"',
	'"victory plan"',
	// treaty terms
	'Article 5',
	'Article 10',
	'Membership Action Plan',
	'Partnership for Peace',
	// the start of a word, as one types
	'Stefan',
	'invit',
	'accessi',
	'irrevers',
	// case and punctuation
	'sKy NeWs',
	'NATO',
	'nato',
	'NATO’s',
	"Zelenskyy's",
	'Euro-Atlantic',
	'3–4 December',
	// accents, typed and not
	'communiqué',
	'communique',
	// common words
	'alliance',
	'invitation',
	'consensus',
	// several words
	'Ukraine NATO invitation',
	'foreign ministers meeting',
	'Washington summit declaration',
	'alliance zzqx',
	// nothing
	'zzqx',
];
const NO_MATCH = new Set(['zzqx']);

let browser: Browser;
let page: Page;
let index: PreparedIndex;

beforeAll(async () => {
	index = prepareIndex(readOfflineIndex());
	browser = await launchChromium();
	page = await browser.newPage();
	await page.goto(new URL('index.html', inject('rootUrl')).href);
	// As a string: Vitest would rewrite import() inside a function.
	await page.evaluate(`(async () => {
		const pf = await import('./pagefind/pagefind.js');
		await pf.options({ baseUrl: '/', excerptLength: ${EXCERPT_LENGTH} });
		window.pf = pf;
	})()`);
});
afterAll(() => browser?.close());

/** The data the site's classic script hands to JSON.parse, parsed as the browser would. */
function readOfflineIndex(): OfflineIndexData {
	const script = readFileSync(join(inject('dist'), OFFLINE_INDEX_FILE), 'utf8');
	const literal = new RegExp(`^window\\.${OFFLINE_INDEX_GLOBAL}=JSON\\.parse\\(("(?:[^"\\\\]|\\\\.)*")\\);\\s*$`, 's').exec(script)?.[1];
	if (!literal) throw new Error(`${OFFLINE_INDEX_FILE} is not window.${OFFLINE_INDEX_GLOBAL}=JSON.parse("…")`);
	return JSON.parse(JSON.parse(literal) as string) as OfflineIndexData;
}

interface Found {
	page: string;
	/** Sub-result URLs, each a page path and an anchor. */
	subs: string[];
}

/** A page as both engines name it: no leading slash, no anchor, no percent-encoding. */
const pagePath = (url: string) => decodeURI(url.replace(/^\//, '').split('#')[0]);
const subPath = (url: string) => decodeURI(url.replace(/^\//, ''));

function pagefindTop(query: string): Promise<Found[]> {
	return page.evaluate(`(async () => {
		const found = await window.pf.search(${JSON.stringify(query)});
		const data = await Promise.all(found.results.slice(0, ${TOP}).map((r) => r.data()));
		return data.map((d) => ({ page: d.url, subs: d.sub_results.map((s) => s.url) }));
	})()`) as Promise<Found[]>;
}

function offlineTop(query: string): Found[] {
	return rankPages(index, query)
		.slice(0, TOP)
		.map((r) => {
			const data = pageData(r);
			return { page: data.url, subs: data.sub_results.map((s) => s.url) };
		});
}

const difference = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).sort();

describe('the offline engine and Pagefind', () => {
	it.each(QUERIES)('find the same pages for “%s”', async (query) => {
		const online = new Set((await pagefindTop(query)).map((f) => pagePath(f.page)));
		const offline = new Set(offlineTop(query).map((f) => pagePath(f.page)));
		const onlyPagefind = difference(online, offline);
		const onlyOffline = difference(offline, online);
		expect(
			{ onlyPagefind, onlyOffline },
			`top ${TOP} for “${query}”: only Pagefind found [${onlyPagefind.join(', ')}]; only the offline engine found [${onlyOffline.join(', ')}]`,
		).toEqual({ onlyPagefind: [], onlyOffline: [] });
	});

	it.each(QUERIES)('open the pages they find for “%s” at the same headings', async (query) => {
		const online = new Map((await pagefindTop(query)).map((f) => [pagePath(f.page), f.subs.map(subPath)]));
		for (const found of offlineTop(query)) {
			const path = pagePath(found.page);
			if (!online.has(path)) continue; // a different page is the failure above
			expect(found.subs.map(subPath), `sub-results of ${path} for “${query}”`).toEqual(online.get(path));
		}
	});

	it('are both asked queries that find something, except the one meant to find nothing', () => {
		const empty = QUERIES.filter((q) => !NO_MATCH.has(q) && rankPages(index, q).length === 0);
		expect(empty, 'queries that found nothing offline; the content may have changed').toEqual([]);
		for (const q of NO_MATCH) expect(rankPages(index, q), q).toEqual([]);
	});
});

describe('the offline index', () => {
	it('opens results at anchors that exist on their pages', () => {
		const ids = new Map<string, Set<string>>();
		const idsOf = (path: string) => {
			if (!ids.has(path)) ids.set(path, new Set($$('[id]', path).map((el) => String(el.properties.id))));
			return ids.get(path)!;
		};
		for (const query of QUERIES) {
			for (const ranked of rankPages(index, query).slice(0, MAX_RESULTS)) {
				for (const sub of pageData(ranked).sub_results.filter((s) => s.url.includes('#'))) {
					const [path, id] = sub.url.split('#');
					expect(idsOf(path).has(decodeURIComponent(id)), `“${query}” opens ${sub.url}, which has no such id`).toBe(true);
				}
			}
		}
	});

	it('holds the pages, text, headings and metadata that Pagefind indexed', () => {
		// Pagefind's fragments are gzipped "pagefind_dcd" + JSON, one per page (undocumented, stable since 1.0).
		const dir = join(inject('dist'), 'pagefind', 'fragment');
		const fragments = readdirSync(dir).map((name) => JSON.parse(gunzipSync(readFileSync(join(dir, name))).subarray(12).toString('utf8')));
		const pagefind = new Map(
			fragments.map((f) => [
				pagePath(f.url),
				{
					content: f.content,
					meta: f.meta,
					section: f.filters.section?.[0] ?? '',
					anchors: f.anchors
						.filter((a: { element: string; title?: string; text?: string }) => (a.title && /\S/.test(a.title)) || (/h\d/i.test(a.element) && a.text && /\S/.test(a.text)))
						.map((a: { location: number; id: string; title?: string; text: string }) => [a.location, a.id, a.title || a.text]),
				},
			]),
		);
		const offline = new Map(index.pages.map(({ record: r }) => [r.url, { content: r.content, meta: r.meta, section: r.section, anchors: r.anchors }]));
		expect([...offline.keys()].sort()).toEqual([...pagefind.keys()].sort());
		for (const [path, expected] of pagefind) expect(offline.get(path), path).toEqual(expected);
	});
});
