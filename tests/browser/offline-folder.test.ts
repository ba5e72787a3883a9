import { mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, watchPage } from '../helpers/browser.ts';

/** briefing.zip as a reader gets it: unzipped where they keep downloads, and opened from disk. */

let browser: Browser;
let downloads: string;
/** The one folder the zip unpacks into. */
let folder: string;

beforeAll(async () => {
	downloads = await mkdtemp(join(tmpdir(), 'briefing-unzipped-'));
	const entries = unzipSync(new Uint8Array(await readFile(join(inject('dist'), 'briefing.zip'))));
	for (const [path, data] of Object.entries(entries)) {
		await mkdir(dirname(join(downloads, path)), { recursive: true });
		await writeFile(join(downloads, path), data);
	}
	const unpacked = await readdir(downloads);
	expect(unpacked, 'the zip unpacks into one folder').toHaveLength(1);
	folder = join(downloads, unpacked[0]);
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await rm(downloads, { recursive: true, force: true });
});

it('offers the EPUB from the copy, and it is there, and no link to the zip it came in', async () => {
	const page = await browser.newPage();
	await page.goto(pathToFileURL(join(folder, 'index.html')).href);
	const epub = new URL((await page.locator('.read-offline a[type="application/epub+zip"]').first().getAttribute('href'))!, page.url());
	expect((await stat(fileURLToPath(epub))).size).toBeGreaterThan(10_000);
	expect(await page.locator('a[href$="briefing.zip"]').count()).toBe(0);
	// Not the zip's size after it, which a reader took for the copy's.
	expect(await page.locator('.read-offline').first().textContent()).toMatch(/the whole site, unzipped \(this copy\)\s*$/);
	await page.close();
});

it('opens index.html from the unzipped folder, searches it and follows a result', async () => {
	const base = `${pathToFileURL(folder).href}/`;
	const page = await browser.newPage();
	const watch = await watchPage(page, base);
	await page.goto(new URL('index.html', base).href);
	await page.locator('#site-search-input').click();
	await page.keyboard.type('Stefanishyna');
	await page.locator('.search-results__status').filter({ hasText: 'for “Stefanishyna”' }).waitFor();
	// From disk, Pagefind's engine arrives as the classic-script build.
	expect(await page.evaluate(() => '__pagefindDisk' in window)).toBe(true);
	expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
	await Promise.all([page.waitForURL((u) => !u.href.endsWith('index.html')), page.locator('.search-result a').first().click()]);
	expect(page.url().startsWith(base)).toBe(true);
	expect(await page.locator('article h1').isVisible()).toBe(true);
	expect(watch.problems).toEqual([]);
	await page.close();
});

it('does not offer to keep a copy that is on disk already', async () => {
	const page = await browser.newPage();
	await page.goto(pathToFileURL(join(folder, 'glossary.html')).href);
	const control = page.locator('.site-footer details.keep-offline');
	await control.locator('summary').click();
	await expect.poll(() => control.count()).toBe(0);
	expect(await page.locator('.site-footer').textContent()).toContain('works offline as it is');
	expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('works offline as it is');
	await page.close();
});

it('opens the page for a missing address from the unzipped folder with every link leading into the copy', async () => {
	// Its links were rooted at the host's base path, which serves it at any depth: from the folder they led to the root
	// of the disk (an offline reader's trial).
	const base = `${pathToFileURL(folder).href}/`;
	const page = await browser.newPage();
	const watch = await watchPage(page, base);
	await page.goto(new URL('404.html', base).href);
	const urls = await page.locator('[href], [src], [data-js]').evaluateAll((elements) =>
		elements.flatMap((e) => ['href', 'src', 'data-js'].map((name) => e.getAttribute(name)).filter((v): v is string => v !== null && !v.startsWith('#') && !v.startsWith('https:'))),
	);
	expect(urls.length).toBeGreaterThan(10);
	for (const url of urls) {
		const target = new URL(url, page.url());
		expect(target.href.startsWith(base), url).toBe(true);
		expect((await stat(fileURLToPath(target))).isFile(), url).toBe(true);
	}
	await Promise.all([page.waitForURL((u) => u.href.endsWith('index.html')), page.locator('.site-name').click()]);
	expect(await page.locator('article h1').isVisible()).toBe(true);
	expect(watch.problems).toEqual([]);
	await page.close();
});
