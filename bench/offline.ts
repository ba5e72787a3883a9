/**
 * The offline editions, for npm run bench: the sizes of briefing.zip and
 * briefing.epub, and what "save for offline" costs a reader of the hosted
 * site: the time from the click to "saved", and the bytes fetched to get there.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { newContext } from '../tests/helpers/browser.ts';

export async function measureOffline(browser: Browser, dist: string, siteUrl: string) {
	const context = await newContext(browser, { serviceWorkers: 'allow' });
	const page = await context.newPage();
	// Requests the service worker makes while storing the site, and their sizes as received.
	const fetched: Promise<number>[] = [];
	context.on('requestfinished', (request) => {
		if (request.serviceWorker()) fetched.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
	});
	await page.goto(new URL('index.html', siteUrl).href);
	await page.locator('.site-footer details.keep-offline summary').click();
	const start = performance.now();
	await page.locator('.keep-offline button', { hasText: 'Save for offline reading' }).click();
	await page.locator('.keep-offline [role="status"]').filter({ hasText: 'Saved in this browser' }).waitFor({ timeout: 60_000 });
	const seconds = (performance.now() - start) / 1000;
	const sizes = await Promise.all(fetched);
	await context.close();
	return {
		zipBytes: (await stat(join(dist, 'briefing.zip'))).size,
		epubBytes: (await stat(join(dist, 'briefing.epub'))).size,
		saveForOffline: { seconds: Number(seconds.toFixed(2)), requests: sizes.length, bytes: sizes.reduce((sum, n) => sum + n, 0) },
	};
}
