import { relative } from 'node:path';
import { AstroError } from 'astro/errors';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

interface Problem {
	line?: number;
	column?: number;
	message: string;
}

const problemsOf = (file: VFile) => ((file.data as { briefingProblems?: Problem[] }).briefingProblems ??= []);

/** The content file as messages name it: `content/sections/01-background.mdx`. */
export const fileName = (file: VFile) => relative(process.cwd(), file.path);

/** Notes a problem in a content file at a node; remarkStopOnProblems reports them all at once. */
export function report(file: VFile, node: Node | undefined, message: string): void {
	const start = node?.position?.start;
	problemsOf(file).push({ line: start?.line, column: start?.column, message });
}

/**
 * The last remark plugin: stops the build if any plugin before it found a
 * problem, listing every problem in the file with its line and column, so a
 * writer fixes them in one go rather than one build at a time.
 */
export function remarkStopOnProblems() {
	return (_: unknown, file: VFile) => {
		const problems = problemsOf(file);
		if (problems.length === 0) return;
		const name = fileName(file);
		const lines = problems.map((p) => `${name}${p.line ? `:${p.line}:${p.column}` : ''}: ${p.message}`);
		throw new AstroError(
			`${problems.length} problem${problems.length > 1 ? 's' : ''} in ${name}:\n  ${lines.join('\n  ')}`,
			'Sections are prose, GFM and footnotes, with the components listed in the README (“Writing and editing”); every note cites a source as [@source-id].',
		);
	};
}
