import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type Pages, useChromium } from '../helpers/pages.ts';
import { violations, violationsInDark } from '../helpers/axe.ts';
import { contrast, hexOf } from '../helpers/colour-vision.ts';
import { files } from '../build/dist.ts';
import { pageUrl, siteModes } from './site-modes.ts';

let browser: Browser;
let pages: Pages;
useChromium((launched, kept) => ((browser = launched), (pages = kept)));

const { base } = siteModes()[1];

it('finds and names what breaks the rules, so that a clean result means something', async () => {
	const page = await browser.newPage();
	await page.setContent('<!doctype html><html lang="en"><title>t</title><main><p style="color:#bbb;background:#fff">Faint</p><input></main></html>');
	const found = (await violations(page)).join('\n');
	expect(found).toMatch(/^color-contrast \(.*\): p$/m);
	expect(found).toMatch(/^label \(.*\): input$/m);
	await page.close();
});

/**
 * Violations in each theme, the page as it stands: the theme is switched in
 * place, so each page is loaded once.
 */
async function inBothThemes(page: Page, where: string): Promise<string[]> {
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const found = (await violations(page)).map((v) => `${where}, light theme: ${v}`);
	await page.emulateMedia({ colorScheme: 'dark' });
	if ((await page.evaluate(() => getComputedStyle(document.body).backgroundColor)) === light) found.push(`${where}: the page looks the same in both themes, so one was not checked`);
	found.push(...(await violationsInDark(page)).map((v) => `${where}, dark theme: ${v}`));
	return found;
}

/**
 * Links in running text that only their colour tells from the words around
 * them (WCAG 1.4.1): in a paragraph, list item or cell with words of its own
 * besides its links, and not underlined. Axe lets these pass where the two
 * colours differ enough; a note's source type, muted and bare, was taken for
 * a label. Note numbers and their ↩ stand apart by their form. Evaluated in
 * the page.
 */
function bareLinksInText(): string[] {
	const bare = new Map<string, string[]>();
	for (const a of document.querySelectorAll('a[href]:not([data-footnote-ref], [data-footnote-backref])')) {
		const block = a.closest('p, li, dd, td');
		if (!block || getComputedStyle(a).textDecorationLine.includes('underline')) continue;
		const own = [...block.querySelectorAll('a')].reduce((text, link) => text.replace(link.textContent ?? '', ''), block.textContent ?? '');
		if (!/\p{L}/u.test(own)) continue;
		const kind = `a${[...a.classList].map((c) => `.${c}`).join('')}`;
		bare.set(kind, [...(bare.get(kind) ?? []), a.textContent ?? '']);
	}
	return [...bare].map(([kind, texts]) => `${kind}: ${texts.length} (“${texts[0]}”)`);
}

describe('accessibility in the light and the dark theme', () => {
	// A test per page: on a busy machine the whole site in one test ran past the timeout.
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await browser.newContext();
		page = await context.newPage();
	});
	afterAll(() => context?.close());

	it.each(files('.html'))('has no axe violations, nor links told from their words by colour alone, on %s', async (path) => {
		await page.goto(pageUrl(base, path));
		expect(await inBothThemes(page, path)).toEqual([]);
		expect(await page.evaluate(bareLinksInText), 'links in running text told apart by their colour alone').toEqual([]);
	});

	it('has none with the search open and showing results, in the header and on the search page', async () => {
		const page = await pages.open();
		await page.goto(pageUrl(base, 'background.html'));
		await page.locator('#site-search-input').click();
		await page.keyboard.type('invitation');
		await page.locator('.search-results__status').filter({ hasText: 'for “invitation”' }).waitFor();
		const problems = await inBothThemes(page, 'header search');
		await page.goto(pageUrl(base, 'search.html?q=Article%205'));
		await page.locator('.search-result').first().waitFor();
		problems.push(...(await inBothThemes(page, 'search page')));
		expect(problems).toEqual([]);
		await pages.done(page);
	});

	it('sets the search boxes’ placeholders, a phone’s only label for the box, at 4.5:1 or more in both themes', async () => {
		const page = await pages.open();
		const found: string[] = [];
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			for (const path of ['index.html', 'search.html']) {
				await page.goto(pageUrl(base, path));
				const colours = await page.locator('input[type="search"]').evaluateAll((inputs) =>
					inputs.map((input) => ({ id: input.id, text: getComputedStyle(input, '::placeholder').color, ground: getComputedStyle(input).backgroundColor })),
				);
				for (const { id, ...computed } of colours) {
					const [text, ground] = [hexOf(computed.text), hexOf(computed.ground)];
					const ratio = contrast(text, ground);
					if (ratio < 4.5) found.push(`${path}, ${colorScheme} theme, #${id}: ${text} on ${ground}, ${ratio.toFixed(2)}:1`);
				}
			}
		}
		expect(found).toEqual([]);
		await pages.done(page);
	});

	it('answers a reader who asks for more contrast: muted text as the text, rules at 3:1 against the page and its tinted boxes', async () => {
		const page = await pages.open({ viewport: { width: 390, height: 844 } });
		await page.goto(pageUrl(base, 'alliance-reaction.html'));
		const found: string[] = [];
		for (const colorScheme of ['light', 'dark'] as const) {
			for (const asked of ['no-preference', 'more'] as const) {
				await page.emulateMedia({ colorScheme, contrast: asked });
				const computed = await page.evaluate(() => {
					const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
					return {
						page: style('body').backgroundColor,
						tinted: style('.key-points').backgroundColor,
						text: style('body').color,
						muted: style('.page-meta').color,
						// The folded contents' box, a table's lines, the header's foot.
						rules: [style('.toc__details').borderTopColor, style('.prose td').borderBottomColor, style('.site-header').borderBottomColor],
					};
				});
				const colours = { page: hexOf(computed.page), tinted: hexOf(computed.tinted), text: hexOf(computed.text), muted: hexOf(computed.muted), rules: computed.rules.map(hexOf) };
				const weakest = Math.min(...colours.rules.flatMap((rule) => [contrast(rule, colours.page), contrast(rule, colours.tinted)]));
				if (asked === 'more' && colours.muted !== colours.text) found.push(`${colorScheme}: muted text ${colours.muted}, the text ${colours.text}`);
				if (asked === 'more' && weakest < 3) found.push(`${colorScheme}: a rule at ${weakest.toFixed(2)}:1`);
				if (asked === 'no-preference' && weakest >= 3) found.push(`${colorScheme}: the rules already at 3:1 without the preference, so the check proves nothing`);
			}
		}
		expect(found).toEqual([]);
		await pages.done(page);
	});

	it('has none with a footnote preview open', async () => {
		const page = await pages.open({ viewport: { width: 1280, height: 900 } });
		await page.goto(pageUrl(base, 'victory-plan.html'));
		const ref = page.locator('a[data-footnote-ref]').nth(3);
		await ref.focus();
		const preview = ref.locator('xpath=..').locator('.fn-preview');
		await preview.waitFor({ state: 'visible' });
		expect(await inBothThemes(page, 'victory-plan.html')).toEqual([]);
		expect(await preview.isVisible(), 'the preview stayed open through both checks').toBe(true);
		await pages.done(page);
	});
});

/**
 * What a contrast theme (Windows' forced colours) still shows: it paints
 * every border in its text colour, a transparent one too, and every
 * background in its own, so a mark drawn by a border among transparent ones,
 * or a key drawn in backgrounds, is lost. Evaluated in the page.
 */
function forcedColourMarks() {
	const canvas = getComputedStyle(document.body).backgroundColor;
	// The theme's colour for what is selected, which marks the current page and part.
	const probe = document.body.appendChild(document.createElement('i'));
	probe.style.color = 'Highlight';
	const highlight = getComputedStyle(probe).color;
	probe.remove();
	const drawn = (el: Element, side: 'Bottom' | 'Left') => {
		const style = getComputedStyle(el);
		return el.checkVisibility() && Number.parseFloat(style[`border${side}Width`]) > 0 && style[`border${side}Color`] !== canvas;
	};
	const inHighlight = (el: Element, side: 'Bottom' | 'Left') => (getComputedStyle(el)[`border${side}Color`] === highlight ? ' in Highlight' : '');
	const swatches = [...document.querySelectorAll('.alliance-map__swatch')].map((s) => {
		const style = getComputedStyle(s);
		return style.backgroundImage !== 'none' ? style.backgroundImage : style.backgroundColor;
	});
	return {
		forced: matchMedia('(forced-colors: active)').matches,
		navBars: [...document.querySelectorAll('.site-nav a')].filter((a) => drawn(a, 'Bottom')).map((a) => `${a.textContent}${a.matches('[aria-current="page"]') ? ' (current)' : ''}${inHighlight(a, 'Bottom')}`),
		contentsBars: [...document.querySelectorAll('.with-toc .toc a')].filter((a) => drawn(a, 'Left')).map((a) => `${a.textContent}${a.matches(':target-current') ? ' (marked)' : ''}${inHighlight(a, 'Left')}`),
		swatches: swatches.length,
		distinctSwatches: new Set(swatches.filter((s) => s !== canvas && s !== 'rgba(0, 0, 0, 0)')).size,
	};
}

describe('in a contrast theme (forced colours), light and dark', () => {
	it('marks the current page and the part in view alone, keeps the map’s key in the map’s colours, and tells the timeline’s past events from those to come', async () => {
		const problems: string[] = [];
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await pages.open({ viewport: { width: 1280, height: 800 }, forcedColors: 'active', colorScheme });
			await page.goto(pageUrl(base, 'alliance-reaction.html'));
			// The part in view is marked once the browser has laid out the scroll markers, which on a busy machine came after
			// the load (a CI run's contents had no bar at all).
			await page.waitForFunction(() => document.querySelector('.with-toc .toc a:target-current') !== null, null, { timeout: 5000 }).catch(() => {});
			const section = await page.evaluate(forcedColourMarks);
			expect(section.forced).toBe(true);
			expect(section.navBars, `${colorScheme}: the navigation's bars`).toEqual(['4 Alliance reaction (current) in Highlight']);
			expect(section.contentsBars, `${colorScheme}: the contents' bars`).toEqual(['Key points (marked) in Highlight']);
			await page.goto(pageUrl(base, 'map.html'));
			const map = await page.evaluate(forcedColourMarks);
			expect(map.navBars, `${colorScheme}: the navigation's bars on the map`).toEqual(['Map (current) in Highlight']);
			expect(map.swatches, 'the map has a key').toBeGreaterThanOrEqual(8);
			expect(map.distinctSwatches, `${colorScheme}: the key's swatches, each its own colour`).toBe(map.swatches);
			problems.push(...(await violations(page, 'document', ['color-contrast'])).map((v) => `${colorScheme}, map.html: ${v}`));
			// On a phone the timeline is a list, a marker per event: filled for what happened, open for what is to come.
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(pageUrl(base, 'timeline.html'));
			const markers = await page.evaluate(() =>
				[':not(.timeline-figure__event--future)', '.timeline-figure__event--future'].map((kind) => {
					const marker = getComputedStyle(document.querySelector(`.timeline-figure__event${kind}`)!, '::before');
					return `${marker.backgroundColor} in ${marker.borderTopColor}`;
				}),
			);
			expect(markers[0], `${colorScheme}: a past and a future event's markers`).not.toBe(markers[1]);
			await pages.done(page);
		}
		expect(problems).toEqual([]);
	});
});
