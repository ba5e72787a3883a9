import { unscopedHref } from '../editions/scope-html.ts';
import { closest } from '../text/did-you-mean.ts';
import type { PageFacts } from './page-pass.ts';
import { relativeUrl } from './relative-url.ts';

type Link = PageFacts['links'][number];

/** A broken reference: what is wrong, the link to write instead if one is close, and where it points, root-absolute. */
interface Broken {
	page: PageFacts;
	link: Link;
	problem: string;
	/** Root-absolute (`/victory-plan.html#what-kyiv-accepts`). */
	suggestion?: string;
	/** Root-absolute, as the author would have written it (`/victory-plan.html#What-Kyiv-Accepts`). */
	target?: string;
}

/** Where a link is written in a content file: its address's line and column, from 1. */
export interface Place {
	line: number;
	column: number;
}

/**
 * Every internal link, script, stylesheet and #anchor in the built site,
 * checked against the files and ids that exist. Returns one message per
 * broken reference (and per duplicate id), with the link to write instead
 * where one is close: the id on the target page, or the page, nearest to
 * the one named.
 *
 * A link on a page built from a content file (`data-source`), which
 * `readSource` gives the text of, is named where the author wrote it
 * (`content/sections/03-partial-coverage.mdx:12:5`), as written
 * (`/victory-plan.html#x`, not the built page's `victory-plan.html#x`),
 * once for each place it is written. Only a link no content file holds
 * (a template's, or one slipped into the built page) is named by the built
 * page and the link as built. A page with no content file of its own, such
 * as the whole briefing, which copies each section with its ids scoped, is
 * not told of a link already named in a content file: its copy is the same
 * mistake. `exists(path)` answers for files that are not pages (CSS,
 * scripts, images).
 */
export function findBrokenLinks(pages: PageFacts[], exists: (path: string) => boolean, readSource: (file: string) => string | undefined): string[] {
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

	const broken: Broken[] = [];
	for (const page of pages) {
		for (const link of page.links) {
			const found = checkUrl(link.url, page.path, ids, exists);
			if (found) broken.push({ page, link, ...found });
		}
	}

	const texts = new Map<string, string | undefined>();
	const textOf = (file: string) => (texts.has(file) ? texts.get(file) : texts.set(file, readSource(file)).get(file));
	const named = new Set<string>();
	const messages = new Map<Broken, string[]>();
	for (const [, same] of groupBy(broken.filter((b) => b.page.source), (b) => `${b.page.path}\n${b.link.url}`)) {
		const [{ page, link, problem, suggestion, target }] = same;
		const text = textOf(page.source!);
		const forms = target ? writtenForms(link.url, target) : [];
		const places = text === undefined ? [] : forms.flatMap((form) => placesWritten(text, form).map((place) => ({ form, ...place })));
		if (places.length === 0) continue;
		places.sort((a, b) => a.line - b.line || a.column - b.column);
		named.add(target!);
		messages.set(same[0], places.map(({ form, line, column }) => `${page.source}:${line}:${column}: link to "${form}": ${problem}${meant(suggestion, form.startsWith('#') ? `/${page.path}` : undefined)}`));
		for (const b of same.slice(1)) messages.set(b, []);
	}

	const pageNames = pages.map((p) => p.path.replace(/\.html$/, ''));
	for (const b of broken) {
		const { page, link, problem, suggestion, target } = b;
		const located = messages.get(b);
		if (located) {
			problems.push(...located);
			continue;
		}
		if (!page.source) {
			const copyOf = unscopedHref(link.url, pageNames) ?? target;
			if (copyOf !== undefined && named.has(copyOf)) continue;
		}
		const where = page.source ? `${page.path} (from ${page.source})` : page.path;
		problems.push(`${where}: ${link.tag} ${link.attribute}="${link.url}": ${problem}${meant(suggestion, `/${page.path}`, true)}`);
	}
	return problems;
}

function checkUrl(url: string, from: string, pages: Map<string, Set<string>>, exists: (path: string) => boolean): Omit<Broken, 'page' | 'link'> | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url.startsWith('http://') ? { problem: 'external links must use https' } : undefined;
	if (url.startsWith('/')) return { problem: 'root-absolute URL: it breaks under a sub-path and from disk' };
	const resolved = new URL(url, `file:///site/${from}`);
	const path = resolved.pathname.slice('/site/'.length);
	const target = decodeURIComponent(path);
	const hash = decodeURIComponent(resolved.hash.slice(1));
	const rooted = `/${path}${resolved.search}${resolved.hash}`;
	if (target.endsWith('/') || target === '') return { problem: 'folder URL: from disk it opens a directory listing, link to index.html', target: rooted };
	const ids = pages.get(target);
	if (!ids) {
		if (exists(target)) return hash ? { problem: 'an anchor into a file that is not a page', target: rooted } : undefined;
		const page = pages.has(`${target}.html`) ? `${target}.html` : closest(target, pages.keys());
		return { problem: 'no such file', target: rooted, suggestion: page && `/${page}${hash && pages.get(page)!.has(hash) ? `#${hash}` : ''}` };
	}
	if (hash && !ids.has(hash)) {
		const id = nearestId(hash, ids);
		return { problem: `no element with id "${hash}" on ${target}`, target: rooted, suggestion: id && `/${target}#${id}` };
	}
	return undefined;
}

/** The id on a page nearest to one it lacks: the same but for case first (a heading's id is lowercase), then the closest. */
export function nearestId(id: string, ids: Iterable<string>): string | undefined {
	const lower = id.toLowerCase();
	const sameButCase = [...ids].filter((known) => known.toLowerCase() === lower);
	return sameButCase.length === 1 ? sameButCase[0] : closest(id, ids);
}

/** The words a message ends with for a suggested link, written as the link reported is: from the page `on`, same-page as `#id`, and relative where `built`. */
function meant(suggestion: string | undefined, on: string | undefined, built = false): string {
	if (!suggestion) return '';
	const hash = suggestion.indexOf('#');
	const written = on !== undefined && hash > 0 && suggestion.slice(0, hash) === on ? suggestion.slice(hash) : built ? relativeUrl(on!, suggestion) : suggestion;
	return ` (did you mean "${written}"?)`;
}

/**
 * How an author may have written a link that the page pass made relative:
 * root-absolute (`/victory-plan.html#x`), and, for an anchor on the same
 * page, `#x` as built; each also as it reads before Markdown's
 * percent-encoding (`#Що` for `#%D0%A9%D0%BE`).
 */
export function writtenForms(built: string, rooted: string): string[] {
	const forms = built.startsWith('#') ? [built, rooted] : [rooted];
	return [...new Set(forms.flatMap((form) => [form, decoded(form)]))];
}

const decoded = (url: string) => {
	try {
		return decodeURI(url);
	} catch {
		return url;
	}
};

/** What a link's address follows: `[a](`, `[a](<` or a definition's `[a]: `. */
const ADDRESS_START = /(?:\]\(<?|\]:[ \t]+)$/;

/**
 * Every place in a content file's text where `url` is written as a link's
 * address: after `](`, `](<` or `]: ` (`[a](url)`, `[a](<url>)`, `[a]: url`),
 * before `)`, `>`, a space or the line's end, so that `/a.html` is not
 * found inside `/a.html#x` nor `#x` inside `/a.html#x`, nor a `#summit` in
 * prose (a hashtag) taken for a link's.
 */
export function placesWritten(text: string, url: string): Place[] {
	const places: Place[] = [];
	for (let at = text.indexOf(url); at !== -1; at = text.indexOf(url, at + 1)) {
		const after = text[at + url.length];
		if (!ADDRESS_START.test(text.slice(Math.max(0, at - 24), at)) || !/^[)>\s]$/.test(after ?? '\n')) continue;
		const lineStart = text.lastIndexOf('\n', at - 1) + 1;
		places.push({ line: text.slice(0, at).split('\n').length, column: at - lineStart + 1 });
	}
	return places;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
	return groups;
}
