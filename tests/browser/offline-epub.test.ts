import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, newContext } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { violations } from '../helpers/axe.ts';

/**
 * What Ace (the DAISY checker for EPUB) does, done with the tools at hand:
 * every chapter of briefing.epub, rendered by Chromium, checked by axe-core
 * against WCAG 2.2 AA, which the book's metadata claims; and the footer's
 * offline control, opened, in both themes.
 */

let browser: Browser;
let book: string;
let server: StaticServer;
beforeAll(async () => {
	book = await mkdtemp(join(tmpdir(), 'briefing-epub-'));
	for (const [path, data] of Object.entries(unzipSync(new Uint8Array(await readFile(join(inject('dist'), 'briefing.epub')))))) {
		await mkdir(dirname(join(book, path)), { recursive: true });
		await writeFile(join(book, path), data);
	}
	server = await serveStatic(inject('dist'), '/');
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	await rm(book, { recursive: true, force: true });
});

it('has no axe violations in any chapter of the EPUB', async () => {
	const spine = [...(await readFile(join(book, 'EPUB', 'package.opf'), 'utf8')).matchAll(/<item id="[^"]+" href="([^"]+\.xhtml)"/g)].map((m) => m[1]);
	expect(spine.length).toBeGreaterThan(10);
	const page = await browser.newPage();
	const problems: string[] = [];
	for (const file of spine) {
		await page.goto(pathToFileURL(join(book, 'EPUB', file)).href);
		// Rendered as XML: a parse error would show instead of the chapter.
		expect(await page.evaluate(() => document.contentType), file).toBe('application/xhtml+xml');
		for (const v of await violations(page)) problems.push(`${file}: ${v}`);
	}
	expect(problems).toEqual([]);
	await page.close();
});

it('fits every chapter in a phone e-reader’s column, no table, figure or picture wider', async () => {
	// The table of troop estimates was 415 px wide in a 390 px column, its sources' column cut off.
	const spine = [...(await readFile(join(book, 'EPUB', 'package.opf'), 'utf8')).matchAll(/<item id="[^"]+" href="([^"]+\.xhtml)"/g)].map((m) => m[1]);
	// 320 px: the narrowest phones' column, where the troop estimates' table had still been 331 px wide.
	const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
	const wide: string[] = [];
	for (const file of spine) {
		await page.goto(pathToFileURL(join(book, 'EPUB', file)).href);
		const over = await page.evaluate(() =>
			[...document.querySelectorAll('table, figure, svg, img')]
				.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
				.map((el) => `${el.tagName} ${Math.round(el.getBoundingClientRect().width)} px: “${(el.textContent ?? '').trim().slice(0, 40)}”`),
		);
		wide.push(...over.map((o) => `${file}: ${o}`));
	}
	expect(wide).toEqual([]);
	await page.close();
});

it.each(['light', 'dark'] as const)('has no axe violations in the offline control, opened, in the %s theme', async (colorScheme) => {
	const context = await newContext(browser, { colorScheme });
	const page = await context.newPage();
	await page.goto(new URL('people.html', server.url).href);
	await page.locator('.site-footer details.keep-offline summary').click();
	await page.locator('.keep-offline button').waitFor();
	expect(await violations(page, "document.querySelector('.site-footer')")).toEqual([]);
	await context.close();
});
