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
		expect(mdxSyntaxProblems('<Quote id="a" />\n<AfterNote date="2024-12-04">\nA \\{brace\\}, `a {b} <c`, and <https://example.org>.\n</AfterNote>')).toEqual([]);
		expect(mdxSyntaxProblems('```\nif (a < 1) { b(); }\n```\nDone.')).toEqual([]);
	});
});
