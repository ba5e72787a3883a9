import type { FootnoteDefinition, Link, Parents, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { SOURCE_TYPES } from '../publication/source-types.ts';
import { formatDate } from '../text/dates.ts';
import { pageHref } from '../site/urls.ts';
import { readBriefingData, type BriefingData } from './briefing-data.ts';
import { findCitations } from './citation-syntax.ts';
import { report } from './problems.ts';

/**
 * Citations, Pandoc style: `[@source-id]` in a note becomes the source as a
 * reader can use it: its publisher and title linking straight to it, its
 * date, what kind of source it is, and a small link to its entry in the
 * register. Every note must cite at least one source; an unknown id is a
 * problem; `[@id]` outside a note is one too, because the briefing cites in
 * notes only. Leaves the sources cited in the frontmatter as `citedSources`,
 * and the first note that cites each as `citedInNotes` (source id → label).
 */
export function remarkCitations(options: { content: URL }) {
	return (tree: Root, file: VFile) => {
		const data = readBriefingData(options.content);
		const cited = new Map<string, string>();
		visit(tree, (node) => {
			if (node.type === 'footnoteDefinition') {
				if (linkCitations(node, data, file, cited) === 0) report(file, node, `footnote [^${node.label}] does not name a source; start it with [@source-id]`);
				return SKIP;
			}
			if (node.type === 'text') {
				for (const citation of findCitations(node.value)) {
					report(file, node, `[@${citation.id}] outside a note: the briefing cites in notes; write [^label] here and "[^label]: [@${citation.id}]" below`);
				}
			}
		});
		const frontmatter = ((file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> }).frontmatter ??= {};
		frontmatter.citedSources = [...cited.keys()];
		frontmatter.citedInNotes = Object.fromEntries(cited);
	};
}

/** Replaces the citations in one note; returns how many it holds. */
function linkCitations(definition: FootnoteDefinition, data: BriefingData, file: VFile, cited: Map<string, string>): number {
	let count = 0;
	visit(definition, 'text', (node, index, parent) => {
		const found = findCitations(node.value);
		if (found.length === 0 || parent === undefined || index === undefined) return;
		const parts: PhrasingContent[] = [];
		let from = 0;
		for (const citation of found) {
			count++;
			const source = data.sources.get(citation.id);
			if (!source) {
				report(file, node, `footnote [^${definition.label}] cites unknown source "${citation.id}"; add it to sources.yaml or fix the id`);
				continue;
			}
			if (!cited.has(citation.id)) cited.set(citation.id, definition.label ?? definition.identifier);
			if (citation.index > from) parts.push({ type: 'text', value: node.value.slice(from, citation.index) });
			parts.push(...citationNodes(citation.id, source));
			from = citation.index + citation.length;
		}
		if (from < node.value.length) parts.push({ type: 'text', value: node.value.slice(from) });
		(parent as Parents).children.splice(index, 1, ...(parts as never[]));
		return [SKIP, index + parts.length];
	});
	return count;
}

/**
 * `<a class="citation" href="https://…">Publisher, Title</a>, date <a class="source-type" href="sources.html#id">News</a>`:
 * the kind of source is also the way to its entry in the register, where
 * the kinds are explained; one link, not two, in every note.
 */
function citationNodes(id: string, source: BriefingData['sources'] extends Map<string, infer S> ? S : never): PhrasingContent[] {
	const name: Text = { type: 'text', value: `${source.publisher}, ${source.title}` };
	const title: PhrasingContent = source.url
		? ({ type: 'link', url: source.url, data: { hProperties: { className: ['citation'], rel: ['external', 'noopener'] } }, children: [name] } satisfies Link)
		: ({ type: 'emphasis', data: { hName: 'span', hProperties: { className: ['citation'] } }, children: [name] } as PhrasingContent);
	const label = source.type ? SOURCE_TYPES[source.type].label : 'Register';
	return [
		title,
		{ type: 'text', value: `, ${formatDate(source.date)}${source.carrier ? ` (${source.carrier} copy)` : ''} ` },
		{ type: 'link', url: pageHref('sources', id), title: 'Its entry in the source register', data: { hProperties: { className: ['source-type'] } }, children: [{ type: 'text', value: label }] } satisfies Link,
	];
}
