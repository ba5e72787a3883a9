import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SOURCE_TYPES, type SourceType } from '../../src/publication/source-types.ts';
import { foldedNoticesLabel, noticeGroups, orderLog, speaksForPart, type LogEntry } from '../../src/publication/log.ts';
import { formatDate } from '../../src/text/dates.ts';
import { MONTHS } from '../../src/text/months.ts';
import { DATA_FILES } from '../../src/data/schemas.ts';
import { ROOT } from '../helpers/project.ts';
import { $, $$, files, read, sectionSlugs, text } from './dist.ts';

const yaml = (name: string) => parse(readFileSync(join(ROOT, 'content', name), 'utf8'));
const briefing = yaml('briefing.yaml') as { title: string; issuedBy: string; publisher: string; firstPublished: string; asOf: string; updated: string };
// Through the schema, as the build reads it: an entry for reference pages alone names no sections.
const log = (yaml('corrections.yaml') as unknown[]).map((e) => DATA_FILES.corrections.schema.parse(e) as LogEntry);
const metaOf = (p: string, key: string) => $$(`meta[name="${key}"], meta[property="${key}"]`, p).map((m) => String(m.properties.content));
const one = (p: string, key: string) => {
	const values = metaOf(p, key);
	expect(values, `${p}: one ${key}`).toHaveLength(1);
	return values[0];
};
const jsonLd = (p: string) => $$('script[type="application/ld+json"]', p).map((s) => JSON.parse(toString(s)) as Record<string, unknown>);
/** Pages that are tools rather than text: nothing to cite. */
const UNCITABLE = ['404.html', 'search.html'];
const slashed = (date: string) => date.replaceAll('-', '/');

describe('head metadata, without a site URL', () => {
	it('gives every page a description, theme colours for both schemes, Open Graph and a card type', () => {
		for (const p of files('.html')) {
			expect(one(p, 'description').length, p).toBeGreaterThan(10);
			const themes = $$('meta[name="theme-color"]', p).map((m) => `${m.properties.media} ${m.properties.content}`);
			expect(themes, p).toEqual([expect.stringMatching(/^\(prefers-color-scheme: light\) #[0-9a-f]{6}$/), expect.stringMatching(/^\(prefers-color-scheme: dark\) #[0-9a-f]{6}$/)]);
			expect(one(p, 'og:title').length, p).toBeGreaterThan(3);
			if (sectionSlugs().includes(p.replace('.html', ''))) expect(one(p, 'og:title')).toBe(text($('h1', p)!));
			for (const key of ['og:type', 'og:description', 'og:site_name']) expect(one(p, key).length, `${p} ${key}`).toBeGreaterThan(1);
			expect(one(p, 'og:site_name')).toBe(briefing.title);
			expect(one(p, 'twitter:card')).toBe('summary');
			// Every meta names something and says something.
			for (const m of $$('head meta', p)) expect(m.properties.content !== undefined || m.properties.charSet !== undefined, `${p}: empty meta`).toBe(true);
		}
	});

	it('gives every page of the text the citation_* and Dublin Core set: title, issuing body, date, and a section’s parent', () => {
		const citable = files('.html').filter((p) => !UNCITABLE.includes(p));
		expect(citable.length).toBeGreaterThan(10);
		for (const p of citable) {
			const whole = p === 'index.html' || p === 'all.html';
			expect(one(p, 'citation_title'), p).toBe(whole ? briefing.title : text($('h1', p)!));
			expect(one(p, 'citation_publisher'), p).toBe(briefing.publisher);
			expect(metaOf(p, 'citation_author'), `${p}: a group author goes as publisher, or Zotero splits it`).toEqual([]);
			expect(one(p, 'citation_publication_date'), p).toBe(slashed(briefing.firstPublished));
			if (whole) expect(one(p, 'citation_technical_report_institution'), p).toBe(briefing.issuedBy);
			else for (const key of ['citation_inbook_title', 'citation_book_title']) expect(one(p, key), p).toBe(briefing.title);
			expect(one(p, 'DC.title'), p).toBe(one(p, 'citation_title'));
			expect(one(p, 'DC.publisher'), p).toBe(briefing.publisher);
			expect(one(p, 'DC.date'), p).toBe(briefing.firstPublished);
			expect(one(p, 'DC.rights'), p).toMatch(/^https:\/\//);
		}
		for (const p of UNCITABLE) {
			expect(metaOf(p, 'robots'), p).toEqual(['noindex']);
			expect($$('meta[name^="citation_"]', p), p).toEqual([]);
		}
	});

	it('gives every page of the text JSON-LD that parses, with what schema.org asks of a report or article', () => {
		for (const p of files('.html')) {
			const found = jsonLd(p);
			if (UNCITABLE.includes(p)) {
				expect(found, p).toEqual([]);
				continue;
			}
			expect(found, p).toHaveLength(1);
			const [ld] = found;
			const section = sectionSlugs().includes(p.replace('.html', ''));
			expect(ld['@context']).toBe('https://schema.org');
			expect(ld['@type'], p).toBe(p === 'index.html' || p === 'all.html' ? 'Report' : section ? 'Article' : 'WebPage');
			expect(ld.headline, p).toBe(one(p, 'citation_title'));
			expect(ld.datePublished).toBe(briefing.firstPublished);
			expect(String(ld.dateModified) >= briefing.firstPublished).toBe(true);
			expect(ld.author).toEqual({ '@type': 'Organization', name: briefing.issuedBy });
			expect(ld.publisher).toEqual({ '@type': 'Organization', name: briefing.publisher });
			if (ld['@type'] !== 'Report') expect(ld.isPartOf, p).toEqual({ '@type': 'Report', name: briefing.title });
			if (section || p === 'index.html') {
				// One citation per source the page's notes cite.
				expect((ld.citation as unknown[]).length, p).toBe(new Set($$('.footnotes a.source-type', p).map((a) => a.properties.href)).size);
			}
			expect(JSON.stringify(ld), `${p}: no absolute address of its own without a site URL`).not.toMatch(/"(url|image|mainEntityOfPage)"/);
		}
		// The section's own last update, as its front matter gives it.
		const updated = /^updated: (\S+)$/m.exec(readFileSync(join(ROOT, 'content', 'sections', '04-alliance-reaction.mdx'), 'utf8'))![1];
		expect(jsonLd('alliance-reaction.html')[0].dateModified).toBe(updated);
	});

	it('emits nothing that needs an absolute address: no canonical, og:url, image, sitemap, feed or social card', () => {
		for (const p of files('.html')) {
			expect($$('link[rel="canonical"], link[rel="alternate"]', p), p).toEqual([]);
			for (const key of ['og:url', 'og:image']) expect(metaOf(p, key), p).toEqual([]);
		}
		for (const f of ['sitemap.xml', 'updates.atom', 'social-card.png']) expect(files(), f).not.toContain(f);
		expect(read('robots.txt')).not.toMatch(/Sitemap/i);
	});
});

describe('cite this briefing', () => {
	const pages = ['index', ...sectionSlugs()];

	it('offers APA and Chicago references and three files on the overview and every section', () => {
		for (const page of pages) {
			const block = $('details.cite-this', `${page}.html`)!;
			expect(block, page).toBeDefined();
			const references = selectAll('dd', block).map((dd) => text(dd));
			expect(references, page).toHaveLength(2);
			// Chicago sets titles in headline style.
			for (const r of references) expect(r.toLowerCase(), page).toContain(briefing.title.toLowerCase());
			const links = selectAll('a[download]', block).map((a) => String(a.properties.href));
			expect(links).toEqual([`cite/${page}.bib`, `cite/${page}.ris`, `cite/${page}.json`]);
			// Saved under the key the files cite it by (“briefing-team-2024-background.bib”), not a bare “index.bib”.
			const { id } = JSON.parse(read(`cite/${page}.json`))[0];
			expect(id, page).toMatch(/^briefing-team-\d{4}/);
			expect(selectAll('a[download]', block).map((a) => String(a.properties.download)), page).toEqual([`${id}.bib`, `${id}.ris`, `${id}.json`]);
		}
	});

	it('writes those three files for each of them and no others, and leaves no list of them behind', () => {
		const expected = pages.flatMap((page) => ['bib', 'json', 'ris'].map((ext) => `cite/${page}.${ext}`)).sort();
		expect(files().filter((f) => f.startsWith('cite/')).sort()).toEqual(expected);
		expect(files()).not.toContain('citable-pages.json');
	});

	it('writes files that citation-js parses, agreeing with briefing.yaml and the page', async () => {
		for (const page of pages) {
			const title = page === 'index' ? briefing.title : text($('h1', `${page}.html`)!);
			for (const ext of ['bib', 'ris', 'json']) {
				const [item] = (await Cite.async(read(`cite/${page}.${ext}`))).data as Record<string, unknown>[];
				const where = `cite/${page}.${ext}`;
				expect(item.title, where).toBe(title);
				expect(item['container-title'], where).toBe(page === 'index' ? undefined : briefing.title);
				expect((item.author as { literal?: string; family?: string }[]).map((a) => a.literal ?? a.family), where).toEqual([briefing.issuedBy]);
				expect(item.publisher, where).toBe(briefing.publisher);
				// The version cited: the page's last update (its JSON-LD's dateModified, checked against its content above).
				expect((item.issued as { 'date-parts': number[][] })['date-parts'][0][0], where).toBe(Number(String(jsonLd(`${page}.html`)[0].dateModified).slice(0, 4)));
				expect(item.URL, `${where} has no address without a site URL`).toBeUndefined();
			}
			// Dated as the APA reference on the page is, by the version cited: imported, it had said 29 November where the page said 4 December.
			const [csl] = JSON.parse(read(`cite/${page}.json`));
			const onPage = /\((\d{4}), (\p{L}+) (\d{1,2})\)/u.exec(text($('.cite-this dd', `${page}.html`)!))!;
			expect(onPage, page).not.toBeNull();
			expect(csl.issued['date-parts'][0], page).toEqual([Number(onPage[1]), MONTHS.indexOf(onPage[2]) + 1, Number(onPage[3])]);
		}
	});
});

/** The log as pages show it, newest first (of a day's entries, the later in corrections.yaml), each with its anchor. */
const ordered = orderLog(log);

/** The notices at the top of a page, in their order: the news, open, then the others, folded. */
const inShownOrder = <N extends Parameters<typeof noticeGroups>[0][number]>(notices: N[]) => {
	const { news, more } = noticeGroups(notices);
	return [...news, ...more];
};

/** Whether a log entry's notice leads to a dated note: an update, with a note of its date on a page it names. */
const leadsToNote = (e: (typeof log)[number]) => e.kind === 'update' && e.sections.some((s) => $(`[id="after-note-${e.note ?? e.date}"]`, `${s === 'overview' ? 'index' : s}.html`) !== undefined);

describe('updates where readers land', () => {
	it('has a dated notice at the top of the overview, of each section and of each reference page the log names, linking to the note', () => {
		const REFERENCE = ['glossary', 'people', 'timeline'];
		// A page's entries: the overview's, every one; a reference page's, those that name it among referencePages.
		const names = (e: (typeof log)[number], page: string) => (page === 'index' ? true : REFERENCE.includes(page) ? (e.referencePages ?? []).includes(page) : e.sections.includes(page));
		for (const page of ['index', ...sectionSlugs(), ...REFERENCE]) {
			const notices = $$('.update-notices .update-notice:not(.update-notice__more)', `${page}.html`);
			// The news first (every update leading to a note), then every other, each newest first whatever the log's
			// order, of a day's on the overview its own changes first.
			const all = ordered.filter((e) => names(e, page))
				.map((e) => ({
					...e,
					toNote: leadsToNote(e),
					own: page !== 'index' || e.sections.includes('overview'),
				}));
			const expected = inShownOrder(all);
			// Every entry shown: a limit had hidden a page's earlier corrections (a reader's trial).
			expect(notices.length, page).toBe(all.length);
			// The news open; the others folded, closed, under one line that gives their kind, count and day: on a phone,
			// three corrections of one day had put a section's first words two screens down (a reader's trial).
			const { more } = noticeGroups(all);
			const folded = $$('details.update-notices__folded', `${page}.html`);
			expect(folded.length, page).toBe(more.length > 0 ? 1 : 0);
			expect($$('.update-notices > .update-notice:not(.update-notice__more)', `${page}.html`).length, page).toBe(all.length - more.length);
			if (more.length > 0) {
				const label = foldedNoticesLabel(more, page === 'index' ? 'the briefing' : 'this page');
				expect(folded[0].properties.open, page).toBeUndefined();
				const line = text(select('summary', folded[0])!);
				expect(line, page).toBe(`${label.words}, ${label.latest ? 'the latest ' : ''}${formatDate(label.date)}`);
				// As a reader reads it, whatever the count: its kind and number, what it changed, and its day.
				expect(line, page).toMatch(/^(?:(?:\d+ (?:corrections and updates|corrections|updates))|Correction|Update) to (?:this page|the briefing), (?:the latest )?\d{1,2}\s\p{L}+ \d{4}$/u);
				expect($$('details.update-notices__folded > .update-notice:not(.update-notice__more)', `${page}.html`).length, page).toBe(more.length);
			}
			// The folded ones end with the log, named in words: the reference pages' had had no link to it (a reader's trial).
			expect($$('.update-notice__more', `${page}.html`).map(text), page).toEqual(more.length > 0 ? ['Every correction and update, in the log'] : []);
			for (const [i, notice] of notices.entries()) {
				// What changed on this page where the entry says; on the overview, which speaks for every part, the summary.
				expect(text(notice), page).toContain((page !== 'index' && expected[i].changes?.[page]) || expected[i].summary);
				expect(select('time', notice)!.properties.dateTime).toBe(expected[i].date);
				// To a note or a line of the log, or to a section added.
				const [target, id] = String((select('a', notice) as Element).properties.href).split('#');
				if (id === undefined) expect(files(), `${page}: the notice leads to ${target}`).toContain(target);
				else expect($(`[id="${id}"]`, target), `${page}: the notice leads to ${target}#${id}`).toBeDefined();
			}
		}
		// The reference pages have folds of their own, as the sections do.
		for (const page of REFERENCE) expect($$('details.update-notices__folded', `${page}.html`), page).toHaveLength(1);
		// The update's notice, beside the correction's, leads to its note.
		// First, above the day's two corrections: on a phone they had filled the screens above it (a reader's trial).
		const update = $$('header .update-notice', 'alliance-reaction.html')[0];
		expect(text(update)).toMatch(/^Update, 4 December 2024: /);
		expect((select('a', update) as Element).properties.href).toBe('alliance-reaction.html#after-note-2024-12-04');
		expect($$('header .update-notice', 'index.html').map(text)).toContainEqual(expect.stringMatching(/^Update, 4 December 2024: .+ Read the note in “Alliance reaction”\.$/));
	});

	it('has the overview’s notices at the top of the whole briefing too, leading to the note within it', () => {
		const overview = $$('header .update-notice', 'index.html').map(text);
		const whole = $$('.edition > .page-header .update-notice', 'all.html');
		expect(whole.map(text)).toEqual(overview);
		for (const notice of whole) {
			const href = String((select('a', notice) as Element).properties.href);
			expect(href, 'the link stays on the page').toMatch(/^#/);
			expect($(`[id="${href.slice(1)}"]`, 'all.html'), href).toBeDefined();
		}
	});

	it('says at the top of each part of the whole briefing what a correction changed there, leading to its line in the log within it', () => {
		// Read straight through, the whole briefing had said only at its top that its parts had changed, and not which.
		for (const page of sectionSlugs()) {
			// In the order of every page's notices; the link to the rest of the log is no notice.
			const speaking = ordered.filter((e) => speaksForPart(e, page)).map((e) => ({ ...e, toNote: leadsToNote(e) }));
			const changed = inShownOrder(speaking);
			const notices = $$(`section#${page} .update-notice:not(.update-notice__more)`, 'all.html');
			expect(notices.map(text), page).toEqual(changed.map((e) => expect.stringContaining(e.changes?.[page] ?? e.summary)));
			// The folded ones end with the log, named in words: “All 5 corrections and updates” had counted the page's
			// entries, and led to a log that held more (a reader's trial).
			const { more } = noticeGroups(speaking);
			expect($$(`section#${page} .update-notice__more`, 'all.html').map(text), page).toEqual(more.length > 0 ? ['Every correction and update, in the log'] : []);
			// Its line counts what the section's own page counts: the part had left out a correction that named the section
			// but said nothing of it in particular (a review).
			const line = (scope: string) => text(select('summary', $(`${scope} details.update-notices__folded`.trim(), scope ? 'all.html' : `${page}.html`)!)!);
			if (more.length > 0) expect(line(`section#${page}`), page).toBe(line('').replace(' to this page, ', ' to this section, '));
			for (const notice of notices) {
				const href = String((select('a', notice) as Element).properties.href);
				expect(href, 'the link stays on the page').toMatch(/^#/);
				expect($(`[id="${href.slice(1)}"]`, 'all.html'), href).toBeDefined();
			}
		}
	});

	it('names each page’s last change in its citation files as its byline does', () => {
		// A journalist read “Corrected 5 December 2026” on the page and “last updated 5 December 2026” in the files.
		for (const page of ['index', ...sectionSlugs()]) {
			const byline = /(Corrected|Updated|Added) (\d+ \w+ \d{4})/.exec(text($('.page-meta', `${page}.html`)!));
			for (const ext of ['bib', 'ris', 'json']) {
				const file = read(`cite/${page}.${ext}`);
				// A page never changed, or added that day, says only what it is current to; it is issued that day.
				if (byline && byline[1] !== 'Added') expect(file, `cite/${page}.${ext}`).toContain(`last ${byline[1].toLowerCase()} ${byline[2]}`);
				else expect(file, `cite/${page}.${ext}`).not.toMatch(/last (corrected|updated|added)/);
			}
		}
	});

	it('dates the overview both as of and at its last change, named for what it was, and credits the issuer', () => {
		const line = text($('.page-meta', 'index.html')!);
		expect(line).toContain(`By ${briefing.issuedBy}`);
		expect(line).toContain('As of 29 November 2024');
		// The briefing's last change is a correction: “Updated” had read as news brought up to 2026.
		const last = log.filter((entry) => entry.date === briefing.updated);
		expect(last.length).toBeGreaterThan(0);
		expect(new Set(last.map((entry) => entry.kind))).toEqual(new Set(['correction']));
		expect(line).toContain(`Corrected ${formatDate(briefing.updated)}`);
		expect(line).not.toContain('Updated');
	});

	it('renders the log on the about page, each entry pointing at sections that exist', () => {
		for (const entry of ordered) {
			const item = $(`li[id="${entry.anchor}"]`, 'about.html')!;
			expect(item, entry.date).toBeDefined();
			expect(text(item)).toContain(entry.summary);
			expect(select('time', item)!.properties.dateTime).toBe(entry.date);
			const links = selectAll('a', item).map((a) => String(a.properties.href));
			const pagesNamed = links.filter((l) => !l.includes('#'));
			// Every page that shows its notice: the overview, which shows them all, its sections and its reference pages;
			// or, where the entry says what changed page by page, the pages it changed, the overview only if it is one.
			const showing = [...new Set(['overview', ...entry.sections, ...(entry.referencePages ?? [])])];
			const pages = Object.keys(entry.changes ?? {}).length > 0 ? showing.filter((s) => s !== 'overview' || entry.sections.includes('overview')) : showing;
			expect(pagesNamed).toEqual(pages.map((s) => (s === 'overview' ? 'index.html' : `${s}.html`)));
			for (const link of pagesNamed) expect(files()).toContain(link);
			// What changed on each page, after that page's name.
			for (const [page, change] of Object.entries(entry.changes ?? {})) {
				const line = selectAll('.corrections-log__changes li', item).find((li) => (select('a', li) as Element).properties.href === (page === 'overview' ? 'index.html' : `${page}.html`));
				expect(line, `${entry.date} ${page}: its line in the log`).toBeDefined();
				expect(text(line!)).toBe(`${text(select('a', line!)!)}: ${change}`);
			}
			// An update leads to its dated note too, as its notices do; a correction's entry is its own place.
			const [note] = links.filter((l) => l.includes('#'));
			// An update that announces no note (a section added) leads to none.
			const announces = entry.kind === 'update' && entry.sections.some((s) => s !== 'overview' && $(`[id="after-note-${entry.note ?? entry.date}"]`, `${s}.html`));
			if (!announces) expect(note, entry.date).toBeUndefined();
			else {
				expect(note, entry.date).toMatch(new RegExp(`^[a-z-]+\\.html#after-note-${entry.note ?? entry.date}$`));
				expect($(`[id="${note.split('#')[1]}"]`, note.split('#')[0]), note).toBeDefined();
			}
			// Each paragraph ends as a sentence: search reads the list on into the next entry otherwise.
			for (const p of selectAll('p', item)) expect(text(p).trim(), entry.date).toMatch(/[.!?]$/);
		}
		expect($('li#first-published time', 'about.html')!.properties.dateTime).toBe(briefing.firstPublished);
		for (const id of ['issuer', 'as-of', 'method', 'source-types', 'corrections-policy', 'corrections', 'cite']) expect($(`h2#${id}`, 'about.html'), id).toBeDefined();
		// A correction dated long after the as-of date is no typing error: the policy says why (a reader's trial).
		const policy = selectAll('p', $('main', 'about.html')!).map(toString).find((t) => t.includes('Typing errors'))!.replace(/\s+/g, ' ');
		expect(policy).toContain(`Corrections go on being made after that date, each dated the day it is made, however long after; the text they correct still speaks of ${formatDate(briefing.asOf)}.`);
	});

	it('credits the issuer, the licence and the dates in every footer, with links to the about page and the log', () => {
		for (const p of files('.html')) {
			const footer = text($('footer.site-footer', p)!);
			expect(footer, p).toContain(`Issued by ${briefing.issuedBy}`);
			// Corrected, as the briefing's last change was (publication/log.ts), and said to be the whole briefing's: a page
			// corrected earlier reads its own date under its title.
			expect(footer, p).toContain(`the briefing as a whole last corrected ${formatDate(briefing.updated)}`);
			const hrefs = $$('footer.site-footer a', p).map((a) => String(a.properties.href));
			expect(hrefs.some((h) => h.endsWith('about.html#corrections')), p).toBe(true);
			expect(hrefs).toContain('https://creativecommons.org/licenses/by/4.0/');
		}
	});
});

describe('the source register', () => {
	const sources = yaml('sources.yaml') as { id: string; type?: string; furtherReading?: boolean }[];

	it('gives every source a type', () => {
		expect(sources.filter((s) => !s.type).map((s) => s.id), 'sources without a type in content/sources.yaml').toEqual([]);
	});

	it('groups the register by type, labels entries, and explains brackets and copies', () => {
		const headings = $$('section > h2[id^="type-"]', 'sources.html').map((h) => String(h.properties.id));
		expect(headings.length).toBeGreaterThan(0);
		for (const id of headings) expect($(`nav a[href="#${id}"]`, 'sources.html'), id).toBeDefined();
		for (const s of sources.filter((s) => s.type && !s.furtherReading)) {
			const entry = $(`section:has(> h2#type-${s.type}) li[id="${s.id}"]`, 'sources.html');
			expect(entry, `${s.id} under its type`).toBeDefined();
			expect(text(select('.source-type', entry!)!), s.id).toBe(SOURCE_TYPES[s.type as SourceType].label);
		}
		const intro = text($('.prose-body > p', 'sources.html')!);
		expect(intro).toMatch(/square brackets/);
		expect(intro).toMatch(/copy/);
	});
});

describe('the 404 page', () => {
	it('carries its styles inline and roots its links, so it works at any depth', () => {
		expect($$('link[rel="stylesheet"]', '404.html')).toEqual([]);
		expect($$('style', '404.html').length).toBeGreaterThan(0);
		const links = $$('a[href]', '404.html').map((a) => String(a.properties.href)).filter((h) => !/^(#|https:|mailto:)/.test(h));
		expect(links.length).toBeGreaterThan(5);
		for (const href of links) expect(href, 'without a site URL, links start at the host’s root').toMatch(/^\/[^/]/);
		expect(links).toEqual(expect.arrayContaining(['/index.html', '/search.html']));
	});
});
