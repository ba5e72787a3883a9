import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { parseSiteHtml } from '../../src/html/parse-html.ts';

/** A tree without what only parse5 records: source positions, and the root's data. */
function bare(node: Nodes): unknown {
	const { position: _position, data: _data, ...rest } = node as Nodes & { data?: unknown };
	return 'children' in node ? { ...rest, children: node.children.map(bare) } : rest;
}

// The EPUB and the search's entries read built pages with htmlparser2, for speed (src/html/parse-html.ts): on
// HTML as the site writes it, the tree must be the one parse5, which read them before, makes.
describe('parseSiteHtml', () => {
	const parse5 = (html: string) => bare(fromHtml(html, { fragment: true }));

	it('makes parse5’s tree of the site’s HTML: properties, entities, void elements, tables, whitespace', () => {
		const html = `<main id="main" class="page wide"><article class="prose" data-pagefind-body data-words="12">
<h2 id="a" aria-labelledby="x y">Rules &amp; “limits”&nbsp;&#x2019;</h2>
<p hidden>Text<br>more<sup><a href="#fn-1" id="fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup></p>
<details open><summary>More</summary><p>Inside</p></details>
<table><thead><tr><th scope="col" colspan="2">Ally</th></tr></thead><tbody>
<tr><td>Germany</td><td><span class="badge" data-stance="against">Against</span></td></tr>
</tbody></table>
<img src="a.png" alt="A map"><input type="search" disabled>
</article></main>`;
		expect(bare(parseSiteHtml(html))).toEqual(parse5(html));
	});

	it('closes nothing by a slash in HTML, as parse5 does not', () => {
		const html = '<p><span class="x"/>after</span> and <br/>on</p>';
		expect(bare(parseSiteHtml(html))).toEqual(parse5(html));
	});

	it('keeps SVG’s names in their case, and reads its self-closed elements', () => {
		const svg = `<figure><svg viewBox="0 0 10 10" preserveAspectRatio="xMidYMid" role="img" aria-labelledby="t"><title id="t">Map</title>
<defs><linearGradient id="g" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#fff"/></linearGradient><clipPath id="c"><rect width="10" height="10"/></clipPath></defs>
<path d="M0 0L10 10" fill="url(#g)" clip-path="url(#c)" stroke-width="0.5"/><text x="1" y="2" text-anchor="middle">Kyiv</text></svg><figcaption>The map</figcaption></figure>`;
		expect(bare(parseSiteHtml(svg))).toEqual(parse5(svg));
	});
});
