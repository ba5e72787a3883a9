import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface BuiltPage {
	/** Path from the site root, `/`-separated: `background.html`. */
	path: string;
	html: string;
}

/** Attributes that point at something the site must contain (hast names). */
const LINKS: [string, string][] = [
	['a', 'href'],
	['link', 'href'],
	['script', 'src'],
	['img', 'src'],
	['form', 'action'],
];

/**
 * Every internal link, script, stylesheet and #anchor in the built site,
 * checked against the files and ids that exist. Returns one message per
 * broken reference (and per duplicate id), naming the page and, where the
 * page says which file it was built from (`data-source`), that file too.
 * `exists(path)` answers for files that are not pages (CSS, scripts, images).
 */
export function findBrokenLinks(pages: BuiltPage[], exists: (path: string) => boolean): string[] {
	const problems: string[] = [];
	const parsed = new Map<string, { tree: Root; ids: Set<string>; source?: string }>();
	for (const page of pages) {
		const tree = fromHtml(page.html);
		const ids = new Set<string>();
		let source: string | undefined;
		visit(tree, 'element', (node: Element) => {
			const id = node.properties.id;
			if (typeof id === 'string') {
				if (ids.has(id)) problems.push(`${page.path}: the id "${id}" is used more than once`);
				ids.add(id);
			}
			if (typeof node.properties.dataSource === 'string') source ??= node.properties.dataSource;
		});
		parsed.set(page.path, { tree, ids, source });
	}
	for (const [path, { tree, source }] of parsed) {
		const where = source ? `${path} (from ${source})` : path;
		visit(tree, 'element', (node: Element) => {
			for (const [tag, attribute] of LINKS) {
				if (node.tagName !== tag) continue;
				const value = node.properties[attribute];
				if (typeof value !== 'string') continue;
				const problem = checkUrl(value, path, parsed, exists);
				if (problem) problems.push(`${where}: ${tag} ${attribute}="${value}": ${problem}`);
			}
		});
	}
	return problems;
}

function checkUrl(url: string, from: string, pages: Map<string, { ids: Set<string> }>, exists: (path: string) => boolean): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url.startsWith('http://') ? 'external links must use https' : undefined;
	if (url.startsWith('/')) return 'root-absolute URL: it breaks under a sub-path and from disk';
	const resolved = new URL(url, `file:///site/${from}`);
	const target = decodeURIComponent(resolved.pathname.slice('/site/'.length));
	const hash = decodeURIComponent(resolved.hash.slice(1));
	if (target.endsWith('/') || target === '') return 'folder URL: from disk it opens a directory listing, link to index.html';
	const page = pages.get(target);
	if (!page) return exists(target) ? (hash ? 'an anchor into a file that is not a page' : undefined) : 'no such file';
	if (hash && !page.ids.has(hash)) return `no element with id "${hash}" on ${target}`;
	return undefined;
}
