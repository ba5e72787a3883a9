import type { HastPluginDefinition } from 'satteri';
import GithubSlugger, { slug } from 'github-slugger';
import { perDocument } from './document-state.ts';
import { NOTES_HEADING_ID, PAGE_IDS } from '../site/urls.ts';

/** The block that holds a heading and, after it, its link to copy. */
export const HEADING_WRAP = 'heading-wrap';

/**
 * Gives every heading an id (github-slugger, as Astro would; never one of
 * the page's own, `PAGE_IDS`) and a link to copy. A heading of symbols only (“🇺🇦”) would slug to nothing, so it gets
 * `section-<n>`. The link's mark is drawn by CSS, so the heading's text, the
 * contents Astro collects from it and its id stay just the words. The link
 * follows the heading, both in one block (`HEADING_WRAP`), rather than sitting
 * in it: a screen reader names a heading by all it holds, and its list of
 * headings read each title twice (“Article 10 Link to this heading: Article 10”).
 */
export function rehypeHeadings(): HastPluginDefinition {
	const state = perDocument(() => {
		// The page's own ids are taken first, so that a heading that slugs to one is numbered (“key-points-1”).
		const slugger = new GithubSlugger();
		for (const id of PAGE_IDS) slugger.slug(id);
		return { slugger, count: 0 };
	});
	return {
		name: 'briefing-headings',
		after: (_, ctx) => state.forget(ctx),
		element: {
			filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
			visit(node, ctx) {
				if (node.properties.id === NOTES_HEADING_ID) return;
				const document = state(ctx);
				document.count++;
				const text = ctx.textContent(node).trim();
				const id = typeof node.properties.id === 'string' ? node.properties.id : document.slugger.slug(slug(text) ? text : `section-${document.count}`);
				ctx.setProperty(node, 'id', id);
				if (Number(node.tagName[1]) > 4) return;
				ctx.wrapNode(node, {
					type: 'element',
					tagName: 'div',
					properties: { className: [HEADING_WRAP] },
					children: [{
						type: 'element',
						tagName: 'a',
						properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to this heading: ${text}`, dataPagefindIgnore: 'all' },
						children: [],
					}],
				});
			},
		},
	};
}
