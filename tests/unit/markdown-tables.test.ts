import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { rehypeTables } from '../../src/markdown/rehype-tables';
import { rehypeTableNames } from '../../src/markdown/rehype-table-names';
import { rehypePositionRows } from '../../src/markdown/rehype-position-rows';
import { pageEntries } from '../../src/postbuild/search/entries';

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

describe('rehypeTableNames', () => {
	const run = (html: string) => {
		const tree = fromHtml(html, { fragment: true });
		rehypeTableNames()(tree);
		return toHtml(tree);
	};
	it('names each table after the heading it sits under, without the heading’s anchor, and leaves a table named already, or before any heading, as it is', () => {
		const anchor = '<a class="heading-anchor" href="#who" aria-label="Link to this heading: Who stood where"></a>';
		expect(run(`<table><tr><td>a</td></tr></table><h2 id="who">Who <em>stood</em> where${anchor}</h2><p>x</p><table><tr><td>b</td></tr></table><h3 id="why">Why</h3><table aria-label="Own"><tr><td>c</td></tr></table><table><caption>Cap</caption><tr><td>d</td></tr></table><table><tr><td>e</td></tr></table>`)).toBe(
			`<table><tbody><tr><td>a</td></tr></tbody></table><h2 id="who">Who <em>stood</em> where${anchor}</h2><p>x</p><table aria-label="Who stood where"><tbody><tr><td>b</td></tr></tbody></table><h3 id="why">Why</h3><table aria-label="Own"><tbody><tr><td>c</td></tr></tbody></table><table><caption>Cap</caption><tbody><tr><td>d</td></tr></tbody></table><table aria-label="Why"><tbody><tr><td>e</td></tr></tbody></table>`,
		);
	});
});

describe('rehypePositionRows', () => {
	const run = (html: string) => {
		const tree = fromHtml(html, { fragment: true });
		rehypeTables()(tree);
		rehypePositionRows()(tree);
		return tree;
	};
	it('makes each row of a table headed “Ally | Position | …” a search entry, opened at the row, titled with its allies and position, summarised by its report', () => {
		const tree = run('<table><thead><tr><th>Ally</th><th>Position</th><th>As reported</th></tr></thead><tbody><tr><td>Belgium, Slovenia, Spain</td><td>Reluctant</td><td>A NATO official called them “reluctant”.</td></tr></tbody></table>');
		const html = toHtml(tree);
		expect(html).toContain('<tr id="ally-belgium-slovenia-spain" data-search-entry="Position" data-search-title="Position of Belgium, Slovenia, Spain: Reluctant">');
		expect(html).toContain('<td data-label="As reported" data-search-summary="">A NATO official');
		// What the search index then reads of it.
		expect(pageEntries(`<article>${html}</article>`, 'alliance-reaction.html')).toEqual([
			// Each cell a sentence of its own, as Pagefind makes them on the page: not “Reluctant A NATO official”.
			{ url: '/alliance-reaction.html#ally-belgium-slovenia-spain', kind: 'Position', title: 'Position of Belgium, Slovenia, Spain: Reluctant', summary: 'A NATO official called them “reluctant”.', content: 'Belgium, Slovenia, Spain. Reluctant. A NATO official called them “reluctant”.' },
		]);
	});
	it('leaves other tables alone', () => {
		const html = '<table><thead><tr><th>Ally</th><th>Joined</th><th>Note</th></tr></thead><tbody><tr><td>Poland</td><td>1999</td><td>x</td></tr></tbody></table>';
		expect(toHtml(run(html))).not.toContain('data-search');
	});
});
