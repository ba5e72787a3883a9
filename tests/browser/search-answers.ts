import type { Page } from 'playwright-core';
import { inQuotes } from '../../src/client/search/questions.ts';

/** A result, as drawn. */
export interface Shown {
	href: string;
	title: string;
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
	return page.evaluate((base) => {
		const shown = (li: Element) => ({
			href: (li.querySelector('a')?.href ?? '').replace(base, ''),
			title: li.querySelector('a')?.textContent ?? '',
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
	}, base);
}

/** The page and anchor a result opens, without the text fragment. */
export const target = (href: string) => href.replace(/:~:.*$/, '').replace(/#$/, '');
