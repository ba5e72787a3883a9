import { EpubCheck } from '@likecoin/epubcheck-ts';
import { unzipSync } from 'fflate';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bookPlan, buildEpub, brokenLinks, chapterLinks } from '../../src/editions/epub/build-epub.ts';
import { bookHref, chapterFromPage } from '../../src/editions/epub/chapter.ts';
import { classesOf } from '../../src/editions/epub/elements.ts';
import { packageDocument, uuidFromName, type BookMeta } from '../../src/editions/epub/package-document.ts';
import { editionMeta } from '../../src/editions/editions.ts';
import { ROOT } from '../helpers/project.ts';

const LOADER = "var d=document;d.head.append(d.createElement('script'))";

/** A page as the site builds it: chrome around an article with GFM footnotes, a heading anchor and loaders. */
const page = (body: string, nav = '') => `<!doctype html><html lang="en-GB"><head><title>t</title></head><body>
<header class="site-header"><nav class="site-nav">${nav}</nav><briefing-search><input data-js="assets/search.js" onfocus="${LOADER}"></briefing-search></header>
<main id="main"><article class="prose" data-pagefind-body data-source="content/x.mdx">${body}</article><nav class="toc"><a href="#a">A</a></nav></main>
<footer><p class="read-offline"><a href="briefing.epub">EPUB</a></p></footer></body></html>`;

const SECTION = page(`<h1>Background</h1>
<div class="heading-wrap"><h2 id="a">Rules</h2><a class="heading-anchor" href="#a" aria-label="Link to this heading: Rules"></a></div>
<p>Text.<sup><a href="#fn-x" id="fnref-x" data-footnote-ref="" aria-describedby="footnote-label" data-js="assets/footnotes.js" onfocus="${LOADER}">1</a></sup>
Again.<sup><a href="#fn-x" id="fnref-x-2" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup>
See <a href="glossary.html#art-5">Article 5</a>, <a href="all.html">the one-page edition</a> and <a href="https://example.org/">a source</a>.</p>
<p class="read-offline" data-edition="site">Read offline</p>
<section data-footnotes class="footnotes"><h2 id="footnote-label">Notes</h2><ol>
<li id="fn-x"><p><a href="sources.html#s1">Source one</a>. A note. <a href="#fnref-x" data-footnote-backref aria-label="Back to reference 1">↩</a> <a href="#fnref-x-2" data-footnote-backref aria-label="Back to reference 1-2">↩<sup>2</sup></a></p></li>
</ol></section>`);

const inBook = (p: string) => ['index.html', 'background.html', 'glossary.html', 'sources.html'].includes(p);
const attr = (el: Element | undefined, name: string) => el?.properties[name];

describe('chapterFromPage', () => {
	const chapter = chapterFromPage(SECTION, 'background.html', inBook);
	const article = chapter.article;

	it('keeps the article and leaves the site’s chrome, anchors, loaders and web-only parts behind', () => {
		expect(chapter.title).toBe('Background');
		expect(chapter.headings).toEqual([{ id: 'a', text: 'Rules' }]);
		expect(selectAll('.heading-anchor, .heading-wrap, .read-offline, briefing-search', article)).toEqual([]);
		expect(select('h2#a', article)?.children).toEqual([expect.objectContaining({ type: 'text', value: 'Rules' })]);
		const hooks = selectAll('*', article).flatMap((el) => Object.keys(el.properties).filter((k) => /^(on|data)[A-Z]/.test(k)));
		expect(hooks).toEqual([]);
		expect(Object.keys(article.properties)).toEqual(['className']);
	});

	it('turns GFM footnotes into EPUB footnotes that reading systems show as pop-ups', () => {
		expect(chapter.notes).toBe(1);
		const refs = selectAll('a[href="#fn-x"]', article);
		expect(refs.map((a) => [attr(a, 'epub:type'), attr(a, 'role'), attr(a, 'id')])).toEqual([['noteref', 'doc-noteref', 'fnref-x'], ['noteref', 'doc-noteref', 'fnref-x-2']]);
		const aside = select('section.footnotes > aside', article)!;
		expect([attr(aside, 'id'), attr(aside, 'epub:type'), attr(aside, 'role')]).toEqual(['fn-x', 'footnote', 'doc-footnote']);
		// The number leads back to the first place the note is cited, and a ↩ to each other place, as on the web.
		const back = selectAll('p > a[role="doc-backlink"]', aside);
		expect(back.map((a) => [attr(a, 'href'), toString(a), attr(a, 'ariaLabel')])).toEqual([
			['#fnref-x', '1', undefined],
			['#fnref-x-2', '↩2', 'Back to reference 1-2'],
		]);
		expect(select('[data-footnote-backref], ol, li', aside)).toBeUndefined();
	});

	it('puts a comma between note numbers side by side, which the web brackets with CSS and a book would print as one number', () => {
		const two = page(`<h1>T</h1><p>Text.<sup><a href="#fn-a" id="fnref-a" data-footnote-ref="">1</a></sup><sup><a href="#fn-b" id="fnref-b" data-footnote-ref="">2</a></sup> More.<sup><a href="#fn-a" id="fnref-a-2" data-footnote-ref="">1</a></sup></p>
<section data-footnotes class="footnotes"><h2 id="footnote-label">Notes</h2><ol><li id="fn-a"><p>A.</p></li><li id="fn-b"><p>B.</p></li></ol></section>`);
		const prose = select('p', chapterFromPage(two, 'x.html', inBook).article)!;
		expect(toString(prose)).toBe('Text.1,2 More.1');
	});

	it('points links at chapters, keeps outside links and reduces links out of the book to their text', () => {
		const hrefs = selectAll('a[href]', article).map((a) => String(attr(a, 'href')));
		expect(hrefs).toContain('glossary.xhtml#art-5');
		expect(hrefs).toContain('sources.xhtml#s1');
		expect(hrefs).toContain('https://example.org/');
		expect(hrefs.some((h) => h.includes('all.'))).toBe(false);
		expect(JSON.stringify(article)).toContain('the one-page edition');
	});

	it('refuses pages it cannot make a faithful chapter of', () => {
		expect(() => chapterFromPage('<main><p>no article</p></main>', 'x.html', inBook)).toThrow(/x\.html: no <article>/);
		expect(() => chapterFromPage(page('<h1>T</h1><img src="a.png" alt="A">'), 'x.html', inBook)).toThrow(/x\.html: .*images/);
		expect(() => chapterFromPage(page('<h1>T</h1><svg><path class="alliance-map__new-shade"/></svg>'), 'map.html', inBook)).toThrow(/map\.html: .*"alliance-map__new-shade"/);
		expect(() => chapterFromPage(page('<h1>T</h1><p><a href="http://example.org/">x</a></p>'), 'x.html', inBook)).toThrow(/neither https/);
	});

	it('draws the map key’s swatches as SVG, which reading systems do not strip, Ukraine’s hatched as the map draws it', () => {
		const key = '<ul><li><span class="alliance-map__swatch alliance-map__swatch--p1"></span>1949</li><li><span class="alliance-map__swatch alliance-map__swatch--ukraine"></span>Ukraine</li></ul>';
		const [founders, ukraine] = selectAll('svg.swatch', chapterFromPage(page(`<h1>Map</h1>${key}`), 'map.html', inBook).article);
		expect(selectAll('path', founders)).toHaveLength(0);
		const hatch = select('path', ukraine)!;
		expect(String(hatch.properties.d).match(/M/g)!.length).toBeGreaterThanOrEqual(5);
		expect(attr(hatch, 'stroke')).toBe(attr(select('rect', ukraine), 'stroke'));
	});

	it('shows what a details element holds, always, since not every reading system can open one', () => {
		const { article } = chapterFromPage(page('<h1>Map</h1><details class="data" open><summary>Members</summary><table><tr><td>1949</td></tr></table></details>'), 'map.html', inBook);
		const box = select('div.data', article)!;
		expect(box.properties.open).toBeUndefined();
		expect(toString(select('p', box)!)).toBe('Members');
		expect(select('details, summary', article)).toBeUndefined();
	});

	it('gives a page’s corrections after its text and notes, as paper does, and leaves their line at the top to say where', () => {
		const notices = `<div class="update-notices"><p class="update-notice"><strong>Update, 4 December 2024:</strong> No invitation.</p>
<details class="update-notices__folded"><summary><strong>2 corrections to this page, the latest <time datetime="2026-12-06">6 December 2026</time></strong></summary>
<p class="update-notice"><strong>Correction, 6 December 2026:</strong> One.</p><p class="update-notice"><strong>Correction, 5 December 2026:</strong> Two.</p>
<p class="update-notice"><a href="about.html#corrections">Every correction and update, in the log</a></p></details></div>`;
		const { article, headings } = chapterFromPage(page(`<header class="page-header"><h1>T</h1>${notices}</header><div class="prose-body"><section class="key-points"><h2 id="key-points">Key points</h2></section>
<p>Text.<sup><a href="#fn-a" id="fnref-a" data-footnote-ref="">1</a></sup></p><section data-footnotes class="footnotes"><h2 id="footnote-label">Notes</h2><ol><li id="fn-a"><p>A.</p></li></ol></section></div>`), 'background.html', (p) => p === 'about.html' || inBook(p));
		const top = selectAll('.page-header .update-notice', article).map((p) => toString(p).replace(/\s+/g, ' ').trim());
		expect(top).toEqual(['Update, 4 December 2024: No invitation.', '2 corrections to this page, the latest 6 December 2026, listed at the end of this chapter.']);
		expect(attr(select('.page-header .update-notice a', article), 'href')).toBe('#chapter-corrections');
		const last = article.children.filter((c): c is Element => c.type === 'element').at(-1)!;
		expect([attr(last, 'id'), toString(select('h2', last)!)]).toEqual(['chapter-corrections', '2 corrections to this page, the latest 6 December 2026']);
		expect(selectAll('.update-notice', last).map((p) => toString(p))).toEqual(['Correction, 6 December 2026: One.', 'Correction, 5 December 2026: Two.', 'Every correction and update, in the log']);
		expect(attr(select('a', last), 'href')).toBe('about.xhtml#corrections');
		// After the notes; not a part the book's contents list.
		expect(article.children.filter((c): c is Element => c.type === 'element').map((c) => classesOf(c).join(' '))).toEqual(['page-header', 'prose-body', 'update-notices update-notices--after']);
		expect(headings).toEqual([{ id: 'key-points', text: 'Key points' }]);
		expect(select('details, summary', article)).toBeUndefined();
	});

	it('resolves links relative to the page', () => {
		expect(bookHref('#x', 'a.html', inBook)).toBe('#x');
		expect(bookHref('index.html', 'glossary.html', inBook)).toBe('index.xhtml');
		expect(bookHref('search.html?q=x', 'glossary.html', inBook)).toBeUndefined();
	});
});

describe('the book', () => {
	const nav = '<ol><li><a href="index.html#the-sections">All sections</a></li></ol><ul class="site-nav__reference"><li><a href="glossary.html">G</a></li><li><a href="all.html">All</a></li></ul>';
	const contents = '<ol class="contents__list"><li><a href="background.html">Background</a></li></ol>';
	const pages = new Map([
		['index.html', page(`<h1>Overview</h1>${contents}<p>Start with <a href="background.html#a">the rules</a>.</p>`, nav)],
		['background.html', SECTION],
		['glossary.html', page('<h1>Glossary</h1><section id="art-5"><h2 id="article-5">Article 5</h2><p>See <a href="sources.html#s1">one</a>.</p></section>')],
		['sources.html', page('<h1>Sources</h1><ol class="source-register"><li id="s1">One</li></ol>')],
	]);
	const meta: BookMeta = { title: 'A briefing', creators: ['A team'], publisher: 'A team', language: 'en-GB', asOf: '2024-11-29', modified: '2024-12-04' };

	it('reads its order from the overview’s contents, the site menu’s reference pages and the footer’s pages, without the one-page edition', () => {
		expect(bookPlan(pages.get('index.html')!).order).toEqual(['index.html', 'background.html', 'glossary.html']);
		const withAbout = pages.get('index.html')!.replace('<footer>', '<footer><a href="about.html">About and method</a> <a href="about.html#corrections">Corrections</a> <a href="all.html">All</a>');
		expect(bookPlan(withAbout).order).toEqual(['index.html', 'background.html', 'glossary.html', 'about.html']);
		expect(() => bookPlan(page('<h1>Overview</h1>', nav))).toThrow(/no links in the contents/);
	});

	it('takes its description from the overview’s, and has none where the overview has none', () => {
		const described = pages.get('index.html')!.replace('<title>t</title>', '<title>t</title><meta name="description" content="What the briefing covers.">');
		expect(bookPlan(described).description).toBe('What the briefing covers.');
		expect(bookPlan(pages.get('index.html')!)).not.toHaveProperty('description');
	});

	it('passes EPUBCheck, and two builds are the same bytes', async () => {
		const order = ['index.html', 'background.html', 'glossary.html', 'sources.html'];
		const { epub } = await buildEpub(pages, order, meta);
		expect(Buffer.from((await buildEpub(pages, order, meta)).epub).equals(Buffer.from(epub))).toBe(true);
		const result = await EpubCheck.validate(epub);
		expect(result.messages.filter((m) => m.severity !== 'info' && m.severity !== 'usage').map((m) => `${m.id} ${m.message}`)).toEqual([]);
		const nav = new TextDecoder().decode(unzipSync(epub)['EPUB/nav.xhtml']);
		expect(nav).toContain('<a href="background.xhtml#a">Rules</a>');
		expect(nav).toContain('epub:type="bibliography"');
	}, 30_000);

	it('refuses a link that leads nowhere in the book, naming the chapter', async () => {
		const broken = new Map(pages).set('index.html', page('<h1>Overview</h1><a href="glossary.html#missing">x</a>'));
		await expect(buildEpub(broken, ['index.html', 'glossary.html', 'sources.html'], meta)).rejects.toThrow(/index\.xhtml: "glossary\.xhtml#missing": no element with that id/);
		const chapters = [chapterFromPage(pages.get('glossary.html')!, 'glossary.html', (p) => p === 'glossary.html')];
		expect(brokenLinks(chapters.map(chapterLinks))).toEqual([]);
	});
});

describe('packageDocument', () => {
	const meta: BookMeta = { title: 'A briefing', creators: ['A team'], publisher: 'A team', language: 'en-GB', asOf: '2024-11-29', modified: '2024-12-04' };

	it('identifies the book by its title, the same on every build', () => {
		expect(uuidFromName('A briefing')).toBe(uuidFromName('A briefing'));
		expect(uuidFromName('A briefing')).not.toBe(uuidFromName('Another briefing'));
		expect(uuidFromName('A briefing')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});

	it('dates the book from the content and refuses a date that is not one', () => {
		expect(packageDocument(meta, [])).toContain('<meta property="dcterms:modified">2024-12-04T00:00:00Z</meta>');
		expect(() => packageDocument({ ...meta, modified: '4 December 2024' }, [])).toThrow(/modified "4 December 2024" is not a YYYY-MM-DD date/);
		expect(() => packageDocument({ ...meta, publisher: ' ' }, [])).toThrow(/publisher is empty/);
	});

	it('credits each creator, and the publisher apart, and refuses a book by no one', () => {
		const book = packageDocument({ ...meta, creators: ['Ada Byron', 'Mary Somerville'], publisher: 'A press' }, []);
		expect([...book.matchAll(/<dc:creator>([^<]*)<\/dc:creator>/g)].map((m) => m[1])).toEqual(['Ada Byron', 'Mary Somerville']);
		expect(book).toContain('<dc:publisher>A press</dc:publisher>');
		expect(() => packageDocument({ ...meta, creators: [] }, [])).toThrow(/a creator is empty, or none is named/);
	});

	it('carries the licence when the publisher gives one, escaped', () => {
		expect(packageDocument({ ...meta, licence: 'CC BY 4.0 <https://creativecommons.org/licenses/by/4.0/>' }, [])).toContain('<dc:rights>CC BY 4.0 &lt;https://creativecommons.org/licenses/by/4.0/&gt;</dc:rights>');
	});
});

describe('editionMeta', () => {
	it('credits the book as the site’s citations do: the authors, or else the issuing body, and the publisher apart', () => {
		const content = mkdtempSync(join(tmpdir(), 'edition-meta-'));
		try {
			cpSync(join(ROOT, 'tests/fixtures/minimal'), content, { recursive: true });
			const file = join(content, 'briefing.yaml');
			const briefing = readFileSync(file, 'utf8');
			const url = pathToFileURL(`${content}/`);
			const asIssued = editionMeta(url);
			expect(asIssued.creators).toEqual([asIssued.issuedBy]);
			expect(asIssued.genre).toBe('Briefing');
			writeFileSync(file, briefing.replace(/^publisher: .*$/m, 'publisher: A Press\nauthors:\n  - { given: Ada, family: Byron }\n  - { given: Mary, family: Somerville }'));
			const authored = editionMeta(url);
			expect(authored.creators).toEqual(['Ada Byron', 'Mary Somerville']);
			expect(authored.publisher).toBe('A Press');
			expect(authored.issuedBy).toBe(asIssued.issuedBy);
		} finally {
			rmSync(content, { recursive: true, force: true });
		}
	});
});
