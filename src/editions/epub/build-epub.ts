import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { parseSiteHtml } from '../../html/parse-html.ts';
import { NOT_FOUND_PAGE } from '../offline-protocol.ts';
import { zipEntries, type ZipEntry } from '../zip-site.ts';
import { chapterFromPage, type Chapter } from './chapter.ts';
import { elementsWhere, lineOf } from './elements.ts';
import { CONTAINER_XML, COVER_ID, packageDocument, type BookItem, type BookMeta } from './package-document.ts';
import { STYLESHEET } from './stylesheet.ts';
import { el, txt, xhtmlDocument } from './xhtml.ts';

const COVER_FILE = 'cover.png';

/** Pages of the site that are not chapters: the one-page edition repeats the rest, and search needs the site. */
const NOT_IN_BOOK = new Set(['all.html', 'search.html', NOT_FOUND_PAGE]);

/** What the book takes from the site's overview. */
export interface BookPlan {
	/**
	 * Its reading order, as the site's own: the overview, the sections in the
	 * order its contents list them, the reference pages in the order the
	 * site menu lists them, then the footer's pages. (The menu lists every
	 * section only in a short briefing: src/site/menu-sections.ts.)
	 */
	order: string[];
	/** The overview's own description of the briefing (its summary, as the page's meta description), for the book's. */
	description?: string;
	/** The overview's headline, for the cover. */
	headline: string;
}

export function bookPlan(overviewHtml: string): BookPlan {
	const overview = parseSiteHtml(overviewHtml);
	const hrefs = (selector: string) => selectAll(selector, overview).map((a) => String(a.properties.href).split('#')[0]);
	const sections = hrefs('.contents__list a[href]');
	if (sections.length === 0) throw new Error('index.html: no links in the contents (.contents__list) to take the book’s reading order from');
	const description = select('meta[name="description"]', overview)?.properties.content;
	const h1 = select('h1', overview);
	if (!h1) throw new Error('index.html: no h1 to take the cover’s headline from');
	return {
		headline: lineOf(h1),
		// Last, the pages the footer leads to (about and method): a reader of the book met “as of”, a dated note and
		// corrections with nothing to say what they mean.
		order: [...new Set(['index.html', ...sections, ...hrefs('nav.site-nav .site-nav__reference a[href]'), ...hrefs('footer a[href]').filter((page) => page.endsWith('.html'))])].filter((page) => !NOT_IN_BOOK.has(page)),
		...(description ? { description: String(description) } : {}),
	};
}

export interface Book {
	epub: Uint8Array;
}

/** What the book keeps of a chapter once its file is written: its place, title, headings, ids and links. */
type BookChapter = Omit<Chapter, 'article'> & ChapterLinks;

/** A chapter's ids and the links it holds, for the check that every link leads somewhere in the book. */
export interface ChapterLinks {
	file: string;
	ids: Set<string>;
	hrefs: string[];
}

export function chapterLinks(chapter: Pick<Chapter, 'file' | 'article'>): ChapterLinks {
	return {
		file: chapter.file,
		ids: new Set(elementsWhere(chapter.article, (el) => el.properties.id !== undefined).map((e) => String(e.properties.id))),
		hrefs: elementsWhere(chapter.article, (el) => el.tagName === 'a' && el.properties.href !== undefined).map((a) => String(a.properties.href)),
	};
}

/**
 * The EPUB 3 edition, from the built pages (path → HTML) in `order`. It
 * yields to the event loop after each chapter, so that the build's other
 * work (the search index's files, made beside it) is not held up until the
 * whole book is done. Each chapter is written out as soon as it is made and
 * its tree let go: kept for the whole book, a thousand chapters' trees were
 * a quarter of its time in garbage collection. `cover`: a PNG, the book's
 * cover image.
 */
export async function buildEpub(pages: ReadonlyMap<string, string>, order: string[], meta: BookMeta, cover?: Uint8Array): Promise<Book> {
	const inBook = new Set(order);
	const document = (title: string, body: Element[]) => xhtmlDocument({ lang: meta.language, title, stylesheet: 'style.css', body });
	const encode = (text: string) => new TextEncoder().encode(text);
	const chapters: BookChapter[] = [];
	const files: ZipEntry[] = [];
	for (const page of order) {
		const html = pages.get(page);
		if (html === undefined) throw new Error(`EPUB: the page "${page}" is in the reading order but not in the site`);
		const { article, ...chapter } = chapterFromPage(html, page, (target) => inBook.has(target));
		chapters.push({ ...chapter, ...chapterLinks({ file: chapter.file, article }) });
		// In a main landmark, as in the site's pages, so assistive technology can jump to it.
		files.push({ path: `EPUB/${chapter.file}`, data: encode(document(chapter.title, [el('main', {}, [article])])) });
		await new Promise((resolve) => setImmediate(resolve));
	}
	const broken = brokenLinks(chapters);
	if (broken.length) throw new Error(`EPUB: links that lead nowhere in the book:\n  ${broken.join('\n  ')}`);

	const items: BookItem[] = [
		{ id: 'nav', href: 'nav.xhtml', mediaType: 'application/xhtml+xml', properties: 'nav', spine: 'auxiliary' },
		{ id: 'style', href: 'style.css', mediaType: 'text/css' },
		...(cover ? [{ id: COVER_ID, href: COVER_FILE, mediaType: 'image/png', properties: 'cover-image' }] : []),
		...chapters.map((c): BookItem => ({
			id: `c-${c.file.replace(/\.xhtml$/, '')}`,
			href: c.file,
			mediaType: 'application/xhtml+xml',
			properties: c.svg ? 'svg' : undefined,
			spine: 'linear',
		})),
	];
	const entries: ZipEntry[] = [
		{ path: 'mimetype', data: encode('application/epub+zip'), stored: true },
		{ path: 'META-INF/container.xml', data: encode(CONTAINER_XML) },
		{ path: 'EPUB/package.opf', data: encode(packageDocument(meta, items)) },
		{ path: 'EPUB/nav.xhtml', data: encode(document('Contents', navigation(chapters))) },
		{ path: 'EPUB/style.css', data: encode(STYLESHEET) },
		// Stored: a PNG is compressed already.
		...(cover ? [{ path: `EPUB/${COVER_FILE}`, data: cover, stored: true }] : []),
		...files,
	];
	return { epub: zipEntries(entries, meta.modified) };
}

/** The navigation document's body: every chapter with its headings, and the landmarks. */
function navigation(chapters: readonly BookChapter[]): Element[] {
	const link = (href: string, text: string, properties: Element['properties'] = {}) => el('a', { href, ...properties }, [txt(text)]);
	const toc = el('ol', {}, chapters.map((c) => el('li', {}, [
		link(c.file, c.title),
		...(c.headings.length ? [el('ol', {}, c.headings.map((h) => el('li', {}, [link(`${c.file}#${h.id}`, h.text)])))] : []),
	])));
	const byPage = (page: string) => chapters.find((c) => c.page === page);
	const landmarks = [
		link('nav.xhtml#toc', 'Contents', { 'epub:type': 'toc' }),
		link(chapters[0].file, 'Start of the briefing', { 'epub:type': 'bodymatter' }),
		...(byPage('glossary.html') ? [link('glossary.xhtml', 'Glossary', { 'epub:type': 'glossary' })] : []),
		...(byPage('sources.html') ? [link('sources.xhtml', 'Sources', { 'epub:type': 'bibliography' })] : []),
	];
	// The contents are the document's main content, as a chapter's article is its.
	return [el('main', {}, [
		el('nav', { 'epub:type': 'toc', id: 'toc', role: 'doc-toc', ariaLabelledBy: ['toc-title'] }, [el('h1', { id: 'toc-title' }, [txt('Contents')]), toc]),
		el('nav', { 'epub:type': 'landmarks', id: 'landmarks', ariaLabelledBy: ['landmarks-title'], hidden: true }, [
			el('h2', { id: 'landmarks-title' }, [txt('Landmarks')]),
			el('ol', {}, landmarks.map((a) => el('li', {}, [a]))),
		]),
	])];
}

/** Links between and within chapters whose file or id is not in the book. */
export function brokenLinks(chapters: readonly ChapterLinks[]): string[] {
	const ids = new Map(chapters.map((c) => [c.file, c.ids]));
	const problems: string[] = [];
	for (const c of chapters) {
		for (const href of c.hrefs) {
			if (/^(https:|mailto:)/.test(href)) continue;
			const [file, id] = href.startsWith('#') ? [c.file, href.slice(1)] : href.split('#');
			const known = ids.get(file);
			if (!known) problems.push(`${c.file}: "${href}": no such chapter`);
			else if (id && !known.has(decodeURIComponent(id))) problems.push(`${c.file}: "${href}": no element with that id`);
		}
	}
	return problems;
}
