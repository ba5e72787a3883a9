import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { MdastPluginDefinition } from 'satteri';
import type { Position } from 'unist';

interface Problem {
	line?: number;
	column?: number;
	message: string;
}

/** What a problem needs of Sätteri's visitor context: the document's data bag and its file. */
interface Document {
	readonly data: Record<string, unknown>;
	readonly fileURL: URL | undefined;
}

const problemsOf = (ctx: Document) => ((ctx.data as { briefingProblems?: Problem[] }).briefingProblems ??= []);

/** The content file as messages name it: `content/sections/01-background.mdx`. */
const fileName = (ctx: Document) => (ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'a section');

/**
 * Notes a problem in a content file at a node, or at the `index`-th
 * character of a text node's value; remarkStopOnProblems reports them all
 * at once. Within a text that runs on over lines, the column counts from
 * the start of its line, as it does in a plain paragraph.
 */
export function report(ctx: Document, node: { readonly position?: Position } | undefined, message: string, index = 0): void {
	const start = node?.position?.start;
	if (!start) return void problemsOf(ctx).push({ message });
	const value = (node as { value?: unknown }).value;
	const before = typeof value === 'string' ? value.slice(0, index) : '';
	const breaks = before.split('\n').length - 1;
	const column = breaks === 0 ? start.column + before.length : before.length - before.lastIndexOf('\n');
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
			const name = fileName(ctx);
			const lines = problems.map((p) => `${name}${p.line ? `:${p.line}:${p.column}` : ''}: ${p.message}`);
			const error = new AstroError(
				`${problems.length} problem${problems.length > 1 ? 's' : ''} in ${name}:\n  ${lines.join('\n  ')}`,
				'Sections are prose, GFM and footnotes, with the components listed in the README (“Writing and editing”); every note cites a source as [@source-id].',
			);
			// Astro's MDX step takes the error's place from these (its “Location:” line said :0:0), and an editor opens it there.
			const first = problems.find((p) => p.line !== undefined);
			throw first ? Object.assign(error, { line: first.line, column: first.column }) : error;
		},
	};
}
