import type { Element, Root } from 'hast';
import GithubSlugger, { slug } from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const HEADING = /^h([1-6])$/;

/**
 * Gives every heading an id (github-slugger, as Astro would) and a link to
 * copy. A heading of symbols only (“🇺🇦”) would slug to nothing, so it gets
 * `section-<n>`. The link's mark is drawn by CSS, so the heading's text, the
 * contents Astro collects from it and its id stay just the words.
 */
export function rehypeHeadings() {
	return (tree: Root) => {
		const slugger = new GithubSlugger();
		let count = 0;
		visit(tree, 'element', (node: Element) => {
			const match = HEADING.exec(node.tagName);
			if (!match || node.properties.id === 'footnote-label') return;
			count++;
			const text = toString(node).trim();
			const id = typeof node.properties.id === 'string' ? node.properties.id : slugger.slug(slug(text) ? text : `section-${count}`);
			node.properties.id = id;
			if (Number(match[1]) > 4) return;
			node.children.push({
				type: 'element',
				tagName: 'a',
				properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to this heading: ${text}`, dataPagefindIgnore: 'all' },
				children: [],
			});
		});
	};
}
