import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PAGE_COLOURS } from '../../src/styles/page-colours.ts';
import { ROOT } from '../helpers/project.ts';
import { atomFeed } from '../../src/publication/atom-feed.ts';
import { headMeta, scriptJson, type HeadInput } from '../../src/publication/head-meta.ts';
import { noticesFor, orderLog } from '../../src/publication/log.ts';
import { rebaseNotFoundPage } from '../../src/postbuild/not-found-page.ts';
import { needsConnectionPage, notFoundPageIn } from '../../src/editions/offline-protocol.ts';
import { sitemap } from '../../src/publication/sitemap.ts';
import { SOCIAL_CARD } from '../../src/publication/title-card.ts';
import { citedWork, type PublicationData } from '../../src/publication/work.ts';

const publication: PublicationData = {
	title: 'A briefing',
	genre: 'Briefing',
	issuedBy: 'Desk',
	authors: [],
	publisher: 'Desk',
	licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
	contact: 'desk@example.org',
	firstPublished: '2024-11-29',
	asOf: '2024-11-29',
	updated: '2024-12-04',
};
const hosted = { ...publication, siteUrl: 'https://example.org/b/' };
const input = (p: PublicationData, page: string, whole = false): HeadInput => ({
	publication: p,
	title: 'The page',
	description: 'What the page says.',
	work: citedWork(p, { page, title: 'The page', whole }, 'en-GB'),
	sources: [{ title: 'A source' }],
	themeColors: { light: '#fff', dark: '#000' },
	socialCard: SOCIAL_CARD,
});
const tags = (head: ReturnType<typeof headMeta>) => Object.fromEntries(head.meta.filter((m) => m.key !== 'theme-color').map((m) => [m.key, m.content]));

describe('page colours drawn outside the stylesheet', () => {
	it('are the stylesheet’s own, light and dark', () => {
		const tokens = readFileSync(`${ROOT}/src/styles/tokens.css`, 'utf8');
		const [light, dark] = tokens.split('@media (prefers-color-scheme: dark)');
		const value = (block: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`).exec(block)?.[1];
		for (const [name, colour] of Object.entries(PAGE_COLOURS.light)) expect(value(light, name), `light --${name}`).toBe(colour);
		for (const [name, colour] of Object.entries(PAGE_COLOURS.dark)) expect(value(dark, name), `dark --${name}`).toBe(colour);
	});
});

describe('head metadata', () => {
	it('makes the briefing a report to Zotero and Google Scholar, with the issuing body as publisher, not author', () => {
		const t = tags(headMeta(input(publication, 'index', true)));
		expect(t).toMatchObject({ citation_title: 'A briefing', citation_publisher: 'Desk', citation_technical_report_institution: 'Desk', citation_publication_date: '2024/11/29' });
		expect(t.citation_author).toBeUndefined();
		expect(t.citation_inbook_title).toBeUndefined();
	});

	it('makes a section part of the briefing, under the name each reader looks for', () => {
		const t = tags(headMeta(input(publication, 'background')));
		expect(t).toMatchObject({ citation_title: 'The page', citation_inbook_title: 'A briefing', citation_book_title: 'A briefing', 'DC.title': 'The page', 'DC.date': '2024-11-29' });
		expect(t.citation_technical_report_institution).toBeUndefined();
	});

	it('names people as citation_author, one tag each', () => {
		const people = { ...publication, authors: [{ given: 'Ada', family: 'Lovelace' }, { given: 'Charles', family: 'Babbage' }] };
		const head = headMeta(input(people, 'background'));
		expect(head.meta.filter((m) => m.key === 'citation_author').map((m) => m.content)).toEqual(['Ada Lovelace', 'Charles Babbage']);
		expect(head.jsonLd!.author).toEqual([
			{ '@type': 'Person', givenName: 'Ada', familyName: 'Lovelace' },
			{ '@type': 'Person', givenName: 'Charles', familyName: 'Babbage' },
		]);
	});

	it('has no absolute address without a site URL', () => {
		const head = headMeta(input(publication, 'background'));
		expect(head.canonical).toBeUndefined();
		expect(JSON.stringify(head)).not.toMatch(/example\.org/);
		expect(tags(head)['twitter:card']).toBe('summary');
		expect(tags(head)['og:image']).toBeUndefined();
	});

	it('with one: canonical, og:url, the social card and the JSON-LD address', () => {
		const head = headMeta(input(hosted, 'background'));
		expect(head.canonical).toBe('https://example.org/b/background.html');
		expect(tags(head)).toMatchObject({ 'og:url': head.canonical, 'og:image': 'https://example.org/b/social-card.png', 'og:image:width': '1200', 'twitter:card': 'summary_large_image' });
		expect(head.jsonLd).toMatchObject({ '@type': 'Article', url: head.canonical, isPartOf: { '@type': 'Report', name: 'A briefing', url: 'https://example.org/b/' } });
		expect(headMeta(input(hosted, 'index', true)).canonical).toBe('https://example.org/b/');
	});

	it('gives pages outside the text (search, 404) only what previews need', () => {
		const head = headMeta({ ...input(hosted, 'search'), work: undefined });
		expect(head.jsonLd).toBeUndefined();
		expect(head.meta.some((m) => m.key.startsWith('citation_'))).toBe(false);
	});

	it('writes JSON-LD that cannot end its script element early', () => {
		const json = scriptJson({ name: '</script><!-- x' });
		expect(json).not.toContain('<');
		expect(JSON.parse(json)).toEqual({ name: '</script><!-- x' });
	});
});

describe('feeds and the sitemap', () => {
	const log = orderLog([{ date: '2024-12-04', kind: 'update', summary: 'Allies & Ukraine: <no> invitation.', sections: ['alliance-reaction'] }]);
	const feed = atomFeed({ siteUrl: 'https://example.org/b/', title: 'A briefing', issuedBy: 'Desk', updated: '2024-12-04', entries: noticesFor('index', log, new Map([['alliance-reaction', ['2024-12-04']]]), new Map([['alliance-reaction', 'Alliance reaction']])) });

	it('writes an Atom entry per log entry, with absolute, escaped addresses and text', () => {
		expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/b/updates.atom"/>');
		expect(feed).toContain('<id>https://example.org/b/about.html#log-2024-12-04</id>');
		expect(feed).toContain('<link rel="alternate" type="text/html" href="https://example.org/b/alliance-reaction.html#after-note-2024-12-04"/>');
		expect(feed).toContain('<summary>Allies &amp; Ukraine: &lt;no&gt; invitation.</summary>');
		expect(feed).toContain('<updated>2024-12-04T00:00:00Z</updated>');
	});

	it('lists pages at their absolute addresses with their last change', () => {
		expect(sitemap('https://example.org/b/', [{ page: 'index', updated: '2024-12-04' }, { page: 'background', updated: '2024-11-29' }])).toContain(
			'<url><loc>https://example.org/b/</loc><lastmod>2024-12-04</lastmod></url>\n  <url><loc>https://example.org/b/background.html</loc><lastmod>2024-11-29</lastmod></url>',
		);
	});
});

describe('the 404 page, rebased', async () => {
	const html = '<html><head><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css"></head><body><a href="#main">Skip</a><a href="/index.html">Home</a><a href="https://x.org/">Out</a><form action="/search.html"><input data-js="/assets/search.js" aria-keyshortcuts="/ Control+K"></form></body></html>';
	const css: string[] = [];
	const { html: out, inlined } = rebaseNotFoundPage(html, '/briefing/', (href) => (css.push(href), 'body{color:red}'));

	it('inlines its stylesheets, so it is styled at any depth, and says what it inlined', () => {
		expect(css).toEqual(['/_astro/a.css']);
		expect(out).toContain('<style>body{color:red}</style>');
		expect(out).not.toContain('stylesheet');
		expect(inlined).toEqual(['body{color:red}']);
	});

	/** The page's links as they are rooted at `base`, and those no base changes. */
	const linksAt = (base: string) => [
		`<link rel="icon" href="${base}favicon.svg">`,
		`<a href="${base}index.html">`,
		`<form action="${base}search.html">`,
		`data-js="${base}assets/search.js"`,
		'<a href="#main">',
		'<a href="https://x.org/">',
	];

	it('roots its links at the base path, leaving fragments and other sites alone', () => {
		for (const link of linksAt('/briefing/')) expect(out).toContain(link);
	});

	it('says where its links are rooted, and the offline copy roots them at the folder it was kept from', () => {
		expect(out).toMatch(/^<html data-base="\/briefing\/">/);
		const atRoot = notFoundPageIn(out, '/');
		for (const link of linksAt('/')) expect(atRoot).toContain(link);
		expect(notFoundPageIn(out, '/briefing/')).toBe(out);
		const built = rebaseNotFoundPage(html, '/', () => '').html;
		expect(notFoundPageIn(built, '/copy/')).toContain('<a href="/copy/index.html">');
		expect(notFoundPageIn(built, '/copy/')).toContain('<html data-base="/">');
		// Only URLs: the search box's keys begin with a slash too.
		expect(notFoundPageIn(built, '/copy/')).toContain('aria-keyshortcuts="/ Control+K"');
	});
});

describe('a download asked for from the offline copy', () => {
	it('is answered in the 404 page’s dress, its title and its main part saying so; plainly where the copy has no such page', () => {
		const page = '<html><head><title>Page not found · Briefing</title><style>x{}</style></head><body><header class="site-header">H</header><main id="main" tabindex="-1"> <div class="prose"><h1>Page not found</h1></div> </main><footer>F</footer></body></html>';
		const out = needsConnectionPage(page);
		expect(out).toContain('<title>Download needs a connection · Briefing</title><style>x{}</style>');
		expect(out).toContain('<header class="site-header">H</header><main id="main" tabindex="-1"><div class="prose"><h1>This download needs a connection</h1>');
		expect(out).toContain('</main><footer>F</footer>');
		expect(out).not.toContain('Page not found');
		expect(needsConnectionPage()).toMatch(/^<!doctype html>.*<main><h1>This download needs a connection<\/h1>/s);
	});
});
