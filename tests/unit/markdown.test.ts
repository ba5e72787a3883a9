import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { COMPONENTS } from '../../src/markdown/components.ts';
import { documentFacts } from '../../src/markdown/document-state.ts';
import { compileSection } from '../helpers/compile-section.ts';
import { ROOT } from '../helpers/project.ts';

const content = pathToFileURL(join(ROOT, 'tests/fixtures/minimal/'));

/** A section body through the build's Markdown pipeline, as the hast tree it renders, in JSON. */
async function render(mdx: string): Promise<string> {
	return (await compileSection(mdx, join(ROOT, 'content/sections/09-test.mdx'), content)).tree;
}

describe('the Markdown pipeline', () => {
	it('counts which of a page’s headings are a dated note’s, for its contents to leave under the note', async () => {
		// An author's trial: a note's ### stood in the contents above the note, under the section's last part.
		const mdx = '## Before\n\nText.[^a]\n\n<AfterNote date="2024-12-04">\n\n### Inside\n\nLater.\n\n</AfterNote>\n\n## After\n\nMore.\n\n[^a]: [@alpha-2024-01-01].\n';
		const { frontmatter } = await compileSection(mdx, join(ROOT, 'content/sections/09-test.mdx'), content);
		expect(frontmatter.noteHeadings).toEqual([1]);
	});

	it('hands its page every fact the page reads, and a page whose compile left one out stops the build, naming the file and the fact', async () => {
		const mdx = '## Part\n\nText.[^a]\n\n<Quote id="ada-hello" />\n\n[^a]: [@alpha-2024-01-01].\n';
		const { frontmatter } = await compileSection(mdx, join(ROOT, 'content/sections/09-test.mdx'), content);
		const facts = documentFacts(frontmatter, 'content/sections/09-test.mdx');
		expect(facts).toMatchObject({ citedSources: ['alpha-2024-01-01'], citedInNotes: { 'alpha-2024-01-01': 'a' }, components: ['Quote'], afterNotes: [], noteHeadings: [], words: 2 });
		expect(facts.quoted).toEqual([['ada-hello', 5]]);
		// Read with a default, as they were, a plugin left out of plugins.ts had left its pages without “Cited in” links or a reading time.
		const { words: _, ...withoutWords } = frontmatter;
		expect(() => documentFacts(withoutWords, 'content/sections/09-test.mdx')).toThrow('content/sections/09-test.mdx: its compile left no words for its page.');
	});


	it('takes a note continued on an indented line, a note of two paragraphs, a table in a note and an empty cell written | | as they are', async () => {
		// What the checks against a line read into a note and against narrow rows must let through (remark-footnotes.ts, remark-table-cells.ts).
		const mdx = [
			'Text.[^a] More.[^b]',
			'',
			'| Ally | Since | Note |',
			'| --- | --- | --- |',
			'| Norway | 1949 | |',
			'',
			'[^a]: [@alpha-2024-01-01], page one,',
			'    and its second line.',
			'',
			'    A second paragraph of the note.',
			'[^b]: [@beta-2024-02-02].',
			'',
			'    | Ally | Since |',
			'    | --- | --- |',
			'    | Norway | 1949 |',
			'',
		].join('\n');
		const tree = await render(mdx);
		expect(tree).toContain('and its second line.');
		expect(tree).toContain('A second paragraph of the note.');
		expect(tree.match(/"tagName":"table"/g)).toHaveLength(2);
	});

	it('gives a heading of symbols only an id, and its link to copy after it, outside it, with the mark drawn rather than written', async () => {
		const tree = await render('## 🇺🇦\n\n## 🇺🇦\n\nText.[^a]\n\n[^a]: [@alpha-2024-01-01].\n');
		expect(tree).toContain('"id":"section-1"');
		expect(tree).toContain('"id":"section-2"');
		// A screen reader names a heading by all it holds: the link inside it was read with every title.
		const blocks = (JSON.parse(tree) as Root).children.filter((c): c is Element => c.type === 'element' && c.tagName === 'div');
		expect(blocks.map((b) => [b.properties.className, b.children.map((c) => (c as Element).tagName)])).toEqual([
			[['heading-wrap'], ['h2', 'a']],
			[['heading-wrap'], ['h2', 'a']],
		]);
		const [heading, link] = blocks[0].children as Element[];
		expect(heading.children).toEqual([expect.objectContaining({ type: 'text', value: '🇺🇦' })]);
		expect(link.properties).toMatchObject({ className: ['heading-anchor'], href: '#section-1', ariaLabel: 'Link to this heading: 🇺🇦' });
		expect(link.children).toEqual([]);
	});

	it('numbers a heading whose id the page uses for its own parts, as it numbers a second heading of the same words', async () => {
		const tree = await render('## Key points\n\n## Opening\n\n## Contents\n\n## Main\n\n## Key points\n\n## Members by year\n\n## Alliance map\n\nText.[^a]\n\n[^a]: [@alpha-2024-01-01].\n');
		const ids = [...tree.matchAll(/"tagName":"h2","properties":\{"id":"([^"]+)"/g)].map(([, id]) => id);
		expect(ids).toEqual(['key-points-1', 'opening-1', 'contents-1', 'main-1', 'key-points-2', 'members-by-year-1', 'alliance-map-1']);
	});

	it('takes as prose what only looks like Markdown left as typed: an address as its own link, an asterisk meant, an editor’s brackets', async () => {
		// An address written bare holds no typography (“--” had been refused as a double hyphen); the rest is prose.
		const tree = await render('See https://example.org/x--y/z and desk@example.org, a figure\\* and “they [the allies] agreed”.[^a]\n\n[^a]: [@alpha-2024-01-01].\n');
		expect(tree).toContain('"href":"https://example.org/x--y/z"');
		expect(tree).toContain('a figure*');
		expect(tree).toContain('“they [the allies] agreed”');
	});

	it('holds a link’s words to the prose’s rules unless they are its address, and finds an underlined heading whatever it begins with', async () => {
		await expect(render('See [2022-2024](https://example.org/report-2022-2024).[^a]\n\n[^a]: [@alpha-2024-01-01].\n')).rejects.toThrow(/a hyphen in a range/);
		await expect(render('#NATO75\n---\n\nText.[^a]\n\n[^a]: [@alpha-2024-01-01].\n')).rejects.toThrow(/a line of “---” or “===” right under a line of text/);
	});

	it('lets a note after the briefing hold its own parts a level under its title, and the section go on at its own level after it', async () => {
		const tree = await render('## Before\n\nText.[^a]\n\n<AfterNote date="2024-12-04">\n\n### Inside\n\n#### Deeper\n\nLater.\n\n</AfterNote>\n\n## After\n\n### Under\n\nMore.\n\n[^a]: [@alpha-2024-01-01].\n');
		expect(tree).toContain('"id":"inside"');
		expect(tree).toContain('"id":"under"');
	});

	it('sets note numbers side by side in ascending order, each still linking to its own note', async () => {
		// GFM numbers a note by its first citation: a new note cited before an earlier one had read “[2][1]”.
		const tree = await render('First.[^a]\n\nSecond.[^b][^a]\n\n[^a]: [@alpha-2024-01-01].\n[^b]: [@alpha-2024-01-01]. Another note.\n');
		const numbers: string[] = [];
		const walk = (node: Root | Element) => {
			for (const child of node.children) {
				if (child.type !== 'element') continue;
				if (child.tagName === 'a' && child.properties.dataFootnoteRef !== undefined) numbers.push(`${(child.children[0] as { value: string }).value}→${child.properties.href}`);
				else walk(child);
			}
		};
		walk(JSON.parse(tree) as Root);
		expect(numbers).toEqual(['1→#fnp-a', '1→#fnp-a-2', '2→#fn-b']);
	});

	it('makes two notes that say the same one note, cited from both places, with a way back to each place', async () => {
		const tree = await render('One.[^a] Two.[^b] Three.[^a]\n\n[^a]: [@alpha-2024-01-01], page one.\n\n[^b]: [@alpha-2024-01-01], page one.\n');
		expect(tree.match(/"id":"fn-a"/g)).toHaveLength(1);
		expect(tree).not.toContain('"id":"fn-b"');
		const refs = [...tree.matchAll(/"id":"([^"]+)","dataFootnoteRef":""/g)].map((m) => m[1]);
		expect(refs).toHaveLength(3);
		const backrefs = [...tree.matchAll(/"href":"#([^"]+)","dataFootnoteBackref":"","ariaLabel":"([^"]+)"/g)];
		expect(backrefs.map((m) => m[1])).toEqual(refs);
		expect(backrefs.map((m) => m[2])).toEqual([1, 2, 3].map((n) => `Back to note 1 in the text, place ${n} of 3`));
	});

	it('cites a source by its publisher and title, linked to it, its date, and its kind linked to the register', async () => {
		const tree = await render('Said.[^a]\n\n[^a]: [@alpha-2024-01-01], page one.\n');
		expect(tree).toContain('"href":"https://example.org/alpha","className":["citation"],"rel":["external","noopener"]');
		expect(tree).toContain('"value":"Alpha Gazette, First report"');
		expect(tree).toContain('"value":", 1 January 2024 "');
		expect(tree).toMatch(/"href":"\/sources\.html#alpha-2024-01-01","title":"Its entry in the source register","className":\["source-type"\],"ariaLabel":"News: Alpha Gazette, 1 January 2024"\},"children":\[\{"type":"text","value":"News"\}/);
	});
});

describe('the components sections may use', () => {
	it('are the same in the allowlist and in what renders them', () => {
		const mdx = readFileSync(join(ROOT, 'src/components/mdx.ts'), 'utf8');
		const rendered = /export const mdxComponents = \{([^}]*)\}/.exec(mdx)![1].split(',').map((k) => k.trim()).filter(Boolean).sort();
		expect(rendered).toEqual(Object.keys(COMPONENTS).sort());
	});
});
