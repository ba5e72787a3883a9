import { cp, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newContext, watchPage } from '../helpers/browser.ts';
import { VARIANT_MARKER } from '../helpers/variant.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { manifestFromWorkerScript } from '../../src/editions/offline-protocol.ts';

/**
 * "Keep this briefing for offline reading", end to end in Chromium: save the
 * hosted site (under a sub-path), read and search it with the network off,
 * deploy a rebuilt site over it and see the copy replaced, then remove it.
 */

let browser: Browser;
let site: string;
let server: StaticServer;
/** Whether the host leaves requests for pages unanswered, and a file it leaves unanswered. */
let stalled = false;
let stalledFile = '';

beforeAll(async () => {
	site = await mkdtemp(join(tmpdir(), 'briefing-hosted-'));
	await cp(inject('dist'), site, { recursive: true });
	server = await serveStatic(site, '/briefing/', { stall: (path) => (stalled && path.endsWith('.html')) || path === stalledFile });
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	await rm(site, { recursive: true, force: true });
});

const url = (path: string) => new URL(path, server.url).href;
const stored = (page: Page) => page.evaluate(async () => ({
	caches: await caches.keys(),
	registrations: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
}));

async function openControl(page: Page) {
	await page.locator('.site-footer details.keep-offline summary').click();
	await page.locator('.keep-offline button').waitFor();
}

it('saves the site on request, serves it with the network off, replaces it with a new build and removes it', async () => {
	const context: BrowserContext = await newContext(browser, { serviceWorkers: 'allow' });
	const page = await context.newPage();

	// Nothing runs until the reader opens the control (watched from then on: the watch itself is a script).
	await page.coverage.startJSCoverage({ reportAnonymousScripts: true, resetOnNavigation: false });
	await page.goto(url('background.html'));
	expect(await page.coverage.stopJSCoverage(), 'scripts that ran on load').toEqual([]);
	expect((await stored(page)).registrations).toEqual([]);
	const watch = await watchPage(page, server.url);

	await openControl(page);
	const status = page.locator('.keep-offline [role="status"]');
	expect(await status.textContent()).toMatch(/\d\.\d MB/);
	const started = performance.now();
	await page.locator('.keep-offline button', { hasText: 'Save for offline reading' }).click();
	await status.filter({ hasText: 'Saved in this browser' }).waitFor({ timeout: 30_000 });
	const seconds = (performance.now() - started) / 1000;
	const manifest = manifestFromWorkerScript(await readFile(join(site, 'service-worker.js'), 'utf8'));
	const first = await stored(page);
	expect(first.caches).toEqual([`briefing-offline ${server.url} ${manifest.version}`]);
	expect(first.registrations).toEqual([server.url]);
	expect(await page.locator('.keep-offline button').textContent()).toBe('Remove the offline copy');
	console.info(`saved for offline: ${manifest.files.length} files, ${manifest.files.reduce((n, [, b]) => n + b, 0)} bytes, ${seconds.toFixed(2)} s`);

	// Network off: three other pages and a search, all from the copy.
	await context.setOffline(true);
	for (const path of ['timeline.html', 'people.html', 'index.html']) {
		const response = await page.goto(url(path));
		expect(response?.fromServiceWorker(), path).toBe(true);
		expect(await page.locator('h1').first().isVisible()).toBe(true);
	}
	// A citation file the host typed without a charset is read from the copy as UTF-8: it had read “Ukraineâ€™s”.
	await page.goto(url('cite/index.bib'));
	expect(await page.locator('body').textContent()).toContain('Ukraine’s NATO invitation request');
	// A page asked for by its short address, as hosts such as Cloudflare Pages show them, is the page: it had been
	// the page for a missing address (an offline reader's trial).
	const short = await page.goto(url('victory-plan'));
	expect(short?.status()).toBe(200);
	expect(await page.locator('h1').first().textContent()).toMatch(/victory-plan request/i);
	// The control states the copy's size offline too (it had said “a few megabytes”, its request for the size failing).
	await openControl(page);
	await status.filter({ hasText: /^Saved in this browser \(\d\.\d MB\)/ }).waitFor();
	await page.locator('#site-search-input').click();
	await page.keyboard.type('Rutte');
	await page.locator('.search-results__status').filter({ hasText: 'for “Rutte”' }).waitFor();
	expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
	// The stored copy serves Pagefind's own module, as the host would.
	expect(await page.evaluate(() => '__pagefindDisk' in window)).toBe(false);
	// The downloads are not in the copy: asked for, they say they need a connection, not that there is no such page.
	const problemsBefore = watch.problems.length;
	for (const download of ['briefing.epub', 'briefing.zip']) {
		const response = await page.goto(url(download));
		expect(response?.status(), download).toBe(503);
		expect(await page.locator('h1').textContent(), download).toBe('This download needs a connection');
		expect(await page.title(), download).toMatch(/^Download needs a connection · /);
		// In the site's dress, its header and styles: bare, it had looked like the site broken.
		expect(await page.locator('.site-header').count(), download).toBe(1);
		expect(await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0)), download).toBe(true);
	}
	// An address that is not in the copy: the site's page for it, as a 404, its links into the copy's folder (the
	// build knew no site URL, and rooted them at /), which serves them.
	const missing = await page.goto(url('no-such-page.html'));
	expect(missing?.status()).toBe(404);
	expect(missing?.fromServiceWorker()).toBe(true);
	expect(await page.locator('h1').textContent()).toMatch(/Page not found/);
	const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	expect(links.length).toBeGreaterThan(10);
	expect(links.filter((href) => !href.startsWith(server.url))).toEqual([]);
	await page.locator('main a', { hasText: 'overview' }).click();
	await page.waitForURL(url('index.html'));
	expect(await page.locator('h1').first().isVisible()).toBe(true);
	// Each 503 and the 404 is the answer meant, which the page watch records as a failed request.
	const refused = watch.problems.splice(problemsBefore);
	expect(refused.length).toBeGreaterThan(0);
	expect(refused.every((p) => (/503/.test(p) && /\/briefing\.(epub|zip)\b/.test(p)) || (/404/.test(p) && /no-such-page/.test(p))), refused.join('\n')).toBe(true);
	await context.setOffline(false);

	// Online, a page comes from the host; one that does not answer is not waited for long: the copy answers.
	stalled = true;
	const asked = performance.now();
	const waited = await page.goto(url('people.html'));
	const waitedSeconds = (performance.now() - asked) / 1000;
	stalled = false;
	expect(waited?.fromServiceWorker()).toBe(true);
	expect(await page.locator('h1').first().textContent()).toBe('Who’s who');
	expect(waitedSeconds).toBeGreaterThan(2.5);
	expect(waitedSeconds).toBeLessThan(10);

	// A new build is deployed over the old one: the next visit installs it, and the copy is replaced whole.
	// The changed build (tests/helpers/variant.ts): the real build code on a copy of the content with one definition changed.
	// Copied beside it first and put in its place at once, as a host swaps a deploy: a request in between had met a
	// folder half copied.
	await cp(inject('variantDist'), `${site}.next`, { recursive: true });
	await rm(site, { recursive: true, force: true });
	await rename(`${site}.next`, site);
	const next = manifestFromWorkerScript(await readFile(join(site, 'service-worker.js'), 'utf8'));
	expect(next.version).not.toBe(manifest.version);
	// The first visit after it reads the new build: pages come from the host while it answers. The copy had answered
	// first, and a reader online met the old text, with no word of an update, until the next visit.
	// One file of the new build is held back by the host, so that storing it lasts until this test lets it go.
	stalledFile = 'cite/index.bib';
	await page.goto(url('glossary.html'));
	expect(await page.locator('article').textContent()).toContain(VARIANT_MARKER);
	// While it is stored, the site is read from the host, its scripts and search index too, not only its pages: a new
	// page had been read with the older copy's search index.
	const installing = () => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.installing));
	await expect.poll(installing, { timeout: 30_000 }).toBe(true);
	const entry = await page.evaluate(async () => (await fetch('pagefind/pagefind-entry.json')).text());
	expect(entry).toBe(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
	expect(entry).not.toBe(await readFile(join(inject('dist'), 'pagefind', 'pagefind-entry.json'), 'utf8'));
	stalledFile = '';
	await expect.poll(async () => (await stored(page)).caches, { timeout: 30_000 }).toEqual([`briefing-offline ${server.url} ${next.version}`]);
	await context.setOffline(true);
	await page.goto(url('glossary.html'));
	expect(await page.locator('article').textContent()).toContain(VARIANT_MARKER);
	await context.setOffline(false);

	// Remove: nothing of the site is left in the browser.
	await page.goto(url('index.html'));
	await openControl(page);
	await page.locator('.keep-offline button', { hasText: 'Remove the offline copy' }).click();
	await status.filter({ hasText: 'removed' }).waitFor();
	expect(await stored(page)).toEqual({ caches: [], registrations: [] });
	expect(watch.problems).toEqual([]);
	await context.close();
}, 90_000);

it('tells a reader without JavaScript what the control needs, and points to the downloads', async () => {
	const context = await newContext(browser, { javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(url('map.html'));
	await page.locator('.site-footer details.keep-offline summary').click();
	expect(await page.locator('.keep-offline__body').textContent()).toMatch(/needs JavaScript; without it, the downloads above work as well/);
	expect(await page.locator('.site-footer .read-offline a').count()).toBe(2);
	await context.close();
});

it('saves the site at a host’s root too, scoped to the root, and keeps the keyboard’s place on its button throughout', async () => {
	const root = inject('rootUrl');
	const context = await newContext(browser, { serviceWorkers: 'allow' });
	const page = await context.newPage();
	const status = page.locator('.keep-offline [role="status"]');
	// The button pressed had been hidden while it worked, and the focus fell to the top of the page (a reader's trial).
	const focused = () => page.evaluate(() => (document.activeElement?.matches('.keep-offline button') ? document.activeElement.textContent : `not the button but ${document.activeElement?.tagName}`));
	await page.goto(new URL('glossary.html', root).href);
	await openControl(page);
	await page.locator('.keep-offline button', { hasText: 'Save for offline reading' }).focus();
	await page.keyboard.press('Enter');
	expect(await focused()).toMatch(/^Saving/);
	await status.filter({ hasText: 'Saved in this browser' }).waitFor({ timeout: 30_000 });
	expect(await focused()).toBe('Remove the offline copy');
	expect((await stored(page)).registrations).toEqual([root]);
	await context.setOffline(true);
	const response = await page.goto(new URL('map.html', root).href);
	expect(response?.fromServiceWorker()).toBe(true);
	expect(await page.locator('svg.alliance-map__svg--whole[role="img"]').count()).toBe(1);
	await context.setOffline(false);
	await page.goto(new URL('glossary.html', root).href);
	await openControl(page);
	await page.locator('.keep-offline button', { hasText: 'Remove the offline copy' }).focus();
	await page.keyboard.press('Enter');
	await status.filter({ hasText: 'removed' }).waitFor();
	expect(await focused()).toBe('Save for offline reading');
	expect(await stored(page)).toEqual({ caches: [], registrations: [] });
	await context.close();
});

it('brings the control into sight on a phone when it opens at the foot of the page', async () => {
	// Tapped at the foot of a page, it opened below the screen's edge, its button out of sight (an offline reader's trial).
	const context = await newContext(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	await page.goto(url('about.html'));
	// Scrolled to the end, as a reader who has read the page is.
	await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
	await page.locator('.site-footer details.keep-offline summary').tap();
	const button = page.locator('.keep-offline button');
	await button.waitFor();
	await expect.poll(() => button.evaluate((b) => b.getBoundingClientRect().bottom <= innerHeight), { message: 'the button is on the screen' }).toBe(true);
	await context.close();
});

it('says in a reader’s words when saving fails, keeps nothing, and offers to try again', async () => {
	const context = await newContext(browser, { serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto(url('index.html'));
	await openControl(page);
	// The connection drops between opening the control and pressing Save, as it had in a reader's trial with the host stopped.
	await context.setOffline(true);
	await page.locator('.keep-offline button', { hasText: 'Save for offline reading' }).click();
	const status = page.locator('.keep-offline [role="status"]');
	await status.filter({ hasText: 'did not finish' }).waitFor();
	// The browser's own message (“Failed to register a ServiceWorker for scope …”) had been shown as it came.
	expect(await status.textContent()).toBe('Saving did not finish, so nothing was kept: the site could not be reached. Check the connection and try again.');
	expect(await page.locator('.keep-offline button').textContent()).toBe('Try again');
	expect(await stored(page)).toEqual({ caches: [], registrations: [] });
	await context.setOffline(false);
	await context.close();
});

it('says so when a file of the site cannot be fetched while saving, as a host part-way through an update, and keeps nothing', async () => {
	// The connection was blamed for every failure (a maintainer's review): here the host answers, but not for one file.
	stalled = false;
	const partial = await mkdtemp(join(tmpdir(), 'briefing-partial-'));
	await cp(inject('dist'), partial, { recursive: true });
	await rm(join(partial, 'cite', 'index.bib'));
	const host = await serveStatic(partial, '/');
	try {
		const context = await newContext(browser, { serviceWorkers: 'allow' });
		const page = await context.newPage();
		await page.goto(new URL('index.html', host.url).href);
		await openControl(page);
		await page.locator('.keep-offline button', { hasText: 'Save for offline reading' }).click();
		const status = page.locator('.keep-offline [role="status"]');
		await status.filter({ hasText: 'did not finish' }).waitFor({ timeout: 30_000 });
		expect(await status.textContent()).toBe('Saving did not finish, so nothing was kept: not every file could be fetched, as when the site is being updated. Try again in a minute.');
		expect(await page.locator('.keep-offline button').textContent()).toBe('Try again');
		expect((await stored(page)).caches).toEqual([]);
		await context.close();
	} finally {
		await host.close();
		await rm(partial, { recursive: true, force: true });
	}
});
