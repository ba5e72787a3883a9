import type { Heading } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { perDocument } from './document-state.ts';
import { report } from './problems.ts';

/** The whole briefing sets a section's headings a level lower, and HTML has six: a section's deepest is #####. */
const DEEPEST = 5;

/**
 * A section's headings make one outline under its title: they start at ##
 * (the title, from the frontmatter, is the page's one #), go down one
 * level at a time, and no deeper than #####. A skipped level reads to a
 * screen reader as a part missing, and the page's contents and the EPUB's
 * are built from the levels; a second # gave a page two titles.
 */
export function remarkHeadingLevels(): MdastPluginDefinition {
	const state = perDocument(() => ({ depth: 1 }));
	return {
		name: 'briefing-heading-levels',
		options: { position: true },
		heading(node: Readonly<Heading>, ctx: MdastVisitorContext) {
			const document = state(ctx);
			const marks = (depth: number) => '#'.repeat(depth);
			if (node.depth === 1) report(ctx, node, 'a # heading: the section’s title comes from its frontmatter; its headings start at ##');
			else if (node.depth > DEEPEST) report(ctx, node, `a ${marks(node.depth)} heading: headings go down to ${marks(DEEPEST)} at most (the whole briefing sets each a level lower)`);
			else if (node.depth > document.depth + 1) {
				report(ctx, node, `a ${marks(node.depth)} heading after ${document.depth === 1 ? 'the title' : `a ${marks(document.depth)} heading`}: go down one level at a time (${marks(document.depth + 1)})`);
			}
			document.depth = Math.max(2, node.depth);
		},
		after: (_, ctx) => state.forget(ctx),
	};
}
