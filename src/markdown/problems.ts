import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { MdastPluginDefinition } from 'satteri';
import type { Position } from 'unist';

export interface Problem {
	line?: number;
	column?: number;
	message: string;
}

/** What a problem needs of Sätteri's visitor context: the document's data bag, its file and its text. */
interface Document {
	readonly data: Record<string, unknown>;
	readonly fileURL: URL | undefined;
	readonly source?: string;
}

const problemsOf = (ctx: Document) => ((ctx.data as { briefingProblems?: Problem[] }).briefingProblems ??= []);

/** The content file as messages name it: `content/sections/01-background.mdx`. */
const fileName = (ctx: Document) => (ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'a section');

/**
 * Notes a problem in a content file at a node, or at `offset` in the file's
 * text (a mark inside a text node); remarkStopOnProblems reports them all
 * at once.
 */
export function report(ctx: Document, node: { readonly position?: Position } | undefined, message: string, offset?: number): void {
	const start = node?.position?.start;
	if (!start) return void problemsOf(ctx).push({ message });
	if (offset === undefined || ctx.source === undefined || start.offset === undefined) return void problemsOf(ctx).push({ line: start.line, column: start.column, message });
	const breaks = ctx.source.slice(start.offset, offset).split('\n').length - 1;
	const column = breaks === 0 ? start.column + offset - start.offset : offset - ctx.source.lastIndexOf('\n', offset - 1);
	problemsOf(ctx).push({ line: start.line + breaks, column, message });
}

/**
 * The last remark plugin: stops the build if any plugin before it found a
 * problem, listing every problem in the file with its line and column, so a
 * writer fixes them in one go rather than one build at a time.
 */
export function remarkStopOnProblems(): MdastPluginDefinition {
	return {
		name: 'briefing-stop-on-problems',
		before(_, ctx) {
			const problems = problemsOf(ctx);
			if (problems.length === 0) return;
			throw problemsError(fileName(ctx), problems);
		},
	};
}

/** The problems in a content file `name`, listed with their lines and columns, as one error that Astro places at the first. */
export function problemsError(name: string, problems: readonly Problem[]): AstroError {
	const lines = problems.map((p) => `${name}${p.line ? `:${p.line}:${p.column}` : ''}: ${p.message}`);
	const error = new AstroError(
		`${problems.length} problem${problems.length > 1 ? 's' : ''} in ${name}:\n  ${lines.join('\n  ')}`,
		// The lines say what to write; the hint says where the rules are, not one of them, whichever the problem.
		'Each line gives the place and what to write instead. The rules for a section’s text are in the README (“Writing and editing”): prose, GFM tables, footnotes that cite [@source-id], and the listed components.',
	);
	// Astro takes the error's place from these (its “Location:” line said :0:0), and an editor opens it there.
	const first = problems.find((p) => p.line !== undefined);
	return first ? Object.assign(error, { line: first.line, column: first.column }) : error;
}
