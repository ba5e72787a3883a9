/**
 * Search as a reader meets it, hosted and from disk (issue 10's measures):
 *
 *   first search   a fresh browser, the overview open; click the search box
 *                  and type at about 12 characters a second; the time from
 *                  the first keystroke to the first result drawn, and to the
 *                  results for the whole query; every file loaded from the
 *                  click on, counted with its size on disk
 *   later search   the engine warm: the last keystroke to the first result
 *                  for the whole query, median of 5 per query
 *   the bundle     how many of Pagefind's files (and bytes) a first search
 *                  loaded, of all there are: lazy loading kept means a small share
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { newContext } from '../tests/helpers/browser.ts';

/** At a brisk typist's pace, about 12 characters a second. */
const KEY_DELAY_MS = 80;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface FirstSearch {
	query: string;
	/** First keystroke to the first result drawn (for whatever the reader had typed by then). */
	firstResultMs: number;
	/** First keystroke to the results for the whole query, drawn (typing it takes 80 ms a character). */
	wholeQueryMs: number;
	/** Last keystroke to the results for the whole query, drawn. */
	afterLastKeyMs: number;
	files: number;
	bytes: number;
	pagefindFiles: number;
	pagefindBytes: number;
}

/** Files of the site a set of URLs points at, with their sizes on disk. */
async function sizesOf(urls: string[], dist: string, base: string) {
	const files = new Map<string, number>();
	for (const url of new Set(urls.map((u) => u.replace(/[?#].*$/, '')))) {
		if (!url.startsWith(base)) continue;
		const path = base.startsWith('file:') ? relative(dist, fileURLToPath(url)) : decodeURIComponent(url.slice(base.length));
		try {
			files.set(path.split(sep).join('/'), (await stat(join(dist, path))).size);
		} catch {
			// Not a file of the site (a 404 is counted by no one).
		}
	}
	return files;
}

/** Sets up, in the page, promises for the first result drawn and for the whole query's results. */
const WATCH = `(query) => {
	const w = window;
	const painted = (resolve) => requestAnimationFrame(() => resolve(performance.now()));
	w.__firstKey = undefined;
	document.addEventListener('keydown', () => { w.__firstKey ??= performance.now(); w.__lastKey = performance.now(); }, { capture: true });
	const done = (test) => new Promise((resolve) => {
		const check = () => { if (test()) { observer.disconnect(); painted(resolve); return true; } return false; };
		const observer = new MutationObserver(check);
		observer.observe(document.body, { childList: true, subtree: true, characterData: true });
	});
	w.__firstResult = done(() => document.querySelector('.search-result'));
	w.__wholeQuery = done(() => {
		const status = document.querySelector('.search-results__status');
		return !!status && status.textContent.includes('for “' + query + '”') && !!document.querySelector('.search-result');
	});
}`;

/** Round trips as a phone's connection has them: each request waits this long for its answer (Chromium's emulation). */
export interface Link {
	latencyMs: number;
}

/** A first search in a fresh browser context: nothing loaded, nothing cached; over `link` once the page has loaded, if given. */
export async function firstSearch(browser: Browser, base: string, dist: string, query: string, link?: Link): Promise<FirstSearch> {
	const context = await newContext(browser);
	try {
		const page = await context.newPage();
		await page.goto(new URL('index.html', base).href, { waitUntil: 'load' });
		if (link) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: link.latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
		}
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.evaluate(`(${WATCH})(${JSON.stringify(query)})`);
		await page.locator('#site-search-input').click();
		await page.keyboard.type(query, { delay: KEY_DELAY_MS });
		const [firstResult, wholeQuery] = (await page.evaluate('Promise.all([window.__firstResult, window.__wholeQuery])')) as number[];
		const [firstKey, lastKey] = (await page.evaluate('[window.__firstKey, window.__lastKey]')) as number[];
		const files = await sizesOf(requests, dist, base);
		const pagefind = [...files].filter(([path]) => path.startsWith('pagefind/'));
		const sum = (list: [string, number][]) => list.reduce((n, [, size]) => n + size, 0);
		return {
			query,
			firstResultMs: Math.round(firstResult - firstKey),
			wholeQueryMs: Math.round(wholeQuery - firstKey),
			afterLastKeyMs: Math.round(wholeQuery - lastKey),
			files: files.size,
			bytes: sum([...files]),
			pagefindFiles: pagefind.length,
			pagefindBytes: sum(pagefind),
		};
	} finally {
		await context.close();
	}
}

/**
 * Later searches on a page whose engine is warm: the last keystroke to the
 * first result for the whole query, drawn; median of 5 for each query.
 */
export async function laterSearches(page: Page, queries: string[]): Promise<Record<string, number>> {
	await page.locator('#site-search-input').click();
	await page.keyboard.type('warm up');
	// Whatever it finds: the status names what was typed in any case (“No result has every word of “warm up”…”).
	await page.locator('.search-results__status').filter({ hasText: '“warm up”' }).waitFor();
	const latencies: Record<string, number> = {};
	for (const query of queries) {
		const samples: number[] = [];
		for (let i = 0; i < 5; i++) {
			await page.fill('#site-search-input', '');
			await page.waitForTimeout(50);
			await page.evaluate((query) => {
				const w = window as unknown as { __lastKey: number; __firstResult: Promise<number> };
				const status = document.querySelector('.search-results__status')!;
				document.getElementById('site-search-input')!.addEventListener('keydown', () => (w.__lastKey = performance.now()));
				w.__firstResult = new Promise((resolve) => {
					const observer = new MutationObserver(() => {
						if (status.textContent!.includes(`for “${query}”`) && document.querySelector('.search-result')) {
							observer.disconnect();
							requestAnimationFrame(() => resolve(performance.now()));
						}
					});
					observer.observe(status, { childList: true, characterData: true, subtree: true });
				});
			}, query);
			await page.keyboard.type(query, { delay: KEY_DELAY_MS });
			samples.push(await page.evaluate(async () => {
				const w = window as unknown as { __lastKey: number; __firstResult: Promise<number> };
				return (await w.__firstResult) - w.__lastKey;
			}));
		}
		latencies[query] = Number(median(samples).toFixed(1));
	}
	return latencies;
}

/** Pagefind's bundle in dist/pagefind: the files hosted readers fetch, and the classic-script twins read from disk. */
export async function pagefindBundle(dist: string) {
	const hosted = { files: 0, bytes: 0 };
	const disk = { files: 0, bytes: 0 };
	for (const entry of await readdir(join(dist, 'pagefind'), { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const size = (await stat(join(entry.parentPath, entry.name))).size;
		// pagefind.js is the hosted engine; pagefind.disk.js and every other *.js are read from disk.
		const side = entry.name.endsWith('.js') && entry.name !== 'pagefind.js' ? disk : hosted;
		side.files++;
		side.bytes += size;
	}
	return { hosted, disk };
}

/** First searches for each query (fresh each time) and the median and worst of them. */
export async function firstSearches(browser: Browser, base: string, dist: string, queries: string[], link?: Link) {
	const runs: FirstSearch[] = [];
	for (const query of queries) runs.push(await firstSearch(browser, base, dist, query, link));
	return {
		runs,
		medianFirstResultMs: median(runs.map((r) => r.firstResultMs)),
		worstFirstResultMs: Math.max(...runs.map((r) => r.firstResultMs)),
		worstWholeQueryMs: Math.max(...runs.map((r) => r.wholeQueryMs)),
		worstAfterLastKeyMs: Math.max(...runs.map((r) => r.afterLastKeyMs)),
	};
}
