/**
 * What a writer of prose types that MDX's parser refuses in its own terms:
 * an HTML comment (“to create a comment in MDX, use {/* text *\/}”, which
 * the briefing then refuses too), a “<” before a number or a space (“expected
 * a valid JSX tag”), a brace around words (“Could not parse expression with
 * oxc”), an address in angle brackets (“expected a valid JSX tag”: GFM's
 * autolink is a tag to MDX), a component's attribute in curly quotes. Found
 * before the parser, with the line and column, in the briefing's words;
 * code spans are passed by, where all of these are text.
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

/** Checks of what MDX reads as a tag: an address in angle brackets, a component's attribute in curly quotes. */
const TAG_CHECKS: [RegExp, string][] = [
	// Not a link's address in brackets, [words](<https://…>), which Markdown allows.
	[/(?<!\]\()<(?:https?:|mailto:|www\.|[^\s<>@]+@)[^\s<>]*>/g, 'an address in angle brackets is a tag in MDX, not a link: write it bare (https://…), or as [words](https://…)'],
	// Right after a component's `name=`, not inside a value already in straight quotes (about="turnout “high”").
	[/(?<=<[A-Z](?:[^<>"]|"[^"]*")*\s[\w-]+=\s*)[“”‘’]/g, 'an attribute’s value takes straight quotes, id="…": curly ones (as autocorrect types them) are not quotes to MDX'],
];

/** The problems in `body`, a section's text after its frontmatter, whose first line is `firstLine` of its file. */
export function mdxSyntaxProblems(body: string, firstLine = 1): SyntaxProblem[] {
	// Code spans and fences keep their length, blanked, so that what follows keeps its column; so do a component's
	// tags, whose attributes' braces the closed language reports itself (remark-closed-mdx.ts).
	const blank = (code: string) => code.replace(/[^\n]/g, ' ');
	const codeless = body.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$|(`+)[^`\n]+?\2/gm, blank);
	const text = codeless.replace(/<\/?[A-Za-z][^<>]*>/g, blank);
	const problems: SyntaxProblem[] = [];
	const place = (index: number, message: string, within = text) => {
		const before = within.slice(0, index);
		problems.push({ line: before.split('\n').length + firstLine - 1, column: index - before.lastIndexOf('\n'), message });
	};
	for (const [pattern, message] of TAG_CHECKS) for (const found of codeless.matchAll(pattern)) place(found.index, message, codeless);
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
			place(found.index, message);
		}
	}
	return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
