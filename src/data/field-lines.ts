import { readFileSync } from 'node:fs';
import { FRONTMATTER } from './yaml.ts';

/**
 * Where fields are written in content files, read again to place the
 * problems of checks made on the collections, which keep values, not lines
 * (data/references.ts, publication/checks.ts).
 */

/** The lines of the frontmatter fields the cross-checks name (data/references.ts, `ProseDoc`; publication/checks.ts), in a content file's text. */
export const fieldLines = (text: string) => ({ orderLine: frontmatterLine(text, 'order'), sourcesLine: frontmatterLine(text, 'sources'), asOfLine: frontmatterLine(text, 'asOf'), updatedLine: frontmatterLine(text, 'updated') });

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
