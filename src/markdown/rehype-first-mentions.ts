import type { ElementContent, Parents, Text } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { readBriefingData } from './briefing-data.ts';
import { perDocument } from './document-state.ts';
import { pageHref } from '../site/urls.ts';
import { mentionPattern, mentionsIn, type Mentionable } from './mentions.ts';

/** Elements whose text is never linked: it is a heading, already a link, a quotation, a note or code. */
const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'code', 'pre', 'figure', 'sup', 'th']);

/** Elements that hold prose directly: each is handed over in turn, in the order the section is read. */
const BLOCKS = ['p', 'li', 'td'];

/**
 * Links the first mention of each glossary term and each person (not the
 * collective speakers) in a section to its entry, so a reader can look it up
 * where it first matters. Sätteri hands over each block of prose in the
 * order it is read, and its text is read within it, block by block: asking
 * Sätteri for the parent of every piece of text took twice as long. Text in
 * an element that is never linked, in the notes or in a component is left
 * alone.
 */
export function rehypeFirstMentions(options: { content: URL }): HastPluginDefinition {
	const state = perDocument(() => {
		const data = readBriefingData(options.content);
		const targets: Mentionable[] = [
			...[...data.glossary].map(([id, g]) => ({ href: pageHref('glossary', id), names: g.names, kind: 'term' as const })),
			// Bodies such as “NATO” or “the alliance” are named on every page; linking them would be noise.
			...[...data.people].filter(([, p]) => !p.group).map(([id, p]) => ({ href: pageHref('people', id), names: p.names, kind: 'person' as const })),
		];
		return {
			pending: new Set(targets),
			byName: new Map(targets.flatMap((t) => t.names.map((name) => [name, t] as const))),
			// One pattern for the whole section: making one per text node made this plugin the build's slowest step.
			pattern: mentionPattern(targets),
			/** Whether the text in an element is left alone, by element: Sätteri gives each parent as one object within a pass. */
			leftAlone: new Map<Readonly<Parents>, boolean>(),
		};
	});
	type Document = ReturnType<typeof state>;
	const leavesAlone = (node: Readonly<Parents | ElementContent>) =>
		(node.type === 'element' && (SKIP_TAGS.has(node.tagName) || node.properties.dataFootnotes !== undefined)) || node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
	const isLeftAlone = (parent: Readonly<Parents> | undefined, ctx: HastVisitorContext, known: Document['leftAlone']): boolean => {
		if (!parent || parent.type === 'root') return false;
		let answer = known.get(parent);
		if (answer === undefined) known.set(parent, (answer = leavesAlone(parent) || isLeftAlone(ctx.parent(parent), ctx, known)));
		return answer;
	};
	/** Links the first mentions of targets not yet found in a text. */
	const link = (text: Readonly<Text>, ctx: HastVisitorContext, { pending, byName, pattern }: Document) => {
		const pieces: ElementContent[] = [];
		let from = 0;
		for (const match of mentionsIn(text.value, pattern)) {
			const target = byName.get(match.name)!;
			if (!pending.has(target)) continue;
			pending.delete(target);
			if (match.index > from) pieces.push({ type: 'text', value: text.value.slice(from, match.index) });
			pieces.push({ type: 'element', tagName: 'a', properties: { href: target.href, className: [target.kind] }, children: [{ type: 'text', value: match.name }] });
			from = match.index + match.name.length;
		}
		if (pieces.length === 0) return;
		if (from < text.value.length) pieces.push({ type: 'text', value: text.value.slice(from) });
		ctx.replaceNode(text, pieces);
	};
	/** The block's own text, in order: not that of a block inside it, which is handed over in its turn. */
	const walk = (children: readonly Readonly<ElementContent>[], ctx: HastVisitorContext, document: Document) => {
		for (const child of children) {
			if (document.pending.size === 0) return;
			if (child.type === 'text') link(child, ctx, document);
			else if (child.type === 'element' && !BLOCKS.includes(child.tagName) && !leavesAlone(child)) walk(child.children, ctx, document);
		}
	};
	return {
		name: 'briefing-first-mentions',
		after: (_, ctx) => state.forget(ctx),
		element: {
			filter: BLOCKS,
			visit(node, ctx) {
				const document = state(ctx);
				if (document.pending.size === 0 || isLeftAlone(ctx.parent(node), ctx, document.leftAlone)) return;
				walk(node.children, ctx, document);
			},
		},
	};
}
