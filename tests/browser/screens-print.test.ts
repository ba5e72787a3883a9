import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Pages, useChromium } from '../helpers/pages.ts';
import { pdfPageFill, pdfPageTexts } from '../helpers/pdf-text.ts';
import { $, $$, sectionSlugs } from '../build/dist.ts';
import { pageUrl, siteModes } from './site-modes.ts';

const { base } = siteModes()[1];
const BRIEFING = 'Ukraine’s NATO invitation request';
const AS_OF = '29 November 2024';

/** A PDF's text as its words: NFKC undoes its ligatures (“ﬁ”), and it may set a space before a colon or a full stop. */
const pdfWords = (t: string | null) => (t ?? '').normalize('NFKC').replace(/\s+/g, ' ').replace(/ ([:.])/g, '$1').trim();

let pages: Pages;
useChromium((_, kept) => (pages = kept));

async function printed(path: string): Promise<{ page: Page; sheets: string[] }> {
	const page = await pages.open({ colorScheme: 'dark' });
	await page.goto(pageUrl(base, path));
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	return { page, sheets: pdfPageTexts(await page.pdf({ format: 'A4' })) };
}

/**
 * The space a reader sees between each two blocks of text in a page's article that stand one after the other, in the
 * order laid out: from the last line of one to the first of the next, each pair named by their place in the page.
 * Evaluated in the page.
 */
function blockGaps(): { pair: string; gap: number }[] {
	const TEXT = 'p, li, dt, dd, h1, h2, h3, h4, h5, h6, summary, figcaption, tr';
	const all = [...document.querySelectorAll('article.prose *')];
	const placed = [...document.querySelectorAll(`article.prose :is(${TEXT})`)]
		.filter((block) => !block.querySelector(TEXT))
		.map((block) => ({ block, box: block.getBoundingClientRect() }))
		.filter(({ box }) => box.height > 0)
		.sort((a, b) => a.box.top - b.box.top);
	const name = (block: Element) => `${block.localName}${[...block.classList].map((c) => `.${c}`).join('')} (${all.indexOf(block)})`;
	return placed.slice(1).map(({ block, box }, i) => ({ pair: `${name(placed[i].block)} → ${name(block)}`, gap: Math.round(box.top - placed[i].box.bottom) }));
}

/**
 * The pairs of blocks that the printed article, a column that puts its corrections last, spaces otherwise than the
 * page's flow does (its article then laid out as a block, which it stays): margins had added up where the flow
 * collapses them.
 */
async function spacedUnlikeFlow(page: Page): Promise<string[]> {
	const column = await page.evaluate(blockGaps);
	await page.locator('article.prose').evaluate((article) => (article.style.display = 'block'));
	const flow = new Map((await page.evaluate(blockGaps)).map(({ pair, gap }) => [pair, gap]));
	return column.filter(({ pair, gap }) => flow.has(pair) && flow.get(pair) !== gap).map(({ pair, gap }) => `${pair}: ${gap} px, in the flow ${flow.get(pair)} px`);
}

describe('on paper', () => {
	it('heads every page of a section with the briefing, its as-of date and the section, and numbers the pages', async () => {
		const { page, sheets } = await printed('background.html');
		expect(sheets.length).toBeGreaterThan(3);
		sheets.forEach((p, i) => {
			expect(p, `page ${i + 1}`).toContain(`${BRIEFING}, as of ${AS_OF}`);
			expect(p, `page ${i + 1}`).toContain('Section 1: Background');
			expect(p.replace(/\s+/g, ' '), `page ${i + 1}`).toContain(`Page ${i + 1} of ${sheets.length}`);
		});
		// Each note's source address, in full: in the page as printed and in the PDF.
		const notes = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('.footnotes a.citation')].map((a) => ({ id: a.hash.slice(1), url: a.dataset.url ?? null, after: getComputedStyle(a, '::after').content })),
		);
		expect(notes.length).toBeGreaterThan(10);
		for (const note of notes) {
			const registered = $(`[id="${note.id}"] a[href^="https:"]`, 'sources.html');
			expect(note.url, note.id).toBe(registered ? String(registered.properties.href) : null);
			if (note.url) expect(note.after, note.id).toContain(note.url);
		}
		const flat = sheets.join('').replace(/\s+/g, '');
		const shown = notes.filter((n) => n.url && flat.includes(n.url));
		expect(shown.length).toBe(notes.filter((n) => n.url).length);
		await pages.done(page);
	});

	it('gives on paper the address of every source a reference page names by its publisher alone', async () => {
		// “Source: NATO.” named one of sixteen NATO entries in the register, which paper cannot follow.
		for (const path of ['timeline.html', 'people.html', 'glossary.html']) {
			const { page, sheets } = await printed(path);
			const named = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>(':is(.timeline-list, .person-entry, .glossary-entry) a[href*="sources.html#"]')].map((a) => ({ id: a.hash.slice(1), after: getComputedStyle(a, '::after').content })));
			expect(named.length, path).toBeGreaterThan(10);
			// As read, not as set: “official” holds a ligature. Without each sheet's running head, which an address broken
			// across two sheets has in its middle.
			const head = new RegExp(`^${BRIEFING.replace(/\s+/g, '')},asof${AS_OF.replace(/\s+/g, '')}.*?Page\\d+of\\d+`);
			const flat = sheets.map((sheet) => sheet.normalize('NFKC').replace(/\s+/g, '').replace(head, '')).join('');
			for (const { id, after } of named) {
				const registered = $(`[id="${id}"] a[href^="https:"]`, 'sources.html');
				if (!registered) continue;
				expect(after, `${path}: ${id}`).toContain(String(registered.properties.href));
				expect(flat, `${path}: ${id}`).toContain(String(registered.properties.href));
			}
			await pages.done(page);
		}
	});

	it('prints a reference page’s corrections after its entries, under their one line, and spaces its blocks as on screen', async () => {
		// Who's who's four corrections had printed before its first entry (a reader's trial), as a section's had.
		for (const path of ['people.html', 'glossary.html', 'timeline.html', 'sources.html']) {
			const { page, sheets } = await printed(path);
			// Under their one line, which prints; below every entry, as paper lays the page out.
			expect(pdfWords(sheets.join(' ')), path).toContain(pdfWords(await page.locator('.update-notices__folded summary').textContent()));
			const [entries, corrections] = await Promise.all(['.prose-body', '.update-notices__folded'].map((s) => page.locator(s).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect)));
			expect(corrections.top, `${path}: the corrections, after the entries`).toBeGreaterThanOrEqual(entries.bottom);
			expect(await spacedUnlikeFlow(page), path).toEqual([]);
			await pages.done(page);
		}
	});

	it('keeps a person’s name and role with their entry, and prints the entries’ sources smaller than their text', async () => {
		const { page, sheets } = await printed('people.html');
		const heads = await page.locator('.person-entry').evaluateAll((entries) => entries.map((e) => [e.querySelector('h2')!.textContent!, e.querySelector('.person-entry__role')!.textContent!]));
		// Two names, with their roles, had ended a sheet alone, their text on the next (a reader's trial).
		const stranded = sheets.slice(0, -1).flatMap((sheet, i) => {
			const end = pdfWords(sheet.split('\n').filter((l) => l.trim()).slice(-3).join(' '));
			return heads.filter(([, role]) => end.endsWith(pdfWords(role).slice(-25))).map(([name]) => `${name}, at the foot of sheet ${i + 1}`);
		});
		expect(stranded).toEqual([]);
		const sizes = await page.evaluate(() => [document.querySelector('.person-entry .entry-text')!, document.querySelector('.person-entry__sources')!].map((e) => parseFloat(getComputedStyle(e).fontSize)));
		expect(sizes[1], 'sources against the text, on paper').toBeLessThan(sizes[0] * 0.85);
		await pages.done(page);
	});

	it('leaves no page but the last mostly blank, breaking long figures between their items, and prints no link that leads nowhere on paper', async () => {
		// A reader check found the overview's third page, the map's first and the timeline's first all but
		// blank (10 to 30 lines), the figure after them moved whole to the next page, and the timeline's drawing
		// cut through a line of text.
		for (const path of ['index.html', 'map.html', 'timeline.html']) {
			const { page, sheets } = await printed(path);
			const lines = sheets.map((p) => p.split('\n').filter((l) => l.trim()).length);
			expect(lines.slice(0, -1).every((n) => n >= 40), `${path}: lines per page ${lines.join(' ')}`).toBe(true);
			const flat = sheets.join(' ');
			expect(flat, path).not.toContain('[source]');
			// The overview's notice names the section that holds the dated note, as words; no page prints a bare “Read the note”.
			expect(flat, path).not.toMatch(/Read the note(?!\s+in\s+“Alliance\s+reaction”)/);
			if (path === 'index.html') expect(flat).toMatch(/Read the note\s+in\s+“Alliance\s+reaction”/);
			// The corrections folded on screen under one line print unfolded, after the text and its references, under that
			// line, as a newspaper's follow its article: at the top they had filled a section's first sheet (a reader's trial).
			if (path === 'index.html') {
				const folded = page.locator('.update-notices__folded').first();
				const words = pdfWords(flat);
				const line = words.indexOf(pdfWords(await folded.locator('summary').textContent()));
				expect(line, 'the corrections’ line, after the references').toBeGreaterThan(words.lastIndexOf('Cite this'));
				expect(words.indexOf(pdfWords(await folded.locator('.update-notice').first().textContent()).slice(0, 60)), 'the first correction, under its line').toBeGreaterThan(line);
			}
			// The map's caption is printed with the map and its key, the table of members after it: after the table, it had
			// been printed alone on the last page, two pages from the map (an offline reader's trial).
			if (path === 'map.html') expect(sheets.find((sheet) => sheet.includes('The alliance Ukraine asks to join')), path).toMatch(/Numbered on the map[\s\S]*The alliance Ukraine asks to join/);
			expect(flat, path).not.toContain('Read offline');
			await pages.done(page);
		}
		const { page, sheets } = await printed('people.html');
		expect(sheets.join(' ')).not.toContain('[source]');
		await pages.done(page);
	});

	it('lets a paragraph run on to the next page, so that no section’s first page or any other but the last is left a fifth blank, begins the key points on the first sheet, and leaves their last item not alone', async () => {
		// Paragraphs were kept whole: the first part's heading went to the next page with its opening paragraph, which could
		// not be split, and left a fifth to a quarter of each section's first page blank (a reader's trial).
		const fills: string[] = [];
		const spacing: string[] = [];
		for (const path of ['index.html', ...sectionSlugs().map((s) => `${s}.html`)]) {
			const page = await pages.open();
			await page.goto(pageUrl(base, path));
			await page.emulateMedia({ media: 'print' });
			const pdf = await page.pdf({ format: 'A4' });
			// The margins of print.css's @page, where the running heads and page numbers stand.
			const fill = pdfPageFill(pdf, { top: 20, bottom: 18 });
			if (fill[0] < 0.8 || fill.slice(0, -1).some((f) => f < 0.75)) fills.push(`${path}: ${fill.map((f) => f.toFixed(2)).join(' ')}`);
			// Nor is the key points' last alone on its page: the partial coverage's had been, under the rule closing the box.
			const points = (await page.locator('.key-points li').allTextContents()).map((t) => pdfWords(t).slice(0, 40));
			const sheets = pdfPageTexts(pdf).map(pdfWords);
			const sheetOf = (start: string) => sheets.findIndex((sheet) => sheet.includes(start));
			expect(sheetOf(points.at(-2)!), `${path}: the key points are printed`).toBeGreaterThanOrEqual(0);
			// On the first sheet: the alliance reaction's corrections had filled it, its key points on the next.
			expect(sheetOf(points[0]), `${path}: the key points begin on the first sheet`).toBe(0);
			// Each correction, after the text, whole on one sheet: the last line of one had stood alone on the last sheet.
			for (const notice of await page.locator('.update-notices__folded .update-notice').allTextContents()) {
				const words = pdfWords(notice).replace(/\s*See the log on the About page\.$/, '');
				expect(sheetOf(words.slice(-40)), `${path}: “${words.slice(0, 40)}…” on one sheet`).toBe(sheetOf(words.slice(0, 40)));
			}
			expect(sheetOf(points.at(-1)!), `${path}: the last key point`).toBe(sheetOf(points.at(-2)!));
			// Spaced as on screen: a third more space had stood before each heading.
			spacing.push(...(await spacedUnlikeFlow(page)).map((pair) => `${path}, ${pair}`));
			await pages.done(page);
		}
		expect(fills).toEqual([]);
		expect(spacing).toEqual([]);
	});

	it('lines the map’s second and fourth greys on paper, in its key as on the map, and nowhere on screen', async () => {
		// A reader could not tell 1949 from 1952–1982 (France from Spain and Germany) on a printed map, nor 1999 from 2004.
		const page = await pages.open();
		await page.goto(pageUrl(base, 'map.html'));
		const looks = () =>
			page.evaluate(() => ({
				texture: [...document.querySelectorAll('.alliance-map__texture')].map((t) => [t.closest('svg')!.classList.contains('alliance-map__svg--whole'), getComputedStyle(t).display]),
				swatches: [...document.querySelectorAll('.alliance-map__legend .alliance-map__swatch')].map((s) => getComputedStyle(s).backgroundImage !== 'none'),
			}));
		// The key: 1949, 1952–1982, 1999, 2004, 2009–2020, 2023–2024, Ukraine (hatched, as on the map), not a member.
		const screen = await looks();
		expect(screen.texture).toEqual([[true, 'none']]);
		expect(screen.swatches).toEqual([false, false, false, false, false, false, true, false]);
		await page.emulateMedia({ media: 'print' });
		const paper = await looks();
		expect(paper.texture).toEqual([[true, 'inline']]);
		expect(paper.swatches).toEqual([false, true, false, true, false, false, true, false]);
		await pages.done(page);
	});

	it('sets a timeline excerpt’s events on paper apart from their descriptions, and no larger than the text', async () => {
		const { page } = await printed('index.html');
		const set = await page.evaluate(() => {
			const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
			const [title, description, text] = [style('.timeline-excerpt li > a'), style('.timeline-excerpt__description'), style('.prose-body > p')];
			return { title: [title.fontWeight, title.fontSize, title.color], description: [description.fontWeight, description.fontSize, description.color], text: text.fontSize };
		});
		// A title and its description had printed alike, in the same weight and black, larger than the text around them.
		expect(Number(set.title[0])).toBeGreaterThan(Number(set.description[0]));
		expect(set.title[2]).not.toBe(set.description[2]);
		expect(parseFloat(set.title[1])).toBeLessThanOrEqual(parseFloat(set.text));
		// Its rule is each item's: drawn by the list, a list cut at a sheet's foot had drawn it on down to the foot, past
		// the last item there (a reader's trial).
		const rule = await page.evaluate(() => ({
			list: getComputedStyle(document.querySelector('.timeline-excerpt ol')!).borderLeftWidth,
			items: [...document.querySelectorAll('.timeline-excerpt li')].map((li) => getComputedStyle(li).borderLeftWidth),
		}));
		expect(rule.list).toBe('0px');
		expect(new Set(rule.items)).toEqual(new Set(['2px']));
		await pages.done(page);
	});

	it('prints note numbers raised and small from a phone too, not as the screen’s targets for a finger', async () => {
		const page = await pages.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		await page.goto(pageUrl(base, 'victory-plan.html'));
		const number = () => page.evaluate(() => { const a = document.querySelector('.prose sup > a')!; return [getComputedStyle(a.parentElement!).verticalAlign, getComputedStyle(a).paddingTop]; });
		expect(await number()).toEqual(['baseline', '7px']);
		await page.emulateMedia({ media: 'print' });
		expect(await number()).toEqual(['super', '0px']);
		await pages.done(page);
	});

	it('prints the search page’s results, without the box or the results’ addresses', async () => {
		const page = await pages.open();
		await page.goto(pageUrl(base, 'search.html?q=Kursk'));
		await page.locator('.search-results__status').filter({ hasText: 'for “Kursk”' }).waitFor();
		const titles = await page.locator('.search-results > ol > .search-result > a').allTextContents();
		expect(titles.length).toBeGreaterThan(0);
		await page.emulateMedia({ media: 'print' });
		const flat = pdfPageTexts(await page.pdf({ format: 'A4' })).join(' ').replace(/\s+/g, ' ');
		expect(flat).toContain('results for “Kursk”');
		expect(flat).toContain(titles[0].replace(/\s+/g, ' ').trim());
		expect(flat).not.toContain(':~:text=');
		expect(flat, 'keys on paper').not.toContain('arrow keys');
		await pages.done(page);
	});

	it('starts each part of the whole briefing on a page headed with the briefing, its date and the part', async () => {
		const { page, sheets } = await printed('all.html');
		expect($$('section.edition__part', 'all.html').length).toBe(sectionSlugs().length + 7);
		// The running head is the first lines a page draws: the briefing and its date, then the part.
		for (const label of ['Overview', ...sectionSlugs().map((_, i) => `Section ${i + 1}:`), 'Timeline', 'Map of the alliance', 'Who’s who', 'Glossary', 'Sources', 'About this briefing']) {
			// As read, not as set: the PDF keeps a ligature (“brieﬁng”) as one glyph.
			const first = sheets.find((p) => p.normalize('NFKC').split('\n')[1]?.startsWith(label));
			expect(first, label).toBeDefined();
			expect(first, label).toContain(`${BRIEFING}, as of ${AS_OF}`);
		}
		// Its contents on the first sheet, to their last line, which had taken a page to itself before the overview's.
		const text = sheets.map(pdfWords);
		expect(text[0]).toMatch(/Contents .*About this briefing/);
		// Its top prints the corrections' one line, not the corrections, which its last part's log holds: unfolded, they had pushed the contents over.
		expect(text[0]).toMatch(/(Correction|Update|\d+ (corrections|updates|corrections and updates)) to the briefing, .*\(listed in the log, in “About this briefing”\)/);
		// No heading or lead-in left at the foot of a page: the log's heading with its first entry, the references
		// with the words that lead to them and with each other.
		const sheetOf = (words: string) => text.findIndex((p) => p.includes(words));
		expect(sheetOf('Every correction and update since first publication, newest first. Correction,')).toBeGreaterThan(0);
		const cite = sheetOf('Cite this briefing');
		expect([sheetOf('For the briefing as a whole:'), sheetOf('Chicago Briefing Team')]).toEqual([cite, cite]);
		await pages.done(page);
	});
});
