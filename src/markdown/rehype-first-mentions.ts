import type { Root, Element, Text, ElementContent, Parents } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { readBriefingData } from './briefing-data.ts';
import { pageHref } from '../site/urls.ts';
import { mentionPattern, mentionsIn, type Mentionable } from './mentions.ts';

/** Elements whose text is never linked: it is a heading, already a link, a quotation, a note or code. */
const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'code', 'pre', 'figure', 'sup', 'th']);

/**
 * Links the first mention of each glossary term and each person (not the
 * collective speakers) in a section to its entry, so a reader can look it up
 * where it first matters.
 */
export function rehypeFirstMentions(options: { content: URL }) {
	return (tree: Root) => {
		const data = readBriefingData(options.content);
		const targets: Mentionable[] = [
			...[...data.glossary].map(([id, g]) => ({ href: pageHref('glossary', id), names: g.names, kind: 'term' as const })),
			// Bodies such as “NATO” or “the alliance” are named on every page; linking them would be noise.
			...[...data.people].filter(([, p]) => !p.group).map(([id, p]) => ({ href: pageHref('people', id), names: p.names, kind: 'person' as const })),
		];
		const pending = new Set(targets);
		const byName = new Map(targets.flatMap((t) => t.names.map((name) => [name, t] as const)));
		// One pattern for the whole section: making one per text node made this plugin the build's slowest step.
		const pattern = mentionPattern(targets);
		visit(tree, (node, index, parent) => {
			if (pending.size === 0) return false;
			if (node.type === 'element' && (SKIP_TAGS.has(node.tagName) || node.properties.dataFootnotes !== undefined)) return SKIP;
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return SKIP;
			if (node.type !== 'text' || !parent || index === undefined) return;
			const pieces: ElementContent[] = [];
			let from = 0;
			for (const match of mentionsIn(node.value, pattern)) {
				const target = byName.get(match.name)!;
				if (!pending.has(target)) continue;
				pending.delete(target);
				if (match.index > from) pieces.push({ type: 'text', value: node.value.slice(from, match.index) } as Text);
				pieces.push({
					type: 'element',
					tagName: 'a',
					properties: { href: target.href, className: [target.kind] },
					children: [{ type: 'text', value: match.name }],
				} as Element);
				from = match.index + match.name.length;
			}
			if (pieces.length === 0) return;
			if (from < node.value.length) pieces.push({ type: 'text', value: node.value.slice(from) } as Text);
			(parent as Parents).children.splice(index, 1, ...pieces);
			return [SKIP, index + pieces.length];
		});
	};
}
