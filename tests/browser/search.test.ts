import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchPage } from '../helpers/browser';
import { pageUrl, siteModes } from './site-modes';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Queries a reader might type, and the section each must find. */
const QUERIES = [
	{ query: 'Stefanishyna', section: 'Alliance reaction' },
	{ query: 'Sky News', section: 'Partial coverage' },
	{ query: 'Oreshnik', section: 'The victory-plan request' },
	{ query: 'Bucharest', section: 'Background' },
];

async function typeQuery(page: Page, query: string) {
	await page.locator('#site-search-input').click();
	await page.keyboard.type(query);
	await page.locator('.search-results__status').filter({ hasText: `for “${query}”` }).waitFor();
}

/** The text under a heading, up to the next heading of the same or a higher level. */
async function textUnderHeading(page: Page, id: string): Promise<string> {
	return page.evaluate((id) => {
		const heading = document.getElementById(id)!;
		const level = Number(heading.tagName.slice(1));
		let text = heading.textContent ?? '';
		for (let el = heading.nextElementSibling; el; el = el.nextElementSibling) {
			const m = /^H([1-6])$/.exec(el.tagName);
			if (m && Number(m[1]) <= level) break;
			text += ` ${el.textContent}`;
		}
		return text;
	}, id);
}

describe.each(siteModes())('search, $name', ({ name, base }) => {
	it.each(QUERIES)('finds “$query” in $section and opens it at the heading where it matched', async ({ query, section }) => {
		const page = await browser.newPage();
		const watch = await watchPage(page, base);
		await page.goto(pageUrl(base, 'index.html'));
		await typeQuery(page, query);
		expect(await page.locator('briefing-search').first().getAttribute('data-engine')).toBe(name === 'file://' ? 'offline' : 'pagefind');

		const results = page.locator('.search-result');
		const sections = await results.locator('.search-result__section').allTextContents();
		const at = sections.indexOf(section);
		expect(at, `results for “${query}”: ${sections.join(', ')}`).toBeGreaterThanOrEqual(0);
		expect(await results.nth(at).locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);

		// Keyboard only: down the list to that result, then Enter.
		await page.keyboard.press('ArrowDown');
		const links = page.locator('.search-results a');
		const target = results.nth(at).locator('a').first();
		const targetHref = await target.getAttribute('href');
		for (let i = 0; i < 40 && (await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'))) !== targetHref; i++) {
			await page.keyboard.press('ArrowDown');
		}
		expect(await links.count()).toBeGreaterThan(0);
		await Promise.all([page.waitForURL((u) => u.href !== pageUrl(base, 'index.html')), page.keyboard.press('Enter')]);
		await page.waitForLoadState('load');

		// The browser keeps the text directive (`:~:text=`) out of location.hash.
		const anchor = decodeURIComponent((await page.evaluate(() => location.hash)).slice(1));
		expect(anchor, `landed on ${page.url()} without a heading anchor`).not.toBe('');
		expect(await page.evaluate((id) => /^H[1-6]$/.test(document.getElementById(id)?.tagName ?? ''), anchor)).toBe(true);
		const words = query.toLowerCase().split(' ');
		const under = (await textUnderHeading(page, anchor)).toLowerCase();
		for (const word of words) expect(under, `“${word}” is not under #${anchor}`).toContain(word);
		expect(watch.problems).toEqual([]);
		await page.close();
	});

	it('says so when nothing matches, and the search page takes a query from its address', async () => {
		const page = await browser.newPage();
		const watch = await watchPage(page, base);
		await page.goto(pageUrl(base, 'index.html'));
		await typeQuery(page, 'zzqxv');
		expect(await page.locator('.search-results__status').textContent()).toContain('No results');
		await page.goto(pageUrl(base, 'search.html?q=Vilnius'));
		await page.locator('.search-results__status').filter({ hasText: 'for “Vilnius”' }).waitFor();
		expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
		expect(watch.problems).toEqual([]);
		await page.close();
	});
});
