import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { countWords } from '../text/words.ts';
import { report } from './problems.ts';

/**
 * Counts the words of prose, the one count the pages (reading time), the
 * tests and the benchmark use: paragraphs, headings and table cells, not
 * notes, components or frontmatter. A section without any is a problem.
 */
export function remarkProseWords() {
	return (tree: Root, file: VFile) => {
		const parts: string[] = [];
		visit(tree, (node) => {
			if (node.type === 'footnoteDefinition' || node.type === 'yaml' || node.type.startsWith('mdx')) return SKIP;
			if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
				parts.push(toString(node));
				return SKIP;
			}
		});
		const words = countWords(parts.join('\n'));
		if (words === 0) report(file, undefined, 'the section has no body text');
		const frontmatter = ((file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> }).frontmatter ??= {};
		frontmatter.words = words;
	};
}
