import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { EpubCheck } from '@likecoin/epubcheck-ts';
import { unzipSync } from 'fflate';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { zipCopyOfPage } from '../../src/editions/editions.ts';
import { $$, dist, files, read, sectionSlugs, text } from './dist.ts';
import { formatKb, statedSizes } from '../../src/editions/sizes.ts';

/** The offline editions in the fresh build: briefing.zip is the site, briefing.epub the book. */

const bytes = (path: string) => new Uint8Array(readFileSync(join(dist(), path)));
const once = <T>(make: () => T) => {
	let value: T | undefined;
	return () => (value ??= make());
};
const zip = once(() => unzipSync(bytes('briefing.zip')));
const epub = once(() => unzipSync(bytes('briefing.epub')));
const decode = (data: Uint8Array) => new TextDecoder().decode(data);
const chapter = (name: string) => fromHtml(decode(epub()[`EPUB/${name}`]));
const attr = (el: Element, name: string) => el.properties[name] as string | undefined;

/** The book's chapters, in spine order, from its package document. */
function spine(): string[] {
	const opf = decode(epub()['EPUB/package.opf']);
	const hrefs = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
	return [...opf.matchAll(/<itemref idref="([^"]+)"(?! linear="no")\/>/g)].map((m) => hrefs.get(m[1])!);
}

describe('briefing.zip', () => {
	it('holds the built site, file for file, byte for byte less the pages\' link to the zip itself, the EPUB included, in one folder named for the briefing', () => {
		const folder = 'ukraines-nato-invitation-request/';
		const entries = zip();
		const expected = files().filter((p) => p !== 'briefing.zip');
		expect(Object.keys(entries).filter((p) => p !== `${folder}README.txt`)).toEqual(expected.map((p) => `${folder}${p}`));
		// Pages less their link to the zip, which the copy cannot hold.
		for (const path of expected) {
			const built = readFileSync(join(dist(), path));
			expect(Buffer.from(entries[`${folder}${path}`]).equals(path.endsWith('.html') ? Buffer.from(zipCopyOfPage(built.toString(), path)) : built), path).toBe(true);
		}
		expect(Buffer.from(entries[`${folder}index.html`]).toString()).not.toMatch(/href="[^"]*briefing\.zip"/);
		expect(readFileSync(join(dist(), 'index.html'), 'utf8')).toMatch(/href="[^"]*briefing\.zip"/);
		for (const needed of ['index.html', '_headers', 'pagefind/pagefind.js', 'pagefind/pagefind.disk.js', 'service-worker.js', 'briefing.epub']) expect(expected).toContain(needed);
	});

	it('says in a file of its own, beside the site’s, which file to open', () => {
		// Unzipped, the folder showed two dozen files, “_headers” and “service-worker.js” among them, and nothing said which.
		const readme = Buffer.from(zip()['ukraines-nato-invitation-request/README.txt']).toString();
		expect(readme).toMatch(/^Ukraine’s NATO invitation request\r\nAs of 29 November 2024, corrected \d+ \w+ \d{4}\.\r\n/);
		expect(readme).toContain('open index.html in this folder with any web browser');
		expect(readme).toContain('briefing.epub is the same briefing as an e-book');
		// What it says the other files are is what they are: it had spoken of images, of which the site has none.
		expect(readme).toContain('citation files');
		expect(readme).not.toMatch(/images/);
		expect(files().some((p) => p.startsWith('cite/'))).toBe(true);
		expect(files()).not.toContain('README.txt');
	});

	it('dates every entry from the content, not the clock', () => {
		// Each local header's DOS date (offset 12 after the signature) is the briefing's last-updated date.
		const data = Buffer.from(bytes('briefing.zip'));
		const updated = $$('footer time[datetime]', 'index.html').map((t) => attr(t, 'dateTime'))[1]!;
		const [y, m, d] = updated.split('-').map(Number);
		const dosDate = ((y - 1980) << 9) | (m << 5) | d;
		let headers = 0;
		for (let at = data.indexOf('PK\x03\x04'); at >= 0; at = data.indexOf('PK\x03\x04', at + 4)) {
			expect(data.readUInt16LE(at + 12)).toBe(dosDate);
			expect(data.readUInt16LE(at + 10)).toBe(0);
			headers++;
		}
		expect(headers).toBeGreaterThanOrEqual(Object.keys(zip()).length);
	});
});

describe('briefing.epub', () => {
	it('passes EPUBCheck with no errors and no warnings', async () => {
		const result = await EpubCheck.validate(bytes('briefing.epub'));
		const reported = result.messages.filter((m) => ['fatal', 'error', 'warning'].includes(m.severity)).map((m) => `${m.severity} ${m.id} ${m.message} (${m.location?.path})`);
		expect(reported).toEqual([]);
		expect(result.valid).toBe(true);
	}, 30_000);

	// The Java original, where it is installed (Debian: apt-get install epubcheck): its SVG and HTML schemas
	// are stricter than the port's. A short-lived JVM starts faster without the optimising compiler, and with the
	// serial collector: 3.3 s instead of 3.7 s, 4.5 s of CPU instead of 5.1 s, on two cores.
	const JAVA_EPUBCHECK = '/usr/share/java/epubcheck.jar';
	it.skipIf(!existsSync(JAVA_EPUBCHECK))('passes the Java EPUBCheck too, with no errors and no warnings', async () => {
		const { stdout } = await promisify(execFile)('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', JAVA_EPUBCHECK, join(dist(), 'briefing.epub')]).catch((e) => e);
		expect(stdout).toContain('Messages: 0 fatals / 0 errors / 0 warnings');
	}, 60_000);

	it('starts with its mimetype, stored, as readers require', () => {
		const data = Buffer.from(bytes('briefing.epub'));
		expect(data.subarray(30, 38).toString()).toBe('mimetype');
		expect(data.readUInt16LE(8)).toBe(0);
		expect(data.readUInt16LE(28)).toBe(0);
		expect(data.subarray(38, 58).toString()).toBe('application/epub+zip');
	});

	it('has the overview, every section in order, every reference page and the page on how the briefing is made', () => {
		expect(spine()).toEqual(['index.xhtml', ...sectionSlugs().map((s) => `${s}.xhtml`), 'timeline.xhtml', 'map.xhtml', 'people.xhtml', 'glossary.xhtml', 'sources.xhtml', 'about.xhtml']);
		for (const file of spine()) {
			const page = file.replace('.xhtml', '.html');
			expect(text(select('h1', chapter(file))!), file).toBe(text(select('main article h1', fromHtml(read(page)))!));
		}
	});

	it('carries every note of every page as an EPUB footnote, and every reference to it', () => {
		let total = 0;
		for (const file of spine()) {
			const page = file.replace('.xhtml', '.html');
			const book = chapter(file);
			const notes = $$('article section[data-footnotes] li', page).length;
			expect(selectAll('aside[epub\\:type="footnote"][role="doc-footnote"]', book), file).toHaveLength(notes);
			expect(selectAll('a[epub\\:type="noteref"]', book), file).toHaveLength($$('article a[data-footnote-ref]', page).length);
			total += notes;
		}
		expect(total).toBeGreaterThan(100);
	});

	it('prints the numbers of notes side by side apart, and speaks of nothing the book leaves out', () => {
		// A comma between neighbours: “<sup>1</sup><sup>5</sup><sup>7</sup>” read as note 157.
		const runs = spine().flatMap((file) => [...decode(epub()[`EPUB/${file}`]).matchAll(/<\/a><\/sup><sup[^>]*>/g)].map(() => file));
		expect(runs).toEqual([]);
		expect(decode(epub()['EPUB/alliance-reaction.xhtml'])).toMatch(/,<\/sup><sup[^>]*>/);
		// The one-page edition and the sections' references to copy are not in the book; the sections' list is numbered once.
		expect(text(chapter('index.xhtml'))).not.toMatch(/one page|Cite this/);
		// The briefing's reference is, to cite it from the book (an offline reader's trial found no way to), but not the
		// fold it is in on the site, nor the files to download, nor the sections' references the book leaves out.
		// The part under its heading, before the log that follows it.
		const cite = (text(chapter('about.xhtml')).split('How to cite it')[1] ?? '').split('Corrections and updates')[0];
		expect(cite).toMatch(/For the briefing as a whole:\s*APA\s*Briefing Team\. \(\d{4}, \w+ \d+\)\. Ukraine’s NATO invitation request \[Briefing\]\./);
		expect(cite).toMatch(/Chicago\s*Briefing Team\. 2024\./);
		expect(cite).not.toMatch(/Cite this|Download|BibTeX|Each section/);
		// Nor the site's foot of every page, nor its printing (a reader trial found both in the book's About chapter).
		expect(text(chapter('about.xhtml'))).not.toMatch(/foot of every page|one page|printed pages|on paper/);
		expect(decode(epub()['EPUB/nav.xhtml'])).not.toMatch(/on paper/);
		expect(text(chapter('about.xhtml'))).toMatch(/an EPUB edition for phones and e-readers/);
		expect(decode(epub()['EPUB/style.css'])).toMatch(/\.contents__list \{ list-style: none/);
	});

	it('has a cover, upright, that e-readers find by either EPUB version’s way of naming it', () => {
		// Without one, the book was a blank tile in a reader's library.
		const opf = decode(epub()['EPUB/package.opf']);
		expect(opf).toMatch(/<item id="cover-image" href="cover\.png" media-type="image\/png" properties="cover-image"\/>/);
		expect(opf).toMatch(/<meta name="cover" content="cover-image"\/>/);
		const png = Buffer.from(epub()['EPUB/cover.png']);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
		expect(height / width).toBe(1.5);
		// Light enough not to weigh on the book: its chapters are about 100 KB together.
		expect(png.length).toBeLessThan(80 * 1024);
	});

	it('draws the map and the timeline as SVG with their titles and descriptions', () => {
		const opf = decode(epub()['EPUB/package.opf']);
		for (const [file, page] of [['timeline.xhtml', 'timeline.html'], ['map.xhtml', 'map.html']]) {
			expect(opf).toMatch(new RegExp(`href="${file}" media-type="application/xhtml\\+xml" properties="svg"`));
			const svg = select('svg[aria-labelledby]', chapter(file))!;
			const site = select('svg[aria-labelledby]', fromHtml(read(page)))!;
			expect(text(select('title', svg)!)).toBe(text(select('title', site)!));
			expect(text(select('desc', svg)!)).toBe(text(select('desc', site)!));
			// Every shape and word, less the site's own (the map's lines for paper: the book keeps its colours).
			expect(selectAll('path, text', svg).length).toBe(selectAll('path:not([data-edition="site"]), text', site).length);
			expect(selectAll('[data-edition]', svg)).toEqual([]);
			// Painted by attributes, since e-readers may drop a book's CSS.
			for (const path of selectAll('path', svg)) expect(attr(path, 'fill') ?? attr(path, 'stroke'), file).toBeDefined();
		}
		// The timeline's caption says each event links to its entry: drawn plain, readers took them for captions.
		const links = selectAll('a', select('svg[aria-labelledby]', chapter('timeline.xhtml'))!);
		expect(links.length).toBeGreaterThan(10);
		for (const link of links) {
			const words = selectAll('tspan:not(.timeline-figure__date)', link);
			expect(words.length, attr(link, 'href')).toBeGreaterThan(0);
			for (const w of words) expect(attr(w, 'textDecoration'), `${attr(link, 'href')}: “${text(w)}”`).toBe('underline');
		}
	});

	it('carries Europe larger after the map, open, its members named, and no word of scrolling it', () => {
		// At an e-reader's width the whole map's names were a few pixels high, and the site's larger Europe was left out.
		const europe = select('svg.alliance-map__svg--europe', chapter('map.xhtml'))!;
		const site = select('svg.alliance-map__svg--europe', fromHtml(read('map.html')))!;
		expect(europe, 'the larger Europe in the book').toBeDefined();
		expect(selectAll('text', europe).map(text)).toEqual(selectAll('text', site).map(text));
		expect(selectAll('text', europe).map(text)).toContain('Germany');
		expect(text(chapter('map.xhtml'))).not.toMatch(/scroll it sideways/);
		// Nor its box, which a keyboard stopped at and a screen reader named for scrolling; the key to the numbers once.
		expect(decode(epub()['EPUB/map.xhtml'])).not.toMatch(/scroll sideways|alliance-map__zoom-box/);
		expect(text(chapter('map.xhtml')).match(/Numbered on the map/g)).toHaveLength(1);
		expect(selectAll('details', chapter('map.xhtml'))).toEqual([]);
	});

	it('has the whole source register', () => {
		const ids = (tree: ReturnType<typeof fromHtml>) => selectAll('ol.source-register > li[id]', tree).map((li) => attr(li, 'id'));
		expect(ids(chapter('sources.xhtml'))).toEqual(ids(fromHtml(read('sources.html'))));
		expect(ids(chapter('sources.xhtml')).length).toBeGreaterThan(50);
	});

	it('links only to its own chapters and anchors, or out to https; loads nothing', () => {
		const book = epub();
		const ids = new Map([...spine(), 'nav.xhtml'].map((f) => [f, new Set(selectAll('[id]', chapter(f)).map((e) => attr(e, 'id')))]));
		for (const file of [...spine(), 'nav.xhtml']) {
			const tree = chapter(file);
			for (const a of selectAll('a[href]', tree)) {
				const href = attr(a, 'href')!;
				if (href.startsWith('https://')) continue;
				const [target, id] = href.startsWith('#') ? [file, href.slice(1)] : href.split('#');
				expect(ids.has(target), `${file}: ${href}`).toBe(true);
				if (id) expect(ids.get(target)!.has(decodeURIComponent(id)), `${file}: ${href}`).toBe(true);
			}
			expect(selectAll('[src], script, link[href^="http"], [data-js]', tree), file).toEqual([]);
			// No handler of any event: the articles' onfocusin, which no list of names had held, had stayed in every chapter.
			const handlers = selectAll('*', tree).flatMap((e) => Object.keys(e.properties).filter((key) => /^on/i.test(key)).map((key) => `<${e.tagName} ${key}>`));
			expect(handlers, file).toEqual([]);
			expect(selectAll('.heading-anchor, header.site-header, footer, briefing-search, nav.toc', tree), file).toEqual([]);
		}
		expect(Object.keys(book).every((p) => p === 'mimetype' || p.startsWith('META-INF/') || p.startsWith('EPUB/'))).toBe(true);
	});

	it('says what it is, when it was current, and how accessible it is', () => {
		const opf = decode(epub()['EPUB/package.opf']);
		const [asOf, updated] = $$('footer time[datetime]', 'index.html').map((t) => attr(t, 'dateTime'));
		expect(opf).toMatch(/<dc:identifier id="pub-id">urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/dc:identifier>/);
		expect(opf).toContain(`<dc:date>${asOf}</dc:date>`);
		expect(opf).toContain(`<meta property="dcterms:modified">${updated}T00:00:00Z</meta>`);
		expect(opf).toContain('<dc:language>en-GB</dc:language>');
		// The overview's summary, as its page describes itself.
		const [summary = ''] = $$('meta[name="description"]', 'index.html').map((m) => attr(m, 'content'));
		expect(summary.length).toBeGreaterThan(50);
		expect(opf).toContain(`<dc:description>${summary.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</dc:description>`);
		for (const property of ['accessMode', 'accessModeSufficient', 'accessibilityFeature', 'accessibilityHazard', 'accessibilitySummary']) {
			expect(opf).toContain(`<meta property="schema:${property}">`);
		}
		const nav = decode(epub()['EPUB/nav.xhtml']);
		expect(nav).toContain('epub:type="toc"');
		expect(nav).toContain('epub:type="landmarks"');
	});
});

describe('the download links', () => {
	it('state the real sizes of both files on every page, and on the overview', () => {
		const real = { 'briefing.epub': formatKb(bytes('briefing.epub').byteLength), 'briefing.zip': formatKb(bytes('briefing.zip').byteLength) };
		for (const page of files('.html')) {
			const footer = select('footer', fromHtml(read(page)))!;
			expect(selectAll('a[href$="briefing.epub"], a[href$="briefing.zip"]', footer), page).toHaveLength(2);
			expect(statedSizes(read(page)), page).toEqual(real);
		}
		const overview = select('main article', fromHtml(read('index.html')))!;
		const line = `Read offline: EPUB for phones and e-readers, ${real['briefing.epub']} · the whole site, zipped, for a computer, ${real['briefing.zip']}`;
		expect(text(select('.read-offline', overview)!)).toBe(line.replace(/\s+/g, ' '));
	});
});
