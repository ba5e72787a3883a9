import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project.ts';
import { formatDays } from '../../src/text/dates.ts';
import { escapeRegExp } from '../../src/text/literal.ts';
import { $, $$, files, read, sectionSlugs, text } from './dist.ts';

const data = (name: string) => parse(readFileSync(join(ROOT, 'content', `${name}.yaml`), 'utf8')) as Record<string, unknown>[];

describe('the briefing as published', () => {
	it('sets every block quotation with <Quote>: speaker linked to who’s who, where the role is, and source given', () => {
		for (const slug of sectionSlugs()) {
			const loose = $$('article blockquote', `${slug}.html`).filter((b) => !$$('figure.quote blockquote', `${slug}.html`).includes(b));
			expect(loose.length, `${slug} has a Markdown block quotation; use <Quote id>`).toBe(0);
			for (const figure of $$('figure.quote', `${slug}.html`)) {
				expect(selectAll('figcaption a.person[href^="people.html#"]', figure)).toHaveLength(1);
				expect(selectAll('figcaption a[href^="sources.html#"]', figure)).toHaveLength(1);
			}
		}
		expect(sectionSlugs().flatMap((s) => $$('figure.quote', `${s}.html`)).length).toBeGreaterThan(3);
	});

	it('credits a document’s words to the document, and the report or copy they were read in as that, not as their source', () => {
		const quotes = data('quotes') as { id: string; source: string; document?: string }[];
		const sources = new Map((data('sources') as { id: string; type: string }[]).map((s) => [s.id, s.type]));
		const captions = sectionSlugs().flatMap((s) => $$('figure.quote figcaption', `${s}.html`)).map((c) => ({ text: text(c), source: String(select('a[href^="sources.html#"]', c)!.properties.href).split('#')[1] }));
		const credits = captions.map(({ text, source }) => {
			const quote = quotes.find((q) => q.source === source && (!q.document || text.includes(q.document)))!;
			const type = sources.get(source);
			return [source, /(Source:|Text as quoted by|Text as reproduced by) /.exec(text)?.[1], !quote.document || type === 'official' ? 'Source:' : type === 'copy' ? 'Text as reproduced by' : 'Text as quoted by'];
		});
		for (const [source, shown, expected] of credits) expect(shown, source).toBe(expected);
		// The summits' texts, read in a report (TASS, Ukraine Today) and a copy (Information Clearing House).
		expect(credits.filter(([, shown]) => shown !== 'Source:').map(([source]) => source)).toEqual(expect.arrayContaining(['tass-2024-07-11', 'ich-bucharest-declaration']));
	});

	it('says, wherever a source is named, when it was read from a copy or as another outlet carried it, as the notes do', () => {
		// A journalist had taken “Source: Sky News” under Zelenskyy's words for Sky News's own page; it was a copy.
		const sources = new Map((data('sources') as { id: string; type: string; carrier?: string }[]).map((s) => [s.id, s]));
		const said = (id: string) => {
			const { type, carrier } = sources.get(id)!;
			return type === 'news' ? `(as carried by ${carrier})` : `(${carrier} copy)`;
		};
		const links = [
			...sectionSlugs().flatMap((s) => $$('figure.quote figcaption a[href^="sources.html#"]', `${s}.html`)),
			...['glossary.html', 'people.html', 'timeline.html'].flatMap((page) => $$('main a[href^="sources.html#"]', page)),
			...$$('table a[href^="sources.html#"]', 'map.html'),
		];
		const carried = links.filter((a) => sources.get(String(a.properties.href).split('#')[1])?.carrier);
		expect(carried.length).toBeGreaterThan(20);
		for (const a of carried) {
			const id = String(a.properties.href).split('#')[1];
			expect(text(a), id).toContain(said(id));
			// Heard as it is shown: the name begins with what the link shows.
			if (a.properties.ariaLabel) expect(String(a.properties.ariaLabel), id).toMatch(new RegExp(`^${escapeRegExp(text(a).split(',')[0])}`));
		}
	});

	it('links the first mention of each glossary term and person in a section, and only the first', () => {
		const glossary = data('glossary') as { id: string; term: string }[];
		for (const slug of sectionSlugs()) {
			// Quotations name their speaker in their own caption; prose links are the first mentions.
			const inFigures = $$('article figure a', `${slug}.html`);
			const links = $$('article a.term, article a.person', `${slug}.html`).filter((a) => !inFigures.includes(a)).map((a) => String(a.properties.href));
			expect(links.length, slug).toBeGreaterThan(2);
			expect(links.filter((h, i) => links.indexOf(h) !== i), `${slug} links a term or person twice`).toEqual([]);
			// Text a term could be linked in: not inside another link, a note or a preview.
			const prose = $$('.prose-body > p', `${slug}.html`).map(linkableText).join(' ');
			for (const g of glossary) {
				if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(g.term)}(?![\\p{L}\\p{N}])`, 'u').test(prose)) {
					expect(links, `${slug} mentions “${g.term}” without linking it`).toContain(`glossary.html#${g.id}`);
				}
			}
		}
	});

	it('dates nothing after the as-of date on any page, generated from data or not, outside the note after the briefing or an event marked scheduled', () => {
		const asOf = '2024-11-29';
		// What may carry a later date: the note itself, a scheduled event, and the publication's own dates (updated, the log, its notices).
		const allowed = '.after-note, [data-scheduled], .page-meta, .update-notice, .update-notices__folded, .site-footer, .corrections-log, .cite-this';
		for (const p of files('.html')) {
			const outside = $$('time', p).filter((t) => String(t.properties.dateTime) > asOf && !isInside(t, $$(allowed, p)));
			expect(outside.map((t) => text(t)), p).toEqual([]);
		}
		// The timeline shows the one scheduled event as scheduled, in its list and in its figure's narrow form.
		const scheduled = $$('[data-scheduled]', 'timeline.html');
		expect(scheduled.length).toBeGreaterThan(1);
		for (const event of scheduled) expect(text(event)).toMatch(/3–4\s+Dec(ember)?\s+2024 \(scheduled\)/);
		// Where it is listed in full, it points to the note that says what became of it, in the timeline and the overview's excerpt.
		for (const p of ['timeline.html', 'index.html']) {
			const links = $$('[data-scheduled] .notes-since a', p).map((a) => String(a.properties.href));
			expect(links, p).toEqual(['alliance-reaction.html#after-note-2024-12-04']);
		}
		// Who’s who leaves out what was said after the as-of date: the note reports it.
		expect($$('.person-entry__quotes time', 'people.html').every((t) => String(t.properties.dateTime) <= asOf)).toBe(true);
		const note = $('.after-note', 'alliance-reaction.html');
		expect(note, 'the reaction section has its after-the-briefing note').toBeDefined();
		expect(text(note!)).toMatch(/After this briefing: note of \d+ December 2024/);
		// It says what the text around it is current to; “the rest of the section is unchanged” had sat under two corrections to it.
		expect(text($('.after-note__warning', 'alliance-reaction.html')!)).toBe('This note reports events after the briefing’s as-of date; the text around it speaks as of the date at the top of the page.');
		expect(selectAll('a[data-footnote-ref]', note!).length).toBeGreaterThan(0);
	});

	it('sets typographic quotes and apostrophes everywhere a reader looks, data included, and no doubled full stops', () => {
		for (const p of files('.html')) {
			const main = $('main', p);
			if (!main) continue;
			const copy = structuredClone(main);
			for (const code of selectAll('code, pre, script, style', copy)) code.children = [];
			const words = text(copy);
			expect(words.match(/.{0,30}['"].{0,30}/g) ?? [], `${p}: straight quotes`).toEqual([]);
			expect(words.match(/.{0,30}[^.]\.\.(?!\.).{0,10}/g) ?? [], `${p}: a doubled full stop`).toEqual([]);
		}
	});

	it('ends a citation before its note goes on: the source’s kind is followed by a full stop, comma or semicolon, not a new sentence', () => {
		for (const p of files('.html')) {
			const runOn = [...read(p).matchAll(/class="source-type">([^<]*)<\/a>(\s+\p{Lu}[^<]{0,30})/gu)].map((m) => `${m[1]}${m[2]}`);
			expect(runOn, `${p}: a citation runs into the next sentence`).toEqual([]);
		}
	});

	it('names, in every note, the site its link opens where that site is not the publisher’s own', () => {
		// Outlets whose own sites are named otherwise than they are.
		const OWN_SITES: Record<string, string> = { 'Ministry of Foreign Affairs of Ukraine': 'mfa.gov.ua', 'Voice of America': 'voanews.com', 'Radio Free Europe/Radio Liberty': 'rferl.org', 'Prime Minister’s Office of Denmark': 'stm.dk', 'Government of Iceland': 'stjornarradid.is' };
		const letters = (t: string) => t.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '');
		const sources = data('sources') as { id: string; publisher: string; url?: string; carrier?: string }[];
		const unnamed = sources.filter(({ publisher, url, carrier }) => {
			if (!url || carrier) return false;
			const host = new URL(url).hostname.replace(/^www\./, '');
			if (OWN_SITES[publisher] === host) return false;
			const site = letters(host.split('.').slice(0, -1).join(''));
			// “Ukrainska Pravda” at pravda.com.ua, “The National (Scotland)” at thenational.scot.
			return !(site.includes(letters(publisher)) || publisher.split(/\W+/).some((w) => w.length > 2 && site.includes(letters(w))));
		});
		// A note that named The New York Times opened dnyuz.com, with nothing but the register to say so.
		expect(unnamed.map((s) => `${s.id}: ${s.publisher} at ${s.url}`)).toEqual([]);
		const note = $$('li[id^="fn-"]', 'partial-coverage.html').find((li) => select('a.source-type[href$="#sky-news-2024-11-29"]', li));
		expect(text(note!)).toMatch(/Sky News, \[Ukraine war latest live page[^\]]*\], 29 November 2024 \(quixnet\.net copy\) Copy/);
	});

	it('names each note’s link to the register by its kind and its source, so that no two sources share a name', () => {
		// A screen reader's list of links had read “News” nineteen times on the overview, each to another entry.
		for (const page of ['index.html', 'victory-plan.html', 'alliance-reaction.html', 'all.html']) {
			const named = new Map<string, Set<string>>();
			for (const a of $$('a.source-type', page)) {
				const name = String(a.properties.ariaLabel ?? '');
				expect(name, `${page}: ${a.properties.href}`).toMatch(new RegExp(`^${text(a)}: .+, `));
				named.set(name, (named.get(name) ?? new Set()).add(String(a.properties.href)));
			}
			expect(named.size, page).toBeGreaterThan(10);
			expect([...named].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => `${page}: “${name}” → ${[...hrefs].join(', ')}`)).toEqual([]);
		}
	});

	it('names each link of the reference pages to the register by its source, so that no two sources share a name there either', () => {
		// The glossary's seven “NATO” went to seven entries, a who's who entry's three “Reuters” to two (a reader's trial).
		for (const page of ['glossary.html', 'people.html', 'timeline.html', 'map.html']) {
			const named = new Map<string, Set<string>>();
			for (const a of $$('main a[href^="sources.html#"]', page)) {
				const name = String(a.properties.ariaLabel ?? text(a)).replace(/\s+/g, ' ').trim();
				// What is shown is in the name, whole, which a reader using speech says to follow it: the Article 6 entry's second
				// Emory source, shown with its year, had its title between its publisher and year (axe: label-content-name-mismatch).
				expect(name, `${page}: ${a.properties.href}`).toContain(text(a).replace(/\s+/g, ' ').trim());
				named.set(name, (named.get(name) ?? new Set()).add(String(a.properties.href)));
			}
			expect(named.size, page).toBeGreaterThan(3);
			expect([...named].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => `${page}: “${name}” → ${[...hrefs].join(', ')}`)).toEqual([]);
		}
	});

	it('lists every source on the sources page with the pages that cite it', () => {
		for (const source of data('sources') as { id: string; furtherReading?: boolean }[]) {
			const entry = $(`li[id="${source.id}"]`, 'sources.html');
			expect(entry, source.id).toBeDefined();
			if (!source.furtherReading) expect(selectAll('.source-register__used a', entry!).length, `${source.id} is cited nowhere`).toBeGreaterThan(0);
		}
	});

	it('names every source a who’s who entry or a timeline event rests on, each linked to its register entry', () => {
		// One source an entry had: a fact-check found thirteen claims true but not in it (a role's end date, a
		// first Council session), each in another source the register already held.
		const cases = [
			{ file: 'people', page: 'people.html', shown: (id: string) => $(`section.person-entry:has(> h2[id="${id}"]) .person-entry__sources`, 'people.html') },
			{ file: 'timeline', page: 'timeline.html', shown: (id: string) => $(`li[id="${id}"] .timeline-list__meta`, 'timeline.html') },
		] as const;
		for (const { file, page, shown } of cases) {
			const entries = data(file) as { id: string; sources: string[] }[];
			expect(entries.filter((e) => e.sources.length > 1).length, file).toBeGreaterThan(2);
			for (const entry of entries) {
				const links = selectAll('a[href^="sources.html#"]', shown(entry.id)!).map((a) => String(a.properties.href).split('#')[1]);
				expect(links, `${page}#${entry.id}`).toEqual(entry.sources);
				expect(text(shown(entry.id)!), `${page}#${entry.id}`).toMatch(entry.sources.length > 1 ? /^Sources: .+; .+\./ : /^Source: [^;]+\./);
			}
		}
	});

	it('names the sources of what a quotation’s context says, beside the quotation’s own', () => {
		// “US and South Korean estimates were about 10,000 to 12,000” had rested on a Reuters story that gives none.
		const quotes = (data('quotes') as { id: string; source: string; contextSources?: string[]; date: string }[]).filter((q) => q.date <= '2024-11-29');
		expect(quotes.filter((q) => q.contextSources?.length).length).toBeGreaterThan(1);
		for (const quote of quotes) {
			const item = $(`li[id="quote-${quote.id}"] .person-entry__context`, 'people.html');
			const links = selectAll('a[href^="sources.html#"]', item!).map((a) => String(a.properties.href).split('#')[1]);
			expect(links, quote.id).toEqual([quote.source, ...(quote.contextSources ?? [])]);
			if (quote.contextSources?.length) expect(text(item!), quote.id).toMatch(/; context: [^;]+\)$/);
		}
	});

	it('opens each page that cites a source at a note or entry that cites it, not at the page’s top', () => {
		const wrong: string[] = [];
		const entries = $$('.source-register > li[id]', 'sources.html');
		expect(entries.length).toBeGreaterThan(50);
		for (const entry of entries) {
			const source = String(entry.properties.id);
			for (const link of selectAll('.source-register__used a', entry)) {
				const [page, id] = String(link.properties.href).split('#');
				const target = id ? $(`[id="${id}"]`, page) : undefined;
				// A heading heads its entry: the entry is what cites.
				const citing = target && /^h\d$/.test(target.tagName) ? ($(`section:has(> [id="${id}"])`, page) ?? target) : target;
				if (!citing || !selectAll('a[href]', citing).some((a) => String(a.properties.href).endsWith(`sources.html#${source}`))) wrong.push(`${source} → ${link.properties.href}`);
			}
		}
		expect(wrong).toEqual([]);
		// Named for a screen reader by what cites: a links list had read “Who’s who” 37 times, each to another entry.
		const named = new Map<string, Set<string>>();
		for (const a of $$('.source-register__used a', 'sources.html')) {
			const name = String(a.properties.ariaLabel ?? '');
			expect(name, String(a.properties.href)).toMatch(new RegExp(`^${text(a)}: \\S`));
			named.set(name, (named.get(name) ?? new Set()).add(String(a.properties.href)));
		}
		expect([...named].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => `“${name}” → ${[...hrefs].join(', ')}`)).toEqual([]);
	});

	it('draws the alliance map on a page of its own and in the whole briefing, with its text alternative and sources', () => {
		const members = data('members') as { name: string; joined: string; source: string }[];
		for (const [path, prefix] of [['map.html', ''], ['all.html', 'map--']] as const) {
			const figure = $('figure.alliance-map', path)!;
			expect(figure, path).toBeDefined();
			const svg = selectAll('svg[role="img"]', figure)[0];
			const title = selectAll(`[id="${svg.properties.ariaLabelledBy}"]`, figure)[0];
			expect(String(svg.properties.ariaLabelledBy)).toBe(`${prefix}alliance-map-title`);
			expect(text(title)).toContain(`${members.length} members`);
			expect(selectAll(`[id="${svg.properties.ariaDescribedBy}"]`, figure)).toHaveLength(1);
			expect(selectAll('path.alliance-map__ukraine', figure).length).toBeGreaterThan(0);
			// The table lists every member under its year, and the caption names every source.
			// After the figure, not in it: open on the map's page, it had put the caption two screens below the map on a phone.
			expect(selectAll('.alliance-map__data', figure), path).toEqual([]);
			const data = $('figure.alliance-map + .alliance-map__data', path)!;
			const rows = selectAll('tbody tr', data).map((r) => text(r));
			// The table and the key are named for a screen reader's lists of tables and lists.
			const table = selectAll('table', data)[0];
			expect(text(selectAll(`[id="${table.properties.ariaLabelledBy}"]`, data)[0]), path).toBe('Members by year of accession');
			expect(selectAll('.alliance-map__legend', figure)[0].properties.ariaLabel, path).toBe('Key to the map’s shades');
			for (const m of members) expect(rows.find((r) => r.startsWith(m.joined))!, m.name).toContain(m.name);
			const credited = selectAll('figcaption a', figure).map((a) => String(a.properties.href));
			// The whole briefing carries the source register, so there the credits point inside it.
			for (const m of members) expect(credited).toContain(prefix ? `#sources--${m.source}` : `sources.html#${m.source}`);
			// A credit shown as a date alone is named with its publisher too: a links list had read “4 Apr 2023”, no more.
			for (const a of selectAll('figcaption a', figure)) expect(String(a.properties.ariaLabel ?? text(a)), path).toMatch(/^\D+, /);
			expect($$('style', path).some((st) => text(st).includes('.alliance-map')), `${path} carries the map’s styles`).toBe(true);
		}
		expect($('.alliance-map__data', 'map.html')!.properties.open).toBe(true);
		// The reading pages link to the map instead of carrying it.
		for (const slug of ['index', ...sectionSlugs()]) {
			expect($$('svg', `${slug}.html`), slug).toEqual([]);
			expect($$('style', `${slug}.html`).filter((st) => text(st).includes('.alliance-map')), slug).toEqual([]);
		}
		expect($$('article a[href="map.html"]', 'background.html')).toHaveLength(1);
	});

	it('gives an event of several days all its days, wherever it is dated: the list, the excerpts, the drawing and its narrow form, and search', () => {
		// The foreign ministers' meeting of 3 and 4 December had been dated the 3rd alone, and the drawing had ended on it (a reader's trial).
		const events = (data('timeline') as { id: string; date: string; lastDay?: string }[]).filter((e) => e.lastDay);
		expect(events.map((e) => e.id)).toContain('foreign-ministers-meeting');
		const days = (e: (typeof events)[number], style?: 'short') => formatDays(e.date, e.lastDay, style).replace(/\s/g, ' ');
		const shown = (node: Element | undefined) => (node ? text(node).replace(/\s/g, ' ') : '');
		expect(shown($('li[id="foreign-ministers-meeting"] time', 'timeline.html'))).toBe('3–4 December 2024');
		// “(scheduled)” on the date's own line, in the list and the excerpt, where it had run into the title.
		expect(shown($('li[id="foreign-ministers-meeting"] .timeline-list__when', 'timeline.html'))).toBe('3–4 December 2024 (scheduled)');
		expect($$('.timeline-excerpt li[data-scheduled] .timeline-excerpt__when', 'index.html').map(shown)).toEqual(['3–4 December 2024 (scheduled)']);
		for (const e of events) {
			const entry = $(`li[id="${e.id}"]`, 'timeline.html')!;
			expect(shown(select('time', entry)), e.id).toBe(days(e));
			expect(String(entry.properties.dataSearchTitle), e.id).toMatch(new RegExp(`^${days(e)}\\b`));
			expect(shown($(`.timeline-figure__steps a[href="#${e.id}"] time`, 'timeline.html')), e.id).toBe(days(e, 'short'));
			expect(shown($(`.timeline-figure__svg a[href="#${e.id}"]`, 'timeline.html')), e.id).toContain(days(e, 'short'));
			const inExcerpt = $$(`.timeline-excerpt li:has(a[href="timeline.html#${e.id}"]) time`, 'index.html');
			expect(inExcerpt.map(shown), e.id).toEqual([days(e)]);
		}
		expect(shown($('.timeline-figure__svg title', 'timeline.html'))).toMatch(/ to 4 December 2024$/);
	});

	it('names a scheduled event “scheduled” in the timeline drawing, as the list says it, and no other', () => {
		for (const [path, prefix] of [['timeline.html', ''], ['all.html', 'timeline--']] as const) {
			const scheduled = $$('.timeline-list li[data-scheduled]', path).map((li) => `#${li.properties.id}`);
			const named = $$('.timeline-figure__svg a', path).filter((a) => text(select('title', a)!).includes('(scheduled)')).map((a) => String(a.properties.href));
			expect(scheduled.length, path).toBeGreaterThan(0);
			expect(named, path).toEqual(scheduled);
			expect(scheduled.every((id) => id.startsWith(`#${prefix}`)), path).toBe(true);
		}
	});

	it('links each event in the timeline to the part of a section that tells of it, by that part’s heading', () => {
		// A keyboard reader's trial: 15 links named “Background” each led to the top of a section of 1,800 words.
		const events = data('timeline') as { id: string; sections: string[] }[];
		for (const event of events) {
			// The sections' links, not the sources' nor a later note's.
			const links = $$(`li[id="${event.id}"] .timeline-list__meta > a`, 'timeline.html').filter((a) => !String(a.properties.href).startsWith('sources.html'));
			expect(links.map((a) => String(a.properties.href)), event.id).toEqual(event.sections.map((ref) => ref.replace(/^([^#]+)/, '$1.html')));
			for (const a of links) {
				const [page, id] = String(a.properties.href).split('#');
				if (!id) continue;
				const heading = $(`[id="${id}"]`, page);
				expect(heading && /^h[23]$/.test(heading.tagName) && text(heading), `${event.id}: ${page}#${id}`).toBe(text(a));
			}
		}
		expect(events.filter((e) => e.sections.some((ref) => ref.includes('#'))).length).toBeGreaterThan(20);
	});

	it('opens the overview with the dates that led to the request, each linked to the timeline', () => {
		const events = (data('timeline') as { id: string; date: string }[]).filter((e) => e.date >= '2024-10-16' && e.date < '2025');
		const links = $$('figure.timeline-excerpt li > a', 'index.html').map((a) => String(a.properties.href));
		expect(links.sort()).toEqual(events.map((e) => `timeline.html#${e.id}`).sort());
		// Its caption above its events: below, a phone's reader had met a run of dates with nothing to say what they were.
		const figure = $('figure.timeline-excerpt', 'index.html')!;
		expect(figure.children.find((c) => c.type === 'element')).toMatchObject({ tagName: 'figcaption' });
		expect(text(select('figcaption', figure)!)).toMatch(/^Timeline excerpt, 16 October 2024 to 4 December 2024\. /);
	});

	it('ships no module script, which file:// would refuse', () => {
		for (const p of files('.html')) expect($$('script[type="module"]', p), p).toEqual([]);
	});
});

function linkableText(node: Element): string {
	return node.children
		.map((c) => {
			if (c.type === 'text') return c.value;
			if (c.type !== 'element' || c.tagName === 'sup' || (c.tagName === 'a' && !/term|person/.test(String(c.properties.className)))) return ' ';
			return linkableText(c);
		})
		.join('');
}

function isInside(node: Element, containers: Element[]): boolean {
	return containers.some((c) => selectAll('time', c).includes(node));
}
