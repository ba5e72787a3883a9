import type { Element, ElementContent } from 'hast';
import { select } from 'hast-util-select';
import { classesOf, elementsWhere, lineOf } from './elements.ts';
import { correctionsAfterText } from './corrections.ts';
import { toEpubFootnotes } from './footnotes.ts';
import { paintSvg, swatchSvg } from './paint.ts';
import { parseSiteHtml } from '../../html/parse-html.ts';
import { NOTES_HEADING_ID } from '../../site/urls.ts';

export interface Chapter {
	/** The site page it comes from (`background.html`) and its file in the book (`background.xhtml`). */
	page: string;
	file: string;
	title: string;
	/** The page's second-level headings with ids, for the book's contents. */
	headings: { id: string; text: string }[];
	/** The page's <article>, made fit for a book. */
	article: Element;
	svg: boolean;
	notes: number;
}

/** Site chrome that can sit inside an article, and elements marked as belonging to the website only (`data-edition="site"`); a box of the site's around what the book keeps too is `data-edition="site-box"`. */
const DROPPED_TAGS = new Set(['script', 'style', 'noscript', 'form', 'template', 'button', 'input', 'briefing-search']);
const isDropped = (el: Element) => DROPPED_TAGS.has(el.tagName) || el.properties.dataEdition === 'site' || classesOf(el).includes('heading-anchor');
const MEDIA = new Set(['img', 'iframe', 'video', 'audio', 'object', 'embed']);

/** The book's file for a site page (`background.html` → `background.xhtml`). */
const chapterFile = (page: string) => page.replace(/\.html$/, '.xhtml');

/**
 * One page of the built site as a chapter of the EPUB: its <article> without
 * the site's chrome, scripts' hooks (on* and data-* attributes) and headings'
 * links to copy, with the blocks that held them; its corrections after its
 * text (corrections.ts); notes as EPUB footnotes; figures painted for
 * e-readers; links to pages in the book pointed at their chapters, and
 * links to pages that are not in it (search, the one-page edition) reduced
 * to their text.
 * `inBook(page)` tells which pages are chapters.
 */
export function chapterFromPage(html: string, page: string, inBook: (page: string) => boolean): Chapter {
	// Only the page's <main> is parsed: the rest is the site's chrome, whose
	// navigation lists every section, so parsing whole pages grows with the
	// square of the briefing's length.
	const start = html.indexOf('<main');
	const end = html.lastIndexOf('</main>');
	const tree = parseSiteHtml(start >= 0 && end > start ? html.slice(start, end + '</main>'.length) : html);
	const article = select('main article', tree);
	if (!article) throw new Error(`${page}: no <article> in <main> to make a chapter of`);
	// One walk for all of them: a heading anchor on every heading made one walk each quadratic.
	// A heading's block, its link to copy gone, gives way to the heading.
	rewrite(article, (el) => (isDropped(el) ? [] : classesOf(el).includes('heading-wrap') || el.properties.dataEdition === 'site-box' ? el.children : [el]));
	if (elementsWhere(article, (el) => MEDIA.has(el.tagName)).length > 0) throw new Error(`${page}: the EPUB cannot carry this page's images or media yet`);
	correctionsAfterText(article, page);

	const notes = toEpubFootnotes(article, page);
	const svg = elementsWhere(article, (el) => el.tagName === 'svg');
	for (const figure of svg) paintSvg(figure, page);
	for (const span of elementsWhere(article, (el) => el.tagName === 'span' && classesOf(el).join(' ').includes('alliance-map__swatch'))) Object.assign(span, swatchSvg(span, page));

	const dropHooks = (el: Element) => {
		// A handler the HTML standard does not name (`onfocusin`) keeps its attribute's own spelling, in lower case.
		for (const key of Object.keys(el.properties)) if (/^on|^data[A-Z]/.test(key)) delete el.properties[key];
	};
	dropHooks(article);
	rewrite(article, (el) => {
		// Not every reading system opens or closes details: the book shows their contents, always.
		if (el.tagName === 'details') {
			el.tagName = 'div';
			delete el.properties.open;
		}
		if (el.tagName === 'summary') el.tagName = 'p';
		dropHooks(el);
		if (el.tagName !== 'a' || typeof el.properties.href !== 'string') return [el];
		const href = bookHref(el.properties.href, page, inBook);
		if (href === undefined) return el.children;
		el.properties.href = href;
		return [el];
	});

	const h1 = select('h1', article);
	if (!h1) throw new Error(`${page}: no <h1> to title its chapter`);
	const headings = elementsWhere(article, (el) => el.tagName === 'h2' && el.properties.id !== undefined && el.properties.id !== NOTES_HEADING_ID)
		.map((h) => ({ id: String(h.properties.id), text: lineOf(h) }));
	return { page, file: chapterFile(page), title: lineOf(h1), headings, article, svg: svg.length > 0, notes };
}

/** A link's address in the book, or undefined when its target is not in the book. */
export function bookHref(href: string, page: string, inBook: (page: string) => boolean): string | undefined {
	if (href.startsWith('#') || /^(https:|mailto:)/.test(href)) return href;
	if (/^[a-z][a-z0-9+.-]*:/i.test(href)) throw new Error(`${page}: the link "${href}" is neither https, mailto nor inside the site`);
	const url = new URL(href, `file:///site/${page}`);
	const target = decodeURIComponent(url.pathname.slice('/site/'.length));
	if (!inBook(target)) return undefined;
	return chapterFile(target) + url.hash;
}

/** Replaces every element under `root` (depth first) with what `change` returns for it. */
function rewrite(root: Element, change: (el: Element) => ElementContent[]): void {
	root.children = root.children.flatMap((child) => {
		if (child.type !== 'element') return [child];
		rewrite(child, change);
		return change(child);
	});
}
