import { describe, expect, it } from 'vitest';
import { scopeHtml, unscopedHref } from '../../src/editions/scope-html.ts';

describe('scopeHtml', () => {
	const pages = ['index', 'background', 'victory-plan'];
	it('prefixes ids and the same-page references that follow them', () => {
		const html = '<h2 id="why">Why</h2><p><a href="#fn-1" id="fnref-1" aria-describedby="fn-preview-1">1</a></p><span id="fn-preview-1"></span><label for="x">x</label>';
		expect(scopeHtml(html, { prefix: 'background', pages })).toBe(
			'<h2 id="background--why">Why</h2><p><a href="#background--fn-1" id="background--fnref-1" aria-describedby="background--fn-preview-1">1</a></p><span id="background--fn-preview-1"></span><label for="background--x">x</label>',
		);
	});
	it('points links to merged pages inside the document, and leaves the others alone', () => {
		const html = '<a href="/victory-plan.html#the-letter">a</a><a href="/victory-plan.html">b</a><a href="/glossary.html#article-5">c</a><a href="https://example.org/">d</a>';
		expect(scopeHtml(html, { prefix: 'background', pages })).toBe(
			'<a href="#victory-plan--the-letter">a</a><a href="#victory-plan">b</a><a href="/glossary.html#article-5">c</a><a href="https://example.org/">d</a>',
		);
	});
	it('moves headings down a level when asked', () => {
		expect(scopeHtml('<h2 id="a">A</h2><h3>B</h3><h6>C</h6>', { prefix: 'p', pages, demote: 1 })).toBe('<h3 id="p--a">A</h3><h4>B</h4><h6>C</h6>');
	});
	it('copies what it does not change as it was written, and keeps SVG names’ case in what it does', () => {
		const html = '<li data-scheduled><b>A&amp;B&nbsp;C</b><!-- note --></li><svg viewBox="0 0 2 2"><linearGradient id="g"></linearGradient><rect width="2" height="2"/></svg>';
		expect(scopeHtml(html, { prefix: 'p', pages })).toBe(
			'<li data-scheduled><b>A&amp;B&nbsp;C</b><!-- note --></li><svg viewBox="0 0 2 2"><linearGradient id="p--g"></linearGradient><rect width="2" height="2"/></svg>',
		);
	});
	it('writes a changed tag’s other attributes escaped', () => {
		expect(scopeHtml('<a id="x" title="&quot;Q&quot; &amp; A" href="https://example.org/?a=1&amp;b=2">q</a>', { prefix: 'p', pages })).toBe(
			'<a id="p--x" title="&quot;Q&quot; &amp; A" href="https://example.org/?a=1&amp;b=2">q</a>',
		);
	});
});

describe('unscopedHref', () => {
	const pages = ['index', 'background', 'victory-plan'];
	it('gives back the link a same-page link of the merged document was made from', () => {
		expect(unscopedHref('#victory-plan--the-letter', pages)).toBe('/victory-plan.html#the-letter');
		expect(unscopedHref('#victory-plan', pages)).toBe('/victory-plan.html');
		expect(unscopedHref('#index--why-now', pages)).toBe('/index.html#why-now');
		// A name that holds another and the separator is read as the longer.
		expect(unscopedHref('#war--plan--x', ['war', 'war--plan'])).toBe('/war--plan.html#x');
	});
	it('is the inverse of the scoping', () => {
		const html = scopeHtml('<a href="/victory-plan.html#What-Kyiv-Accepts">a</a><a href="#own">b</a>', { prefix: 'background', pages });
		const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => unscopedHref(m[1], pages));
		expect(hrefs).toEqual(['/victory-plan.html#What-Kyiv-Accepts', '/background.html#own']);
	});
	it('leaves alone what is no merged page’s', () => {
		for (const href of ['#edition-contents', '#glossary--article-5', 'background.html#why', 'https://example.org/#victory-plan--x']) expect(unscopedHref(href, pages), href).toBeUndefined();
	});
});
