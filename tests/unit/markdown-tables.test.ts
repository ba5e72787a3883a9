import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { rehypeTables } from '../../src/markdown/rehype-tables';

const run = (html: string) => {
	const tree = fromHtml(html, { fragment: true });
	rehypeTables()(tree);
	return toHtml(tree);
};

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

	it('keeps one space between a row’s cells and no other whitespace, so that text taken from the page does not run one cell into the next', () => {
		const tree = fromHtml('<table>\n<tbody>\n<tr>\n<td>Point of comparison</td>\n<td>West Germany, 1955</td>\n</tr>\n</tbody>\n</table>', { fragment: true });
		rehypeTables()(tree);
		expect(toHtml(tree)).toBe('<table><tbody><tr><td>Point of comparison</td> <td>West Germany, 1955</td></tr></tbody></table>');
	});
});
