import { chromium, type Browser, type BrowserContext, type BrowserServer, type Page } from 'playwright-core';

import { existsSync } from 'node:fs';

/** Debian's Chromium, the browser readers use. */
export const FULL_CHROMIUM = '/usr/bin/chromium';
/**
 * Debian's build of the same Chromium in its old headless form, which the
 * tests run in: the same Blink and V8, without the desktop browser around
 * them, and so two to three times cheaper per page opened or laid out on two
 * cores (a new page 70 ms rather than 270 ms). One test runs the full browser
 * too (full-browser.test.ts), and the bench measures in it.
 */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_CHROMIUM);

export const CHROMIUM_ARGS = [
	'--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
	'--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Debian's Chromium, headless, with nothing that phones home (this machine's
 * network is closed, and no test may depend on it). Playwright gives each
 * launch a fresh, empty profile.
 */
export function launchChromium(executablePath = CHROMIUM): Promise<Browser> {
	// Under Vitest, every test file connects to the one Chromium the global setup started: a
	// launch costs about a second of CPU, and the test files would otherwise launch fifteen.
	const shared = process.env[SHARED_CHROMIUM];
	if (shared && executablePath === CHROMIUM) return chromium.connect(shared);
	return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** The environment variable through which the global setup hands its Chromium to the test files. */
export const SHARED_CHROMIUM = 'BRIEFING_TEST_CHROMIUM';

/** Starts a Chromium that test files connect to; each gets its own contexts, closed with its browser. */
export function launchSharedChromium(): Promise<BrowserServer> {
	return chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface PageWatch {
	/** Console errors, failed requests, CSP violations and requests that left the site. */
	problems: string[];
	/** Every URL the page requested. */
	requests: string[];
}

/**
 * Watches a page for everything that should never happen on this site: a
 * console error, a failed or 4xx/5xx request, a CSP violation, or a request to
 * any origin but the site's own (`siteUrl` is the site's base).
 */
export async function watchPage(page: Page, siteUrl: string): Promise<PageWatch> {
	const watch: PageWatch = { problems: [], requests: [] };
	const site = new URL(siteUrl);
	const isLocal = (url: string) => {
		const u = new URL(url);
		if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
		if (site.protocol === 'file:') return u.protocol === 'file:' && u.pathname.startsWith(site.pathname);
		return u.origin === site.origin;
	};
	// Once a page: a page the tests hand on to the next keeps its init scripts.
	if (!reporting.has(page)) {
		reporting.add(page);
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
			});
		});
	}
	page.on('console', (m) => {
		if (m.type() === 'error') watch.problems.push(`console error on ${page.url()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => watch.problems.push(`uncaught error on ${page.url()}: ${e.message}`));
	page.on('request', (r) => {
		watch.requests.push(r.url());
		if (!isLocal(r.url())) watch.problems.push(`request left the site: ${r.url()}`);
	});
	page.on('requestfailed', (r) => {
		// Requests cut short because the test moved on to the next page are not
		// failures of the site; a missing file fails differently (404, ERR_FILE_NOT_FOUND).
		if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
		watch.problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) watch.problems.push(`HTTP ${r.status()}: ${r.url()}`);
	});
	return watch;
}

/** The pages that report policy violations to their console. */
const reporting = new WeakSet<Page>();

export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
	return browser.newContext({ serviceWorkers: 'block', ...options });
}
