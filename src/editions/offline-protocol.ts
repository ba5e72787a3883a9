import { URL_ATTRIBUTES } from '../site/urls.ts';

/**
 * What the page's control (src/client/keep-offline.ts) and the service worker
 * (src/client/service-worker.ts) agree on. Cache names carry the site's
 * folder, so two copies of the site on one host (/ and /briefing/) keep and
 * remove their own stores only.
 */
export const cachePrefix = (scope: string) => `briefing-offline ${scope} `;

export const MESSAGE_TYPE = 'briefing-offline';

/**
 * The downloads, which the offline copy leaves out (offline-manifest.ts):
 * asked for with the network off, the worker says so rather than serve the
 * page for an address that does not exist.
 */
export const DOWNLOADS = ['briefing.epub', 'briefing.zip'] as const;

/** The attribute of the 404 page's root element that holds the path its links are rooted at (postbuild/not-found-page.ts). */
export const NOT_FOUND_BASE_ATTRIBUTE = 'data-base';

/**
 * The 404 page as the offline copy serves it from the folder it was kept
 * from (`folder`, a path ending in /): its links are rooted at the site's
 * base path as the build knew it, / without a configured site URL, and a
 * copy kept under /briefing/ had sent every link out of the briefing.
 */
export function notFoundPageIn(html: string, folder: string): string {
	const base = new RegExp(`<html\\b[^>]*\\s${NOT_FOUND_BASE_ATTRIBUTE}="([^"]*)"`).exec(html)?.[1];
	if (base === undefined || base === folder) return html;
	// URLs rooted at the base, not at another host (//); not other attributes that begin with a slash (the search
	// box's aria-keyshortcuts, “/ Control+K”). A regular expression, not the build's HTML parser: this runs in the
	// reader's worker, on a page the build wrote, whose attributes are all quoted.
	return html.replace(/(\s)([\w:-]+)="([^"]*)"/g, (attribute, space: string, name: string, value: string) =>
		URL_ATTRIBUTES.has(name) && value.startsWith(base) && !value.startsWith('//') ? `${space}${name}="${folder}${value.slice(base.length)}"` : attribute,
	);
}

export type OfflineMessage =
	| { type: typeof MESSAGE_TYPE; state: 'progress'; version: string; done: number; total: number; bytes: number; totalBytes: number }
	| { type: typeof MESSAGE_TYPE; state: 'stored'; version: string; total: number; totalBytes: number }
	| { type: typeof MESSAGE_TYPE; state: 'failed'; version: string; error: string };

export interface OfflineManifestData {
	version: string;
	files: [path: string, bytes: number][];
}

/** The manifest the root service-worker.js starts with (offline-manifest.ts writes it). */
export function manifestFromWorkerScript(script: string): OfflineManifestData {
	const json = /^self\.BRIEFING_OFFLINE=(.*);$/m.exec(script)?.[1];
	if (!json) throw new Error('service-worker.js holds no manifest');
	return JSON.parse(json) as OfflineManifestData;
}
