import type { Page } from 'playwright-core';
import { inQuotes } from '../../src/client/search/questions.ts';

/** A result, as drawn. */
export interface Shown {
	href: string;
	title: string;
	/** The title as drawn, its marks and all. */
	titleHtml: string;
	badge: string;
	/** The heading of the page's part it opens at, if one is shown. */
	heading: string;
	text: string;
	/** The excerpt as drawn, its marks and all. */
	html: string;
	subs: string[];
}
/** What the search tests read of the header's search once it answers: its status, its results and the source register's. */
export interface Answer {
	status: string;
	results: Shown[];
	sources: Shown[];
}

/** Types a query into the header's search box and reads what the reader sees once the answer for it is drawn. */
export async function ask(page: Page, base: string, query: string): Promise<Answer> {
	const input = page.locator('#site-search-input');
	await input.fill(query);
	await page.locator('.search-results__status').filter({ hasText: inQuotes(query) }).first().waitFor({ timeout: 10_000 });
	return page.evaluate(answerShown, base);
}

/**
 * Each query typed into the header's box in turn, as `ask` types one (the
 * box focused, its value set, an input event), and the answer read once its
 * status names the query: in one call into the page, for a set of hundreds,
 * where a round trip for each, through Playwright, had taken a third of the
 * time and of the browser's work.
 */
export async function askEach(page: Page, base: string, queries: string[]): Promise<Answer[]> {
	const asked = queries.map((query) => ({ query, quoted: inQuotes(query) }));
	return page.evaluate(`(${typeEach})(${JSON.stringify(asked)}, ${JSON.stringify(base)}, ${answerShown})`) as Promise<Answer[]>;
}

/** In the page: `typeEach` of `askEach`, reading each answer with `read` (`answerShown`). */
async function typeEach(asked: { query: string; quoted: string }[], base: string, read: (base: string) => Answer): Promise<Answer[]> {
	const input = document.getElementById('site-search-input') as HTMLInputElement;
	const answers: Answer[] = [];
	for (const { query, quoted } of asked) {
		input.focus();
		input.value = query;
		input.dispatchEvent(new Event('input', { bubbles: true }));
		const started = performance.now();
		await new Promise<void>((resolve, reject) => {
			const check = () => {
				if ([...document.querySelectorAll('.search-results__status')].some((s) => s.textContent?.includes(quoted))) resolve();
				else if (performance.now() - started > 10_000) reject(new Error(`no answer for “${query}” in 10 s`));
				else requestAnimationFrame(check);
			};
			check();
		});
		answers.push(read(base));
	}
	return answers;
}

/** In the page: what the header's search shows, its status, results and the register's. */
function answerShown(base: string): Answer {
	const shown = (li: Element) => ({
		href: (li.querySelector('a')?.href ?? '').replace(base, ''),
		title: li.querySelector('a')?.textContent ?? '',
		titleHtml: li.querySelector('a')?.innerHTML ?? '',
		badge: li.querySelector('.search-result__section')?.textContent ?? '',
		heading: li.querySelector('.search-result__heading')?.textContent ?? '',
		text: li.querySelector('.search-result__excerpt, .search-result__meta')?.textContent?.trim() ?? '',
		html: li.querySelector('.search-result__excerpt')?.innerHTML ?? '',
		subs: [...li.querySelectorAll('.search-result__subs a')].map((a) => (a as HTMLAnchorElement).href.replace(base, '')),
	});
	const panel = document.querySelector('.search-form--header + .search-results')!;
	return {
		status: panel.querySelector('.search-results__status')?.textContent ?? '',
		results: [...panel.querySelectorAll(':scope > ol > .search-result')].map(shown),
		sources: [...panel.querySelectorAll('.search-results__sources .search-result')].map(shown),
	};
}

/** The page and anchor a result opens, without the text fragment. */
export const target = (href: string) => href.replace(/:~:.*$/, '').replace(/#$/, '');
