import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { markdownToHtml, type HastPluginDefinition } from 'satteri';
import { visit } from 'unist-util-visit';
import { positionOf } from '../../src/search/search-kinds.ts';
import { rehypeHeadings } from '../../src/markdown/rehype-headings.ts';
import { rehypeTables, shapeTable } from '../../src/markdown/rehype-tables.ts';
import { cellsWritten } from '../../src/markdown/remark-table-cells.ts';
import { pageEntries } from '../../src/postbuild/search/entries.ts';

/** Every table of a tree shaped, as the plugin shapes each table it is handed. */
const shapeTables = (tree: Root) => visit(tree, 'element', (node: Element) => void (node.tagName === 'table' && shapeTable(node)));

const run = (html: string) => {
	const tree = fromHtml(html, { fragment: true });
	shapeTables(tree);
	return toHtml(tree);
};

/** Markdown through Sätteri with these rehype plugins, as the build runs them. */
const compile = async (markdown: string, plugins: HastPluginDefinition[]) => (await markdownToHtml(markdown, { hastPlugins: plugins })).html;

describe('rehypeTables', () => {
	it('makes each body row’s first cell its header, labels every other cell with its column’s heading, as text, stacks tables of three columns or more, and keeps a column of sources out of search', () => {
		expect(run('<table><thead><tr><th>Step</th><th>What <em>happens</em></th><th>Source</th></tr></thead><tbody><tr><td>1. Invitation</td><td>Allies decide.</td><td>NATO<sup><a href="#fn-1" data-footnote-ref="">1</a></sup></td></tr></tbody></table>')).toBe(
			'<table class="table--stack"><thead><tr><th>Step</th> <th>What <em>happens</em></th> <th>Source</th></tr></thead><tbody><tr><th scope="row"><div>1. Invitation</div></th> <td data-label="What happens">Allies decide.</td> <td data-label="Source" data-pagefind-ignore="">NATO<sup><a href="#fn-1" data-footnote-ref="">1</a></sup></td></tr></tbody></table>',
		);
	});

	it('keeps a two-column table’s grid, and labels nothing and heads no row in a table without a heading row', () => {
		expect(run('<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>')).toBe('<table><thead><tr><th>A</th> <th>B</th></tr></thead><tbody><tr><th scope="row"><div>a</div></th> <td data-label="B">b</td></tr></tbody></table>');
		expect(run('<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>')).toBe('<table><tbody><tr><td>a</td> <td>b</td></tr></tbody></table>');
	});

	it('aligns a column by a class, not a style attribute, which the policy would refuse', async () => {
		const html = await compile('| Ally | Troops | Position |\n| :--- | ---: | :---: |\n| Poland | 1,000 | For |\n', [rehypeTables()]);
		expect(html).not.toContain('style=');
		expect([...html.matchAll(/<t[hd](?:\s[^>]*)?>/g)].map(([tag]) => tag)).toEqual([
			'<th class="align-left">',
			'<th class="align-right">',
			'<th class="align-center">',
			'<th scope="row" class="align-left">',
			'<td data-label="Troops" class="align-right">',
			'<td data-label="Position" class="align-center">',
		]);
	});

	it('labels a column by its heading’s words, without the number of a note on the heading', () => {
		expect(run('<table><thead><tr><th>Ally</th><th>Position<sup><a href="#fn-1" data-footnote-ref="">1</a></sup></th><th>Date</th></tr></thead><tbody><tr><td>Poland</td><td>For</td><td>2024</td></tr></tbody></table>')).toContain('<td data-label="Position">For</td>');
	});

	it('keeps one space between a row’s cells and no other whitespace, so that text taken from the page does not run one cell into the next', () => {
		const tree = fromHtml('<table>\n<tbody>\n<tr>\n<td>Point of comparison</td>\n<td>West Germany, 1955</td>\n</tr>\n</tbody>\n</table>', { fragment: true });
		shapeTables(tree);
		expect(toHtml(tree)).toBe('<table><tbody><tr><td>Point of comparison</td> <td>West Germany, 1955</td></tr></tbody></table>');
	});
});

describe('rehypeTables, naming tables', () => {
	it('names each of the section’s tables after the heading it sits under, without the heading’s anchor, and leaves a table before any heading, or inside a quotation, as it is', async () => {
		const table = (cell: string) => `| ${cell} |\n|---|\n| 1 |\n`;
		const html = await compile(`${table('a')}\n## Who *stood* where\n\nText.\n\n${table('b')}\n### Why\n\n${table('c')}\n> ${table('d').trimEnd().split('\n').join('\n> ')}\n`, [rehypeHeadings(), rehypeTables()]);
		const names = [...html.matchAll(/<table([^>]*)>/g)].map(([, attributes]) => /aria-label="([^"]*)"/.exec(attributes)?.[1]);
		expect(names).toEqual([undefined, 'Who stood where', 'Why', undefined]);
		// A heading inside a quotation names no table after it: the section's own heading before it does.
		const quoted = await compile(`## Positions\n\n> ## Quoted\n\n${table('e')}`, [rehypeHeadings(), rehypeTables()]);
		expect(/<table[^>]*aria-label="([^"]*)"/.exec(quoted)?.[1]).toBe('Positions');
		expect(html).toContain('aria-label="Link to this heading: Who stood where"');
	});
});

describe('rehypeTables, on a table of allies’ positions', () => {
	const positions = '| Ally | Position | As reported |\n|---|---|---|\n| Belgium, Slovenia, Spain | Reluctant | A NATO official called them “reluctant”. |\n';
	it('makes each row of a table headed “Ally | Position | …” a search entry, opened at the row, titled with its allies and position, summarised by its report', async () => {
		const html = await compile(positions, [rehypeTables()]);
		expect(html).toMatch(/<tr id="ally-belgium-slovenia-spain" data-search-entry="Position" data-search-title="Position of Belgium, Slovenia, Spain: Reluctant">/);
		expect(html).toMatch(/<td data-label="As reported" data-search-summary(="")?>A NATO official/);
		// What the search index then reads of it.
		expect(pageEntries(`<article>${html}</article>`, 'alliance-reaction.html')).toEqual([
			// Each cell a sentence of its own, as Pagefind makes them on the page: not “Reluctant A NATO official”.
			{ url: '/alliance-reaction.html#ally-belgium-slovenia-spain', kind: 'Position', title: 'Position of Belgium, Slovenia, Spain: Reluctant', summary: 'A NATO official called them “reluctant”.', content: 'Belgium, Slovenia, Spain. Reluctant. A NATO official called them “reluctant”.' },
		]);
		// And what the search reads back of the title, to answer “which countries oppose…” and “why does Spain oppose”.
		expect(positionOf('Position of Belgium, Slovenia, Spain: Reluctant')).toEqual({ allies: ['Belgium', 'Slovenia', 'Spain'], position: 'Reluctant' });
		expect(positionOf('Position of Denmark: For the victory plan')).toEqual({ allies: ['Denmark'], position: 'For the victory plan' });
		expect(positionOf('Germany joins')).toBeUndefined();
	});
	it('titles a row as a sentence names its allies, with “the” where their names take it, and reads them back as the table writes them', async () => {
		const html = await compile('| Ally | Position | As reported |\n|---|---|---|\n| United Kingdom, Italy | Unclear | Signs of support. |\n| Netherlands | Open | A report. |\n', [rehypeTables()]);
		expect([...html.matchAll(/data-search-title="([^"]*)"/g)].map(([, title]) => title)).toEqual(['Position of the United Kingdom, Italy: Unclear', 'Position of the Netherlands: Open']);
		expect(html).toContain('<tr id="ally-united-kingdom-italy"');
		expect(positionOf('Position of the United Kingdom, Italy: Unclear')).toEqual({ allies: ['United Kingdom', 'Italy'], position: 'Unclear' });
	});
	it('marks the rows of such a table inside a quotation too, which it leaves unnamed', async () => {
		const html = await compile(`## Where they stand\n\n> ${positions.trimEnd().split('\n').join('\n> ')}\n`, [rehypeHeadings(), rehypeTables()]);
		expect(html).toMatch(/<blockquote>\s*<table(?![^>]*aria-label)[^>]*>.*<tr id="ally-belgium-slovenia-spain" data-search-entry="Position"/s);
	});
	it('leaves other tables alone', async () => {
		expect(await compile(positions.replace('Position', 'Joined'), [rehypeTables()])).not.toContain('data-search');
	});
});

describe('cellsWritten', () => {
	it('counts a row’s cells as GFM splits them: at each | not escaped, code or not, with or without outer pipes', () => {
		expect(cellsWritten('| a | b | c |')).toBe(3);
		expect(cellsWritten('a | b | c')).toBe(3);
		expect(cellsWritten('| `a|b` | F-16 | 24/7 |')).toBe(4);
		expect(cellsWritten('| `a\\|b` | F-16 | 24/7 |')).toBe(3);
		expect(cellsWritten('| a | b \\| |')).toBe(2);
	});
});
