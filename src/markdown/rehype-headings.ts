import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface TocEntry {
	depth: number;
	id: string;
	text: string;
}

const HEADING = /^h([2-4])$/;

/**
 * Gives h2–h4 ids (github-slugger, as Astro would) and a link to copy, and
 * leaves the h2/h3 outline in the frontmatter as `toc` for the contents list.
 */
export function rehypeHeadings() {
	return (tree: Root, file: VFile) => {
		const slugger = new GithubSlugger();
		const toc: TocEntry[] = [];
		visit(tree, 'element', (node: Element) => {
			const match = HEADING.exec(node.tagName);
			if (!match || node.properties.id === 'footnote-label') return;
			const text = toString(node).trim();
			const id = typeof node.properties.id === 'string' ? node.properties.id : slugger.slug(text);
			node.properties.id = id;
			const depth = Number(match[1]);
			if (depth <= 3) toc.push({ depth, id, text });
			node.children.push({
				type: 'element',
				tagName: 'a',
				properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to this heading: ${text}`, dataPagefindIgnore: 'all' },
				children: [{ type: 'text', value: '#' }],
			});
		});
		const frontmatter = ((file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> }).frontmatter ??= {};
		frontmatter.toc = toc;
	};
}
