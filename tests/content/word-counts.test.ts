import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { expect, it } from 'vitest';
import { countWords } from '../../src/text/words';
import { $, sectionSlugs } from '../build/dist';

/**
 * Words of original prose on a built page: paragraphs, list items, table
 * cells and headings of the article, leaving out what is not the authors'
 * prose (key points, quotations, figures, notes, the sources list, the
 * after-the-briefing note).
 */
function proseWords(path: string): number {
	const article = $('article', path)!;
	const skip = new Set<Element>(selectAll('.key-points, figure, .footnotes, .source-list, .after-note, .contents, .page-header', article));
	let prose = '';
	const walk = (node: Element) => {
		if (skip.has(node) || node.tagName === 'sup' || node.properties.dataPagefindIgnore !== undefined) return;
		for (const child of node.children) {
			if (child.type === 'text') prose += child.value;
			else if (child.type === 'element') walk(child);
		}
		if (/^(p|li|td|th|h[2-4])$/.test(node.tagName)) prose += '\n';
	};
	walk(article);
	return countWords(prose);
}

it('meets the briefing’s length: 1,200 words of prose per section, 400 in the overview', () => {
	const counts = [['overview', proseWords('index.html')], ...sectionSlugs().map((s) => [s, proseWords(`${s}.html`)])] as [string, number][];
	console.log(`Words of prose\n${counts.map(([name, n]) => `  ${String(n).padStart(5)}  ${name}`).join('\n')}`);
	expect(counts[0][1]).toBeGreaterThanOrEqual(400);
	for (const [name, n] of counts.slice(1)) expect(n, name).toBeGreaterThanOrEqual(1200);
});
