import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { $, $$, dist, files, page, read, sectionSlugs, text } from './dist.ts';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { parseSiteHtml } from '../../src/html/parse-html.ts';

const PAGES = ['index.html', 'sources.html', 'people.html', 'timeline.html', 'map.html', 'glossary.html', 'search.html', 'all.html', '404.html'];

/** A tree without what only parse5 records (positions, the root's data) and without comments, which parseSiteHtml leaves out. */
function bare(node: Nodes): unknown {
	const { position: _position, data: _data, ...rest } = node as Nodes & { data?: unknown };
	return 'children' in node ? { ...rest, children: node.children.filter((c) => c.type !== 'comment').map(bare) } : rest;
}

describe('the built site', () => {
	it('is read by htmlparser2 into the tree parse5 makes of it, every page whole and its main alone: it needs no repairs', () => {
		// The EPUB and the search's entries read built pages with htmlparser2 for speed (src/html/parse-html.ts).
		for (const path of files('.html')) {
			const html = read(path);
			const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>') + '</main>'.length);
			expect(bare(parseSiteHtml(main)), path).toEqual(bare(fromHtml(main, { fragment: true })));
			// Whole, the document's head and body, less the whitespace at the body's end: parse5 moves into it the
			// whitespace after </body>, which no caller reads.
			const part = (tree: Nodes, name: string) => {
				const element = select(name, tree)!;
				const last = element.children.at(-1);
				return bare({ ...element, children: last?.type === 'text' && !last.value.trim() ? element.children.slice(0, -1) : element.children });
			};
			for (const name of ['head', 'body']) expect(part(parseSiteHtml(html), name), `${path} ${name}`).toEqual(part(fromHtml(html), name));
		}
	});

	it('makes a landmark only of what a reader would jump to: no entry or year of a reference page is a region', () => {
		// A named section is a region landmark: one per entry had made 69 on the whole briefing, swamping the page's own.
		const regions = (path: string) => $$('section[aria-labelledby], section[aria-label]', path);
		for (const path of files('.html')) expect(regions(path).length, path).toBeLessThanOrEqual(path === 'all.html' ? 12 : 2);
		for (const path of ['glossary.html', 'people.html', 'timeline.html', 'sources.html']) expect(regions(path), path).toEqual([]);
	});

	it('links a page to itself only at one of its parts, or as the current page, marked so', () => {
		// The footer's “About and method” on the about page, and the one-page edition's own About part, had each led a
		// reader back to the top of the page they were reading, unannounced.
		for (const path of files('.html')) {
			const toItself = $$('a[href]', path).filter((a) => String(a.properties.href) === path && a.properties.ariaCurrent !== 'page');
			expect(toItself.map(text), path).toEqual([]);
		}
	});

	it('offers About from every page’s menu, which a phone opens at the top of the page, and not only from the footer', () => {
		// A phone reached “About and method” and the corrections log past up to 41 notes.
		for (const path of files('.html')) {
			const about = $$('nav.site-nav a[href]', path).filter((a) => /(^|\/)about\.html$/.test(String(a.properties.href)));
			expect(about.map(text), path).toEqual(['About']);
		}
	});

	it('names each source under a reference entry apart from the others, by its date where two share a publisher', () => {
		// The glossary's Partnership for Peace had read “Sources: NATO; NATO.”
		for (const [path, selector] of [['glossary.html', '.glossary-entry__source'], ['people.html', '.person-entry__sources'], ['timeline.html', '.timeline-list__meta']] as const) {
			const lists = $$(selector, path).map((el) => selectAll('a[href^="sources.html#"]', el).map(text));
			expect(lists.length, path).toBeGreaterThan(5);
			for (const names of lists) expect(new Set(names).size, `${path}: ${names.join('; ')}`).toBe(names.length);
		}
		const pfp = $$('.glossary-entry__source', 'glossary.html').map(text).find((t) => t.includes('July 1997'));
		expect(pfp).toMatch(/Sources: NATO, January 1994; NATO, 4 July 1997\./);
	});

	it('shows beside a source’s link whose copy it opens, where the copy is not the publisher’s own', () => {
		// A reader followed “Sky News” to quixnet.net, and “The New York Times” to news24x7world.com, unwarned.
		const entries = $$('ol.source-register > li', 'sources.html');
		const sky = entries.find((li) => li.properties.id === 'sky-news-2024-11-29')!;
		expect(text(select('.source-register__entry', sky)!).replace(/\s+/g, ' ')).toMatch(/Sky News, \[Ukraine war latest[^\]]*\] \(quixnet\.net copy\), 29 November 2024\./);
		const copies = entries.filter((li) => /\(.+ copy\)$/.test(String(li.properties.dataSearchSummary ?? '')));
		expect(copies.length).toBeGreaterThanOrEqual(10);
		for (const li of copies) {
			const carrier = /\((.+) copy\)$/.exec(String(li.properties.dataSearchSummary))![1];
			expect(text(select('.source-register__carrier', li)!).trim(), String(li.properties.id)).toBe(`(${carrier} copy)`);
		}
		// An agency's story carried unchanged is news, and says who carries it.
		const carried = entries.filter((li) => /\(as carried by .+\)$/.test(String(li.properties.dataSearchSummary ?? '')));
		expect(carried.length).toBeGreaterThanOrEqual(2);
		for (const li of carried) expect(text(select('.source-register__carrier', li)!).trim(), String(li.properties.id)).toMatch(/^\(as carried by .+\)$/);
	});

	it('punctuates every entry of the source register as prose, with no space before a comma or full stop', () => {
		// A reader found “Bucharest Summit Declaration , 3 April 2008.” on every entry, and lines that began with the comma.
		const entries = $$('.source-register__entry, ul.source-register > li', 'sources.html').map((el) => text(el).replace(/\s+/g, ' ').trim());
		expect(entries.length).toBeGreaterThan(80);
		expect(entries.filter((entry) => / [,.;:]/.test(entry))).toEqual([]);
	});

	it('is built without a warning, so that a new one is seen', () => {
		const [briefing, variant] = inject('buildLogs').map((log) => log.split('\n').filter((line) => /\bWARN\b|warning/i.test(line)));
		expect(briefing).toEqual([]);
		expect(variant).toEqual([]);
	});

	it('takes the place of dist/ once finished, leaving no folder it was staged in beside it', () => {
		const beside = readdirSync(dirname(dist())).filter((name) => name.startsWith('.dist'));
		expect(beside).toEqual([]);
		expect(inject('buildLogs')[0]).toMatch(/directory: \S*\/\.dist-building\//);
		expect(inject('buildLogs')[0]).toMatch(/\[briefing-post-build\] dist\/ now holds this build$/m);
	});

	it('has a page for every section and every reference page', () => {
		const html = files('.html');
		for (const slug of sectionSlugs()) expect(html).toContain(`${slug}.html`);
		for (const p of PAGES) expect(html).toContain(p);
		expect(sectionSlugs()).toEqual(['background', 'victory-plan', 'partial-coverage', 'alliance-reaction']);
	});

	it('gives each section page its title, summary, dates, body, notes and neighbours', () => {
		const slugs = sectionSlugs();
		slugs.forEach((slug, i) => {
			const p = `${slug}.html`;
			expect($$('h1', p), p).toHaveLength(1);
			expect(text($('[data-pagefind-meta="summary"]', p)!).length).toBeGreaterThan(40);
			expect(text($('.page-meta', p)!)).toMatch(/As of 29 November 2024/);
			expect($('time[datetime="2024-11-29"]', p), p).toBeDefined();
			expect($$('.key-points li', p).length).toBeGreaterThanOrEqual(3);
			expect($$('.footnotes li', p).length, `${p} has no footnotes`).toBeGreaterThan(3);
			expect($$('nav.toc a', p).length).toBeGreaterThan(3);
			if (i > 0) expect($(`a[rel="prev"][href="${slugs[i - 1]}.html"]`, p), p).toBeDefined();
			if (i < slugs.length - 1) expect($(`a[rel="next"][href="${slugs[i + 1]}.html"]`, p), p).toBeDefined();
		});
	});

	it('lists the sections in order on the overview, with their summaries and the as-of date, and leads on to the first at its end', () => {
		const items = $$('.contents__list li', 'index.html');
		expect(items.map((li) => (select('a', li) as Element).properties.href)).toEqual(sectionSlugs().map((s) => `${s}.html`));
		for (const li of items) expect(text(li).length).toBeGreaterThan(80);
		expect($$('.key-points li', 'index.html').length).toBeGreaterThanOrEqual(4);
		expect($$('.key-points li', 'index.html').length).toBeLessThanOrEqual(6);
		expect(text($('.page-meta', 'index.html')!)).toContain('As of 29 November 2024');
		// Its end leads on to the first section, as a section's does to the next: the list is far above by then.
		const onward = $$('nav.page-nav a', 'index.html');
		expect(onward.map((a) => [a.properties.href, a.properties.rel])).toEqual([[`${sectionSlugs()[0]}.html`, ['next']]]);
	});

	it('leads on from the last section through the reference pages, each back to the one before, and from the last to the overview', () => {
		// The last section had led to the timeline, which led nowhere (a reader's trial).
		const order = [...sectionSlugs(), 'timeline', 'map', 'people', 'glossary', 'sources'];
		for (const [i, page] of order.entries()) {
			const links = $$('nav.page-nav a', `${page}.html`).map((a) => [a.properties.href, a.properties.rel?.[0] ?? '']);
			const prev = i === 0 ? ['index.html', ''] : [`${order[i - 1]}.html`, 'prev'];
			const next = i === order.length - 1 ? ['index.html', ''] : [`${order[i + 1]}.html`, 'next'];
			expect(links, page).toEqual([prev, next]);
		}
		for (const page of ['about', 'search', 'all']) expect($$('nav.page-nav', `${page}.html`), page).toEqual([]);
	});

	it('has GFM tables with header cells, each row headed by its first, and footnotes whose notes link back to every place that cites them', () => {
		const tables = sectionSlugs().flatMap((s) => $$('article table', `${s}.html`));
		expect(tables.length).toBeGreaterThanOrEqual(2);
		for (const t of tables) {
			expect(selectAll('thead th', t).length).toBeGreaterThan(1);
			// A screen reader announces a cell with its row's header as well as its column's.
			for (const row of selectAll('tbody tr', t)) expect(selectAll(':scope > :is(td, th)', row)[0]?.properties.scope, text(row).slice(0, 60)).toBe('row');
		}
		let citedTwice = 0;
		for (const file of ['index.html', ...sectionSlugs().map((s) => `${s}.html`), 'all.html']) {
			// Each note, by its own id and by the ids of its markers: looked up by selector, all.html's 300 numbers took seconds.
			const notes = new Map<string, Element>();
			for (const li of $$('section[data-footnotes] li[id]', file)) {
				notes.set(String(li.properties.id), li);
				for (const marker of selectAll(':scope > p > i[id]', li)) notes.set(String(marker.properties.id), li);
			}
			for (const ref of $$('a[data-footnote-ref]', file)) {
				// A note cited from several places: the number leads to its place's marker at the start of the note, in
				// the same position among the markers as the note's way back to that place among the ways back.
				const id = String(ref.properties.href).slice(1);
				const note = notes.get(id);
				expect(note, `${file}: ${ref.properties.id} leads to no note (${id})`).toBeDefined();
				const backs = selectAll('a[data-footnote-backref]', note!);
				const back = backs.find((b) => b.properties.href === `#${ref.properties.id}`);
				expect(back, `${file}: note ${note!.properties.id} has no way back to ${ref.properties.id}`).toBeDefined();
				const markers = selectAll(':scope > p:first-child > i[id]', note!);
				if (backs.length > 1) expect(markers.findIndex((m) => m.properties.id === id), `${file}: ${id}`).toBe(backs.indexOf(back!));
				else expect(markers).toEqual([]);
				// The way back names its note by the number the text shows, so that a list of the page's links tells them apart.
				expect(String(back!.properties.ariaLabel), `${file}: ${ref.properties.id}`).toMatch(new RegExp(`^Back to note ${text(ref).replace(/\D/g, '')} in the text(, place \\d+ of \\d+)?$`));
				if (/place 2 of/.test(String(back!.properties.ariaLabel))) citedTwice++;
			}
		}
		expect(citedTwice, 'notes cited from several places').toBeGreaterThan(0);
	});

	it('opens who’s who and the glossary with a link to every entry, in the order of the entries', () => {
		for (const p of ['people.html', 'glossary.html']) {
			const index = $$('nav.entry-index a', p).map((a) => String(a.properties.href));
			const entries = $$('[data-search-entry] > h2', p).map((h) => `#${h.properties.id}`);
			expect(entries.length, p).toBeGreaterThan(10);
			expect(index, p).toEqual(entries);
			// Read out as what it is, and above the entries it leads to.
			expect(String($('nav.entry-index', p)!.properties.ariaLabel), p).toMatch(/on this page$/);
			expect(read(p).indexOf('entry-index'), p).toBeLessThan(read(p).indexOf('data-search-entry'));
		}
	});

	it('sets who’s who quotations in quotation marks that are text, which excerpts and copies keep', () => {
		const quotes = $$('.person-entry__quotes li', 'people.html');
		expect(quotes.length).toBeGreaterThan(5);
		for (const q of quotes) expect(text(q)).toMatch(/^“[^”]+” /);
		expect($$('q', 'people.html')).toEqual([]);
	});

	it('tells two outlets’ versions of one story apart in the notes, by who carries each, and calls a copy only what is one', () => {
		const notes = $$('section[data-footnotes] li', 'index.html').map(text);
		// Reuters' story as two subscribers carry it, unchanged: news, as its badge says, not a copy (a note had read
		// “(LBC Group copy) News” beside “(Mosaic News copy) Copy”).
		expect(notes.some((n) => n.includes('(as carried by Business Recorder)') && n.includes('(as carried by The Star)'))).toBe(true);
		const everyNote = files('.html').flatMap((page) => $$('section[data-footnotes] li', page)).map((li) => text(li).replace(/\s+/g, ' '));
		expect(everyNote.filter((n) => / copy\) News\b/.test(n))).toEqual([]);
		expect(everyNote.some((n) => / copy\) Copy\b/.test(n))).toBe(true);
	});

	it('sends readers to no placeholder address (RFC 2606’s example domains)', () => {
		const placeholders: string[] = [];
		for (const p of files('.html')) {
			visit(page(p), 'element', (node: Element) => {
				const href = node.properties.href;
				if (typeof href === 'string' && /^(mailto:[^@]+@|https?:\/\/)([\w-]+\.)*(example\.(org|com|net)|[\w-]+\.(example|invalid|test))([/?#]|$)/i.test(href)) placeholders.push(`${p}: ${href}`);
			});
		}
		expect(placeholders).toEqual([]);
	});

	it('uses only relative URLs, to files, in every page, stylesheet and script', () => {
		const offenders: string[] = [];
		// Not the 404 page: a host serves it at any depth, so its links start at the site's base path (tests/build/publication.test.ts).
		for (const p of files('.html').filter((f) => f !== '404.html')) {
			visit(page(p), 'element', (node: Element) => {
				for (const name of ['href', 'src', 'action', 'dataJs'] as const) {
					const v = node.properties[name];
					if (typeof v === 'string' && /^\/(?!\/)/.test(v)) offenders.push(`${p}: ${name}="${v}"`);
				}
			});
		}
		for (const f of [...files('.css'), ...files('.js')]) {
			if (/url\(\s*['"]?\/(?!\/)/.test(read(f))) offenders.push(`${f}: url(/…)`);
		}
		expect(offenders).toEqual([]);
	});

	it('loads nothing from elsewhere: no script, style, font, image or frame from another origin', () => {
		const external: string[] = [];
		for (const p of files('.html')) {
			visit(page(p), 'element', (node: Element) => {
				const src = node.properties.src ?? (node.tagName === 'link' ? node.properties.href : undefined);
				if (typeof src === 'string' && /^(https?:)?\/\//.test(src)) external.push(`${p}: <${node.tagName}> ${src}`);
			});
		}
		for (const f of files('.css')) if (/@import|url\(\s*['"]?(https?:)?\/\//.test(read(f))) external.push(`${f}`);
		expect(external).toEqual([]);
	});

	it('sends external links over https, and any that open a new tab do so safely', () => {
		const problems: string[] = [];
		for (const p of files('.html')) {
			for (const a of $$('a[href]', p)) {
				const href = String(a.properties.href);
				if (!/^[a-z]+:/i.test(href) || href.startsWith('mailto:')) continue;
				if (!href.startsWith('https://')) problems.push(`${p}: ${href} is not https`);
				else if (!URL.canParse(href)) problems.push(`${p}: ${href} is not a well-formed URL`);
				const rel = (a.properties.rel as string[] | undefined) ?? [];
				if (a.properties.target === '_blank' && !rel.includes('noopener')) problems.push(`${p}: ${href} opens a tab without rel=noopener`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('never leaves a day, or a span of days, at the end of a line without its month, an article without its number, nor breaks a designation (“RS-26”)', () => {
		for (const path of files().filter((f) => f.endsWith('.html'))) {
			const tree = page(path);
			const broken: string[] = [];
			visit(tree, (node, _, parent) => {
				if (node.type !== 'text' || ['script', 'style'].includes((parent as Element | undefined)?.tagName ?? '')) return;
				broken.push(...(node.value.match(/\b\d{1,2}(?:(?:–| and )\d{1,2})? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\bArticles? \d/g) ?? []));
				// A span of years, or a designation (“RS-26”), may break after its dash, unless it is kept in a .nowrap (the page pass).
				const inSpan = ((parent as Element | undefined)?.properties?.className as string[] | undefined)?.includes('nowrap');
				if (!inSpan && !['title', 'desc', 'text', 'tspan', 'textarea', 'option'].includes((parent as Element | undefined)?.tagName ?? '')) broken.push(...(node.value.match(/\b\d{4}–\d{2,4}\b|\b\p{Lu}{1,5}-\d+\b/gu) ?? []));
			});
			expect(broken, path).toEqual([]);
			// Where an element cannot go, the no-break space alone: no span shown as text in a title or a drawing.
			for (const plain of $$('title, svg text, textarea, option', path)) expect(text(plain), path).not.toContain('nowrap');
		}
		// The date the overview's lead broke on a phone, after its dash and before its month.
		expect(read('index.html')).toContain('their <span class="nowrap">3–4\u00a0December</span> 2024');
	});

	it('gives every page one h1, a language, a title, a description and unique ids', () => {
		for (const p of files('.html')) {
			expect($$('h1', p), p).toHaveLength(1);
			expect($('html', p)!.properties.lang, p).toBe('en-GB');
			expect(text($('title', p)!).length, p).toBeGreaterThan(5);
			expect(String($('meta[name="description"]', p)?.properties.content ?? '').length, p).toBeGreaterThan(10);
			const ids = $$('[id]', p).map((e) => String(e.properties.id));
			expect(ids.filter((id, i) => ids.indexOf(id) !== i), p).toEqual([]);
		}
	});

	it('lists the about page’s parts at its top, each of its headings once and in order, the corrections log last', () => {
		// On a phone the page runs to a dozen screens; the log had come before how to cite it (a reader's trial).
		const listed = $$('nav.entry-index a', 'about.html').map((a) => String(a.properties.href));
		const headings = $$('article h2[id]', 'about.html').map((h) => `#${h.properties.id}`);
		expect(listed).toEqual(headings);
		expect(listed.at(-1)).toBe('#corrections');
		expect($$('.site-nav__contents a[href="#entries"]', 'about.html'), 'the menu’s link to the page’s contents').toHaveLength(1);
	});

	it('keeps the single-page edition whole: every section and reference page in order, the page on how it is made last, ids unique, links pointing inside it', () => {
		// About last, as in the EPUB: the printed edition had opened with a dated update and never said what one is.
		const reference = ['timeline', 'map', 'people', 'glossary', 'sources', 'about'];
		const parts = $$('section.edition__part', 'all.html').map((s) => String(s.properties.id));
		expect(parts).toEqual(['index', ...sectionSlugs(), ...reference]);
		for (const slug of sectionSlugs()) {
			const body = text($(`section#${slug}`, 'all.html')!);
			const original = text($('article', `${slug}.html`)!);
			// The section's own footnote count and tables survive the merge.
			expect(selectAll('.footnotes li', $(`section#${slug}`, 'all.html')!).length).toBe($$('.footnotes li', `${slug}.html`).length);
			expect(body.length).toBeGreaterThan(original.length * 0.8);
		}
		// The reference pages come whole: every timeline event, term, person and source.
		for (const [page, entries] of [['timeline', '.timeline-list li'], ['glossary', '.glossary-entry'], ['people', '.person-entry'], ['sources', '.source-register li'], ['about', '.corrections-log li, .source-type-list dt']]) {
			expect(selectAll(entries, $(`section#${page}`, 'all.html')!).length, page).toBe($$(entries, `${page}.html`).length);
		}
		expect(text($('section#about', 'all.html')!)).toMatch(/What “as of” means.*Corrections policy/);
		// Numbered once: the contents list carries the section numbers, not the list.
		expect(text($('.edition__contents li:nth-child(2)', 'all.html')!)).toMatch(/^1 \S/);
		for (const part of $$('section.edition__part', 'all.html')) expect(selectAll('a.edition__back[href="#edition-contents"]', part)).toHaveLength(1);
		const merged = ['index', ...sectionSlugs(), ...reference];
		const outside = $$('article a[href]', 'all.html').filter((a) => merged.some((s) => String(a.properties.href).startsWith(`${s}.html`)));
		expect(outside.map((a) => a.properties.href), 'links to merged pages should point inside the edition').toEqual([]);
	});
});

describe('notes that reach their sources', () => {
	it('link each citation straight to the source, over https and opening safely, and to its entry in the register, labelled with its kind', () => {
		const register = new Set($$('[data-search-entry="Source"]', 'sources.html').map((e) => String(e.properties.id)));
		for (const p of ['index.html', ...sectionSlugs().map((s) => `${s}.html`)]) {
			const notes = $$('.footnotes li', p);
			expect(notes.length, p).toBeGreaterThan(0);
			for (const note of notes) {
				const kinds = selectAll('a.source-type', note);
				expect(kinds.length, `${p}: a note without a source: ${text(note)}`).toBeGreaterThan(0);
				for (const kind of kinds) {
					expect(text(kind)).toMatch(/^(Official|News|Analysis|Reference|Copy)$/);
					expect(register.has(String(kind.properties.href).replace(/^sources\.html#/, '')), String(kind.properties.href)).toBe(true);
				}
				for (const link of selectAll('a.citation', note)) {
					expect(String(link.properties.href)).toMatch(/^https:\/\//);
					expect(link.properties.rel).toEqual(['external', 'noopener']);
				}
			}
		}
	});
});
