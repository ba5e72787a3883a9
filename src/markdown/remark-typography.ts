import type { MdastPluginDefinition } from 'satteri';
import { typewriterMarks } from '../text/typography.ts';
import { report } from './problems.ts';

/**
 * Prose is written with its final typography: curly quotes and apostrophes,
 * real dashes and ellipses. A straight mark in a section's text is refused
 * with its line and column (in its frontmatter, by the schema). The
 * alternative, rewriting every text node through retext
 * (remark-smartypants, on by default in Astro's unified processor),
 * cost a tenth of a 200-section build, and it guesses: a quotation checked
 * word for word against its source should reach the page as written.
 * Code (inline or block) keeps its marks.
 */
export function remarkTypography(): MdastPluginDefinition {
	return {
		name: 'briefing-typography',
		options: { position: true },
		text(node, ctx) {
			const marks = typewriterMarks(node.value);
			if (marks.length === 0) return;
			// Placed by the file's own text, which a list's indent, a quotation's “>” or an entity makes differ from the value.
			const { start, end } = node.position ?? {};
			const written = start?.offset !== undefined && end?.offset !== undefined ? typewriterMarks(ctx.source.slice(start.offset, end.offset)) : [];
			for (const { message } of marks) {
				const at = written.find((w) => w.message === message);
				report(ctx, node, message, at && start?.offset !== undefined ? start.offset + at.index : undefined);
			}
		},
	};
}
