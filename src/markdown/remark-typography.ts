import type { MdastPluginDefinition } from 'satteri';
import { report } from './problems.ts';

/** Typewriter marks and what to write instead. */
const MARKS: [RegExp, string][] = [
	[/"/, 'a straight double quote: write “…” (and quote people word for word)'],
	[/'/, 'a straight apostrophe or single quote: write ’ or ‘…’'],
	[/(?<!-)--(?!-)/, 'a double hyphen: write an en dash – (or an em dash —)'],
	[/\.\.\./, 'three full stops: write an ellipsis …'],
];

/**
 * Prose is written with its final typography: curly quotes and apostrophes,
 * real dashes and ellipses. A straight mark in a section's text is refused
 * with its line. The alternative, rewriting every text node through
 * retext (remark-smartypants, on by default in Astro's unified processor),
 * cost a tenth of a 200-section build, and it guesses: a quotation checked
 * word for word against its source should reach the page as written.
 * Code (inline or block) keeps its marks.
 */
export function remarkTypography(): MdastPluginDefinition {
	return {
		name: 'briefing-typography',
		options: { position: true },
		text(node, ctx) {
			for (const [mark, message] of MARKS) if (mark.test(node.value)) report(ctx, node, message);
		},
	};
}
