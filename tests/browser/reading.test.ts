import { describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { newContext, watchPage } from '../helpers/browser.ts';
import { type PageOptions, type Pages, useChromium } from '../helpers/pages.ts';
import { sectionSlugs } from '../build/dist.ts';
import { pageUrl, siteModes } from './site-modes.ts';

let browser: Browser;
let pages: Pages;
useChromium((launched, kept) => ((browser = launched), (pages = kept)));

const { base } = siteModes()[1];
const fileBase = siteModes()[0].base;
const SECTION = 'alliance-reaction.html';

/** A page at `path`, of those the file keeps open; handed back with `pages.done`. */
async function open(path: string, options: PageOptions = {}, at = base): Promise<Page> {
	const page = await pages.open({ viewport: { width: 1280, height: 900 }, ...options });
	await page.goto(pageUrl(at, path));
	return page;
}

describe('reading without scripts', () => {
	it('runs no JavaScript at all until the reader reaches for search or a footnote', async () => {
		const page = await (await browser.newContext()).newPage();
		await page.coverage.startJSCoverage({ reportAnonymousScripts: true, resetOnNavigation: false });
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
		await page.goto(pageUrl(base, SECTION));
		await page.mouse.wheel(0, 2000);
		await page.waitForTimeout(300);
		expect(await page.coverage.stopJSCoverage(), 'scripts that ran on load').toEqual([]);
		expect(scripts).toEqual([]);
		expect(await page.evaluate(() => customElements.get('briefing-search'))).toBeUndefined();

		await page.locator('#site-search-input').focus();
		await page.waitForFunction(() => customElements.get('briefing-search') !== undefined);
		// Search code first; then the engine it needs (Pagefind, on a host).
		const loaded = scripts.map((s) => s.slice(base.length));
		expect(loaded[0]).toBe('assets/search.js');
		for (const s of loaded.slice(1)) expect(s).toMatch(/^pagefind\//);
		await page.context().close();
	});

	it('names every note’s number for a screen reader as “Note” and its number, and shows the number in brackets', async () => {
		const page = await open(SECTION, { javaScriptEnabled: false });
		const refs = page.locator('a[data-footnote-ref]');
		const numbers = await refs.allTextContents();
		expect(numbers.length).toBeGreaterThan(10);
		// What a screen reader's list of links holds for them: each the word and its number, bracketed or not.
		const names = [...(await page.locator('article').ariaSnapshot()).matchAll(/- link "\u2060?(\[?(?:Note )?\d+\]?)"/g)].map((m) => m[1]);
		expect(names).toEqual(numbers.map((n) => `Note ${n}`));
		// On screen, the number in its brackets, as before: drawn wider than its digits by a bracket each side, not by a word.
		const [drawn, digits, bracket] = await refs.first().evaluate((a) => {
			const range = document.createRange();
			range.selectNodeContents(a);
			const probe = Object.assign(document.createElement('span'), { textContent: '[' });
			a.after(probe);
			const widths = [a.getBoundingClientRect().width, range.getBoundingClientRect().width, probe.getBoundingClientRect().width];
			probe.remove();
			return widths;
		});
		expect(drawn - digits).toBeGreaterThan(bracket);
		expect(drawn - digits).toBeLessThan(4 * bracket);
		await pages.done(page);
	});

	it('keeps footnotes working as plain links with JavaScript off', async () => {
		const page = await open(SECTION, { javaScriptEnabled: false });
		const ref = page.locator('a[data-footnote-ref]').first();
		const href = (await ref.getAttribute('href'))!;
		await ref.click();
		expect(await page.evaluate(() => location.hash)).toBe(href);
		// The number leads to its note, or to its place's marker at the start of a note cited from several places.
		const noteOf = (hash: string) => page.locator(`li${hash}, li:has(> p > ${hash})`);
		expect(await noteOf(href).isVisible()).toBe(true);
		// Boxed, number and all: the box reaches left of the item, where its number is.
		const box = await noteOf(href).evaluate((li) => {
			const before = getComputedStyle(li, '::before');
			return { outline: before.outlineStyle, reachesLeft: parseFloat(before.left) < -parseFloat(getComputedStyle(li).fontSize) };
		});
		expect(box).toEqual({ outline: 'solid', reachesLeft: true });
		await noteOf(href).locator('a[data-footnote-backref]').first().click();
		expect(await page.evaluate(() => location.hash)).toBe(`#${await ref.getAttribute('id')}`);
		// A note cited again further on leads a reader who came from there back there, not to the first place,
		// and marks that way back among the others.
		const again = page.locator('a[data-footnote-ref][id$="-2"]').first();
		const place = (await again.getAttribute('href'))!;
		await again.click();
		const back = noteOf(place).locator(`a[data-footnote-backref][href="#${await again.getAttribute('id')}"]`);
		const outlines = await noteOf(place).locator('a[data-footnote-backref]').evaluateAll((links) => links.map((a) => getComputedStyle(a).outlineStyle));
		expect(outlines).toEqual(outlines.map((_, i) => (i === 1 ? 'solid' : 'none')));
		await back.click();
		expect(await page.evaluate(() => location.hash)).toBe(`#${await again.getAttribute('id')}`);
		// The number comes back a third of the way down, not under the header, with its sentence's start in view.
		expect(await again.evaluate((a) => a.getBoundingClientRect().top / innerHeight)).toBeGreaterThan(0.25);
		await pages.done(page);
	});

	it('shows the keyboard’s focus on the marked way back and on the number come back to, over their marks', async () => {
		const page = await open(SECTION, { javaScriptEnabled: false });
		const ring = (link: Locator) => link.evaluate((a) => a.matches(':focus-visible') && `${getComputedStyle(a).outlineWidth} ${getComputedStyle(a).outlineColor}`);
		const again = page.locator('a[data-footnote-ref][id$="-2"]').first();
		await again.focus();
		const focusRing = await ring(again);
		expect(focusRing, 'a number with the focus, unmarked').toMatch(/^3px /);
		await page.keyboard.press('Enter');
		const back = page.locator(`a[data-footnote-backref][href="#${await again.getAttribute('id')}"]`);
		await back.focus();
		expect(await ring(back), 'the marked way back, with the focus').toBe(focusRing);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => location.hash)).toBe(`#${await again.getAttribute('id')}`);
		await again.focus();
		expect(await again.evaluate((a) => a.matches(':target')), 'the number is marked').toBe(true);
		expect(await ring(again), 'the marked number, with the focus').toBe(focusRing);
		await pages.done(page);
	});

	it('offers the search page and the whole briefing when search has no script', async () => {
		const page = await open('index.html', { javaScriptEnabled: false });
		// No key is offered that does nothing without script: “/” is shown only where the search script can answer it.
		expect(await page.locator('.search-form__key').isVisible()).toBe(false);
		// Nor a box that takes a question the search page cannot read without script, and loses it: a link to that page.
		expect(await page.locator('#site-search-input').isVisible()).toBe(false);
		await page.locator('.site-header').getByRole('link', { name: 'Search', exact: true }).click();
		await page.waitForURL(/search\.html$/);
		const notice = page.locator('[data-without-script]');
		expect(await notice.isVisible()).toBe(true);
		expect(await notice.locator('a').getAttribute('href')).toBe('all.html');
		// A phone has no Ctrl+F: the notice says where its find is.
		expect(await notice.textContent()).toMatch(/Ctrl\+F or ⌘F with a keyboard; on a phone, in the browser’s menu/);
		// Nor a box on the search page that searches nothing: the notice is the page.
		expect(await page.locator('#search-page-input').isVisible()).toBe(false);
		await pages.done(page);
		// With script, the search page answers and the notice is gone.
		const live = await open('search.html?q=Vilnius');
		await live.locator('.search-results__status').filter({ hasText: 'for “Vilnius”' }).waitFor();
		expect(await live.locator('[data-without-script]').count()).toBe(0);
		await pages.done(live);
	});
});

describe('copying', () => {
	it('copies a paragraph’s words without its note numbers, which ran into them', async () => {
		const page = await pages.open();
		await page.goto(pageUrl(base, 'victory-plan.html'));
		const copied = await page.evaluate(() => {
			const p = [...document.querySelectorAll('.prose p')].find((el) => el.querySelectorAll('a[data-footnote-ref]').length >= 2)!;
			const range = document.createRange();
			range.selectNodeContents(p);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
			return { text: getSelection()!.toString(), notes: [...p.querySelectorAll('a[data-footnote-ref]')].map((a) => a.textContent) };
		});
		expect(copied.notes.length).toBeGreaterThanOrEqual(2);
		expect(copied.text).not.toMatch(/[\p{L}.,;:’”)]\d/u);
		await pages.done(page);
	});
});

describe('search from the keyboard', () => {
	it('lets a reader turn “/” off for every page, from the search page, and on again, Ctrl-K opening search either way, hosted and from disk', async () => {
		// A key of one character, which speech input or a switch may type unasked, must be one a reader can turn off
		// (WCAG 2.1.4; a reader's trial). Its own browser, whose storage keeps the choice, for each way of reading.
		for (const at of [base, fileBase]) {
			const context = await newContext(browser);
			const page = await context.newPage();
			const watch = await watchPage(page, at);
			const focused = () => page.evaluate(() => document.activeElement?.id);
			await page.goto(pageUrl(at, 'search.html'));
			const setting = page.getByRole('checkbox', { name: 'Open search with the / key on every page' });
			await expect.poll(() => setting.isVisible(), { message: at }).toBe(true);
			expect(await setting.isChecked()).toBe(true);
			await setting.uncheck();
			// Here, where the page's own box takes the keys, and on a section, whose header's box does.
			await page.locator('h1').click();
			await page.keyboard.press('/');
			expect(await focused(), at).not.toBe('search-page-input');
			await page.keyboard.press('Control+k');
			expect(await focused(), at).toBe('search-page-input');
			await page.goto(pageUrl(at, SECTION));
			await page.keyboard.press('/');
			expect(await focused(), at).not.toBe('site-search-input');
			await page.keyboard.press('Control+k');
			expect(await focused(), at).toBe('site-search-input');
			await page.goto(pageUrl(at, 'search.html'));
			await expect.poll(() => setting.isVisible()).toBe(true);
			expect(await setting.isChecked(), 'the choice is kept').toBe(false);
			await setting.check();
			await page.goto(pageUrl(at, SECTION));
			await page.keyboard.press('/');
			expect(await focused(), at).toBe('site-search-input');
			expect(watch.problems).toEqual([]);
			await context.close();
		}
	});

	it('opens with “/” and with Ctrl-K, moves through results with the arrows, and closes with Escape', async () => {
		const page = await open(SECTION);
		const watch = await watchPage(page, base);
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
		expect(await page.inputValue('#site-search-input')).toBe('');
		await page.keyboard.press('Escape');
		await page.locator('body').click({ position: { x: 5, y: 400 } });
		await page.keyboard.press('Control+k');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');

		await page.keyboard.type('Rutte');
		const status = page.locator('.search-results__status');
		await status.filter({ hasText: 'for “Rutte”' }).waitFor();
		expect(await status.textContent()).toMatch(/^\d+ results? for “Rutte”/);
		// Read out once typing pauses, from a live region of its own that repeats it.
		const spoken = page.locator('.search-form--header + .search-results [role="status"]');
		await expect.poll(() => spoken.textContent()).toBe(await status.textContent());
		expect(await page.locator('.search-results mark').first().textContent()).toMatch(/rutte/i);

		await page.keyboard.press('ArrowDown');
		const first = await page.evaluate(() => document.activeElement?.closest('.search-result') !== null && document.activeElement?.tagName);
		expect(first).toBe('A');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
		await page.keyboard.press('Escape');
		expect(await page.locator('.search-results').isHidden()).toBe(true);
		expect(watch.problems).toEqual([]);
		await pages.done(page);
	});

	it('highlights the matched word on the page a result opens', async () => {
		const page = await open('index.html', { viewport: { width: 1280, height: 700 } });
		await page.locator('#site-search-input').click();
		await page.keyboard.type('Galibarenko');
		await page.locator('.search-results__status').filter({ hasText: 'for “Galibarenko”' }).waitFor();
		// The first result that carries a text fragment: an entry found by its name opens at its heading instead.
		const at = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('.search-results a')].findIndex((a) => a.href.includes(':~:text=')));
		expect(at).toBeGreaterThanOrEqual(0);
		for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
		await Promise.all([page.waitForURL((u) => !u.href.endsWith('index.html')), page.keyboard.press('Enter')]);
		// The browser scrolls a text fragment's match to the middle of the window and paints it
		// with ::target-text; a plain #anchor would put the heading at the top instead. The
		// fragment names the occurrence the excerpt showed, which need not be the page's first.
		// Polled: on a busy machine the browser had not yet scrolled 300 ms after the page came.
		const placements = () => page.evaluate(() => {
			const found: { middle: number; height: number; atBottom: boolean }[] = [];
			const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				for (let at = n.textContent!.indexOf('Galibarenko'); at >= 0; at = n.textContent!.indexOf('Galibarenko', at + 1)) {
					const range = document.createRange();
					range.setStart(n, at);
					range.setEnd(n, at + 'Galibarenko'.length);
					const r = range.getBoundingClientRect();
					found.push({ middle: (r.top + r.bottom) / 2, height: innerHeight, atBottom: scrollY + innerHeight >= document.documentElement.scrollHeight - 2 });
				}
			}
			return found;
		});
		expect((await placements()).length).toBeGreaterThan(0);
		const centred = async () => (await placements()).filter((p) => p.middle > 0 && p.middle < p.height && (p.atBottom || Math.abs(p.middle - p.height / 2) < p.height * 0.25));
		await expect.poll(async () => (await centred()).length, { message: `never centred; as the page came: ${JSON.stringify(await placements())}`, timeout: 5000 }).toBeGreaterThan(0);
		await pages.done(page);
	});
});

describe('footnote previews', () => {
	it('marks for a screen reader the ↩ back to the place the reader came from, once this script is in', async () => {
		// Colour alone had said which of a note's ↩ it is: “place 1 of 8” to “place 8 of 8” (an accessibility audit).
		const current = (page: Page) => page.locator('a[data-footnote-backref][aria-current="true"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		for (const path of [SECTION, 'all.html']) {
			const page = await open(path);
			const again = page.locator('a[data-footnote-ref][id$="-2"]').first();
			const way = `#${await again.getAttribute('id')}`;
			await again.focus();
			await page.waitForFunction(() => document.querySelector('.fn-preview') !== null);
			await page.keyboard.press('Enter');
			await expect.poll(() => current(page), { message: path }).toEqual([way]);
			await page.locator(`a[data-footnote-backref][href="${way}"]`).focus();
			await page.keyboard.press('Enter');
			await page.waitForURL(/fnref-/);
			await expect.poll(() => current(page), { message: path }).toEqual([]);
			// Back to the note and forward again, the mark follows.
			await page.goBack();
			await expect.poll(() => current(page), { message: `${path}, Back` }).toEqual([way]);
			await page.goForward();
			await expect.poll(() => current(page), { message: `${path}, Forward` }).toEqual([]);
			await pages.done(page);
		}
		// A page opened at a place, the script loaded later by a hover: marked as it arrives. Nor does an address whose
		// fragment is no valid escape (“%”) stop the script, as decoding it had.
		const page = await open(SECTION);
		const watch = await watchPage(page, base);
		const again = page.locator('a[data-footnote-ref][id$="-2"]').first();
		const [place, way] = [(await again.getAttribute('href'))!, `#${await again.getAttribute('id')}`];
		for (const hash of ['#100%', place]) {
			await page.goto('about:blank');
			await page.goto(`${pageUrl(base, SECTION)}${hash}`);
			await page.locator('a[data-footnote-ref]').first().hover();
			await page.waitForFunction(() => document.querySelector('.fn-preview') !== null);
			await expect.poll(() => current(page), { message: hash }).toEqual(hash === place ? [way] : []);
		}
		expect(watch.problems).toEqual([]);
		await pages.done(page);
	});

	it('show on hover and on keyboard focus, and Escape hides them without moving pointer or focus', async () => {
		const page = await open(SECTION);
		// The page carries each note once, at the end; previews are made on first use.
		expect(await page.locator('.fn-preview').count()).toBe(0);
		const ref = page.locator('a[data-footnote-ref]').nth(2);
		const preview = ref.locator('xpath=..').locator('.fn-preview');

		await ref.hover();
		await expect.poll(() => preview.isVisible()).toBe(true);
		const hash = (await ref.getAttribute('href'))!.slice(1);
		const note = await page.locator(`li[id="${hash}"] p, li:has(> p > [id="${hash}"]) p`).first().textContent();
		expect(await preview.textContent()).toMatch(/\w{4,}/);
		expect(note!.replace('↩', '').replace(/\s+/g, ' ').trim()).toContain((await preview.textContent())!.replace(/\s+/g, ' ').trim());
		await preview.hover();
		expect(await preview.isVisible(), 'the preview stays while the pointer is on it').toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => preview.isHidden()).toBe(true);
		await page.mouse.move(5, 5);

		await ref.focus();
		await expect.poll(() => preview.isVisible()).toBe(true);
		// The script had been loaded by the pointer above: no number's note is said by the page, its description being there.
		expect(await page.locator('[role="status"].sr-only').count()).toBe(0);
		await page.keyboard.press('Escape');
		await expect.poll(() => preview.isHidden()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-footnote-ref'))).toBe(true);
		// Leaving and coming back shows it again.
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await expect.poll(() => preview.isVisible()).toBe(true);
		// Tab goes on past the preview's links, which the note holds too: one stop per number.
		expect(await preview.locator('a').count(), 'a preview with links, so that the next step means something').toBeGreaterThan(0);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.fn-preview') === null && document.activeElement !== document.body)).toBe(true);

		// Each preview's note describes its reference, once, without the note's back links or ids, or the phone sheet's bar.
		const describedBy = await ref.getAttribute('aria-describedby');
		expect(await page.locator(`[id="${describedBy}"]`).count()).toBe(1);
		expect(await page.locator(`[id="${describedBy}"]`).evaluate((el) => el.matches('.fn-preview > .fn-preview__text'))).toBe(true);
		expect(await page.locator('.fn-preview__text [id], .fn-preview [data-footnote-backref]').count()).toBe(0);
		expect(await page.locator('.fn-preview').count()).toBe(await page.locator('a[data-footnote-ref]').count());
		// Heard as it is shown: the source-type marks had given their register labels, so that every number's
		// description read each source twice (“…, 29 November 2024 News: Reuters, 29 November 2024”, a reader's trial).
		const cdp = await page.context().newCDPSession(page);
		const { root } = await cdp.send('DOM.getDocument');
		const misheard: string[] = [];
		for (const id of await page.locator('a[data-footnote-ref]').evaluateAll((refs) => refs.map((r) => r.id))) {
			const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[id="${id}"]` });
			const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
			// Chromium sets the name of each link in the note apart with spaces (“letter shows , 29 November”).
			const words = (text: string) => text.replace(/\s+/g, ' ').replace(/ (?=[,.;:)])|(?<=\() /g, '').trim();
			const heard = words(String(nodes[0].description?.value ?? ''));
			const shown = words(await page.locator(`[id="${id}"] ~ .fn-preview .fn-preview__text`).evaluate((t) => t.textContent!));
			if (heard !== shown) misheard.push(`${id}: heard “${heard}”, shown “${shown}”`);
		}
		expect(misheard).toEqual([]);
		await cdp.detach();
		await pages.done(page);
	});

	it('say the note of the number whose focus loaded them, once, which was announced before it had its description', async () => {
		// A keyboard reader's trial: the first number reached was heard as “Note 1, link” alone, its description set 30-300
		// ms later; every later number was heard with its note.
		const page = await open(SECTION);
		const ref = page.locator('a[data-footnote-ref]').first();
		await ref.focus();
		const status = page.locator('[role="status"].sr-only');
		await expect.poll(() => status.textContent()).not.toBe('');
		const note = await page.locator(`[id="${await ref.getAttribute('aria-describedby')}"]`).textContent();
		expect(await status.textContent()).toBe(note);
		expect(await page.locator('[role="status"].sr-only').count()).toBe(1);
		// The next number has its description when focused: nothing more is said.
		await page.locator('a[data-footnote-ref]').nth(1).focus();
		expect(await page.locator('[role="status"].sr-only').count()).toBe(1);
		const id = (await ref.getAttribute('id'))!;
		await pages.done(page);

		// A number come back to by its note's ↩, or opened by its address, is no number reached for: its note was just
		// read, or not asked for (a maintainer's review).
		// A query of its own, so that the page loads afresh rather than moving to the number within the same document.
		const back = await open(`${SECTION}?from-note#${id}`);
		const number = back.locator(`[id="${id}"]`);
		await number.focus();
		await expect.poll(() => number.getAttribute('aria-describedby')).not.toBeNull();
		await back.waitForTimeout(200);
		expect(await back.locator('[role="status"].sr-only').count()).toBe(0);
		await pages.done(back);
	});

	it('stay closed over the text when the reader comes back from a note by its ↩, until they reach for the number again', async () => {
		const page = await open(SECTION);
		const ref = page.locator('a[data-footnote-ref]').nth(4);
		const preview = ref.locator('xpath=..').locator('.fn-preview');
		await ref.hover();
		await expect.poll(() => preview.isVisible()).toBe(true);
		for (const how of ['pointer', 'keyboard'] as const) {
			const back = page.locator(`a[data-footnote-backref][href="#${await ref.getAttribute('id')}"]`);
			if (how === 'pointer') {
				await ref.click();
				await back.click();
			} else {
				await ref.focus();
				await page.keyboard.press('Enter');
				await back.focus();
				await page.keyboard.press('Enter');
			}
			await page.waitForURL(/#fnref-/);
			// The browser focuses the number it returns to; its preview stays shut.
			expect(await page.evaluate(() => document.activeElement?.id), how).toBe(await ref.getAttribute('id'));
			await page.waitForTimeout(100);
			expect(await preview.isVisible(), how).toBe(false);
			await page.keyboard.press('Tab');
			await page.keyboard.press('Shift+Tab');
			expect(await page.evaluate(() => document.activeElement?.id), how).toBe(await ref.getAttribute('id'));
			await expect.poll(() => preview.isVisible(), { message: how }).toBe(true);
			await page.mouse.move(5, 5);
		}
		await pages.done(page);
	});

	it('do not open under a pointer that the return from a note left over another number, until it moves', async () => {
		const page = await open(SECTION);
		const refs = page.locator('a[data-footnote-ref]');
		await refs.first().hover();
		await page.waitForFunction(() => document.querySelector('.fn-preview') !== null);
		const ref = refs.nth(4);
		const other = refs.nth(8);
		const otherPreview = other.locator('xpath=..').locator('.fn-preview');
		const x = await other.evaluate((a) => { const r = a.getBoundingClientRect(); return r.left + r.width / 2; });
		const y = 400;
		await ref.click();
		// The pointer rests where the other number will be once the page has scrolled; the ↩ is taken by keyboard.
		await page.mouse.move(x, y);
		await page.locator(`a[data-footnote-backref][href="#${await ref.getAttribute('id')}"]`).focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/#fnref-/);
		await other.evaluate((a, y) => scrollBy(0, a.getBoundingClientRect().top + a.getBoundingClientRect().height / 2 - y), y);
		await expect.poll(() => other.evaluate((a) => a.parentElement!.matches(':hover'))).toBe(true);
		await page.waitForTimeout(100);
		expect(await otherPreview.isVisible(), 'a preview opened under a pointer that did not move').toBe(false);
		await page.mouse.move(x + 2, y);
		await expect.poll(() => otherPreview.isVisible()).toBe(true);
		await pages.done(page);
	});

	it('work on a page opened from disk', async () => {
		const page = await open(SECTION, {}, fileBase);
		const ref = page.locator('a[data-footnote-ref]').first();
		await ref.focus();
		await expect.poll(() => ref.locator('xpath=..').locator('.fn-preview').isVisible()).toBe(true);
		await pages.done(page);
	});

	it('lead on a phone to the note after all when their script cannot load: the tap kept back for it is not lost', async () => {
		const page = await open(SECTION, { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
		await page.route('**/assets/footnotes.js', (route) => route.abort());
		try {
			const ref = page.locator('a[data-footnote-ref]').nth(2);
			await ref.evaluate((a) => scrollBy(0, a.getBoundingClientRect().top - 350));
			await ref.tap();
			await page.waitForURL(new RegExp(`${(await ref.getAttribute('href'))!}$`), { timeout: 6000 });
		} finally {
			await page.unroute('**/assets/footnotes.js');
			await pages.done(page);
		}
	});

	it('shade the foot of a phone’s sheet while its note runs on below, and its top once scrolled, until read to the end', async () => {
		// A reader took a note cut at the screen's foot for all of it: a phone shows no scroll bar.
		const page = await open(SECTION, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme: 'dark' });
		const longest = await page.$$eval('a[data-footnote-ref]', (refs) => {
			const length = (a: Element) => document.getElementById(decodeURIComponent((a as HTMLAnchorElement).hash.slice(1)))?.textContent?.length ?? 0;
			return refs.reduce((best, a, i) => (length(a) > length(refs[best]) ? i : best), 0);
		});
		const ref = page.locator('a[data-footnote-ref]').nth(longest);
		await ref.evaluate((a) => scrollBy(0, a.getBoundingClientRect().top - 300));
		await ref.tap();
		const sheet = ref.locator('xpath=..').locator('.fn-preview');
		await expect.poll(() => sheet.isVisible()).toBe(true);
		expect(await sheet.evaluate((s) => s.scrollHeight - s.clientHeight), 'the longest note overflows its sheet').toBeGreaterThan(10);
		const box = (await sheet.boundingBox())!;
		// One pixel row a few pixels inside each edge, in the sheet's padding, where no text is.
		const edge = (y: number) => page.screenshot({ clip: { x: box.x + box.width / 2, y, width: 1, height: 1 } });
		const [top, foot] = [box.y + 3, box.y + box.height - 3];
		const atStart = [await edge(top), await edge(foot)];
		await sheet.evaluate((s) => (s.scrollTop = s.scrollHeight));
		await expect.poll(() => sheet.evaluate((s) => s.scrollTop + s.clientHeight >= s.scrollHeight - 1)).toBe(true);
		const atEnd = [await edge(top), await edge(foot)];
		expect(atStart[1].equals(atEnd[1]), 'the foot is shaded while the note runs on below, and not at its end').toBe(false);
		expect(atStart[0].equals(atEnd[0]), 'the top is shaded once the note has scrolled').toBe(false);
		await pages.done(page);
	});

	it('open on a phone as a sheet at the foot of the screen when a number is tapped, the text staying where it was, and lead on to the note', async () => {
		// A number had taken a phone's reader to the notes, 14,000 px down, and “↩” back, for every note.
		const page = await open(SECTION, { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
		const ref = page.locator('a[data-footnote-ref]').nth(3);
		await ref.evaluate((a) => scrollBy(0, a.getBoundingClientRect().top - 350));
		const sheet = ref.locator('xpath=..').locator('.fn-preview');
		const at = await page.evaluate(() => scrollY);
		// The first tap comes before the script, which it loads: kept back, it opens the note all the same.
		expect(await page.locator('.fn-preview').count()).toBe(0);
		await ref.tap();
		await expect.poll(() => sheet.isVisible()).toBe(true);
		expect(await page.evaluate(() => scrollY)).toBe(at);
		expect(page.url()).not.toContain('#');
		const box = (await sheet.boundingBox())!;
		expect([box.x, box.width, Math.round(box.y + box.height)]).toEqual([0, 390, 800]);
		const hash = (await ref.getAttribute('href'))!.slice(1);
		const note = (await page.locator(`li:has([id="${hash}"]), li[id="${hash}"]`).first().textContent())!.replace('↩', '').replace(/\s+/g, ' ');
		expect(await sheet.locator('strong').textContent()).toBe(`Note ${await ref.textContent()}`);
		expect(note).toContain((await sheet.locator('.fn-preview__text').textContent())!.replace(/\s+/g, ' ').trim().slice(0, 60));
		// Focus goes into the sheet, where a screen reader reads the note it opened (its double tap had seemed to do
		// nothing), and the number is described by the note alone, not by the sheet's bar.
		expect(await sheet.evaluate((s) => s === document.activeElement)).toBe(true);
		// Named by its bar's label, as Chromium's accessibility tree has it: without a name, it was read as a bare “note”.
		expect((await sheet.ariaSnapshot()).split('\n')[0]).toBe(`- note "Note ${await ref.textContent()}":`);
		expect(await ref.evaluate((a) => document.getElementById(a.getAttribute('aria-describedby')!)!.textContent)).not.toMatch(/Go to the note|Close/);
		// A tap beside the text closes it; so do its button and Escape, which give focus back to the number.
		await page.touchscreen.tap(2, 300);
		await expect.poll(() => sheet.isHidden()).toBe(true);
		await ref.tap();
		await sheet.getByRole('button', { name: 'Close' }).tap();
		await expect.poll(() => sheet.isHidden()).toBe(true);
		expect(await ref.evaluate((a) => a === document.activeElement)).toBe(true);
		await ref.tap();
		await page.keyboard.press('Escape');
		await expect.poll(() => sheet.isHidden()).toBe(true);
		expect(await ref.evaluate((a) => a === document.activeElement)).toBe(true);
		expect(await page.evaluate(() => scrollY)).toBe(at);
		// And it closes as the keyboard leaves it, a tablet's or a switch's: it had stayed over the links focused next.
		await ref.tap();
		await expect.poll(() => sheet.isVisible()).toBe(true);
		for (const stop of ['Go to the note', 'Close']) {
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.textContent), 'the keyboard goes through the sheet first').toBe(stop);
		}
		await expect.poll(() => sheet.isVisible(), { message: 'the sheet stays while the keyboard is in it' }).toBe(true);
		await page.keyboard.press('Tab');
		await expect.poll(() => sheet.isHidden()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.closest('.fn-preview') === null && document.activeElement !== document.body)).toBe(true);
		await page.evaluate((y) => scrollTo(0, y), at);
		// A number low on the screen, which the sheet would cover, moves up above it.
		await ref.evaluate((a) => scrollBy(0, a.getBoundingClientRect().top - innerHeight + 40));
		await ref.tap();
		await expect.poll(() => sheet.isVisible()).toBe(true);
		expect(await ref.evaluate((a) => a.getBoundingClientRect().bottom)).toBeLessThanOrEqual((await sheet.boundingBox())!.y);
		await sheet.getByRole('button', { name: 'Close' }).tap();
		// Its link goes on to the note, and the sheet goes.
		await ref.tap();
		await sheet.getByRole('link', { name: 'Go to the note' }).tap();
		await page.waitForURL(new RegExp(`#${hash}$`));
		expect(await sheet.isHidden()).toBe(true);
		// Back or Forward within the page moves the text from under the sheet, which goes too: it had stayed open over
		// other text (a reader's trial).
		await page.goBack();
		await ref.tap();
		await expect.poll(() => sheet.isVisible()).toBe(true);
		await page.goForward();
		await page.waitForURL(new RegExp(`#${hash}$`));
		await expect.poll(() => sheet.isHidden(), { message: 'the sheet closes as the page moves through its history' }).toBe(true);
		await page.goBack();
		// From the keyboard, a number still leads to its note.
		await ref.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(new RegExp(`#${hash}$`));
		expect(await sheet.isHidden()).toBe(true);
		await pages.done(page);
	});
});

describe('layout', () => {
	// The overview too: a reader check found its seven parts with no contents.
	it.each([SECTION, 'index.html'])('sets the contents beside the text on wide screens and folds them away on narrow ones, on %s', async (path) => {
		const wide = await open(path, { viewport: { width: 1400, height: 900 } });
		const tocLink = wide.locator('nav.toc li a').nth(1);
		expect(await tocLink.isVisible()).toBe(true);
		const [toc, article] = await Promise.all([wide.locator('nav.toc').boundingBox(), wide.locator('article').boundingBox()]);
		expect(toc!.x).toBeGreaterThan(article!.x + article!.width);
		// Every heading of the text is listed, and nothing else.
		const listed = await wide.locator('nav.toc li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		const headings = await wide.locator('article h2[id], article h3[id]').evaluateAll((hs) => hs.filter((h) => !h.closest('nav, .cite-this')).map((h) => `#${h.id}`));
		expect([...listed].sort()).toEqual([...headings].sort());
		// From the keyboard: the label above the list is no Tab stop, and a link's focus ring is drawn whole inside the column.
		expect(await wide.locator('nav.toc summary').evaluate((s) => { s.focus(); return document.activeElement === s; })).toBe(false);
		await tocLink.focus();
		const [ring, column] = await wide.evaluate(() => {
			const link = document.activeElement!;
			const box = link.getBoundingClientRect();
			const offset = parseFloat(getComputedStyle(link).outlineOffset) + parseFloat(getComputedStyle(link).outlineWidth);
			return [{ left: box.left - offset, right: box.right + offset }, link.closest('details')!.getBoundingClientRect().toJSON()];
		});
		expect(ring.left).toBeGreaterThanOrEqual(column.left);
		expect(ring.right).toBeLessThanOrEqual(column.right);
		// Named as the browser names it for assistive technology (Playwright's snapshot works names out itself): a
		// name taken from the inert label was empty.
		const cdp = await wide.context().newCDPSession(wide);
		const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
		expect(nodes.filter((n) => n.role?.value === 'navigation').map((n) => n.name?.value)).toContain('Contents');
		await cdp.detach();
		await pages.done(wide);

		const narrow = await open(path, { viewport: { width: 390, height: 800 } });
		expect(await narrow.locator('nav.toc li a').nth(1).isVisible()).toBe(false);
		await narrow.locator('nav.toc summary').click();
		expect(await narrow.locator('nav.toc li a').nth(1).isVisible()).toBe(true);
		await pages.done(narrow);
	});

	it('keeps a readable measure of about 60–75 characters a line', async () => {
		const page = await open(SECTION, { viewport: { width: 1600, height: 900 } });
		// Characters per line of the long paragraphs, as rendered (the last line of each counts as half).
		const perLine = await page.evaluate(() => {
			const rates = [...document.querySelectorAll<HTMLElement>('.prose-body > p')].flatMap((p) => {
				const lines = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
				return lines >= 4 ? [p.innerText.length / (lines - 0.5)] : [];
			});
			return rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)];
		});
		expect(perLine).toBeGreaterThan(55);
		expect(perLine).toBeLessThan(80);
		await pages.done(page);
	});

	it('sets the reference pages’ sources and attributions, in smaller type after an entry’s text, at their own line height, and the text at its own', async () => {
		// Each line of an attribution had stood as far apart as the text's, as if double-spaced (a reader's trial).
		const found: string[] = [];
		let count = 0;
		for (const path of ['people.html', 'glossary.html', 'timeline.html']) {
			const page = await open(path, { viewport: { width: 390, height: 844 } });
			found.push(...(await page.evaluate(() => {
				/** The distance between an element's second and third lines, in px. */
				const spacing = (el: Element) => {
					// By its words, not its boxes: a padded link's box starts above the line's words.
					const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
					const tops: number[] = [];
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const range = document.createRange();
						range.selectNodeContents(node);
						tops.push(...[...range.getClientRects()].map((r) => Math.round(r.top)));
					}
					const lines = [...new Set(tops)].sort((a, b) => a - b).filter((top, i, all) => i === 0 || top - all[i - 1] > 2);
					return lines.length < 3 ? undefined : lines[2] - lines[1];
				};
				const small = [...document.querySelectorAll('.person-entry__context, .person-entry__sources, .glossary-entry__source')];
				const text = [...document.querySelectorAll('.with-tail .entry-text')];
				const measured = (els: Element[]) => els.map((el) => ({ el, gap: spacing(el) })).filter((m) => m.gap !== undefined);
				// The text's own lines: its size times the text's leading.
				const textGap = Math.max(...measured(text).map((m) => m.gap!));
				const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
				// Closer than the text's, yet far enough apart for each link to be a target of its own (24 px).
				const loose = measured(small).filter((m) => m.gap! >= 0.95 * textGap || m.gap! < 24).map((m) => `${m.el.className}: ${m.gap} px apart, the text's lines ${textGap}`);
				const tight = measured(text).filter((m) => m.gap! < 1.5 * size(m.el)).map((m) => `${m.el.parentElement!.className} text: ${m.gap} px apart`);
				return { measured: measured(small).length, problems: [...loose, ...tight].map((f) => `${location.pathname}: ${f}`) };
			}).then(({ measured, problems }) => ((count += measured), problems))));
			await pages.done(page);
		}
		expect(count, 'attributions of three lines or more, measured').toBeGreaterThan(10);
		expect([...new Set(found)]).toEqual([]);
	});

	it('marks the entry a link opens at on the reference pages, filled out to its outline', async () => {
		for (const [path, entry] of [['glossary.html', '.glossary-entry'], ['people.html', '.person-entry'], ['timeline.html', '.timeline-list > li']]) {
			const page = await open(path, { viewport: { width: 390, height: 700 }, colorScheme: 'dark' });
			const id = await page.locator(`${entry} [id], ${entry}[id]`).nth(2).getAttribute('id');
			await page.goto(`${page.url()}#${id}`);
			const box = (await page.locator(entry).filter({ has: page.locator(':target') }).or(page.locator(`${entry}:target`)).first().boundingBox())!;
			// One pixel inside the entry's box, and one in the gap between its box and its outline.
			const pixel = (x: number) => page.screenshot({ clip: { x, y: box.y + 1, width: 1, height: 1 } });
			expect((await pixel(box.x - 2)).equals(await pixel(box.x + 1)), `${path}#${id}: the gap before the outline is the page's colour`).toBe(true);
			// And the fill is a fill: not the page's colour, which a margin's pixel shows.
			expect((await pixel(box.x + 1)).equals(await pixel(4)), `${path}#${id}: the entry is not filled`).toBe(false);
			await pages.done(page);
		}
	});

	it('offers a link to copy beside every heading of a section, on its last line, and names each heading by its title alone', async () => {
		const page = await open(SECTION);
		const headings = await page.$$eval('article :is(h2, h3)[id]', (hs) =>
			hs.filter((h) => !h.closest('.footnotes, .source-list, .key-points, .after-note')).map((h) => {
				const link = h.nextElementSibling;
				const lines = [...h.getClientRects()];
				const last = lines[lines.length - 1];
				const mark = link?.getBoundingClientRect();
				return {
					id: h.id,
					title: h.textContent!.replace(/\s+/g, ' ').trim(),
					link: link?.matches(`a.heading-anchor[href="#${h.id}"]`) ? link.getAttribute('aria-label')!.replace(/\s+/g, ' ') : null,
					// The mark follows the title's last word, on the same line.
					onLastLine: mark !== undefined && Math.abs(mark.bottom - last.bottom) < 4 && mark.left >= last.right,
				};
			}),
		);
		expect(headings.length).toBeGreaterThan(3);
		expect(headings.filter((h) => h.link !== `Link to this heading: ${h.title}` || !h.onLastLine)).toEqual([]);
		// A screen reader's list of headings: each heading named by its title, once, and not by its link as well.
		const article = page.locator('article');
		for (const { title } of headings) expect(await article.getByRole('heading', { name: title, exact: true }).count(), title).toBe(1);
		expect(await article.getByRole('heading', { name: /Link to this heading/ }).count()).toBe(0);
		await pages.done(page);
	});
});

describe('print', () => {
	for (const path of [SECTION, 'all.html', 'map.html']) {
		it(`prints ${path} without navigation or search, with outside links spelled out`, async () => {
			const page = await open(path);
			await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
			for (const hidden of ['.site-header', '.site-footer', 'nav.toc', '.page-nav', 'briefing-search', '.skip-link']) {
				if ((await page.locator(hidden).count()) > 0) expect(await page.locator(hidden).first().isHidden(), hidden).toBe(true);
			}
			if (path !== 'map.html') expect(await page.locator('.footnotes').first().isVisible()).toBe(true);
			const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
			expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
			const pdf = await page.pdf({ format: 'A4' });
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
			expect(sheets).toBeGreaterThan({ 'all.html': 15, 'map.html': 0 }[path] ?? 3);
			await pages.done(page);
		});
	}
});

it('prints the map in greys on white, whatever the screen’s scheme', async () => {
	const page = await open('map.html', { colorScheme: 'dark' });
	const sea = () => page.locator('.alliance-map__sea').first().evaluate((el) => getComputedStyle(el).fill);
	const onScreen = await sea();
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	expect(await sea()).toBe('rgb(255, 255, 255)');
	expect(onScreen).not.toBe('rgb(255, 255, 255)');
	await pages.done(page);
});

it('prints the address after each outside link', async () => {
	const page = await open('sources.html');
	await page.emulateMedia({ media: 'print' });
	const after = await page.evaluate(() => {
		const a = document.querySelector<HTMLAnchorElement>('article a[href^="https:"]')!;
		return [a.href, getComputedStyle(a, '::after').content];
	});
	expect(after[1]).toContain(after[0]);
	await pages.done(page);
});

it('dates every section and gives its reading time', async () => {
	const page = await open(SECTION);
	for (const slug of sectionSlugs()) {
		await page.goto(pageUrl(base, `${slug}.html`));
		expect(await page.locator('.page-meta').textContent()).toMatch(/As of 29\sNovember 2024.*\d+ min read/s);
	}
	await pages.done(page);
});
