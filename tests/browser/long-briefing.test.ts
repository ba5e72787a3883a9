import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MENU_SECTIONS_MAX } from '../../src/site/menu-sections.ts';
import { launchChromium, newContext } from '../helpers/browser.ts';
import { violations } from '../helpers/axe.ts';
import { buildInProcess, makeProject, removeProject, ROOT } from '../helpers/project.ts';

/*
 * A briefing longer than the menu lists in full, built from the minimal
 * fixture with copies of its second section: the menu holds the page's own
 * section and its neighbours and a link to the overview's contents, and
 * stays usable on a phone and a laptop. One copy also holds code, inline
 * and as a fenced block with a line longer than a phone's column, and a
 * table with aligned columns.
 */
const FIXTURE = join(ROOT, 'tests/fixtures/minimal');
const SECTIONS = MENU_SECTIONS_MAX + 2;
const CODE_LINE = 'curl --silent https://example.org/a/path/long/enough/to/be/wider/than/a/phone/column/at/390/pixels.json';
const CODE = `\n\nThe request’s text, as a machine reads it, names \`quokka_count\`:\n\n\`\`\`sh\n${CODE_LINE}\n  "quoted" -- marks...\n\`\`\`\n`;
// Columns aligned as Markdown writes it, and a note on a column's heading.
const TABLE = '\n| Ally | Troops | Position[^1] |\n| :--- | ---: | :---: |\n| Poland | 1,000 | For |\n';

let dir: string;
let browser: Browser;
beforeAll(async () => {
	const second = await readFile(join(FIXTURE, 'sections/02-second.mdx'), 'utf8');
	const files: Record<string, string> = {};
	for (let n = 3; n <= SECTIONS; n++) {
		files[`sections/${String(n).padStart(2, '0')}-extra-${n}.mdx`] = second
			.replace('title: The second section', `title: Extra section ${n}`)
			.replace('shortTitle: Second', `shortTitle: Extra ${n}`)
			.replace('order: 2', `order: ${n}`)
			// Current to the day of publication: a copy of the second's later update would need its own log entry.
			.replace('updated: 2024-11-30', 'updated: 2024-11-29')
			.concat(n === 10 ? CODE + TABLE : '');
	}
	dir = await makeProject({ from: FIXTURE, files });
	const build = await buildInProcess(dir);
	if (!build.ok) throw new Error(`The long fixture does not build:\n${build.output}`);
	browser = await launchChromium();
}, 120_000);
afterAll(async () => {
	await browser?.close();
	if (dir) await removeProject(dir);
});

/** The menu's section list on a built page: each link's text, address and whether it is the current page. */
async function menuOf(page: string) {
	const tree = fromHtml(await readFile(join(dir, 'dist', page), 'utf8'));
	return selectAll('.site-nav__sections a', tree).map((a) => `${toString(a).replace(/\s+/g, ' ').trim()} → ${a.properties.href}${a.properties.ariaCurrent ? ' (current)' : ''}`);
}

it('lists the page’s own section and its neighbours, and links every page to the whole contents', async () => {
	const all = `All ${SECTIONS} sections → index.html#the-sections`;
	expect(await menuOf('extra-10.html')).toEqual([all, '9 Extra 9 → extra-9.html', '10 Extra 10 → extra-10.html (current)', '11 Extra 11 → extra-11.html']);
	expect(await menuOf('first.html')).toEqual([all, '1 First → first.html (current)', '2 Second → second.html']);
	expect(await menuOf(`extra-${SECTIONS}.html`)).toEqual([all, `${SECTIONS - 1} Extra ${SECTIONS - 1} → extra-${SECTIONS - 1}.html`, `${SECTIONS} Extra ${SECTIONS} → extra-${SECTIONS}.html (current)`]);
	expect(await menuOf('glossary.html')).toEqual([all]);
	const overview = fromHtml(await readFile(join(dir, 'dist', 'index.html'), 'utf8'));
	expect(selectAll('.contents__list a', overview)).toHaveLength(SECTIONS);
});

it('shows a section’s code as written, coloured by nothing the policy would refuse', async () => {
	// Shiki's colours had been style attributes: a fenced block stopped the build as inline code the site does not write.
	const html = await readFile(join(dir, 'dist', 'extra-10.html'), 'utf8');
	const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
	expect(main).toContain(`<pre><code class="language-sh">${CODE_LINE}\n  &quot;quoted&quot; -- marks...\n</code></pre>`);
	expect(main).toContain('<code>quokka_count</code>');
	expect(main).not.toMatch(/\sstyle=/);
});

it('opens on a phone within the screen, sits on a laptop without scrolling sideways, and passes axe', async () => {
	for (const [width, height] of [[390, 844], [1280, 800]]) {
		const context = await newContext(browser, { viewport: { width, height } });
		const page = await context.newPage();
		await page.goto(pathToFileURL(join(dir, 'dist', 'extra-10.html')).href);
		const summary = page.locator('.site-menu summary');
		if (await summary.isVisible()) await summary.click();
		// The way to the page's contents is offered only where they are not beside the text.
		expect(await page.locator('.site-nav__contents a').isVisible(), `${width}px: Contents of this page`).toBe(width < 768);
		const links = page.locator('.site-nav :is(ol, ul) a');
		for (const link of await links.all()) expect(await link.isVisible(), `${width}px: ${await link.textContent()}`).toBe(true);
		const last = (await links.last().boundingBox())!;
		expect(last.y + last.height, `${width}px: the menu's last link is below the screen`).toBeLessThanOrEqual(height);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width}px: sideways scroll`).toBe(0);
		// The code's long line wraps in the column: a block that scrolled sideways hid its end on a phone and on paper.
		const code = await page.locator('pre').evaluate((pre) => ({ over: pre.scrollWidth - pre.clientWidth, lines: Math.round(pre.clientHeight / parseFloat(getComputedStyle(pre).lineHeight)) }));
		expect(code.over, `${width}px: the code block scrolls sideways`).toBe(0);
		if (width === 390) expect(code.lines, 'the long line wraps at 390 px').toBeGreaterThan(3);
		// Aligned by class (a style attribute had stopped the build), but for a phone's cards, where each value sits under its label.
		const right = page.locator('td.align-right');
		expect(await right.evaluate((td) => getComputedStyle(td).textAlign), `${width}px`).toBe(width === 390 ? 'left' : 'right');
		expect(await page.locator('td.align-center').getAttribute('data-label')).toBe('Position');
		expect(await violations(page), `${width}px`).toEqual([]);
		await context.close();
	}
});
