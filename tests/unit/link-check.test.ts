import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/postbuild/link-check.ts';
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

describe('the link check', () => {
	it('passes links to pages, their ids, files that exist and https', () => {
		const pages = [
			page('first.html', ['a-heading'], ['a href=second.html', 'a href=#a-heading', 'a href=second.html#b', 'link href=assets/site.css', 'a href=briefing.zip', 'a href=https://example.org/', 'a href=mailto:x@example.org']),
			page('second.html', ['b'], ['a href=first.html#a-heading']),
		];
		expect(findBrokenLinks(pages, exists)).toEqual([]);
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
		expect(findBrokenLinks(pages, exists)).toEqual([
			'sub/second.html: the id "x" is used more than once',
			`${where}: a href="../frist.html#a-heading": no such file`,
			`${where}: a href="../first.html#no-such-heading": no element with id "no-such-heading" on first.html`,
			`${where}: a href="/first.html": root-absolute URL: it breaks under a sub-path and from disk`,
			`${where}: a href="./": folder URL: from disk it opens a directory listing, link to index.html`,
			`${where}: a href="http://example.org/": external links must use https`,
			`${where}: a href="../briefing.zip#part": an anchor into a file that is not a page`,
			`${where}: script src="../assets/missing.js": no such file`,
		]);
	});
});
