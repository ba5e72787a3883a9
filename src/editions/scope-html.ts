import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** Properties that name ids on the same page (hast names). */
const ID_LISTS = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'htmlFor', 'ariaOwns'];

export interface ScopeOptions {
	/** Prefix for every id in the fragment: `background` makes `x` into `background--x`. */
	prefix: string;
	/** Pages merged into the same document: links to `/slug.html#x` become `#slug--x`, and to `/slug.html` become `#slug`. */
	pages: string[];
	/** Move headings down this many levels (h2 → h3 for 1), so the merged page keeps one outline. */
	demote?: number;
}

/**
 * Makes an HTML fragment from one page safe to place beside fragments from
 * others in a single document: every id is prefixed, every same-page
 * reference follows it, links to merged pages point inside the document, and
 * headings move down to sit under the merged page's own.
 */
export function scopeHtml(html: string, { prefix, pages, demote = 0 }: ScopeOptions): string {
	const tree: Root = fromHtml(html, { fragment: true });
	const scoped = (id: string, page = prefix) => `${page}--${id}`;
	const merged = new Set(pages);
	visit(tree, 'element', (node: Element) => {
		const p = node.properties;
		if (typeof p.id === 'string') p.id = scoped(p.id);
		for (const name of ID_LISTS) {
			const value = p[name];
			if (Array.isArray(value)) p[name] = value.map((v) => scoped(String(v)));
			else if (typeof value === 'string') p[name] = scoped(value);
		}
		if (typeof p.href === 'string') p.href = rewriteHref(p.href, prefix, merged, scoped);
		const level = /^h([1-6])$/.exec(node.tagName);
		if (level && demote) node.tagName = `h${Math.min(6, Number(level[1]) + demote)}`;
	});
	return toHtml(tree, { allowDangerousHtml: true });
}

function rewriteHref(href: string, prefix: string, merged: Set<string>, scoped: (id: string, page?: string) => string): string {
	if (href.startsWith('#')) return href.length > 1 ? `#${scoped(href.slice(1), prefix)}` : href;
	const match = /^\/([\w-]+)\.html(?:#(.*))?$/.exec(href);
	if (!match || !merged.has(match[1])) return href;
	const [, page, hash] = match;
	return hash ? `#${scoped(hash, page)}` : `#${page}`;
}
