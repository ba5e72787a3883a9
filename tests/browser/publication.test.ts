import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Browser, Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { unzipSync } from 'fflate';
import { cardText, renderCard } from '../../src/publication/title-card.ts';
import { lastChangeLabel, type LogEntry } from '../../src/publication/log.ts';
import { formatDate } from '../../src/text/dates.ts';
import type { PublicationData } from '../../src/publication/work.ts';
import { launchChromium, watchPage } from '../helpers/browser.ts';
import { pdfPageTexts } from '../helpers/pdf-text.ts';
import { ROOT } from '../helpers/project.ts';
import { VARIANT_SITE as SITE } from '../helpers/variant.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';

/*
 * The one extra build of the suite: the real briefing with a site URL set,
 * which is what a publisher does. It alone may hold absolute addresses, and
 * it alone has the social card, sitemap and feed; served under /briefing/,
 * it also shows the 404 page working under a sub-path.
 */
const briefingYaml = readFileSync(join(ROOT, 'content/briefing.yaml'), 'utf8');
const briefing = parse(briefingYaml) as PublicationData;
const log = parse(readFileSync(join(ROOT, 'content/corrections.yaml'), 'utf8')) as Pick<LogEntry, 'date' | 'kind'>[];

let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	// The variant build (tests/helpers/variant.ts), made once for the tests that need a site URL configured.
	dist = inject('variantDist');
	[server, browser] = await Promise.all([serveStatic(dist, '/briefing/'), launchChromium()]);
}, 180_000);
afterAll(async () => {
	await Promise.all([browser?.close(), server?.close()]);
});

const files = (ext = '') =>
	readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith(ext))
		.map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
const trees = new Map<string, Root>();
const tree = (p: string) => trees.get(p) ?? trees.set(p, fromHtml(readFileSync(join(dist, p), 'utf8'))).get(p)!;
const meta = (p: string, key: string) => (select(`meta[property="${key}"], meta[name="${key}"]`, tree(p)) as Element | undefined)?.properties.content;
const addressOf = (p: string) => (p === 'index.html' ? SITE : `${SITE}${p}`);

describe('with a site URL configured', () => {
	it('gives each page of the text its canonical address, og:url, the social card and a JSON-LD url', () => {
		const pages = files('.html').filter((p) => !['404.html', 'search.html'].includes(p));
		expect(pages.length).toBeGreaterThan(10);
		for (const p of pages) {
			expect((select('link[rel="canonical"]', tree(p)) as Element).properties.href, p).toBe(addressOf(p));
			expect(meta(p, 'og:url'), p).toBe(addressOf(p));
			expect(meta(p, 'og:image'), p).toBe(`${SITE}social-card.png`);
			expect(meta(p, 'twitter:card'), p).toBe('summary_large_image');
			const ld = JSON.parse(toString(select('script[type="application/ld+json"]', tree(p))!));
			expect(ld.url, p).toBe(addressOf(p));
			expect(ld.image, p).toBe(`${SITE}social-card.png`);
			expect((select('link[rel="alternate"][type="application/atom+xml"]', tree(p)) as Element).properties.href, p).toBe('updates.atom');
		}
	});

	it('prints each page’s address at the foot of every printed page, and none on the page for a missing address', async () => {
		// A printout had said nowhere where the current text is, which its dated notes and corrections may change.
		const page = await browser.newPage();
		for (const [path, address] of [['background.html', `${SITE}background.html`], ['index.html', SITE], ['404.html', undefined]] as const) {
			await page.goto(`${server.url}${path}`);
			const sheets = pdfPageTexts(await page.pdf({ format: 'A4' }));
			if (address) for (const sheet of sheets) expect(sheet.split('\n'), path).toContain(address);
			else expect(sheets.join('\n'), path).not.toContain(SITE);
		}
		await page.close();
	});

	it('names the site’s address in the downloads, where the current version is: the EPUB’s source, and the zip’s README', () => {
		const epub = unzipSync(new Uint8Array(readFileSync(join(dist, 'briefing.epub'))));
		const opf = Buffer.from(epub['EPUB/package.opf']).toString();
		expect(opf).toContain(`<dc:source>${SITE}</dc:source>`);
		const zip = unzipSync(new Uint8Array(readFileSync(join(dist, 'briefing.zip'))));
		const readme = Buffer.from(Object.entries(zip).find(([path]) => path.endsWith('/README.txt'))![1]).toString();
		expect(readme).toContain(`The briefing is published at ${SITE}, where any later update or correction is.`);
	});

	it('keeps every link, script and stylesheet relative: the absolute address is only in what leaves the site', () => {
		const offenders: string[] = [];
		for (const p of files('.html').filter((f) => f !== '404.html')) {
			visit(tree(p), 'element', (node: Element) => {
				for (const [name, value] of Object.entries(node.properties)) {
					if (typeof value !== 'string' || !value.includes('publisher.example.net')) continue;
					const allowed = (node.tagName === 'link' && node.properties.rel?.toString() === 'canonical') || (node.tagName === 'meta' && name === 'content');
					if (!allowed) offenders.push(`${p}: <${node.tagName} ${name}="${value}">`);
				}
				for (const name of ['href', 'src', 'action', 'dataJs']) {
					const v = node.properties[name];
					if (typeof v === 'string' && /^\/(?!\/)/.test(v)) offenders.push(`${p}: ${name}="${v}"`);
				}
			});
		}
		expect(offenders).toEqual([]);
	});

	it('writes citation files that carry the page’s address', async () => {
		for (const page of ['index', 'background']) {
			const [item] = (await Cite.async(readFileSync(join(dist, `cite/${page}.json`), 'utf8'))).data as { URL: string }[];
			expect(item.URL).toBe(addressOf(`${page}.html`));
		}
	});

	it('writes sitemap.xml and an Atom feed of the log that an XML parser accepts, and names the sitemap in robots.txt', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}index.html`);
		const read = (file: string) =>
			page.evaluate(async (url) => {
				const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
				if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent };
				const all = (name: string) => [...doc.getElementsByTagName(name)].map((e) => e.textContent ?? e.getAttribute('href'));
				return { root: doc.documentElement.localName, ns: doc.documentElement.namespaceURI, locs: all('loc'), ids: all('id'), links: [...doc.querySelectorAll('entry > link')].map((l) => l.getAttribute('href')) };
			}, `${server.url}${file}`);
		const map = await read('sitemap.xml');
		expect(map).toMatchObject({ root: 'urlset', ns: 'http://www.sitemaps.org/schemas/sitemap/0.9' });
		const expected = files('.html').filter((p) => !['404.html', 'search.html'].includes(p)).map(addressOf);
		expect([...map.locs!].sort()).toEqual(expected.sort());
		const feed = await read('updates.atom');
		expect(feed).toMatchObject({ root: 'feed', ns: 'http://www.w3.org/2005/Atom' });
		expect(feed.links).toHaveLength(log.length);
		for (const link of feed.links!) {
			const [file, id] = link!.slice(SITE.length).split('#');
			expect(readFileSync(join(dist, file), 'utf8'), link!).toContain(`id="${id}"`);
		}
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}sitemap.xml`);
		await page.close();
	});

	it('draws a 1,200 × 630 social card that redraws byte for byte', async () => {
		const png = readFileSync(join(dist, 'social-card.png'));
		expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		const headline = String(parse(readFileSync(join(ROOT, 'content/overview.mdx'), 'utf8').split('---')[1]).title);
		const text = cardText({ ...briefing, genre: briefing.genre ?? 'Briefing', changed: lastChangeLabel(log, briefing.updated) }, headline);
		// The briefing's last change was a correction, which the card calls one, as the byline does.
		expect(text.dates).toBe(`As of 29 November 2024 · Corrected ${formatDate(briefing.updated)}`);
		const again = await renderCard(text);
		expect(Buffer.from(again).equals(png), 'the card drawn again from the same text differs').toBe(true);
	});
});

describe('the 404 page, at a missing address three folders deep', () => {
	const modes = [
		{ name: 'at the root, without a site URL', base: () => inject('rootUrl') },
		{ name: 'under /briefing/, with the site URL', base: () => server.url },
	];

	async function open(page: Page, base: string) {
		const watch = await watchPage(page, base);
		const response = await page.goto(`${base}x/y/z`);
		expect(response!.status()).toBe(404);
		return watch;
	}

	it.each(modes)('is styled, and its links reach the overview and search, $name', async ({ name, base: baseOf }) => {
		const base = baseOf();
		const page = await browser.newPage();
		const watch = await open(page, base);
		const measure = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--measure').trim());
		expect(measure, `${name}: unstyled`).toMatch(/^\d+(\.\d+)?(em|ch|rem)$/);

		await page.getByRole('main').getByRole('link', { name: 'overview' }).click();
		await page.waitForURL(`${base}index.html`);
		expect(await page.locator('h1').textContent()).toContain('NATO');

		await open(page, base);
		await page.getByRole('main').getByRole('link', { name: 'search' }).click();
		await page.waitForURL(`${base}search.html`);
		await page.locator('#search-page-input').waitFor();

		// The header's search loads its script from the site, wherever the 404 is served.
		await open(page, base);
		const script = page.waitForResponse((r) => r.url().endsWith('/assets/search.js'));
		await page.locator('#site-search-input').focus();
		expect((await script).url()).toBe(`${base}assets/search.js`);
		expect((await script).status()).toBe(200);

		// The page itself answers 404, as it should; nothing else may fail.
		expect(watch.problems.filter((p) => !p.includes('x/y/z') && !p.includes('status of 404')), name).toEqual([]);
		await page.close();
	});
});
