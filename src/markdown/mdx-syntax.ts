/**
 * What a writer of prose types that MDX's parser refuses in its own terms:
 * an HTML comment (“to create a comment in MDX, use {/* text *\/}”, which
 * the briefing then refuses too), a “<” before a number or a space (“expected
 * a valid JSX tag”), a brace around words (“Could not parse expression with
 * oxc”). Found before the parser, with the line and column, in the
 * briefing's words; code spans are passed by, where all three are text.
 */
export interface SyntaxProblem {
	line: number;
	column: number;
	message: string;
}

export const EXPRESSION = 'a {…} expression is not allowed: write the text itself (a literal brace is written \\{)';

const CHECKS: [RegExp, string][] = [
	[/<!--/g, 'an HTML comment is not allowed: a section holds only what readers see; delete it, or make it a note'],
	[/<(?=[\s\d=<])/g, 'a “<” before a space or a number starts a tag in MDX: write \\< (or “fewer than”)'],
	[/(?<!\\)\{/g, EXPRESSION],
];

/** The problems in `body`, a section's text after its frontmatter, whose first line is `firstLine` of its file. */
export function mdxSyntaxProblems(body: string, firstLine = 1): SyntaxProblem[] {
	// Code spans and fences keep their length, blanked, so that what follows keeps its column; so do a component's
	// tags, whose attributes' braces the closed language reports itself (remark-closed-mdx.ts).
	const blank = (code: string) => code.replace(/[^\n]/g, ' ');
	const text = body.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$|(`+)[^`\n]+?\2/gm, blank).replace(/<\/?[A-Za-z][^<>]*>/g, blank);
	const problems: SyntaxProblem[] = [];
	// A brace inside an expression is part of it: the expression is refused once, at its first.
	let depth = 0;
	const opening = new Set<number>();
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text[i] === '{' && depth++ === 0) opening.add(i);
		else if (text[i] === '}' && depth > 0) depth--;
	}
	for (const [pattern, message] of CHECKS) {
		for (const found of text.matchAll(pattern)) {
			if (message === EXPRESSION && !opening.has(found.index)) continue;
			const before = text.slice(0, found.index);
			const line = before.split('\n').length;
			problems.push({ line: line + firstLine - 1, column: found.index - before.lastIndexOf('\n'), message });
		}
	}
	return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
