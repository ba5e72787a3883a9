import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newContext, watchPage } from '../helpers/browser.ts';
import { type Pages, useChromium } from '../helpers/pages.ts';
import { applyTextSpacing, markersAlone, undersizedTargets } from './screens-checks.ts';
import { darkNotOnlyColours } from '../helpers/axe.ts';
import { files } from '../build/dist.ts';
import { pageUrl, siteModes } from './site-modes.ts';

/*
 * Every page at phone, tablet, small-laptop and desktop widths. The page is
 * resized through the widths, and each width is checked in one evaluate, so
 * that the whole matrix stays quick. The dark theme is not measured again:
 * it may change colours only, which the test checks.
 */
const WIDTHS = [320, 390, 768, 1024, 1280];
const HEIGHT = 800;
/** Below this width the header is the slim, sticky bar (layout.css). */
const SLIM = 768;
const { base } = siteModes()[1];

let browser: Browser;
let pages: Pages;
useChromium((launched, kept) => ((browser = launched), (pages = kept)));

interface Layout {
	overflow: number;
	header: { height: number; stickyTop: number; nameBottom: number; searchBottom: number | null; sectionRows: number };
	/** How far below the fold the contents' control is once the key points are scrolled out of view (≤ 0: on screen). */
	contents: { below: number; above: number } | null;
	/** Each table's place beside the text column's (`beside`: in a page with a column of contents, where it may reach left). */
	tables: { stacked: boolean; scrolls: boolean; columns: number; data: boolean; beside: boolean; left: number; right: number; columnLeft: number; columnRight: number }[];
	/** How far the reading column's centre is from the window's. */
	offCentre: number;
}

/** The page's layout at the current width, measured in the page. */
function measureLayout(): Layout {
	const html = document.documentElement;
	const overflow = html.scrollWidth - html.clientWidth;
	const header = document.querySelector<HTMLElement>('.site-header')!;
	scrollTo(0, html.scrollHeight / 2);
	const headerBox = header.getBoundingClientRect();
	const search = document.querySelector('#site-search-input');
	const headerState = {
		height: headerBox.height,
		stickyTop: headerBox.top,
		nameBottom: document.querySelector('.site-name')!.getBoundingClientRect().bottom,
		searchBottom: search ? search.getBoundingClientRect().bottom : null,
		// The rows the sections' links take where the menu is always open.
		sectionRows: new Set([...document.querySelectorAll('.site-nav__sections a')].filter((a) => a.checkVisibility()).map((a) => Math.round(a.getBoundingClientRect().top))).size,
	};
	scrollTo(0, 0);
	let contents: Layout['contents'] = null;
	const keyPoints = document.querySelector('article .key-points');
	// The contents this width shows: the whole briefing's column of parts shows beside the text only.
	const toc = [...document.querySelectorAll('.toc, .contents')].find((list) => list.checkVisibility());
	if (keyPoints && toc) {
		const summary = toc.querySelector<HTMLElement>('summary');
		const control = summary && summary.checkVisibility() && !(summary.parentElement as HTMLDetailsElement).open ? summary : toc.querySelector('a')!;
		// Scroll the end of the key points to the top of the reading area, under a sticky header.
		const stuck = getComputedStyle(header).position === 'sticky' ? headerBox.height : 0;
		scrollTo(0, keyPoints.getBoundingClientRect().bottom + scrollY - stuck);
		const box = control.getBoundingClientRect();
		contents = { below: box.bottom - innerHeight, above: stuck - box.top };
		scrollTo(0, 0);
	}
	const tables = [...document.querySelectorAll<HTMLTableElement>('article table')].map((t) => ({
		stacked: getComputedStyle(t.querySelector('tbody tr')!).display === 'block',
		scrolls: t.scrollWidth > t.clientWidth + 1,
		columns: t.querySelector('tr')!.children.length,
		data: t.closest('.alliance-map__data') !== null,
		beside: t.closest('.with-toc') !== null,
		left: t.getBoundingClientRect().left,
		right: t.getBoundingClientRect().right,
		columnLeft: t.closest('.prose')!.getBoundingClientRect().left,
		columnRight: t.closest('.prose')!.getBoundingClientRect().right,
	}));
	const column = document.querySelector('main .prose')!.getBoundingClientRect();
	const offCentre = Math.abs((column.left + column.right) / 2 - html.clientWidth / 2);
	return { overflow, header: headerState, contents, tables, offCentre };
}

/**
 * Opens every footnote preview with the marker near the top of the window
 * and again near the bottom (markers in tables included), and returns those
 * not wholly inside the window, and markers that move as theirs opens. Hidden previews (narrow or touch screens,
 * where a marker is a plain link to its note) are not open and pass.
 */
function previewsOutside(): { outside: string[]; shown: number } {
	const outside: string[] = [];
	let shown = 0;
	const header = document.querySelector('.site-header')!;
	const stuck = getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().height : 0;
	for (const marker of document.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]')) {
		for (const at of ['top', 'bottom'] as const) {
			const y = marker.getBoundingClientRect().top + scrollY;
			scrollTo(0, at === 'top' ? y - stuck - 8 : y - innerHeight + 32);
			const before = marker.getBoundingClientRect();
			marker.focus({ preventScroll: true });
			// Opening a preview must not re-wrap the text around it: the number would jump from under the pointer.
			const after = marker.getBoundingClientRect();
			if (at === 'top' && (Math.abs(after.left - before.left) > 0.5 || Math.abs(after.top - before.top) > 0.5)) outside.push(`${marker.id} moves when its preview opens, from ${Math.round(before.left)},${Math.round(before.top)} to ${Math.round(after.left)},${Math.round(after.top)}`);
			const preview = marker.parentElement!.querySelector('.fn-preview');
			if (!preview) outside.push(`${marker.id}: no preview`);
			else if (preview.checkVisibility()) {
				shown++;
				const r = preview.getBoundingClientRect();
				if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > document.documentElement.clientWidth) {
					outside.push(`${marker.id}${marker.closest('table') ? ' (in a table)' : ''} at the ${at}: ${[r.left, r.top, r.right, r.bottom].map(Math.round).join(',')}`);
				}
			}
			marker.blur();
		}
	}
	return { outside, shown };
}

async function eachWidth(page: Page, check: (width: number) => Promise<void>) {
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: HEIGHT });
		await check(width);
	}
}

describe('every page at every width', () => {
	it('never scrolls sideways, centres the text, keeps the contents within a screen of the key points, a slim sticky header on small screens, and markers beside their words', async () => {
		const page = await pages.open();
		const problems: string[] = [];
		for (const path of files('.html')) {
			await page.goto(pageUrl(base, path));
			// The layout is measured in one theme: the other may change colours only, which is checked here.
			for (const rule of await page.evaluate(darkNotOnlyColours)) problems.push(`${path}: the dark theme changes more than colours, so measure its layout too: ${rule}`);
			await eachWidth(page, async (width) => {
				const at = `${path} at ${width}px`;
				const { overflow, header, contents, tables, offCentre } = await page.evaluate(measureLayout);
				if (overflow > 0) problems.push(`${at}: the page scrolls sideways by ${overflow}px`);
				// Centred until the contents take a column of their own beside it (68 rem).
				if (width < 1088 && offCentre > 1) problems.push(`${at}: the reading column is ${offCentre}px off centre`);
				if (width < SLIM) {
					if (header.height > 56) problems.push(`${at}: the header is ${header.height}px tall`);
					if (header.stickyTop !== 0) problems.push(`${at}: the header scrolls away`);
					if (header.nameBottom > header.height || (header.searchBottom ?? 0) > header.height) problems.push(`${at}: the name or search is not in the header bar`);
				}
				if (width >= SLIM && header.sectionRows > 1) problems.push(`${at}: the sections' links take ${header.sectionRows} rows`);
				if (contents && (contents.below > 0 || contents.above > 0)) problems.push(`${at}: the contents are not on screen after the key points (${JSON.stringify(contents)})`);
				for (const t of tables) {
					// Prose tables of three columns or more become cards on phones; the map's data table keeps its grid.
					if (t.stacked !== (width < 640 && t.columns >= 3 && !t.data)) problems.push(`${at}: a ${t.columns}-column table is ${t.stacked ? '' : 'not '}stacked`);
					if (t.stacked && t.scrolls) problems.push(`${at}: a stacked table scrolls sideways`);
					// Beside the contents on a wide screen, a prose table of three columns or more reaches into the empty
					// margin on the left, never past the text's right edge nor to the window's; elsewhere it keeps to the text.
					const bleeds = width >= 1200 && t.beside && t.columns >= 3 && !t.data;
					if (bleeds && (t.left > t.columnLeft - 80 || t.left < 8)) problems.push(`${at}: a ${t.columns}-column table starts at ${Math.round(t.left)}px, the text at ${Math.round(t.columnLeft)}px`);
					if (!bleeds && t.left < t.columnLeft - 1) problems.push(`${at}: a table starts left of the text`);
					if (t.right > t.columnRight + 1) problems.push(`${at}: a table runs past the text's right edge`);
				}
				for (const m of await page.evaluate(markersAlone)) problems.push(`${at}: a marker begins a line: ${m}`);
			});
		}
		expect(problems).toEqual([]);
		await pages.done(page);
	});
});

describe('footnote previews', () => {
	it('open wholly inside the window, at the top and the bottom of the screen and inside tables, without moving their number', async () => {
		// Geometry does not depend on the theme, so one theme is enough here.
		// Previews show from 768 px (below, a marker is a link to its note): they
		// are checked at the narrowest and the widest of those widths; the whole
		// briefing repeats the sections' notes, so at the narrowest only.
		const page = await pages.open();
		const watch = await watchPage(page, base);
		const problems: string[] = [];
		for (const path of files('.html')) {
			await page.goto(pageUrl(base, path));
			if ((await page.locator('a[data-footnote-ref]').count()) === 0) continue;
			await page.locator('a[data-footnote-ref]').first().focus();
			await page.waitForFunction(() => document.querySelector('.fn-preview') !== null);
			for (const width of path === 'all.html' ? [SLIM] : [SLIM, 1280]) {
				await page.setViewportSize({ width, height: HEIGHT });
				const { outside, shown } = await page.evaluate(previewsOutside);
				if (shown === 0) problems.push(`${path} at ${width}px: no preview opened`);
				for (const p of outside) problems.push(`${path} at ${width}px: ${p}`);
			}
		}
		expect(problems).toEqual([]);
		expect(watch.problems).toEqual([]);
		await pages.done(page);
	});
});

describe('the header on a phone', () => {
	it('shows the search boxes’ whole placeholders at 320 px and up', async () => {
		// At 320 px it read “Searc”.
		const page = await pages.open({ viewport: { width: 320, height: 600 }, hasTouch: true, isMobile: true });
		await page.goto(pageUrl(base, 'alliance-reaction.html'));
		// With script the box, not the link that stands in for it without.
		expect(await page.locator('.site-header__search-link').isVisible()).toBe(false);
		// And the search page's box its placeholder, in its larger type (“Names, places..”).
		for (const [path, box, width] of [['alliance-reaction.html', '#site-search-input', 320], ['alliance-reaction.html', '#site-search-input', 360], ['alliance-reaction.html', '#site-search-input', 390], ['search.html', '#search-page-input', 320], ['search.html', '#search-page-input', 390]] as const) {
			if (!page.url().endsWith(path)) await page.goto(pageUrl(base, path));
			await page.setViewportSize({ width, height: 600 });
			const room = await page.locator(box).evaluate((input: HTMLInputElement) => {
				const style = getComputedStyle(input);
				const word = Object.assign(document.createElement('span'), { textContent: input.placeholder });
				Object.assign(word.style, { position: 'absolute', whiteSpace: 'pre', fontFamily: style.fontFamily, fontSize: style.fontSize, fontWeight: style.fontWeight });
				document.body.append(word);
				const width = word.getBoundingClientRect().width;
				word.remove();
				// Beside its text a search field keeps an em for its clear button, hidden while it is empty.
				return input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.fontSize) - width;
			});
			expect(room, `${path} at ${width} px`).toBeGreaterThanOrEqual(0);
		}
		await pages.done(page);
	});
	it('opens its menu without script, in a sane focus order, and every section and the overview is one tap away', async () => {
		const page = await pages.open({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false, hasTouch: true, isMobile: true });
		await page.goto(pageUrl(base, 'victory-plan.html'));
		const links = page.locator('.site-nav a:visible');
		expect(await links.first().isVisible()).toBe(false);
		// Search is a link to the search page here, which says how to search without script: a box took a question and lost it.
		expect(await page.locator('#site-search-input').isVisible()).toBe(false);
		const search = page.locator('.site-header').getByRole('link', { name: 'Search', exact: true });
		expect(new URL((await search.getAttribute('href'))!, page.url()).href).toBe(pageUrl(base, 'search.html'));
		await search.focus();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.site-menu') !== null && document.activeElement?.tagName)).toBe('SUMMARY');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(await links.first().getAttribute('href'));
		const box = (await links.last().boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(844);
		expect(await page.locator('.site-nav a[aria-current="page"]').textContent()).toContain('The victory-plan request');
		// Home by a link that says so: the briefing's name, which also leads there, does not look like one.
		const overview = page.locator('.site-nav__sections a', { hasText: /^Overview$/ });
		expect(await overview.isVisible()).toBe(true);
		expect(new URL((await overview.getAttribute('href'))!, page.url()).href).toBe(pageUrl(base, 'index.html'));
		await page.locator('.site-menu summary').click();
		expect(await links.first().isVisible()).toBe(false);
		// Its button or a tap outside it closes it without script, not Escape: no link in it to a place on the page, which
		// it would cover (“Contents of this page” had opened the list under the panel); opened deep in the page, it is in
		// sight there.
		await page.evaluate(() => scrollTo(0, 3000));
		await page.locator('.site-menu summary').tap();
		expect(await links.first().isVisible()).toBe(true);
		expect(await page.locator('.site-nav__contents').isVisible()).toBe(false);
		const panel = (await page.locator('.site-menu .site-nav').boundingBox())!;
		expect(panel.y).toBeGreaterThanOrEqual(0);
		expect(panel.y).toBeLessThan(844 / 4);
		expect(panel.y + panel.height + 40).toBeLessThan(844);
		expect(await page.evaluate(() => scrollY)).toBe(3000);
		// A tap on the panel between its links leaves it open; so does scrolling the page below it (a wheel's, here).
		await page.touchscreen.tap(panel.x + panel.width - 4, panel.y + panel.height - 4);
		expect(await links.first().isVisible()).toBe(true);
		await page.mouse.move(195, 820);
		await page.mouse.wheel(0, 200);
		// Polled from here: a wait in the page runs on the page's timers, which stop with its script.
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(3000);
		expect(await links.first().isVisible()).toBe(true);
		// A tap outside it, on a link of the page, closes it and follows nothing (with script the link is followed too).
		const below = await page.evaluate((top) => {
			const link = [...document.querySelectorAll('main a')].map((a) => a.getBoundingClientRect()).find((r) => r.top > top + 20 && r.bottom < innerHeight - 20 && r.width > 20);
			return link && { x: link.x + link.width / 2, y: link.y + link.height / 2 };
		}, panel.y + panel.height);
		expect(below).toBeDefined();
		const url = page.url();
		await page.touchscreen.tap(below!.x, below!.y);
		expect(await links.first().isVisible()).toBe(false);
		expect(page.url()).toBe(url);
		// The bar's own links stay over that layer: the search link, with the menu open, leads to search.
		await page.locator('.site-menu summary').tap();
		expect(await links.first().isVisible()).toBe(true);
		await Promise.all([page.waitForURL(pageUrl(base, 'search.html'), { timeout: 5000 }), search.tap()]);
		await pages.done(page);
	});
});

describe('the keyboard under the bar that stays at the top', () => {
	/** Where the focus is, if below the top of the page it sits under the bar (its top above the bar's bottom); evaluated in the page. */
	function focusUnderBar(): string | null {
		const focused = document.activeElement;
		if (!focused || focused === document.body || focused.closest('.site-header, .skip-link')) return null;
		const bar = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
		const box = focused.getBoundingClientRect();
		return box.top < bar - 1 ? `“${focused.textContent!.trim().slice(0, 30)}” at ${Math.round(box.top)} px, the bar to ${Math.round(bar)} px${box.bottom <= bar ? ', wholly hidden' : ''}` : null;
	}

	it('never leaves what it reaches under the bar: Shift+Tab back up a page, the arrows up the search page’s results, on a phone and at 200% zoom', async () => {
		const problems: string[] = [];
		// 390 px is a phone; 640 × 400 px is a 1,280 × 800 window at 200% zoom.
		for (const [width, height, deviceScaleFactor] of [[390, 844, 1], [640, 400, 2]]) {
			const page = await pages.open({ viewport: { width, height }, deviceScaleFactor });
			const press = async (at: string, key: string, times: number) => {
				for (let i = 0; i < times; i++) {
					await page.keyboard.press(key);
					const under = await page.evaluate(focusUnderBar);
					if (under) problems.push(`${at} at ${width} px, ${key} ${i + 1}: ${under}`);
				}
			};
			for (const path of ['background.html', 'glossary.html']) {
				await page.goto(pageUrl(base, path));
				await page.locator('.site-footer a').last().focus();
				await press(path, 'Shift+Tab', 40);
			}
			await page.goto(pageUrl(base, 'search.html?q=NATO'));
			await page.locator('main .search-result').nth(9).waitFor();
			await page.locator('main .search-result > a').last().focus();
			await press('search.html', 'ArrowUp', 12);
			await pages.done(page);
		}
		expect(problems).toEqual([]);
	});

	// Letter and word spacing alone, the lines as high as they were, had set the bar to 77 px over a scroll padding of
	// four lines, 72 px (an accessibility trial).
	it.each([
		['a reader’s own text spacing', true, 80],
		['letter and word spacing alone', false, 72],
	])('clears the bar with %s too, which makes it taller: links to a part, and Shift+Tab back up a page', async (_, lines, taller) => {
		const page = await pages.open({ viewport: { width: 390, height: 844 } });
		await page.goto(pageUrl(base, 'background.html'));
		await page.evaluate(applyTextSpacing, lines);
		const bar = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
		expect(bar, 'the bar grows with the spacing, so that this test means something').toBeGreaterThan(taller);
		const problems: string[] = [];
		for (const id of await page.evaluate(() => [...document.querySelectorAll('article h2[id], article h3[id]')].slice(1, 6).map((h) => h.id))) {
			await page.evaluate((id) => (location.hash = id), id);
			const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id);
			if (top < bar) problems.push(`#${id} opens at ${Math.round(top)} px, under the bar to ${Math.round(bar)} px`);
		}
		await page.locator('.site-footer a').last().focus();
		for (let i = 0; i < 25; i++) {
			await page.keyboard.press('Shift+Tab');
			const under = await page.evaluate(focusUnderBar);
			if (under) problems.push(`Shift+Tab ${i + 1}: ${under}`);
		}
		expect(problems).toEqual([]);
		await pages.done(page);
	});
});

describe('the menu on a phone', () => {
	it('closes on Escape, giving focus back to its button, and on a tap outside it, but not on a tap inside', async () => {
		const page = await pages.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		await page.goto(pageUrl(base, 'victory-plan.html'));
		const menu = page.locator('.site-menu');
		const isOpen = () => menu.evaluate((d) => (d as HTMLDetailsElement).open);
		await menu.locator('summary').tap();
		expect(await isOpen()).toBe(true);
		await page.keyboard.press('Escape');
		expect(await isOpen()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
		await menu.locator('summary').tap();
		await menu.locator('.site-nav').tap({ position: { x: 6, y: 6 } });
		expect(await isOpen(), 'a tap inside the menu, between its links').toBe(true);
		// On the text under the open panel, wherever the panel ends.
		const panel = (await menu.locator('.site-nav').boundingBox())!;
		expect(panel.y + panel.height + 40).toBeLessThan(844);
		await page.touchscreen.tap(195, panel.y + panel.height + 30);
		expect(await isOpen(), 'a tap on the text').toBe(false);
		// From the keyboard: Tab past its last link closes it, rather than leave it over the link focused next.
		await menu.locator('summary').focus();
		await page.keyboard.press('Enter');
		await menu.locator('.site-nav a').last().focus();
		expect(await isOpen()).toBe(true);
		await page.keyboard.press('Tab');
		expect(await isOpen(), 'focus tabbed out of the menu').toBe(false);
		await pages.done(page);
	});

	it('shows the skip link above the bar that stays at the top, the search key beside the placeholder, not over it, and the name whole with a reader’s text spacing', async () => {
		for (const width of [320, 700]) {
			const page = await pages.open({ viewport: { width, height: 800 } });
			await page.goto(pageUrl(base, 'alliance-reaction.html'));
			// Where the key shows (a pointer that hovers), the placeholder ends before it.
			const room = await page.evaluate(() => {
				const input = document.querySelector<HTMLInputElement>('#site-search-input')!;
				const key = document.querySelector('.search-form__key')!.getBoundingClientRect();
				const text = input.getBoundingClientRect().right - parseFloat(getComputedStyle(input).paddingRight);
				return key.width === 0 || text <= key.left;
			});
			expect(room, `${width}px: the placeholder runs under the “/” key`).toBe(true);
			await page.keyboard.press('Tab');
			const skip = await page.evaluate(() => {
				const link = document.activeElement as HTMLElement;
				const box = link.getBoundingClientRect();
				return { link: link.className, onTop: document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === link };
			});
			expect(skip, `${width}px`).toEqual({ link: 'skip-link', onTop: true });
			// With a reader's own text spacing (WCAG 1.4.12), the briefing's name in the bar is still whole.
			await page.evaluate(applyTextSpacing, true);
			expect(await page.locator('.site-name').evaluate((a) => a.scrollHeight <= a.clientHeight + 1 && a.scrollWidth <= a.clientWidth + 1), `${width}px: the name is cut`).toBe(true);
			await pages.done(page);
		}
	});

	it('leads back to the page’s contents from deep in a long section, opened, and closes', async () => {
		const page = await pages.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		await page.goto(pageUrl(base, 'alliance-reaction.html'));
		await page.evaluate(() => scrollTo(0, document.body.scrollHeight * 0.8));
		const menu = page.locator('.site-menu');
		await menu.locator('summary').tap();
		await menu.locator('a', { hasText: 'Contents of this page' }).tap();
		await expect.poll(() => page.evaluate(() => (document.querySelector('.toc__details') as HTMLDetailsElement).open)).toBe(true);
		expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open), 'the menu, which would cover the contents').toBe(false);
		// The contents' own heading shows under the bar that stays at the top.
		const header = (await page.locator('.site-header').boundingBox())!;
		const summary = (await page.locator('.toc summary').boundingBox())!;
		expect(summary.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
		expect(summary.y).toBeLessThan(844 / 3);
		// The whole briefing on one page, the longest, offers its own contents.
		await page.goto(pageUrl(base, 'all.html'));
		await page.evaluate(() => scrollTo(0, document.body.scrollHeight / 2));
		await menu.locator('summary').tap();
		await menu.locator('a', { hasText: 'Contents of this page' }).tap();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#edition-contents');
		const heading = (await page.locator('#edition-contents').boundingBox())!;
		expect(heading.y).toBeGreaterThanOrEqual(0);
		expect(heading.y).toBeLessThan(844 / 3);
		// A long reference page offers its list of entries: the who's who runs to some fourteen screens, and its list
		// had been a long scroll back up.
		for (const path of ['people.html', 'glossary.html', 'sources.html']) {
			await page.goto(pageUrl(base, path));
			await page.evaluate(() => scrollTo(0, document.body.scrollHeight * 0.7));
			await menu.locator('summary').tap();
			await menu.locator('a', { hasText: 'Contents of this page' }).tap();
			await expect.poll(() => page.evaluate(() => location.hash), { message: path }).toBe('#entries');
			const list = (await page.locator('#entries').boundingBox())!;
			expect(list.y, path).toBeGreaterThanOrEqual(header.y + header.height - 1);
			expect(list.y, path).toBeLessThan(844 / 3);
			expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open), path).toBe(false);
		}
		// Where the contents sit beside the text, the menu does not offer them.
		await page.goto(pageUrl(base, 'alliance-reaction.html'));
		await page.setViewportSize({ width: 1280, height: 800 });
		expect(await menu.locator('a', { hasText: 'Contents of this page' }).isVisible()).toBe(false);
		await pages.done(page);
	});
});

describe('a reader’s larger text', () => {
	/**
	 * Words of four letters or more in the page's title and parts' headings that a line breaks in two; evaluated in
	 * the page. A word hyphenated would count too: Debian's Chromium has no hyphenation dictionaries, so the sizes alone
	 * must keep the words whole here.
	 */
	function brokenWords(): string[] {
		const broken: string[] = [];
		for (const heading of document.querySelectorAll('main h1, main h2')) {
			const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				for (const word of node.textContent!.matchAll(/\S{4,}/g)) {
					const range = document.createRange();
					range.setStart(node, word.index);
					range.setEnd(node, word.index + word[0].length);
					if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(word[0]);
				}
			}
		}
		return broken;
	}

	it('keeps the bar’s box wide enough for its word, the skip link out of sight, the menu on the screen, what a link opens clear of the bar, headings’ words whole, and the bar from staying on a screen it would fill', async () => {
		// The browser's own text size (Chrome's “Font size”), on a phone and in a 1,280 × 720 window at 400% zoom.
		for (const { width, height, text, stays } of [
			{ width: 390, height: 844, text: 24, stays: true },
			{ width: 320, height: 180, text: 16, stays: false },
			{ width: 320, height: 180, text: 24, stays: false },
		]) {
			const at = `${width} × ${height} px, ${text} px text`;
			const context = await newContext(browser, { viewport: { width, height }, hasTouch: true, isMobile: true });
			const page = await context.newPage();
			await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: text, fixed: Math.round((text * 13) / 16) } });
			for (const path of ['index.html', 'alliance-reaction.html']) {
				await page.goto(pageUrl(base, path));
				const header = await page.evaluate(() => {
					const input = document.querySelector<HTMLInputElement>('#site-search-input')!;
					const style = getComputedStyle(input);
					const word = Object.assign(document.createElement('span'), { textContent: input.placeholder });
					Object.assign(word.style, { position: 'absolute', whiteSpace: 'pre', fontFamily: style.fontFamily, fontSize: style.fontSize });
					document.body.append(word);
					// Beside its text a search field keeps an em for its clear button.
					const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.fontSize) - word.getBoundingClientRect().width;
					word.remove();
					const menu = document.querySelector('.site-menu > summary')!.getBoundingClientRect();
					return { room: room >= 0, apart: input.getBoundingClientRect().right <= menu.left, skipAbove: document.querySelector('.skip-link')!.getBoundingClientRect().bottom <= 0 };
				});
				expect(header, `${path}, ${at}`).toEqual({ room: true, apart: true, skipAbove: true });
				// Focused, the box keeps its row where the bar stays: the name above it stays, and the bar does not shrink under
				// the finger. Where the bar goes with the page, it stays while the box is in use, and there the name steps aside.
				const barHeight = () => page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
				const before = await barHeight();
				await page.locator('#site-search-input').focus();
				if (stays) expect(await barHeight(), `${path}, ${at}: the bar's height with the box in use`).toBe(before);
				await page.locator('#site-search-input').blur();
				expect(await page.evaluate(brokenWords), `${path}, ${at}: words broken in headings`).toEqual([]);
				// Stepped down, no heading comes well below the text's own size (at 1rem beside 1.125rem, the steps had run the wrong way).
				const sizes = await page.evaluate(() => {
					const size = (e: Element | null) => (e ? parseFloat(getComputedStyle(e).fontSize) : Infinity);
					return { text: size(document.querySelector(':is(article, .prose-body) > p')), smallest: Math.min(...[...document.querySelectorAll(':is(article, .prose-body) > :is(h2, h3), :is(article, .prose-body) > .heading-wrap > :is(h2, h3)')].map(size)) };
				});
				expect(sizes.smallest, `${path}, ${at}: a heading smaller than the text`).toBeGreaterThanOrEqual(0.9 * sizes.text);
			}
			// Results drop from under the box the reader is typing in, not over it.
			await page.locator('#site-search-input').fill('Bucharest');
			// The answer, not ‘Searching…’, which a slow machine shows first.
			await page.locator('.search-form--header + .search-results .search-results__status').filter({ hasText: 'for “Bucharest”' }).waitFor();
			const drop = await page.evaluate(() => ({ box: document.querySelector('#site-search-input')!.getBoundingClientRect().bottom, results: document.querySelector('.search-form--header + .search-results')!.getBoundingClientRect() }));
			expect(drop.results.top, `${at}: the results' top, under the box`).toBeGreaterThanOrEqual(drop.box);
			expect(drop.results.height, `${at}: the results' height`).toBeGreaterThan(height / 4);
			await page.keyboard.press('Escape');
			await page.keyboard.press('Escape');
			// The menu's last link can be reached, above the foot of the screen: in the menu where the bar stays, down the page where it goes.
			await page.evaluate(() => scrollTo(0, 0));
			await page.locator('.site-menu > summary').click();
			const last = page.locator('.site-menu .site-nav a').last();
			await last.scrollIntoViewIfNeeded();
			const reached = (await last.boundingBox())!;
			expect(reached.y, `${at}: the menu's last link`).toBeGreaterThanOrEqual(0);
			expect(reached.y + reached.height, `${at}: the menu's last link`).toBeLessThanOrEqual(height);
			await page.evaluate(() => scrollTo(0, 0));
			await page.locator('.site-menu > summary').click();
			// Deep in the page, the bar is at the top of the screen, or it went with the page.
			await page.evaluate(() => scrollTo(0, 2000));
			const bar = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().toJSON() as DOMRect);
			if (stays) expect(bar.top, `${at}: the bar's top, deep in the page`).toBe(0);
			else expect(bar.bottom, `${at}: the bar's foot, deep in the page`).toBeLessThanOrEqual(0);
			// A note and a part opened by their links clear the bar, however tall it is.
			for (const id of ['fn-art10', 'how-an-invitation-is-decided']) {
				await page.evaluate((id) => (location.hash = id), id);
				const [top, foot] = await page.evaluate((id) => [document.getElementById(id)!.getBoundingClientRect().top, Math.max(0, document.querySelector('.site-header')!.getBoundingClientRect().bottom)], id);
				expect(top, `${at}: #${id} opens under the bar, which reaches ${Math.round(foot)} px`).toBeGreaterThanOrEqual(foot - 1);
			}
			// “/” deep in the page brings the box to the reader, whether the bar stays or goes. The click at a paragraph's
			// first letter: at its middle a link had taken the page away once the text changed.
			await page.locator('.prose-body > p').nth(12).click({ position: { x: 2, y: 2 } });
			await page.keyboard.press('/');
			const slash = await page.evaluate(() => ({ focused: document.activeElement?.id, box: document.querySelector('#site-search-input')!.getBoundingClientRect().toJSON() as DOMRect, y: scrollY }));
			expect(slash.focused, `${at}: “/”`).toBe('site-search-input');
			expect([slash.box.top >= 0, slash.box.bottom <= height], `${at}: the box “/” focused, at ${Math.round(slash.box.top)} px`).toEqual([true, true]);
			expect(slash.y, `${at}: the page stays where the reader was`).toBeGreaterThan(0);
			await page.keyboard.press('Escape');
			// A note's sheet, opened by a tap, holds its bar and some of the note on the screen.
			await page.evaluate(() => scrollTo(0, 600));
			await page.locator('article a[data-footnote-ref]').first().tap();
			await page.locator('.fn.is-open > .fn-preview').waitFor();
			const sheet = await page.evaluate(() => {
				const preview = document.querySelector('.fn.is-open > .fn-preview')!.getBoundingClientRect();
				const close = document.querySelector('.fn.is-open .fn-preview__bar button')!.getBoundingClientRect();
				return { top: preview.top, closeBottom: close.bottom, foot: innerHeight, bar: close.height };
			});
			expect(sheet.closeBottom, `${at}: the sheet's Close`).toBeLessThanOrEqual(sheet.foot);
			expect(sheet.foot - sheet.top, `${at}: the sheet's height`).toBeGreaterThan(2 * sheet.bar);
			await page.keyboard.press('Escape');
			await context.close();
		}
	});

	it('draws the timeline and the map only as wide as keeps their words three quarters of the reader’s text, or more', async () => {
		// 200% zoom with 24 px text: the timeline's drawing, laid out at 12 px, had been drawn 14 px high beside 24 px text.
		const context = await newContext(browser, { viewport: { width: 640, height: 720 } });
		const page = await context.newPage();
		await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 20 } });
		await page.goto(pageUrl(base, 'timeline.html'));
		const shown = await page.evaluate(() => ({ drawing: document.querySelector('.timeline-figure__svg')!.checkVisibility(), list: document.querySelector('.timeline-figure__steps')!.checkVisibility() }));
		expect(shown).toEqual({ drawing: false, list: true });
		// Europe drawn larger is as wide as its words need, at the reader's size, in a box that scrolls.
		await page.goto(pageUrl(base, 'map.html'));
		await page.locator('.alliance-map__zoom summary').click();
		const europe = await page.evaluate(() => ({ drawn: document.querySelector('.alliance-map__svg--europe')!.getBoundingClientRect().width, box: document.querySelector('.alliance-map__zoom-box')!.clientWidth, sideways: document.documentElement.scrollWidth - innerWidth }));
		expect(europe.drawn).toBeGreaterThanOrEqual(38.75 * 24 - 1);
		expect(europe.box).toBeLessThan(europe.drawn);
		expect(europe.sideways).toBe(0);
		await context.close();
	});

	it('keeps the contents beside the text on the screen when a reader’s own style sheet sets the root’s text larger', async () => {
		// A user style sheet's root size, unlike the browser's setting, is not what a media query's rem measures: at 32 px
		// in a 1,280 px window, the text and the contents had kept both their widths and the contents ran 117 px off it.
		const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		for (const path of ['background.html', 'all.html']) {
			await page.goto(pageUrl(base, path));
			const laid = await page.evaluate(() => {
				const own = new CSSStyleSheet();
				own.replaceSync('html { font-size: 32px !important }');
				document.adoptedStyleSheets = [own];
				const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
				const text = box('.with-toc > .prose');
				return { sideways: document.documentElement.scrollWidth - innerWidth, text: { right: text.right, width: text.width }, contents: box('.with-toc .toc').toJSON() as DOMRect, window: innerWidth };
			});
			expect(laid.sideways, `${path}: sideways scroll`).toBe(0);
			expect(laid.contents.right, `${path}: the contents' right edge`).toBeLessThanOrEqual(laid.window);
			expect(laid.contents.left, `${path}: the contents, beside the text and clear of it`).toBeGreaterThan(laid.text.right);
			expect(laid.text.width, `${path}: the text, no narrower than the contents`).toBeGreaterThanOrEqual(laid.contents.width - 1);
		}
		await context.close();
	});

	it('sets paper’s text in step with the reader’s own size, as its notes and headings are, with room for the notes’ numbers', async () => {
		const sizes = async (text: number) => {
			const context = await newContext(browser);
			const page = await context.newPage();
			await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: text, fixed: 13 } });
			await page.goto(pageUrl(base, 'background.html'));
			// After the text size, which set before it had undone it.
			await page.emulateMedia({ media: 'print' });
			// The text's own paragraphs: the longest of them.
			const found = await page.evaluate(() => {
				const paragraph = [...document.querySelectorAll('.prose p')].sort((a, b) => b.textContent!.length - a.textContent!.length)[0];
				return [paragraph, document.querySelector('.prose h2')!, document.querySelector('.footnotes li')!].map((e) => parseFloat(getComputedStyle(e).fontSize));
			});
			// A two-figure note's number fits the list's margin: the browser's 40 px had cut off the first figure of “22.” at 32 px.
			const room = await page.evaluate(() => {
				const list = document.querySelector('.footnotes ol')!;
				const number = Object.assign(document.createElement('span'), { textContent: '22. ' });
				Object.assign(number.style, { position: 'absolute', whiteSpace: 'pre', font: getComputedStyle(list.querySelector('li')!).font });
				document.body.append(number);
				return parseFloat(getComputedStyle(list).paddingInlineStart) - number.getBoundingClientRect().width;
			});
			expect(room, `${text} px text: room left beside a note's number`).toBeGreaterThanOrEqual(0);
			await context.close();
			return found;
		};
		const [usual, larger] = [await sizes(16), await sizes(24)];
		await sizes(32);
		// 11 points at the usual size.
		expect(usual[0]).toBeCloseTo((11 * 96) / 72, 1);
		expect(larger.map((size, i) => size / usual[i])).toEqual([1.5, 1.5, 1.5].map((r) => expect.closeTo(r, 2)));
	});
});

describe('the contents beside the text', () => {
	it('mark the heading in view as the reader scrolls, without script', async () => {
		const page = await pages.open({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
		await page.goto(pageUrl(base, 'partial-coverage.html'));
		const current = () => page.evaluate(() => [...document.querySelectorAll('.toc a')].filter((a) => a.matches(':target-current')).map((a) => a.getAttribute('href')));
		expect(await current()).toEqual(['#key-points']);
		const heading = await page.evaluate(() => document.querySelectorAll('article h2[id]')[2].id);
		await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), heading);
		await expect.poll(current).toEqual([`#${heading}`]);
		await pages.done(page);
	});

	it('on the whole briefing, list its parts and mark the one in view deep in the page, beside the text only', async () => {
		const page = await pages.open({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
		await page.goto(pageUrl(base, 'all.html'));
		const parts = page.locator('.with-toc .edition__toc a');
		expect(await parts.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
			await page.locator('.edition__contents .contents__list a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
		);
		const current = () => page.evaluate(() => [...document.querySelectorAll('.edition__toc a')].filter((a) => a.matches(':target-current')).map((a) => a.getAttribute('href')));
		// Halfway through a section, thousands of pixels below its title, the column still says which part this is.
		const id = await page.evaluate(() => document.querySelectorAll('.edition__part')[3].id);
		await page.evaluate((id) => {
			const part = document.getElementById(id)!;
			scrollTo(0, part.getBoundingClientRect().top + scrollY + part.offsetHeight / 2);
		}, id);
		await expect.poll(current).toEqual([`#${id}`]);
		const column = (await page.locator('.edition__toc').boundingBox())!;
		expect(column.x, 'beside the text').toBeGreaterThan((await page.locator('article.edition').boundingBox())!.x + 500);
		expect(await page.locator('.edition__toc').isVisible()).toBe(true);
		// On a narrow screen the contents at the top, reached from the menu, serve.
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await page.locator('.edition__toc').isVisible()).toBe(false);
		await pages.done(page);
	});

	it('show every part at once in a laptop’s short window, so that the marked part is never below their fold, each link still a 24 px target, previous and next as wide as text and column', async () => {
		// 1366 × 768 and 1280 × 720 screens leave about 650 and 600 px for the page; 1088 px is the narrowest window with the column.
		const page = await pages.open({ javaScriptEnabled: false });
		const problems: string[] = [];
		let checked = 0;
		for (const path of files('.html')) {
			await page.goto(pageUrl(base, path));
			for (const [width, height] of [[1088, 600], [1200, 600], [1280, 600], [1366, 650]]) {
				await page.setViewportSize({ width, height });
				const at = `${path} at ${width} × ${height}`;
				const column = await page.evaluate(() => {
					const details = document.querySelector<HTMLElement>('.with-toc .toc__details');
					if (!details) return null;
					// Previous and next span the text and the column beside it, edge to edge.
					const [text, toc, nav] = ['.with-toc > .prose', '.with-toc .toc', '.page-nav'].map((s) => document.querySelector(s)?.getBoundingClientRect());
					const offset = nav && Math.max(Math.abs(nav.left - text!.left), Math.abs(nav.right - toc!.right));
					return { scrolls: details.scrollHeight - details.clientHeight, last: [...details.querySelectorAll('a')].at(-1)!.getAttribute('href')!, offset };
				});
				if (!column) continue;
				checked++;
				if (column.scrolls > 0) problems.push(`${at}: the contents scroll by ${column.scrolls}px`);
				if (column.offset && column.offset > 1) problems.push(`${at}: previous and next are ${Math.round(column.offset)}px off the text and contents' edges`);
				// At the notes, the last part, the marker is on the last link, inside the window.
				await page.evaluate((id) => document.querySelector(id)!.scrollIntoView(), column.last);
				const markedLink = () =>
					page.evaluate(() => {
						const link = [...document.querySelectorAll('.with-toc .toc a')].find((a) => a.matches(':target-current'));
						// Seen where both the column and the window show it.
						const fold = Math.min(document.querySelector('.with-toc .toc__details')!.getBoundingClientRect().bottom, innerHeight);
						return link ? { href: link.getAttribute('href'), bottom: link.getBoundingClientRect().bottom, fold } : null;
					});
				// The browser moves the marker after the scroll, not during it.
				let marked = await markedLink();
				for (let tries = 0; marked?.href !== column.last && tries < 20; tries++) marked = await page.waitForTimeout(50).then(markedLink);
				if (marked?.href !== column.last || marked.bottom > marked.fold) problems.push(`${at}: at the notes, the marker is ${JSON.stringify(marked)}`);
				for (const target of await page.evaluate(undersizedTargets, '.with-toc .toc a')) problems.push(`${at}: ${target}`);
			}
		}
		expect(checked, 'pages with the contents beside the text, at four sizes').toBeGreaterThanOrEqual(20);
		expect(problems).toEqual([]);
		await pages.done(page);
	});
});

describe('type', () => {
	it('sets every heading of the whole briefing as a heading, its fifth level too, kept with its text on paper, and a table’s note numbers as large as the prose’s', async () => {
		const page = await pages.open({ viewport: { width: 1280, height: HEIGHT } });
		await page.goto(pageUrl(base, 'all.html'));
		// The whole briefing sets each section's headings a level down, to the fifth.
		expect(await page.locator('main h5').count()).toBeGreaterThan(0);
		const unlike = (paper: boolean) => {
			const face = getComputedStyle(document.querySelector('main h2')!).fontFamily;
			return [...document.querySelectorAll('main :is(h2, h3, h4, h5, h6)')].flatMap((h) => {
				const style = getComputedStyle(h);
				// A heading set inline, beside its link to copy, breaks as the block that holds them both.
				let block: Element = h;
				while (getComputedStyle(block).display === 'inline') block = block.parentElement!;
				const breakAfter = getComputedStyle(block).breakAfter;
				const ok = style.fontFamily === face && Number(style.fontWeight) >= 600 && Number.parseFloat(style.fontSize) >= 16 && (!paper || breakAfter === 'avoid');
				return ok ? [] : [`${h.tagName} “${h.textContent?.trim()}”: ${style.fontFamily.slice(0, 12)}, ${style.fontWeight}, ${style.fontSize}, break after: ${breakAfter}`];
			});
		};
		expect(await page.evaluate(unlike, false), 'on screen').toEqual([]);
		await page.emulateMedia({ media: 'print' });
		expect(await page.evaluate(unlike, true), 'on paper').toEqual([]);
		await page.goto(pageUrl(base, 'alliance-reaction.html'));
		const [prose, tables] = await page.evaluate(() =>
			['.prose p sup > a', '.prose td sup > a'].map((selector) => Math.min(...[...document.querySelectorAll(selector)].map((a) => Number.parseFloat(getComputedStyle(a).fontSize)))),
		);
		expect(tables, 'the section has note numbers in a table').toBeLessThan(Infinity);
		expect(tables).toBeGreaterThanOrEqual(prose * 0.95);
		await pages.done(page);
	});

	it('sets note numbers side by side apart, so that the focus ring of one leaves its neighbour’s bracket in sight, with a mouse or a finger', async () => {
		// With a mouse they had touched, and the ring drawn round one covered the next one's “[” (a reader's trial).
		const problems: string[] = [];
		for (const touch of [false, true]) {
			const page = await pages.open({ viewport: { width: touch ? 390 : 1280, height: HEIGHT }, hasTouch: touch, isMobile: touch });
			await page.goto(pageUrl(base, 'index.html'));
			const pairs = await page.evaluate(() => {
				const ring = (a: Element) => Number.parseFloat(getComputedStyle(a).outlineWidth) + Number.parseFloat(getComputedStyle(a).outlineOffset);
				return [...document.querySelectorAll('.prose sup + sup > a[data-footnote-ref]')].flatMap((b) => {
					const a = b.parentElement!.previousElementSibling!.querySelector('a')!;
					// Not a pair the line breaks between.
					if (Math.abs(a.getBoundingClientRect().top - b.getBoundingClientRect().top) > 2) return [];
					a.focus();
					const reach = a.getBoundingClientRect().right + ring(a);
					// Where the neighbour's bracket is drawn: its box less its padding.
					const bracket = b.getBoundingClientRect().left + Number.parseFloat(getComputedStyle(b).paddingLeft);
					return [{ pair: `${a.textContent}${b.textContent}`, clear: bracket - reach }];
				});
			});
			expect(pairs.length, 'the overview has numbers side by side').toBeGreaterThan(0);
			for (const { pair, clear } of pairs) if (clear < 0) problems.push(`${touch ? 'touch' : 'mouse'}: [${pair}] ${clear.toFixed(1)} px`);
			await pages.done(page);
		}
		expect(problems).toEqual([]);
	});
});
