import { describe, expect, it } from 'vitest';
import { findBrokenLinks, nearestId, placesWritten, writtenForms } from '../../src/postbuild/link-check.ts';
import type { PageFacts } from '../../src/postbuild/page-pass.ts';

/** A built page as the page pass reads it: its ids, and its links as `tag attribute=url`. */
const page = (path: string, ids: string[], links: string[] = [], source?: string): PageFacts => ({
	path,
	...(source ? { source } : {}),
	ids,
	links: links.map((l) => {
		const [, tag, attribute, url] = /^(\S+) ([^=]+)=(.*)$/.exec(l)!;
		return { tag, attribute, url };
	}),
	inline: { scripts: [], styles: [], scriptAttributes: [], styleAttributes: [] },
	json: [],
	forbidden: [],
});
const files = new Set(['assets/site.css', 'briefing.zip']);
const exists = (path: string) => files.has(path);
/** No content file to search: each link is named as built. */
const noText = () => undefined;

describe('the link check', () => {
	it('passes links to pages, their ids, files that exist and https', () => {
		const pages = [
			page('first.html', ['a-heading'], ['a href=second.html', 'a href=#a-heading', 'a href=second.html#b', 'link href=assets/site.css', 'a href=briefing.zip', 'a href=https://example.org/', 'a href=mailto:x@example.org']),
			page('second.html', ['b'], ['a href=first.html#a-heading']),
		];
		expect(findBrokenLinks(pages, exists, noText)).toEqual([]);
	});

	it('names the page, the file it was built from, the link and what is wrong with it', () => {
		const pages = [
			page('first.html', ['a-heading']),
			page('sub/second.html', ['x', 'x'], [
				'a href=../frist.html#a-heading',
				'a href=../first.html#no-such-heading',
				'a href=/first.html',
				'a href=./',
				'a href=http://example.org/',
				'a href=../briefing.zip#part',
				'script src=../assets/missing.js',
			], 'content/sections/02-second.mdx'),
		];
		const where = 'sub/second.html (from content/sections/02-second.mdx)';
		expect(findBrokenLinks(pages, exists, noText)).toEqual([
			'sub/second.html: the id "x" is used more than once',
			`${where}: a href="../frist.html#a-heading": no such file (did you mean "../first.html#a-heading"?)`,
			`${where}: a href="../first.html#no-such-heading": no element with id "no-such-heading" on first.html`,
			`${where}: a href="/first.html": root-absolute URL: it breaks under a sub-path and from disk`,
			`${where}: a href="./": folder URL: from disk it opens a directory listing, link to index.html`,
			`${where}: a href="http://example.org/": external links must use https`,
			`${where}: a href="../briefing.zip#part": an anchor into a file that is not a page`,
			`${where}: script src="../assets/missing.js": no such file`,
		]);
	});
});

describe('a broken link written in a content file', () => {
	const file = 'content/sections/03-partial-coverage.mdx';
	const text = [
		'---',
		'title: Partial coverage',
		'---',
		'',
		'## Coverage',
		'',
		'See [d](/victory-plan.html#What-Kyiv-Accepts) and [x](/background.html#no-such-anchor).',
		'',
		'Above, [up](#coverag), [the plan](/victory-plan) and [again][plan].',
		'',
		'[plan]: /victory-plan.html#What-Kyiv-Accepts',
	].join('\n');
	const sources: Record<string, string> = { [file]: text };
	const readSource = (f: string) => sources[f];
	const section = (links: string[]) => page('partial-coverage.html', ['coverage'], links, file);
	const targets = [page('victory-plan.html', ['what-kyiv-accepts', 'what-kyiv-asks']), page('background.html', ['why-now'])];

	it('is named at its line and column, as written, with the id or page nearest to the one named', () => {
		const pages = [section(['a href=victory-plan.html#What-Kyiv-Accepts', 'a href=background.html#no-such-anchor', 'a href=#coverag', 'a href=victory-plan', 'a href=victory-plan.html#What-Kyiv-Accepts']), ...targets];
		expect(findBrokenLinks(pages, exists, readSource)).toEqual([
			// Written twice, in the text and in a definition: named at both, once each.
			`${file}:7:9: link to "/victory-plan.html#What-Kyiv-Accepts": no element with id "What-Kyiv-Accepts" on victory-plan.html (did you mean "/victory-plan.html#what-kyiv-accepts"?)`,
			`${file}:11:9: link to "/victory-plan.html#What-Kyiv-Accepts": no element with id "What-Kyiv-Accepts" on victory-plan.html (did you mean "/victory-plan.html#what-kyiv-accepts"?)`,
			`${file}:7:55: link to "/background.html#no-such-anchor": no element with id "no-such-anchor" on background.html`,
			`${file}:9:13: link to "#coverag": no element with id "coverag" on partial-coverage.html (did you mean "#coverage"?)`,
			`${file}:9:35: link to "/victory-plan": no such file (did you mean "/victory-plan.html"?)`,
		]);
	});

	it('is named on the built page where the content file does not hold it, or cannot be read', () => {
		const pages = [section(['a href=frist.html']), page('first.html', []), ...targets];
		expect(findBrokenLinks(pages, exists, readSource)).toEqual([`partial-coverage.html (from ${file}): a href="frist.html": no such file (did you mean "first.html"?)`]);
		const unread = [section(['a href=background.html#no-such-anchor']), ...targets];
		expect(findBrokenLinks(unread, exists, () => undefined)).toEqual([`partial-coverage.html (from ${file}): a href="background.html#no-such-anchor": no element with id "no-such-anchor" on background.html`]);
	});

	it('is named once, not again for its copy in the whole briefing, where a link broken only there is still named', () => {
		const all = page('all.html', ['partial-coverage', 'partial-coverage--coverage', 'victory-plan', 'victory-plan--what-kyiv-accepts', 'background', 'background--why-now'], [
			'a href=#victory-plan--What-Kyiv-Accepts',
			'a href=#background--no-such-anchor',
			'a href=#partial-coverage--coverag',
			'a href=victory-plan',
			'a href=#background--why-not',
		]);
		const pages = [section(['a href=victory-plan.html#What-Kyiv-Accepts', 'a href=background.html#no-such-anchor', 'a href=#coverag', 'a href=victory-plan']), ...targets, all];
		const problems = findBrokenLinks(pages, exists, readSource);
		expect(problems.filter((p) => p.startsWith('all.html'))).toEqual([
			'all.html: a href="#background--why-not": no element with id "background--why-not" on all.html (did you mean "#background--why-now"?)',
		]);
		expect(problems).toHaveLength(6);
	});
});

describe('where a link is written', () => {
	it('finds the address after “](”, “](<” or “]: ” and before “)”, “>”, a space or the end', () => {
		const text = '[a](/a.html#x) [b](</a.html#x>) [c](/a.html#x "Title")\n\n[d]: /a.html#x';
		expect(placesWritten(text, '/a.html#x')).toEqual([{ line: 1, column: 5 }, { line: 1, column: 21 }, { line: 1, column: 37 }, { line: 3, column: 6 }]);
	});
	it('not inside a longer address, nor in prose', () => {
		expect(placesWritten('[a](/a.html#xy) [b](/b/a.html#x) [c](/a.html#x-y) the /a.html#x.', '/a.html#x')).toEqual([]);
		expect(placesWritten('[a](/a.html#x)', '#x')).toEqual([]);
		// A hashtag in prose is no link (a maintainer's review: a broken “#summit” was also named there).
		expect(placesWritten('the hashtag #summit trended, as [the summit](#summit) says', '#summit')).toEqual([{ line: 1, column: 46 }]);
	});
	it('looks for a link as the author wrote it, not as the page pass made it relative', () => {
		expect(writtenForms('victory-plan.html#x', '/victory-plan.html#x')).toEqual(['/victory-plan.html#x']);
		expect(writtenForms('#x', '/background.html#x')).toEqual(['#x', '/background.html#x']);
		expect(writtenForms('#%D0%A9%D0%BE', '/background.html#%D0%A9%D0%BE')).toEqual(['#%D0%A9%D0%BE', '#Що', '/background.html#%D0%A9%D0%BE', '/background.html#Що']);
	});
});

describe('the id nearest to one a page lacks', () => {
	const ids = ['what-kyiv-accepts', 'the-letter', 'article-5', 'article-6'];
	it('is the same but for case, however long, or else the closest', () => {
		expect(nearestId('What-Kyiv-Accepts', ids)).toBe('what-kyiv-accepts');
		expect(nearestId('ARTICLE-5', ids)).toBe('article-5');
		expect(nearestId('the-leter', ids)).toBe('the-letter');
	});
	it('is none where two are as close, or none is', () => {
		expect(nearestId('article-7', ids)).toBeUndefined();
		expect(nearestId('no-such-anchor', ids)).toBeUndefined();
	});
});
