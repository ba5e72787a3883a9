import type { Nodes } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { countWords } from '../text/words.ts';
import { factsOf, perDocument } from './document-state.ts';
import { report } from './problems.ts';
import { TO_STRING } from './text-content.ts';

/**
 * Counts the words of prose, the one count the pages (reading time), the
 * tests and the benchmark use: paragraphs, headings and table cells, not
 * notes, components or frontmatter. A section without any is a problem.
 * Sätteri hands over a note or a component before what it holds, so what
 * starts before the end of one read so far is left out.
 */
export function remarkProseWords(): MdastPluginDefinition {
	const state = perDocument(() => ({ parts: [] as string[], leftOutUntil: -1 }));
	const leaveOut = (node: Readonly<Nodes>, ctx: MdastVisitorContext) => {
		const document = state(ctx);
		document.leftOutUntil = Math.max(document.leftOutUntil, node.position?.end.offset ?? Infinity);
	};
	const count = (node: Readonly<Nodes>, ctx: MdastVisitorContext) => {
		const document = state(ctx);
		if ((node.position?.start.offset ?? -Infinity) < document.leftOutUntil) return;
		document.parts.push(ctx.textContent(node, TO_STRING));
	};
	return {
		name: 'briefing-prose-words',
		options: { position: true },
		footnoteDefinition: leaveOut,
		mdxJsxFlowElement: leaveOut,
		mdxJsxTextElement: leaveOut,
		paragraph: count,
		heading: count,
		tableCell: count,
		after(_, ctx) {
			const words = countWords(state(ctx).parts.join('\n'));
			if (words === 0) report(ctx, undefined, 'the section has no body text');
			factsOf(ctx).words = words;
			state.forget(ctx);
		},
	};
}
