import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, newContext } from './browser.ts';

/** A test's page: the context's options, and those a page already open can be given again. */
export type PageOptions = BrowserContextOptions;

/** Playwright's own defaults for a new context, which a page handed out again is given back. */
const VIEWPORT = { width: 1280, height: 720 };

/**
 * The pages a test file keeps open between its tests. Opening a page starts
 * a renderer process, which on this two-core machine costs about 0.45 s of
 * CPU, more than loading a section and searching it; loading the next test's
 * page in one already open spares that (measured in bench/HISTORY.md, third
 * of December, twenty-fifth session).
 *
 * A page handed out again is, to what a test can observe of it, as a new one
 * with the same options: no listeners or routes of the last test, its
 * viewport and colour scheme as asked, the mouse off the page, a blank
 * document. It keeps its history, its context's cache and storage and its
 * init scripts: a test that counts history from the start, wants a cold
 * cache, works offline, installs a clock or adds scripts opens its own.
 */
export class Pages {
	readonly #idle = new Map<string, Page[]>();
	readonly #browser: Browser;

	constructor(browser: Browser) {
		this.#browser = browser;
	}

	/** A blank page with `options`, one the file has open if one fits. */
	async open(options: PageOptions = {}): Promise<Page> {
		const { viewport, colorScheme, reducedMotion, ...fixed } = options;
		const key = JSON.stringify(fixed);
		const page = this.#idle.get(key)?.pop();
		if (!page) {
			// Its service workers blocked, unless asked for: one registered would stay with the context and answer the next test's requests.
			const context = await newContext(this.#browser, options);
			const fresh = await context.newPage();
			keys.set(fresh, key);
			return fresh;
		}
		await page.setViewportSize(viewport ?? VIEWPORT);
		await page.emulateMedia({ media: null, colorScheme: colorScheme ?? 'light', reducedMotion: reducedMotion ?? 'no-preference' });
		return page;
	}

	/** Takes back a page from `open` for the next test; one that cannot be reset is closed. */
	async done(page: Page): Promise<void> {
		const key = keys.get(page);
		if (key === undefined) throw new Error('This page was not opened by Pages.open.');
		try {
			page.removeAllListeners();
			await page.unrouteAll({ behavior: 'ignoreErrors' });
			await page.mouse.move(-1, -1);
			await page.goto('about:blank');
		} catch {
			await page.context().close().catch(() => {});
			return;
		}
		this.#idle.set(key, [...(this.#idle.get(key) ?? []), page]);
	}

	/** A page with `options` for `use`, handed back however `use` ends. */
	async with<T>(options: PageOptions, use: (page: Page) => Promise<T>): Promise<T> {
		const page = await this.open(options);
		try {
			return await use(page);
		} finally {
			await this.done(page);
		}
	}
}

/** Which options each page was opened with. */
const keys = new WeakMap<Page, string>();

/**
 * Launches Chromium for a test file before its tests, hands it over with
 * the pages the file keeps open (`take`), and closes it after them: the
 * lines every browser test file had written for itself.
 */
export function useChromium(take: (browser: Browser, pages: Pages) => void): void {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
		take(browser, new Pages(browser));
	});
	afterAll(() => browser?.close());
}
