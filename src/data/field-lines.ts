import { readFileSync } from 'node:fs';
import { FRONTMATTER } from './yaml.ts';

/**
 * Where fields are written in content files, read again to place the
 * problems of checks made on the collections, which keep values, not lines
 * (data/references.ts, publication/checks.ts); and where a problem's message
 * places it, for the error Astro shows.
 */

/** The lines of the frontmatter fields the cross-checks name (data/references.ts, `ProseDoc`; publication/checks.ts), in a content file's text. */
export const fieldLines = (text: string) => ({ orderLine: frontmatterLine(text, 'order'), sourcesLine: frontmatterLine(text, 'sources'), asOfLine: frontmatterLine(text, 'asOf'), updatedLine: frontmatterLine(text, 'updated') });

/**
 * The lines a page's publication checks name (publication/checks.ts): its `updated`, and each dated note's
 * opening tag, by its date (`AfterNote 2024-12-04`). A note no update announced had been placed at the file's line 0.
 */
export function publicationLines(text: string): Record<string, number | undefined> {
	const lines: Record<string, number | undefined> = { updated: fieldLines(text).updatedLine };
	text.split('\n').forEach((line, i) => {
		const date = /<AfterNote\b[^>]*\bdate="([^"]*)"/.exec(line)?.[1];
		if (date && lines[`AfterNote ${date}`] === undefined) lines[`AfterNote ${date}`] = i + 1;
	});
	return lines;
}

/**
 * A content file's text, by its path from the project's root, read again to
 * place the problems of checks made on the collections (which keep values,
 * not lines). The build is usually run from the project; where the file
 * cannot be read from here, undefined: its messages go without lines rather
 * than the build failing.
 */
export function readForLines(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

/** The line of a top-level field in a content file's frontmatter (`order` → 5), for checks made after the schema's, which keep no lines. */
function frontmatterLine(text: string, field: string): number | undefined {
	const index = (FRONTMATTER.exec(text)?.[1] ?? '').split(/\r?\n/).findIndex((line) => line.startsWith(`${field}:`));
	// The frontmatter starts on the file's second line.
	return index < 0 ? undefined : index + 2;
}

/**
 * Where a problem's message places it, as the checks write them
 * (`content/corrections.yaml:4: …`, `content/sections/02-x.mdx:17:25: …`), for
 * the error's `loc`, which Astro shows as its Location and an editor opens:
 * left alone, Astro named the build's own code. None for a built page's.
 */
export function placeOf(message: string): { file: string; line?: number; column?: number } | undefined {
	const [, file, line, column] = /^(content\/[^:\s]+)(?::(\d+))?(?::(\d+))?: /.exec(message) ?? [];
	return file === undefined ? undefined : { file, ...(line ? { line: Number(line) } : {}), ...(column ? { column: Number(column) } : {}) };
}

