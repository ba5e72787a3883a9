import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparePages } from '../../src/postbuild/pipeline.ts';
import { dist, files } from './dist.ts';
import { ROOT } from '../helpers/project.ts';

/**
 * The last gate before the policy is written: the build's own step, run on
 * the real built pages (less their policy), with inline code slipped into
 * one of them by whatever route. Only what the site's components and steps
 * write may pass; anything else stops the build, naming the page.
 */
function builtPages(): Map<string, string> {
	const pages = new Map<string, string>();
	// The 404 page is rebased by the same step; as built, its styles are already inline.
	for (const path of files('.html').filter((p) => p !== '404.html')) {
		pages.set(path, readFileSync(join(dist(), path), 'utf8').replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''));
	}
	return pages;
}

const context = {
	base: '/',
	read: (path: string) => readFileSync(join(dist(), path), 'utf8'),
	exists: (path: string) => existsSync(join(dist(), path)),
	readSource: (file: string) => readFileSync(join(ROOT, file), 'utf8'),
	srcDir: new URL('src/', `file://${ROOT}`),
};

const inject = (into: string) => {
	const pages = builtPages();
	pages.set('background.html', pages.get('background.html')!.replace('</main>', `${into}</main>`));
	return preparePages(pages, context);
};

describe('inline code the site does not write', () => {
	it('lets the real pages through, each with its policy', async () => {
		const pages = builtPages();
		const headers = await preparePages(pages, context);
		expect(headers).toContain('Content-Security-Policy:');
		for (const [path, html] of pages) expect(html, path).toMatch(/<meta charset="utf-8"><meta http-equiv="content-security-policy"/);
	});

	it.each([
		['an inline script', '<script>alert(document.domain)</script>', /background\.html \(from content\/sections\/01-background\.mdx\): an inline <script> no part of the site writes: “alert\(document\.domain\)”/],
		['an event handler', '<p onmouseover="alert(1)">x</p>', /background\.html.*: an event-handler attribute no part of the site writes: “alert\(1\)”/],
		['an inline style', '<style>body{display:none}</style>', /background\.html.*: an inline <style> no part of the site writes: “body\{display:none\}”/],
		['a style attribute', '<p style="color:red">x</p>', /background\.html.*: a style attribute/],
		['a refresh', '<meta http-equiv="refresh" content="0;url=https://example.org">', /background\.html.*: <meta http-equiv="refresh"/],
		['a frame', '<iframe src="https://example.org"></iframe>', /background\.html.*: <iframe>/],
		['code in a JSON block', '<script type="application/ld+json">{"a": alert(1)}</script>', /background\.html.*: a JSON block that is not plain JSON/],
		['a running head that is not one', '<style>@page{@top-left{content:"x"}}body{display:none}</style>', /background\.html.*: an inline <style>/],
	])('stops the build on %s, naming the page and the code', async (_, code, message) => {
		await expect(inject(code)).rejects.toThrow(message);
	});

	it('says, as an Astro error, that content cannot add code and where the site declares its own', async () => {
		await expect(inject('<script>alert(1)</script>')).rejects.toMatchObject({ name: 'AstroUserError', hint: expect.stringMatching(/Content cannot add scripts.*src\/postbuild\/site-inline-code\.ts/) });
	});
});

describe('a link that leads nowhere', () => {
	it('stops the build, naming the page and the link, as an Astro error with a hint', async () => {
		const failed = inject('<a href="/frist.html#a-heading">A</a>');
		await expect(failed).rejects.toThrow(/Broken links in the built site \(1\):\n  background\.html \(from content\/sections\/01-background\.mdx\): a href="frist\.html#a-heading": no such file/);
		await expect(failed).rejects.toMatchObject({ name: 'AstroUserError', hint: expect.stringMatching(/Correct the link in the content file or template/) });
	});

	/** `from` made `to` in the part of `html` after `marker`: in the whole briefing, one section's copy. */
	const inPartAfter = (html: string, marker: string, from: string, to: string) => {
		const start = html.indexOf(marker);
		const at = html.indexOf(from, start);
		expect(start >= 0 && at >= 0, `${from} after ${marker}`).toBe(true);
		return html.slice(0, at) + to + html.slice(at + from.length);
	};
	// The third section links to a heading of the second, as an author's trial had it, with the wrong case.
	const file = 'content/sections/04-alliance-reaction.mdx';
	const miscased = () => {
		const pages = builtPages();
		pages.set('alliance-reaction.html', pages.get('alliance-reaction.html')!.replace('href="victory-plan.html#what-kyiv-accepts"', 'href="victory-plan.html#What-Kyiv-Accepts"'));
		pages.set('all.html', inPartAfter(pages.get('all.html')!, 'id="alliance-reaction"', 'href="#victory-plan--what-kyiv-accepts"', 'href="#victory-plan--What-Kyiv-Accepts"'));
		return pages;
	};
	const written = (path: string) => readFileSync(join(ROOT, path), 'utf8').replace('(/victory-plan.html#what-kyiv-accepts)', '(/victory-plan.html#What-Kyiv-Accepts)');

	it('names the content file, line and column where the link is written, once, not again for its copy in the whole briefing, with the id meant', async () => {
		const text = written(file);
		const before = text.slice(0, text.indexOf('/victory-plan.html#What-Kyiv-Accepts')).split('\n');
		const [line, column] = [before.length, before.at(-1)!.length + 1];
		await expect(preparePages(miscased(), { ...context, readSource: written })).rejects.toThrow(
			`Broken links in the built site (1):\n  ${file}:${line}:${column}: link to "/victory-plan.html#What-Kyiv-Accepts": no element with id "What-Kyiv-Accepts" on victory-plan.html (did you mean "/victory-plan.html#what-kyiv-accepts"?)`,
		);
	});

	it('names a link broken only in the whole briefing there, with the id meant', async () => {
		const pages = builtPages();
		pages.set('all.html', inPartAfter(pages.get('all.html')!, 'id="alliance-reaction"', 'href="#victory-plan--what-kyiv-accepts"', 'href="#victory-plan--what-kyiv-accept"'));
		await expect(preparePages(pages, context)).rejects.toThrow(
			'Broken links in the built site (1):\n  all.html: a href="#victory-plan--what-kyiv-accept": no element with id "victory-plan--what-kyiv-accept" on all.html (did you mean "#victory-plan--what-kyiv-accepts"?)',
		);
	});
});
