import { expect, it } from 'vitest';
import { $, sectionSlugs } from '../build/dist.ts';
import { readingMinutes } from '../../src/text/words.ts';

/**
 * Words of prose as the build counts them (src/markdown/remark-prose-words.ts:
 * paragraphs, headings and table cells; not notes, key points, quotations in
 * components or the note after the briefing), the one count that the pages'
 * reading times, this test and the benchmark all use, read from the page.
 */
const words = (path: string) => Number($('article', path)!.properties.dataWords);

it('meets the briefing’s length: 1,200 words of prose per section, 400 in the overview', () => {
	const counts = [['overview', words('index.html')], ...sectionSlugs().map((s) => [s, words(`${s}.html`)])] as [string, number][];
	console.log(`Words of prose\n${counts.map(([name, n]) => `  ${String(n).padStart(5)}  ${name}`).join('\n')}`);
	expect(counts[0][1]).toBeGreaterThanOrEqual(400);
	for (const [name, n] of counts.slice(1)) expect(n, name).toBeGreaterThanOrEqual(1200);
	// The reading time each page states comes from the same count.
	for (const [name, n] of counts) {
		const path = name === 'overview' ? 'index.html' : `${name}.html`;
		const stated = /(\d+) min read/.exec(JSON.stringify($('.page-meta', path)))?.[1];
		expect(Number(stated), name).toBe(readingMinutes(n));
	}
	// The whole briefing's page holds the reference pages too: its time is said to be the text's, the sum of the above.
	const whole = JSON.stringify($('.page-meta', 'all.html'));
	expect(whole).toContain(`${readingMinutes(counts.reduce((sum, [, n]) => sum + n, 0))} min read: the overview and ${counts.length - 1} sections`);
});
