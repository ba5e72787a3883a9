import { scanHtml } from './html-tags.ts';

export interface BuiltPage {
	/** Path from the site root, `/`-separated: `background.html`. */
	path: string;
	html: string;
}

/** Attributes that point at something the site must contain. */
const LINKS: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', form: 'action' };

/**
 * Every internal link, script, stylesheet and #anchor in the built site,
 * checked against the files and ids that exist. Returns one message per
 * broken reference (and per duplicate id), naming the page and, where the
 * page says which file it was built from (`data-source`), that file too.
 * `exists(path)` answers for files that are not pages (CSS, scripts, images).
 */
export function findBrokenLinks(pages: BuiltPage[], exists: (path: string) => boolean): string[] {
	const problems: string[] = [];
	const scanned = new Map<string, { ids: Set<string>; links: { tag: string; attribute: string; url: string }[]; source?: string }>();
	for (const page of pages) {
		const info = { ids: new Set<string>(), links: [] as { tag: string; attribute: string; url: string }[], source: undefined as string | undefined };
		scanHtml(page.html, {
			tag({ name, attributes }) {
				const id = attributes.id;
				if (id !== undefined) {
					if (info.ids.has(id)) problems.push(`${page.path}: the id "${id}" is used more than once`);
					info.ids.add(id);
				}
				info.source ??= attributes['data-source'];
				const attribute = LINKS[name];
				if (attribute && attributes[attribute] !== undefined) info.links.push({ tag: name, attribute, url: attributes[attribute] });
			},
		});
		scanned.set(page.path, info);
	}
	for (const [path, { links, source }] of scanned) {
		const where = source ? `${path} (from ${source})` : path;
		for (const { tag, attribute, url } of links) {
			const problem = checkUrl(url, path, scanned, exists);
			if (problem) problems.push(`${where}: ${tag} ${attribute}="${url}": ${problem}`);
		}
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
