import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { violations } from '../helpers/axe.ts';
import { contrast, hexOf } from '../helpers/colour-vision.ts';
import { type Pages, useChromium } from '../helpers/pages.ts';
import { ROOT } from '../helpers/project.ts';
import { applyTextSpacing } from './screens-checks.ts';
import { pageUrl, siteModes } from './site-modes.ts';

/*
 * The two figures as readers see them, in Chromium: the map (map.html and
 * the whole briefing) and the timeline (timeline.html and the whole
 * briefing), at a phone's width and a laptop's.
 */
const { base } = siteModes()[1];
const data = <T>(name: string) => parse(readFileSync(join(ROOT, 'content', `${name}.yaml`), 'utf8')) as T[];
const members = data<{ id: string; name: string; joined: string; joinedAs?: string }>('members');
const events = data<{ id: string; title: string }>('timeline');
const FIGURES = '.alliance-map, .timeline-figure';

let pages: Pages;
useChromium((_, kept) => (pages = kept));

async function phoneAndLaptop(check: (page: Page, width: number) => Promise<void>) {
	for (const [width, phone] of [[390, true], [1280, false]] as const) {
		const page = await pages.open({ viewport: { width, height: 844 }, hasTouch: phone, isMobile: phone });
		await check(page, width);
		await pages.done(page);
	}
}

/**
 * Every piece of text shown in the figures, with its size as rendered: an
 * SVG text's font size times the drawing's scale, an HTML text's font size.
 * Folded parts (the larger Europe, the members table) are opened first.
 */
function renderedText(selector: string): { text: string; px: number }[] {
	// Chromium's checkVisibility() misses an SVG element hidden by a `display: none` group around it: a drawn element also takes room.
	const shown = (el: Element) => el.checkVisibility() && el.getBoundingClientRect().width > 0;
	for (const details of document.querySelectorAll<HTMLDetailsElement>(`:is(${selector}) details`)) details.open = true;
	const out: { text: string; px: number }[] = [];
	for (const figure of document.querySelectorAll(selector)) {
		for (const el of figure.querySelectorAll<HTMLElement | SVGGraphicsElement>('*')) {
			const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent!.trim());
			if (own.length === 0 || !shown(el) || el.closest('title, desc')) continue;
			const size = parseFloat(getComputedStyle(el).fontSize);
			const scale = el instanceof SVGGraphicsElement ? el.getScreenCTM()!.a : 1;
			out.push({ text: own.join(' '), px: size * scale });
		}
	}
	return out;
}

describe('the figures on a phone and a laptop', () => {
	it('render every word at 12 px or more', async () => {
		const small: string[] = [];
		let measured = 0;
		await phoneAndLaptop(async (page, width) => {
			for (const path of ['map.html', 'timeline.html', 'all.html']) {
				await page.goto(pageUrl(base, path));
				const texts = await page.evaluate(renderedText, FIGURES);
				measured += texts.length;
				for (const t of texts) if (t.px < 11.95) small.push(`${path} at ${width}px: “${t.text}” at ${t.px.toFixed(1)}px`);
			}
		});
		expect(small).toEqual([]);
		expect(measured).toBeGreaterThan(500);
	});

	it('show the timeline in one form at a time: a list on a phone, the drawing on a laptop, each event once, linked to its entry and underlined as a link is', async () => {
		const problems: string[] = [];
		await phoneAndLaptop(async (page, width) => {
			for (const [path, prefix] of [['timeline.html', ''], ['all.html', 'timeline--']] as const) {
				await page.goto(pageUrl(base, path));
				const forms = await page.evaluate(() => {
					const figure = document.querySelector('.timeline-figure')!;
					const visible = (el: Element | null) => el !== null && el.checkVisibility();
					return { svg: visible(figure.querySelector('svg')), list: visible(figure.querySelector('.timeline-figure__steps')) };
				});
				const at = `${path} at ${width}px`;
				if (forms.svg === forms.list) problems.push(`${at}: drawing shown ${forms.svg}, list shown ${forms.list}`);
				if (forms.list !== (width < 540)) problems.push(`${at}: the ${forms.list ? 'list' : 'drawing'} is shown`);
				const links = await page.evaluate(() =>
					[...document.querySelectorAll<HTMLAnchorElement | SVGAElement>('.timeline-figure :is(svg, .timeline-figure__steps) a')]
						.filter((a) => a.checkVisibility())
						.map((a) => {
							const href = a.getAttribute('href')!;
							const target = document.getElementById(decodeURIComponent(href.slice(1)));
							// Its words, the date aside, drawn as a link is (the drawing's were plain, and taken for captions).
							const words = [...a.querySelectorAll('tspan:not(.timeline-figure__date), span')];
							const underlined = words.length > 0 && words.every((w) => getComputedStyle(w).textDecorationLine.includes('underline'));
							return { href, underlined, entry: target?.matches('.timeline-list > li') ? target.textContent!.replace(/\s+/g, ' ') : null };
						}),
				);
				expect(links.map((l) => l.href).sort(), at).toEqual(events.map((e) => `#${prefix}${e.id}`).sort());
				for (const l of links) {
					const event = events.find((e) => `#${prefix}${e.id}` === l.href)!;
					if (!l.entry?.includes(event.title)) problems.push(`${at}: ${l.href} leads to ${l.entry === null ? 'no entry' : `“${l.entry.slice(0, 60)}”`}`);
					if (!l.underlined) problems.push(`${at}: ${l.href} is not underlined`);
				}
				// Following a link lands on the entry, by the page's own anchor.
				const last = page.locator('.timeline-figure :is(svg, .timeline-figure__steps) a').filter({ visible: true }).last();
				const href = (await last.getAttribute('href'))!;
				await last.click();
				expect(await page.evaluate(() => document.querySelector(':target')?.closest('.timeline-list > li')?.id), at).toBe(href.slice(1));
			}
		});
		expect(problems).toEqual([]);
	});

	it('read the timeline to a screen reader once, in its list with the sources, the figure a described picture the keyboard passes by', async () => {
		// Drawing (or its phone form) and list had each named every event, so a screen reader read the timeline twice.
		const problems: string[] = [];
		await phoneAndLaptop(async (page, width) => {
			for (const path of ['timeline.html', 'all.html']) {
				await page.goto(pageUrl(base, path));
				const at = `${path} at ${width}px`;
				// The timeline's page, or its part of the whole briefing, whose sections quote some of its events.
				const heard = await page.locator(path === 'all.html' ? 'section#timeline' : 'main').ariaSnapshot();
				for (const { title } of events) {
					const times = heard.split(title).length - 1;
					if (times !== 1) problems.push(`${at}: “${title}” is read ${times} times`);
				}
				const figure = page.locator('.timeline-figure');
				const picture = await figure.ariaSnapshot();
				if (width >= 540 && !/- img "Timeline of Ukraine and NATO, .+"/.test(picture)) problems.push(`${at}: the drawing is not a named picture:\n${picture}`);
				// Nor at the caption's: the events' sources, listed there as well as with each event, had been some 35
				// stops before the first event (a reader's trial).
				const keyed = await figure.evaluate((f) => [...f.querySelectorAll<HTMLElement | SVGElement>('a')].filter((a) => a.tabIndex >= 0 && a.checkVisibility()).length);
				if (keyed > 0) problems.push(`${at}: the keyboard stops at ${keyed} of the figure’s links`);
			}
			// The overview's excerpt of the timeline is named once, before its events, and not again by its caption after them.
			await page.goto(pageUrl(base, 'index.html'));
			const excerpt = page.locator('figure.timeline-excerpt');
			const name = (await excerpt.getAttribute('aria-label'))!;
			const said = (await excerpt.ariaSnapshot()).split(name).length - 1;
			if (said !== 1) problems.push(`index.html at ${width}px: “${name}” is said ${said} times`);
		});
		expect(problems).toEqual([]);
	});

	it('keep every label of the timeline drawing in sight with a reader’s own text spacing', async () => {
		const page = await pages.open({ viewport: { width: 1280, height: 800 } });
		const problems: string[] = [];
		for (const path of ['timeline.html', 'all.html']) {
			await page.goto(pageUrl(base, path));
			await page.evaluate(applyTextSpacing, true);
			const labels = await page.evaluate(() => {
				const svg = document.querySelector('.timeline-figure__svg')!;
				const edge = svg.getBoundingClientRect().right;
				const clips = getComputedStyle(svg).overflow !== 'visible';
				const window = document.documentElement.clientWidth;
				const past = [...svg.querySelectorAll('.timeline-figure__label')].map((label) => ({ text: label.textContent!, right: label.getBoundingClientRect().right })).filter((l) => l.right > edge);
				return { past: past.length, lost: past.filter((l) => clips || l.right > window).map((l) => `“${l.text.slice(0, 40)}” to ${Math.round(l.right)} px, the drawing to ${Math.round(edge)} px`) };
			});
			expect(labels.past, `${path}: labels the spacing takes past the drawing's edge`).toBeGreaterThan(0);
			problems.push(...labels.lost.map((l) => `${path}: ${l}`));
		}
		expect(problems).toEqual([]);
		await pages.done(page);
	});
});

describe('the figures to a screen reader', () => {
	it('name each figure before its contents, and read the map as one picture', async () => {
		// Chromium names no figure from its caption: the overview's timeline excerpt was read as a bare “figure”,
		// eight events before its caption said what they were; and the map's parts as “8”, “UKRAINE”, “500 km”.
		const page = await pages.open();
		const named: Record<string, string[]> = {};
		for (const path of ['index.html', 'victory-plan.html', 'map.html', 'timeline.html']) {
			await page.goto(pageUrl(base, path));
			const cdp = await page.context().newCDPSession(page);
			const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { nodeId: string; parentId?: string; ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
			named[path] = nodes.filter((n) => n.role?.value === 'figure').map((n) => n.name?.value ?? '');
			if (path === 'map.html') {
				const byId = new Map(nodes.map((n) => [n.nodeId, n]));
				const within = (n: (typeof nodes)[number], img: string): boolean => (n.parentId === undefined ? false : n.parentId === img || within(byId.get(n.parentId)!, img));
				const map = nodes.find((n) => n.role?.value === 'image' && n.name?.value.startsWith('Map of NATO'))!;
				expect(nodes.filter((n) => !n.ignored && within(n, map.nodeId) && n.name?.value).map((n) => n.name!.value)).toEqual([]);
			}
			await cdp.detach();
		}
		expect(named).toEqual({
			'index.html': [expect.stringMatching(/^Timeline excerpt, \d+ \w+ \d{4} to \d+ \w+ \d{4}$/)],
			'victory-plan.html': [expect.stringMatching(/^Quotation: Andrii Sybiha$/), expect.stringMatching(/^Quotation: /), expect.stringMatching(/^Quotation: /)],
			'map.html': ['The alliance Ukraine asks to join.'],
			'timeline.html': [expect.stringMatching(/^Ukraine and NATO, 1949–2024\.$/)],
		});
		await pages.done(page);
	});
});

describe('the map', () => {
	it('draws each member as its own shape, titled with its name and year (and the state that joined, where another), in its period’s colour in both themes', async () => {
		const problems: string[] = [];
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await pages.open({ colorScheme });
			for (const path of ['map.html', 'all.html']) {
				await page.goto(pageUrl(base, path));
				const shapes = await page.evaluate(() => {
					const figure = document.querySelector('.alliance-map')!;
					const swatch = (step: string) => getComputedStyle(figure.querySelector(`.alliance-map__swatch--p${step}`)!).backgroundColor;
					return [...figure.querySelectorAll('.alliance-map__svg--whole path')].flatMap((path) => {
						const title = path.querySelector(':scope > title')?.textContent ?? '';
						const step = /alliance-map__p(\d)/.exec(path.getAttribute('class') ?? '')?.[1];
						return title && step ? [{ title, fill: getComputedStyle(path).fill, legend: swatch(step), box: path.getBoundingClientRect().width }] : [];
					});
				});
				for (const m of members) {
					const own = shapes.filter((s) => s.title === `${m.name}, joined ${m.joined.slice(0, 4)}${m.joinedAs ? ` as ${m.joinedAs}` : ''}`);
					if (own.length !== 1) problems.push(`${path}, ${colorScheme}: ${own.length} shapes titled for ${m.name}`);
					else if (own[0].fill !== own[0].legend || own[0].box === 0) problems.push(`${path}, ${colorScheme}: ${m.name} is ${own[0].fill}, its period's legend ${own[0].legend}`);
				}
				// Greenland is drawn with Denmark, and no shape stands for more than one member.
				expect(shapes.some((s) => s.title.startsWith('Greenland, part of Denmark')), path).toBe(true);
				expect(shapes).toHaveLength(members.length + 1);
				// Drawn in today's borders, Germany is shaded whole for 1955: the caption says why (a reader took the east for a member since 1955).
				expect(await page.locator('.alliance-map figcaption').textContent(), path).toContain('Members are drawn within today’s borders: Germany is shaded for 1955, when West Germany joined.');
			}
			await pages.done(page);
		}
		expect(problems).toEqual([]);
	});

	it('outlines land that is no member at 3:1 against the sea, a line that stays 0.75 px wide on a phone, in both themes', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await pages.open({ colorScheme, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
			await page.goto(pageUrl(base, 'map.html'));
			const { stroke, sea, width } = await page.evaluate(() => {
				const land = document.querySelector<SVGPathElement>('.alliance-map__svg--whole .alliance-map__land')!;
				// The drawing is scaled down on a phone: the line's width on screen is its own width times the scale, unless it is kept from scaling.
				const style = getComputedStyle(land);
				const scale = style.vectorEffect === 'non-scaling-stroke' ? 1 : land.getScreenCTM()!.a;
				const sea = document.querySelector('.alliance-map__svg--whole .alliance-map__sea')!;
				return { stroke: style.stroke, sea: getComputedStyle(sea).fill, width: parseFloat(style.strokeWidth) * scale };
			});
			expect(contrast(hexOf(stroke), hexOf(sea)), `${colorScheme}: ${stroke} on ${sea}`).toBeGreaterThanOrEqual(3);
			expect(width, colorScheme).toBeGreaterThanOrEqual(0.75);
			await pages.done(page);
		}
	});

	it('names members without one name covering another, and opens Europe larger on a phone, with the numbers’ key under it', async () => {
		/** For each drawing that shows names, the pairs of names that overlap. */
		const overlapping = () => {
			const shown = (el: Element) => el.checkVisibility() && el.getBoundingClientRect().width > 0;
			return [...document.querySelectorAll<SVGGraphicsElement>('.alliance-map svg')]
				.filter(shown)
				.flatMap((svg) => {
					const boxes = [...svg.querySelectorAll('.alliance-map__annotations text')].filter(shown).map((t) => ({ text: t.textContent!, r: t.getBoundingClientRect() }));
					const hits: string[] = [];
					for (let i = 0; i < boxes.length; i++) {
						for (let j = i + 1; j < boxes.length; j++) {
							const [a, b] = [boxes[i].r, boxes[j].r];
							if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) hits.push(`${boxes[i].text} / ${boxes[j].text}`);
						}
					}
					return boxes.length === 0 ? [] : [hits];
				});
		};
		await phoneAndLaptop(async (page, width) => {
			await page.goto(pageUrl(base, 'map.html'));
			const zoom = page.locator('.alliance-map__zoom');
			if (width >= 880) {
				// The whole map is large enough for its names: nothing to open.
				expect(await zoom.isVisible()).toBe(false);
				expect(await page.evaluate(overlapping)).toEqual([[]]);
				expect(await page.locator('.alliance-map__key--whole').isVisible()).toBe(true);
				return;
			}
			expect(await page.evaluate(() => [...document.querySelectorAll('.alliance-map__svg--whole text')].filter((t) => t.getBoundingClientRect().width > 0).length)).toBe(0);
			// The numbers are not on the whole map here, so neither is their key: it goes with Europe drawn larger.
			expect(await page.locator('.alliance-map__key--whole').isVisible()).toBe(false);
			await zoom.locator('summary').click();
			expect(await page.locator('.alliance-map__key--europe').isVisible()).toBe(true);
			const sizes = await page.evaluate(() => {
				const whole = document.querySelector('.alliance-map__svg--whole')!.getBoundingClientRect();
				const larger = document.querySelector('.alliance-map__svg--europe')!.getBoundingClientRect();
				const box = document.querySelector('.alliance-map__zoom-box')!;
				return { whole: whole.width, larger: larger.width, scrolls: box.scrollWidth > box.clientWidth, pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
			});
			// Europe is 546 of the map's 800 units: opened, it is drawn at least twice as large as in the whole map.
			expect(sizes.larger).toBeGreaterThan(2 * sizes.whole * (546 / 800));
			expect(sizes.scrolls).toBe(true);
			expect(await page.locator('.alliance-map__zoom-hint').isVisible(), 'the box says it scrolls sideways').toBe(true);
			expect(sizes.pageOverflow).toBe(0);
			// Opened at the east, Ukraine whole in sight: opened at the west, a phone had shown Ukraine's first sliver alone.
			const ukraine = await page.evaluate(() => {
				const box = document.querySelector('.alliance-map__zoom-box')!.getBoundingClientRect();
				const shapes = [...document.querySelectorAll('.alliance-map__svg--europe path.alliance-map__ukraine')].map((p) => p.getBoundingClientRect());
				return { shapes: shapes.length, left: Math.min(...shapes.map((r) => r.left)) - box.left, right: box.right - Math.max(...shapes.map((r) => r.right)) };
			});
			expect(ukraine.shapes).toBeGreaterThan(0);
			expect(ukraine.left, 'Ukraine begins inside the box').toBeGreaterThanOrEqual(0);
			expect(ukraine.right, 'Ukraine ends inside the box').toBeGreaterThanOrEqual(0);
			// Names shown in one drawing, the larger Europe, none covering another.
			expect(await page.evaluate(overlapping)).toEqual([[]]);
			expect(await violations(page)).toEqual([]);
		});
	});
});
