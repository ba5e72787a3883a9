import { describe, expect, it } from 'vitest';
import { mdxSyntaxProblems } from '../../src/markdown/mdx-syntax.ts';

describe('mdxSyntaxProblems', () => {
	it('finds a comment, a “<” that starts no tag and words in braces, at their lines and columns', () => {
		const found = mdxSyntaxProblems('Text.\n<!-- hidden -->\nFewer than <10 and {see below}.', 5);
		expect(found.map((p) => [p.line, p.column, p.message.split(':')[0]])).toEqual([
			[6, 1, 'an HTML comment is not allowed'],
			[7, 12, 'a “<” before a space or a number starts a tag in MDX'],
			[7, 20, 'a {…} expression is not allowed'],
		]);
	});
	it('passes by components, escaped braces and code, where each is what MDX allows', () => {
		expect(mdxSyntaxProblems('<Quote id="a" />\n<AfterNote date="2024-12-04">\nA \\{brace\\}, `a {b} <c <https://example.org>`, and https://example.org.\n</AfterNote>')).toEqual([]);
		expect(mdxSyntaxProblems('```\nif (a < 1) { b(); }\n<https://example.org>\n```\nDone.')).toEqual([]);
		// A link's address in brackets is Markdown's; curly quotes inside a value in straight quotes are its text.
		expect(mdxSyntaxProblems('See [the story](<https://example.org/story>).\n<AfterNote date="2024-12-04" about="turnout = “high”">\n\nText.\n\n</AfterNote>')).toEqual([]);
	});
	it('finds an address in angle brackets, which MDX takes for a tag, and an attribute in curly quotes', () => {
		// GFM's autolink is a tag to MDX (“Unexpected character after <, expected a valid JSX tag”), as is a quote autocorrected.
		const found = mdxSyntaxProblems('See <https://www.nato.int/> or <desk@example.org>.\n<Quote id=“a” />', 3);
		expect(found.map((p) => [p.line, p.column, p.message.split(':')[0]])).toEqual([
			[3, 5, 'an address in angle brackets is a tag in MDX, not a link'],
			[3, 32, 'an address in angle brackets is a tag in MDX, not a link'],
			[4, 11, 'an attribute’s value takes straight quotes, id="…"'],
		]);
	});
});
