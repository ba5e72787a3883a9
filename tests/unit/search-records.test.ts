import { describe, expect, it } from 'vitest';
import { extractRecord } from '../../src/lib/search/records';

const page = (body: string, outside = '') => `<!doctype html><html lang="en"><head><title>Page title</title></head><body>${outside}${body}</body></html>`;

/**
 * One page of most kinds of markup, and what Pagefind 1.6 made of it (its
 * fragment for the page, and the weights in its index).
 */
const HTML = page(
	`<article data-pagefind-body data-pagefind-filter="section:Background">
<h1 id="top">Main <em>title</em><a href="#top" data-pagefind-ignore="all">#</a></h1>
<p data-pagefind-meta="summary">A short summary.</p>
<p>Ada mentioned a widget here.<sup><a href="#fn-1" id="ref-1">1</a></sup> <label>Label text</label></p>
<table><tr><th>Column</th><th>Other</th></tr><tr><td>zebra</td><td>value</td></tr></table>
<h2 id="next">Next part</h2>
<div data-pagefind-ignore>Ignored <span data-pagefind-meta="hidden">kept meta</span></div>
<div data-pagefind-ignore="all">Gone <span data-pagefind-meta="lost">lost meta</span></div>
<p data-pagefind-weight="2">Heavy words</p>
<dl><dt>Term</dt><dd>Its definition</dd></dl>
<p>One<br>two</p>
</article>
<footer>Footer words</footer>`,
	'<nav>Menu words</nav><p>Outside the body</p>',
);

describe('extractRecord: a built page as Pagefind reads it', () => {
	const record = extractRecord(HTML, 'a.html')!;

	it('keeps only the body’s text, without ignored elements, forms’ labels, navigation or footers', () => {
		expect(record.content).toBe(
			'Main title. A short summary. Ada mentioned a widget here. 1 ColumnOther zebra. value. Next part. Heavy words. TermIts definition One two.',
		);
		expect(record.url).toBe('a.html');
	});

	it('joins cells and terms Pagefind does not end a sentence at, and parts words at ids and line breaks', () => {
		const words = record.content.split(' ');
		expect(words).toContain('ColumnOther');
		expect(words).toContain('TermIts');
		// The footnote mark has an id, which parts it from the word before it.
		expect(words.slice(9, 11)).toEqual(['here.', '1']);
		expect(words.slice(-2)).toEqual(['One', 'two.']);
	});

	it('weighs headings and explicitly weighted text, in 24ths', () => {
		// h1 from word 0 (7×), normal from 2, h2 from 14 (6×), weight 2 from 16, normal again from 18.
		expect(record.weights).toEqual([0, 168, 2, 24, 14, 144, 16, 48, 18, 24]);
	});

	it('takes the title from the first h1, metadata and filters even from ignored text, but not from text ignored with “all”', () => {
		expect(record.meta).toEqual({ title: 'Main title', summary: 'A short summary.', hidden: 'kept meta' });
		expect(record.section).toBe('Background');
	});

	it('records the headings with ids, where their words start, for sub-results', () => {
		expect(record.anchors).toEqual([
			[0, 'top', 'Main title'],
			[14, 'next', 'Next part'],
		]);
	});

	it('does not end a block with a full stop when its source ends in a character reference, as Pagefind reads text undecoded', () => {
		const r = extractRecord(page('<main data-pagefind-body><p>AT&amp;T</p><p>Q&amp;A &#x41;</p></main>'), 'b.html')!;
		expect(r.content).toBe('AT&T. Q&A A');
	});

	it('skips pages without data-pagefind-body', () => {
		expect(extractRecord(page('<main><p>Text</p></main>'), 'c.html')).toBeNull();
	});

	it('falls back to the page’s <title> when there is no h1', () => {
		expect(extractRecord(page('<main data-pagefind-body><p>Text</p></main>'), 'd.html')!.meta.title).toBe('Page title');
	});
});
