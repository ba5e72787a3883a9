import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, watchPage } from '../helpers/browser.ts';
import { pageUrl, siteModes } from './site-modes.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each(siteModes())('every page and link, $name', ({ base }) => {
	it('loads every page the overview leads to, styled, with every linked anchor present and nothing failing', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const watch = await watchPage(page, base);
		const idsOf = new Map<string, Set<string>>();
		const linked: { from: string; target: string; id: string }[] = [];
		const queue = [pageUrl(base, 'index.html')];
		// The offline editions are files to download, not pages to walk.
		const downloads = new Set<string>();
		while (queue.length > 0) {
			const url = queue.shift()!;
			if (idsOf.has(url)) continue;
			const response = await page.goto(url, { waitUntil: 'load' });
			// file:// has no status; http must answer 200.
			if (response && !url.startsWith('file:')) expect(response.status(), `${url}`).toBe(200);
			// The site's stylesheet defines the measure; a page without it has none.
			const styled = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--measure').trim());
			expect(styled, `${url} loaded without the site's stylesheet`).toMatch(/^\d+(\.\d+)?(em|ch|rem)$/);
			idsOf.set(url, new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id))));
			const hrefs = await page.$$eval('a[href], form[action]', (els) => els.map((e) => (e instanceof HTMLFormElement ? e.action : new URL(e.getAttribute('href')!, e.baseURI).href)));
			for (const href of hrefs) {
				if (!href.startsWith(base)) continue;
				const [target, hash] = href.split('#');
				// A download (the citation files) is a file, not a page: the build's link check proves it is there.
				if (/\/cite\/[^/]+\.(bib|ris|json)$/.test(target)) continue;
				if (/\.(epub|zip)$/.test(target)) {
					downloads.add(target);
					continue;
				}
				expect(target.endsWith('.html'), `${url} links to ${href}, which is not a file (a folder URL lists the directory from disk)`).toBe(true);
				if (hash) linked.push({ from: url, target, id: decodeURIComponent(hash) });
				if (!idsOf.has(target)) queue.push(target);
			}
		}
		const pages = [...idsOf.keys()].map((u) => u.slice(base.length));
		expect(pages).toEqual(
			expect.arrayContaining(['index.html', 'background.html', 'victory-plan.html', 'partial-coverage.html', 'alliance-reaction.html', 'sources.html', 'people.html', 'timeline.html', 'map.html', 'glossary.html', 'search.html', 'all.html']),
		);
		const missing = linked.filter(({ target, id }) => !idsOf.get(target)!.has(id)).map(({ from, target, id }) => `${from} → ${target}#${id}`);
		expect(missing, 'links to anchors that do not exist').toEqual([]);
		expect(linked.length).toBeGreaterThan(100);
		expect([...downloads].map((u) => u.slice(base.length)).sort()).toEqual(['briefing.epub', 'briefing.zip']);
		for (const url of downloads) {
			const size = url.startsWith('file:') ? statSync(fileURLToPath(url)).size : (await (await context.request.get(url, { failOnStatusCode: true })).body()).length;
			expect(size, url).toBeGreaterThan(10_000);
		}
		expect(watch.problems).toEqual([]);
		await context.close();
	});
});

describe('the policy is enforced, and a violation would be seen', () => {
	it.each(siteModes().slice(0, 2))('blocks an injected inline script, $name', async ({ base }) => {
		const page = await browser.newPage();
		const watch = await watchPage(page, base);
		await page.goto(pageUrl(base, 'background.html'));
		const ran = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true';
			document.body.append(script);
			return (window as unknown as { __injected?: boolean }).__injected === true;
		});
		expect(ran).toBe(false);
		await expect.poll(() => watch.problems.some((p) => p.includes('CSP violation'))).toBe(true);
		await page.close();
	});
});
