import { AstroError } from 'astro/errors';

/** A file, and its line where known, as messages name a place: `content/quotes.yaml:21`, or the file alone. */
export const placeIn = (file: string, line?: number) => (line ? `${file}:${line}` : file);

/** A mistake in a content file, with where it is, shown as Astro shows its users' errors. */
export class ContentFileError extends AstroError {
	/** Where Astro shows the error: without it, the place its stack names, in our code or in node_modules. */
	loc: { file: string; line?: number };
	readonly file: string;
	readonly line: number | undefined;
	readonly problem: string;

	constructor(file: string, line: number | undefined, problem: string, hint = hintFor(file), message = `${placeIn(file, line)}: ${problem}`) {
		super(message, hint);
		this.file = file;
		this.line = line;
		this.problem = problem;
		this.loc = { file, line };
	}

	/** Problems in one file, each at its line, as one error that Astro places at the first: one alone, as itself. */
	static list(file: string, problems: readonly { line: number | undefined; problem: string }[]): ContentFileError {
		const [first] = problems;
		if (problems.length === 1) return new ContentFileError(file, first.line, first.problem);
		const lines = problems.map(({ line, problem }) => `${placeIn(file, line)}: ${problem}`).join('\n  ');
		return new ContentFileError(file, first.line, lines, undefined, `${problems.length} problems in ${file}:\n  ${lines}`);
	}
}

/** Where the fields of a content file are described: a section's frontmatter, or a data file's entries. */
const hintFor = (file: string) =>
	file.endsWith('.mdx')
		? 'A page’s frontmatter fields are in src/data/schemas.ts (sectionSchema for a section, overviewSchema for the overview) and the README (“Writing and editing”).'
		: 'The data files’ fields are in src/data/schemas.ts and the README (“Writing and editing”).';
