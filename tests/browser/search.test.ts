import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { watchPage } from '../helpers/browser.ts';
import { type PageOptions, type Pages, useChromium } from '../helpers/pages.ts';
import { pageUrl, siteModes } from './site-modes.ts';
import { ask, target } from './search-answers.ts';

/**
 * Search as readers use it, through the search box, with Pagefind's own
 * engine: hosted (its files fetched), under a sub-path and from disk (its
 * files as classic scripts). The relevance set has a file of its own
 * (search-relevance.test.ts).
 */
let browser: Browser;
let pages: Pages;
useChromium((launched, kept) => ((browser = launched), (pages = kept)));

const [disk, hosted, subPath] = siteModes();
const MODES = [disk, hosted];

/**
 * A page at `path`, watched: `use` runs on it, and it must leave no error,
 * failed request or policy violation behind. The page is one the file keeps
 * open, unless the test asks for a page of its own, closed after it.
 */
async function onPage(base: string, path: string, use: (page: Page) => Promise<void>, options: PageOptions = {}, own = false): Promise<void> {
	const page = own ? await browser.newPage(options) : await pages.open(options);
	try {
		const watch = await watchPage(page, base);
		await page.goto(pageUrl(base, path));
		await use(page);
		expect(watch.problems).toEqual([]);
	} finally {
		await (own ? page.close() : pages.done(page));
	}
}

describe.each([...MODES, subPath])('search, $name', ({ base }) => {
	// Under a sub-path, only what builds or follows an address: what the engine answers is the same as at the root.
	const notSubPath = base !== subPath.base;

	if (notSubPath) it('finds a spelling the sources use and says which spelling it searched for', async () => {
		await onPage(base, 'index.html', async (page) => {
			const answer = await ask(page, base, 'Zelensky');
			expect(answer.status).toContain('“Zelenskyy”, the briefing’s way of writing “Zelensky”');
			// A common word misspelt, which stemming finds all the same: its results are said to be the briefing's word's, as
			// a word corrected is, not that the briefing writes the slip its way (readers' trials).
			expect((await ask(page, base, 'irreversable')).status).toMatch(/^No results for “irreversable”\. (The first )?\d+ results? for “irreversible”/);
			expect(answer.results.some((r) => r.badge.startsWith('Section') && r.text.includes('Zelenskyy'))).toBe(true);
			// A reader's word for the briefing's is said to be that, not a way of writing it.
			expect((await ask(page, base, 'Hungary veto')).status).toContain('“Hungary consensus”, the briefing’s words for “Hungary veto”');
			// Nor the briefing's alone where the text writes the reader's too: “Ukrainian” had been called its words for it.
			expect((await ask(page, base, 'Ukrainian')).status).toMatch(/results for “Ukraine” and “Ukrainian”/);
			expect((await ask(page, base, 'UK')).status).toMatch(/^\d+ results for “United Kingdom” and “UK”/);
			// Two words respelled find what the briefing's spelling finds: the reader's own spelling, searched
			// too, must not spoil the first search's results (it did when the two ran side by side).
			const written = await ask(page, base, 'Andrii Sybiha');
			const typed = await ask(page, base, 'Andriy Sybiga');
			expect(typed.results.map((r) => r.href)).toEqual(expect.arrayContaining(written.results.map((r) => r.href)));
			// A hyphen where the briefing writes two words: Pagefind searched “secretarygeneral”, and found only “secret”.
			const hyphened = await ask(page, base, 'Secretary-General');
			expect(hyphened.status).toContain('“Secretary General”, the briefing’s way of writing “Secretary-General”');
			expect(hyphened.results.map((r) => r.title)).toContain('Mark Rutte');
			// A hyphen the briefing writes is searched as typed; two words it hyphenates, quoted, as it writes them.
			expect((await ask(page, base, 'full-scale')).status).toMatch(/^\d+ results for “full-scale”/);
			const phrase = await ask(page, base, '"full scale invasion"');
			expect(phrase.status).toMatch(/^No results for “full scale invasion”\. \d+ results for “full-scale invasion”/);
			expect(phrase.results[0].html).toContain('<mark>full-scale</mark> <mark>invasion</mark>');
			// Not a hyphen the briefing writes neither way: “co-operation” is its “cooperation”, not “co operation”.
			expect((await ask(page, base, 'co-operation')).status).toMatch(/^\d+ results for “cooperation”, the briefing’s way of writing “co-operation”/);
			// Two words the text hyphenates once and writes apart far more often are searched apart, but not said to be its
			// spelling, which it is not alone: the glossary's entry first, which the hyphenated search had not found.
			const both = await ask(page, base, 'partial-coverage');
			expect(both.status).toMatch(/^The first \d+ results for “partial-coverage”\./);
			expect(both.results[0].title).toBe('partial coverage');
			// Nor a compound it never writes, which Pagefind searches as one word: “Kyiv-held” had found every “Kyiv”, and
			// “NATO-Russia” nothing. Its parts are searched, each marked.
			const parts = await ask(page, base, 'NATO-Russia');
			expect(parts.status).toMatch(/^The first \d+ results for “NATO-Russia”/);
			expect(parts.results[0].html).toMatch(/<mark>NATO<\/mark>[^]*<mark>Russia<\/mark>|<mark>Russia<\/mark>[^]*<mark>NATO<\/mark>/);
			// A word typed past the start it shares with another, by letters that are no ending, is a slip of the word meant.
			expect((await ask(page, base, 'membersip')).status).toMatch(/^No results for “membersip”\. The first \d+ results for “membership”/);
			// Nor by a word that shares only a short stem with it: “allies” had answered “allience”, “footing” “football”.
			expect((await ask(page, base, 'allience')).status).toMatch(/^No results for “allience”\. The first \d+ results for “alliance”/);
			expect((await ask(page, base, 'football')).status).toMatch(/^No results for “football”/);
			// A quotation mark left open quotes nothing: a phrase of two words had been searched, one of them nowhere in the text.
			expect((await ask(page, base, '"unbalanced quote')).status).toMatch(/^No result has every word of “"unbalanced quote”\. The first \d+ results for “quote”, without “unbalanced”/);
			// A spelling's own apostrophe is no possessive: “who is who” had been named as “Who who”.
			expect((await ask(page, base, 'who is who')).status).toMatch(/^The first \d+ results for “Who’s who”, the briefing’s way of writing “who is who”/);
			// A phrase quoted among other words is searched as one: Pagefind reads quotation marks only round a whole query.
			const among = await ask(page, base, 'invitation "not off the table"');
			expect(among.results[0].html).toMatch(/<mark>not<\/mark> <mark>off<\/mark> <mark>the<\/mark> <mark>table/);
			// A word of the typed word's stem past six letters answers it: “escalated” had found nothing, “escalation” everywhere.
			expect((await ask(page, base, 'escalated')).status).toMatch(/^\d+ results for “escalated”/);
			// A number the briefing writes only inside a longer one: “1,000 troops” had listed “troops” alone as results for both.
			expect((await ask(page, base, '1,000 troops')).status).toMatch(/^No result has every word of “1,000 troops”\. \d+ results for “troops”, without “1,000”/);
			// A person the briefing does not name, among other words, is the one said to be unnamed.
			expect((await ask(page, base, 'Scholz Baerbock')).status).toMatch(/^\d+ results for “Scholz Germany”, for “Scholz Baerbock”; the briefing does not name “Baerbock”/);
		});
	});

	if (notSubPath) it('lists the register entries whose headlines spell a name their own way among those for the briefing’s spelling, each once', async () => {
		// With a second word, so that the register holds more entries than the page lists at first.
		await onPage(base, 'search.html?q=Zelenskyy%20Ukraine', async (page) => {
			const status = page.locator('.search-results__status');
			await status.filter({ hasText: 'for “Zelenskyy Ukraine”' }).waitFor();
			const entries = () => page.locator('.search-results__sources .search-result a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href.split(':~:')[0]));
			const sources = await page.locator('.search-results__sources .search-result').allTextContents();
			// “Zelensky unveils…” and its like, after the entries that write Zelenskyy.
			const otherwise = sources.findIndex((text) => /\bZelensky\b/.test(text));
			expect(otherwise, sources.join('\n')).toBeGreaterThan(0);
			expect(sources[0]).toContain('Zelenskyy');
			// Each spelling's search finds many of the same entries: each is listed once, also after “Show more results”.
			expect(await entries()).toEqual([...new Set(await entries())]);
			const before = await status.textContent();
			await page.locator('.search-results__more').click();
			await expect.poll(() => status.textContent()).not.toBe(before);
			expect(await entries()).toEqual([...new Set(await entries())]);
			await page.locator('#search-page-input').fill('Sybiha letter');
			await status.filter({ hasText: 'for “Sybiha letter”' }).waitFor();
			expect(await entries()).toEqual([...new Set(await entries())]);
		});
	});

	if (notSubPath) it('shows the dated note of later events no lower than second for what it reports, as a record of its own, and opens it at the note', async () => {
		await onPage(base, 'index.html', async (page) => {
			let at = -1;
			// The note's title says what it reports, in a reader's words: “what happened”, “outcome”.
			for (const query of ['no invitation', 'was Ukraine invited', 'what happened at the meeting', 'outcome']) {
				const answer = await ask(page, base, query);
				at = answer.results.findIndex((r) => r.badge === 'Update');
				expect(at, `${query}: ${answer.results.map((r) => `${r.title} (${r.badge})`).join(' | ')}`).toBeGreaterThanOrEqual(0);
				expect(at, query).toBeLessThanOrEqual(1);
				const note = answer.results[at];
				// It begins as the heading it opens at does (“After this briefing: note of 4 December 2024”).
				expect(note.title).toBe('After this briefing, note of 4 December 2024: What happened at the meeting of 3–4 December, and its outcome');
				expect(target(note.href)).toBe('alliance-reaction.html#after-note-2024-12-04');
				// Its excerpt is where Pagefind finds the words; asked about the invitation, that is the outcome itself.
				if (/invit/.test(query)) expect(note.text).toContain('the allies issued no invitation to Ukraine');
				// And opens there, highlighted, past the notice atop the page that says the same first: a long note had opened
				// at its heading, the words searched for far down it, unmarked (a reader's trial).
				if (query === 'no invitation') expect(note.href).toMatch(/#after-note-2024-12-04:~:text=no%20invitation,-/);
				// Neither the note's warning nor its note numbers (“ministers.37”) are part of the record.
				expect(note.text).not.toMatch(/after the briefing’s as-of date|[a-z.,;”]\d/);
				// The section no longer answers with the note's words as one of its parts.
				expect(answer.results.filter((r) => r.href.includes('after-note'))).toEqual([note]);
				// “no” typed whole marks “no”, not “now”, “not” or “November”; “was” is no word to mark.
				const marked = await page.locator('.search-form--header + .search-results mark').allTextContents();
				expect(marked.filter((m) => /^(no\p{L}|was$)/iu.test(m.trim())), query).toEqual([]);
			}
			await Promise.all([page.waitForURL(/alliance-reaction\.html/), page.locator('.search-form--header + .search-results > ol > .search-result').nth(at).locator('a').first().click()]);
			await expect.poll(() => page.evaluate(() => location.hash)).toBe('#after-note-2024-12-04');
			const box = (await page.locator('.after-note').boundingBox())!;
			expect(box.y).toBeLessThan(page.viewportSize()!.height);
			expect(box.y + box.height).toBeGreaterThan(0);
		});
	});

	if (notSubPath) it('marks the words in a result’s heading, or else its title, where its excerpt shows none of them', async () => {
		await onPage(base, 'index.html', async (page) => {
			await ask(page, base, 'north korean troops');
			const shown = await page.locator('.search-form--header + .search-results > ol > .search-result').evaluateAll((items) =>
				items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, marked: [...li.querySelectorAll(':scope > .search-result__link mark, :scope > .search-result__heading mark, :scope > .search-result__excerpt mark')].map((m) => `${m.parentElement!.className}: ${m.textContent}`) })),
			);
			// A part found by its heading had shown its opening words with nothing marked, and a timeline entry its summary.
			expect(shown.filter((r) => r.marked.length === 0)).toEqual([]);
			expect(shown.find((r) => r.href.includes('victory-plan.html#north-korean-troops'))?.marked).toEqual(['search-result__heading: North', 'search-result__heading: Korean', 'search-result__heading: troops']);
			expect(shown.find((r) => r.href.includes('timeline.html#north-korean-troops-estimate'))?.marked).toEqual(['search-result__link: North', 'search-result__link: Korean', 'search-result__link: troops']);
			// Where the excerpt marks them, the heading and the title are left as they are.
			for (const r of shown.filter((x) => x.marked.some((m) => m.startsWith('search-result__excerpt')))) expect(r.marked.every((m) => m.startsWith('search-result__excerpt')), r.href).toBe(true);
		});
	});

	if (notSubPath) it('shows a match in a page’s opening paragraphs under the page’s title alone, not as “Key points”, and opens it where they begin', async () => {
		await onPage(base, 'index.html', async (page) => {
			// “Biden” is in the victory-plan section's second paragraph, below its key points and contents.
			const answer = await ask(page, base, 'Biden');
			const opening = answer.results.find((r) => target(r.href) === 'victory-plan.html#opening');
			expect(opening, answer.results.map((r) => `${r.href} (${r.heading})`).join('\n')).toBeDefined();
			expect(opening!.heading).toBe('');
			expect(opening!.text).toContain('Biden');
			expect(answer.results.filter((r) => r.heading === 'Key points' && !target(r.href).endsWith('#key-points'))).toEqual([]);
		});
	});

	it('opens a result on the page the reader is on at its heading, and closes the results', async () => {
		await onPage(base, 'glossary.html', async (page) => {
			const answer = await ask(page, base, 'Article 5');
			const chosen = answer.results.find((r) => target(r.href) === 'glossary.html#article-6');
			expect(chosen, answer.results.map((r) => r.href).join('\n')).toBeDefined();
			await page.locator(`.search-results a[href$="${chosen!.href.replace(/^.*glossary\.html/, 'glossary.html')}"]`).click();
			await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('article-6');
			const heading = await page.locator('#article-6').boundingBox();
			expect(heading!.y, 'the heading is on screen').toBeGreaterThanOrEqual(0);
			expect(heading!.y).toBeLessThan(844);
			expect(await page.locator('.search-form--header + .search-results').isHidden()).toBe(true);
			// The browser does not act on a text fragment within the page: the search highlights the match itself.
			const text = decodeURIComponent((chosen!.href.split(':~:text=')[1] ?? '').split('&')[0]).replace(/^[^,]*-,/, '').replace(/,-.*$/, '');
			const highlighted = await page.evaluate(() => {
				const range = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('search-result') ?? [])][0];
				const entry = document.getElementById('article-6')!;
				return range && { text: range.toString(), after: !!(entry.compareDocumentPosition(range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING) };
			});
			expect(text).not.toBe('');
			// The page may join words with a no-break space (“Article 5”), which the fragment matches as a space.
			expect({ ...highlighted, text: highlighted?.text.replace(/\s/g, ' ') }).toEqual({ text: text.replace(/\s/g, ' '), after: true });
		}, { viewport: { width: 390, height: 844 } });
	});

	it('opens a result at its heading, from the keyboard, with the phrase typed and no punctuation as the text to highlight', async () => {
		await onPage(base, 'index.html', async (page) => {
			const answer = await ask(page, base, 'North Korean troops');
			const at = answer.results.findIndex((r) => r.href.startsWith('victory-plan.html#'));
			expect(at, answer.results.map((r) => r.href).join('\n')).toBeGreaterThanOrEqual(0);
			const chosen = answer.results[at];
			// The heading alone holds the phrase: the words after it tell it from the contents' entry.
			expect(decodeURIComponent(chosen.href)).toMatch(/:~:text=(?:[^&]+-,)?North Korean troops(?:,-[^&]+)?$/);
			// Down the list to it: each result's own link, then its headings' links.
			await page.keyboard.press('ArrowDown');
			for (let i = 0; i < 20 && (await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)) !== new URL(chosen.href, base).href; i++) await page.keyboard.press('ArrowDown');
			await Promise.all([page.waitForURL((u) => !u.href.endsWith('index.html')), page.keyboard.press('Enter')]);
			await page.waitForLoadState('load');
			const anchor = decodeURIComponent((await page.evaluate(() => location.hash)).slice(1));
			expect(page.url()).toContain('victory-plan.html');
			// The browser highlights the first match after the anchor: the phrase is there, as typed.
			const after = await page.evaluate((id) => {
				const range = document.createRange();
				range.setStartBefore(document.getElementById(id)!);
				range.setEndAfter(document.body.lastChild!);
				return range.toString();
			}, anchor);
			expect(after).toMatch(/North Korean troops/);
		});
	});

	it('says there are no results for a name the briefing never gives, and where one written only in a note is, searches the word meant for a misspelling and a question’s words of substance, leaves out a word found nowhere, saying so each time, and finds a name typed up to a y', async () => {
		await onPage(base, 'index.html', async (page) => {
			// Pagefind would answer with the longest prefix it holds: every “and”, 74 results. (Orbán, whose “or” this was,
			// is now searched as Hungary, where a reader asking after him wants to be: content/spellings.yaml.)
			const none = await ask(page, base, 'Andersson');
			expect(none.status).toBe('No results for “Andersson”. Try other words, or your browser’s find on the whole briefing on one page.');
			expect(none.results).toEqual([]);
			// Not a dead end: the link leads to the whole briefing, wherever the site is.
			const onward = await page.locator('.search-form--header + .search-results .search-results__status a').getAttribute('href');
			expect(onward).toBe(pageUrl(base, 'all.html'));
			// A misspelling: the briefing's word is searched at once, and the reader told.
			const misspelt = await ask(page, base, 'Stoltenburg');
			expect(misspelt.status).toMatch(/^No results for “Stoltenburg”\. \d+ results for “Stoltenberg”(, and (the first )?\d+ in the source register)?\./);
			expect(misspelt.results[0].title).toBe('Jens Stoltenberg');
			// A word found nowhere beside a word found: the words meant, all found, rather than every “5”.
			const partly = await ask(page, base, 'Artcle 5');
			expect(partly.status).toMatch(/^No results for “Artcle 5”\. (The first )?\d+ results for “Article 5”(, and (the first )?\d+ in the source register)?\./);
			expect(partly.results[0].title).toBe('Article 5');
			// The closest word may be a source's spelling (a headline's “Zelensky”): the briefing's own is searched.
			expect((await ask(page, base, 'Zelenksy')).status).toMatch(/^No results for “Zelenksy”\. (The first )?\d+ results for “Zelenskyy”(, and (the first )?\d+ in the source register)?\./);
			// Words that are each found, but never together: the most of them that are (Pagefind alone found nothing).
			const apart = await ask(page, base, 'Rutte quasar invitation');
			expect(apart.status).toMatch(/^No result has every word of “Rutte quasar invitation”\. \d+ results? for “Rutte invitation”, without “quasar”(, and (the first )?\d+ in the source register)?\./);
			expect(apart.results.map((r) => r.href)).toEqual((await ask(page, base, 'Rutte invitation')).results.map((r) => r.href));
			// Letters alone left once the words found nowhere go answer nothing: “Un” of a name had found every “United”.
			expect((await ask(page, base, 'Ri Son Un')).status).toMatch(/^No results for “Ri Son Un”\./);
			// A person the briefing never names, as listed with a hyphen, is not taken apart first (“Kim Jong un”); “Kim”
			// alone, the name of many Koreans, is no one of them.
			expect((await ask(page, base, 'Kim Jong-un')).status).toMatch(/^\d+ results for “North Korea”, for “Kim Jong-un”, whom the briefing does not name/);
			expect((await ask(page, base, 'Kim')).status).toMatch(/^No results for “Kim”\./);
			// A name misspelt in a query of more words is named as the briefing writes it, as one alone is.
			expect((await ask(page, base, 'Mark Rutter')).status).toMatch(/^No results for “Mark Rutter”\. \d+ results for “Mark Rutte”/);
			// A reader's word found nowhere adds nothing to the briefing's (“truce”: every “talks” had been added), and the
			// same word at a sentence's start is no respelling (“sky news talks” had been said to be “Talking”).
			expect((await ask(page, base, 'truce talks')).results.map((r) => r.href)).toEqual((await ask(page, base, 'ceasefire talks')).results.map((r) => r.href));
			expect((await ask(page, base, 'sky news talks')).status).not.toMatch(/way of writing/);
			// An excerpt keeps Pagefind's window where another shows no more of the words: Bucharest had gone for “summit”.
			expect((await ask(page, base, 'nato summit bucharest')).results[0].html).toMatch(/<mark>Bucharest<\/mark>/);
			// The briefing's own title, named on the About page, is no answer there: every word of it had put that part first.
			expect((await ask(page, base, 'ukraine nato invite')).results[0].href).not.toMatch(/about\.html/);
			// A short word found nowhere too: “Kim” in “Kim Jong Un” had been left out without a word.
			expect((await ask(page, base, 'Kim invitation')).status).toMatch(/^No result has every word of “Kim invitation”\. (The first )?\d+ results? for “invitation”, without “Kim”(, and (the first )?\d+ in the source register)?\./);
			// A name misspelt that stemming found all the same is named as the briefing writes it.
			expect((await ask(page, base, 'Brussells')).status).toMatch(/^No results for “Brussells”\. (The first )?\d+ results for “Brussels”/);
			// A start of a word typed whole is no answer to it: “Northern” had found every “North”, the status claiming both words.
			// “Northern” is written only in a note, which the status names: notes are out of the index.
			expect((await ask(page, base, 'Northern Territories')).status).toMatch(/^No result has every word of “Northern Territories”\. (The first )?\d+ results? for “Territories”, without “Northern”.*\. “Northern” is only in a note: Section 3, note \d+\./);
			// A name written in a note and nowhere else is no misspelling: the status says where it is, rather than nothing.
			expect((await ask(page, base, 'Bush')).status).toMatch(/^No results for “Bush” in the text\. “Bush” is only in a note: Section 1, note \d+\.$/);
			expect(await page.locator('.search-form--header + .search-results .search-results__status a').getAttribute('href')).toBe(pageUrl(base, 'background.html#fn-bucharest-opposition'));
			// Two words in the same note name it once: “George W. Bush” had named it twice.
			expect((await ask(page, base, 'George W. Bush')).status).toMatch(/^No results for “George W\. Bush” in the text\. “George” and “Bush” are only in a note: Section 1, note \d+\.$/);
			// A question is searched for its words of substance, and the reader told.
			expect((await ask(page, base, 'what did Germany say')).status).toMatch(/^(The first )?\d+ results for “Germany”, from the question “what did Germany say”(, and (the first )?\d+ in the source register)?\./);
			const typing = await ask(page, base, 'Stefanishy');
			expect(typing.results.length).toBeGreaterThan(0);
			for (const r of typing.results) expect(`${r.title} ${r.text}`).toContain('Stefanishyna');
		});
	});

	it('says when there are more results than it shows, and shows them on the search page', async () => {
		await onPage(base, 'index.html', async (page) => {
			const header = await ask(page, base, 'NATO');
			expect(header.status).toMatch(/^The first \d+ results for “NATO”/);
			const all = page.locator('.search-results__all a');
			expect(await all.textContent()).toBe('All results for “NATO”');
			await Promise.all([page.waitForURL(/search\.html\?q=NATO/), all.click()]);
			const status = page.locator('.search-form--page + .search-results .search-results__status');
			await status.filter({ hasText: 'for “NATO”' }).waitFor();
			const shown = page.locator('.search-form--page + .search-results .search-result');
			const onPage = await shown.count();
			expect(onPage).toBeGreaterThan(header.results.length + header.sources.length);
			// The text's results and the register's entries counted apart, as the header counts them.
			expect(header.status).toMatch(new RegExp(`^The first ${header.results.length} results for “NATO”, and the first ${header.sources.length} in the source register\\.`));
			const textShown = await page.locator('.search-form--page + .search-results > ol > .search-result').count();
			const registerShown = onPage - textShown;
			expect(await status.textContent()).toMatch(new RegExp(`^The first ${textShown} results for “NATO”, and (the first )?${registerShown} in the source register\\.`));
			// The next page's worth, on the same page, the reader taken to the first of them.
			const results = page.locator('.search-form--page + .search-results > ol > li > a');
			const before = await results.count();
			await page.locator('.search-results__more').click();
			await expect.poll(() => shown.count()).toBeGreaterThan(onPage);
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await results.nth(before).textContent());
			// A next page that adds only sources takes the reader to the first new source: the focus is never lost.
			const sources = page.locator('.search-form--page + .search-results .search-results__sources li > a');
			const sourcesBefore = await sources.count();
			await page.locator('.search-results__more').click();
			await expect.poll(() => sources.count()).toBeGreaterThan(sourcesBefore);
			expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^(A|BUTTON)$/);
			// A list the limits did not fill is all there is, whatever Pagefind counted before dropping stand-ins.
			// (The reader's spelling here finds 45 stand-ins, none shown.)
			await page.locator('#search-page-input').fill('Andriy Sybiga');
			await status.filter({ hasText: 'the briefing’s way of writing “Andriy Sybiga”' }).waitFor();
			expect(await status.textContent()).toMatch(/^\d+ results for “Andrii Sybiha”, the briefing’s way of writing “Andriy Sybiga”/);
			expect(await page.locator('.search-results__more').count()).toBe(0);
			// Where only the register's list is cut, the text's results are counted apart, all of them: “The first 27
			// results” had counted the text's twelve, all there were, with the register's first fifteen.
			await page.locator('#search-page-input').fill('Zelensky Ukraine');
			await status.filter({ hasText: 'the briefing’s way of writing “Zelensky Ukraine”' }).waitFor();
			const text = await page.locator('.search-form--page + .search-results > ol > .search-result').count();
			const register = await page.locator('.search-form--page + .search-results .search-results__sources .search-result').count();
			expect(await status.textContent()).toMatch(new RegExp(`^${text} results for “Zelenskyy Ukraine”, the briefing’s way of writing “Zelensky Ukraine”, and the first ${register} in the source register\\.`));
		});
	});

	if (notSubPath) it('highlights a name without the full stop after it', async () => {
		await onPage(base, 'index.html', async (page) => {
			const answer = await ask(page, base, 'Rutte');
			const hrefs = [...answer.results, ...answer.sources].map((r) => decodeURIComponent(r.href));
			expect(hrefs.filter((h) => h.includes(':~:')).length).toBeGreaterThan(0);
			for (const href of hrefs) expect(href).not.toMatch(/text=[^&]*[.,;:]($|&)/);
		});
	});

	if (notSubPath) it('keeps working with odd queries: one character, 500 characters, regex characters, HTML, Cyrillic, emoji', async () => {
		await onPage(base, 'index.html', async (page) => {
			for (const query of ['a'.repeat(500), '.*+?^${}()|[]\\', '<img src=x onerror=alert(1)>', 'Зеленський', '🇺🇦 NATO', '"victory plan"', 'NATO NATO NATO NATO']) {
				const answer = await ask(page, base, query);
				expect(answer.status, query).toMatch(/results? for|No results for/);
			}
			expect(await page.locator('.search-results img').count()).toBe(0);
			await page.locator('#site-search-input').fill('x');
			expect(await page.locator('.search-results__status').first().textContent()).toContain('at least 2 characters');
			await page.locator('#site-search-input').fill('');
			expect(await page.locator('.search-results__status').first().textContent()).toBe('');
		});
	});

	it('answers on its own page, from an address or when the reader presses Enter, and takes “/” to its box', async () => {
		await onPage(base, 'search.html?q=Vilnius', async (page) => {
			await page.locator('.search-results__status').filter({ hasText: 'for “Vilnius”' }).waitFor();
			expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
			// The keys that take a reader to search on every page take them to this page's own box, the query selected.
			for (const key of ['/', 'Control+k']) {
				await page.locator('h1').click();
				await page.keyboard.press(key);
				const focused = await page.evaluate(() => {
					const box = document.activeElement as HTMLInputElement;
					return [box.id, box.value.slice(box.selectionStart ?? 0, box.selectionEnd ?? 0)];
				});
				expect(focused, key).toEqual(['search-page-input', 'Vilnius']);
			}
			expect(await page.locator('#search-page-input').inputValue(), 'the key typed nothing').toBe('Vilnius');
			await page.goto(pageUrl(base, 'index.html'));
			await page.locator('#site-search-input').fill('Bucharest');
			await Promise.all([page.waitForURL(/search\.html\?q=Bucharest/), page.keyboard.press('Enter')]);
			await page.locator('.search-results__status').filter({ hasText: 'for “Bucharest”' }).waitFor();
			expect(await page.locator('#search-page-input').inputValue()).toBe('Bucharest');
			expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
			await page.goto(pageUrl(base, 'search.html?q=xylophone%20quasar'));
			await page.locator('.search-results__status').filter({ hasText: 'No results for “xylophone quasar”' }).waitFor();
		});
	});
});

describe.each(MODES)('the search page in the reader’s history, $name', ({ base }) => {
	it('adds no entry on Enter, names the query in its title, and on Back from a result returns to the same results at the same place, the result followed in focus', async () => {
		await onPage(base, 'search.html?q=NATO', async (page) => {
			const status = page.locator('.search-results__status');
			const results = page.locator('.search-results > ol > .search-result');
			await status.filter({ hasText: 'for “NATO”' }).waitFor();
			expect(await page.title()).toMatch(/^“NATO” · Search · /);
			const entries = await page.evaluate(() => history.length);
			await page.locator('#search-page-input').press('Enter');
			await page.waitForTimeout(300);
			expect(await page.evaluate(() => history.length), 'Enter added a history entry').toBe(entries);
			expect(page.url()).toMatch(/search\.html\?q=NATO$/);
			// The next page's worth of results, and one far down it.
			await page.locator('.search-results__more').click();
			await expect.poll(() => results.count()).toBeGreaterThan(40);
			const shown = await results.count();
			const result = results.nth(42).locator('a').first();
			await result.scrollIntoViewIfNeeded();
			const left = await page.evaluate(() => scrollY);
			expect(left).toBeGreaterThan(1000);
			// Followed from the keyboard: Enter on the result.
			const href = await result.getAttribute('href');
			await result.focus();
			await Promise.all([page.waitForURL((u) => !u.pathname.endsWith('search.html')), page.keyboard.press('Enter')]);
			await page.goBack();
			await status.filter({ hasText: 'for “NATO”' }).waitFor();
			await expect.poll(() => results.count()).toBe(shown);
			await expect.poll(() => page.evaluate(() => scrollY)).toBe(left);
			// The focus is where the reader left, on screen: it had been in the box above it, and Tab went to the top.
			await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
			const [top, bottom, height] = await page.evaluate(() => [document.activeElement!.getBoundingClientRect().top, document.activeElement!.getBoundingClientRect().bottom, innerHeight]);
			expect(top).toBeGreaterThanOrEqual(0);
			expect(bottom).toBeLessThanOrEqual(height);
			expect(await page.evaluate(() => scrollY)).toBe(left);
			// Enter in an empty box elsewhere opens no search page with nothing searched.
			await page.goto(pageUrl(base, 'index.html'));
			await page.locator('#site-search-input').focus();
			// Once the search script is in: before it, or without it, Enter opens the search page, as a plain form does.
			await page.waitForFunction(() => customElements.get('briefing-search'));
			await page.locator('#site-search-input').press('Enter');
			await page.waitForTimeout(300);
			expect(page.url()).toMatch(/index\.html$/);
		});
	});
});

describe.each(MODES)('the header’s search reached with “/”, $name', ({ base }) => {
	/** Where the page is, whether the box is wholly on screen, and whether it has the focus. */
	const where = (page: Page) => page.evaluate(() => {
		const box = document.getElementById('site-search-input')!;
		const { top, bottom } = box.getBoundingClientRect();
		return { scrollY, boxOnScreen: top >= 0 && bottom <= innerHeight, focused: document.activeElement === box };
	});

	it('comes to the reader deep in a page, which stays where they were reading, also when they follow a result and come Back to their query', async () => {
		const page = await pages.open({ viewport: { width: 1280, height: 800 } });
		await page.goto(pageUrl(base, 'background.html'));
		await page.evaluate(() => scrollTo(0, 2000));
		await page.keyboard.press('/');
		expect(await where(page)).toEqual({ scrollY: 2000, boxOnScreen: true, focused: true });
		// Typing does not move the page either (a scroll padding over the box had it scroll at every keystroke).
		await page.keyboard.type('NATO', { delay: 30 });
		const all = page.locator('.search-form--header + .search-results .search-results__all a');
		await all.waitFor();
		expect(await where(page)).toEqual({ scrollY: 2000, boxOnScreen: true, focused: true });
		const first = page.locator('.search-form--header + .search-results .search-result').first();
		expect(await first.evaluate((r) => r.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
		await Promise.all([page.waitForURL(/search\.html\?q=NATO/), all.click()]);
		await page.goBack();
		await expect.poll(() => page.evaluate(() => scrollY)).toBe(2000);
		// And when Enter takes them to the search page.
		await page.keyboard.press('/');
		// Once the script is in (the page came back afresh): before it, Enter submits the plain form.
		await page.waitForFunction(() => customElements.get('briefing-search'));
		// The query the reader left with is in the box again, chosen, so that typing would start anew, with its results.
		await expect.poll(() => page.locator('#site-search-input').inputValue()).toBe('NATO');
		expect(await page.locator('#site-search-input').evaluate((box: HTMLInputElement) => [box.selectionStart, box.selectionEnd])).toEqual([0, 4]);
		await all.waitFor();
		expect(await where(page)).toEqual({ scrollY: 2000, boxOnScreen: true, focused: true });
		await page.keyboard.press('Backspace');
		// Enter in the empty box goes nowhere.
		await page.keyboard.press('Enter');
		await page.waitForTimeout(200);
		expect(await where(page)).toEqual({ scrollY: 2000, boxOnScreen: true, focused: true });
		await page.keyboard.type('Rutte');
		await Promise.all([page.waitForURL(/search\.html\?q=Rutte/), page.keyboard.press('Enter')]);
		await page.goBack();
		await expect.poll(() => page.evaluate(() => scrollY)).toBe(2000);
		await pages.done(page);
	});

	it('forgets a query the reader came back to and cleared: a reload brings no emptied box back filled', async () => {
		const page = await pages.open({ viewport: { width: 1280, height: 800 } });
		await page.goto(pageUrl(base, 'background.html'));
		await page.keyboard.press('/');
		await page.keyboard.type('NATO');
		const all = page.locator('.search-form--header + .search-results .search-results__all a');
		await Promise.all([page.waitForURL(/search\.html\?q=NATO/), all.click()]);
		await page.goBack();
		await page.keyboard.press('/');
		await expect.poll(() => page.locator('#site-search-input').inputValue()).toBe('NATO');
		// Its results shown, the reader empties the box, and its results go.
		await page.locator('.search-results__status').filter({ hasText: 'for “NATO”' }).waitFor();
		await page.keyboard.press('Backspace');
		await expect.poll(() => page.locator('.search-form--header + .search-results').isHidden()).toBe(true);
		await page.reload();
		await page.keyboard.press('/');
		await page.waitForFunction(() => customElements.get('briefing-search'));
		await page.waitForTimeout(200);
		expect(await page.locator('#site-search-input').inputValue()).toBe('');
		await pages.done(page);
	});

	it('closes its results on Escape, then clears the box, then leaves it, the page never moving, nor as the keyboard goes through the header', async () => {
		const page = await pages.open({ viewport: { width: 1280, height: 800 } });
		await page.goto(pageUrl(base, 'background.html'));
		await page.evaluate(() => scrollTo(0, 2000));
		await page.keyboard.press('/');
		await page.waitForFunction(() => customElements.get('briefing-search'));
		await page.keyboard.type('Rutte');
		const results = page.locator('.search-form--header + .search-results');
		await results.locator('.search-result').first().waitFor();
		// From the results, Escape closes them and gives the box its focus back.
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Escape');
		expect(await results.isHidden()).toBe(true);
		expect(await where(page)).toEqual({ scrollY: 2000, boxOnScreen: true, focused: true });
		// A click or tap on the box, which has the focus still, shows them again, the query unchanged; Escape closes them.
		await page.locator('#site-search-input').click();
		expect(await results.isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		expect(await results.isHidden()).toBe(true);
		// On to the box's button and the header's first link, and back: the header stays, and so does the page
		// (a scroll padding taller than the box's place in it had the page move up at every focus).
		for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']) {
			await page.keyboard.press(key);
			expect(await page.evaluate(() => scrollY), key).toBe(2000);
		}
		expect(await where(page)).toEqual({ scrollY: 2000, boxOnScreen: true, focused: true });
		// Back in the box, its results show again: Escape closes them, the next clears the box.
		expect(await results.isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		expect(await results.isHidden()).toBe(true);
		await page.keyboard.press('Escape');
		expect(await page.inputValue('#site-search-input')).toBe('');
		expect(await where(page)).toEqual({ scrollY: 2000, boxOnScreen: true, focused: true });
		// “/” again in the emptied box, or over its query chosen, starts no query with a slash; within one it is typed.
		await page.keyboard.press('/');
		expect(await page.inputValue('#site-search-input')).toBe('');
		await page.keyboard.type('a/b');
		expect(await page.inputValue('#site-search-input')).toBe('a/b');
		await page.locator('#site-search-input').selectText();
		await page.keyboard.press('/');
		expect(await page.inputValue('#site-search-input')).toBe('a/b');
		await page.locator('#site-search-input').fill('');
		await expect.poll(() => results.isHidden()).toBe(true);
		await page.keyboard.press('Escape');
		expect(await where(page)).toEqual({ scrollY: 2000, boxOnScreen: false, focused: false });
		expect(await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().bottom)).toBeLessThan(0);
		await pages.done(page);
	});

	it('gives the focus back, on the last Escape, to what had it before “/”, and not after the reader has left the box another way', async () => {
		const page = await pages.open({ viewport: { width: 1280, height: 800 } });
		await page.goto(pageUrl(base, 'background.html'));
		const marker = page.locator('a[data-footnote-ref]').nth(5);
		await marker.focus();
		const at = await page.evaluate(() => scrollY);
		await page.keyboard.press('/');
		await page.waitForFunction(() => customElements.get('briefing-search'));
		await page.keyboard.type('NATO');
		await page.locator('.search-form--header + .search-results .search-result').first().waitFor();
		for (const _ of [1, 2, 3]) await page.keyboard.press('Escape');
		// Left on the page, the reader had lost their place; the next Tab went to the header.
		expect(await marker.evaluate((a) => a === document.activeElement)).toBe(true);
		expect(await page.evaluate(() => scrollY)).toBe(at);
		// Once the reader has left the box another way (Tab past its button, and back), Escape no longer takes them to the marker.
		await page.keyboard.press('/');
		for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']) await page.keyboard.press(key);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
		await page.keyboard.press('Escape');
		expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
		await pages.done(page);
	});
});

describe('a source found by search', () => {
	it('opens at its own entry in the register, not at the same words in an entry above it', async () => {
		const page = await pages.open();
		await page.goto(pageUrl(hosted.base, 'search.html?q=Kursk'));
		await page.locator('.search-results__status').filter({ hasText: 'for “Kursk”' }).waitFor();
		const sources = page.locator('.search-results__sources .search-result a');
		// Each opens at its entry, by its anchor alone: a text fragment is looked for from the top of the page.
		expect((await sources.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).filter((h) => h.includes(':~:'))).toEqual([]);
		const mosaic = sources.filter({ hasText: 'About 2,000 more North Korean troops' }).first();
		const id = new URL(await mosaic.evaluate((a) => (a as HTMLAnchorElement).href)).hash.slice(1);
		await Promise.all([page.waitForURL(/sources\.html/), mosaic.click()]);
		const box = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().toJSON(), id);
		expect(box.top).toBeGreaterThanOrEqual(0);
		expect(box.top).toBeLessThan(200);
		await pages.done(page);
	});
});

describe('a result opened on a phone', () => {
	// Bucharest 2008 matches the heading and the text below it; Zelensky (searched as Zelenskyy) only the heading, which the
	// contents list too; Article 5 only the heading too, whose first word Pagefind cuts from the excerpt.
	it.each([
		['Bucharest 2008', 'background.html#bucharest'],
		['Zelensky', 'partial-coverage.html#what-zelenskyy-proposed'],
		['Article 5', 'background.html#what-membership-brings-articles-5-and-6'],
		// In the section's opening paragraphs, below its key points and contents.
		['Biden', 'victory-plan.html#opening'],
	])('lands at the match for %s under its heading, not at the same words in the page’s contents', async (query, opens) => {
		const page = await pages.open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		await page.goto(pageUrl(hosted.base, 'index.html'));
		const answer = await ask(page, hosted.base, query);
		const chosen = answer.results.find((r) => target(r.href).startsWith(opens));
		expect(chosen, answer.results.map((r) => r.href).join('\n')).toBeDefined();
		expect(chosen!.href, 'the browser has a text to highlight').toContain(':~:text=');
		await Promise.all([page.waitForURL((u) => u.pathname.endsWith(opens.split('#')[0])), page.locator(`.search-results a[href="${new URL(chosen!.href, hosted.base).href}"]`).first().click()]);
		await page.waitForLoadState('load');
		const heading = page.locator(`#${target(chosen!.href).split('#')[1]}`);
		// The browser scrolls to the highlight once the page has laid out: a second had not been enough on a loaded machine.
		await expect.poll(async () => (await heading.boundingBox())!.y, { timeout: 10_000 }).toBeLessThan(844);
		expect((await heading.boundingBox())!.y + 200).toBeGreaterThan(0);
		// The browser opens a closed box to show a match inside it: the contents stay shut.
		expect(await page.locator('.toc__details').evaluate((d) => (d as HTMLDetailsElement).open), 'the contents were opened').toBe(false);
		await pages.done(page);
	});
});

describe('a result on the page the reader is on, with no heading of its own', () => {
	it('highlights the match in the page, not the same word in the closed results, and brings it into view', async () => {
		await onPage(hosted.base, 'map.html', async (page) => {
			const answer = await ask(page, hosted.base, 'Poland');
			const chosen = answer.results.find((r) => target(r.href) === 'map.html');
			expect(chosen, answer.results.map((r) => r.href).join('\n')).toBeDefined();
			await page.locator(`.search-results a[href="${new URL(chosen!.href, hosted.base).href}"]`).first().click();
			const where = await page.evaluate(() => {
				const range = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('search-result') ?? [])][0];
				return range && { inResults: !!range.startContainer.parentElement?.closest('briefing-search'), top: range.getBoundingClientRect().top };
			});
			expect(where?.inResults).toBe(false);
			expect(where!.top).toBeGreaterThan(0);
			expect(where!.top).toBeLessThan(800);
		}, { viewport: { width: 390, height: 844 } });
	});
});

/** The results the search page lists for `query`, by address from the site's root, once it says it searched `searched`. */
async function searchPageLists(page: Page, query: string, searched: string): Promise<string[]> {
	await page.goto(pageUrl(hosted.base, `search.html?q=${encodeURIComponent(query)}`));
	await page.locator('.search-form--page + .search-results .search-results__status').filter({ hasText: `for “${searched}”` }).waitFor();
	return page.locator('.search-form--page + .search-results > ol > .search-result > a').evaluateAll((links, base) => links.map((a) => (a as HTMLAnchorElement).href.replace(base, '')), hosted.base);
}

describe('a phrase', () => {
	it('is listed in the header as the search page lists it first, its results ordered as its words rank them', async () => {
		await onPage(hosted.base, 'index.html', async (page) => {
			// A name put in for the reader's spelling, and an abbreviation in capitals, are searched as phrases: the header
			// had ordered the first 8 of the phrase's results where the search page ordered 40, and for “USA” lacked the
			// who's who's entries the search page lists second (a reader's trial).
			for (const [query, searched] of [['USA', 'United States'], ['Article 5', 'Article 5']]) {
				const answer = await ask(page, hosted.base, query);
				const listed = await searchPageLists(page, query, searched);
				expect(listed.length, query).toBeGreaterThan(8);
				expect(answer.results.map((r) => r.href), query).toEqual(listed.slice(0, 8));
				await page.goto(pageUrl(hosted.base, 'index.html'));
			}
		});
	});
});

describe('a reader’s words for the briefing’s', () => {
	it('add what shows every one of them, not what shows one', async () => {
		await onPage(hosted.base, 'index.html', async (page) => {
			// Searched as “collective defence”, with what shows “security guarantees” after: a line on Sky News's “security and
			// defence editor” had come with them (a reader's trial); the Berlin guarantee's “security guarantee” is one.
			// The text writes the reader's words too (the Berlin guarantee's), so the status names both, not the briefing's alone.
			const answer = await ask(page, hosted.base, 'security guarantees');
			expect(answer.status).toContain('“collective defence” and “security guarantees”');
			expect(answer.results.some((r) => r.text.includes('security guarantee'))).toBe(true);
			expect(answer.results.filter((r) => r.text.includes('security and defence editor')).map((r) => r.text)).toEqual([]);
		});
	});
});

describe('a date', () => {
	it('is answered by the date, then the passages that mark its day and month both, and no other number', async () => {
		await onPage(hosted.base, 'index.html', async (page) => {
			const answer = await ask(page, hosted.base, 'Dec 3');
			expect(answer.status).toMatch(/results for “3 December”, the briefing’s way of writing “Dec 3”/);
			expect(target(answer.results[0].href)).toBe('timeline.html#foreign-ministers-meeting');
			// “3–4 December” holds the day; “30 September” and “32 allies” had been marked as if it did.
			expect(answer.results.some((r) => r.text.includes('3–4 December'))).toBe(true);
			const marked = await page.locator('.search-form--header + .search-results mark').allTextContents();
			expect(marked.filter((m) => /\d/.test(m) && !/^3(–4)?$/.test(m.trim()))).toEqual([]);
			// The header lists what the search page lists first, and counts them: it had looked at as few of the
			// words' results as it shows, kept 4 of them where the page kept 7, and said “4 results” (a reader's trial).
			const listed = await searchPageLists(page, 'Dec 3', '3 December');
			expect(listed.length).toBeGreaterThan(4);
			expect(answer.results.map((r) => r.href)).toEqual(listed.slice(0, 8));
			expect(answer.status).toMatch(listed.length > 8 ? /^The first 8 results/ : new RegExp(`^${listed.length} results`));
		});
	});
});

describe('the header’s count', () => {
	it('says “the first” where the search page lists more, also where the list as typed was cut before it was sifted', async () => {
		await onPage(hosted.base, 'index.html', async (page) => {
			// “UK”'s own first results are every “Ukraine”, which it is not: the header had said “5 results”, the search page 6.
			const header = await ask(page, hosted.base, 'UK');
			const all = await page.locator('.search-form--header + .search-results .search-results__all a').count();
			await page.goto(pageUrl(hosted.base, 'search.html?q=UK'));
			await page.locator('.search-form--page + .search-results .search-results__status').filter({ hasText: 'for “United Kingdom”' }).waitFor();
			const listed = await page.locator('.search-form--page + .search-results > ol > .search-result').count();
			if (listed > header.results.length) {
				expect(header.status).toMatch(/^The first \d+ results for “United Kingdom”/);
				expect(all, 'the link to all the results').toBe(1);
			} else expect(header.status).toMatch(new RegExp(`^${listed} results for “United Kingdom”`));
		});
	});

	it('says “the first” where some of the results it looked at were dropped and the search page lists more, and not where every one beyond would be dropped too', async () => {
		await onPage(hosted.base, 'index.html', async (page) => {
			// “allie”, on its way to “allies”, finds “alliance” too, which is not: some of the header's first 8 are dropped.
			// (“memberhsip”, which found “members” so, had said “6 results” where the search page listed 11, a reader's trial.)
			const header = await ask(page, hosted.base, 'allie');
			await page.goto(pageUrl(hosted.base, 'search.html?q=allie'));
			await page.locator('.search-form--page + .search-results .search-results__status').filter({ hasText: 'for “allie”' }).waitFor();
			const listed = await page.locator('.search-form--page + .search-results > ol > .search-result').count();
			expect(listed).toBeGreaterThan(header.results.length);
			expect(header.status).toMatch(/^The first \d+ results for “allie”/);
			// But not where every result beyond would be dropped too: “allies” had said “The first 32” on the search page,
			// and “Show more results” added none, every further record being “alliance” alone (a reader's trial).
			await page.goto(pageUrl(hosted.base, 'search.html?q=allies'));
			const status = page.locator('.search-form--page + .search-results .search-results__status');
			await status.filter({ hasText: 'for “allies”' }).waitFor();
			const shown = await page.locator('.search-form--page + .search-results > ol > .search-result').count();
			expect(await status.textContent()).toMatch(new RegExp(`^${shown} results for “allies”`));
			expect(await page.locator('.search-results__more').isVisible()).toBe(false);
			// The register's entries as typed show the reader's own words: “De Croo” had listed headlines on “de-occupation”.
			await page.goto(pageUrl(hosted.base, 'search.html?q=De%20Croo'));
			await status.filter({ hasText: 'for “De Croo”' }).waitFor();
			expect(await page.locator('.search-form--page + .search-results .search-results__sources .search-result').allTextContents()).toEqual([]);
			// Nor where the list as typed shows nothing of the reader's word: “Sikorski invitation” had said “The first 4”.
			await page.goto(pageUrl(hosted.base, 'index.html'));
			expect((await ask(page, hosted.base, 'Sikorski invitation')).status).toMatch(/^\d+ results for “Poland invitation”/);
			// And a list some of whose first were dropped is filled from those after them: the header had said “The first 5”.
			const allies = await ask(page, hosted.base, 'allies');
			expect(allies.results).toHaveLength(8);
			expect(allies.status).toMatch(/^The first 8 results for “allies”/);
		});
	});
});

describe('a screen reader', () => {
	it.each([
		['as the reader types', false],
		// The status stays the same (“Searching…”) over many keys: it was read out mid-word, as if the reader had paused.
		['only once the reader has typed', true],
	])('is told the results once typing pauses, not at every keystroke, and once only, when the search answers %s', async (_, held) => {
		// A page of its own: a page's clock, once installed, stays with it.
		await onPage(hosted.base, 'index.html', async (page) => {
			let finishTyping!: () => void;
			const typingDone = new Promise<void>((resolve) => (finishTyping = resolve));
			if (held) await page.route('**/pagefind/**', async (route) => (await typingDone, route.continue()));
			// What is read out, and what the box held at that moment.
			const spoken = await page.evaluateHandle(() => {
				const said: [typed: string, text: string][] = [];
				new MutationObserver(() => {
					const live = document.querySelector('.search-form--header + .search-results [role="status"]');
					const typed = document.querySelector<HTMLInputElement>('#site-search-input')!.value;
					if (live?.textContent && said.at(-1)?.[1] !== live.textContent) said.push([typed, live.textContent]);
				}).observe(document.body, { childList: true, characterData: true, subtree: true });
				return said;
			});
			// The page's clock moves 80 ms a key while the reader types: a machine that stalls between two keys
			// would otherwise be, to the page, a reader who paused there.
			await page.clock.install();
			await page.clock.pauseAt(Date.now() + 1000);
			await page.locator('#site-search-input').click();
			for (const key of 'secretary general') {
				await page.keyboard.press(key === ' ' ? 'Space' : key);
				await page.clock.runFor(80);
			}
			finishTyping();
			const status = page.locator('.search-form--header + .search-results .search-results__status');
			// The reader has paused: the page's time moves on as the search answers.
			await expect.poll(async () => (await page.clock.runFor(50), await status.textContent()), { timeout: 20_000 }).toContain('for “secretary general”');
			await page.clock.runFor(1000);
			const said = await spoken.jsonValue();
			expect(said.filter(([typed]) => typed !== 'secretary general')).toEqual([]);
			expect(said.at(-1)?.[1]).toBe(await status.textContent());
			// Spoken, the words go, so that a reader going on down the results hears the status once, from the line shown;
			// meanwhile the line shown is hidden from them, so that browse mode reads the words once, from their copy.
			const live = page.locator('.search-form--header + .search-results [role="status"]');
			const cdp = await page.context().newCDPSession(page);
			// How many times the accessibility tree holds the status's first sentence, as text a screen reader reads.
			const shown = (await status.textContent())!.replace(/\..*$/, '.');
			const readAs = async () => {
				const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
				return nodes.filter((n) => n.role?.value === 'StaticText' && n.name?.value.startsWith(shown)).length;
			};
			expect(await live.textContent()).toBe(await status.textContent());
			expect(await readAs()).toBe(1);
			await page.clock.runFor(8000);
			expect(await live.textContent()).toBe('');
			expect(await status.textContent()).toContain('for “secretary general”');
			expect(await readAs()).toBe(1);
			await cdp.detach();
		}, {}, true);
	});
});

describe('a result’s other parts on a phone', () => {
	it('wrap under the first of them, their label hanging at the left', async () => {
		// Flush under the label, the lines a row wrapped to had read as a list of their own (a phone reader's trial).
		await onPage(hosted.base, 'index.html', async (page) => {
			await ask(page, hosted.base, 'article 5');
			const rows = await page.locator('.search-form--header + .search-results .search-result__subs').evaluateAll((lists) =>
				lists.map((list) => [...list.querySelectorAll('a')].map((a) => Math.round(a.getBoundingClientRect().left))),
			);
			const wrapped = rows.filter((lefts) => new Set(lefts).size < lefts.length || lefts.some((left, i) => i > 0 && left <= lefts[i - 1]));
			expect(wrapped.length, JSON.stringify(rows)).toBeGreaterThan(0);
			for (const lefts of wrapped) expect(lefts.filter((left) => left < lefts[0]), JSON.stringify(rows)).toEqual([]);
		}, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	});
});

describe('a result to a screen reader', () => {
	it('reads the part it opens at without its sign, and its other parts once as “Also in”', async () => {
		// The “§” drawn before a part's heading was read as “section” after the badge (“Section 2 section …”), and the
		// other parts' list was introduced twice, by its name and by the words drawn before it.
		await onPage(hosted.base, 'search.html?q=Sybiha', async (page) => {
			await page.locator('.search-results__status').filter({ hasText: '“Sybiha”' }).waitFor();
			const result = page.locator('.search-result:has(.search-result__subs)').first();
			await result.waitFor();
			expect(await result.locator('.search-result__heading').evaluate((h) => getComputedStyle(h, '::before').content)).toContain('§');
			const cdp = await page.context().newCDPSession(page);
			const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
			const read = nodes.filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value ?? '');
			expect(read.filter((t) => /§|Also in/.test(t))).toEqual([]);
			expect(nodes.some((n) => n.role?.value === 'list' && n.name?.value === 'Also in')).toBe(true);
			await cdp.detach();
		});
	});

	it('describes each result’s link by the part it opens at and its excerpt, and a source’s by its kind, date and carrier', async () => {
		// Moving through the results, a reader hears each link alone: a section's result had been its page's title only,
		// the same for each of its parts, and two copies of one Reuters story the same headline (a keyboard reader's trial).
		await onPage(hosted.base, 'search.html?q=membership%20invite%20next%20week', async (page) => {
			await page.locator('.search-results__status').filter({ hasText: '“membership invite next week”' }).waitFor();
			await page.locator('.search-result--source').first().waitFor();
			const cdp = await page.context().newCDPSession(page);
			const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[] };
			await cdp.detach();
			const described = (name: string) => nodes.filter((n) => n.role?.value === 'link' && n.name?.value === name).map((n) => n.description?.value ?? '');
			const drawn = await page.locator('.search-result:not(.search-result--source)').evaluateAll((items) =>
				items.map((li) => ({ title: li.querySelector('.search-result__link')!.textContent!, badge: li.querySelector('.search-result__section')?.textContent ?? '', heading: li.querySelector('.search-result__heading')?.textContent ?? '', excerpt: li.querySelector('.search-result__excerpt')?.textContent ?? '' })),
			);
			// Result by result, in order: two results of one page share its title, and one described link had stood for both.
			const titles = new Set(drawn.map((r) => r.title));
			const links = nodes.filter((n) => n.role?.value === 'link' && titles.has(n.name?.value ?? ''));
			expect(links.map((n) => n.name?.value)).toEqual(drawn.map((r) => r.title));
			expect(drawn.filter((r) => r.heading).length).toBeGreaterThan(0);
			const words = (text: string) => text.replace(/\s+/g, ' ').trim();
			drawn.forEach((r, i) => expect(words(links[i].description?.value ?? ''), r.title).toBe(words([r.badge, r.heading, r.excerpt].filter(Boolean).join(' '))));
			const copies = described('Reuters, Ukraine asks NATO for membership invite next week, letter shows');
			expect(copies).toHaveLength(2);
			expect(new Set(copies).size).toBe(2);
			for (const d of copies) expect(d).toMatch(/^News, 29 November 2024 \(as carried by .+\)$/);
		});
	});
});

describe('typing a misspelling', () => {
	it('keeps the results while a letter finds nothing and the next follows, and ends with the word meant', async () => {
		await onPage(hosted.base, 'index.html', async (page) => {
			await ask(page, hosted.base, 'Rutte');
			await page.locator('#site-search-input').fill('');
			const seen = await page.evaluateHandle(() => {
				const seen = { statuses: [] as { text: string; at: number }[], keys: [] as number[] };
				const status = document.querySelector('.search-form--header + .search-results .search-results__status')!;
				new MutationObserver(() => seen.statuses.push({ text: status.textContent ?? '', at: performance.now() })).observe(status, { childList: true, characterData: true, subtree: true });
				document.querySelector('#site-search-input')!.addEventListener('input', () => seen.keys.push(performance.now()));
				return seen;
			});
			// About eight letters a second: “Stoltenbu” and “Stoltenbur” find nothing, “Stoltenburg” is corrected.
			await page.locator('#site-search-input').pressSequentially('Stoltenburg', { delay: 120 });
			await page.locator('.search-results__status').filter({ hasText: 'results for “Stoltenberg”' }).first().waitFor();
			const { statuses, keys } = await seen.jsonValue();
			// “Nothing found” is drawn only once no letter has followed for the grace (300 ms): on a machine slow enough
			// that the next letter came later than that, it rightly shows, and had failed the test.
			const nothingTooSoon = statuses.filter((s) => s.text.startsWith('No results for “Stoltenb') && !s.text.includes('for “Stoltenberg”') && keys.some((k) => k <= s.at && s.at - k < 300));
			expect(nothingTooSoon.map((s) => s.text), statuses.map((s) => s.text).join('\n')).toEqual([]);
			expect(statuses.at(-1)?.text).toContain('results for “Stoltenberg”');
		});
	});
});

describe('a result whose page holds more between its words than the excerpt', () => {
	// The index leaves out what a page shows between a who's who role and the next words (“Trade · Hungary”, then a
	// quotation), and a note's number at the end of a table row, where Pagefind ends each cell with a full stop of its own.
	// The allies' table is no such case: each of its rows is found as an ally's position, which opens at the row.
	it.each([
		['a who’s who role', 'Hungary', 'people.html#peter-szijjarto', '#peter-szijjarto + .person-entry__role'],
		['a table row', 'Haynes', 'alliance-reaction.html#the-arguments-for-and-against-an-invitation-now', '.heading-wrap:has(#the-arguments-for-and-against-an-invitation-now) ~ table td:has-text("Deborah Haynes")'],
	])('still lands at the words in %s, highlighted in the middle of the screen, not at the top of its part a moment later', async (_, query, opens, words) => {
		const page = await pages.open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		await page.goto(pageUrl(hosted.base, 'index.html'));
		const answer = await ask(page, hosted.base, query);
		const chosen = answer.results.find((r) => target(r.href) === opens);
		expect(chosen, answer.results.map((r) => r.href).join('\n')).toBeDefined();
		await Promise.all([page.waitForURL((u) => u.pathname.endsWith(opens.split('#')[0])), page.locator(`.search-results a[href="${new URL(chosen!.href, hosted.base).href}"]`).first().click()]);
		const found = page.locator(words).first();
		// A browser centres the text it finds; a fragment not found leaves only the anchor, at the top.
		const middle = async () => {
			const { y } = (await found.boundingBox())!;
			return y > 844 * 0.3 && y < 844 * 0.7 ? 'in the middle' : `at ${Math.round(y)} px`;
		};
		// Polled until it is there (a busy machine scrolls late), then checked again once any later scroll would have come.
		await expect.poll(middle, { timeout: 10_000 }).toBe('in the middle');
		await page.waitForTimeout(500);
		expect(await middle()).toBe('in the middle');
		await pages.done(page);
	});
});

describe('a first search on a slow connection', () => {
	it.each([hosted, subPath])('asks for the files every search reads beside the engine, not one after another, $name', async ({ base }) => {
		const page = await browser.newPage();
		const watch = await watchPage(page, base);
		// The engine held back as on a slow link: what is asked for before it arrives was not waiting on it.
		await page.route('**/pagefind/pagefind.js', async (route) => {
			await new Promise((r) => setTimeout(r, 300));
			await route.continue();
		});
		const asked: string[] = [];
		page.on('request', (r) => r.url().includes('/pagefind/') && asked.push(r.url()));
		await page.goto(pageUrl(base, 'index.html'));
		await page.locator('#site-search-input').fill('invitation');
		await page.locator('.search-results__status').filter({ hasText: 'results for “invitation”' }).waitFor({ timeout: 10_000 });
		const entry = asked.findIndex((url) => url.includes('/pagefind-entry.json'));
		expect(entry).toBeGreaterThan(0);
		// Its language's metadata and WebAssembly, and the filters, which the engine had asked for only once it had read the entry.
		for (const file of [/\.pf_meta$/, /\/wasm\.[^/]+\.pagefind$/, /\/filter\/[^/]+\.pf_filter$/]) {
			const urls = asked.filter((url) => file.test(url));
			expect(urls, `${file}: ${asked.join(', ')}`).toHaveLength(1);
			expect(urls[0].startsWith(`${base}pagefind/`), urls[0]).toBe(true);
			expect(asked.indexOf(urls[0]), `${file} before the entry: ${asked.join(', ')}`).toBeLessThan(entry);
		}
		expect(watch.problems).toEqual([]);
		await page.close();
	});

	it('says it is searching while the engine is still on its way, where nothing under the box had said so', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.route('**/pagefind/pagefind.js', async (route) => {
			await new Promise((r) => setTimeout(r, 1500));
			await route.continue();
		});
		await page.goto(pageUrl(hosted.base, 'index.html'));
		await page.locator('#site-search-input').fill('invitation');
		const status = page.locator('.search-form--header + .search-results .search-results__status');
		await status.filter({ hasText: 'Searching…' }).waitFor({ timeout: 1200 });
		expect(await page.locator('.search-form--header + .search-results > ol > .search-result').count()).toBe(0);
		await status.filter({ hasText: 'results for “invitation”' }).waitFor({ timeout: 10_000 });
		await context.close();
	});

	it('draws the top results as their fragments arrive, says it is still searching, then draws them all with their count, the reader arrowing through them keeping their place', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		// Each result's fragment arrives later than the one before, as over a slow link.
		let fragments = 0;
		await page.route('**/pagefind/fragment/*', async (route) => {
			const delay = 150 * ++fragments;
			await new Promise((r) => setTimeout(r, delay));
			await route.continue();
		});
		await page.goto(pageUrl(hosted.base, 'index.html'));
		await page.locator('#site-search-input').fill('invitation');
		const status = page.locator('.search-form--header + .search-results .search-results__status');
		const results = page.locator('.search-form--header + .search-results > ol > .search-result');
		// The top three drawn, still searching (which it says before any is drawn, too).
		await results.nth(2).waitFor({ timeout: 10_000 });
		expect(await results.count()).toBe(3);
		expect(await status.textContent()).toBe('Searching…');
		// A reader on the second link of the first results when the rest arrive: the browser took the focus from the link
		// as it was redrawn, which closed the results, and left it on the page.
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const chosen = await page.evaluate(() => (document.activeElement?.closest('.search-result') ? (document.activeElement as HTMLAnchorElement).href : 'not a result'));
		expect(chosen).toMatch(/^http/);
		await status.filter({ hasText: 'results for “invitation”' }).waitFor({ timeout: 20_000 });
		expect(await results.count()).toBeGreaterThan(3);
		expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toBe(chosen);
		await page.keyboard.press('Escape');
		expect(await page.locator('.search-form--header + .search-results').isHidden()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
		await context.close();
	});

	it('draws them while the reader types on, but not once the box no longer begins with what was searched', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		let asked = 0;
		let answered = 0;
		await page.route('**/pagefind/fragment/*', async (route) => {
			const delay = 150 * ++asked;
			await new Promise((r) => setTimeout(r, delay));
			await route.continue();
			answered++;
		});
		// How many fragments had been asked for when the first result was drawn.
		let askedWhenDrawn: number | undefined;
		await page.exposeFunction('__resultDrawn', () => (askedWhenDrawn ??= asked));
		await page.goto(pageUrl(hosted.base, 'index.html'));
		await page.evaluate(() => {
			const observer = new MutationObserver(() => {
				if (!document.querySelector('.search-result')) return;
				observer.disconnect();
				(window as unknown as { __resultDrawn: () => void }).__resultDrawn();
			});
			observer.observe(document.body, { childList: true, subtree: true });
		});
		const input = page.locator('#site-search-input');
		const status = page.locator('.search-form--header + .search-results .search-results__status');
		const results = page.locator('.search-form--header + .search-results > ol > .search-result');
		// The search for "inv" is waiting on its fragments when the reader types another letter: its top
		// results are drawn as they arrive, before its other fragments are in and the next search begins.
		await input.fill('inv');
		// What is tested is the order, not the speed: a busy machine may take longer than a poll's second.
		await expect.poll(() => asked, { timeout: 10_000 }).toBeGreaterThan(3);
		// The top three's fragments alone are asked for first: the rest's, each some work for the main thread, only
		// once the top three are on screen.
		expect(askedWhenDrawn).toBe(3);
		await input.press('i');
		const firstSearch = asked;
		await results.first().waitFor({ timeout: 10_000 });
		expect(answered, `fragments of the first search (${firstSearch}) in when its first results were drawn`).toBeLessThan(firstSearch);
		expect(await results.count()).toBe(3);
		expect(await status.textContent()).toBe('Searching…');
		expect(await input.inputValue()).toBe('invi');
		await status.filter({ hasText: 'results for “invi”' }).waitFor({ timeout: 20_000 });

		// The reader clears the box while a search is waiting: its results never appear, not even for a moment.
		await input.fill('');
		// Its first fragment held 750 ms: on a busy machine, clearing the box had taken longer than the 150 ms a
		// first fragment was held, and the results drawn meanwhile were for a query still in the box.
		asked = 4;
		await input.fill('Rutte');
		await expect.poll(() => asked, { timeout: 10_000 }).toBeGreaterThan(4);
		await page.evaluate(() => {
			const w = window as unknown as { __drawn: boolean };
			w.__drawn = false;
			new MutationObserver(() => (w.__drawn ||= document.querySelector('.search-result') !== null)).observe(document.body, { childList: true, subtree: true });
		});
		await input.fill('');
		await page.waitForTimeout(1500);
		expect(await page.evaluate(() => (window as unknown as { __drawn: boolean }).__drawn), 'results drawn for a query no longer in the box').toBe(false);
		expect(await results.count()).toBe(0);
		expect(await page.locator('.search-form--header + .search-results').isHidden()).toBe(true);
		await context.close();
	});
});
