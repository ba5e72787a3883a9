import type { PageFacts } from './page-pass.ts';

/**
 * Every internal link, script, stylesheet and #anchor in the built site,
 * checked against the files and ids that exist. Returns one message per
 * broken reference (and per duplicate id), naming the page and, where the
 * page says which file it was built from (`data-source`), that file too.
 * `exists(path)` answers for files that are not pages (CSS, scripts, images).
 */
export function findBrokenLinks(pages: PageFacts[], exists: (path: string) => boolean): string[] {
	const problems: string[] = [];
	const ids = new Map<string, Set<string>>();
	for (const page of pages) {
		const seen = new Set<string>();
		for (const id of page.ids) {
			if (seen.has(id)) problems.push(`${page.path}: the id "${id}" is used more than once`);
			seen.add(id);
		}
		ids.set(page.path, seen);
	}
	for (const { path, source, links } of pages) {
		const where = source ? `${path} (from ${source})` : path;
		for (const { tag, attribute, url } of links) {
			const problem = checkUrl(url, path, ids, exists);
			if (problem) problems.push(`${where}: ${tag} ${attribute}="${url}": ${problem}`);
		}
	}
	return problems;
}

function checkUrl(url: string, from: string, pages: Map<string, Set<string>>, exists: (path: string) => boolean): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url.startsWith('http://') ? 'external links must use https' : undefined;
	if (url.startsWith('/')) return 'root-absolute URL: it breaks under a sub-path and from disk';
	const resolved = new URL(url, `file:///site/${from}`);
	const target = decodeURIComponent(resolved.pathname.slice('/site/'.length));
	const hash = decodeURIComponent(resolved.hash.slice(1));
	if (target.endsWith('/') || target === '') return 'folder URL: from disk it opens a directory listing, link to index.html';
	const ids = pages.get(target);
	if (!ids) return exists(target) ? (hash ? 'an anchor into a file that is not a page' : undefined) : 'no such file';
	if (hash && !ids.has(hash)) return `no element with id "${hash}" on ${target}`;
	return undefined;
}
