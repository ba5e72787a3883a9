import { Parser } from 'htmlparser2';
import { NAMES_AS_WRITTEN, startTag } from '../html/start-tag.ts';
import { pageHref } from '../site/urls.ts';

/** Attributes that name ids on the same page, space-separated. */
const ID_LISTS = new Set(['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns', 'for']);

export interface ScopeOptions {
	/** Prefix for every id in the fragment: `background` makes `x` into `background--x`. */
	prefix: string;
	/** Pages merged into the same document: links to `/slug.html#x` become `#slug--x`, and to `/slug.html` become `#slug`. */
	pages: string[];
	/** Move headings down this many levels (h2 → h3 for 1), so the merged page keeps one outline. */
	demote?: number;
}

/** Between a part's name and an id of its own: `background--x`. */
const SCOPE = '--';

const headingLevel = (name: string) => Number(/^h([1-6])$/i.exec(name)?.[1] ?? 0);

/**
 * Makes an HTML fragment from one page safe to place beside fragments from
 * others in a single document: every id is prefixed, every same-page
 * reference follows it, links to merged pages point inside the document, and
 * headings move down to sit under the merged page's own.
 *
 * The fragment is Astro's own output, so it is read with htmlparser2's
 * tokenizer rather than parsed into a tree: only the tags that change are
 * written anew, everything else is copied as it was. A tree (parse5, then
 * hast) cost seven times as much, and the whole briefing holds every section.
 */
export function scopeHtml(html: string, { prefix, pages, demote = 0 }: ScopeOptions): string {
	const scoped = (id: string, page = prefix) => `${page}${SCOPE}${id}`;
	const merged = new Set(pages);
	const out: string[] = [];
	let copied = 0;
	const replace = (text: string) => {
		out.push(html.slice(copied, parser.startIndex), text);
		copied = parser.endIndex + 1;
	};
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const level = demote ? headingLevel(name) : 0;
				let changed = level > 0;
				for (const [attribute, value] of Object.entries(attributes)) {
					const key = attribute.toLowerCase();
					const next = key === 'id' ? scoped(value)
						: ID_LISTS.has(key) ? value.split(/\s+/).filter(Boolean).map((id) => scoped(id)).join(' ')
						: key === 'href' ? rewriteHref(value, prefix, merged, scoped)
						: value;
					if (next !== value) {
						attributes[attribute] = next;
						changed = true;
					}
				}
				if (!changed) return;
				replace(startTag(level ? `h${Math.min(6, level + demote)}` : name, attributes, html.slice(parser.startIndex, parser.endIndex + 1)));
			},
			onclosetag(name, implied) {
				const level = demote && !implied ? headingLevel(name) : 0;
				if (level) replace(`</h${Math.min(6, level + demote)}>`);
			},
		},
		NAMES_AS_WRITTEN,
	);
	parser.end(html);
	out.push(html.slice(copied));
	return out.join('');
}

function rewriteHref(href: string, prefix: string, merged: Set<string>, scoped: (id: string, page?: string) => string): string {
	if (href.startsWith('#')) return href.length > 1 ? `#${scoped(href.slice(1), prefix)}` : href;
	const match = /^\/([\w-]+)\.html(?:#(.*))?$/.exec(href);
	if (!match || !merged.has(match[1])) return href;
	const [, page, hash] = match;
	return hash ? `#${scoped(hash, page)}` : `#${page}`;
}

/**
 * The link a same-page link in the merged document was made from, where it
 * points into one of `pages` (by name: `background`): `#background--x` was
 * `/background.html#x`, and `#background` was `/background.html`. Undefined
 * for any other link. The longest name wins, so that a part whose name
 * holds another's and the separator is still told apart.
 */
export function unscopedHref(href: string, pages: Iterable<string>): string | undefined {
	if (!href.startsWith('#')) return undefined;
	const id = href.slice(1);
	let best: string | undefined;
	for (const page of pages) {
		if ((id === page || id.startsWith(page + SCOPE)) && page.length > (best?.length ?? -1)) best = page;
	}
	if (best === undefined) return undefined;
	const rest = id.slice(best.length + SCOPE.length);
	return pageHref(best, id === best ? undefined : rest);
}
