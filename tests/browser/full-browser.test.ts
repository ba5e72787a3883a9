import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { FULL_CHROMIUM, launchChromium, watchPage } from '../helpers/browser.ts';
import { pageUrl, siteModes } from './site-modes.ts';
import { inQuotes } from '../../src/client/search/questions.ts';

/**
 * The other browser tests run in Chromium's headless shell, which is the
 * same engine without the desktop browser. This one opens the site in the
 * full browser readers use, from disk and hosted, and reads and searches it
 * as they would: a difference between the two would show here first.
 */
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium(FULL_CHROMIUM);
});
afterAll(() => browser?.close());

const [disk, hosted] = siteModes();

describe.each([disk, hosted])('the full browser, $name', ({ base }) => {
	it('shows a styled page, searches it and opens a result at its heading, with nothing failing or blocked', async () => {
		const page = await browser.newPage();
		const watch = await watchPage(page, base);
		await page.goto(pageUrl(base, 'index.html'));
		expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Charter');
		await page.locator('#site-search-input').fill('Zelensky');
		// The whole answer, not the first results drawn while the rest load, which it may reorder; in it, the first
		// result that opens at a part of a page (a person's entry, first for a surname, opens at the entry alone).
		await page.locator('.search-results__status').filter({ hasText: inQuotes('Zelensky') }).first().waitFor();
		const first = page.locator('.search-form--header + .search-results > ol > .search-result a[href*=":~:text="]').first();
		const href = await first.getAttribute('href');
		expect(href).toMatch(/#[^:]+:~:text=/);
		await Promise.all([page.waitForURL((u) => !u.href.endsWith('index.html')), first.click()]);
		await page.waitForLoadState('load');
		const id = decodeURIComponent(new URL(page.url()).hash.slice(1).replace(/:~:.*/, ''));
		expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
		expect(watch.problems).toEqual([]);
		await page.close();
	});

	it('saves a citation file under its key where hosted, and from disk opens it beside the page, which stays', async () => {
		const context = await browser.newContext({ acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(pageUrl(base, 'victory-plan.html'));
		await page.locator('.cite-this summary').click();
		const link = page.locator('.cite-this a[download]', { hasText: 'BibTeX' });
		if (base === hosted.base) {
			const tab = context.waitForEvent('page', { timeout: 500 }).then(() => 'a tab', () => 'no tab');
			const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
			expect(download.suggestedFilename()).toMatch(/^briefing-team-\d{4}-victory-plan\.bib$/);
			expect(await tab).toBe('no tab');
		} else {
			// Browsers ignore `download` from disk: the file had replaced the page the reader was on.
			const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
			await opened.waitForLoadState();
			expect(opened.url()).toBe(pageUrl(base, 'cite/victory-plan.bib'));
			expect(await opened.locator('body').textContent()).toMatch(/^@\w+\{briefing-team-/);
		}
		expect(page.url()).toBe(pageUrl(base, 'victory-plan.html'));
		await context.close();
	});
});
